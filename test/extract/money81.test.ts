import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Money in press releases and decision news (helper money81, issues 14 and 12; dev 2405–2416: regeringen.se press releases via
// g0vse, Cision, regeringen.se, Byggvärlden, Mitt i and Sveriges Radio news on distributions). Each fix's shape is named in
// `shape`; every text here is constructed, written the way another release or news item would put it, and each new row has
// adversarial probes that must give nothing else: a sum of another grant or year, a sum granted before, a part read as the
// total, a per-project cap read as a part, a count of recipients read as money. `want: null` asks for no value.
//
// First run of the batch 102/144, 4 wrong; after the fixes 127/144, 0 wrong.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
// (a closing line about the money's use, money-free, so that the genre gate reads each text as a grant text and the
// counter-probes test the rows, not a refusal)
const PM = (title: string, body: string): string => `# ${title}\n\n${body}\n\nMedlen ska användas för att stärka verksamheten.\n`;
const PROBES: Probe[] = [
  // funding.total: the recipients opening the sentence, "tilldelas" before the sum (mottagare-tilldelas)
  { id: 'T1', shape: 'dev 2406: "Regionerna tilldelas 6 miljarder kronor i vårändringsbudgeten."', field: 'funding.total', want: 2500000000,
    text: PM('Mer pengar till vården', 'Regeringen förstärker vården inför sommaren.\n\nRegionerna tilldelas 2,5 miljarder kronor i vårändringsbudgeten. Medlen ska användas för att korta vårdköerna.') },
  { id: 'T2', shape: 'dev 2412: a named länsstyrelse "tilldelas" the sum', field: 'funding.total', want: 8000000,
    text: PM('Satsning på snabbare tillståndsprövning', 'Länsstyrelsen i Skåne län tilldelas 8 miljoner kronor för att korta handläggningstiderna i miljöprövningen.') },
  { id: 'T3', shape: 'paraphrase: "Kommunerna tilldelas … under 2025"', field: 'funding.total', want: 300000000,
    text: PM('Stöd mot ofrivillig ensamhet', 'Kommunerna tilldelas 300 miljoner kronor under 2025 för insatser mot ofrivillig ensamhet bland äldre.') },
  { id: 'Tx', shape: 'adversarial: a sum each ("vardera") is no total', field: 'funding.total', want: null,
    text: PM('Satsning på tillståndsprövning', 'Länsstyrelserna tilldelas 2,5 miljoner kronor vardera för arbetet med tillståndsprövning.') },
  { id: 'Ty', shape: 'adversarial: two years\' sums, neither the total', field: 'funding.total', want: null,
    text: PM('Stöd till regionerna', 'Regionerna tilldelas 2 miljarder kronor 2025 och 3 miljarder kronor 2026 för att stärka beredskapen.') },
  { id: 'Tz', shape: 'adversarial: "Varje region tilldelas" is a sum each', field: 'funding.total', want: { not: 2000000 },
    text: PM('Stöd till regionerna', 'Varje region tilldelas 2 miljoner kronor för att stärka beredskapen.') },
  { id: 'Tw', shape: 'adversarial: a past round ("tilldelades förra året")', field: 'funding.total', want: null,
    text: PM('Stöd till regionerna', 'Förra året tilldelades regionerna 5 miljarder kronor för att stärka beredskapen.') },
  // funding.total: the government's grant named with its whole sum (regeringens-statsbidrag-pa)
  { id: 'B1', shape: 'dev 2405: "Genom ett statsbidrag på 1 200 miljoner kronor stödjer regeringen …"', field: 'funding.total', want: 450000000,
    text: PM('Stöd till kommunernas arbete med barn i utsatthet', 'Genom ett statsbidrag på 450 miljoner kronor stödjer regeringen kommunernas arbete med barn i utsatta miljöer.') },
  { id: 'B2', shape: 'dev 2414: the recipients "beviljats regeringens byggbonus på …"', field: 'funding.total', want: 900000000,
    text: PM('Kommuner får del av bonus', 'Boverket meddelade i dag vilka kommuner som har beviljats regeringens klimatbonus på 900 miljoner kronor.') },
  { id: 'B3', shape: 'dev 2409: "det stödpaket som regeringen presenterar på totalt …"', field: 'funding.total', want: 4000000000,
    text: PM('Pengar till kommunerna', 'Det framgår av det stödpaket som regeringen presenterar på totalt 4 miljarder kronor för hela landet.') },
  { id: 'Bx', shape: 'adversarial: one recipient\'s statsbidrag ("Kommunen fick …")', field: 'funding.total', want: { not: 2000000 },
    text: PM('Kommunen får statsbidrag', 'Kommunen fick ett statsbidrag på 2 miljoner kronor av regeringen för att bygga ut förskolan.') },
  { id: 'By', shape: 'adversarial: a rate per pupil is no total', field: 'funding.total', want: null,
    text: PM('Nytt statsbidrag för läxhjälp', 'Regeringen inför ett statsbidrag på 500 kronor per elev för läxhjälp.') },
  { id: 'Bz', shape: 'adversarial: a cap to each region', field: 'funding.total', want: { not: 2000000 },
    text: PM('Nytt statsbidrag till regionerna', 'Regeringen ger ett statsbidrag på högst 2 miljoner kronor till varje region för arbetet.') },
  { id: 'Bw', shape: 'adversarial: last year\'s bonus (a sum granted before)', field: 'funding.total', want: { not: 1850000000 },
    text: PM('Bonus till kommunerna', 'Förra året var regeringens byggbonus på 1,85 miljarder kronor.') },
  // funding.total: "Hela beloppet … på" (hela-beloppet-pa)
  { id: 'H1', shape: 'dev 2415: "Hela beloppet för 2016 på 1,85 miljarder kronor kommer att betalas ut."', field: 'funding.total', want: 640000000,
    text: PM('Kommuner tar del av bonusen', 'Boverket har i dag meddelat vilka kommuner som får bonusen. Hela beloppet för 2024 på 640 miljoner kronor kommer att betalas ut.') },
  { id: 'H2', shape: 'paraphrase: "Hela anslaget om …"', field: 'funding.total', want: 40000000,
    text: PM('Stöd till kulturskolan', 'Hela anslaget om 40 miljoner kronor ska betalas ut under 2025.') },
  { id: 'Hx', shape: 'adversarial: the whole sum paid to each association', field: 'funding.total', want: { not: 50000 },
    text: PM('Föreningsbidrag', 'Hela beloppet på 50 000 kronor betalas ut till varje förening.') },
  { id: 'Hy', shape: 'adversarial: last year\'s whole sum', field: 'funding.total', want: { not: 2000000 },
    text: PM('Föreningsbidrag', 'Förra året betalades hela beloppet på 2 miljoner kronor ut.') },
  // funding.total: the satsning's sum for this year (satsningen-pa-i-ar)
  { id: 'S1', shape: 'dev 2410: "Satsningen på 50 miljoner kronor i år är en nödvändig åtgärd …"', field: 'funding.total', want: 30000000,
    text: PM('Regeringen stödjer idrottens arbete i utsatta områden', 'Satsningen på 30 miljoner kronor i år ger föreningarna bättre förutsättningar att nå fler barn.') },
  { id: 'Sx', shape: 'adversarial: a satsning with no year is no total', field: 'funding.total', want: null,
    text: PM('Regeringen stödjer idrotten', 'Satsningen på 30 miljoner kronor är en del av budgeten.') },
  { id: 'Sy', shape: 'adversarial: a satsning for a span of years', field: 'funding.total', want: null,
    text: PM('Regeringen stödjer idrotten', 'Satsningen på 90 miljoner kronor under 2024–2026 fortsätter.') },
  // funding.total: the sum added to a recipient group (tillfors-mottagargrupp)
  { id: 'F1', shape: 'dev 2411: "… att 100 miljoner kronor tillförs civilsamhällesorganisationer"', field: 'funding.total', want: 60000000,
    text: PM('Regeringen vill stärka civilsamhället', 'Därför föreslår regeringen att 60 miljoner kronor tillförs civilsamhällesorganisationer som arbetar med människor i hemlöshet.') },
  { id: 'Fx', shape: 'adversarial: money added as generella statsbidrag', field: 'funding.total', want: null,
    text: PM('Mer pengar till välfärden', 'Regeringen föreslår att 5 miljarder kronor tillförs kommunerna i form av generella statsbidrag.') },
  { id: 'Fy', shape: 'adversarial: a sum to each region', field: 'funding.total', want: null,
    text: PM('Mer pengar till regionerna', 'Regeringen föreslår att 2 miljoner kronor tillförs varje region.') },
  // funding.total and parts: "myndigheten" as the agency that uses the money, its own share in a varav (far-myndighet-anvanda)
  { id: 'M1', shape: 'dev 2407: "För uppdraget får myndigheten under 2025 använda 16,5 miljoner kronor, varav …"', field: 'funding.total', want: 9000000,
    text: PM('Stöd till kommuner om tillgänglighet', 'Regeringen ger Myndigheten för delaktighet i uppdrag att betala ut medel till kommuner.\n\nFör uppdraget får myndigheten under 2025 använda 9 miljoner kronor, varav två miljoner går till myndighetens eget arbete.') },
  { id: 'M2', shape: 'dev 2407: the varav for the agency\'s own work is no part', field: 'funding.parts', want: null,
    text: PM('Stöd till kommuner om tillgänglighet', 'Regeringen ger Myndigheten för delaktighet i uppdrag att betala ut medel till kommuner.\n\nFör uppdraget får myndigheten under 2025 använda 9 miljoner kronor, varav två miljoner går till myndighetens eget arbete.') },
  { id: 'Mx', shape: 'adversarial: the agency\'s follow-up money', field: 'funding.total', want: null,
    text: PM('Stöd till kommuner om tillgänglighet', 'Regeringen ger myndigheten i uppdrag att följa upp stödet.\n\nFör uppdraget får myndigheten använda 2 miljoner kronor för uppföljning av satsningen.') },
  // recipients.types: a decision's recipients told by the money they get (mottagare-tilldelas-eller-far-del-av, lansstyrelse)
  { id: 'R1', shape: 'dev 2412: "Länsstyrelsen i X län tilldelas 10 miljoner kronor …"', field: 'recipients.types', want: ['länsstyrelse'],
    text: PM('Satsning på snabbare tillståndsprövning', 'Länsstyrelsen i Skåne län tilldelas 8 miljoner kronor för att korta handläggningstiderna i miljöprövningen.') },
  { id: 'R2', shape: 'dev 2413: "234 kommuner får dela på cirka 1,395 miljarder kronor …"', field: 'recipients.types', want: ['kommun'],
    text: PM('Kommuner delar på klimatbonus', '187 kommuner får dela på cirka 700 miljoner kronor i stöd till klimatanpassning.') },
  { id: 'R3', shape: 'dev 2414: "199 av landets 290 kommuner får del av …"', field: 'recipients.types', want: ['kommun'],
    text: PM('Bonus till kommunerna', 'Stödet fördelades i dag.\n\n150 av landets 290 kommuner får del av regeringens klimatbonus.') },
  { id: 'Rx', shape: 'adversarial: kommuner that applied', field: 'recipients.types', want: null,
    text: PM('Bonus till kommunerna', 'Stödet fördelades i dag.\n\n150 kommuner har ansökt om att få del av bonusen.') },
  { id: 'Ry', shape: 'adversarial: a task, not money, "tilldelas"', field: 'recipients.types', want: null,
    text: PM('Nytt uppdrag', 'Länsstyrelsen i Skåne län tilldelas uppdraget att samordna arbetet.') },
  { id: 'Rz', shape: 'adversarial: kommuner that get nothing', field: 'recipients.types', want: null,
    text: PM('Bonus till kommunerna', 'Stödet fördelades i dag.\n\n12 kommuner får inte del av stödet.') },
  // usage_period: a distribution key's counting period is no usage period (COUNTED_IN_PERIOD)
  { id: 'P1', shape: 'dev 2414: "… har 73 372 bostäder getts startbesked under perioden 31 juli 2016 till 1 augusti 2017."', field: 'usage_period', want: null,
    text: PM('Bonus till kommunerna', 'I kommunerna har 41 200 bostäder getts startbesked under perioden 1 augusti 2022 till 31 juli 2023.') },
  { id: 'P2', shape: 'dev 2415: "Kommunerna har gemensamt gett startbesked … för perioden …"', field: 'usage_period', want: null,
    text: PM('Bonus till kommunerna', 'Kommunerna har gemensamt gett startbesked för totalt 30 100 nya bostäder för perioden 1 augusti 2023 till 31 juli 2024.') },
  { id: 'P3', shape: 'control: the grant\'s own period is still read', field: 'usage_period.from', want: '2026-01-01',
    text: PM('Statsbidrag för bostadsbyggande', 'Statsbidraget avser perioden 1 januari–31 december 2026.') },
  // usage_period: money told as available for use in a year (medel-for-att-kunna-anvandas-under-ar)
  { id: 'U1', shape: 'dev 2406: "Detta är medel … för att kunna användas under 2024."', field: 'usage_period.to', want: '2025-12-31',
    text: PM('Mer pengar till vården', 'Regionerna tilldelas 2 miljarder kronor.\n\nDetta är medel som förstärker sektorsbidraget och är ett tillskott för att kunna användas under 2025.') },
  { id: 'Ux', shape: 'adversarial: a span of years is no one year', field: 'usage_period', want: null,
    text: PM('Mer pengar till vården', 'Detta är medel som förstärker sektorsbidraget för att kunna användas under 2025–2026.') },
  // year: one year's sum of a schedule of several (kronor-ar)
  { id: 'Y1', shape: 'dev 2415: "… för 2016, 1,8 miljarder kronor för 2017 och efter det …" gives no year', field: 'year', want: null,
    text: PM('Bonus till kommunerna', 'Regeringen har beslutat att 900 miljoner kronor ska betalas ut i klimatbonus för 2023, 800 miljoner kronor för 2024 och efter det 500 miljoner kronor årligen.') },
  { id: 'Y2', shape: 'control: one sum for one year keeps its year', field: 'year', want: 2024,
    text: PM('Bonus till kommunerna', 'Regeringen avsätter 800 miljoner kronor för 2024 till klimatbonusen.') },
  // the risks the brief names, across the new rows
  { id: 'X1', shape: 'a count of recipients is never money', field: 'funding.total', want: { not: 187 },
    text: PM('Kommuner delar på klimatbonus', '187 kommuner får dela på cirka 700 miljoner kronor i stöd till klimatanpassning.') },
  { id: 'X2', shape: 'a named recipient\'s sum is no total (dev 2416)', field: 'funding.total', want: { not: 10700000 },
    text: PM('Kommunen får miljonbidrag', 'Solna kommun får 10,7 miljoner kronor i statsbidrag för att bygga 649 bostäder. 234 kommuner i landet får dela på cirka 1,4 miljarder kronor.') },
  { id: 'X3', shape: 'another measure\'s sum each after "Därutöver" (dev 2412) is no part', field: 'funding.parts', want: null,
    text: PM('Satsning på snabbare tillståndsprövning', 'Länsstyrelsen i Skåne län tilldelas 8 miljoner kronor för att korta handläggningstiderna.\n\nDärutöver tillförs Länsstyrelserna i Hallands och Blekinge län 1,5 miljoner vardera för arbetet med målkonflikter.') },
  { id: 'X4', shape: 'a per-project cap is no part', field: 'funding.parts', want: null,
    text: PM('Stöd till kommunernas arbete', 'Genom ett statsbidrag på 450 miljoner kronor stödjer regeringen kommunernas arbete. Varje projekt kan få högst 500 000 kronor.') },
];

describe('money81: press releases and decision news, paraphrases read right, counter-probes give nothing else', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
