import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindEvidence, looksLikeForm } from '../../extract/fields/reporting-form.js';
import { KIND_FORM_MIN, KIND_MARGIN } from '../../extract/cues/genre.js';
import { readText } from '../../extract/read/text.js';

// Branch h/forms17 (issue 12, reporting forms never seen, dev 1347–1352, 1354): a form's own shapes, a box the filler is
// told to tick ("(Please tick one)", "Sett ett kryss.") and a declaration in the first person of the one who signs
// ("We certify that …", "Undertecknad intygar …"), a Norwegian field limit ("(maks 1250 tegn)"), "This form is to be
// used …"; against them pages that say what the report shall contain ("Redovisningen ska även innehålla:", "Reports should
// include the following:"), which stay below the form line without a row of their own (h/review38 removed
// report-contents-rule: a real form, dev 233, says "Redovisningen ska omfatta …" of itself). Whole dev texts.

const dev = (name: string) => readText(join('test/corpus/dev', name), readFileSync(join('test/corpus/dev', name), 'utf8'));

describe('a printed form that says what its report shall cover keeps its kind and has no anvisning evidence from it (dev 233)', () => {
  it('233 ("Redovisningen ska omfatta totala intäkter och kostnader för projektet.") is a form, anvisning evidence 0', () => {
    const doc = dev('233-eskilstuna-redovisning-projektstod-fria-kulturutovare.txt');
    expect(looksLikeForm(doc)).toBe(true);
    expect(kindEvidence(doc).anvisning).toBe(0);
  });
});

describe('report forms whose only marks are a tick box, a declaration and their own name (dev 1349, 1350)', () => {
  it('reads an acquittal form with "(Please tick one)" and "We certify that …" as a form', () => {
    const doc = dev('1349-queensland-sport-recreation-acquittal-form.txt');
    expect(looksLikeForm(doc)).toBe(true);
  });
  it('reads a Norwegian reporting guide that walks through its form\'s boxes and limits as a form', () => {
    const doc = dev('1350-grofondet-rapporteringsveiledning.txt');
    expect(looksLikeForm(doc)).toBe(true);
    expect(kindEvidence(doc).marks).toBeGreaterThanOrEqual(2);
  });
});

describe('pages that say what the report shall contain stay anvisningar (dev 62, 304, 1351, 1352, 1354)', () => {
  for (const name of ['62-kammarkollegiet-redovisning-sakerhetshojande-atgarder-utan-ar.txt', '304-torsten-soderbergs-stiftelse-rapportering.txt',
    '1351-klee-foundation-final-report-guidelines.txt', '1352-bessie-minor-swift-reporting-requirements.txt', '1354-petersfield-grant-expenditure-reporting.txt']) {
    it(`${name.split('-')[0]} is no form, and its evidence is well below the form line`, () => {
      const doc = dev(name);
      expect(looksLikeForm(doc)).toBe(false);
      const e = kindEvidence(doc);
      expect(Math.min(e.form - KIND_FORM_MIN, e.form - e.anvisning - KIND_MARGIN)).toBeLessThan(0);
    });
  }
});
