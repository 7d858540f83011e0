import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Swedish reporting instructions never seen (helper instr69, issue 12, dev 2090–2096): each fix's real shape from the
// batch, two paraphrases the way another body would put it (constructed) and a counter-probe that must give nothing or keep
// the other value. The row examples in extract/cues/*.ts hold the same phrasings at the cue level. `want: null` asks for no
// value; `{ re }` that the value matches; `{ not }` that it is not that one. The first run had no wrong value: every fix here
// is a miss.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const BODY = '\nBidraget ska redovisas till förbundet. Redovisningen ska innehålla en ekonomisk redovisning.';
const PROBES: Probe[] = [
  // year: the funder's decision on granting in a month of the year (cues/year.ts beslut-om-beviljande-manad-ar)
  { id: 'B1', shape: 'dev 2093: Styrelsen … besluter om beviljandet av bidrag i maj 2023', field: 'year', want: 2023,
    text: 'Bidragsbeslut och utbetalning\n\nStyrelsen för Finlands Hembygdsförbunds besluter om beviljandet av bidrag i maj 2023.' + BODY },
  { id: 'B2', shape: 'paraphrase: Stiftelsens styrelse beslutar om beviljande av bidrag i juni 2024', field: 'year', want: 2024,
    text: 'Beslut och redovisning\n\nStiftelsens styrelse beslutar om beviljande av bidrag i juni 2024.' + BODY },
  { id: 'B3', shape: 'paraphrase: Beslut om understöd fattas i april 2025', field: 'year', want: 2025,
    text: 'Understöd och redovisning\n\nBeslut om understöd fattas i april 2025.' + BODY },
  { id: 'Bx', shape: 'counter: a decision made, last year', field: 'year', want: null,
    text: 'Beslut och redovisning\n\nStyrelsen beslutade om beviljandet av bidrag i maj 2022.' + BODY },
  { id: 'By', shape: 'counter: a decision at the year\'s end (next year\'s money)', field: 'year', want: { not: 2023 },
    text: 'Beslut och redovisning\n\nBeslut om bidrag fattas i december 2023.' + BODY },
  // year: the year a call's main goal or priority is set for (cues/year.ts for-ar-ar-huvudmalet)
  { id: 'H1', shape: 'dev 2096: För 2020 är huvudmålet med folkhälsoarbetet …', field: 'year', want: 2020,
    text: 'Stöd till folkhälsoinsatser\n\nFör 2020 är huvudmålet med folkhälsoarbetet ”fullföljd grundskola och gymnasieutbildning”.' + BODY },
  { id: 'H2', shape: 'paraphrase: För år 2024 är prioriteringen barn och ungas psykiska hälsa', field: 'year', want: 2024,
    text: 'Folkhälsomedel\n\nFör år 2024 är prioriteringen barn och ungas psykiska hälsa.' + BODY },
  { id: 'H3', shape: 'paraphrase: För 2023 är temat hållbar livsstil i hela länet', field: 'year', want: 2023,
    text: 'Utvecklingsmedel\n\nFör 2023 är temat hållbar livsstil i hela länet.' + BODY },
  { id: 'Hx', shape: 'counter: a long-term target year', field: 'year', want: null,
    text: 'Klimatmedel\n\nFör 2030 är målet att halvera utsläppen.' + BODY },
  { id: 'Hy', shape: 'counter: last year\'s goal', field: 'year', want: null,
    text: 'Folkhälsomedel\n\nFör 2019 var huvudmålet fullföljd skolgång.' + BODY },
  // title: a product image's alt text with the owner's initials above the heading (cues/title.ts merch-alt-initials)
  { id: 'T1', shape: 'dev 2090: tygkasse UiK', field: 'title', want: 'För våra distriktsstyrelser',
    text: 'tygkasse UiK\n\nFör våra distriktsstyrelser\n\nBidragen till distrikten följer samma tidplan som våra medlemsföreningar.' + BODY },
  { id: 'T2', shape: 'paraphrase: ryggsäck UNF', field: 'title', want: 'Distriktsbidrag',
    text: 'ryggsäck UNF\n\nDistriktsbidrag\n\nDistrikten söker bidrag för planerad verksamhet.' + BODY },
  { id: 'T3', shape: 'paraphrase: kaffemugg med RFSU', field: 'title', want: 'Bidrag till lokalavdelningar',
    text: 'kaffemugg med RFSU\n\nBidrag till lokalavdelningar\n\nLokalavdelningarna kan söka bidrag.' + BODY },
  { id: 'Tx', shape: 'counter: a capitalised heading with initials', field: 'title', want: { re: '^Projektbidrag UNF' },
    text: 'Projektbidrag UNF\n\nDistrikten kan söka projektbidrag.' + BODY },
];

describe('instr69: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
