import { describe, expect, it } from 'vitest';
import { anvisningOf, expectWant, probeField, type Want } from './probe.js';

// review78f (issue 12/14): adversarial probes of h/evid78 (evidence_documents: RECORD_NAMES in KEPT_DOCUMENT_SENTENCES, their
// guards AGENCY_KEEPS / NOT_SENT, UNDERLAG_ANAPHOR_LEADS after PAPERS_HANDED_IN) and h/pairfund78 (requisition.channel
// SENDER_ADDRESS_CHANNEL, POSTAL_CHANNEL, SYSTEM_VIA, FORM_SENT_CHANNEL, headingChannel; funding.total uppgar-till with a year,
// budgeten-under-ordinarie-ar; APPLICATION_CEILINGS maximal-finansiering-for-ett-projekt, det-gar-att-soka-hogst; reporting.channel
// REPORT_ADDRESS_LEAD / addressBelow). Near misses that must give no value (or not the wrong one), and a few other phrasings of
// the same meaning that must. All sentences constructed for this review. `run: 'fails'` marks a probe left open (comment why).

type Ev = { id: string; has?: string[]; lacks?: string[]; text: string; run?: 'fails' };
const head = (title: string, body: string): string => `# ${title}\n\n${body}\n`;

const EVIDENCE: Ev[] = [
  // told not to send: no underlag (gold convention, dev 382), in other words than NOT_SENT's first rows
  { id: 'E1', lacks: ['kvitton'], text: head('Redovisning av aktivitetsbidrag', 'Kvitton skickar ni inte in, men de ska sparas i tre år efter bidragsåret.') },
  { id: 'E2', lacks: ['kvitton', 'fakturor'], text: head('Redovisning av föreningsbidrag', 'Ni behöver inte skicka kvitton till oss, men spara dem och alla fakturor i fem år.') },
  { id: 'E3', lacks: ['kvitton', 'fakturor'], text: head('Redovisning', 'Kvitton och fakturor ska sparas av föreningen och ska inte sändas till kommunen.') },
  { id: 'E4', lacks: ['kvitton'], text: head('Redovisning', 'Kvitton ska inte skickas in men sparas i tre år.') },
  // the agency keeping its own papers, the keeper named otherwise than AGENCY_KEEPS's present tense
  { id: 'E5', lacks: ['fakturor', 'protokoll'], text: head('Hantering av personuppgifter', 'Kulturförvaltningen ska spara protokoll, fakturor och beslut i tio år enligt arkivlagen.') },
  { id: 'E6', lacks: ['verifikationer'], text: head('Arkivering', 'Kommunstyrelsen arkiverar inkomna ansökningar, verifikationer och beslut.') },
  { id: 'E7', lacks: ['protokollsutdrag'], text: head('Beslut om bidrag', 'Protokollsutdrag från nämndens sammanträden ska finnas tillgängliga på kommunens webbplats.') },
  { id: 'E8', lacks: ['fakturor'], text: head('Dokumenthantering', 'Nämndens protokoll och fakturor från leverantörer ska arkiveras enligt kommunens dokumenthanteringsplan.') },
  { id: 'E9', lacks: ['verifikationer', 'huvudbok'], text: head('Granskning', 'Vid granskning ska kommunens revisorer kunna ta fram verifikationer ur kommunens huvudbok.') },
  // a condition on the association, no paper handed in
  { id: 'E10', lacks: ['stadgar', 'årsmötesprotokoll'], text: head('Vem kan söka?', 'Föreningens stadgar ska finnas tillgängliga för alla medlemmar.') },
  // the originals the text keeps back
  { id: 'E11', lacks: ['originalkvitton'], text: head('Redovisning', 'Bifoga endast kopior, aldrig originalkvitton.') },
  // an anaphoric lead after the agency's own keeping
  { id: 'E12', lacks: ['beslut', 'protokoll från nämnden'], text: head('Arkiv', 'Kultur- och fritidsförvaltningen behöver spara vissa handlingar enligt arkivlagen.\n\nDessa är:\n\n- ansökningar\n- beslut\n- protokoll från nämnden') },
  // the "Följande handlingar ska …:" lead over papers the agency keeps, or papers not to send
  { id: 'E13', lacks: ['utbetalningsunderlag', 'beslut'], text: head('Arkivering', 'Följande handlingar ska förvaltningen arkivera:\n\n- ansökan\n- beslut\n- utbetalningsunderlag') },
  { id: 'E14', lacks: ['kvitton', 'fakturor'], text: head('Redovisning', 'Följande handlingar ska inte skickas in, men ska sparas i tre år:\n\n- kvitton\n- fakturor') },
  // other phrasings that must give the records
  { id: 'E15', has: ['originalverifikationer'], text: head('Villkor', 'Originalverifikationer ska sparas av föreningen i sju år.') },
  { id: 'E16', has: ['lönespecifikationer'], text: head('Uppföljning', 'Vid en kontroll ska stödmottagaren kunna visa upp lönespecifikationer för all personal i projektet.') },
];

