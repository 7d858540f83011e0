import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// review80 (issue 14): adversarial probes of the change report's three new fallbacks merged at stop 59 (diffgen80a figures.ts:
// figur-del, figur-totalram, figur-kommunens-ram, moneyMoved, MONTH_ONLY; diffgen80b dated.ts, DATED_ASIDES, process.ts
// REQUIREMENT_SENTENCES; diffgen80c leads.ts LIST_LEADS, topics.ts amne-mottagare-verb, "i syfte att", förordning, föreskrifter).
// Every text is a constructed pair (own sentences, the way kommuner, regioner, myndigheter and stiftelser write), never a corpus
// text. NEG: two years differing in nothing a recipient acts on — nothing may be reported. POS: a real change, reported.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => describeChange(c));
const HEAD = 'Bidrag till föreningar för barn och unga\n\nFritidsnämnden fördelar varje år bidrag till ideella föreningar som bedriver verksamhet för barn och unga i kommunen.\n\n';
const TAIL = '\n\nKontakt\n\nHar du frågor är du välkommen att kontakta fritidsförvaltningen.\n';
const page = (...lines: string[]) => `${HEAD}${lines.join('\n\n')}${TAIL}`;

/** [id, old, new]: nothing a recipient acts on changed — nothing may be reported */
export const NEG: Array<[string, string, string]> = [
  // figures.ts: figur-del, figur-totalram, figur-kommunens-ram, moneyMoved
  ['f1 last round\'s outcome per association', page('Förra året fick varje förening i genomsnitt 12 000 kronor.'), page('Förra året fick varje förening i genomsnitt 14 500 kronor.')],
  ['f2 the total granted in a past round', page('Ansökan görs i e-tjänsten.', 'Under 2023 fördelade nämnden totalt 2,4 miljoner kronor.'), page('Ansökan görs i e-tjänsten.', 'Under 2024 fördelade nämnden totalt 2,9 miljoner kronor.')],
  ['f3 the kommun\'s whole budget for culture (statistics)', page('Kommunens budget för kultur och fritid är 310 miljoner kronor.'), page('Kommunens budget för kultur och fritid är 334 miljoner kronor.')],
  ['f4 a worked example with a per-member sum', page('Bidraget är 60 kronor per medlem.', 'Till exempel får en förening med 100 medlemmar 6 000 kronor.'), page('Bidraget är 60 kronor per medlem.', 'Till exempel får en förening med 80 medlemmar 4 800 kronor.')],
  ['f5 the same cap per applicant moved to another section', page('Varje förening kan få högst 50 000 kronor.', 'Ansökan görs i e-tjänsten.'), page('Ansökan görs i e-tjänsten.', 'Villkor\n\nHögst 50 000 kronor kan beviljas per förening.')],
  ['f6 another grant on an overview page', page('Aktivitetsbidrag söks två gånger per år.', 'Lokalbidrag: inom lokalbidraget fördelas 1 miljon kronor, läs mer på sidan om lokalbidrag.'), page('Aktivitetsbidrag söks två gånger per år.', 'Lokalbidrag: inom lokalbidraget fördelas 1,3 miljoner kronor, läs mer på sidan om lokalbidrag.')],
  ['f7 a news list with sums to other grants', page('Ansökan görs i e-tjänsten.', 'Nyheter\n\n12 mars: Region Norrbotten fördelar 5 miljoner kronor till landsbygdsbutiker.'), page('Ansökan görs i e-tjänsten.', 'Nyheter\n\n3 februari: Region Norrbotten fördelar 7 miljoner kronor till kollektivtrafik.')],
  ['f8 the agency\'s own report to the government', page('Ansökan görs i e-tjänsten.', 'I myndighetens årsredovisning för 2023 redovisas att 410 miljoner kronor betalades ut.'), page('Ansökan görs i e-tjänsten.', 'I myndighetens årsredovisning för 2024 redovisas att 455 miljoner kronor betalades ut.')],
  ['f9 a per-applicant cap reworded, same sum', page('Bidrag beviljas med högst 20 000 kronor per sökande.'), page('Som mest kan en sökande få 20 000 kronor i bidrag.')],
  ['f10 a sum per län (Tillväxtverket-style table) in a past round', page('Ansökan görs hos länsstyrelsen.', 'År 2024 fick Västra Götalands län 14 miljoner kronor och Skåne län 12 miljoner kronor.'), page('Ansökan görs hos länsstyrelsen.', 'År 2025 fick Västra Götalands län 15 miljoner kronor och Skåne län 11 miljoner kronor.')],
  ['f11 the sums applied for by the applicants', page('Totalt fördelas 3 miljoner kronor.', 'I fjol sökte föreningarna sammanlagt 5,2 miljoner kronor.'), page('Totalt fördelas 3 miljoner kronor.', 'I fjol sökte föreningarna sammanlagt 6,8 miljoner kronor.')],
  ['f12 a fee for renting a hall', page('Ansökan görs i e-tjänsten.', 'Hyran för sporthallen är 350 kronor per timme för föreningar.'), page('Ansökan görs i e-tjänsten.', 'Hyran för sporthallen är 380 kronor per timme för föreningar.')],
  // MONTH_ONLY
  ['m1 an information meeting\'s month', page('Ansökan görs i e-tjänsten.', 'Vi håller en informationsträff för föreningar i september.'), page('Ansökan görs i e-tjänsten.', 'Vi håller en informationsträff för föreningar i oktober.')],
  ['m2 a decision month of last round', page('Ansökan görs i e-tjänsten.', 'Förra årets beslut fattades i juni.'), page('Ansökan görs i e-tjänsten.', 'Förra årets beslut fattades i maj.')],
  ['m3 the activity\'s month in an example', page('Bidrag kan sökas för lovaktiviteter, till exempel en fotbollsskola i juli.'), page('Bidrag kan sökas för lovaktiviteter, till exempel en simskola i augusti.')],
  ['m4 the payment months reworded, same months', page('Bidraget betalas ut i mars och september.'), page('Utbetalning sker två gånger per år, i mars respektive september.')],
  // dated.ts, DATED_ASIDES
  ['d1 an event\'s date (a conference), not a due day', page('Ansökan ska ha kommit in senast den 15 mars.', 'Välkommen till föreningskonferensen den 4 maj 2024.'), page('Ansökan ska ha kommit in senast den 15 mars.', 'Välkommen till föreningskonferensen den 22 april 2025.')],
  ['d2 the page\'s update date', page('Ansökan ska ha kommit in senast den 15 mars.', 'Sidan uppdaterades 12 januari 2024.'), page('Ansökan ska ha kommit in senast den 15 mars.', 'Sidan uppdaterades 3 februari 2025.')],
  ['d3 the decision date of the regulation', page('Ansökan ska ha kommit in senast den 15 mars.', 'Riktlinjerna antogs av fritidsnämnden den 14 november 2022.'), page('Ansökan ska ha kommit in senast den 15 mars.', 'Riktlinjerna antogs av fritidsnämnden den 20 november 2024.')],
  ['d4 the same last day a year on, the sentence reworded and moved', page('Ansökan ska ha kommit in senast den 15 mars 2024.', 'Ansökan görs i e-tjänsten.'), page('Ansökan görs i e-tjänsten.', 'Sista ansökningsdag är 15 mars 2025.')],
  ['d5 the agency\'s own report to the government is due', page('Ansökan ska ha kommit in senast den 1 oktober.', 'Myndigheten ska redovisa uppdraget till Regeringskansliet senast den 31 mars 2024.'), page('Ansökan ska ha kommit in senast den 1 oktober.', 'Myndigheten ska redovisa uppdraget till Regeringskansliet senast den 28 februari 2025.')],
  ['d6 another grant\'s deadline in an overview', page('Aktivitetsbidrag söks senast 1 april.', 'Lokalbidrag: ansök senast 15 oktober.'), page('Aktivitetsbidrag söks senast 1 april.', 'Lokalbidrag: ansök senast 1 november.')],
  ['d7 a news list with dates', page('Ansökan ska ha kommit in senast den 15 mars.', 'Aktuellt\n\n2024-02-01 Nu öppnar ansökan om sommarlovsbidrag'), page('Ansökan ska ha kommit in senast den 15 mars.', 'Aktuellt\n\n2025-01-20 Nu öppnar ansökan om sommarlovsbidrag')],
  // process.ts REQUIREMENT_SENTENCES
  ['r1 the same requirement reworded', page('För att få bidrag krävs att föreningen har minst tio medlemmar.'), page('Föreningen måste ha minst tio medlemmar för att få bidrag.')],
  ['r2 another actor\'s duty (the kommun must publish)', page('Ansökan görs i e-tjänsten.', 'Kommunen ska publicera besluten på sin webbplats.'), page('Ansökan görs i e-tjänsten.', 'Kommunen ska publicera besluten på kommunens webbplats inom två veckor.')],
  ['r3 a list of what the application contains, reordered', page('Ansökan ska innehålla verksamhetsberättelse, budget och protokoll från årsmötet.'), page('Ansökan ska innehålla protokoll från årsmötet, budget och verksamhetsberättelse.')],
  ['r4 a requirement moved between sections', page('Villkor\n\nFöreningen ska ha ett eget organisationsnummer.', 'Ansökan görs i e-tjänsten.'), page('Ansökan görs i e-tjänsten.', 'Vem kan söka?\n\nFöreningen ska ha ett eget organisationsnummer.')],
  // leads.ts LIST_LEADS
  ['l1 a list turned into prose, same items', page('Bidraget får användas till:\n\n• lokalhyra\n• material\n• ledarutbildning'), page('Bidraget får användas till lokalhyra, material och ledarutbildning.')],
  ['l2 the lead reworded, same items', page('Bidraget får användas till:\n\n• lokalhyra\n• material'), page('Pengarna kan användas för följande:\n\n• lokalhyra\n• material')],
  ['l3 a list of assessment criteria, reordered', page('Vid bedömningen tar vi hänsyn till:\n\n• antal deltagare\n• jämställdhet\n• geografisk spridning'), page('Vid bedömningen tar vi hänsyn till:\n\n• geografisk spridning\n• antal deltagare\n• jämställdhet')],
  ['l4 a bullet list item with punctuation changed', page('Bidraget får användas till:\n\n• lokalhyra,\n• material och\n• resor.'), page('Bidraget får användas till:\n\n• Lokalhyra\n• Material\n• Resor')],
  ['l5 a heading renamed, same list', page('Vad kan man söka för?\n\n• lovaktiviteter\n• läger'), page('Det här kan du söka bidrag för\n\n• lovaktiviteter\n• läger')],
  // topics.ts
  ['t1 the recipients by verb, reworded', page('Bidraget kan sökas av ideella föreningar och studieförbund.'), page('Ideella föreningar och studieförbund kan söka bidraget.')],
  ['t2 "i syfte att" in a past report', page('Ansökan görs i e-tjänsten.', 'År 2023 genomfördes en utvärdering i syfte att följa upp bidraget.'), page('Ansökan görs i e-tjänsten.', 'År 2024 genomfördes en enkät i syfte att mäta nöjdheten.')],
  ['t3 a förordning named with and without its number', page('Bidraget lämnas enligt förordningen (2017:1293) om statsbidrag för lovaktiviteter.'), page('Bidraget lämnas enligt förordningen om statsbidrag för lovaktiviteter.')],
  // a second round of near misses (MONTH_ONLY, moneyMoved, dated, leads, topics, process)
  ['o1 the school holiday\'s months, no date of the grant', page('Bidraget kan sökas för aktiviteter under sommarlovet.', 'Sommarlovet börjar i juni.'), page('Bidraget kan sökas för aktiviteter under sommarlovet.', 'Sommarlovet börjar i juni och slutar i augusti.')],
  ['o2 the term of the kulturskola', page('Ansökan görs i e-tjänsten.', 'Kulturskolans terminer startar i augusti.'), page('Ansökan görs i e-tjänsten.', 'Kulturskolans terminer startar i september.')],
  ['o3 the total and the cap only reordered', page('Totalt fördelas 2 miljoner kronor.', 'Varje förening kan få högst 50 000 kronor.'), page('Varje förening kan få högst 50 000 kronor.', 'Totalt fördelas 2 miljoner kronor.')],
  ['o4 the stipends\' total said beside the same parts', page('Nämnden delar ut två stipendier à 20 000 kronor.'), page('Nämnden delar ut två stipendier à 20 000 kronor, totalt 40 000 kronor.')],
  ['o5 the same decision month a year on', page('Ansökan görs i e-tjänsten.', 'Beslut om bidrag fattas i maj 2024.'), page('Ansökan görs i e-tjänsten.', 'Beslut om bidrag fattas i maj 2025.')],
  ['o6 the same last day with its weekday a year on', page('Ansökan ska ha kommit in senast fredag den 15 mars 2024.'), page('Ansökan ska ha kommit in senast lördag den 15 mars 2025.')],
  ['o7 last round\'s recipients must report, the same day', page('Ansökan ska ha kommit in senast den 15 mars.', 'Föreningar som fick bidrag för 2023 ska redovisa senast den 31 mars.'), page('Ansökan ska ha kommit in senast den 15 mars.', 'Föreningar som fick bidrag för 2024 ska redovisa senast den 31 mars.')],
  ['o8 the application\'s contents reordered, an article added', page('Ansökan ska innehålla:\n\n• budget\n• verksamhetsplan'), page('Ansökan ska innehålla:\n\n• en verksamhetsplan\n• en budget')],
  ['o9 the kommuner named by verb, reworded', page('Medlen fördelas till samtliga kommuner i länet.'), page('Medlen fördelas till alla kommuner i länet.')],
  ['o10 the signature requirement reworded', page('Rekvisitionen ska vara undertecknad av firmatecknare.'), page('Rekvisitionen ska undertecknas av firmatecknaren.')],
  ['o11 a per-participant rate in the kommun\'s statistics', page('Bidraget är 40 kronor per deltagare.', 'I genomsnitt kostar en fritidsgård kommunen 95 kronor per besök.'), page('Bidraget är 40 kronor per deltagare.', 'I genomsnitt kostar en fritidsgård kommunen 110 kronor per besök.')],
  ['o12 the kommun\'s sum from the state in a past year', page('Ansökan görs i e-tjänsten.', 'År 2023 fick kommunen 800 000 kronor från Socialstyrelsen.'), page('Ansökan görs i e-tjänsten.', 'År 2024 fick kommunen 950 000 kronor från Socialstyrelsen.')],
  ['t4 föreskrifter code of another matter in a reading list', page('Ansökan görs i e-tjänsten.', 'Läs också Skolverkets allmänna råd (SKOLFS 2014:40) om fritidshem.'), page('Ansökan görs i e-tjänsten.', 'Läs också Skolverkets allmänna råd (SKOLFS 2024:11) om fritidshem.')],
];

