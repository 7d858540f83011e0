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
