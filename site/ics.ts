import type { Event } from './model.js';

// iCalendar (RFC 5545): all-day events, CRLF line ends, lines folded at 75 octets, text escaped.
// DTSTAMP is fixed by the event itself, so the same specs give the same feed byte for byte.

function escapeText(s: string): string {
  return s.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r?\n/gu, '\\n');
}

/** Lines of at most 75 octets (UTF-8), continued lines starting with a space; never inside a character. */
function fold(line: string): string {
  if (line.length <= 25 || Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // a surrogate pair is one 4-octet character: count it at its first half, never split it
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
    if (n > 0 && size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(line.slice(start, i));
      start = i;
      size = 0;
    }
    size += n;
  }
  parts.push(line.slice(start));
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

export function icsCalendar(name: string, events: readonly Event[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//grantspec//Statsbidrag//SV', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
  for (const e of [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id) || a.kind.localeCompare(b.kind))) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}-${e.year ?? 'x'}-${e.kind}-${compact(e.date)}@grantspec`,
      `DTSTAMP:${compact(e.date)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
      `SUMMARY:${escapeText(`${e.what}: ${e.title}`)}`,
      `DESCRIPTION:${escapeText(`${e.what} för ${e.title}${e.year ? ` (${e.year})` : ''}.`)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
