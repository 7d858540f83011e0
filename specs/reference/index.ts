import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { itemText } from '../schema/scalars.js';

// Sweden's 290 kommuner and 21 regioner (README.md says where the codes come from), and matching
// of the names allocation lists use for them: "Region Jönköpings län", "Jönköping",
// "Västra Götalandsregionen", "Västra Götaland", "Region Sörmland", "Södermanland",
// "Stockholms stad", "Falu kommun".

export type RecipientType = 'kommun' | 'region';

export interface Recipient {
  readonly type: RecipientType;
  /** kommunkod (4 digits) or länskod (2 digits) */
  readonly code: string;
  /** the official name: "Upplands Väsby", "Region Stockholm" */
  readonly name: string;
  /** länskod of the län the recipient is in (a region's own code) */
  readonly lan: string;
}

export interface Reference {
  readonly kommuner: readonly Recipient[];
  readonly regioner: readonly Recipient[];
  readonly byCode: ReadonlyMap<string, Recipient>;
  /** länskod → the län's name ("Jönköpings län") */
  readonly lanNames: ReadonlyMap<string, string>;
  /** the region a kommun lies in */
  regionOf(kommun: Recipient): Recipient;
  /** the recipient a list means by this name, or undefined */
  match(type: RecipientType, written: string): Recipient | undefined;
  /** names that would match two recipients (and so match none); empty with the shipped data */
  readonly ambiguous: readonly string[];
}

const here = dirname(fileURLToPath(import.meta.url));
// from the sources (vitest) the CSV files are next to this module; from build/ they are in the source tree
const DATA_DIR = [here, resolve(here, '..', '..', '..', 'specs', 'reference')].find((d) => existsSync(join(d, 'kommuner.csv'))) ?? here;

/** A name reduced for comparison: case, hyphens, markup, footnote marks and spacing do not matter. */
export function nameKey(s: string): string {
  return s.normalize('NFC').toLowerCase()
    .replace(/[*_¹²³⁴⁵⁶⁷⁸⁹⁰]|\[\d+\]/gu, '')
    .replace(/[-‐‑–—]/gu, ' ')
    .replace(/[:.;]+$/u, '')
    .replace(/\s+/gu, ' ').trim();
}

// Names lists use besides the official ones, beyond what the rules below derive.
const REGION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '04': ['Sörmland', 'Landstinget Sörmland'],
  '14': ['VGR', 'Region Västra Götaland'],
  '23': ['Jämtland Härjedalen', 'Region Jämtland/Härjedalen'],
};
const KOMMUN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '2080': ['Falu'], // "Falu kommun"
  '0980': ['Region Gotland'],
};

function parseCsv(text: string): string[][] {
  return text.split('\n').slice(1).filter((l) => l.trim()).map((l) => l.split(','));
}

function regionForms(code: string, lan: string, region: string): string[] {
  const short = lan.endsWith('s län') ? lan.slice(0, -'s län'.length) : lan.replace(/ län$/u, '');
  return [region, lan, short, `Region ${short}`, `${short}s läns landsting`, region.replace(/^Region /u, ''), ...(REGION_ALIASES[code] ?? [])];
}

function kommunForms(code: string, name: string): string[] {
  const genitive = /[sxz]$/u.test(name) ? name : `${name}s`;
  const bases = [name, genitive, ...(KOMMUN_ALIASES[code] ?? [])];
  return bases.flatMap((b) => [b, `${b} kommun`, `${b} stad`]);
}

/** The reference from the two CSV texts (pure; `loadReference` reads the shipped files). */
export function referenceFrom(kommunerCsv: string, regionerCsv: string): Reference {
  const regioner = parseCsv(regionerCsv).map(([code, , region]) => ({ type: 'region' as const, code: code!, name: region!, lan: code! }));
  const kommuner = parseCsv(kommunerCsv).map(([code, name, lan]) => ({ type: 'kommun' as const, code: code!, name: name!, lan: lan! }));
  const lanNames = new Map(parseCsv(regionerCsv).map(([code, lan]) => [code!, lan!]));
  const index = { kommun: new Map<string, Recipient | null>(), region: new Map<string, Recipient | null>() };
  const ambiguous: string[] = [];
  const add = (r: Recipient, forms: string[]): void => {
    const map = index[r.type];
    for (const f of new Set(forms.map(nameKey))) {
      const seen = map.get(f);
      // a form two recipients share (none today; a test keeps it so) matches neither
      if (seen !== undefined && seen !== r) ambiguous.push(`${r.type} ${f}`);
      map.set(f, seen === undefined || seen === r ? r : null);
    }
  };
  for (const r of regioner) add(r, regionForms(r.code, lanNames.get(r.code) ?? '', r.name));
  for (const k of kommuner) add(k, kommunForms(k.code, k.name));
  const byCode = new Map<string, Recipient>([...regioner, ...kommuner].map((r) => [r.code, r]));
  return {
    kommuner, regioner, byCode, ambiguous, lanNames,
    regionOf: (k) => byCode.get(k.lan)!,
    match(type, written) {
      return index[type].get(nameKey(written)) ?? undefined;
    },
  };
}

let cached: Reference | undefined;

export function loadReference(): Reference {
  cached ??= referenceFrom(readFileSync(join(DATA_DIR, 'kommuner.csv'), 'utf8'), readFileSync(join(DATA_DIR, 'regioner.csv'), 'utf8'));
  return cached;
}

/**
 * The recipients an anvisning gives a grant of this type to: its named list (`named`) when it has
 * one, the names it lists that are no kommun or region (`unknownNames`, for the caller to report),
 * else every kommun or every region.
 */
export function recipientsOf(spec: { recipients?: { named?: readonly unknown[] } } | undefined, to: RecipientType, ref: Reference = loadReference()): { recipients: Recipient[]; named: boolean; unknownNames: string[] } {
  const names = (spec?.recipients?.named ?? []).map(itemText);
  if (names.length === 0) return { recipients: [...(to === 'kommun' ? ref.kommuner : ref.regioner)], named: false, unknownNames: [] };
  const recipients: Recipient[] = [];
  const unknownNames: string[] = [];
  for (const n of names) {
    const r = ref.match(to, n);
    if (r) recipients.push(r);
    else unknownNames.push(n);
  }
  return { recipients, named: true, unknownNames };
}
