import { describe, expect, it } from 'vitest';
import { findAmounts, findForeignAmounts } from '../../extract/parse/amounts.js';
import { findLegalRefs } from '../../extract/parse/legal-refs.js';
import { findDayMonths } from '../../extract/parse/dates.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';
import { grantSpec, type Anvisning, type GrantSpec } from '../../specs/schema/index.js';
import { checklist } from '../../site/checklists.js';
import { grantPage } from '../../site/model.js';
import { specOf } from '../extract/probe.js';

// The 1.1 additions the change report needs (issue 14's known gaps): a usage period stated by its
// end only, a stated "no reporting required", a total in another currency, a regeringsbeslut cited
// by number, a round whose day has no year. Each is accepted by the schema, compared and worded by
// the diff, and shown by the site; and a foreign amount is never read as kronor.

const base = (extra: Partial<Anvisning>): Anvisning => ({
  spec: 1, kind: 'anvisning', id: 'exempel', year: 2026, title: 'Statsbidrag till exempel',
  source: { path: 'sources/2026/exempel.txt', sha256: 'a'.repeat(64) }, evidence: {}, ...extra,
});

describe('the schema carries the additions', () => {
  it('accepts a usage period with only its end, reporting.required false and a foreign total', () => {
    const spec = base({ usage_period: { to: '2026-12-31' }, reporting: { required: false }, funding: { foreign_total: { amount: 283721, currency: 'USD' } } });
    expect(grantSpec.safeParse(spec).success).toBe(true);
  });
  it('still rejects a usage period without its end and a currency that is no ISO code', () => {
    expect(grantSpec.safeParse({ ...base({}), usage_period: { from: '2026-01-01' } }).success).toBe(false);
    expect(grantSpec.safeParse(base({ funding: { foreign_total: { amount: 10, currency: 'dollar' } } })).success).toBe(false);
  });
});

describe('amounts in another currency', () => {
  it('are never kronor', () => {
    for (const t of ['betala ut 283 721 US-dollar till WADA', 'totalt 5 miljoner euro till projekten', 'fem miljoner euro', 'högst 2 miljoner norska kronor', '€ 5 miljoner']) {
      expect(findAmounts(t), t).toEqual([]);
    }
  });
  it('are kept with their currency, while kronor stay kronor', () => {
    expect(findForeignAmounts('betala ut 283 721 US-dollar till WADA').map((h) => [h.value, h.currency])).toEqual([[283721, 'USD']]);
    expect(findForeignAmounts('1,5 miljoner euro').map((h) => [h.value, h.currency])).toEqual([[1500000, 'EUR']]);
    const both = 'Totalt 10 miljoner kronor (cirka 1 miljon euro) finns att söka.';
    expect(findAmounts(both).map((h) => h.value)).toEqual([10000000]);
    expect(findForeignAmounts(both)[0]!.approximate).toBe(true);
  });
});

describe('references and yearless days', () => {
  it('reads a cited regeringsbeslut by its number, not a decision head line', () => {
    expect(findLegalRefs('enligt regeringsuppdraget Stöd till kunskapsutveckling (regeringsbeslut III:10).').map((r) => [r.ref, r.kind])).toEqual([['III:10', 'regeringsbeslut']]);
    expect(findLegalRefs('Regeringsbeslut I:18')).toEqual([]);
  });
  it('finds a day without a year, and no day where the year is stated', () => {
    expect(findDayMonths('Till och med den 20 juni finns det möjlighet att söka extra stöd.').map((d) => [d.day, d.month])).toEqual([[20, 6]]);
    expect(findDayMonths('Sista dag är den 20 juni 2026.')).toEqual([]);
  });
});