/** [id, old, new, a word the report must name]: a real change, something must be reported */
export const POS: Array<[string, string, string]> = [
  ['P1 the cap per association raised', page('Varje förening kan få högst 30 000 kronor.'), page('Varje förening kan få högst 40 000 kronor.')],
  ['P2 the total to share out raised', page('Totalt fördelas 2 miljoner kronor under året.'), page('I år finns 2,5 miljoner kronor att fördela.')],
  ['P3 the payment month moved', page('Bidraget betalas ut i maj.'), page('Bidraget betalas ut i juni.')],
  ['P4 the last day to apply moved, reworded', page('Ansökan ska ha kommit in senast den 15 mars 2024.'), page('Sista dag att ansöka är 1 april 2025.')],
  ['P5 an item added to the uses', page('Bidraget får användas till:\n\n• lokalhyra\n• material'), page('Bidraget får användas till:\n\n• lokalhyra\n• material\n• resor')],
  ['P6 a new requirement', page('Ansökan görs i e-tjänsten.'), page('Ansökan görs i e-tjänsten.', 'För att få bidrag krävs att föreningen är registrerad i kommunens föreningsregister.')],
  ['P7 the recipients widened', page('Bidraget kan sökas av ideella föreningar.'), page('Bidraget kan sökas av ideella föreningar och trossamfund.')],
  // near the fixes, must still be reported
  ['P8 a share of the hire the grant pays', page('Bidrag ges med 50 procent av lokalhyran.'), page('Bidrag ges med 60 procent av lokalhyran.')],
  ['P9 the opening day moved, a sentence not a news line', page('Ansökan öppnar den 1 februari 2024.'), page('Ansökan öppnar den 15 januari 2025.')],
  ['P10 the aim of the money changed', page('Medlen fördelas till föreningarna i syfte att minska utanförskapet.'), page('Medlen fördelas till föreningarna i syfte att öka den fysiska aktiviteten.')],
  ['P11 the recipients\' report day moved', page('Bidraget ska redovisas till fritidsnämnden senast den 31 mars.'), page('Bidraget ska redovisas till fritidsnämnden senast den 30 april.')],
  ['P13 the decision month moved, each with its year', page('Ansökan görs i e-tjänsten.', 'Beslut om bidrag fattas i maj 2024.'), page('Ansökan görs i e-tjänsten.', 'Beslut om bidrag fattas i juni 2025.')],
  ['P12 the total this year said with a year', page('Under 2025 har nämnden 3 miljoner kronor att fördela.'), page('Under 2026 har nämnden 4 miljoner kronor att fördela.')],
];

