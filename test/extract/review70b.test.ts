import { describe, expect, it } from 'vitest';
import { probeTests, specOf, type Want } from './probe.js';

// Issue 12 (helper review70b): an adversarial review of stop 51's new extraction rows of h/diffb34 (dates.ts beslutade with
// "Beslutad: <date>", requisition.ts starta-tidigast-pagaa-till with "tidigast" before the verb) and h/left70 (recipients
// organisationer-som-far-bidrag-ska, din-forening-uppfyller-villkor-for-bidrag, ORGANISATIONS_ASKED; dates
// window-label-year-colon-range and ROUND_LABEL_RANGE). Each probe is constructed: the row's words with the value in another
// role (a payment, opening or event day as a decision, an application or handling period as the usage period, a past round
// or a grant year as this window, a holiday's own days as a window, a kommun's page read as organisations'). A few keep the
// batch's own right reading (k ids). Their result on main 89810a0d is in the commit that added this file.

type Probe = { id: string; row: string; field: string; want: Want; text: string };
const P = (id: string, row: string, field: string, want: Want, ...lines: string[]): Probe => ({ id, row, field, want, text: lines.join('\n') });
const ORG = 'Ideella föreningar kan söka bidraget.';
const KOMMUN = 'Statsbidraget kan sökas av kommuner.';

/** The days a text's spec gives the decision role. */
async function decisions(text: string): Promise<string[]> {
  const spec = await specOf<{ dates?: Array<{ date: string; role: string }> }>(text.endsWith('\n') ? text : `${text}\n`);
  return (spec.dates ?? []).filter((d) => d.role === 'decision').map((d) => d.date);
}

// [id, text, a day that must not be a decision day, or the decision day wanted (k ids)]
const DECISIONS: ReadonlyArray<readonly [string, string, string, boolean]> = [
  ['D1', 'Projektbidrag 2025\nUtlysningen är beslutad och öppnar 1 mars 2025.\nSista ansökningsdag är 15 april 2025.\nIdeella föreningar kan söka bidraget.', '2025-03-01', false],
  ['D2', 'Projektbidrag 2025\nNär ansökan är beslutad betalas pengarna ut 1 juni 2025.\nSista ansökningsdag är 15 april 2025.\nIdeella föreningar kan söka bidraget.', '2025-06-01', false],
  ['D3', 'Projektbidrag 2025\nSista ansökningsdag är beslutad till 15 april 2025.\nIdeella föreningar kan söka bidraget.', '2025-04-15', false],
  ['D4', 'Projektbidrag 2025\nBudgeten är beslutad och gäller från 1 januari 2025.\nSista ansökningsdag är 15 april 2025.\nIdeella föreningar kan söka bidraget.', '2025-01-01', false],
  ['D5', 'Projektbidrag 2025\nProjektet ska vara beslutad i styrelsen senast 1 mars 2025.\nSista ansökningsdag är 15 april 2025.\nIdeella föreningar kan söka bidraget.', '2025-03-01', false],
  ['D6', 'Kommunikationsutlysning 2025\nStatus: Beslutad\nÖppnar: 2025-02-01\nStänger: 2025-03-15\nIdeella föreningar kan söka bidraget.', '2025-02-01', false],
  ['D7', 'Projektbidrag 2025\nInsatsen är beslutad, redovisning senast 30 november 2025.\nIdeella föreningar kan söka bidraget.', '2025-11-30', false],
  // the batch's own reading kept
  ['D1k', 'Kommunikationsutlysning 2021\nBeslutad: 2021-06-17 17:00\nIdeella föreningar kan söka bidraget.', '2021-06-17', true],
  ['D2k', 'Projektbidrag 2024\nUtlysningen beslutad den 26 mars 2024.\nIdeella föreningar kan söka bidraget.', '2024-03-26', true],
];

