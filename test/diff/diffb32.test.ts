import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Constructed pairs for h/diffb32's fixes (issue 14, batch 32), each in another body's phrasing than the pair it came from;
// each fix with a no-change rewording that must stay quiet and a real change that must still be reported.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const report = (a: string, b: string) => diffSpecs(spec(a), spec(b), { oldText: a, newText: b });
const changes = (a: string, b: string): string[] => report(a, b).changes.map((c) => `${c.path} | ${describeChange(c)}`);
const head = 'Bidrag till lokala kulturprojekt\nRegionen fördelar bidrag till lokala kulturprojekt i länet.\n';

describe('an excluded use reworded, the same thing ruled out (text.ts sameExclusionReworded)', () => {
  // MUCF Stärka demokratin 2020 → 2023: "Bidrag får inte gå till organisationens ordinarie verksamhet." → "Bidraget får inte
  // användas till er ordinarie verksamhet."
  it('"får inte gå till föreningens …" → "får inte användas till er …": no change', () => {
    const out = changes(`${head}Stödet får inte gå till föreningens löpande drift av lokaler.\n`, `${head}Stödet får inte användas till er löpande drift av lokaler.\n`).join('\n');
    expect(out).not.toMatch(/^excluded_uses/mu);
  });
  it('another owner or another thing ruled out is still a change', () => {
    expect(changes(`${head}Stödet får inte gå till föreningens löpande drift av lokaler.\n`, `${head}Stödet får inte användas till kommunens löpande drift av lokaler.\n`).join('\n')).toMatch(/^excluded_uses/mu);
    expect(changes(`${head}Stödet får inte gå till föreningens löpande drift av lokaler.\n`, `${head}Stödet får inte användas till er marknadsföring av evenemang.\n`).join('\n')).toMatch(/^excluded_uses/mu);
  });
});

describe('a purpose with a phrase replaced by "denna …" pointing back (index.ts samePurposeByReference)', () => {
  // Jordbruksverket måltidsexport 2017 → later: "… utveckla näringslivet regionalt inom mat-, dryck- och måltidsupplevelser för att
  // skapa en attraktiv svensk landsbygd …" → "… utveckla näringslivet inom denna genre och därigenom skapa …"
  const lead = 'Fonden utlyser medel till projekt som främjar slöjd, hantverk och konsthantverk i Norrland.\n';
  const old = `${lead}Syftet är att stärka företagandet inom slöjd, hantverk och konsthantverk för att skapa levande bygder med fler arbetstillfällen i länet.\n`;
  it('the phrase named in the sentence before, "inom detta område och därmed": no change of purpose', () => {
    const out = changes(old, `${lead}Syftet är att stärka företagandet inom detta område och därmed skapa levande bygder med fler arbetstillfällen i länet.\n`).join('\n');
    expect(out).not.toMatch(/^purpose/mu);
  });
  it('a demonstrative pointing to a phrase the new text never states, or another aim, is still a change', () => {
    expect(changes(old, `Fonden utlyser medel till projekt i Norrland.\nSyftet är att stärka företagandet inom detta område och därmed skapa levande bygder med fler arbetstillfällen i länet.\n`).join('\n')).toMatch(/^purpose/mu);
    expect(changes(old, `${lead}Syftet är att stärka företagandet inom detta område och därmed skapa fler besöksmål för turister i länet.\n`).join('\n')).toMatch(/^purpose/mu);
  });
});

