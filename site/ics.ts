import { DEADLINES, type Event } from './model.js';

// iCalendar (RFC 5545): all-day events, CRLF line ends, lines folded at 75 octets, text escaped.
// An event's UID is its grant, year and role (not its date), so a moved deadline updates the event a
// subscriber has instead of adding a second one. DTSTAMP comes from the spec (model.ts stampOf),
// never the clock, so the same specs give the same feed byte for byte. Deadlines carry reminders a
// week and a day before. URL is the grant page: absolute when GRANTSPEC_SITE_URL names where the
// site is published, else relative to the site's root.

function escapeText(s: string): string {
  // a lone CR is a line break too: left raw it would end the content line
  return s.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r\n|\r|\n/gu, '\\n');
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Lines of at most 75 octets (UTF-8), continued lines starting with a space; never inside a character. */
function fold(line: string): string {
  if (line.length <= 25 || Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  for (let start = 0; start < line.length;) {
    const limit = parts.length === 0 ? 75 : 74;
    // as many characters as octets allowed, then back off one character at a time until they fit
    let end = Math.min(line.length, start + limit);
    if (end < line.length && isHigh(line.charCodeAt(end - 1))) end--;
    let size = Buffer.byteLength(line.slice(start, end), 'utf8');
    while (size > limit) {
      const c = line.charCodeAt(end - 1);
      if (isLow(c)) {
        size -= 4;
        end -= 2;
      } else {
        size -= c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        end -= 1;
      }
    }
    parts.push(line.slice(start, end));
    start = end;
  }
  return parts.join('\r\n ');
}

// the same dates come back in every year and feed
const nextDays = new Map<string, string>();

function nextDay(iso: string): string {
  let next = nextDays.get(iso);
  if (next === undefined) {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    next = d.toISOString().slice(0, 10);
    nextDays.set(iso, next);
  }
  return next;
}

const compact = (iso: string): string => iso.replace(/-/gu, '');

/** Where the site is published, for absolute URLs in the feeds; "" for URLs relative to the site's root. */
const siteUrl = (): string => {
  const u = process.env.GRANTSPEC_SITE_URL ?? '';
  return u && !u.endsWith('/') ? `${u}/` : u;
};

function alarm(days: number, text: string): string[] {
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-P${days}D`, `DESCRIPTION:${escapeText(`${days === 1 ? 'I morgon' : 'Om en vecka'}: ${text}`)}`, 'END:VALARM'];
}

export function icsCalendar(name: string, events: readonly Event[]): string {
  return icsCalendarOf(name, icsEvents(events));
}

/** A calendar around events already written by icsEvents (many recipients share one list of events). */
export function icsCalendarOf(name: string, events: string): string {
  return `${icsHead(name)}${events}${ICS_END}`;
}

/** A calendar's lines before its events: icsHead(name) + icsEvents(…) + ICS_END is icsCalendarOf. */
export function icsHead(name: string): string {
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//grantspec//Statsbidrag//SV', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
  return head.map((l) => `${fold(l)}\r\n`).join('');
}

export const ICS_END = 'END:VCALENDAR\r\n';

// an event's text, by event object: one grant's events appear in its own calendar, the site's, its
// recipient type's and every recipient's, and are written once
// (with the address it was written for: a test may publish the same events under two)
const written = new WeakMap<Event, readonly [base: string, text: string]>();

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A feed's events in the order of their UIDs (grant, year, role), not by date: calendar programs
 * do not read the order, and a moved date then changes only its own event's bytes in each feed
 * (by date, it moved the event and every byte between its old and new place, in the site's, the
 * recipient type's and each recipient's feed: hundreds of files rewritten from that point on).
 */
const byIcsOrder = (a: Event, b: Event): number => cmp(a.id, b.id) || (a.year ?? 0) - (b.year ?? 0) || cmp(a.kind, b.kind) || cmp(a.href ?? '', b.href ?? '') || cmp(a.date, b.date);

/** The VEVENTs of a calendar, folded, each line ending in CRLF. */
export function icsEvents(events: readonly Event[]): string {
  return [...events].sort(byIcsOrder).map(icsEvent).join('');
}

/**
 * icsEvents for many calendars drawn from one list of events (the recipients'): the list is sorted
 * once, and each calendar's events by their rank in it, which orders them as icsEvents does (equal
 * events keep the calendar's own order: the sort is stable either way).
 */
export function icsEventsOf(all: readonly Event[]): (events: readonly Event[]) => Buffer {
  const sorted = [...all].sort(byIcsOrder);
  // each event's rank and UTF-8 bytes, looked up once a calendar (not once a comparison): the
  // calendars are their events' bytes put together, each event encoded once for all of them
  // (joining the texts into a string of megabytes and encoding it, once a calendar, cost more)
  const at = new Map<Event, readonly [rank: number, bytes: Buffer]>();
  sorted.forEach((e, i) => at.set(e, [i > 0 && byIcsOrder(sorted[i - 1]!, e) === 0 ? at.get(sorted[i - 1]!)![0] : i, Buffer.from(icsEvent(e), 'utf8')]));
  return (events) => Buffer.concat(events.map((e) => at.get(e)!).sort((a, b) => a[0] - b[0]).map((x) => x[1]));
}

/**
 * An event's VEVENT text, as every calendar writes it. A grant's are made with its own calendar and
 * kept in the build's cache with its summary: a rebuild hands them back (reuseIcsEvent) for the
 * events read from the cache, and the site-wide and recipients' calendars do not write them again.
 */
export function icsEvent(e: Event): string {
  const base = siteUrl();
  const known = written.get(e);
  if (known?.[0] === base) return known[1];
  const text = eventLines(e, base).map((l) => `${fold(l)}\r\n`).join('');
  written.set(e, [base, text]);
  return text;
}

/** Use `text` as the event's VEVENT text: icsEvent(e) made it, by an earlier build of the same program and address. */
export function reuseIcsEvent(e: Event, text: string): void {
  if (!written.has(e)) written.set(e, [siteUrl(), text]);
}

function eventLines(e: Event, base: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.id}-${e.year ?? 'x'}-${e.kind}@grantspec`,
    `DTSTAMP:${compact(e.stamp ?? e.date)}T000000Z`,
    `DTSTART;VALUE=DATE:${compact(e.date)}`,
    `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
    `SUMMARY:${escapeText(`${e.what}: ${e.title}`)}`,
    `DESCRIPTION:${escapeText(`${e.what} för ${e.title}${e.year ? ` (${e.year})` : ''}.${e.href ? ` ${base}${e.href}` : ''}`)}`,
    ...(e.href ? [`URL;VALUE=URI:${base}${e.href}`] : []),
    'TRANSP:TRANSPARENT',
    ...(DEADLINES.has(e.kind) ? [...alarm(7, `${e.what}: ${e.title}`), ...alarm(1, `${e.what}: ${e.title}`)] : []),
    'END:VEVENT',
  ];
}
