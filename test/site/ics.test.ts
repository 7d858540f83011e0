import { describe, expect, it } from 'vitest';
import { icsCalendar } from '../../site/ics.js';
import type { Event } from '../../site/model.js';

// RFC 5545 §3.1: content lines of at most 75 octets, folded with CRLF and one space, never inside a
// UTF-8 character; unfolding gives the line back.
const event = (title: string): Event => ({ date: '2026-05-13', what: 'Sista dag att rekvirera', id: 'g', year: 2026, title, kind: 'closes' });
const unfold = (ics: string): string => ics.replace(/\r\n /gu, '');
const summary = (ics: string): string => /^SUMMARY:(.*)$/mu.exec(unfold(ics).replace(/\r/gu, ''))![1]!;

describe('iCalendar folding', () => {
  it.each([
    ['ASCII', 'x'.repeat(200)],
    ['å, ä and ö (two octets)', 'Statsbidrag för ökad tillgänglighet och vårdkapacitet i hälso- och sjukvården år 2026 – ännu längre åäö'],
    ['a euro sign (three octets)', '€'.repeat(60)],
    ['surrogate pairs (four octets)', `${'a'.repeat(60)}${'😀'.repeat(30)}`],
  ])('%s: every line at most 75 octets, no character split, the text given back', (_, title) => {
    const ics = icsCalendar('Kalender', [event(title)]);
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/u);
    }
    expect(summary(ics)).toBe(`Sista dag att rekvirera: ${title}`);
  });
  it('folds mixed text (a fixed pseudo-random sample) full, whole characters only', () => {
    const alphabet = ['a', ' ', 'å', 'Ö', '€', '😀', ',', '–', '𝄞'];
    let seed = 7;
    for (let n = 0; n < 200; n++) {
      let title = '';
      for (let k = 0; k < 40 + (n % 160); k++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        title += alphabet[seed % alphabet.length];
      }
      const ics = icsCalendar('Kalender', [event(title)]);
      const lines = ics.split('\r\n');
      const start = lines.findIndex((l) => l.startsWith('SUMMARY:'));
      let end = start + 1;
      while (lines[end]!.startsWith(' ')) end++;
      for (let i = start; i < end; i++) {
        const octets = Buffer.byteLength(lines[i]!, 'utf8');
        expect(octets).toBeLessThanOrEqual(75);
        expect(lines[i]).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/u);
        // full: the next line's first character would not have fitted
        if (i + 1 < end) expect(octets + Buffer.byteLength(String.fromCodePoint(lines[i + 1]!.codePointAt(1)!), 'utf8')).toBeGreaterThan(75);
      }
      expect(summary(ics)).toBe(`Sista dag att rekvirera: ${title.replace(/,/gu, '\\,')}`);
    }
  });

  it('fills the first line to 75 octets and the continued ones to 74 plus the space', () => {
    const lines = icsCalendar('Kalender', [event('x'.repeat(300))]).split('\r\n').filter((l) => l.startsWith('SUMMARY:') || (l.startsWith(' ') && l.includes('x')));
    expect(lines[0]).toHaveLength(75);
    expect(lines[1]).toHaveLength(75);
  });
  it('leaves a short line alone and ends the day-long event the day after', () => {
    const ics = icsCalendar('Kalender', [{ ...event('Kort'), date: '2026-12-31' }]);
    expect(ics).toContain('\r\nSUMMARY:Sista dag att rekvirera: Kort\r\n');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
  });
});
