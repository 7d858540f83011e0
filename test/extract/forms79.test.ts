import { describe, expect, it } from 'vitest';
import { anvisningOf, expectWant, probeField, type Want } from './probe.js';

// forms79 (issue 12): reporting forms and reporting instructions never seen. Constructed probes (all texts written here, none
// copied from a corpus text) for each family the branch changed:
// G — the grant-text gate: a reporting page that names its grant only by its payments in parts ("slututbetalning",
//     "delutbetaling", "slutudbetaling"), by the application in Danish or Norwegian ("ansøgning", "søknad") or by a Danish
//     project's "økonomisk afrapportering" is a grant text (genre.GRANT_WORDS); a text about wages or school places is not.
// K — the kind: a form's help text that says who completes its own part, asks for its head fields by name and points into its own
//     table, and a form's opening page that says what the form was made for, how long the completed form is and what to include
//     when completing it, are reporting forms (genre.KIND_EVIDENCE); a page about reporting that says the same things of a report
//     from outside stays an anvisning.
// T — the title: an English report form named for its grant ("… Grant Report") above a line of check choices.
// D — evidence_documents: records that must be on file ("finnas dokumenterade"), read past an abbreviation's period ("o.s.v.").

type Probe = { id: string; field: string; want: Want; text: string; run?: 'fails' };

const GATE: Probe[] = [
  { id: 'G1', field: 'kind', want: 'anvisning', text: '# Slutredovisa ert projekt\n\nNär projektet är klart ansöker ni om slututbetalning. Till ansökan om slututbetalning ska en slutrapport bifogas.\n' },
  { id: 'G2', field: 'kind', want: 'anvisning', text: '# Rapportering\n\nAlle som har fått gave fra fondet skal sende inn rapport og regnskap når prosjektet er ferdig. Ved behov for delutbetaling sendes en kort statusrapport. Sluttutbetaling skjer når rapporten er godkjent.\n' },
  { id: 'G3', field: 'kind', want: 'anvisning', text: '# Afrapportering\n\nProjektet afrapporterer to gange om året. Den økonomiske afrapportering laves i skabelonen fra ansøgningen, og bilag sendes med.\n' },
  { id: 'G4', field: 'kind', want: 'anvisning', text: '# Rapport og regnskap\n\nRegnskapet skal settes opp etter budsjettet i søknaden. Sluttutbetaling skjer når rapporten er godkjent.\n' },
  // counter-probes: a final wage payment, a school place applied for
  { id: 'G5', field: 'kind', want: 'refused', text: '# Lön vid anställningens slut\n\nSlutlönen betalas ut i juni. Semesterersättningen räknas ut av lönekontoret.\n' },
  { id: 'G6', field: 'kind', want: 'refused', text: '# Skoleplass\n\nSøknadsfristen for skoleplass er 1. mars. Svar sendes i april.\n' },
];

