import { describe, expect, it } from 'vitest';
import { anvisningOf } from './probe.js';

// Adversarial review of stop 56's first-wave funding rows by diffb40 (helper review77e, issue 12): cues/funding.ts TOTAL_CUES
// totalt-har-mottagarna-mojlighet-att-fa and its NOT_TOTAL exception ("…, vilket motsvarar ungefär 1,2 miljoner nya böcker"),
// NAMED_LIST_LEADS sa-mycket-i-respektive-lan with the table-row reader NAMED_AMOUNT_ROW, and APPLICATION_CEILINGS
// kan-soka-stod-pa-max. Counter-probes put the rows' words in another role (a sum per pupil or pensioner, a sum over several
// years, a national sum row under a per-län table, a table of population or pupils, last year's decided sums, a sum in a pot,
// a rate per month, last year's ceiling); keep-probes are the rows' right readings in other bodies' phrasing. All texts
// constructed. Each probe is read in memory (anvisningOf). `run: 'fails'` marks a probe left open (its comment says why).

type Part = { named?: string; amount?: number; per_unit?: number; per_unit_max?: boolean; unit?: string; to?: string };
type Funding = { total?: number; parts?: Part[] };
type Probe = { id: string; shape: string; text: string; check: (f: Funding) => void; run?: 'fails' };

const H = '# Statsbidrag för inköp av läromedel\n\nSkolverket fördelar statsbidraget till huvudmännen.\n\n';
const HL = '# Bidrag till landsbygdsutveckling\n\nKommunen ger bidrag till utvecklingsprojekt på landsbygden.\n\n';
const T = (lead: string, rows: ReadonlyArray<readonly [string, string]>): string =>
  `${lead}\n\n|  |  |\n| --- | --- |\n${rows.map(([n, a]) => `| ${n} | ${a} |`).join('\n')}\n\nKälla: Skolverket\n`;
const LAN: ReadonlyArray<readonly [string, string]> = [['Blekinge län', '2 206 225'], ['Dalarnas län', '4 258 020']];

const total = (want: number | undefined) => (f: Funding) => expect(f.total).toBe(want);
const noNamed = (re: RegExp) => (f: Funding) => expect((f.parts ?? []).filter((p) => re.test(p.named ?? '')).map((p) => p.named)).toEqual([]);
const noNamedParts = (f: Funding) => expect((f.parts ?? []).filter((p) => p.named !== undefined).map((p) => `${p.named} ${p.amount}`)).toEqual([]);
const noCeiling = (amount: number) => (f: Funding) => expect((f.parts ?? []).filter((p) => p.per_unit_max && p.per_unit === amount)).toEqual([]);
const ceiling = (amount: number) => (f: Funding) => expect((f.parts ?? []).filter((p) => p.per_unit_max && p.per_unit === amount)).toHaveLength(1);