/**
 * Wrong on main 3e36941a and still open (it.fails), with what the report said and why it is left:
 * f2, f6, f7: "Totalt belopp: …" — the extractor's funding.total reads a past round's total, another grant's sum on an overview
 *   page, a news item's sum (extract/fields/funding.ts, not the diff; needs the dev measure, no time this stop);
 * f3: "Belopp (ur texten)" — the kommun's whole budget for culture (figur-belopp "budget"; the grant's own budget is said alike);
 * f5, f9: "Fördelning (ur texten)" — the same cap per applicant reworded/moved (the extractor's funding.parts path, not moneyMoved);
 * f8: "Vad som ska återrapporteras (ur texten)" — the agency's own annual report (a statistic) read as the recipient's report;
 * m3: "Vad medlen får användas till (ur texten)" — an example's month read as a change of the uses;
 * m4: "Utbetalning (nytt)" — the extractor reads payment only from the reworded sentence;
 * d5: "Återrapportering (ur texten)" + "Datum" — the agency's own report to Regeringskansliet (another actor's duty);
 * d6: another grant's deadline after its name as a label ("Lokalbidrag: ansök senast …") on an overview page;
 * d7: a news list's dated item "Nu öppnar ansökan om …" read as the opening day;
 * r1, r2: "Villkor" — a requirement reworded, another actor's (the kommun's) duty, from the extractor's conditions;
 * o4: "Fördelning (ur texten)" — the stipends' total added beside the same parts (", totalt 40 000 kronor"): the pair's field is
 *   taken from the sentence (à → figur-del) not from the clause of the figure that changed (clauseConflict splits no comma);
 * o6: "Krav vid rekvisition (ur texten)" — the same last day a year on with its weekday (fredag → lördag), rules.ts (older);
 * Fixed since (stop 63): o10 ("Krav vid rekvisition: … (nytt)", a signature requirement reworded): h/pairx85's requires row
 * ska-vara-undertecknad-av reads the participle as behorig-underteckna reads "ska undertecknas av", so both years hold it.
 * Also fixed here: l4 (items differing only in case or a trailing comma, "lokalhyra → Lokalhyra": dates.ts sameReading), o5 (closing.ts decisionTimes keyed "maj 2024" with its year: the same month a grant year on was a change).
 * Wrong on main and fixed here: f10 (a past year's outcome "År 2024 fick … län …": FIGURE_ASIDE), f12 (a hire price: NOT_GRANT_SUM),
 * d7 (a news list's dated line read as the opening day: figures.ts now drops the days of a DATED_ASIDES sentence, as dated.ts
 * does; d5's "Återrapportering (ur texten)" too, its "Datum" from the extractor stays), t2 (a study done "i syfte att": amne-i-syfte
 * unless), t4 (a code in a "Läs också …" pointer: NOT_A_RULE of topics.ts and process.ts).
 */
