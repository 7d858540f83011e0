// The one table of contract fields: every stage that names a field to a person (the diff and its
// change report, the site's labels and source list, the editor's review page, `update`) reads its
// Swedish label, its kind and how much a change to it matters from here, instead of keeping its
// own copy. Paths are dotted as in `evidence` ("requisition.closes"); a list's items are the list's
// path (an item's own path is the list path plus ".N").

/** what a value is, so a stage knows how to compare and show it */
export type FieldKind =
  | 'date' // ISO date or a vague date object
  | 'amount' // kronor
  | 'number'
  | 'text'
  | 'enum' // a value from a fixed set (form, key, recipient type)
  | 'list' // a list of text items (string or { text, applies_to? })
  | 'object-list' // a list of objects matched by an identity (parts, legal refs, contacts …)
  | 'object';

/**
 * How much a change to the field matters to a recipient:
 * `action` — they must do something (a deadline moved, an amount, a requirement, eligibility);
 * `notice` — worth reading (uses, conditions, contacts, legal basis);
 * `info` — wording and metadata.
 */
export type Importance = 'action' | 'notice' | 'info';

export interface ContractField {
  readonly path: string;
  /** Swedish label, as a recipient reads it */
  readonly label: string;
  readonly kind: FieldKind;
  readonly importance: Importance;
  /** for object lists: the keys that identify an item across years */
  readonly identity?: readonly string[];
  /** the spec kinds the field belongs to */
  readonly in: readonly ('anvisning' | 'reporting-form' | 'allocation')[];
}

const A = ['anvisning'] as const;
const F = ['reporting-form'] as const;
const L = ['allocation'] as const;
const AF = ['anvisning', 'reporting-form'] as const;
const ALL = ['anvisning', 'reporting-form', 'allocation'] as const;