const PROBES: Probe[] = [
  // TOTAL_CUES totalt-har-mottagarna-mojlighet-att-fa
  { id: 'A1', shape: 'counter: each pupil\'s sum, persons as the plural subject', text: `${H}Totalt kan eleverna få 3 000 kronor under läsåret.`, check: total(undefined) },
  { id: 'A2', shape: 'counter: each pensioner\'s sum', text: `${H}Totalt kan pensionärer få 2 500 kronor i tandvårdsbidrag.`, check: total(undefined) },
  { id: 'A3', shape: 'counter: a sum over a period of three years', text: `${H}Totalt har regionerna möjlighet att få 900 miljoner kronor under perioden 2024–2026.`, check: total(undefined) },
  { id: 'A4', shape: 'counter: a sum "under tre år"', text: `${H}Sammanlagt kan kommunerna få 150 miljoner kronor under tre år.`, check: total(undefined) },
  { id: 'A5', shape: 'counter: each young person\'s summer wage', text: `${H}Totalt har ungdomarna möjlighet att få 12 000 kronor i sommarlön.`, check: total(undefined) },
  { id: 'A6', shape: 'keep: this year\'s sum beside last year\'s in the next sentence', text: `${H}Totalt kan förskolorna få 50 miljoner kronor i år. Förra året fick de 40 miljoner kronor.`, check: total(50_000_000) },
  { id: 'A7', shape: 'keep: "Totalt kan landets kommuner söka … under 2025"', text: `${H}Totalt kan landets kommuner söka 250 miljoner kronor under 2025.`, check: total(250_000_000) },
  { id: 'A8', shape: 'keep: "Sammanlagt har regionerna möjlighet att dela på …"', text: `${H}Sammanlagt har regionerna möjlighet att dela på 75 miljoner kronor.`, check: total(75_000_000) },
  // NOT_TOTAL granted-or-compared's exception (the sum told again as a count of what it buys)
  { id: 'B1', shape: 'counter: the sum granted told as projects', text: `${H}Totalt beviljades 45 miljoner kronor, vilket motsvarar 120 projekt.`, check: total(undefined) },
  { id: 'B2', shape: 'counter: what the associations got told as activities', text: `${H}Sammanlagt fick föreningarna 3 miljoner kronor, vilket motsvarar drygt 200 aktiviteter.`, check: total(undefined) },
  { id: 'B3', shape: 'counter: sums applied for compared in "gånger"', text: `${H}Totalt sökte kommunerna 600 miljoner kronor, vilket motsvarar 2,5 gånger den tillgängliga ramen.`, check: total(undefined) },
  { id: 'B4', shape: 'counter: paid out since 2020, told as places', text: `${H}Totalt har 500 miljoner kronor betalats ut sedan 2020, vilket motsvarar cirka 3 000 nya platser.`, check: total(undefined) },
  { id: 'B5', shape: 'counter: sums requisitioned compared as a share', text: `${H}Tillsammans har huvudmännen rekvirerat 310 miljoner kronor, vilket motsvarar 96 procent av ramen.`, check: total(undefined) },
  { id: 'B6', shape: 'counter: the sum compared with last year as "tre gånger"', text: `${H}Totalt har förskolorna möjlighet att få 176 miljoner kronor, vilket motsvarar tre gånger fjolårets ram.`, check: total(undefined) },
  { id: 'B7', shape: 'keep: the sum told again as jobs', text: `${H}Totalt har fritidsgårdarna möjlighet att få 40 miljoner kronor, vilket motsvarar cirka 80 nya tjänster.`, check: total(40_000_000) },
  // NAMED_LIST_LEADS sa-mycket-i-respektive-lan and NAMED_AMOUNT_ROW
  { id: 'C1', shape: 'counter: the national sum row "Riket" under a per-län table', text: `${H}${T('Så här mycket kan de kommunala skolorna i respektive län ansöka om:', [['Blekinge län', '2 206 225 kr'], ['Dalarnas län', '4 258 020 kr'], ['Riket', '6 464 245 kr']])}`, check: noNamed(/Riket/u) },
  { id: 'C2', shape: 'counter: a sum row "Hela landet"', text: `${H}${T('Så här mycket kan kommunerna i respektive län få:', [...LAN, ['Hela landet', '6 464 245']])}`, check: noNamed(/landet/u) },
  { id: 'C3', shape: 'counter: a sum row "Samtliga län"', text: `${H}${T('Så här mycket kan kommunerna i respektive län få:', [...LAN, ['Samtliga län', '6 464 245']])}`, check: noNamed(/Samtliga/u) },
  { id: 'C4', shape: 'counter: a sum row "Sverige"', text: `${H}${T('Så här mycket kan kommunerna i respektive län få:', [...LAN, ['Sverige', '6 464 245']])}`, check: noNamed(/Sverige/u) },
  { id: 'C5', shape: 'counter: a table of population (no unit) under an older split lead, its header "Invånare"', text: `${H}Bidraget fördelas efter befolkningsmängd enligt följande fördelning:\n\n| Län | Invånare |\n| --- | --- |\n| Blekinge län | 158 453 |\n| Dalarnas län | 287 966 |\n`, check: noNamedParts },
  { id: 'C6', shape: 'counter: a caption of another table (pupils per län) between the lead and the table', text: `${H}Så här mycket kan kommunerna i respektive län få:\n\nAntal elever per län:\n\n|  |  |\n| --- | --- |\n| Blekinge län | 15 234 |\n| Dalarnas län | 28 400 |\n`, check: noNamedParts },
  { id: 'C7', shape: 'counter: last year\'s decided sums as a table, this year\'s call after it', text: `${H}${T('Skolverket beslutade om följande bidrag för 2023:', [['Blekinge län', '2 206 225 kr'], ['Dalarnas län', '4 258 020 kr']])}\nI år kan huvudmännen söka igen.`, check: noNamedParts },
  { id: 'C8', shape: 'counter: sums applied for per län', text: `${H}${T('Så här mycket har kommunerna i respektive län sökt:', [['Blekinge län', '2 206 225 kr'], ['Dalarnas län', '4 258 020 kr']])}`, check: noNamedParts },
  { id: 'C9', shape: 'counter: the kommun named by "i respektive kommun" is not the recipient (föreningarna apply)', text: `${H}${T('Så här mycket kan föreningarna i respektive kommun söka:', [['Ale kommun', '120 000 kr'], ['Borås stad', '450 000 kr']])}`,
    check: (f) => expect((f.parts ?? []).filter((p) => p.to === 'kommun')).toEqual([]) },
  { id: 'C10', shape: 'keep: a table with a header row, "kommunerna i respektive län"', text: `${H}${T('Så här mycket kan kommunerna i respektive län få:', [['Län', 'Belopp'], ...LAN])}`,
    check: (f) => expect((f.parts ?? []).map((p) => `${p.named} ${p.amount} ${p.to}`)).toEqual(['Blekinge län 2206225 kommun', 'Dalarnas län 4258020 kommun']) },
  { id: 'C11', shape: 'counter: three columns (two years) are not read as one frame', text: `${H}Så här mycket kan kommunerna i respektive län få:\n\n|  |  |  |\n| --- | --- | --- |\n| Blekinge län | 2 206 225 | 2 000 000 |\n| Dalarnas län | 4 258 020 | 4 100 000 |\n`, check: noNamedParts },
  // APPLICATION_CEILINGS kan-soka-stod-pa-max
  { id: 'D1', shape: 'counter: last year\'s ceiling, "Förra året gällde att …"', text: `${HL}Förra året gällde att föreningar kan söka bidrag på högst 25 000 kronor.`, check: noCeiling(25_000) },
  { id: 'D2', shape: 'counter: a total that reads "upp till", the pot', text: `${HL}Föreningar kan söka bidrag på upp till 3 miljoner kronor som totalt finns i potten.`, check: noCeiling(3_000_000) },
  { id: 'D3', shape: 'counter: a sum "att dela på"', text: `${HL}Sökande kan få upp till 500 000 kronor att dela på.`, check: noCeiling(500_000) },
  { id: 'D4', shape: 'counter: a rate per month, "i månaden"', text: `${HL}Du kan söka högst 3 000 kronor i månaden.`, check: noCeiling(3_000) },
  { id: 'D5', shape: 'counter: the ceiling of another grant on the same page stays out', text: `${HL}Organisationer kan söka stöd på max 40 000 kr per projekt.\n\nKommunen har också ett investeringsstöd för samlingslokaler. Där kan föreningar söka bidrag på högst 200 000 kronor.`, check: noCeiling(200_000) },
  { id: 'D6', shape: 'keep: the per-deltagare bound read with its unit', text: `${HL}Föreningar kan söka bidrag på högst 50 kronor per deltagare och tillfälle.`,
    check: (f) => expect((f.parts ?? []).filter((p) => p.per_unit_max).map((p) => `${p.per_unit} ${p.unit}`)).toEqual(['50 deltagare']) },
  { id: 'D7', shape: 'keep: "Sökande kan söka bidrag med högst … per ansökan"', text: `${HL}Sökande kan söka bidrag med högst 50 000 kronor per ansökan.`, check: ceiling(50_000) },
  { id: 'D8', shape: 'keep: "Ni kan söka upp till … per barn"', text: `${HL}Ni kan söka upp till 5 000 kronor per barn.`, check: ceiling(5_000) },
];

describe('review77e: diffb40\'s funding rows on counter-probes and keep-probes', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} [${p.shape}]`, () => {
      const spec = anvisningOf(p.text.endsWith('\n') ? p.text : `${p.text}\n`) as unknown as { funding?: Funding };
      p.check(spec.funding ?? {});
    });
  }
});
