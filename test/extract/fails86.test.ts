import { describe } from 'vitest';
import { byRun, probeTests, type Probe, type ProbeRun } from './probe.js';

// fails86 (stop 64): known wrong values kept as it.fails and lost constructions, each fixed by a construction of Swedish with
// rewordings that must be read and near misses that must not. Every text is constructed (our own sentences, in the way
// regeringen.se's press releases and Socialstyrelsen's anvisningar phrase a split, a share and a press release's heading);
// none is a corpus or a pair text.
// - a split told by two coordinated sums, the second verb left out ("200 miljoner kronor är avsatta för kommunerna och 100
//   miljoner kronor för regionerna"): the first sum had been read as the total, whatever row read it (pairx85's it.fails for
//   h/rb85); now NOT_TOTAL first-of-two-group-sums, asked of every candidate sum;
// - a group's share named by its genitive ("Kommunernas andel är 200 miljoner kronor"): a part (PART_CUES gruppens-andel-ar);
// - a press release's heading that is a sum given to an aim ("500 miljoner kronor till vaccinering mot …"): the purpose where
//   the body states none (PURPOSE summa-till-syfte-rubrik).

interface P extends Probe { readonly run?: ProbeRun }

/** A statsbidrag page that states its whole sum in a sentence of its own, then the sentence probed. */
const SPLIT = (body: string): string => `Statsbidrag för ökad tillgänglighet 2026\n\nRegeringen har avsatt 300 miljoner kronor för 2026.\n\n${body}\n\nRekvisition ska ha kommit in senast den 15 mars 2026.\n`;
/** The same page without the whole sum. */
const NOSUM = (body: string): string => `Statsbidrag för ökad tillgänglighet 2026\n\nKommuner och regioner kan rekvirera statsbidraget.\n\n${body}\n\nRekvisition ska ha kommit in senast den 15 mars 2026.\n`;
/** A government press release: its heading, a minister's quote, the body. */
const PRESS = (head: string, body: string): string =>
  `# ${head}\n\n– Det här är en viktig satsning för hela landet, säger ansvarig minister.\n\n${body}\n\nRegeringen följer arbetet noga.\n`;
const GIVES = 'Regeringen har i dag beslutat att ge Socialstyrelsen i uppdrag att fördela medlen. Regionerna kan rekvirera medlen senast den 1 oktober 2026.';
// the parts as their JSON text (Reading asText): the groups' 200 and 100 miljoner, in this order
const BOTH = { re: '"to":"kommun","amount":200000000\\},\\{"to":"region","amount":100000000' };