const OPEN = new Set(['f2', 'f3', 'f5', 'f6', 'f7', 'f8', 'f9', 'm3', 'm4', 'd5', 'd6', 'r1', 'r2', 'o4', 'o6']);
const idOf = (id: string) => id.split(' ')[0]!;

describe('review80: nothing reported for noise (negatives)', () => {
  it.each(NEG.filter(([id]) => !OPEN.has(idOf(id))))('%s', (_id, a, b) => {
    expect(changes(a, b)).toEqual([]);
  });
  it.fails.each(NEG.filter(([id]) => OPEN.has(idOf(id))))('open: %s', (_id, a, b) => {
    expect(changes(a, b)).toEqual([]);
  });
});

// P10 is missed on main 3e36941a too (a miss, no wrong value): the aim after "Medlen fördelas … i syfte att" changed in the same
// sentence frame is not reported (amne-i-syfte holds both; the topic comparison finds the two sentences alike enough). Open.
const MISSED = new Set(['P10']);

describe('review80: a real change is reported (positives)', () => {
  it.each(POS.filter(([id]) => !MISSED.has(idOf(id))))('%s', (_id, a, b) => {
    expect(changes(a, b).length).toBeGreaterThan(0);
  });
  it.fails.each(POS.filter(([id]) => MISSED.has(idOf(id))))('open: %s', (_id, a, b) => {
    expect(changes(a, b).length).toBeGreaterThan(0);
  });
});
