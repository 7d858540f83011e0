import { readFileSync } from 'node:fs';
const { readPdfText } = await import('../build/extract/read/pdf.js');
const r = await readPdfText(new Uint8Array(readFileSync(process.argv[2])), 'x.pdf');
const { readText } = await import('../build/extract/read/text.js');
const doc = readText('x', r.text, r.pageStarts, []);
const mods = {
  title: await import('../build/extract/fields/title.js'), rec: await import('../build/extract/fields/recipients.js'),
  fund: await import('../build/extract/fields/funding.js'), req: await import('../build/extract/fields/requisition.js'),
  lists: await import('../build/extract/fields/lists.js'), rep: await import('../build/extract/fields/reporting.js'),
  refs: await import('../build/extract/fields/references.js'),
};
const t = (name, f) => { const s = performance.now(); f(); console.log(name.padEnd(20), (performance.now() - s).toFixed(0)); };
t('sentences warm', () => mods.rep.findRepayment(doc));
t('title', () => mods.title.findTitle(doc)); t('agency', () => mods.title.findAgency(doc)); t('purpose', () => mods.title.findPurpose(doc));
t('year', () => mods.title.findYear(doc, undefined));
t('recipients', () => mods.rec.findRecipients(doc)); t('funding', () => mods.fund.findFunding(doc));
t('requisition', () => mods.req.findRequisition(doc)); t('payment', () => mods.req.findPayment(doc)); t('usage', () => mods.req.findUsagePeriod(doc));
t('permitted', () => mods.lists.findPermittedUses(doc)); t('excluded', () => mods.lists.findExcludedUses(doc)); t('underlag', () => mods.lists.findEvidenceDocuments(doc));
t('conditions', () => mods.lists.findConditions(doc, new Set(), new Set()));
t('reporting', () => mods.rep.findReporting(doc)); t('repayment', () => mods.rep.findRepayment(doc));
t('legal', () => mods.refs.findLegalBasis(doc)); t('contacts', () => mods.refs.findContacts(doc)); t('links', () => mods.refs.findLinks(doc));
