// A minimal PDF writer for tests and benchmarks: pages of Helvetica text lines (WinAnsi, so Swedish
// letters work), or a PDF with no pages at all. Enough to make long and odd PDFs without tools.

function winAnsi(s: string): string {
  const map: Record<string, number> = { '–': 0x96, '—': 0x97, '•': 0x95, '’': 0x92, '”': 0x94, '“': 0x93 };
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const b = map[ch] ?? (c < 256 ? c : 0x3f);
    const esc = b === 0x28 || b === 0x29 || b === 0x5c ? `\\${String.fromCharCode(b)}` : b < 0x20 || b > 0x7e ? `\\${b.toString(8).padStart(3, '0')}` : String.fromCharCode(b);
    out += esc;
  }
  return out;
}

export function makePdf(pages: ReadonlyArray<readonly string[]>): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => { objects.push(body); return objects.length; };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  pages.forEach((lines, p) => {
    const ops = ['BT', '/F1 11 Tf', '14 TL', '72 770 Td'];
    for (const l of lines) ops.push(`(${winAnsi(l)}) Tj T*`);
    ops.push('ET', `BT /F1 9 Tf 290 30 Td (${p + 1}) Tj ET`);
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Text wrapped to lines of at most `width` characters, paragraphs separated by an empty line. */
export function wrap(text: string, width = 88): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n/u)) {
    let line = '';
    for (const word of para.replace(/\s+/gu, ' ').trim().split(' ')) {
      if (line && line.length + word.length + 1 > width) { out.push(line); line = word; } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
    out.push('');
  }
  return out;
}

/** Lines into pages of `perPage` lines. */
export function paginate(lines: readonly string[], perPage = 50): string[][] {
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  return pages;
}
