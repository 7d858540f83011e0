import { describe, expect, it } from 'vitest';
import { anvisningOf, probeField } from './probe.js';

// review78b (issue 12): adversarial probes of open78's recipients rows (samt-av-organisationer, "kan rekvireras av" in
// sokande-ska-vara-organisation, ALSO_APPLICANT_SUBJECT, bidrag-till-organisationer's "fördelar statliga medel till", the huvudman
// row's "lämnas till kommuner och enskilda huvudmän") and form-kind rows (QUOTING_LEAD "besvarar ni bland annat:",
// GRANT_AREA_FIELDS). Constructed texts, written before any run; no held-out text opened. Most are near misses that must not
// give the value: a partner, a target group or a beneficiary after "även"/"samt", money shared out to projects, a huvudman under
// a denial, a past round, another body's grant; a report form's own lead or boxes.
// Wrong on main 70c41f12: K1 (a report form's own "Ruta N" guide under "Bidrag beviljas inom följande fält" read as an anvisning,
// GRANT_AREA_FIELDS silencing its walk; fixed by AREA_FIELD_WALK). Every recipients probe held on main.

const HEAD = 'Bidrag till lokala insatser 2027\n\nAnsökan ska ha kommit in senast den 15 mars 2027.\n\n';
const types = (body: string): string[] => [...(anvisningOf(`${HEAD}${body}\n`).recipients?.types ?? [])].sort();

/** [id, body, the recipient types the text states (sorted)] */
const RECIPIENTS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  // samt-av-organisationer and "kan rekvireras av": the associations a partner, a doer or a later payee, not an applicant
  ['S1', 'Statsbidraget kan rekvireras av kommuner som samarbetar med föreningar.', ['kommun']],
  ['S2', 'Statsbidraget kan rekvireras av kommuner och genomföras av ideella föreningar.', ['kommun']],
  ['S4', 'Bidraget kan sökas av kommuner och regioner, samt användas av ideella föreningar i kommunen.', ['kommun', 'region']],
  ['S5', 'Bidraget kan sökas av kommuner. Insatserna kan genomföras samt av ideella föreningar.', ['kommun']],
  ['S7', 'Bidraget kan sökas av kommuner, och av dem vidarefördelas till idrottsföreningar.', ['kommun']],
  ['S8', 'Stödet kan sökas av regioner, liksom av deras samverkanspartner bland patientorganisationer.', ['region']],
  ['S9', 'Medlen kan rekvireras av kommuner, samt av nämnden fördelas vidare till föreningar.', ['kommun']],
  ['S10', 'Bidraget kan sökas av kommuner och tidigare även av föreningar.', ['kommun']],
  ['S11', 'Bidraget kunde tidigare sökas av kommuner, samt av ideella föreningar.', []],
  ['S12', 'Medlen kan rekvireras av kommuner som har tecknat överenskommelse med Socialstyrelsen.', ['kommun']],
  ['S13', 'Statsbidraget kan rekvireras av ideella föreningar som är registrerade i kommunen.', ['organisation']],
  ['S14', 'Statsbidraget kan rekvireras av kommuner, samt av Sveriges Kommuner och Regioner för samordning.', ['kommun']],
  // ALSO_APPLICANT_SUBJECT: "Även X kan söka" naming a target group, a partner, private persons, a limited or another body's grant
  ['A1', 'Bidraget kan sökas av kommuner.\nÄven barn och unga kan söka bidrag för egna aktiviteter genom kommunens ungdomsråd.', ['kommun']],
  ['A2', 'Bidraget kan sökas av kommuner.\nÄven projektets samarbetspartner kan söka medel.', ['kommun']],
  ['A3', 'Bidraget kan sökas av kommuner.\nÄven privatpersoner kan söka.', ['kommun']],
  ['A6', 'Bidraget kan sökas av kommuner.\nÄven målgruppen, nyanlända ungdomar, kan söka stöd för studier.', ['kommun']],
  ['A7', 'Bidraget kan sökas av kommuner.\nÄven föreningar som vill samarbeta med kommunen kan söka medel hos kommunen.', ['kommun']],
  ['A8', 'Bidraget kan sökas av ideella föreningar.\nÄven kommuner kan söka bidrag, men endast för kostnader för lokaler.', ['organisation']],
  ['A12', 'Bidraget kan sökas av ideella föreningar.\nÄven kommuner kan söka medel ur samma anslag hos Länsstyrelsen.', ['organisation']],
  ['A13', 'Bidraget kan sökas av regioner.\nÄven kommuner kunde söka bidraget under 2025.', ['region']],
  ['A14', 'Bidrag kan sökas av regioner.\nOckså patienter och närstående kan söka stöd via regionens patientnämnd.', ['region']],
  // bidrag-till-organisationer's "fördelar statliga medel till": money shared out to projects or work, a past or denied sharing
  ['F1', 'Länsstyrelsen fördelar statliga medel till projekt som drivs av kommuner och ideella föreningar.', []],
  ['F2', 'Länsstyrelsen fördelar statliga medel till insatser för föreningar.', []],
  ['F3', 'Regionen fördelar särskilda medel till arbetet med att stärka föreningar.', []],
  ['F4', 'Länsstyrelsen fördelar statliga medel till länets kommuner, som sedan stöttar föreningar.', []],
  ['F5', 'Länsstyrelsen fördelade statliga medel till kommuner och ideella föreningar förra året.', []],
  ['F6', 'Länsstyrelsen fördelar inte statliga medel till ideella föreningar.', []],
  ['F7', 'Länsstyrelsen fördelar statliga medel till följande projekt: Föreningsliv i glesbygd, Idrottsföreningar i samverkan.', []],
  ['F8', 'Kommunen kan söka medel. Kommunen fördelar sedan särskilda medel till lokala föreningar.', ['kommun']],
  ['F11', 'Bidrag kan sökas av kommuner. Länsstyrelsen fördelar därefter statliga medel till kommuner och ideella föreningar enligt en fördelningsnyckel per län.', ['kommun']],
  ['F12', 'Länsstyrelsen fördelar statliga medel till kommunerna. Kommunerna ansvarar för att fördela medlen vidare till föreningar.', ['kommun']],
  // the huvudman row: a denial, a kommun's own partners, a past round, another grant
  ['H1', 'Bidrag får inte lämnas till kommuner och enskilda huvudmän som redan fått bidrag.', []],
  ['H2', 'Bidrag lämnas inte till kommuner och enskilda huvudmän.', []],
  ['H3', 'Statsbidrag ges inte till kommunala eller enskilda huvudmän.', []],
  ['H4', 'Bidrag lämnas till kommuner, som i sin tur stöttar enskilda huvudmän.', ['kommun']],
  ['H6', 'Bidrag kan aldrig lämnas till enskilda huvudmän.', []],
  ['H9', 'Bidrag lämnades till kommuner och enskilda huvudmän under 2024.', []],
  ['H10', 'Bidraget får inte heller lämnas till enskilda huvudmän.', []],
  ['H11', 'Inga medel lämnas till enskilda huvudmän.', []],
  ['H12', 'Bidraget kan sökas av kommuner. Skolverket lämnar även statsbidrag till kommuner och enskilda huvudmän för läxhjälp, se Skolverkets webbplats.', ['kommun']],
  // the row's own reading in another phrasing
  ['H7', 'Bidrag lämnas till kommuner och fristående huvudmän.', ['huvudman', 'kommun']],
];

