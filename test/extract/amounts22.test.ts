import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// Amounts of bodies never seen (issue 12, branch h/gov22): the shapes of regeringsbeslut, anvisningar and förordningar
// that state a grant's sum. Texts marked PROBE are written here, each a shape also found in real texts (the dev texts
// named beside it); the others are sentences of the dev texts 1716-1728 themselves.

type Spec = { funding?: { total?: number; parts?: Array<{ amount?: number }>; foreign_total?: { amount?: number; currency?: string } } };
const spec = (text: string) => specOf<Spec>(text);
const page = (sentence: string): string => `# Statsbidrag för stärkt elevhälsa\n\nHär beskrivs bidraget och hur det söks.\n\n${sentence}\n\nAnsökan görs i e-tjänsten.\n`;

describe('a sum there is, with its shares after "varav"', () => {
  // PROBE: the sum before "varav" (dev 527 '2,5 miljarder kronor (varav …)', dev 1043-style 'Totalt utlyses 300 miljoner kronor, varav …')
  it('takes 250 000 000 from "För 2026 finns 250 miljoner kronor, varav 50 miljoner kronor till utvärdering", never the share', async () => {
    const s = await spec(page('För 2026 finns 250 miljoner kronor, varav 50 miljoner kronor till utvärdering.'));
    expect(s.funding?.total).toBe(250_000_000);
  });
  it('takes 250 000 000 from "Under 2026 finns det 250 miljoner kronor varav 50 miljoner kronor är avsatta för regionerna"', async () => {
    const s = await spec(page('Under 2026 finns det 250 miljoner kronor varav 50 miljoner kronor är avsatta för regionerna.'));
    expect(s.funding?.total).toBe(250_000_000);
  });
  it('takes no total from last year\'s "Förra året fanns 250 miljoner kronor, varav 50 miljoner kronor till regionerna"', async () => {
    const s = await spec(page('Förra året fanns 250 miljoner kronor, varav 50 miljoner kronor till utvärdering.'));
    expect(s.funding?.total).toBeUndefined();
  });
});

describe('a body setting its own money aside', () => {
  // PROBE: the region's or kommun's own grant (TOTAL_CUES avsatt: 'Regionen avsätter totalt 3 miljoner kronor till satsningen')
  it('takes 2 000 000 from "Regionen avsätter 2 miljoner kronor för bidrag till föreningar"', async () => {
    const s = await spec(page('Regionen avsätter 2 miljoner kronor för bidrag till föreningar.'));
    expect(s.funding?.total).toBe(2_000_000);
  });
  it('takes no total from the government\'s "Regeringen avsätter 2 miljarder kronor att fördela"', async () => {
    const s = await spec(page('Regeringen avsätter 2 miljarder kronor att fördela.'));
    expect(s.funding?.total).toBeUndefined();
  });
  it('takes no total from each one\'s "Regionen avsätter 50 000 kronor till varje förening"', async () => {
    const s = await spec(page('Regionen avsätter 50 000 kronor till varje förening.'));
    expect(s.funding?.total).toBeUndefined();
  });
});

describe('a decision\'s ceiling for the whole sum', () => {
  it('takes 47 000 000 from dev 1722\'s "För uppdragets genomförande får Formas använda högst 47 miljoner kronor under 2020"', async () => {
    const s = await spec('# Uppdrag till Formas att finansiera forskningsprogrammet för livsmedel\n\nRegeringen uppdrar åt Formas att finansiera det nationella forskningsprogrammet för livsmedel under 2020. För uppdragets genomförande får Formas använda högst 47 miljoner kronor under 2020.\n');
    expect(s.funding?.total).toBe(47_000_000);
  });
  it('takes 575 000 000 from dev 1723\'s "… att för perioden 2019–2022 lämna stöd med högst 575 miljoner kronor för uppbyggnaden …"', async () => {
    const s = await spec('# Uppdrag att stödja uppbyggnaden av ett center för elektromobilitet\n\nRegeringen uppdrar åt Statens energimyndighet (Energimyndigheten) att för perioden 2019–2022 lämna stöd med högst 575 miljoner kronor för uppbyggnaden av ett test- och forskningscenter för elektromobilitet (Centret).\n');
    expect(s.funding?.total).toBe(575_000_000);
  });
  it('takes no total from dev 1729\'s "För uppdragets genomförande under 2020 får Myndigheten för delaktighet använda högst 1 500 000 kronor" (the agency\'s own cost of a stödmaterial)', async () => {
    const s = await spec('# Uppdrag för främjande av aktiv fritid för personer med funktionsnedsättning\n\nRegeringen ger Myndigheten för delaktighet (MFD) i uppdrag att ta fram ett stödmaterial till kommuner och andra aktörer.\nFör uppdragets genomförande under 2020 får Myndigheten för delaktighet använda högst 1 500 000 kronor. Kostnaderna ska belasta utgiftsområde 9 Hälsovård, sjukvård och social omsorg, anslaget 4:2 Vissa statsbidrag inom funktionshindersområdet.\n');
    expect(s.funding?.total).toBeUndefined();
  });
  it('takes no total from "… att lämna stöd med högst 500 000 kronor till varje kommun"', async () => {
    const s = await spec('# Uppdrag att stödja kommunernas arbete\n\nRegeringen uppdrar åt Tillväxtverket att lämna stöd med högst 500 000 kronor till varje kommun.\n');
    expect(s.funding?.total).toBeUndefined();
  });
});

describe('a sum to share out, what it is for named after it', () => {
  it('takes 350 000 000 from dev 1727\'s "… fördela 350 miljoner för investering i välfärdsteknik i omsorgen"', async () => {
    const s = await spec('# Uppdrag att fördela medel\n\nRegeringen ger Socialstyrelsen i uppdrag att under 2018 fördela 350 miljoner för investering i välfärdsteknik i omsorgen.\n');
    expect(s.funding?.total).toBe(350_000_000);
  });
});

describe('units and rates that are, or are not, a total', () => {
  // PROBE: 'mnkr' and 'tkr' (dev 1040 'avsatt 3 000 tkr', regleringsbrev tables in tkr)
  it('takes 12 000 000 from "Totalt finns 12 mnkr att söka" and 500 000 from "Budgeten för utlysningen är 500 tkr"', async () => {
    expect((await spec(page('Totalt finns 12 mnkr att söka.'))).funding?.total).toBe(12_000_000);
    expect((await spec(page('Budgeten för utlysningen är 500 tkr.'))).funding?.total).toBe(500_000);
  });
  // PROBE: a rate per inhabitant (dev 527 '169 kronor per invånare'), a share of the costs (Tillväxtverket's 'högst 50 procent')
  it('takes no total from "Bidraget är 20 kronor per invånare" nor from "högst 30 procent av de stödberättigande kostnaderna"', async () => {
    expect((await spec(page('Bidraget är 20 kronor per invånare.'))).funding?.total).toBeUndefined();
    expect((await spec(page('Bidrag lämnas med högst 30 procent av de stödberättigande kostnaderna.'))).funding?.total).toBeUndefined();
  });
  // PROBE: a sum in euro (the Åland texts' 'euro') is no kronor total
  it('takes no kronor total from "Totalt finns 2 miljoner euro att söka", only the foreign one', async () => {
    const s = await spec(page('Totalt finns 2 miljoner euro att söka.'));
    expect(s.funding?.total).toBeUndefined();
    expect(s.funding?.foreign_total?.currency).toBe('EUR');
  });
});
