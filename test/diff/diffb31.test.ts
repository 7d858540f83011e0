import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Constructed pairs for h/diffb31's fixes (issue 14, batch 31), each in another body's phrasing than the pair it came from;
// each fix with a no-change rewording that must stay quiet and a real change that must still be reported.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const report = (a: string, b: string) => diffSpecs(spec(a), spec(b), { oldText: a, newText: b });
const changes = (a: string, b: string): string[] => report(a, b).changes.map((c) => `${c.path} | ${describeChange(c)}`);
const head = 'Investeringsstöd för energiomställning\nRegionen fördelar investeringsstöd för energiomställning i länet.\n';

describe('examples after "alla utom …" list no applicants (eligibility.ts ALL_BUT_EXAMPLES_SENTENCES)', () => {
  // Klimatklivet Gotland 2020 → 2022: "Alla förutom privatpersoner kan söka stödet, till exempel företag, kommuner,
  // organisationer och stiftelser." → "Alla utom privatpersoner kan söka stödet, till exempel företag, kommuner och föreningar."
  it('other examples under the same "alla utom": no change of recipients', () => {
    const out = changes(head + 'Alla utom enskilda personer kan söka bidraget, exempelvis företag, kommuner, föreningar och stiftelser.\n',
      head + 'Alla förutom enskilda personer kan söka bidraget, exempelvis företag, kommuner och organisationer.\n').join('\n');
    expect(out).not.toMatch(/^recipients/mu);
  });
  it('a list of applicants without "alla utom" is still compared kind by kind', () => {
    const out = changes(head + 'Företag, kommuner, föreningar och stiftelser kan söka bidraget, exempelvis hembygdsföreningar.\n',
      head + 'Företag, kommuner och organisationer kan söka bidraget, exempelvis energibolag.\n').join('\n');
    expect(out).toMatch(/^recipients/mu);
  });
});

describe('an item of what may be sought, reworded in another sentence (stated.ts statesItemReworded)', () => {
  // Landstinget Dalarna 2017 → Region Dalarna 2022: "Folkbildningen i Dalarna utvecklas" → "Utveckla folkbildningen i länet."
  const old = `${head}Vad kan man söka för?\n\nBidrag kan sökas för följande:\n\n 1. Idrottsrörelsen i Halland utvecklas\n 2. Förnyelse och utveckling av naturturismen\n 3. Stärka ungas inflytande över sin fritid\n`;
  it('the same points reworded under another lead: no use reported removed', () => {
    const out = changes(old, `${head}Projektet ska uppfylla något av följande:\n\n • Utveckla idrottsrörelsen i länet.\n • Utveckla och förnya naturturismen.\n • Stärka ungas inflytande över sin fritid.\n`).join('\n');
    expect(out).not.toMatch(/^permitted_uses.*(?:Idrottsrörelsen|naturturismen)/mu);
  });
  it('a point no longer stated, or now denied, is still a removal', () => {
    const out = changes(old, `${head}Projektet ska uppfylla något av följande:\n\n • Utveckla idrottsrörelsen i länet.\n • Stöd ges inte till naturturismen.\n • Stärka ungas inflytande över sin fritid.\n`).join('\n');
    expect(out).toMatch(/naturturismen/u);
  });
});