describe('review78b: open78\'s recipients rows under near misses', () => {
  for (const [id, body, want] of RECIPIENTS) it(`${id}: ${body.replace(/\n/gu, ' / ')}`, () => expect(types(body)).toEqual([...want]));
});

/** [id, text, the kind wanted]: report forms whose own lead or boxes sit next to QUOTING_LEAD or GRANT_AREA_FIELDS */
const FORMS: ReadonlyArray<readonly [string, string, 'reporting-form' | 'anvisning']> = [
  ['K1', 'Slutrapport för bidrag inom fälten kultur och idrott\n\nBidrag beviljas inom följande fält: kultur, idrott. Redovisa i denna rapport.\n\nRuta 1 Sökande: Skriv föreningens namn.\nRuta 2 Genomförande: Beskriv vad som har genomförts.\nRuta 3 Ekonomi: Ange de faktiska kostnaderna.\nRuta 4 Resultat: Beskriv resultaten.\n\nUnderskrift av firmatecknare: ______________\n', 'reporting-form'],
  ['K2', 'Slutredovisning – föreningsbidrag 2026\n\nFöreningens namn: ______________\nOrganisationsnummer: ______________\n\nI denna blankett besvarar ni bland annat:\n1. Vad har ni genomfört? ______________\n2. Antal deltagare: ______________\n3. Hur har bidraget använts? (max 1 000 tecken)\n\nUnderskrift: ______________\nNamnförtydligande: ______________\n', 'reporting-form'],
  ['K3', 'Redovisning av projektbidrag\n\nProjektnamn: ______________\nDiarienummer: ______________\n\nNedan besvarar du bl.a.:\n1. Har projektet genomförts enligt plan? ☐ Ja ☐ Nej\n2. Beskriv resultatet (max 2 000 tecken): ______________\n3. Totala kostnader: ______________ kr\n\nDatum och underskrift: ______________\n', 'reporting-form'],
  ['K4', 'Slutrapport – stöd till civilsamhället\n\nStiftelsen ger stöd inom tre fält: kultur, idrott och miljö. Fyll i rapporten för det fält ni har fått stöd inom.\n\nFält 1 Projektnamn: ______________\nFält 2 Beviljat belopp: ______________\nFält 3 Beskriv vad ni har genomfört (max 1 500 tecken): ______________\nFält 4 Antal deltagare: ______________\n\nUnderskrift: ______________\n', 'reporting-form'],
  ['K5', 'Slutrapport – kulturstöd 2026\n\nProjektnamn: ______________\n\nI e-tjänsten svarar du till exempel på:\n1. Hur många föreställningar genomfördes? ______________\n2. Hur många besökare kom? ______________\n3. Beskriv samarbetet med andra aktörer (max 1 000 tecken)\n\nJag intygar att uppgifterna är riktiga.\nUnderskrift: ______________\n', 'reporting-form'],
  ['K6', 'Slutrapport för bidrag inom fälten kultur och idrott\n\nBidrag beviljas inom följande fält: kultur, idrott. Redovisa i denna rapport.\n\nRuta 1 Sökande: ______________\nRuta 2 Beskriv vad som har genomförts (max 1 500 tecken): ______________\nRuta 3 Faktiska kostnader: ______________ kr\nRuta 4 Har målen nåtts? ☐ Ja ☐ Nej\n\nUnderskrift av firmatecknare: ______________\n', 'reporting-form'],
];

describe('review78b: report forms next to open78\'s kind rows', () => {
  for (const [id, text, want] of FORMS) it(`${id}: ${text.split('\n')[0]}`, async () => expect(await probeField(text, 'kind')).toBe(want));
});
