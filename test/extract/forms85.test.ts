import { describe, expect, it } from 'vitest';
import { probeField } from './probe.js';

// Reporting instructions that name no grant word, and a press release on grant money in other words (helper forms85, issues
// 12 and 13): constructed probes (own sentences, in the layouts of the real texts added as dev 2488–2492 and of dev 2467,
// Interreg Sverige–Norge's handbook page "Avsluta"). Rows: GRANT_TEXT_EVIDENCE government-gives-sum, project-report-rule,
// report-content-rule (cues/grant-text.ts); KIND_EVIDENCE money-label-blank (cues/genre.ts); UNDERLAG_SENTENCES
// revisor-granskning (cues/lists.ts).

const FINAL_REPORT_DUE = 'Avsluta projektet\n\nNär projektet är klart ska ni skriva en slutrapport. Slutrapporten ska lämnas senast den 31 mars 2026. Rapporten ska innehålla en sammanfattning av projektets resultat och en ekonomisk sammanställning.\n';
const FINAL_ACCOUNT = 'Slutredovisning\n\nSlutredovisningen ska ha kommit in senast den 15 oktober 2025. Till rapporten ska bifogas kopior av fakturor och kvitton. Spara alla underlag i tio år.\n';
const REPORT_CONTENT_NO = 'Avslutning\n\nDet är viktigt att projektets resultat kommer fram tydligt i slutrapporten. Projektet ska vara hållbart även efter att stödperioden har upphört.\n';
const PRESS = 'Regeringen ger 20 miljoner kronor till idrottsrörelsen\n\nRegeringen har i dag beslutat att ge 20 miljoner kronor till Riksidrottsförbundet för att fler barn ska kunna idrotta under sommarlovet. Pengarna ska gå till föreningar i utsatta områden.\n\n– Alla barn ska kunna delta i idrott, säger idrottsministern.\n';
const STEERING = 'Projektstyrning\n\nAvslutningsfasen ska resultera i en slutrapport till styrgruppen. Slutrapporten ska lämnas till styrgruppen senast den 31 mars 2026.\n';
const COURSE = 'Projektkursen\n\nProjektgruppens slutrapport ska lämnas till kursens examinator senast den 1 juni 2026. Rapporten ska innehålla en litteraturlista.\n';
const BUDGET_NEWS = 'Regeringen satsar på försvaret\n\nRegeringen satsar 2 miljarder kronor på nya fartyg. Beslutet fattades i dag.\n';

describe('forms85: reporting pages and press releases that name no grant word are grant texts', () => {
  it('R01 a project\'s final report with its due day and its content is not refused', async () => {
    expect(await probeField(FINAL_REPORT_DUE, 'kind')).toBe('anvisning');
    expect(await probeField(FINAL_REPORT_DUE, 'reporting.due')).toBe('2026-03-31');
  });
  it('R02 a final account due on a day, with its underlag to attach, is not refused', async () => {
    expect(await probeField(FINAL_ACCOUNT, 'kind')).toBe('anvisning');
    expect(await probeField(FINAL_ACCOUNT, 'reporting.due')).toBe('2025-10-15');
    expect(JSON.stringify(await probeField(FINAL_ACCOUNT, 'evidence_documents'))).toContain('fakturor');
  });
  it('R03 a handbook page on what the final report must bring out is not refused', async () => {
    expect(await probeField(REPORT_CONTENT_NO, 'kind')).toBe('anvisning');
  });
  it('R04 a press release on the government giving a sum to a movement, naming no bidrag nor medel, is not refused', async () => {
    expect(await probeField(PRESS, 'kind')).toBe('anvisning');
  });
  it('R05 a project-management page on a report to the steering group is still refused', async () => {
    expect(await probeField(STEERING, 'kind')).toBe('refused');
  });
  it('R06 a course\'s project report due to the examiner is still refused', async () => {
    expect(await probeField(COURSE, 'kind')).toBe('refused');
  });
  it('R07 the government spending a sum on ships is still refused', async () => {
    expect(await probeField(BUDGET_NEWS, 'kind')).toBe('refused');
  });
});

const ACQUITTAL = 'Grant acquittal\n\nPlease return this page to the council within 60 days of the event.\n\nGrant amount received: $\nTotal project cost: $\nAmount spent from the grant: $\n\nI certify that the grant was spent as approved.\n';
const MONEY_PROSE = 'Reporting your grant\n\nAll amounts in the final report are in $\nThe final report must be submitted no later than 30 days after the end of the project.\nPlease describe what the grant was used for and attach the receipts.\n';
const AUDITOR = 'Redovisning av produktionsstöd\n\nStödet ska redovisas senast sex månader efter premiären. Om stödet är större än 100 000 kronor ska den ekonomiska redovisningen vara granskad av en auktoriserad eller godkänd revisor.\n';

describe('forms85: a money field left blank is a form\'s mark; an auditor\'s certificate is underlag', () => {
  it('F01 a short acquittal whose money fields are left blank after their labels is a reporting form', async () => {
    expect(await probeField(ACQUITTAL, 'kind')).toBe('reporting-form');
  });
  it('F02 a reporting page that names the currency in a sentence stays an anvisning', async () => {
    expect(await probeField(MONEY_PROSE, 'kind')).toBe('anvisning');
  });
  it('U01 the auditor\'s review the economic report must carry is an evidence document', async () => {
    expect(JSON.stringify(await probeField(AUDITOR, 'evidence_documents'))).toContain('revisor');
  });
});
