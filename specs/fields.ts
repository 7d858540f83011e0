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
  | 'object'
  | 'boolean'; // addition (d14): a yes/no flag (a question's `required`)

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
  /** enums: each value in Swedish words, so no stage shows "per-capita" to a person */
  readonly values?: Readonly<Record<string, string>>;
  /** the spec kinds the field belongs to */
  readonly in: readonly ('anvisning' | 'reporting-form' | 'allocation')[];
}

// Value words, once (the diff says "fördelningsnyckel: per capita → efter prestation").
const RECIPIENT_TYPES = { region: 'regioner', kommun: 'kommuner', organisation: 'organisationer', länsstyrelse: 'länsstyrelser', huvudman: 'huvudmän', other: 'andra mottagare' };
const KEYS = {
  equal: 'lika mellan mottagarna', 'per-capita': 'per capita (efter befolkningsmängd)', 'fixed-per-recipient': 'ett fast belopp per mottagare',
  'per-unit': 'ett belopp per enhet', 'government-key': 'regeringens fördelningsnyckel', other: 'en annan fördelning',
};
const FORMS = { rekvisition: 'rekvisition', ansökan: 'ansökan', intresseanmälan: 'intresseanmälan' };
const LEGAL_KINDS = { lag: 'lag', förordning: 'förordning', föreskrift: 'föreskrift', 'eu-förordning': 'EU-förordning', diarienummer: 'diarienummer', regeringsbeslut: 'regeringsbeslut', other: 'annat' };
const DATE_ROLES = {
  published: 'publicerad', decision: 'beslut', payment: 'utbetalning', redistribution: 'omfördelning', 'reporting-opens': 'återrapporteringen öppnar',
  'reporting-closes': 'återrapporteringen stänger', 'application-round': 'ansökningsomgång', information: 'information', other: 'annat datum',
};
const ANSWER_TYPES = {
  text: 'text', 'long-text': 'längre text', amount: 'belopp', number: 'tal', email: 'e-post', phone: 'telefon', choice: 'val', 'multi-choice': 'flera val',
  'yes-no': 'ja/nej', scale: 'skala', table: 'tabell', group: 'grupp', computed: 'beräknat', approval: 'godkännande',
};
const METHODS = { published: 'publicerad fördelningslista', computed: 'beräknad ur fördelningsnyckeln' };

const A = ['anvisning'] as const;
const F = ['reporting-form'] as const;
const L = ['allocation'] as const;
const AF = ['anvisning', 'reporting-form'] as const;
const ALL = ['anvisning', 'reporting-form', 'allocation'] as const;

