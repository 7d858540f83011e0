import { fieldOf, type Importance } from '../fields.js';
import type { RawChange } from './walk.js';

// How much a change matters, as recipients rank it. The table gives each field's weight (a
// deadline, an amount, a requirement, eligibility, a reporting duty: `action`); the kind of change
// then tempers it: a requirement no longer stated asks nothing new of anyone (`notice`), and a
// reworded sentence whose figures and dates are the same is wording (`info`).

const NUMBER = /\d[\d\s.,]*/gu;

/** The figures a sentence states: a reworded item that keeps them all is wording. */
function figures(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return (s.match(NUMBER) ?? []).map((n) => n.replace(/\s/gu, '')).join('|');
}

const TEXTUAL = new Set(['text', 'list']);

export function importanceOf(c: RawChange): Importance {
  const f = fieldOf(c.field);
  const base: Importance = f?.importance ?? 'info';
  if (base === 'info') return 'info';
  // a recipient no longer named or eligible ("kommuner och regioner" → "kommuner") loses the money: that is
  // an eligibility change, not a rule no longer stated
  // … and so does a recipient group whose share of the money is no longer stated ("varav 50 miljoner kronor till kommunerna"
  // gone): a part of the split removed from the spec is as much the reader's business as one added or changed (parts83, issue
  // 14); a sentence about the split no longer in the text (a string, the text-level pass) stays a notice
  if (c.kind === 'removed') return c.field.startsWith('recipients.') || (c.field === 'funding.parts' && typeof c.old === 'object' && c.old !== null) ? base : 'notice';
  if (c.kind === 'changed' && f && TEXTUAL.has(f.kind) && figures(c.old) === figures(c.new)) {
    // recipients.named and recipients.types are lists too, but a different recipient is never wording
    return c.field.startsWith('recipients.') ? base : 'info';
  }
  return base;
}
