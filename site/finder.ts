import { THEMES } from '../specs/schema/themes.js';
import type { FinderEntry } from './pages.js';
import { svDateLong } from './summary.js';
import { svCompare } from './helpers/format.js';

// "Hitta statsbidrag": every grant (its latest year), soonest deadline first, with the filters a
// coordinator asks for. Without JavaScript the same grants are listed again per recipient type,
// agency, theme and status, so each filter is a link; with it, the controls filter the main list.

const TYPE_LABEL: Readonly<Record<string, string>> = { kommun: 'Kommuner', region: 'Regioner', organisation: 'Organisationer', länsstyrelse: 'Länsstyrelser', huvudman: 'Huvudmän', other: 'Andra mottagare' };
const STATUS_LABEL: Readonly<Record<string, string>> = { open: 'Öppna nu', upcoming: 'Öppnar snart', closed: 'Stängda', unknown: 'Öppningsdatum anges inte' };

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const anchor = (prefix: string, s: string): string => `${prefix}-${s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '')}`;

export interface FinderView {
  readonly today: string;
  readonly grants: Array<FinderEntry & { statusText: string; nextText?: string; closesText?: string; daysLeft?: string; typesText: string; themesText: string; typesAttr: string; themesAttr: string }>;
  readonly groups: Array<{ id: string; heading: string; lists: Array<{ id: string; label: string; value: string; grants: Array<{ href: string; title: string }> }> }>;
  readonly types: Array<{ value: string; label: string }>;
  readonly agencies: string[];
  readonly themes: string[];
}

export function finderView(entries: readonly FinderEntry[], today: string): FinderView {
  const grants = [...entries].sort((a, b) => (a.next?.date ?? '9999').localeCompare(b.next?.date ?? '9999') || svCompare(a.title, b.title)).map((e) => ({
    ...e,
    statusText: STATUS_LABEL[e.status] ?? e.status,
    ...(e.next ? { nextText: `${e.next.what}: ${svDateLong(e.next.date)}` } : {}),
    ...(e.closes ? { closesText: svDateLong(e.closes) } : {}),
    ...(e.closes && e.closes >= today ? { daysLeft: String(daysBetween(today, e.closes)) } : {}),
    typesText: e.types.map((t) => TYPE_LABEL[t] ?? t).join(', '),
    themesText: e.themes.join(', '),
    // attribute values the script splits on "|"
    typesAttr: e.types.join('|'), themesAttr: e.themes.join('|'),
  }));
  const link = (e: FinderEntry): { href: string; title: string } => ({ href: e.href, title: e.title });
  const typeValues = [...new Set(entries.flatMap((e) => e.types))].sort((a, b) => Object.keys(TYPE_LABEL).indexOf(a) - Object.keys(TYPE_LABEL).indexOf(b));
  const agencies = [...new Set(entries.map((e) => e.agency))].sort(svCompare);
  const themes = THEMES.filter((t) => entries.some((e) => e.themes.includes(t)));
  const lists = (prefix: string, values: readonly string[], label: (v: string) => string, has: (e: FinderEntry, v: string) => boolean) => values.map((v) => ({ id: anchor(prefix, v), label: label(v), value: v, grants: grants.filter((e) => has(e, v)).map(link) }));
  return {
    today, grants,
    types: typeValues.map((v) => ({ value: v, label: TYPE_LABEL[v] ?? v })), agencies, themes: [...themes],
    groups: [
      { id: 'efter-mottagare', heading: 'Efter mottagare', lists: lists('typ', typeValues, (v) => TYPE_LABEL[v] ?? v, (e, v) => e.types.includes(v)) },
      { id: 'efter-status', heading: 'Efter status', lists: lists('status', ['open', 'upcoming', 'closed', 'unknown'], (v) => STATUS_LABEL[v]!, (e, v) => e.status === v).filter((l) => l.grants.length > 0) },
      { id: 'efter-myndighet', heading: 'Efter myndighet', lists: lists('myndighet', agencies, (v) => v, (e, v) => e.agency === v) },
      ...(themes.length ? [{ id: 'efter-omrade', heading: 'Efter område', lists: lists('omrade', themes, (v) => v.charAt(0).toUpperCase() + v.slice(1), (e, v) => e.themes.includes(v)) }] : []),
    ],
  };
}