export const CONTRACT_FIELDS: readonly ContractField[] = [
  // only when two documents of different kinds are compared (an anvisning with a form)
  { path: 'kind', label: 'Slags dokument', kind: 'enum', importance: 'info', values: { anvisning: 'anvisning', 'reporting-form': 'återrapporteringsformulär', allocation: 'fördelningslista' }, in: ALL },
  { path: 'title', label: 'Titel', kind: 'text', importance: 'info', in: ALL },
  { path: 'agency', label: 'Myndighet', kind: 'text', importance: 'info', in: AF },
  { path: 'year', label: 'Bidragsår', kind: 'number', importance: 'info', in: ALL },
  { path: 'purpose', label: 'Syfte', kind: 'text', importance: 'info', in: A },
  { path: 'themes', label: 'Områden', kind: 'list', importance: 'info', in: A },
  { path: 'recipients', label: 'Mottagare', kind: 'object', importance: 'action', in: A },
  { path: 'funding', label: 'Belopp', kind: 'object', importance: 'action', in: A },
  { path: 'requisition', label: 'Rekvisition', kind: 'object', importance: 'action', in: A },
  { path: 'repayment', label: 'Återbetalning', kind: 'object', importance: 'notice', in: A },
  { path: 'recipients.types', label: 'Vem kan rekvirera', kind: 'list', importance: 'action', values: RECIPIENT_TYPES, in: A },
  { path: 'recipients.named', label: 'Namngivna mottagare', kind: 'list', importance: 'action', in: A },
  // addition (1.1): the sentence that says who may apply, verbatim (extract/fields/recipients-text.ts)
  { path: 'recipients.text', label: 'Vem kan söka', kind: 'text', importance: 'action', in: A },
  { path: 'funding.total', label: 'Totalt belopp', kind: 'amount', importance: 'action', in: A },
  // addition (1.1): the total is a rounded figure ("ca 20 miljoner kronor"); every stage shows it as "cirka …"
  { path: 'funding.total_approximate', label: 'Totalt belopp anges ungefärligt', kind: 'boolean', importance: 'notice', in: A },
  { path: 'funding.granted', label: 'Beviljat totalt', kind: 'amount', importance: 'notice', in: A },
  // addition (1.1): a total stated only in another currency ("283 721 US-dollar"), never converted
  { path: 'funding.foreign_total', label: 'Totalt belopp i annan valuta', kind: 'object', importance: 'action', in: A },
  { path: 'funding.foreign_total.amount', label: 'Belopp i annan valuta', kind: 'number', importance: 'action', in: A },
  { path: 'funding.foreign_total.currency', label: 'Valuta', kind: 'text', importance: 'action', in: A },
  { path: 'funding.population_date', label: 'Befolkningsstatistik per', kind: 'date', importance: 'notice', in: A },
  { path: 'funding.parts', label: 'Fördelning', kind: 'object-list', importance: 'action', identity: ['to', 'key', 'named'], in: A },
  { path: 'funding.parts.amount', label: 'Belopp för delen', kind: 'amount', importance: 'action', in: A },
  { path: 'funding.parts.key', label: 'Fördelningsnyckel', kind: 'enum', importance: 'action', values: KEYS, in: A },
  { path: 'funding.parts.per_recipient', label: 'Belopp per mottagare', kind: 'amount', importance: 'action', in: A },
  { path: 'funding.parts.per_unit', label: 'Belopp per enhet', kind: 'amount', importance: 'action', in: A },
  { path: 'funding.parts.units', label: 'Antal enheter', kind: 'number', importance: 'notice', in: A },
  { path: 'funding.parts.unit', label: 'Enhet', kind: 'text', importance: 'info', in: A },
  { path: 'funding.parts.to', label: 'Mottagare av delen', kind: 'enum', importance: 'action', values: RECIPIENT_TYPES, in: A },
  // addition (1.1): a part stated as a share of the total ("hälften av medlen")
  { path: 'funding.parts.share', label: 'Andel av totalen', kind: 'text', importance: 'action', in: A },
  { path: 'funding.parts.purpose', label: 'Delens ändamål', kind: 'text', importance: 'notice', in: A },
  // addition (1.1): the one recipient a part names ("Länsstyrelsen i Stockholms län"), and a rate that is a ceiling
  { path: 'funding.parts.named', label: 'Namngiven mottagare av delen', kind: 'text', importance: 'action', in: A },
  { path: 'funding.parts.per_unit_max', label: 'Högsta belopp per enhet', kind: 'boolean', importance: 'action', in: A },
  { path: 'requisition.opens', label: 'Rekvisitionen öppnar', kind: 'date', importance: 'action', in: A },
  { path: 'requisition.closes', label: 'Sista dag att rekvirera', kind: 'date', importance: 'action', in: A },
  { path: 'requisition.form', label: 'Hur man söker', kind: 'enum', importance: 'action', values: FORMS, in: A },
  { path: 'requisition.channel', label: 'Kanal', kind: 'text', importance: 'notice', in: A },
  { path: 'requisition.requires', label: 'Krav vid rekvisition', kind: 'list', importance: 'action', in: A },
  { path: 'requisition.redistribution', label: 'Omfördelning av medel som inte rekvirerats', kind: 'object', importance: 'action', in: A },
  { path: 'requisition.redistribution.cutoff', label: 'Sista dag för omfördelning', kind: 'date', importance: 'action', in: A },
  { path: 'requisition.redistribution.condition', label: 'Villkor för att få del av omfördelade medel', kind: 'text', importance: 'action', in: A },
  { path: 'dates', label: 'Datum', kind: 'object-list', importance: 'notice', identity: ['role'], in: A },
  { path: 'dates.date', label: 'Datum', kind: 'date', importance: 'notice', in: A },
  { path: 'dates.vague', label: 'Ungefärligt datum', kind: 'date', importance: 'notice', in: A },
  { path: 'dates.role', label: 'Vad datumet gäller', kind: 'enum', importance: 'notice', values: DATE_ROLES, in: A },
  { path: 'dates.text', label: 'Datumets lydelse', kind: 'text', importance: 'info', in: A },
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
  // addition (1.1): stated only as `false` ("Ingen återrapportering krävs"); a duty dropped or added is acted on
  { path: 'reporting.required', label: 'Återrapportering krävs', kind: 'boolean', importance: 'action', in: A },
  { path: 'repayment.triggers', label: 'När medel ska betalas tillbaka', kind: 'list', importance: 'notice', in: A },
  { path: 'repayment.invoice_threshold', label: 'Återkrav faktureras över', kind: 'amount', importance: 'notice', in: A },
  { path: 'legal_basis', label: 'Regelverk', kind: 'object-list', importance: 'notice', identity: ['ref'], in: AF },
  { path: 'legal_basis.ref', label: 'Regelverkets beteckning', kind: 'text', importance: 'notice', in: AF },
  { path: 'legal_basis.kind', label: 'Slags regelverk', kind: 'enum', importance: 'info', values: LEGAL_KINDS, in: AF },
  { path: 'legal_basis.title', label: 'Regelverkets titel', kind: 'text', importance: 'info', in: AF },
  { path: 'contacts', label: 'Kontakt', kind: 'object-list', importance: 'notice', identity: ['email'], in: AF },
  { path: 'contacts.email', label: 'Kontaktens e-post', kind: 'text', importance: 'notice', in: AF },
  { path: 'contacts.topic', label: 'Kontakt för', kind: 'text', importance: 'info', in: AF },
  { path: 'links', label: 'Länkar', kind: 'object-list', importance: 'info', identity: ['url'], in: AF },
  { path: 'links.url', label: 'Länkens adress', kind: 'text', importance: 'info', in: AF },
  { path: 'links.text', label: 'Länktext', kind: 'text', importance: 'info', in: AF },
  { path: 'due', label: 'Sista dag för återrapportering', kind: 'date', importance: 'action', in: F },
  { path: 'max_submissions', label: 'Antal inskick', kind: 'number', importance: 'notice', in: F },
  { path: 'questions', label: 'Frågor', kind: 'object-list', importance: 'action', identity: ['number'], in: F },
  { path: 'questions.number', label: 'Frågans nummer', kind: 'number', importance: 'info', in: F },
  { path: 'questions.text', label: 'Frågan', kind: 'text', importance: 'notice', in: F },
  { path: 'questions.type', label: 'Svarstyp', kind: 'enum', importance: 'notice', values: ANSWER_TYPES, in: F },
  { path: 'questions.required', label: 'Obligatorisk fråga', kind: 'boolean', importance: 'action', in: F },
  { path: 'questions.max_chars', label: 'Högsta antal tecken', kind: 'number', importance: 'notice', in: F },
  { path: 'questions.options', label: 'Svarsalternativ', kind: 'list', importance: 'notice', in: F },
  { path: 'questions.rows', label: 'Antal rader', kind: 'number', importance: 'info', in: F },
  { path: 'questions.entry_rows', label: 'Rader att fylla i', kind: 'number', importance: 'info', in: F },
  { path: 'questions.columns', label: 'Kolumner', kind: 'object-list', importance: 'notice', identity: ['label'], in: F },
  { path: 'questions.columns.label', label: 'Kolumnens rubrik', kind: 'text', importance: 'notice', in: F },
  { path: 'questions.columns.type', label: 'Kolumnens svarstyp', kind: 'enum', importance: 'notice', values: ANSWER_TYPES, in: F },
  { path: 'questions.columns.required', label: 'Obligatorisk kolumn', kind: 'boolean', importance: 'action', in: F },
  { path: 'questions.columns.formula', label: 'Kolumnens formel', kind: 'text', importance: 'info', in: F },
  { path: 'questions.fields', label: 'Fält', kind: 'object-list', importance: 'notice', identity: ['label'], in: F },
  { path: 'questions.fields.label', label: 'Fältets rubrik', kind: 'text', importance: 'notice', in: F },
  { path: 'questions.fields.type', label: 'Fältets svarstyp', kind: 'enum', importance: 'notice', values: ANSWER_TYPES, in: F },
  { path: 'questions.fields.required', label: 'Obligatoriskt fält', kind: 'boolean', importance: 'action', in: F },
  { path: 'questions.fields.formula', label: 'Fältets formel', kind: 'text', importance: 'info', in: F },
  { path: 'questions.formula', label: 'Formel', kind: 'text', importance: 'info', in: F },
  { path: 'questions.condition', label: 'Besvaras om', kind: 'text', importance: 'notice', in: F },
  { path: 'questions.help', label: 'Hjälptext', kind: 'text', importance: 'info', in: F },
  { path: 'questions.section', label: 'Del av formuläret', kind: 'text', importance: 'info', in: F },
  { path: 'questions.total_row', label: 'Summarad', kind: 'boolean', importance: 'info', in: F },
  { path: 'to', label: 'Mottagartyp', kind: 'enum', importance: 'action', values: RECIPIENT_TYPES, in: L },
  { path: 'method', label: 'Hur fördelningen tagits fram', kind: 'enum', importance: 'info', values: METHODS, in: L },
  { path: 'parts', label: 'Delar som listan gäller', kind: 'list', importance: 'info', in: L },
  { path: 'unit', label: 'Listans beloppsenhet', kind: 'number', importance: 'info', in: L },
  { path: 'rounding', label: 'Avrundning', kind: 'text', importance: 'info', in: L },
  { path: 'stated_total', label: 'Fördelningens summa', kind: 'amount', importance: 'action', in: L },
  { path: 'population_date', label: 'Befolkningsstatistik per', kind: 'date', importance: 'notice', in: L },
  { path: 'rows', label: 'Belopp per mottagare', kind: 'object-list', importance: 'action', identity: ['code'], in: L },
  { path: 'rows.amount', label: 'Belopp', kind: 'amount', importance: 'action', in: L },
  { path: 'rows.code', label: 'Kod', kind: 'text', importance: 'info', in: L },
  { path: 'rows.name', label: 'Mottagare', kind: 'text', importance: 'info', in: L },
  { path: 'rows.written', label: 'Namnet i listan', kind: 'text', importance: 'info', in: L },
  { path: 'rows.population', label: 'Befolkning', kind: 'number', importance: 'info', in: L },
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

/** Keys that are no contract value a person compares: the format version, the kind and id (the file's path), the source file and the grounding. */
export const NOT_COMPARED: ReadonlySet<string> = new Set(['spec', 'kind', 'id', 'source', 'evidence']);

/** A value in words: an enum's Swedish word from the table, anything else as it is. */
export function valueWord(path: string, value: string): string {
  return fieldOf(path)?.values?.[value] ?? value;
}

/** Whether a spec's funding total is stated only as a rounded figure (`funding.total_approximate`). */
export function approximateTotal(spec: unknown): boolean {
  const funding = spec && typeof spec === 'object' ? (spec as { funding?: { total_approximate?: unknown } }).funding : undefined;
  return funding?.total_approximate === true;
}

/**
 * An amount in words as the text states it: a rounded total is "cirka 20 miljoner kronor" on the
 * site, in the checklists, the feeds, the change report and the review, never "20 000 000 kr" as if
 * exact; any other amount as it is.
 */
export function statedAmount(words: string, approximate: boolean): string {
  return approximate ? `cirka ${words}` : words;
}