describe('the misses of batch 32 fixed, each with a rewording that stays quiet', () => {
  const requisition = (text: string): unknown => (spec(text) as unknown as { requisition?: unknown }).requisition;
  const funding = (text: string): unknown => (spec(text) as unknown as { funding?: unknown }).funding;
  // MUCF 2020 (q311): "Ansökan för bidragsåret 2020 planeras att öppna den 1 juni 2020 och stänga igen den 17 augusti 2020."
  // (dates.ts att-oppna, att-stanga), with "efter sista ansökningsdag, det vill säga den 17 november 2020" (word-sista-dag unless)
  it('"Ansökan för år 2025 planeras att öppna den … och stänga igen den …" is the window; a day after the last day is not its end', () => {
    const text = `${head}Ansökan för år 2025 planeras att öppna den 3 mars 2025 och stänga igen den 14 april 2025.\nProjektet kan starta tidigast två månader efter sista ansökningsdag, det vill säga den 14 juni 2025.\n`;
    expect(requisition(text)).toMatchObject({ opens: '2025-03-03', closes: '2025-04-14' });
    expect(changes(text, text.replace('14 april 2025', '28 april 2025')).join('\n')).toMatch(/^requisition\.closes/mu);
  });
  // Jordbruksverket 2019 (q314): "Jordbruksverket utlyser nu ytterligare 20 miljoner kronor till pilot- och samarbetsprojekt …";
  // Göteborgs United on MUCF (dev 1414): "… i uppdrag att fördela nästan åtta miljoner kronor i statsbidrag …" (funding.ts)
  it('"utlyser nu ytterligare X" and "i uppdrag att fördela nästan X" are the totals; a sum after "ytterligare" elsewhere is not', () => {
    expect(funding(`${head}Länsstyrelsen utlyser nu ytterligare 4 miljoner kronor till projekt för lokal matproduktion.\n`)).toEqual({ total: 4000000 });
    expect(funding(`${head}Kulturrådet har fått i uppdrag att fördela närmare 12 miljoner kronor i bidrag till lokala projekt.\n`)).toEqual({ total: 12000000, total_approximate: true });
    expect((funding(`${head}Bidraget är 50 000 kronor och ytterligare 10 000 kronor kan ges för resor.\n`) as { total?: number } | undefined)?.total).toBeUndefined();
  });
  // MUCF Stärka demokratin (dev 1988): "Enligt regeringens förordning går det inte att överklaga myndighetens beslut …"
  it('"går det inte att överklaga" added is a condition; the same sentence both years is none', () => {
    const s = 'Enligt förordningen går det inte att överklaga regionens beslut om bidrag.\n';
    expect(changes(head, head + s).join('\n')).toMatch(/^conditions/mu);
    expect(changes(head + s, head + s.replace('regionens', 'regionens')).join('\n')).not.toMatch(/^conditions/mu);
  });
  // Jordbruksverket (q316): "Du söker både stödet och utbetalning i vår e-tjänst."; Göteborgs United (dev 1414): "… och ansök på
  // mucf.se"; MUCF 2023 (q312): "Redovisning av färdiga projekt görs i MUCF:s e-tjänst."
  it('the channel addressed to the reader, the imperative with a site, and where the report is handed in', () => {
    expect(changes(head, `${head}Ni söker bidraget och utbetalningen via regionens e-tjänst.\n`).join('\n')).toMatch(/^requisition\.channel/mu);
    expect(changes(`${head}Läs mer om bidraget och ansök på kulturregion.se\n`, head).join('\n')).toMatch(/^requisition\.channel/mu);
    expect(changes(head, `${head}Redovisning av genomförda projekt görs i regionens e-tjänst.\n`).join('\n')).toMatch(/^reporting/mu);
    // where the reader finds more to read is no channel
    expect(changes(head, `${head}Du hittar mer information på regionens webbplats.\n`).join('\n')).not.toMatch(/^requisition\.channel/mu);
  });
  // Göteborgs United (dev 1414): "Ansökan är öppen mellan 1 juni och 17 augusti." (closing.ts ansokan-mellan-dagar-utan-ar-fran)
  it('a yearless window "mellan … och …" removed reports its first day; the same window reworded does not', () => {
    const old = `${head}Ansökan är öppen mellan 2 maj och 30 juni.\n`;
    expect(changes(old, `${head}Sista ansökningsdag är 30 september.\n`).join('\n')).toMatch(/^requisition\.opens/mu);
    expect(changes(old, `${head}Du kan söka bidraget mellan den 2 maj och den 30 juni.\n`).join('\n')).not.toMatch(/^requisition\.opens/mu);
  });
  // Naturvårdsverket 2021 (dev 331): "… då bidragens storlek baseras delvis på medlemsantal" (rules.ts storlek-baseras-pa)
  it('how the grant\'s size is reckoned, added, is a change of its parts; who decides it is not', () => {
    expect(changes(head, `${head}Bidragets storlek beräknas utifrån antalet medlemmar under 25 år.\n`).join('\n')).toMatch(/^funding\.parts/mu);
    expect(changes(head, `${head}Bidragets storlek beslutas av kulturnämnden.\n`).join('\n')).not.toMatch(/^funding\.parts/mu);
  });
});