const KIND: Probe[] = [
  { id: 'K1', field: 'kind', want: 'reporting-form', text: [
    'Details',
    'Please fill in all your grant details; Grant Number, Organisation Name, Project Title and the date the project ended.',
    'Income and Expenditure',
    '1)',
    'Enter the total amount of grant funding your organisation received.',
    '2)',
    'List each item of expenditure with its amount.',
    '3)',
    'Work out the unspent balance and write it in the last row of the expenditure table.',
    'Sign-off',
    'NOTE: This section must be completed by the treasurer or an auditor.',
    '4)',
    'The treasurer signs and dates the statement.',
    'Return the signed statement with your final report.',
  ].join('\n') + '\n' },
  { id: 'K2', field: 'kind', want: 'reporting-form', text: [
    'The final report gives the trust a written record of what your grant achieved. When completing the final report, please include the activities of the whole grant period.',
    'This report form has been designed for use by all community grant holders, so some questions may not apply to your project.',
    'Please send the report within two months of the end of the grant.',
    'The completed report form should be no more than six pages, excluding attachments.',
  ].join('\n') + '\n' },
  // counter-probes: a page about a free-text report, its length and its form named from outside
  { id: 'K3', field: 'kind', want: 'anvisning', text: [
    '# Reporting on your grant',
    'All grant holders must send a final report within two months of the end of the grant.',
    'The final report should be no more than ten pages. Download the report form from our website.',
    'The financial section of the report must be signed by the treasurer.',
  ].join('\n') + '\n' },
  { id: 'K4', field: 'kind', want: 'anvisning', text: [
    '# Redovisning av föreningsbidrag',
    'Föreningen ska redovisa bidraget senast den 31 mars 2027. Redovisningsblanketten finns på vår webbplats.',
    'Den här sidan handlar om hur du redovisar. Blanketten ska undertecknas av föreningens ordförande.',
  ].join('\n') + '\n' },
  // open: a form's letter page on top of the form, flattened and cut before the form's blanks (dev 2364, a resebidrag's
  // blankett): the form's own face is only its fill-in steps and 'denna blankett', against the letter's rules on the money;
  // read as an anvisning
  { id: 'K5', run: 'fails', field: 'kind', want: 'reporting-form', text: [
    'Redovisning av resebidrag',
    'Till er som har fått resebidrag från förbundet. Bidraget ska redovisas senast två månader efter resan och får inte användas till annat än resan. Nedan finns blanketten som den som har rest ska fylla i.',
    'Blankett 2: Redovisning av resa. Blankett 2 fylls i av den som har rest. Följ instruktionerna och skicka in blanketten: 1. Samla ihop dina kvitton och biljetter. 2. På denna blankett finns det plats att redovisa varje kostnad för sig.',
  ].join('\n') + '\n' },
];

const TITLE: Probe[] = [
  { id: 'T1', field: 'title', want: 'Harbour Lions Club Grant Report', text: [
    'Harbour Lions Club Grant Report',
    '_____ Interim Report _____ Final Report',
    'Club Name: ______',
    'Project Title: ______',
    '1. What was done, and when?',
    '2. How many people took part?',
    '3. How many people benefited from the project?',
    '4. What will the project leave behind?',
    'Total grant funds received $______',
    'By signing this report, I confirm that the grant funds were spent only on the approved project.',
  ].join('\n') + '\n' },
];

describe('forms79: the grant-text gate, the kind and the title of reporting texts never seen', () => {
  for (const p of [...GATE, ...KIND, ...TITLE]) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} ${p.field} ${JSON.stringify(p.want)}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want, p.id);
    });
  }
});

const items = (text: string): string[] => (anvisningOf(text).evidence_documents ?? []).map((x) => String(typeof x === 'string' ? x : (x as { text?: string }).text ?? x).toLowerCase());

describe('forms79: records that must be on file', () => {
  it('D1 records named before "måste … finnas dokumenterade", past "o.s.v."', () => {
    const got = items('# Projektdokumentation\n\nUnderlag som fakturakopior, lönespecifikationer, tidrapporter o.s.v. måste finnas dokumenterade i projektets pärm tills granskningen är klar.\n');
    for (const h of ['fakturakopior', 'lönespecifikationer', 'tidrapporter']) expect(got.some((i) => i.includes(h)), JSON.stringify(got)).toBe(true);
  });
  it('D2 costs to be documented name no record', () => {
    expect(items('# Projektets kostnader\n\nAlla kostnader måste finnas dokumenterade i bokföringen.\n')).toEqual([]);
  });
  it('D3 the agency documenting its own papers names none', () => {
    const got = items('# Handläggning\n\nKommunen arkiverar ansökningarna. Besluten ska finnas dokumenterade i kommunens diarium.\n');
    expect(got.some((i) => i.includes('beslut') || i.includes('ansökning')), JSON.stringify(got)).toBe(false);
  });
});
