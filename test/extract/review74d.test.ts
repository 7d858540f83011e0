import { describe, it } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Adversarial probes (issue 12, review74d) of stop 53's first-wave rows in h/review73e's share: the title chrome rows
// (extract/cues/title.ts menu-run, breadcrumb-section-trail, body-banner-nordic), the widened PAST_WINDOW (extract/cues/dates.ts)
// and the narrowed year row bidrag-for (extract/cues/year.ts). Each probe is a constructed page in realistic Swedish (English
// where the row reads English) on which a row could fire on a line or a value with another role; `want` is what the page states.

interface Probe { readonly id: string; readonly row: string; readonly field: string; readonly want: Want; readonly text: string }

const body = 'Föreningar i kommunen kan söka bidraget för sin verksamhet. Ansökan görs i kommunens e-tjänst.';

export const PROBES: readonly Probe[] = [
  // ---- menu-run: a real heading set with wide spaces (a PDF's title and subtitle, title case) must stay the title
  { id: 'T1', row: 'menu-run', field: 'title', want: { re: 'Small Grants Programme' },
    text: 'Small Grants Programme  Guidelines for Applicants\n\nCommunity groups in the county can apply for grants of up to £2,000. Applications close on 31 March 2026.\n' },
  { id: 'T2', row: 'menu-run', field: 'title', want: { re: 'Riktlinjer' },
    text: 'Riktlinjer  För  Föreningsbidrag\n\nFöreningar i kommunen kan söka bidrag för sin verksamhet. Ansökan ska vara inne senast den 15 mars 2026.\n' },
  { id: 'T3', row: 'menu-run', field: 'title', want: { re: 'Kulturstipendium' },
    text: 'Kulturstipendium  Ansökan\n\nKommunens kulturstipendium kan sökas av dig som är verksam inom kultur. Ansökan ska vara inne senast den 15 mars 2026.\n' },
  { id: 'T4', row: 'menu-run', field: 'title', want: { re: 'Lokalbidrag' },
    text: 'Lokalbidrag  Bidrag till föreningar\n\nFöreningar som hyr lokal kan söka bidrag. Ansökan ska vara inne senast den 15 mars 2026.\n' },
  // … a menu line over the page's own heading: the heading, never the menu
  { id: 'T5', row: 'menu-run', field: 'title', want: { re: '^Aktivitetsbidrag' },
    text: `Meny  Sök  Lyssna  Translate\nAktivitetsbidrag\n\n${body} Ansökan ska vara inne senast den 15 mars 2026.\n` },
  { id: 'T6', row: 'menu-run', field: 'title', want: { notre: 'Start|Om oss' },
    text: `Start  Om oss  Ansök  Beviljade bidrag\n\n${body} Ansökan ska vara inne senast den 15 mars 2026.\n` },
  // ---- breadcrumb-section-trail: a grant named with a separator sign, a short heading under a trail
  { id: 'T7', row: 'breadcrumb-section-trail', field: 'title', want: { re: 'Kulturstipendium 2026' },
    text: 'Kultur › Stipendier\nKulturstipendium 2026\n\nKommunens kulturstipendium kan sökas av dig som bor i kommunen. Sista ansökningsdag är den 1 mars 2026.\n' },
  { id: 'T8', row: 'breadcrumb-section-trail', field: 'title', want: { re: 'Bidrag' },
    text: 'Kultur och fritid / Bidrag\nBidrag\n\nFöreningar i kommunen kan söka bidrag. Sista ansökningsdag är den 1 mars 2026.\n' },
  { id: 'T9', row: 'breadcrumb-section-trail', field: 'title', want: { re: 'Idé › Projekt' },
    text: 'Idé › Projekt › Resultat\n\nIdé › Projekt › Resultat är regionens stöd till unga som vill genomföra ett kulturprojekt. Unga mellan 13 och 25 år kan söka upp till 10 000 kronor. Ansökan ska vara inne senast den 15 mars 2026.\n' },
  { id: 'T10', row: 'breadcrumb-section-trail', field: 'title', want: { re: 'Ung » Kultur' },
    text: 'Ung » Kultur\n\nUng » Kultur är ett projektstöd för unga arrangörer. Du som är mellan 15 och 25 år kan söka. Ansökan ska vara inne senast den 15 mars 2026.\n' },
  { id: 'T11', row: 'breadcrumb-section-trail', field: 'title', want: { notre: 'Du är här|›|>' },
    text: `Du är här: Fritid > Föreningar > Lokalbidrag\n\n${body} Sista ansökningsdag är den 1 mars 2026.\n` },
  { id: 'T12', row: 'breadcrumb-section-trail', field: 'title', want: { re: 'Näringsliv' },
    text: 'Näringsliv / Innovationscheck\n\nInnovationschecken är ett stöd till små företag i länet som vill utveckla en ny produkt. Företag kan söka upp till 100 000 kronor. Ansökan ska vara inne senast den 15 mars 2026.\n' },
  // ---- body-banner-nordic: a grant's own name ending like a body's banner; the banner over the grant's heading
  { id: 'T13', row: 'body-banner-nordic', field: 'title', want: { re: 'Kulturmidler' },
    text: 'Kulturmidler Bergen kommune\n\nLag og foreninger i Bergen kan søke tilskudd til kulturtiltak. Søknadsfrist er 1. mars 2026. Ansökan görs i e-tjänsten.\n' },
  { id: 'T14', row: 'body-banner-nordic', field: 'title', want: { notre: '^The trust gives' },
    text: 'The Ekdahl Family Trust\n\nThe trust gives grants of up to £5,000 to community groups in Hull. Applications close on 31 March 2026.\n' },
  { id: 'T15', row: 'body-banner-nordic', field: 'title', want: { notre: ' is a grant for' },
    text: 'The Young Arts Trust\n\nThe Young Arts Trust is a grant for young artists aged 18 to 25 in the county. Applications close on 31 March 2026.\n' },
  { id: 'T16', row: 'body-banner-nordic', field: 'title', want: { re: 'Föreningsbidrag' },
    text: `Laxå kommun – Startsida\nFöreningsbidrag\n\n${body} Sista ansökningsdag är den 1 mars 2026.\n` },
  // ---- PAST_WINDOW widened: the round's year between the last day and "var"
  { id: 'D1', row: 'PAST_WINDOW', field: 'requisition.closes', want: { not: '2025-03-31' },
    text: `Föreningsbidrag 2026\n\n${body} Sista ansökningsdag för 2025 var den 31 mars 2025. Beslut fattas i maj.\n\nAnsök senast den 31 mars 2026.\n` },
  { id: 'D2', row: 'PAST_WINDOW', field: 'requisition.closes', want: { not: '2026-05-20' },
    text: `Föreningsbidrag 2026\n\n${body} Sista ansökningsdag för 2026 var först den 1 mars, men den har flyttats till den 15 april 2026. Beslut fattas den 20 maj 2026.\n` },
  { id: 'D3', row: 'PAST_WINDOW', field: 'requisition.closes', want: { not: '2026-03-01' },
    text: `Föreningsbidrag 2026\n\n${body} Sista dag att söka för 2026 var tidigare den 1 mars 2026. Nu gäller att ansökan ska vara inne senast den 15 april 2026.\n` },
  { id: 'D4', row: 'PAST_WINDOW', field: 'requisition.closes', want: { not: '2026-06-30' },
    text: `Lovbidrag sommaren 2026\n\n${body} Sista ansökningsdag för sommaren 2026 var den 15 april 2026 och nu är ansökan stängd. Redovisningen ska vara inne senast den 30 juni 2026.\n` },
  { id: 'D5', row: 'PAST_WINDOW', field: 'requisition.closes', want: '2026-04-15',
    text: `Lovbidrag sommaren 2026\n\n${body} Sista ansökningsdag för 2026 års lovbidrag är den 15 april 2026. Förra året var det den 15 mars.\n` },
  // ---- bidrag-for narrowed: a denied grant's year, a year told beside it
  { id: 'Y1', row: 'bidrag-for', field: 'year', want: { not: 2025 },
    text: 'Föreningsbidrag\n\nKommunen beviljar inga fler bidrag för 2025. Föreningar kan söka verksamhetsbidrag för 2026 senast den 15 mars 2026. Redovisning av 2025 års bidrag ska vara inne senast den 1 mars 2026.\n' },
  { id: 'Y2', row: 'bidrag-for', field: 'year', want: { not: 2025 },
    text: 'Verksamhetsbidrag\n\nFöreningar som inte har fått något annat kommunalt bidrag för 2026 kan söka verksamhetsbidrag. Bidraget betalas ut i april. Föreningen ska redovisa 2025 års verksamhet senast den 1 mars 2026.\n' },
  { id: 'Y3', row: 'bidrag-for', field: 'year', want: 2026,
    text: 'Verksamhetsbidrag\n\nNu kan föreningar söka verksamhetsbidrag för 2026. Ingen förening kan få bidrag för 2026 utan en godkänd redovisning. Ansökan ska vara inne senast den 15 mars 2026.\n' },
  { id: 'Y4', row: 'bidrag-for', field: 'year', want: { not: 2026 },
    text: 'Lovbidrag\n\nDet blir inget lovbidrag för 2026. Kommunen fördelade lovbidrag för 2025 till tolv föreningar.\n' },
  { id: 'Y5', row: 'bidrag-for', field: 'year', want: { not: 2027 },
    text: 'Aktivitetsbidrag 2026\n\nFöreningar kan söka aktivitetsbidrag för 2026 senast den 15 mars 2026. Något aktivitetsbidrag för 2027 går ännu inte att söka.\n' },
];

/** Probes left open after the fixes, with why (test/corpus/README.md's review74d section); each runs as it.fails. */
export const OPEN: Record<string, string> = {
  T8: 'wrong: "Kultur och fritid / Bidrag" over a bare "Bidrag" (too generic for a title, rejected by another rule): with the trail chrome, a body sentence is the title (main before the row read the trail); needs the finder to fall back to the trail\'s last step, not a row',
  T12: 'wrong: a page whose only heading is its trail ("Näringsliv / Innovationscheck"): as T8',
  // (Y1 fixed by wrongdates78: REPORT_OF_YEAR redovisning-av-ars-bidrag, a report of a genitive year's money is no grant year on a grant page)
};

describe('review74d: title chrome, past window and bidrag-for probes (wrong value = a failing probe)', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.row} ${p.field}${OPEN[p.id] ? ` (open: ${OPEN[p.id]!.slice(0, 60)})` : ''}`, (p) => (OPEN[p.id] ? 'fails' : 'run'), (p, got) => `${p.id}: got ${JSON.stringify(got)}`);
});
