import { extname } from 'node:path';
import type { OfficeFormat } from './office.js';

// One table of the formats a source may come in, by its file name's extension: the reader picks
// its path by it (a name that lies about the content is caught there, by the bytes), the main
// job picks the files of sources/<year>/ by it, and the lines that say what to give instead name
// its main extensions. A name outside the table is read by its content (text, PDF or RTF).

/** The path a source is read by, as its name says */
export type ReadAs = 'text' | 'pdf' | 'html' | 'mhtml' | 'docx' | OfficeFormat;

export interface SourceFormat {
  readonly ext: string;
  readonly as: ReadAs;
  /** named in the lines that say what to give (the others are variants of a named one) */
  readonly named?: true;
}

export const SOURCE_FORMATS: readonly SourceFormat[] = [
  { ext: '.txt', as: 'text', named: true },
  { ext: '.md', as: 'text', named: true },
  { ext: '.pdf', as: 'pdf', named: true },
  { ext: '.html', as: 'html', named: true },
  { ext: '.htm', as: 'html' },
  { ext: '.xhtml', as: 'html' },
  // a browser's "Webbsida, en fil" and Word's "Webbsida i en fil"
  { ext: '.mhtml', as: 'mhtml', named: true },
  { ext: '.mht', as: 'mhtml' },
  { ext: '.docx', as: 'docx', named: true },
  { ext: '.docm', as: 'docx' },
  { ext: '.dotx', as: 'docx' },
  { ext: '.doc', as: 'doc', named: true },
  { ext: '.dot', as: 'doc' },
  { ext: '.odt', as: 'odt', named: true },
  { ext: '.ott', as: 'odt' },
  { ext: '.rtf', as: 'rtf', named: true },
];

const BY_EXT: ReadonlyMap<string, SourceFormat> = new Map(SOURCE_FORMATS.map((f) => [f.ext, f]));

/** The format a file's name says it is in, or undefined for a name outside the table */
export const formatOf = (file: string): SourceFormat | undefined => BY_EXT.get(extname(file).toLowerCase());

const named = SOURCE_FORMATS.filter((f) => f.named).map((f) => f.ext);

/** Every format a source may come in, for the lines that say what to give instead */
export const FORMATS = `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`;
