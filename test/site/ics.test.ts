import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInto, TODAY } from './helpers.js';
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

const parse = (ics: string): ICAL.Component[] => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

describe('feeds as a calendar client reads them (ical.js)', () => {
  const closes = (date: string, title = 'Statsbidrag X'): Event => ({ date, what: 'Sista dag att rekvirera', id: 'x', year: 2026, title, kind: 'closes', stamp: '2026-01-01', href: 'grants/x/2026.html' });

  it('keeps the UID when the deadline moves, so the subscriber\'s event is updated, not doubled', () => {
    const [before] = parse(icsCalendar('K', [closes('2026-05-13')]));
    const [after] = parse(icsCalendar('K', [closes('2026-05-20')]));
    expect(before!.getFirstPropertyValue('uid')).toBe(after!.getFirstPropertyValue('uid'));
    expect(String(after!.getFirstPropertyValue('dtstart'))).toBe('2026-05-20');
  });

  it('stamps the event from the spec, not the clock, with the page\'s URL and reminders a week and a day before', () => {
    const [e] = parse(icsCalendar('K', [closes('2026-05-13')]));
    expect(String(e!.getFirstPropertyValue('dtstamp'))).toBe('2026-01-01T00:00:00Z');
    expect(e!.getFirstPropertyValue('url')).toBe('grants/x/2026.html');
    expect(e!.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual(['-P7D', '-P1D']);
  });

  it('keeps a title with a lone CR, a newline, commas and semicolons on its own line', () => {
    const title = 'Rad ett\rrad två\nrad tre, med; tecken\\';
    const ics = icsCalendar('K', [closes('2026-05-13', title)]);
    expect(ics.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    const [e] = parse(ics);
    expect(e!.getFirstPropertyValue('summary')).toBe(`Sista dag att rekvirera: ${title.replace('\r', '\n')}`);
  });
});

describe('the built feeds', () => {
  let out: string;
  beforeAll(async () => { out = await buildInto(); }, 60_000);

  it('has kommun, region and site-wide feeds, linked from the calendar page, and a feed per recipient', () => {
    const page = readFileSync(join(out, 'site/kalender.html'), 'utf8');
    for (const f of ['kalender.ics', 'kommuner.ics', 'regioner.ics']) expect(page).toContain(`href="${f}"`);
    const titles = (f: string): string[] => parse(readFileSync(join(out, 'site', f), 'utf8')).map((e) => String(e.getFirstPropertyValue('summary')));
    expect(titles('kommuner.ics').some((t) => /kvalitetsregister/u.test(t))).toBe(false);
    expect(titles('regioner.ics').some((t) => /kvalitetsregister/u.test(t))).toBe(true);
    expect(titles('kommuner.ics').some((t) => /kompetensförsörjningen/u.test(t))).toBe(true);
    // Jönköping kommun: not a region's grant; Region Jönköpings län: named in kvalitetsregister
    expect(titles('mottagare/0680.ics').some((t) => /kvalitetsregister/u.test(t))).toBe(false);
    expect(titles('mottagare/06.ics').some((t) => /kvalitetsregister/u.test(t))).toBe(true);
    expect(titles('mottagare/01.ics').length).toBeGreaterThan(0);
    const jonkoping = readFileSync(join(out, 'site/mottagare/06.html'), 'utf8');
    expect(jonkoping).toContain('<h1>Era statsbidrag: Region Jönköpings län</h1>');
    expect(jonkoping).toContain('href="06.ics"');
    expect(jonkoping).toContain('href="06.atom"');
  });

  it('stamps every event with a date the specs state, never after --today, and gives each a URL', () => {
    for (const e of parse(readFileSync(join(out, 'site/kalender.ics'), 'utf8'))) {
      const stamp = String(e.getFirstPropertyValue('dtstamp')).slice(0, 10);
      expect(stamp <= TODAY).toBe(true);
      expect(String(e.getFirstPropertyValue('url'))).toMatch(/^grants\/[a-z0-9-]+\/(?:\d{4}|utan-ar)(?:-aterrapportering)?\.html$/u);
    }
  });
});

// A moved deadline must change only its own event's bytes in each feed: events stand in UID order
// (grant, year, role), never by date, or one edit rewrites every recipient's calendar from that point on.
describe('iCalendar event order', () => {
  const at = (id: string, date: string, kind: Event['kind'] = 'closes'): Event => ({ date, what: 'Sista dag att rekvirera', id, year: 2026, title: id, kind });
  const uids = (ics: string): string[] => [...unfold(ics).matchAll(/^UID:(.*)$/gmu)].map((m) => m[1]!.trim());
  it('lists events by grant and role whatever their dates', () => {
    const ics = icsCalendar('Kalender', [at('c-bidrag', '2026-01-10'), at('a-bidrag', '2026-12-01'), at('b-bidrag', '2026-06-01', 'opens'), at('b-bidrag', '2026-03-01')]);
    expect(uids(ics).map((u) => u.split('-').slice(0, 2).join('-'))).toEqual(['a-bidrag', 'b-bidrag', 'b-bidrag', 'c-bidrag']);
  });
  it('changes only the moved event when a date moves', () => {
    const before = icsCalendar('Kalender', [at('a', '2026-03-01'), at('b', '2026-04-01'), at('c', '2026-05-01')]);
    const after = icsCalendar('Kalender', [at('a', '2026-03-01'), at('b', '2026-09-30'), at('c', '2026-05-01')]);
    expect(uids(after)).toEqual(uids(before));
    const events = (ics: string): string[] => ics.split('BEGIN:VEVENT').slice(1);
    const changed = events(before).filter((e, i) => e !== events(after)[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/SUMMARY:Sista dag att rekvirera: b/u);
  });
});