describe('the misses of batch 31 fixed, each with a rewording that stays quiet', () => {
  const funding = (text: string): unknown => (spec(text) as unknown as { funding?: unknown }).funding;
  // Region Dalarna 2022 (q205): "Högst 100 000 kronor kan sökas per projekt." (funding.ts APPLICATION_CEILINGS hogst-kan-sokas-per)
  it('"Högst … kronor kan sökas per förening" is a ceiling per förening; a sum per year is none', () => {
    expect(JSON.stringify(funding(`${head}Högst 50 000 kronor kan sökas per förening.\n`))).toMatch(/"unit":"förening","per_unit":50000,"per_unit_max":true/u);
    expect(funding(`${head}Upp till 50 000 kronor kan beviljas per år.\n`)).toBeUndefined();
  });
  it('the ceiling raised is a change of funding; the same ceiling in other words is none', () => {
    expect(changes(`${head}Högst 50 000 kronor kan sökas per förening.\n`, `${head}Högst 80 000 kronor kan sökas per förening.\n`).join('\n')).toMatch(/^funding/mu);
    expect(changes(`${head}Högst 50 000 kronor kan sökas per förening.\n`, `${head}Högst 50 000 kr kan sökas per förening.\n`).join('\n')).not.toMatch(/^funding/mu);
  });
  // Länsstyrelsen Jönköping 2018 (q306): "Fram till och med år 2020 ska 700 miljoner kronor om året delas ut." (ska-per-ar-delas-ut)
  it('"ska … kronor om året delas ut" is the yearly total; a sum each förening gets a year is not', () => {
    expect(funding(`${head}Fram till och med 2026 ska 40 miljoner kronor om året delas ut.\n`)).toEqual({ total: 40000000 });
    expect((funding(`${head}Till varje förening ska 5 000 kronor om året delas ut.\n`) as { total?: number } | undefined)?.total).toBeUndefined();
  });
  // Länsstyrelsen Gotland 2020 (q307/q309): "Stöd från Klimatklivet söks på Naturvårdsverkets hemsida och denna
  // ansökningsomgång är öppen 10 februari -10 mars." (rules.ts soks-pa-webbplats; text.ts DATE_WORDS reads a day range)
  it('where the grant is applied for, no longer stated, is a channel removed', () => {
    const out = changes(`${head}Bidraget söks på Boverkets webbplats och ansökningsomgången är öppen 1 mars -15 mars.\n`, `${head}Ansökningsomgången är öppen 1 mars -15 mars.\n`).join('\n');
    expect(out).toMatch(/^requisition\.channel/mu);
  });
  it('the same sentence with another round\'s days (a day range) is no change of channel', () => {
    const out = changes(`${head}Bidraget söks på Boverkets webbplats och ansökningsomgången är öppen 1 mars -15 mars.\n`, `${head}Bidraget söks på Boverkets webbplats och ansökningsomgången är öppen 3–20 oktober.\n`).join('\n');
    expect(out).not.toMatch(/^requisition\.channel/mu);
  });
});

describe('rule sentences of batch 31 classified (rules.ts atgarder-kan-vara-inom, utgar-med-delbidrag-om)', () => {
  // Länsstyrelsen Gotland February → August 2020 (q307/q309): "Åtgärderna kan vara inom exempelvis lantbruk, …, stadsbyggnad och
  // energi." → "Åtgärder kan beviljas inom exempelvis lantbruk, industri, bostäder, lokaler och stadsbyggnad."
  it('the fields the measures may lie in, one dropped: a change of use; the same fields reworded: none', () => {
    const old = `${head}Åtgärderna kan vara inom exempelvis transport, jordbruk och energi.\n`;
    expect(changes(old, `${head}Åtgärder kan beviljas inom exempelvis transport och jordbruk.\n`).join('\n')).toMatch(/^permitted_uses/mu);
    expect(changes(old, `${head}Åtgärderna kan vara inom exempelvis jordbruk, transport och energi.\n`).join('\n')).not.toMatch(/^permitted_uses/mu);
  });
  // Landstinget Dalarna 2018 (q303): "stödet utgår med ett grundbidrag om 5000 kr till föreningar med färre än 200 medlemmar …"
  it('a part named with its sum, no longer stated: a change of funding; the same sums reworded: none', () => {
    const old = `${head}Bidraget utgår med ett grundbidrag om 3000 kr till föreningar med färre än 100 medlemmar och 6 000 kr till övriga.\n`;
    expect(changes(old, `${head}Ansökan görs i e-tjänsten.\n`).join('\n')).toMatch(/^funding/mu);
    expect(changes(old, `${head}Bidraget utgår med ett grundbidrag om 3000 kronor till föreningar med färre än 100 medlemmar och 6 000 kronor till övriga.\n`).join('\n')).not.toMatch(/^funding/mu);
  });
});