const PROBES: Probe[] = [
  // the usage period: "kan tidigast starta … och pågå till …" of something else than the granted project
  P('U1', 'starta-tidigast-pagaa-till', 'usage_period', null, 'Projektbidrag 2025', 'Handläggningen kan tidigast påbörjas 1 april 2025 och pågå till 30 maj 2025.', ORG),
  P('U2', 'starta-tidigast-pagaa-till', 'usage_period', null, 'Projektbidrag 2025', 'Förra omgångens projekt kunde tidigast starta 2023-01-01 och pågå till 2024-12-31.', ORG),
  P('U3', 'starta-tidigast-pagaa-till', 'usage_period', null, 'Projektbidrag 2025', 'Utbetalningarna kan tidigast starta 1 juli 2025 och pågå till 31 december 2025.', ORG),
  P('U4', 'starta-tidigast-pagaa-till', 'usage_period', null, 'Projektbidrag 2025', 'Bedömningen kan tidigast starta 15 april 2025 och pågå till 15 maj 2025, då beslut fattas.', ORG),
  P('U5', 'starta-tidigast-pagaa-till', 'usage_period.from', null, 'Projektbidrag 2025', 'Projekt som beviljas stöd kan tidigast starta efter beslut i juni 2025 och pågå till 2026-12-31.', ORG),
  P('U6', 'starta-tidigast-pagaa-till', 'usage_period', null, 'Projektbidrag 2025', 'Kursen som ingår i programmet kan tidigast starta 2 september 2025 och pågå till 20 december 2025.', ORG),
  P('U1k', 'starta-tidigast-pagaa-till', 'usage_period', { not: undefined }, 'Projektbidrag 2025', 'Projekt som beviljas stöd kan tidigast starta 2025-07-01 och pågå till 2026-06-30.', ORG),
  // recipients: associations that get money named on a page whose applicants are others
  P('R1', 'organisationer-som-far-bidrag-ska', 'recipients.types', ['kommun'], 'Statsbidrag för lovaktiviteter', KOMMUN, 'Kommunen fördelar medlen vidare till lokala aktörer.', 'Föreningar som får bidrag av kommunen ska redovisa till kommunen.'),
  P('R2', 'organisationer-som-far-bidrag-ska', 'recipients.types', null, 'Kulturstipendium 2025', 'Stipendiet kan sökas av enskilda konstnärer.', 'Organisationer som får verksamhetsbidrag ska ange det i sin årsredovisning.'),
  P('R3', 'organisationer-som-far-bidrag-ska', 'recipients.types', null, 'Innovationscheck', 'Stödet kan sökas av små företag.', 'Föreningar som erhåller stöd ska enligt kommunens riktlinjer redovisa årligen.'),
  P('R4', 'organisationer-som-far-bidrag-ska', 'recipients.types', null, 'Bidrag till lovaktiviteter', 'Stiftelser som får medel ur fonden ska följa stiftelselagen.', 'Mer information kommer.'),
  P('R5', 'din-forening-uppfyller-villkor-for-bidrag', 'recipients.types', null, 'Kulturstipendium 2025', 'Stipendiet kan sökas av enskilda personer.', 'Är du medlem i en förening? Kontrollera att din förening uppfyller villkoren för föreningsbidrag, som söks separat.'),
  P('R6', 'din-forening-uppfyller-villkor-for-bidrag', 'recipients.types', ['kommun'], 'Statsbidrag för fritidsverksamhet', KOMMUN, 'Kommunen kontrollerar att er förening uppfyller kraven för bidrag innan medel fördelas vidare.'),
  P('R7', 'vilka-foreningar-kan-fa-bidrag', 'recipients.types', null, 'Kulturstöd', '', 'Vilka föreningar kan få bidrag?', '', 'Inga. Bidraget är till för privatpersoner som vill arrangera kultur.', ''),
  // (R8's want was null on main's run; read again, the question presupposes associations get the grant: organisation is right)
  P('R8', 'vilka-foreningar-kan-fa-bidrag', 'recipients.types', ['organisation'], 'Frågor och svar om lokalbidrag', '', 'Vilka föreningar kan få stöd?', '', 'Det beslutar kommunen varje år. Läs mer på kommunens webbplats.', ''),
  // a window labelled with a year: the grant year's, or a past round's
  P('W1', 'window-label-year-colon-range', 'requisition.opens', { not: '2026-10-01' }, 'Verksamhetsbidrag för 2026', 'Ansökningsperiod 2026: 1 oktober – 30 november', 'Bidraget avser verksamhetsåret 2026.', ORG),
  P('W2', 'window-label-year-colon-range', 'requisition.closes', { not: '2024-03-15' }, 'Projektbidrag', 'Ansökningsperiod 2024: 1 februari – 15 mars', 'Perioden har passerat. Nästa ansökningsperiod öppnar i januari 2025.', ORG),
  P('W3', 'window-label-year-colon-range', 'requisition.closes', { not: '2024-03-15' }, 'Projektbidrag', 'Ansökningsperiod 2024: 1 februari – 15 mars', 'Ansökningsperiod 2025: 1 februari – 15 mars', ORG),
  P('W4', 'window-label-year-colon-range', 'requisition.opens', { not: '2025-06-01' }, 'Sommarlovsbidrag', 'Ansökningstid 2025: 1 juni – 31 augusti (aktiviteterna genomförs då)', 'Sista ansökningsdag är 15 maj 2025.', ORG),
  P('W5', 'window-label-year-colon-range', 'requisition.closes', { not: '2025-03-15' }, 'Projektbidrag', 'Ansökningsperiod 2025: 1 februari – 15 mars är stängd.', 'Ny ansökningsperiod meddelas senare.', ORG),
  P('W1k', 'window-label-year-colon-range', 'requisition.closes', '2025-03-15', 'Projektbidrag', 'Ansökningsperiod 2025: 1 februari – 15 mars', ORG),
  // rounds labelled by a holiday or number under a heading that names applying
  P('L1', 'round-label-range-under-apply-heading', 'requisition.opens', null, 'Lovbidrag', '', 'Ansökan', '', 'Bidraget gäller aktiviteter under följande lov:', '', 'Sportlov: 24–28 februari 2025.', '', 'Påsklov: 14–18 april 2025.', '', 'Ansök senast en månad före lovet.', '', ORG),
  P('L2', 'round-label-range-under-apply-heading', 'requisition.closes', { not: '2025-08-15' }, 'Lovbidrag', '', 'Ansökan', '', 'Sista ansökningsdag är 15 maj 2025.', '', 'Sommarlov: 16 juni–15 augusti 2025.', '', ORG),
  P('L3', 'round-label-range-under-apply-heading', 'requisition.opens', null, 'Projektstöd', '', 'Ansökningsperioder', '', 'Våren 2024: 1–28 februari 2024.', '', 'Hösten 2024: 1–31 augusti 2024.', '', 'Ansökningsperioderna för 2025 är inte beslutade än.', '', ORG),
  P('L4', 'round-label-range-under-apply-heading', 'requisition.opens', null, 'Lovbidrag', '', 'När kan man söka?', '', 'Du ansöker senast fyra veckor före aktiviteten. Bidraget gäller:', '', 'Höstlovet: 27–31 oktober 2025.', '', ORG),
  P('L5', 'round-label-range-under-apply-heading', 'year', { not: 2024 }, 'Projektstöd 2026', '', 'Ansökningsperioder', '', 'Omgång 1 (avslutad): 1–28 februari 2024.', '', 'Omgång 2: 1–30 september 2025.', '', 'Bidraget avser år 2026.', '', ORG),
  P('L1k', 'round-label-range-under-apply-heading', 'requisition.opens', '2024-04-01', 'Sommarlovsbidrag', '', 'När kan man söka?', '', 'Omgång 1: 1 april–15 maj 2024', '', ORG),
];

// the probes left open, with the reason (filled in after the fixes)
const LEFT_OPEN = new Map<string, string>([]);

describe('review70b: decision days (dates.ts beslutade, "beslutad")', () => {
  for (const [id, text, day, wanted] of DECISIONS) {
    const run = LEFT_OPEN.has(id) ? it.skip : it;
    run(`${id} ${wanted ? 'is' : 'is not'} a decision day: ${day}`, async () => {
      const got = await decisions(text);
      if (wanted) expect(got).toContain(day);
      else expect(got).not.toContain(day);
    });
  }
});

describe('review70b: counter-probes of the usage period, recipients and window rows', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.row} ${p.field}: ${p.text.split('\n').filter(Boolean)[1] ?? ''}`, (p) => (LEFT_OPEN.has(p.id) ? 'skip' : 'run'));
});