export const CONTRACT_FIELDS: readonly ContractField[] = [
  { path: 'title', label: 'Titel', kind: 'text', importance: 'info', in: ALL },
  { path: 'agency', label: 'Myndighet', kind: 'text', importance: 'info', in: AF },
  { path: 'year', label: 'Bidragsår', kind: 'number', importance: 'info', in: ALL },
  { path: 'purpose', label: 'Syfte', kind: 'text', importance: 'info', in: A },
  { path: 'themes', label: 'Områden', kind: 'list', importance: 'info', in: A },
  { path: 'recipients.types', label: 'Vem kan rekvirera', kind: 'list', importance: 'action', in: A },
  { path: 'recipients.named', label: 'Namngivna mottagare', kind: 'list', importance: 'action', in: A },
  { path: 'funding.total', label: 'Totalt belopp', kind: 'amount', importance: 'action', in: A },
  { path: 'funding.population_date', label: 'Befolkningsstatistik per', kind: 'date', importance: 'notice', in: A },
  { path: 'funding.parts', label: 'Fördelning', kind: 'object-list', importance: 'action', identity: ['to', 'key'], in: A },
  { path: 'funding.parts.amount', label: 'Belopp för delen', kind: 'amount', importance: 'action', in: A },
  { path: 'funding.parts.key', label: 'Fördelningsnyckel', kind: 'enum', importance: 'action', in: A },
  { path: 'funding.parts.per_recipient', label: 'Belopp per mottagare', kind: 'amount', importance: 'action', in: A },
  { path: 'funding.parts.per_unit', label: 'Belopp per enhet', kind: 'amount', importance: 'action', in: A },
  { path: 'funding.parts.units', label: 'Antal enheter', kind: 'number', importance: 'notice', in: A },
  { path: 'funding.parts.unit', label: 'Enhet', kind: 'text', importance: 'info', in: A },
  { path: 'funding.parts.to', label: 'Mottagare av delen', kind: 'enum', importance: 'action', in: A },
  { path: 'funding.parts.purpose', label: 'Delens ändamål', kind: 'text', importance: 'notice', in: A },
  { path: 'requisition.opens', label: 'Rekvisitionen öppnar', kind: 'date', importance: 'action', in: A },
  { path: 'requisition.closes', label: 'Sista dag att rekvirera', kind: 'date', importance: 'action', in: A },
  { path: 'requisition.form', label: 'Hur man söker', kind: 'enum', importance: 'action', in: A },
  { path: 'requisition.channel', label: 'Kanal', kind: 'text', importance: 'notice', in: A },
  { path: 'requisition.requires', label: 'Krav vid rekvisition', kind: 'list', importance: 'action', in: A },
  { path: 'requisition.redistribution', label: 'Omfördelning av medel som inte rekvirerats', kind: 'object', importance: 'action', in: A },
  { path: 'requisition.redistribution.cutoff', label: 'Sista dag för omfördelning', kind: 'date', importance: 'action', in: A },
  { path: 'requisition.redistribution.condition', label: 'Villkor för att få del av omfördelade medel', kind: 'text', importance: 'action', in: A },
  { path: 'dates', label: 'Datum', kind: 'object-list', importance: 'notice', identity: ['role'], in: A },
  { path: 'payment', label: 'Utbetalning', kind: 'text', importance: 'notice', in: A },
  { path: 'usage_period', label: 'Period för kostnader', kind: 'object', importance: 'action', in: AF },
  { path: 'usage_period.from', label: 'Kostnader från', kind: 'date', importance: 'action', in: AF },
  { path: 'usage_period.to', label: 'Kostnader till', kind: 'date', importance: 'action', in: AF },
  { path: 'permitted_uses', label: 'Vad medlen får användas till', kind: 'list', importance: 'notice', in: A },
  { path: 'excluded_uses', label: 'Vad medlen inte får användas till', kind: 'list', importance: 'notice', in: A },
  { path: 'conditions', label: 'Villkor', kind: 'list', importance: 'notice', in: A },
  { path: 'evidence_documents', label: 'Underlag att spara', kind: 'list', importance: 'action', in: A },
  { path: 'reporting', label: 'Återrapportering', kind: 'object', importance: 'action', in: A },
  { path: 'reporting.due', label: 'Återrapportering senast', kind: 'date', importance: 'action', in: A },
  { path: 'reporting.announced', label: 'Besked om återrapportering', kind: 'date', importance: 'notice', in: A },
  { path: 'reporting.period', label: 'Återrapporteringen sker', kind: 'date', importance: 'notice', in: A },
  { path: 'reporting.channel', label: 'Hur man återrapporterar', kind: 'text', importance: 'notice', in: A },
  { path: 'reporting.content', label: 'Vad som ska återrapporteras', kind: 'list', importance: 'action', in: A },
  { path: 'repayment.triggers', label: 'När medel ska betalas tillbaka', kind: 'list', importance: 'notice', in: A },
  { path: 'repayment.invoice_threshold', label: 'Återkrav faktureras över', kind: 'amount', importance: 'notice', in: A },
  { path: 'legal_basis', label: 'Regelverk', kind: 'object-list', importance: 'notice', identity: ['ref'], in: AF },
  { path: 'contacts', label: 'Kontakt', kind: 'object-list', importance: 'notice', identity: ['email'], in: AF },
  { path: 'links', label: 'Länkar', kind: 'object-list', importance: 'info', identity: ['url'], in: AF },
  { path: 'due', label: 'Sista dag för återrapportering', kind: 'date', importance: 'action', in: F },
  { path: 'max_submissions', label: 'Antal inskick', kind: 'number', importance: 'notice', in: F },
  { path: 'questions', label: 'Frågor', kind: 'object-list', importance: 'action', identity: ['number'], in: F },
  { path: 'to', label: 'Mottagartyp', kind: 'enum', importance: 'action', in: L },
  { path: 'method', label: 'Hur fördelningen tagits fram', kind: 'enum', importance: 'info', in: L },
  { path: 'stated_total', label: 'Fördelningens summa', kind: 'amount', importance: 'action', in: L },
  { path: 'population_date', label: 'Befolkningsstatistik per', kind: 'date', importance: 'notice', in: L },
  { path: 'rows', label: 'Belopp per mottagare', kind: 'object-list', importance: 'action', identity: ['code'], in: L },
  { path: 'rows.amount', label: 'Belopp', kind: 'amount', importance: 'action', in: L },
];

const BY_PATH = new Map(CONTRACT_FIELDS.map((f) => [f.path, f]));

/** The field a value path belongs to: list indexes ("permitted_uses.2", "funding.parts.0.amount") are dropped. */
export function fieldOf(path: string): ContractField | undefined {
  const base = path.split('.').filter((k) => !/^\d+$/u.test(k) && !k.startsWith('[')).join('.');
  return BY_PATH.get(base) ?? BY_PATH.get(base.slice(0, Math.max(0, base.lastIndexOf('.'))));
}

/** The Swedish label for a value path; the path itself for a field the table does not know. */
export function labelOf(path: string): string {
  return fieldOf(path)?.label ?? path;
}
