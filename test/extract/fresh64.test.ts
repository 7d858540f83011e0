import { describe, expect, it } from 'vitest';
import { anvisningOf as spec } from './probe.js';

// Shapes of regeringsbeslut and utlysningar of bodies and years not used before (helper fresh64, issue 12, dev 1965–1974):
// each fix's real shape, two paraphrases the way another body would put it (constructed) and a counter-probe that must give
// nothing. The row examples in extract/cues/*.ts hold the same phrasings at the cue level.

const BODY = 'Bidraget får användas till kostnader för aktiviteter.\n';

describe('recipients: a list of applicants opening after a colon (cues/recipients.ts enumerated-subject, organisations-in-subject-list)', () => {
  it('dev 1974: "Förordningen gäller två typer av bidrag: Kommuner, regioner och ideella organisationer kan söka bidraget …" keeps organisation', () => {
    const s = spec('Nytt statsbidrag\n\nFörordningen gäller två typer av bidrag: Kommuner, regioner och ideella organisationer kan söka bidraget för projekt som syftar till att förstärka insatser.\n\n' + BODY);
    expect([...(s.recipients?.types ?? [])].sort()).toEqual(['kommun', 'organisation', 'region']);
  });
  it('paraphrases (constructed): "Stödet finns i två former: kommuner och ideella föreningar kan söka …", "Två bidrag utlyses i år: Regioner och stiftelser får ansöka …"', () => {
    expect(spec('Stöd\n\nStödet finns i två former: kommuner och ideella föreningar kan söka projektstöd.\n\n' + BODY).recipients?.types ?? []).toContain('organisation');
    expect(spec('Bidrag\n\nTvå bidrag utlyses i år: Regioner och stiftelser får ansöka om medel.\n\n' + BODY).recipients?.types ?? []).toContain('organisation');
  });
  it('counter-probe (constructed): organisations only as the aim after the colon are no applicants', () => {
    expect(spec('Bidrag\n\nFörordningen gäller två typer av bidrag: kommuner och regioner kan söka bidraget för att stödja organisationer.\n\n' + BODY).recipients?.types ?? []).not.toContain('organisation');
  });
});

describe('requisition: "efter rekvisition ställd till X senast den …" is the requisition deadline (cues/dates.ts rekvisition-ges-in-senast)', () => {
  it('dev 1969: "Medlen betalas ut efter rekvisition ställd till Kammarkollegiet senast den 6 december 2019." closes 2019-12-06', () => {
    const s = spec('Uppdrag att stödja en samverkansarena\n\nMedlen betalas ut efter rekvisition ställd till Kammarkollegiet senast den 6 december 2019.\n\n' + BODY);
    expect(s.requisition?.closes).toBe('2019-12-06');
  });
  it('paraphrases (constructed): "utbetalas efter rekvisition ställd till Statens skolverk senast …", "efter rekvisition som ställs till Kammarkollegiet senast …"', () => {
    expect(spec('Uppdrag\n\nBidraget utbetalas efter rekvisition ställd till Statens skolverk senast den 1 december 2021.\n\n' + BODY).requisition?.closes).toBe('2021-12-01');
    expect(spec('Uppdrag\n\nPengarna betalas ut efter rekvisition som ställs till Kammarkollegiet senast den 15 november 2020.\n\n' + BODY).requisition?.closes).toBe('2020-11-15');
  });
  it('counter-probe (constructed): a report after a requisition is no requisition deadline', () => {
    expect(spec('Uppdrag\n\nEn rekvisition ställd till Kammarkollegiet ska följas av en ekonomisk redovisning senast den 30 november 2020.\n\n' + BODY).requisition?.closes).toBeUndefined();
  });
});

describe('reporting: a report with a copy to Regeringskansliet is the recipient\'s report (cues/reporting.ts TO_GOVERNMENT, report-bare-lamnas-senast)', () => {
  it('dev 1969: "En ekonomisk redovisning ska lämnas till Kammarkollegiet, med kopia till Regeringskansliet (Näringsdepartementet), senast den 30 november 2020." is due', () => {
    const s = spec('Uppdrag\n\nMedlen betalas ut efter rekvisition. En ekonomisk redovisning ska lämnas till Kammarkollegiet, med kopia till Regeringskansliet (Näringsdepartementet), senast den 30 november 2020.\n\n' + BODY);
    expect(s.reporting?.due).toBe('2020-11-30');
  });
  it('paraphrases (constructed): a slutrapport "(Kulturdepartementet)", a redovisning to Socialstyrelsen with a bare copy', () => {
    expect(spec('Uppdrag\n\nMedlen betalas ut efter rekvisition. En slutrapport ska lämnas till Kammarkollegiet, med kopia till Regeringskansliet (Kulturdepartementet), senast den 31 mars 2022.\n\n' + BODY).reporting?.due).toBe('2022-03-31');
    expect(spec('Uppdrag\n\nMedlen betalas ut efter rekvisition. Redovisning lämnas till Socialstyrelsen, med kopia till Regeringskansliet, senast den 1 april 2021.\n\n' + BODY).reporting?.due).toBe('2021-04-01');
  });
  it('counter-probe (constructed): a report to Regeringskansliet with a copy to Kammarkollegiet stays the government\'s', () => {
    expect(spec('Uppdrag\n\nMedlen betalas ut efter rekvisition. En slutrapport ska lämnas till Regeringskansliet, med kopia till Kammarkollegiet, senast den 31 mars 2022.\n\n' + BODY).reporting?.due).toBeUndefined();
  });
});
