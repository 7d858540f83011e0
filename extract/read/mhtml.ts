import { fail } from '../../specs/diagnostics.js';
import { decodeWindows1252, WINDOWS_1252_NAMES } from './decode.js';

// A web page saved as one file (.mhtml, .mht: Chrome's and Edge's "Webbsida, en fil", Word's
// "Webbsida i en fil") is a MIME message (RFC 2557): the page's HTML is one part, quoted-printable
// or base64, beside its images and style sheets. The page is that part, decoded, read like every saved
// page; a quote's line and column point into the page's HTML as the archive holds it.
//
// Every step is a scan with indexOf or a bounded pattern on one header line: linear on every input.

interface Part { readonly headers: ReadonlyMap<string, string>; readonly body: string }

/** Header lines up to the first empty line, folded lines joined; names lower-cased. */
function headersOf(block: string): Map<string, string> {
  const out = new Map<string, string>();
  let name = '';
  for (const line of block.split(/\r?\n/u)) {
    if (/^[ \t]/u.test(line) && name) {
      out.set(name, `${out.get(name)!} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    name = line.slice(0, colon).trim().toLowerCase();
    if (!out.has(name)) out.set(name, line.slice(colon + 1).trim());
  }
  return out;
}

/** A header value's parameter ("boundary", "charset"), quoted or not. */
function param(value: string | undefined, key: string): string | undefined {
  if (!value) return undefined;
  for (const piece of value.split(';').slice(1)) {
    const eq = piece.indexOf('=');
    if (eq < 0 || piece.slice(0, eq).trim().toLowerCase() !== key) continue;
    return piece.slice(eq + 1).trim().replace(/^"(.*)"$/su, '$1');
  }
  return undefined;
}

/** Where a message's headers end and its body begins (after the first empty line), or -1. */
function bodyStart(text: string, from = 0): number {
  const lf = text.indexOf('\n\n', from);
  const crlf = text.indexOf('\r\n\r\n', from);
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return crlf + 4;
  return lf >= 0 ? lf + 2 : -1;
}

function parts(text: string, boundary: string): Part[] {
  const out: Part[] = [];
  const mark = `--${boundary}`;
  let at = text.indexOf(mark);
  while (at >= 0) {
    const start = at + mark.length;
    if (text.startsWith('--', start)) break; // the closing boundary
    const next = text.indexOf(mark, start);
    const chunk = text.slice(start, next < 0 ? text.length : next);
    const body = bodyStart(chunk);
    if (body >= 0) out.push({ headers: headersOf(chunk.slice(0, body)), body: chunk.slice(body).replace(/\r?\n$/u, '') });
    at = next;
  }
  return out;
}

/** Quoted-printable → bytes: "=" at a line's end joins it to the next, "=XX" is a byte. */
export function quotedPrintable(body: string): Uint8Array {
  const out = new Uint8Array(body.length);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c !== 0x3d) {
      out[n++] = c & 0xff;
      continue;
    }
    if (body[i + 1] === '\n') { i += 1; continue; }
    if (body[i + 1] === '\r' && body[i + 2] === '\n') { i += 2; continue; }
    const hex = body.slice(i + 1, i + 3);
    if (/^[0-9A-Fa-f]{2}$/u.test(hex)) {
      out[n++] = parseInt(hex, 16);
      i += 2;
    } else {
      out[n++] = c; // a lone "=" is kept, as mail readers do
    }
  }
  return out.subarray(0, n);
}

function decodeBody(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return quotedPrintable(part.body);
  if (encoding === 'base64') return new Uint8Array(Buffer.from(part.body.replace(/\s+/gu, ''), 'base64'));
  return new Uint8Array(Buffer.from(part.body, 'latin1'));
}

/** The saved page's HTML, or null when the bytes are no MIME web archive (a plain page named .mhtml). */
export function pageOfMhtml(bytes: Uint8Array, file: string): { html: string } | { bytes: Uint8Array } | null {
  // a MIME message is 7- or 8-bit: read as Latin-1 every byte is one character, so positions are bytes
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const head = bodyStart(text);
  const headers = headersOf(head < 0 ? text.slice(0, 8192) : text.slice(0, head));
  const type = headers.get('content-type');
  if (!type) return null;
  const boundary = param(type, 'boundary');
  const single = /^text\/html\b/iu.test(type);
  if (!single && (!/^multipart\//iu.test(type) || !boundary)) {
    fail(file, 'mhtml-invalid', 'the web archive has no page part (no multipart Content-Type with a boundary); save the page again as .html ("Webbsida, fullständig")');
  }
  const all = single ? [{ headers, body: head < 0 ? '' : text.slice(head) }] : parts(text, boundary!);
  // the page is the part the archive names as its start, else its first HTML part
  const root = headers.get('snapshot-content-location') ?? param(type, 'start');
  const html = all.filter((p) => /^text\/html\b/iu.test(p.headers.get('content-type') ?? ''));
  const page = html.find((p) => root && (p.headers.get('content-location') === root || `<${p.headers.get('content-id')}>` === root || p.headers.get('content-id') === root)) ?? html[0];
  if (!page) fail(file, 'mhtml-no-page', 'the web archive holds no HTML page; save the page again as .html ("Webbsida, fullständig")');
  const body = decodeBody(page);
  const charset = param(page.headers.get('content-type'), 'charset')?.toLowerCase();
  if (charset === 'utf-8') return { html: new TextDecoder('utf-8').decode(body).replace(/^\uFEFF/u, '') };
  if (charset && WINDOWS_1252_NAMES.test(charset)) return { html: decodeWindows1252(body) };
  // no charset on the part: the page's own BOM or <meta charset> decides, as for a saved .html
  return { bytes: body };
}