const PROBES: P[] = [
  // ── the first of two coordinated sums to two groups is a part, never the total ───────────────────────────────────────
  { id: 'S1', field: 'funding.total', want: 300000000, text: SPLIT('200 miljoner kronor är avsatta för kommunerna och 100 miljoner kronor för regionerna.') },
  { id: 'S2', field: 'funding.parts', want: BOTH, text: SPLIT('200 miljoner kronor är avsatta för kommunerna och 100 miljoner kronor för regionerna.') },
  { id: 'S3', field: 'funding.total', want: 300000000, text: SPLIT('200 mnkr är avsatta för kommunerna och 100 mnkr för regionerna.') },
  { id: 'S4', field: 'funding.total', want: 300000000, text: SPLIT('Under 2026 kommer 200 miljoner kronor att avsättas för kommunerna och 100 miljoner kronor för regionerna.') },
  { id: 'S5', field: 'funding.total', want: null, text: NOSUM('För 2026 finns 200 miljoner kronor avsatta för kommunerna och 100 miljoner kronor för regionerna.') },
  { id: 'S6', field: 'funding.total', want: null, text: NOSUM('Totalt avsätts 200 miljoner kronor för kommunerna och 100 miljoner kronor till landstingen.') },
  { id: 'S7', field: 'funding.total', want: null, text: NOSUM('Under 2026 kommer 200 miljoner kronor att avsättas för kommunerna och 100 miljoner kronor för regionerna.') },
  // keep: one sum to both groups, a sum beside the grant's, and the whole before "varav"
  { id: 'S8', field: 'funding.total', want: 300000000, text: NOSUM('300 miljoner kronor är avsatta för kommunerna och regionerna och 5 miljoner kronor till uppföljning.') },
  { id: 'S9', field: 'funding.total', want: 300000000, text: NOSUM('Under 2026 kommer 300 miljoner kronor att avsättas för kommunerna och regionerna.') },
  { id: 'S10', field: 'funding.total', want: 300000000, text: NOSUM('Totalt avsätts 300 miljoner kronor, varav 200 miljoner kronor för kommunerna och 100 miljoner kronor för regionerna.') },
  // ── a group's share by its genitive ─────────────────────────────────────────────────────────────────────────────────
  { id: 'A1', field: 'funding.parts', want: BOTH, text: SPLIT('Kommunernas andel är 200 miljoner kronor och regionernas andel är 100 miljoner kronor.') },
  { id: 'A2', field: 'funding.parts', want: BOTH, text: SPLIT('Kommunernas andel är 200 miljoner kronor. Regionernas andel är 100 miljoner kronor.') },
  { id: 'A3', field: 'funding.parts', want: BOTH, text: SPLIT('Kommunernas andel av medlen uppgår till 200 miljoner kronor och regionernas 100 miljoner kronor.') },
  { id: 'A4', field: 'funding.total', want: 300000000, text: SPLIT('Kommunernas andel är 200 miljoner kronor och regionernas andel är 100 miljoner kronor.') },
  // never the groups' own money or a split that does not make up the whole
  { id: 'A5', field: 'funding.parts', want: null, text: SPLIT('Kommunernas egen andel är 200 miljoner kronor och regionernas egen andel är 100 miljoner kronor.') },
  { id: 'A6', field: 'funding.parts', want: null, text: SPLIT('Kommunernas andel är 200 miljoner kronor och regionernas andel är 50 miljoner kronor.') },
  { id: 'A7', field: 'funding.parts', want: null, text: SPLIT('Kommunernas andel av kostnaderna är 200 miljoner kronor och regionernas andel av kostnaderna är 100 miljoner kronor.') },
  // ── a heading that is a sum given to an aim: the purpose where the body states none ───────────────────────────────────
  { id: 'H1', field: 'purpose', want: { re: 'till vaccinering mot säsongsinfluensa' }, text: PRESS('500 miljoner kronor till vaccinering mot säsongsinfluensa', GIVES) },
  { id: 'H2', field: 'purpose', want: { re: 'till att utveckla idrotten' }, text: PRESS('100 miljoner kronor till att utveckla idrotten i utsatta områden', GIVES) },
  { id: 'H3', field: 'purpose', want: { re: 'för att korta vårdköerna' }, text: PRESS('60 miljoner kronor till regionerna för att korta vårdköerna', GIVES) },
  { id: 'H4', field: 'purpose', want: { re: 'till digitalisering' }, text: PRESS('Drygt 40 miljoner kronor i statsbidrag till digitalisering av vårdens journaler', GIVES) },
  // never a named body's or a group's sum without an aim, never over a purpose the body states
  { id: 'H5', field: 'purpose', want: null, text: PRESS('3,5 miljoner kronor till stiftelsen Swecare för 2026', GIVES) },
  { id: 'H6', field: 'purpose', want: null, text: PRESS('14,5 miljoner kronor till ideella miljöorganisationer', GIVES) },
  { id: 'H7', field: 'purpose', want: null, text: PRESS('20 miljoner kronor till Svensk Idrottsforskning', GIVES) },
  { id: 'H8', field: 'purpose', want: { re: '^Syftet med statsbidraget' }, text: PRESS('500 miljoner kronor till vaccinering mot säsongsinfluensa', `${GIVES} Syftet med statsbidraget är att fler ska vaccinera sig.`) },
  { id: 'H9', field: 'purpose', want: null, text: PRESS('40 miljoner kronor till lärosätenas holdingbolag – så fördelas innovationssatsningen', GIVES) },
];

describe('fails86: a split of two coordinated sums, a group\'s share, a sum heading\'s aim', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field}: ${p.text.split('\n').find((l) => /\d/u.test(l) && !/2026\.?$/u.test(l.trim())) ?? ''}`, byRun, undefined, { asText: true });
});
