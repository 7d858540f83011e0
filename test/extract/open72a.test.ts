import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Stop 52's open kind probes (stop 53, issue 12, helper open72a): review71b left 11 kind probes open, texts about a report
// read as the report form. Each fix is a document-level signal weighed in the kind decision; here, for each, two paraphrases
// in other bodies' phrasing (`p`) that must not read as a form, and counter-probes (`c`) — a real form of the same shape — that
// must stay forms. Constructed texts; the probes themselves run in review71b.test.ts.

type Probe = { id: string; row: string; want: Want; text: string };
const FORM = 'reporting-form';

export const PROBES: Probe[] = [
  // ── QUOTING_LEAD widened + shownReport: a lead telling what the report holds over its labels, no blank drawn (F1–F3, S3) ──
  { id: 'pA1', row: 'QUOTING_LEAD "I slutrapporten skriver ni först:" over labels: a region\'s page', want: { not: FORM },
    text: 'Slutrapport för kulturprojekt\n\nNär projektet är klart lämnar ni en slutrapport till regionen. I slutrapporten skriver ni först:\n\nProjektets namn:\nDiarienummer:\nProjektledare:\nBeviljat stöd:\nUtbetalt stöd:\n\nDärefter beskriver ni resultatet och bifogar en ekonomisk sammanställning.\n\nKulturföreningar i länet kan söka stödet. Ansök senast 15 april 2025.' },
  { id: 'pA2', row: 'QUOTING_LEAD "Begin the report with the following:" over labels: a trust\'s page', want: { not: FORM },
    text: 'Interim report\n\nHalfway through the project every grantee sends us an interim report. Begin the report with the following:\n\nProject name:\nGrant number:\nContact person:\nAmount received:\nAmount spent so far:\n\nThen describe the progress so far and any changes to the plan. E-mail the report to the grants officer.\n\nRegistered charities may apply. Applications close 1 March 2025.' },
  { id: 'pA3', row: 'QUOTING_LEAD "I rapporten ska ni också ta upp:" over prompts: a Leader office\'s page', want: { not: FORM },
    text: 'Så rapporterar ni ert projektstöd\n\nI rapporten ska ni också ta upp:\n\nBeskriv vilka aktiviteter som har genomförts\nRedogör för hur stödet har använts\nBeskriv vilka målgrupper ni har nått\nVad skulle ni göra annorlunda?\n\nRapporten skickas till Leaderkontoret.' },
  { id: 'cA1', row: 'QUOTING_LEAD counter: a report form\'s own lead over drawn blanks stays a form', want: FORM,
    text: 'Slutrapport för kulturprojekt\n\nI slutrapporten anger ni:\n\nProjektets namn: ________________\nDiarienummer: ________________\nProjektledare: ________________\nBeviljat stöd: ________________\nUtbetalt stöd: ________________\n\nOrt och datum: ________________\nNamnteckning: ________________' },
  { id: 'cA2', row: 'QUOTING_LEAD counter: a report form of bare labels with no such lead stays a form', want: FORM,
    text: 'Redovisning av föreningsbidrag\n\nFöreningens namn:\nOrganisationsnummer:\nKontaktperson:\nBeviljat belopp:\nAnvänt belopp:\nAntal deltagare:\n\nOrt och datum:\nNamnteckning:' },
  // ── ELIGIBILITY_TEST: a self-test whose yes / no answers decide whether one may apply (S12) ──
  { id: 'pB1', row: 'ELIGIBILITY_TEST: an English council\'s eligibility quiz', want: { not: FORM },
    text: 'Are you eligible?\n\nTake the short quiz below.\n\nIs your group a registered charity?\nYes\nNo\n\nDoes your group have at least five members?\nYes\nNo\n\nWill the project take place in the county?\nYes\nNo\n\nIf you answered yes to every question, you can apply for a community grant.' },
  { id: 'pB2', row: 'ELIGIBILITY_TEST: a Norwegian municipality\'s self-test', want: { not: FORM },
    text: 'Kan laget vårt få tilskudd?\n\nTa testen nedenfor.\n\nEr laget registrert i Frivillighetsregisteret?\nJa\nNei\n\nHar laget minst ti medlemmer?\nJa\nNei\n\nHar laget et valgt styre?\nJa\nNei\n\nSvarer du ja på alle spørsmålene, kan du søke om tilskudd.' },
  { id: 'cB1', row: 'ELIGIBILITY_TEST counter: a report form with Ja / Nej boxes and "Om ni svarar nej" stays a form', want: FORM,
    text: 'Slutrapport föreningsbidrag 2024\n\nFöreningens namn: ________________\nKontaktperson: ________________\n\n1. Har verksamheten genomförts enligt plan?\n☐ Ja ☐ Nej\n2. Har bidraget använts enligt beslutet?\n☐ Ja ☐ Nej\n3. Har ni nått målgruppen?\n☐ Ja ☐ Nej\n\nOm ni svarar nej på någon fråga, beskriv varför.\n________________\n\nOrt och datum: ________________\nNamnteckning: ________________' },
  // ── statement-then-condition narrowed: a rule on the project ("skal være gjennomført") is no statement to tick (S14) ──
  { id: 'pC1', row: 'statement-then-condition: a Swedish page\'s rule, "Verksamheten ska vara avslutad …" / "Om inte, …"', want: { not: FORM },
    text: 'Redovisning av projektmedel\n\nVerksamheten ska vara avslutad senast den 31 december.\nOm inte, beskriv varför i redovisningen och begär förlängning.\n\nRedovisningen lämnas senast tre månader efter projektets slut.' },
  { id: 'pC2', row: 'statement-then-condition: an English page\'s rule, "The project must be completed …" / "If not, …"', want: { not: FORM },
    text: 'Reporting on your grant\n\nThe project must be completed within twelve months.\nIf not, explain why in your final report and ask for an extension.\n\nSend the report within three months of the end of the project.' },
  { id: 'cC1', row: 'statement-then-condition counter: a Norwegian report form\'s statement to tick stays a form', want: FORM,
    text: 'Sluttrapport for prosjekttilskudd\n\nProsjektnavn: ________________\nOrganisasjonsnummer: ________________\n\nProsjektet er gjennomført i samsvar med søknaden.\nHvis ikke, forklar hvorfor.\n________________\n\nDato og underskrift: ________________' },
];

describe('open72a: pages about a report stay anvisningar, report forms of the same shape stay forms', () => {
  probeTests(PROBES.map((p) => ({ ...p, field: 'kind' })), (p) => `${p.id} kind [${p.row}]`);
});
