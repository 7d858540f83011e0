import { describe, expect, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Adversarial review of stop 51's new rows, part a (issue 12, helper review70a): constructed counter-probes, in realistic
// Swedish (and Norwegian, Danish, English where the row reads them), aimed at the rows and decisions of h/calls70,
// h/formkind70, h/abstain70 and h/fresh70: the same words with a value of another role (a report's or a past round's year as
// the grant year, a payment's or a correction's day as a deadline, a programme's sum as the total, a kommun or a beneficiary as
// the applicant, an instruction page as a form). Each probe asks what a careful reader would take: `null` none, a value
// that value, `{ not: v }` anything but v (a miss is fine, the wrong value is not).

// `wrong`: for a list field, the value whose presence is the wrong value (the rest may be missed).
type Probe = { id: string; row: string; field: string; want: Want; text: string; wrong?: string };
const BODY = '\n\nBidraget får användas till kostnader för verksamheten.';
const P = 'Bidrag till föreningar\n\nBidraget kan sökas av ideella föreningar i kommunen.\n\n';

export const PROBES: Probe[] = [
  // ── funding.total ────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'F1', row: 'att-fordela widened: one förening\'s sum "kan få" before "extra medel att söka"', field: 'funding.total', want: null,
    text: 'Sommarbidrag 2024\n\nEn förening kan få upp till 15 000 kr i extra medel att söka för lovaktiviteter. Ansök senast 1 juni 2024.' + BODY },
  { id: 'F2', row: 'att-fordela widened: per förening after the money words', field: 'funding.total', want: null,
    text: 'Lovbidrag 2024\n\nFöreningarna har 5 000 kronor per förening i extra medel att söka. Ansök senast 1 juni 2024.' + BODY },
  { id: 'F3', row: 'att-fordela widened: last year\'s money told with "fick"', field: 'funding.total', want: { not: 150000 },
    text: 'Sommarlovsbidrag 2024\n\nFörra året fick föreningarna 150 000 kronor i extra medel att söka. Ansök senast 1 juni 2024.' + BODY },
  { id: 'F4', row: 'att-fordela widened: the money of a programme period in the same sentence', field: 'funding.total', want: { not: 3000000 },
    text: 'Kulturprojekt 2025\n\nRegionen har 3 miljoner kronor i nya medel att fördela under åren 2025–2027. För 2025 finns 1 miljon kronor att söka. Sista ansökningsdag är 1 mars 2025.' + BODY },
  { id: 'F5', row: 'totala-storlek widened: the call\'s size stated per applicant in the next clause', field: 'funding.total', want: { not: 500000 },
    text: 'Forskningsutlysning\n\nUtlysningens budget är högst 500 000 kronor för varje projekt. Sista ansökningsdag är 1 mars 2025.' + BODY },
  { id: 'F6', row: 'totala-storlek widened: a past round\'s size', field: 'funding.total', want: null,
    text: 'Utlysning 2025\n\nFörra ansökningsomgångens budget var 4 miljoner kronor. Sista ansökningsdag är 1 mars 2025.' + BODY },
  { id: 'F7', row: 'totala-storlek widened: the call\'s size in a sentence about a previous call', field: 'funding.total', want: { not: 6000000 },
    text: 'Utlysning hösten 2025\n\nDen förra utlysningens storlek är 6 miljoner kronor, och i höst finns 2 miljoner kronor att söka. Sista ansökningsdag är 1 oktober 2025.' + BODY },
  { id: 'F8', row: 'totala-storlek widened: per applicant with "per sökande" after "i snitt"', field: 'funding.total', want: { not: 200000 },
    text: 'Utlysning 2025\n\nUtlysningens belopp är ca 200 000 kronor i snitt per sökande. Sista ansökningsdag är 1 mars 2025.' + BODY },
  { id: 'F9', row: 'PERIOD_TOTALS: a span "2024 till 2026" the row misses, beside one year\'s sum', field: 'funding.total', want: { not: 30000000 },
    text: 'Satsning på lokalt kulturliv\n\nProgrammet omfattar totalt 30 miljoner kronor för perioden 2024 till 2026.\n\nFör 2025 finns 10 miljoner kronor att fördela. Sista ansökningsdag är 1 mars 2025.' + BODY },
  { id: 'F10', row: 'PERIOD_TOTALS: a span by years alone ("2024–2026"), beside one year\'s sum', field: 'funding.total', want: { not: 30000000 },
    text: 'Satsning på lokalt kulturliv\n\nSatsningen omfattar totalt 30 miljoner kronor 2024–2026.\n\nFör 2025 finns 10 miljoner kronor att fördela. Sista ansökningsdag är 1 mars 2025.' + BODY },
  { id: 'F11', row: 'PERIOD_TOTALS: "under en treårsperiod"', field: 'funding.total', want: { not: 45000000 },
    text: 'Stöd till civilsamhället\n\nTotalt avsätts 45 miljoner kronor under en treårsperiod.\n\nI år finns 15 miljoner kronor att söka. Sista ansökningsdag är 1 mars 2025.' + BODY },
  { id: 'F12', row: 'EARMARKED_SHARE: the share with "ett särskilt avsatt belopp om"', field: 'funding.total', want: { not: 3000000 },
    text: 'Projektbidrag 2025\n\nTotalt finns 36 miljoner kronor att söka. Ett särskilt avsatt belopp om 3 miljoner kronor finns att söka för mindre organisationer. Sista ansökningsdag är 1 mars 2025.' + BODY },
  { id: 'F13', row: 'EARMARKED_SHARE: an earmarked pot alone is no total', field: 'funding.total', want: null,
    text: 'Projektbidrag 2025\n\nInom bidraget finns en öronmärkt pott på 500 000 kronor att söka för unga arrangörer. Sista ansökningsdag är 1 mars 2025.' + BODY },
  // ── year ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'Y1', row: 'ars-genitive widened: last year\'s grant reported on, this year\'s applied for', field: 'year', want: { not: 2024 },
    text: 'Verksamhetsbidrag\n\nAnsök om verksamhetsbidrag senast 1 mars 2025. Redovisning av 2024 års verksamhetsbidrag ska lämnas samtidigt.' + BODY },
  { id: 'Y2', row: 'ars-genitive widened: a past round\'s result', field: 'year', want: { not: 2023 },
    text: 'Brottsofferfonden\n\nResultatet av 2023 års andra ansökningsomgång finns på webbplatsen. Nästa ansökningsomgång stänger 1 mars 2025.' + BODY },
  { id: 'Y3', row: 'ars-genitive widened: repayment of a past year\'s state grant', field: 'year', want: { not: 2022 },
    text: 'Statsbidrag till organisationer\n\nOrganisationer som inte använt 2022 års statliga projektbidrag ska betala tillbaka det. Ansökan för 2025 är öppen till 1 oktober 2024.' + BODY },
  { id: 'Y4', row: 'ars-genitive widened: a decision on a past year\'s grant told in the past tense', field: 'year', want: { not: 2022 },
    text: 'Kulturstöd\n\nBeslut om 2022 års extra bidrag fattades i maj 2022. Sök årets kulturstöd senast 15 mars 2025.' + BODY },
  { id: 'Y5', row: 'ars-genitive widened: föreningsbidrag of a year as the rule\'s source', field: 'year', want: { not: 2019 },
    text: 'Föreningsbidrag\n\nReglerna bygger på 2019 års föreningsbidrag och gäller tills vidare. Ansök senast 1 mars 2025.' + BODY },
  // ── title ────────────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'T1', row: 'contact-box-lines widened: an open-house heading with two whole-hour ranges', field: 'title', want: { not: 'Föreningar kan boka lokalen kostnadsfritt.' },
    text: 'Lördag 10-12, 13-15\nFöreningar kan boka lokalen kostnadsfritt.' + BODY },
  { id: 'T2', row: 'logo-alt widened: a grant heading ending in "-logga"', field: 'title', want: 'Bidrag till ny förenings-logga',
    text: 'Bidrag till ny förenings-logga\n\nFöreningar kan söka bidrag för att ta fram en logga.' + BODY },
  { id: 'T3', row: 'image-alt widened: an alt repeat above, the heading kept', field: 'title', want: 'Bidrag till fotoprojekt',
    text: 'Bild på en fotograf i arbete.Bild på en fotograf i arbete.\n\nBidrag till fotoprojekt\n\nFotografer kan söka bidraget.' + BODY },
  // ── kind (the reporting form) ────────────────────────────────────────────────────────────────────────────────────
  { id: 'K1', row: 'bare-field-label under a report head: a page listing what the report holds, lead without colon', field: 'kind', want: { not: 'reporting-form' },
    text: 'Slutrapport\n\nNär projektet är klart ska föreningen lämna en slutrapport till kommunen senast två månader efter projektets slut. I slutrapporten ska följande uppgifter finnas med\nFöreningens namn\nOrganisationsnummer\nBeviljat belopp\nRedovisade kostnader\nSlutrapporten skickas till kulturförvaltningen. Har du frågor om rapporten, kontakta oss.' },
  { id: 'K2', row: 'report-head-en-bare + bare labels: an English guidance page', field: 'kind', want: { not: 'reporting-form' },
    text: 'Final report\n\nAll grant holders must submit a final report within two months of the end of the project. Please make sure the report includes the following\nOrganisation name\nGrant reference\nAmount awarded\nTotal expenditure\nReports are reviewed by the grants team, who may ask for receipts. Late reports may affect future applications.' },
  { id: 'K3', row: 'report-head-nordic + bare labels: a Norwegian guidance page', field: 'kind', want: { not: 'reporting-form' },
    text: 'Sluttrapport\n\nAlle som har fått tilskudd må sende inn sluttrapport innen 31. mars 2026. Rapporten skal blant annet inneholde\nOrganisasjonens navn\nOrganisasjonsnummer\nTildelt beløp\nBrukt beløp\nRapporten sendes inn via søknadsportalen. Ta kontakt med oss hvis du har spørsmål om rapporteringen.' },
  { id: 'K4', row: 'application-head widened: a Norwegian payout request that is the final report (refused is a miss)', field: 'kind', want: { not: 'anvisning' },
    text: 'Søknad om utbetaling og sluttrapport\n\nProsjektets navn: ______\nOrganisasjonsnummer: ______\nTildelt beløp: ______\nBrukt beløp: ______\nBeskriv hva som er gjennomført: ______\nDato og underskrift: ______' },
  { id: 'K5', row: 'FORM_DUE innen: a Norwegian form\'s payment day after "innen"', field: 'due', want: { not: '2026-04-15' },
    text: 'Sluttrapport for prosjekttilskudd 2025\n\nTilskuddet utbetales innen 15. april 2026 etter at rapporten er godkjent.\n\nProsjektets navn: ______\nOrganisasjonsnummer: ______\nTildelt beløp: ______\nBrukt beløp: ______\nBeskriv hva som er gjennomført: ______' },
  { id: 'K6', row: 'FORM_DUE senest: a Danish form\'s payment day after "senest"', field: 'due', want: { not: '2026-04-30' },
    text: 'Afrapportering af tilskud\n\nTilskuddet udbetales senest den 30. april 2026, når rapporten er godkendt.\n\nForeningens navn: ______\nCVR-nummer: ______\nBevilget beløb: ______\nForbrugt beløb: ______\nBeskriv hvad der er gennemført: ______' },
  { id: 'K7', row: 'FORM_DUE innen: the next application deadline ("søknadsfristen") in a report form', field: 'due', want: { not: '2026-02-01' },
    text: 'Sluttrapport\n\nHusk at søknadsfristen for neste år er innen 1. februar 2026, og at sluttrapporten må være godkjent først.\n\nProsjektets navn: ______\nOrganisasjonsnummer: ______\nTildelt beløp: ______\nBrukt beløp: ______\nBeskriv hva som er gjennomført: ______' },
  { id: 'K8', row: 'FORM_DUE innen: last year\'s report told in the past tense (Norwegian)', field: 'due', want: { not: '2025-03-31' },
    text: 'Sluttrapport\n\nRapporten for 2024 skulle sendes inn innen 31. mars 2025. Denne rapporten gjelder tilskudd for 2025.\n\nProsjektets navn: ______\nOrganisasjonsnummer: ______\nTildelt beløp: ______\nBrukt beløp: ______\nBeskriv hva som er gjennomført: ______' },
  { id: 'K9', row: 'FORM_DUE innen: a decision day', field: 'due', want: { not: '2026-06-01' },
    text: 'Sluttrapport\n\nVedtak om endelig tilskudd fattes innen 1. juni 2026 når rapporten er behandlet.\n\nProsjektets navn: ______\nOrganisasjonsnummer: ______\nTildelt beløp: ______\nBrukt beløp: ______\nBeskriv hva som er gjennomført: ______' },
  // ── reporting.due and requisition.closes (the choice, CORRECTED_DAYS) ───────────────────────────────────────────────
  { id: 'D1', row: 'CORRECTED_DAYS in reporting: an application day\'s extension in a sentence naming the report', field: 'reporting.due', want: { not: '2025-03-31' },
    text: P + 'Ansökningstiden har förlängts till 31 mars 2025, och redovisningen av förra årets bidrag görs som vanligt.\n\nRedovisningen görs i e-tjänsten, som är öppen 1 januari–31 januari 2026.' },
  { id: 'D2', row: 'CORRECTED_DAYS in reporting: a meeting\'s new day about the report', field: 'reporting.due', want: { not: '2025-12-10' },
    text: P + 'Obs! Nytt datum: informationsmötet om redovisningen hålls 10 december 2025.\n\nRedovisningen görs i e-tjänsten, som är öppen 1 januari–31 januari 2026.' },
  { id: 'D3', row: 'CORRECTED_DAYS in reporting: project time extended, report due told after', field: 'reporting.due', want: { not: '2026-12-31' },
    text: P + 'Projekttiden har förlängts till 31 december 2026 för projekt som beviljats förlängd redovisning.\n\nRedovisningen görs i e-tjänsten, som är öppen 1 januari–31 januari 2026.' },
  { id: 'D4', row: 'due choice: a question day with "senast" beside the report window', field: 'reporting.due', want: { not: '2026-03-15' },
    text: P + 'Redovisningen görs i e-tjänsten, som är öppen 1 februari–31 mars 2026.\n\nHar ni frågor om redovisningen, kontakta oss senast 15 mars 2026.' },
  { id: 'D5', row: 'due choice: a request for more time to report due before the report', field: 'reporting.due', want: { not: '2026-02-01' },
    text: P + 'Redovisningen görs i e-tjänsten, som är öppen 1 februari–31 mars 2026.\n\nAnsökan om förlängd redovisningstid ska ha kommit in senast 1 februari 2026.' },
  { id: 'D6', row: 'due choice: a payment day after the report', field: 'reporting.due', want: { not: '2026-04-30' },
    text: P + 'Redovisningen ska lämnas i e-tjänsten mellan 1 februari och 31 mars 2026.\n\nBidraget för redovisat belopp betalas ut senast 30 april 2026.' },
  { id: 'D7', row: 'due choice: past-tense report day only (no later year stated)', field: 'reporting.due', want: { not: '2024-03-31' },
    text: P + 'Redovisningen för 2023 skulle vara inne senast 31 mars 2024.\n\nRedovisningen för 2025 görs i e-tjänsten, som är öppen 1 februari–31 mars 2026.' },
  { id: 'D8', row: 'CORRECTED_DAYS closes: a decision day moved, sentence names the last application day', field: 'requisition.closes', want: { not: '2025-05-15' },
    text: P + 'Sista ansökningsdag är 15 mars 2025.\n\nBeslut om ansökningar som kommit in senast sista ansökningsdag har flyttats till 15 maj 2025.' },
  { id: 'D9', row: 'CORRECTED_DAYS closes: a correction of another grant\'s window on the same page', field: 'requisition.closes', want: { not: '2025-04-30' },
    text: P + 'Sista ansökningsdag för föreningsbidraget är 15 mars 2025.\n\nObs! Ansökningstiden för lokalbidraget har förlängts till 30 april 2025.' },
  { id: 'D10', row: 'CORRECTED_DAYS closes: "ny sista dag" for completing an application', field: 'requisition.closes', want: { not: '2025-04-01' },
    text: P + 'Sista ansökningsdag är 15 mars 2025.\n\nNy sista dag för att komplettera en ansökan är 1 april 2025.' },
  // ── recipients.types ─────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'R1', row: 'money-from-named-kommun: the kommun as giver with "hos"', field: 'recipients.types', want: null, wrong: 'kommun',
    text: 'Föreningsbidrag\n\nIdeella föreningar kan söka bidrag hos Heby kommun.' + BODY },
  { id: 'R2', row: 'money-from-named-kommun: the giver with "beviljas av"', field: 'recipients.types', want: null, wrong: 'kommun',
    text: 'Föreningsbidrag\n\nBidrag som beviljas av Grums kommun kan sökas av ideella föreningar.' + BODY },
  { id: 'R3', row: 'money-from-named-kommun: the kommun in the genitive as the fund\'s owner', field: 'recipients.types', want: null, wrong: 'kommun',
    text: 'Kulturfonden\n\nFöreningar kan söka pengar ur Vaggeryds kommuns kulturfond.' + BODY },
  { id: 'R4', row: 'applicant-tied-to-place widened: children and youth from a named kommun', field: 'recipients.types', want: null, wrong: 'kommun',
    text: 'Aktivitetsbidrag\n\nFöreningar kan söka bidraget. Föreningen ska ha verksamhet för barn och ungdomar från Torsås kommun.' + BODY },
  { id: 'R5', row: 'applicant-tied-to-place widened: participants "ska komma från" a named kommun', field: 'recipients.types', want: null, wrong: 'kommun',
    text: 'Lovbidrag\n\nFöreningar kan söka bidraget. Minst hälften av deltagarna ska komma från Mönsterås kommun.' + BODY },
  { id: 'R6', row: 'bidraget-ar-till-for-foreningar: a kommun\'s work with föreningar', field: 'recipients.types', want: null, wrong: 'organisation',
    text: 'Samverkansbidrag\n\nBidraget är till för kommunernas arbete med föreningar. Kommuner i länet kan söka.' + BODY },
  { id: 'R7', row: 'bidraget-ar-till-for-foreningar: young leaders in föreningar apply themselves', field: 'recipients.types', want: null, wrong: 'organisation',
    text: 'Ledarstipendium\n\nStödet är till för unga ledare i föreningar. Du som är 16–25 år kan söka stipendiet själv.' + BODY },
  { id: 'R8', row: 'for-att-fa-bidrag-ska-forening: a company that must be a member of a förening', field: 'recipients.types', want: null, wrong: 'organisation',
    text: 'Stöd till besöksnäringen\n\nFöretag kan söka stödet. För att få stöd ska företagets verksamhet vara ansluten till en förening för besöksnäringen.' + BODY },
  { id: 'R9', row: 'for-att-fa-bidrag-ska-forening: the housing co-op (a bostadsrättsförening) for a household\'s grant', field: 'recipients.types', want: null, wrong: 'organisation',
    text: 'Bidrag till laddbox\n\nPrivatpersoner kan söka bidraget. För att få bidrag ska bostadsrättsföreningen ha godkänt installationen.' + BODY },
  { id: 'R10', row: 'for-att-fa-bidrag-ska-forening: the school must cooperate with a förening', field: 'recipients.types', want: null, wrong: 'organisation',
    text: 'Skolbidrag\n\nSkolor kan söka bidraget. För att få bidrag ska skolan samarbeta med minst en förening.' + BODY },
  // ── the fixes keep their rows' right readings (paraphrases in other bodies' phrasing, constructed) ──────────────────
  { id: 'k1', row: 'ars-genitive-qualified kept: this year\'s föreningsbidrag applied for', field: 'year', want: 2025,
    text: 'Föreningsbidrag\n\nNu kan föreningar söka 2025 års föreningsbidrag. Sista ansökningsdag är 1 mars 2025.' + BODY },
  { id: 'k2', row: 'ars-genitive-qualified kept: an ordinal round open now', field: 'year', want: 2026,
    text: 'Projektstöd\n\nAnsökan till 2026 års första ansökningsomgång öppnar 1 februari 2026.' + BODY },
  { id: 'k3', row: 'CORRECTED_REPORT_DAY kept: the report\'s own new day beside its window', field: 'reporting.due', want: '2026-02-28',
    text: P + 'Redovisningen görs i e-tjänsten, som är öppen 1 januari–31 januari 2026.\n\nObs! Nytt datum: sista dag för redovisningen är nu 28 februari 2026.' },
  { id: 'k4', row: 'money-from-named-kommun kept: organisations still read with "hos"', field: 'recipients.types', want: ['organisation'],
    text: 'Kulturbidrag\n\nKulturföreningar kan ansöka om kulturbidrag hos Sjöbo kommun.' + BODY },
  { id: 'k5', row: 'FORM_DUE kept: a Danish form\'s own due after "senest"', field: 'due', want: '2026-03-31',
    text: 'Afrapportering af tilskud\n\nRapporten skal indsendes senest den 31. marts 2026.\n\nForeningens navn: ______\nCVR-nummer: ______\nBevilget beløb: ______\nForbrugt beløb: ______\nBeskriv hvad der er gennemført: ______' },
  { id: 'k6', row: 'att-fordela kept: this year\'s extra money, last year named in a clause before', field: 'funding.total', want: 300000,
    text: 'Sommarlovsbidrag 2024\n\nFörra året var intresset stort, och i år har kommunen 300 000 kronor i extra medel att söka. Ansök senast 1 juni 2024.' + BODY },
];

describe('review70a: counter-probes of stop 51\'s rows give no wrong value', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.row}]`, async () => {
      const got = await probeField(p.text, p.field);
      if (p.wrong !== undefined) expect(Array.isArray(got) ? got : [], p.wrong).not.toContain(p.wrong);
      else expectWant(got, p.want);
    });
  }
});
