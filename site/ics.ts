import type { Event } from './model.js';

// iCalendar (RFC 5545): all-day events, CRLF line ends, lines folded at 75 octets, text escaped.
// DTSTAMP is fixed by the event itself, so the same specs give the same feed byte for byte.

function escapeText(s: string): string {
  return s.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r?\n/gu, '\\n');
}

/** UTF-8 length of one code point. */
function octets(ch: string): number {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

function fold(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
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