type Probe = { id: string; field: string; want: Want; text: string; run?: 'fails' };
const HEAD = 'Bidrag till föreningar 2025\n\nIdeella föreningar i kommunen kan söka bidrag för aktiviteter för barn och unga. Sista ansökningsdag är den 15 mars 2025.\n\n';
const BODY = '\n\nBidraget får användas till aktiviteter under sommarlovet.';
const CALL = 'Utlysning: kulturprojekt 2025\n\nFöreningar och organisationer kan söka medel. Sista ansökningsdag är den 1 mars 2025.\n\n';

const PROBES: Probe[] = [
  // requisition.channel
  { id: 'C1', field: 'requisition.channel', want: null, text: HEAD + 'Redovisning\n\nFyll i redovisningsblanketten senast den 31 januari 2026. Blanketten skickas till Kultur- och fritidsförvaltningen, Box 12, 123 45 Ekby.' + BODY },
  { id: 'C2', field: 'requisition.channel', want: { notre: 'idrottsforbundet' }, text: HEAD + 'Din ansökan skickar du till Kultur- och fritidsförvaltningen, med kopia till kansliet@idrottsforbundet.se' + BODY },
  { id: 'C3', field: 'requisition.channel', want: null, text: HEAD + 'Observera att föreningsbidraget inte längre söks via Rbok. Mer information kommer.' + BODY },
  { id: 'C4', field: 'requisition.channel', want: null, text: HEAD + 'Utbetalning\n\nNär projektet är klart ansöker du om utbetalning genom att skicka in blanketten.' + BODY },
  { id: 'C5', field: 'requisition.channel', want: null, text: HEAD + 'Besöksadress: Stadshuset, Storgatan 1, 123 45 Ekby. Postadress: Box 12, 123 45 Ekby. E-post: fritid@ekby.se' + BODY },
  { id: 'C6', field: 'requisition.channel', want: null, text: HEAD + 'Frågor om ansökan skickas till:\n\nfritid@ekby.se' + BODY },
  { id: 'C7', field: 'requisition.channel', want: null, text: HEAD + 'Förra året sökte föreningarna via Rbok.' + BODY },
  // open: headingChannel reads any heading that applies via a named service; a related-links heading for another service of the
  // kommun (a hall booking) is no channel of this grant, and telling them apart needs the heading to name the grant
  { id: 'C8', run: 'fails', field: 'requisition.channel', want: null, text: HEAD + 'Relaterade sidor\n\nAnsök om bokning av idrottshall via e-tjänst\n\nLediga tider visas i kalendern.' + BODY },
  { id: 'C9', field: 'requisition.channel', want: { re: 'Box 4, 321 54 Ekby' }, text: HEAD + 'Ansökningarna ska skickas till Fritidsnämnden, Box 4, 321 54 Ekby.' + BODY },
  { id: 'C10', field: 'requisition.channel', want: null, text: HEAD + 'Ansökan om förlängd projekttid skickas till Kultur- och fritidsförvaltningen, Box 12, 123 45 Ekby.' + BODY },
  // funding.total
  { id: 'T1', field: 'funding.total', want: null, text: 'Bidrag till föreningar 2025\n\nIdeella föreningar kan söka bidraget. Kultur- och fritidsnämndens budget uppgår 2025 till totalt 45 miljoner kronor. Sista ansökningsdag är den 1 mars 2025.' + BODY },
  { id: 'T2', field: 'funding.total', want: null, text: 'Statsbidrag till kommuner 2025\n\nKommunerna kan rekvirera bidraget. Ekby kommuns andel uppgår 2025 till 1,2 miljoner kronor. Sista dag att rekvirera är den 1 mars 2025.' + BODY },
  { id: 'T3', field: 'funding.total', want: null, text: 'Projektstöd 2025\n\nFöreningar kan söka stöd. Stödet per projekt uppgår 2025 till 50 000 kronor. Sista ansökningsdag är den 1 mars 2025.' + BODY },
  { id: 'T4', field: 'funding.total', want: null, text: 'Projektstöd 2025\n\nFöreningar kan söka stöd. Bidraget uppgår 2025 till 10 000–50 000 kronor. Sista ansökningsdag är den 1 mars 2025.' + BODY },
  { id: 'T5', field: 'funding.total', want: null, text: 'Kulturstipendium\n\nKonstnärer i länet kan söka stipendiet. Budgeten under ordinarie år är 500 000 kronor för kulturstipendium, men i år är den halverad. Sista ansökningsdag är den 1 oktober.' + BODY },
  // open: a past year's sum told in the present ("Anslaget uppgår 2023 till …" on a 2025 page); uppgar-till reads the year
  // without comparing it to the text's own year, which the row cannot see
  { id: 'T6', run: 'fails', field: 'funding.total', want: null, text: 'Bidrag till föreningar 2025\n\nIdeella föreningar kan söka bidraget. Anslaget uppgår 2023 till totalt 8 miljoner kronor enligt förra årets beslut. Sista ansökningsdag är den 1 mars 2025.' + BODY },
  { id: 'T7', field: 'funding.total', want: 6000000, text: 'Bidrag till föreningar 2025\n\nIdeella föreningar kan söka bidraget. Bidraget uppgår år 2025 till totalt 6 miljoner kronor. Sista ansökningsdag är den 1 mars 2025.' + BODY },
  // ceilings (funding.parts)
  { id: 'F1', field: 'funding.parts.0.per_unit', want: { not: 5000 }, text: CALL + 'Det går att söka högst 5 000 kronor för resekostnader. I övrigt finns inget tak för projektstödet.' + BODY },
  { id: 'F2', field: 'funding.parts.0.per_unit', want: { not: 80 }, text: CALL + 'Maximal finansiering för ett projekt är 80 procent av de stödberättigande kostnaderna.' + BODY },
  { id: 'F3', field: 'funding.parts', want: null, text: CALL + 'Projektet ska ha annan finansiering, och sökt belopp får uppgå till högst halva budgeten.' + BODY },
  { id: 'F4', field: 'funding.parts', want: null, text: CALL + 'Det går att söka upp till 3 miljoner kronor, som fördelas mellan alla beviljade projekt.' + BODY },
  { id: 'F5', field: 'funding.parts.0.per_unit', want: 400000, text: CALL + 'Det går att söka högst 400 000 kronor per projekt.' + BODY },
  // reporting.channel
  { id: 'R1', field: 'reporting.channel', want: null, text: HEAD + 'Redovisning\n\nBlanketten för redovisning hittar du under Blanketter. Den ifyllda redovisningen skickar ni till:\n\nKontakta oss\n\nKultur- och fritidsförvaltningen\n\nfritid@ekby.se' + BODY },
  // open: the lead's sentence sends something else ("Ändrade kontaktuppgifter skickar ni till:"), the sentence before it is
  // about the report; addressBelow takes the block's earlier sentence as enough
  { id: 'R2', run: 'fails', field: 'reporting.channel', want: null, text: HEAD + 'Redovisning\n\nRedovisningen ska vara inne senast den 31 januari 2026. Ändrade kontaktuppgifter skickar ni till:\n\nFöreningsregistret\n\nBox 7\n\n123 45 Ekby' + BODY },
  { id: 'R3', field: 'reporting.channel', want: null, text: HEAD + 'Redovisning\n\nRedovisning och ny ansökan skickar ni till:\n\nKultur- och fritidsförvaltningen\n\n123 45 Ekby' + BODY },
  { id: 'R4', field: 'reporting.channel', want: { re: '^Kulturnämnden' }, text: HEAD + 'Redovisning\n\nSlutrapporten ska lämnas senast den 31 januari 2026. Den skickas till:\n\nKulturnämnden\n\nBox 9\n\n123 45 Ekby' + BODY },
];

const items = (text: string): string[] => (anvisningOf(text).evidence_documents ?? []).map((x) => String(typeof x === 'string' ? x : (x as { text?: string }).text ?? x).toLowerCase());

describe('review78f: evidence_documents near misses and paraphrases', () => {
  for (const p of EVIDENCE) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} ${p.has ? `has ${p.has.join(', ')}` : `lacks ${p.lacks!.join(', ')}`}`, () => {
      const got = items(p.text);
      for (const h of p.has ?? []) expect(got.some((i) => i.includes(h.toLowerCase())), `${p.id} ${JSON.stringify(got)}`).toBe(true);
      for (const l of p.lacks ?? []) expect(got.some((i) => i.includes(l.toLowerCase())), `${p.id} ${JSON.stringify(got)}`).toBe(false);
    });
  }
});

describe('review78f: channel, total, ceiling and report channel near misses', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} ${p.field}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want, p.id);
    });
  }
});