describe('the change report on the additions', () => {
  const words = (a: GrantSpec, b: GrantSpec): string[] => diffSpecs(a, b).changes.map((c) => describeChange(c));
  it('words a period stated by its end, a dropped reporting duty and a foreign total in Swedish, never as JSON', () => {
    const out = words(
      base({ usage_period: { to: '2025-12-31' } }),
      base({ reporting: { required: false }, funding: { foreign_total: { amount: 283721, currency: 'USD' } } }),
    );
    expect(out).toContain('Period för kostnader: till och med 31 december 2025 (anges inte längre)');
    expect(out).toContain('Återrapportering krävs: nej (nytt)');
    expect(out).toContain('Totalt belopp i annan valuta: 283 721 USD (nytt)');
    for (const line of out) expect(line).not.toMatch(/[{}]/u);
  });
  it('ranks a stated end of reporting as action', () => {
    const r = diffSpecs(base({}), base({ reporting: { required: false } }));
    expect(r.changes.map((c) => [c.path, c.importance])).toEqual([['reporting.required', 'action']]);
  });
});

describe('the site shows the additions', () => {
  it('shows a period by its end only, the stated absence of reporting and a foreign total as stated', () => {
    const spec = base({
      usage_period: { to: '2026-12-31' }, reporting: { required: false }, funding: { foreign_total: { amount: 283721, currency: 'USD' } },
      evidence: {
        'usage_period.to': { line: 3, quote: 'förbrukade senast 31 december 2026' },
        'reporting.required': { line: 5, quote: 'Ingen återrapportering krävs.' },
        'funding.foreign_total': { line: 2, quote: '283 721 US-dollar' },
      },
    });
    const page = grantPage(spec);
    expect(page.usage?.text).toBe('till och med 31 december 2026');
    expect(page.noReporting?.text).toBe('Ingen återrapportering krävs.');
    expect(page.foreignTotal?.text).toBe('283 721 USD');
    expect(page.total).toBeUndefined();
    const items = checklist(spec).flatMap((s) => s.items.map((i) => `${i.text}${i.when ? ` ${i.when}` : ''}`));
    expect(items).toContain('Använd medlen senast 31 december 2026');
    expect(items).toContain('Ingen återrapportering krävs');
  });
});

describe('parts stated as a share of the total', () => {
  const text = (share: string): string => `# Statsbidrag till kommuner och regioner för exempel 2026\n\nSocialstyrelsen har 100 000 000 kronor att fördela under 2026. ${share}\n\nSista dag att rekvirera är den 1 mars 2026.\n`;
  const withShare = (share: string): Promise<GrantSpec> => specOf<GrantSpec>(text(share));
  it('keeps the share as stated, with its recipient, and never an amount computed from it', async () => {
    const spec = await withShare('Hälften av medlen fördelas till kommunerna och hälften till regionerna.') as Anvisning;
    expect(spec.funding?.parts).toEqual([{ to: 'kommun', share: '1/2' }, { to: 'region', share: '1/2' }]);
  });
  it('reads no share from a co-funding rate or an instalment', async () => {
    for (const s of ['Bidrag kan ges med upp till 50 procent av bidragsberättigade kostnader.', 'Hälften av det beviljade bidraget betalas ut i januari.']) {
      expect((await withShare(s) as Anvisning).funding?.parts, s).toBeUndefined();
    }
  });
  it('reports a changed share at the part, in words', async () => {
    const r = diffSpecs(await withShare('Hälften av medlen går till kommunerna.'), await withShare('En tredjedel av medlen går till kommunerna.'));
    expect(r.changes.map((c) => describeChange(c))).toEqual(['Andel av totalen: 1/2 → 1/3']);
  });
});

describe('a stated "no reporting" beside a reporting duty', () => {
  const withReporting = (body: string): Promise<GrantSpec> => specOf<GrantSpec>(`# Statsbidrag till kommuner för exempel 2024\n\nSocialstyrelsen fördelar 10 000 000 kronor till kommunerna under 2024. Sista dag att rekvirera är den 1 mars 2024.\n\n## Återrapportering\n\n${body}\n`);
  it('is not read as "no report required" when the text states a due date for another year\'s money', async () => {
    const spec = await withReporting('För 2023 års medel krävs ingen återrapportering. Redovisning av 2024 års medel ska lämnas senast den 31 mars 2025.') as Anvisning;
    expect(spec.reporting?.due).toBe('2025-03-31');
    expect(spec.reporting?.required).toBeUndefined();
  });
  it('is read when the text states nothing else about a report', async () => {
    expect((await withReporting('Ingen återrapportering krävs.') as Anvisning).reporting?.required).toBe(false);
  });
});
