import { inflateRawSync } from 'node:zlib';

// The numbers Word shows before the items of numbered lists. mammoth writes each run of list
// paragraphs as its own <ol>, which starts again at 1: a form's questions "1. Grunduppgifter",
// help text, "2. Om verksamheten" come out as 1 and 1. Word counts on: the paragraphs of one list
// (one numbering definition) continue across the text between them, unless a list instance sets
// its own start (a startOverride). Here the numbers are counted from word/document.xml and
// word/numbering.xml and written as the start of each <ol> mammoth made; when the count of
// numbered paragraphs does not match mammoth's list items, nothing is changed.

/** One file of a zip archive, or undefined (bounded: a part larger than `max` is not read). */
export function zipEntry(bytes: Uint8Array, name: string, max = 64 << 20): string | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) return undefined;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < count && at + 46 <= buf.length; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) return undefined;
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const entry = buf.toString('utf8', at + 46, at + 46 + nameLen);
    if (entry === name) {
      if (local + 30 > buf.length) return undefined;
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      try {
        if (method === 0) return data.toString('utf8');
        if (method === 8) return inflateRawSync(data, { maxOutputLength: max }).toString('utf8');
      } catch {
        return undefined;
      }
      return undefined;
    }
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return undefined;
}

/**
 * The elements <tag …>…</tag> of `xml`: its opening tag and its inner markup. Split on the closing
 * tag, so that the scan is linear however the markup is broken.
 */
function elements(xml: string, tag: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const open = new RegExp(`<${tag}(?=[\\s>/])`, 'gu');
  for (const piece of xml.split(`</${tag}>`).slice(0, -1)) {
    let at = -1;
    for (const m of piece.matchAll(open)) at = m.index;
    if (at < 0) continue;
    const end = piece.indexOf('>', at);
    if (end < 0) continue;
    out.push([piece.slice(at, end + 1), piece.slice(end + 1)]);
  }
  return out;
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]{0,40})"`, 'u').exec(tag)?.[1];

interface Level { start: number; ordered: boolean }

/** numId → its abstract list, and the levels' start numbers (with the instance's overrides). */
function numbering(xml: string): { abstractOf: Map<string, string>; levels: Map<string, Map<string, Level>>; overrides: Map<string, Map<string, number>> } {
  const levels = new Map<string, Map<string, Level>>();
  for (const [tag, inner] of elements(xml, 'w:abstractNum')) {
    const id = attr(tag, 'w:abstractNumId');
    if (id === undefined) continue;
    const lv = new Map<string, Level>();
    for (const [lt, li] of elements(inner, 'w:lvl')) {
      const ilvl = attr(lt, 'w:ilvl') ?? '0';
      const start = Number(attr(/<w:start\b[^>]{0,100}>/u.exec(li)?.[0] ?? '', 'w:val') ?? '1');
      const fmt = attr(/<w:numFmt\b[^>]{0,100}>/u.exec(li)?.[0] ?? '', 'w:val');
      lv.set(ilvl, { start: Number.isFinite(start) ? start : 1, ordered: fmt !== 'bullet' });
    }
    levels.set(id, lv);
  }
  const abstractOf = new Map<string, string>();
  const overrides = new Map<string, Map<string, number>>();
  for (const [tag, inner] of elements(xml, 'w:num')) {
    const id = attr(tag, 'w:numId');
    const abs = attr(/<w:abstractNumId\b[^>]{0,100}>/u.exec(inner)?.[0] ?? '', 'w:val');
    if (id === undefined || abs === undefined) continue;
    abstractOf.set(id, abs);
    const o = new Map<string, number>();
    for (const [lt, li] of elements(inner, 'w:lvlOverride')) {
      const v = attr(/<w:startOverride\b[^>]{0,100}>/u.exec(li)?.[0] ?? '', 'w:val');
      if (v !== undefined) o.set(attr(lt, 'w:ilvl') ?? '0', Number(v));
    }
    overrides.set(id, o);
  }
  return { abstractOf, levels, overrides };
}

/** The number Word shows before each numbered paragraph of an ordered list, in document order. */
export function listNumbers(documentXml: string, numberingXml: string): number[] {
  const { abstractOf, levels, overrides } = numbering(numberingXml);
  const counters = new Map<string, number[]>();
  const used = new Set<string>();
  const out: number[] = [];
  for (const m of documentXml.matchAll(/<w:numPr>([\s\S]{0,400}?)<\/w:numPr>/gu)) {
    const numId = attr(/<w:numId\b[^>]{0,100}>/u.exec(m[1]!)?.[0] ?? '', 'w:val');
    const ilvl = Number(attr(/<w:ilvl\b[^>]{0,100}>/u.exec(m[1]!)?.[0] ?? '', 'w:val') ?? '0');
    const abs = numId === undefined ? undefined : abstractOf.get(numId);
    if (numId === undefined || abs === undefined || !(ilvl >= 0 && ilvl < 9)) continue;
    const level = levels.get(abs)?.get(String(ilvl)) ?? { start: 1, ordered: true };
    const c = counters.get(abs) ?? [];
    // a list instance with its own start begins again there, the first time it is used
    const restart = used.has(numId) ? undefined : overrides.get(numId)?.get(String(ilvl));
    used.add(numId);
    c[ilvl] = restart ?? (c[ilvl] === undefined ? level.start : c[ilvl]! + 1);
    c.length = ilvl + 1;
    counters.set(abs, c);
    if (level.ordered) out.push(c[ilvl]!);
  }
  return out;
}

/**
 * mammoth's markup with each <ol> starting at the number Word shows for its first item; the
 * markup as it was when the numbered paragraphs and the ordered items do not pair up one to one.
 */
export function numberLists(html: string, numbers: readonly number[]): string {
  const stack: string[] = [];
  const starts: Array<{ at: number; item: number }> = [];
  let items = 0;
  let pending: { at: number } | undefined;
  for (const m of html.matchAll(/<(\/?)(ol|ul|li)\b[^>]{0,200}>/gu)) {
    if (m[1]) {
      if (m[2] !== 'li') stack.pop();
      continue;
    }
    if (m[2] === 'li') {
      if (stack.at(-1) === 'ol') {
        if (pending) { starts.push({ at: pending.at, item: items }); pending = undefined; }
        items++;
      }
      continue;
    }
    stack.push(m[2]!);
    if (m[2] === 'ol') pending = { at: m.index };
  }
  if (items !== numbers.length) return html;
  let out = '';
  let last = 0;
  for (const s of starts) {
    const n = numbers[s.item]!;
    if (n === 1) continue;
    out += `${html.slice(last, s.at)}<ol start="${n}"`;
    last = s.at + 3;
  }
  return out + html.slice(last);
}
