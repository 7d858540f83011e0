import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainKind, looksLikeForm } from '../../extract/fields/reporting-form.js';
import { readText } from '../../extract/read/text.js';

// Branch h/forms26 (issue 12): a report form whose questions are dash or bullet items ("- Have there been any
// unanticipated outcomes? What are they?", dev 1881) is a form, by KIND_EVIDENCE question-item; the same items under a
// lead that tells the reader to answer them (QUESTION_LIST_LEAD: "Svara på de här frågorna:", dev 239; "I
// Självserviceformuläret svarar du med text på följande frågor:", dev 637) are a page of instructions quoting them, and a
// grant page's FAQ bullets ("• Vem kan söka?", "• Ska kostnader räknas …?") ask about applying or a rule: neither counts.

const dev = (name: string) => readText(join('test/corpus/dev', name), readFileSync(join('test/corpus/dev', name), 'utf8'));
const doc = (text: string) => readText('probe.txt', text);

const FORMS = ['1881-lavelle-fund-reporting-guidelines.txt', '1347-cherokee-preservation-grant-final-report-form.txt', '1757-fgdc-fifty-states-initiative-report-formats.txt'];
const PAGES = ['239-lund-naromradesbidrag-sa-redovisar-du.txt', '637-ljusdal-bygdemedel-vindkraft-aterrapport.txt', '61-kammarkollegiet-redovisa-sakerhetshojande-atgarder-2023.txt',
  '1772-norgesgruppen-barekraftsfond-rapporteringsplikt.txt', '1773-stackpole-hall-grant-evaluation-guidelines.txt', '1845-energimyndigheten-fragor-svar-soka-stod-rapportera.txt'];

const row = (name: string) => explainKind(dev(name)).rows.find((r) => r.id === 'question-item');

describe('dash and bullet questions (KIND_EVIDENCE question-item)', () => {
  for (const name of FORMS) {
    it(`${name.split('-')[0]}: a form, the row holding`, () => {
      expect(looksLikeForm(dev(name))).toBe(true);
      expect(row(name)?.points ?? 0).toBeGreaterThan(0);
    });
  }
  it('1881: the dash questions are what makes it a form (7 of the 6 it needs), and it is no longer refused', () => {
    const why = explainKind(dev(FORMS[0]!));
    expect(why.kind).toBe('reporting-form');
    expect(row(FORMS[0]!)).toMatchObject({ count: 3, points: 6 });
    expect(why.form - 6).toBeLessThan(KIND_ROOM);
  });
  for (const name of PAGES) {
    it(`${name.split('-')[0]}: a page of instructions stays an anvisning`, () => {
      expect(looksLikeForm(dev(name))).toBe(false);
    });
  }
  for (const name of PAGES.slice(0, 5)) {
    it(`${name.split('-')[0]}: its bullet questions stand under a lead that tells the reader to answer them: the row counts nothing`, () => {
      expect(row(name)?.points ?? 0).toBe(0);
      expect(row(name)?.ignored).toBeDefined();
    });
  }
  const items = ['- Have there been any unanticipated outcomes? What are they?', '- Were the planned strategies for each objective appropriate and effective?',
    '- What significant changes, if any, occurred in the project’s staffing pattern?', '- Did the project reach the people it set out to reach?'];
  const form = ['Final Report', '', 'Progress Toward Objectives', '- For each objective, summarize your accomplishments. Describe the population served.', ...items, '', 'Context', '- As necessary, describe major factors that helped or impeded you.'].join('\n');
  it('probe: report questions as dash items under the report\'s headings make a form', () => {
    expect(looksLikeForm(doc(form))).toBe(true);
  });
  it('probe: the dash questions alone are one mark, no form (a form needs two different marks)', () => {
    expect(looksLikeForm(doc(['Final Report', '', 'Progress Toward Objectives', ...items].join('\n')))).toBe(false);
  });
  it('probe: the same items under "Svara på de här frågorna:" or "answer the following questions:" stay a page of instructions', () => {
    expect(looksLikeForm(doc(form.replace('Progress Toward Objectives', 'Write a short narrative to answer the following questions:')))).toBe(false);
    expect(looksLikeForm(doc(form.replace('Progress Toward Objectives', 'Redovisningen ska vara skriftlig. Svara på de här frågorna:')))).toBe(false);
  });
  it('probe: a grant page\'s FAQ bullets about applying and rules are no form', () => {
    const faq = ['Vanliga frågor', '', '• Vem kan söka projektstöd?', '• Hur mycket kan man söka?', '• Ska kostnader räknas inklusive eller exklusive moms?', '• Kan vi söka igen nästa år?',
      '• När får jag besked om stöd?'].join('\n');
    expect(looksLikeForm(doc(faq))).toBe(false);
    expect(explainKind(doc(faq)).rows.find((r) => r.id === 'question-item')).toBeUndefined();
  });
});

/** How far over its minimum 1881 stands: a small margin, said so that a change to the row's weight shows here. */
const KIND_ROOM = 2;
