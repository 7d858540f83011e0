import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Constructed pairs for h/diff36's fixes (issue 14, misses diffb32 and diff35 left, high-stakes first): for each class two pairs
// that must report the change (field and kind) or stay quiet for a rewording, and one counter.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => {
  const r = diffSpecs(spec(a), spec(b), { oldText: a, newText: b });
  return r.changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c, r.from === r.to)}`);
};
const head = 'Miljöbidrag 2025\nNaturvårdsverket fördelar bidrag varje år.\n';
const pair = (a: string, b: string): string => changes(head + a, head + b).join('\n');

describe('the answer under "Vem får söka?" states who may apply (eligibility.ts WHO_MAY_APPLY_SENTENCES, statedApplicants)', () => {
  // Naturvårdsverket ideella miljöorganisationer 2016 → 2021 (diff batch 32): "kan sökas av ideella miljöorganisationer eller
  // stiftelser" → "Vem får söka?" / "Ideella miljöorganisationer." — organisation both years, stiftelser dropped
  const answer = (line: string): string => `Vem får söka?\n\n${line}\n\nSista dag att ansöka är 1 maj 2025.\n`;
  it('stiftelser dropped from the applicants, the new year answering the question, is the recipients changed', () => {
    expect(pair('Bidraget kan sökas av ideella miljöorganisationer eller stiftelser.\n', answer('Ideella miljöorganisationer.')))
      .toMatch(/^recipients \| changed \| .*eller stiftelser\. → Ideella miljöorganisationer\.$/mu);
  });
  it('… a kind added in the answer is the recipients changed', () => {
    expect(pair('Bidraget kan sökas av ideella föreningar.\n', answer('Ideella föreningar och trossamfund.'))).toMatch(/^recipients \| changed \|/mu);
  });
  it('the same applicants asked for report nothing; a long line after the question is no answer', () => {
    expect(pair('Bidraget kan sökas av ideella miljöorganisationer.\n', answer('Ideella miljöorganisationer.'))).not.toMatch(/^recipients/mu);
    expect(pair('Bidraget kan sökas av ideella föreningar.\n', answer('Regeringen har föreslagit förstärkt stöd och vi räknar med att fördela mer bidrag i år till stiftelser.'))).not.toMatch(/^recipients/mu);
  });
});

describe('the applicants narrowed by a relative clause (eligibility.ts applicantPhrases, RELATIVE_OBJECT_LEADS)', () => {
  it('"föreningar som arbetar med unga" → "… med äldre" is the recipients changed', () => {
    expect(pair('Bidraget kan sökas av föreningar som arbetar med unga.\n', 'Bidraget kan sökas av föreningar som arbetar med äldre.\n'))
      .toMatch(/^recipients \| changed \| .*arbetar med unga\. → .*arbetar med äldre\.$/mu);
  });
  it('… the clause dropped, the grant opened to all föreningar, is the recipients changed', () => {
    expect(pair('Bidraget kan sökas av föreningar som verkar för barn.\n', 'Bidraget kan sökas av föreningar.\n')).toMatch(/^recipients \| changed \|/mu);
  });
  it('the clause\'s verb reworded or the sentence turned round reports nothing', () => {
    expect(pair('Bidraget kan sökas av föreningar som arbetar med unga.\n', 'Bidraget kan sökas av föreningar som jobbar med unga.\n')).toBe('');
    expect(pair('Föreningar som arbetar med unga kan söka bidraget.\n', 'Bidraget kan sökas av föreningar som arbetar med unga i kommunen.\n')).toBe('');
  });
});

describe('an excluded use as an item in a list of conditions (rules.ts inte-anvanda-medel-till)', () => {
  const lead = 'För att få bidrag ska en organisation:\n- ha minst 100 medlemmar\n';
  it('"inte använda medel från detta bidrag till verksamhet som …" dropped is the excluded uses removed', () => {
    expect(pair(`${lead}- inte använda medel från detta bidrag till verksamhet som erbjuder varor och tjänster på en marknad\n`, lead))
      .toMatch(/^excluded_uses \| removed \| .*inte använda medel från detta bidrag till verksamhet/mu);
  });
  it('… "inte använda stödet till löner" added under "ska föreningen" is the excluded uses added, not a condition', () => {
    const out = pair('För att få stöd ska föreningen:\n- ha minst 100 medlemmar\n', 'För att få stöd ska föreningen:\n- ha minst 100 medlemmar\n- inte använda stödet till löner för anställda\n');
    expect(out).toMatch(/^excluded_uses \| added \|/mu);
    expect(out).not.toMatch(/^conditions/mu);
  });
  it('a tool not to use is no excluded use', () => {
    expect(pair(lead, `${lead}- inte använda e-tjänsten för ansökan\n`)).not.toMatch(/^excluded_uses/mu);
  });
});

describe('a short item that adds a noun of people after the word it had (text.ts sameButOneWord, withoutPersonHead)', () => {
  const items = (x: string): string => `Projektbidraget ska:\n• ${x}\n• främja hälsa\n`;
  it('"stärka ungas delaktighet" → "stärka unga människors delaktighet" reports nothing', () => {
    expect(pair(items('stärka ungas delaktighet'), items('stärka unga människors delaktighet'))).toBe('');
  });
  it('… "äldres" → "äldre personers" reports nothing', () => {
    expect(pair(items('stärka äldres delaktighet'), items('stärka äldre personers delaktighet'))).toBe('');
  });
  it('other people named, or people without the word before, is the purpose changed', () => {
    expect(pair(items('stärka ungas delaktighet'), items('stärka äldre människors delaktighet'))).toMatch(/^purpose \| (?:changed|added) \| .*stärka äldre människors delaktighet/mu);
    expect(pair(items('stärka ungas delaktighet'), items('stärka människors delaktighet'))).toMatch(/^purpose \| changed \|/mu);
  });
});
