import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { sameButExplanationDropped } from '../../specs/diff/text.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// helper diffb34 (issue 14): diff pairs batch 34 (Formas' kommunikationsutlysning in four rounds, Vinnova's Innovativa
// Startups, Naturvårdsverket's LONA, Energimyndigheten's coacher), its false alarms and misses fixed by class. Each class: the
// batch's case, a paraphrase in another body's words, and a rewording that must report nothing.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`);
const head = 'Kommunikationsutlysning 2025\nIdeella föreningar kan söka bidraget.\n';
const pair = (a: string, b: string): string => changes(head + a + '\n', head + b + '\n').join('\n');

describe('false alarm: a condition shortened by an enumeration explaining a word it keeps (text.ts sameButExplanationDropped)', () => {
  const formas21 = 'Projekten ska knyta an till Formas ansvarsområden; miljö, areella näringar och samhällsbyggande och samtidigt bidra till att de globala hållbarhetsmålen i Agenda 2030 nås.';
  const formas23 = 'Projekten ska knyta an till något av Formas ansvarsområden och bidra till de globala hållbarhetsmålen.';
  // [a, b, same?, why]
  const cases: ReadonlyArray<readonly [string, string, boolean, string]> = [
    [formas21, formas23, true, 'Formas 2021 → 2023 (diff q333/q334)'],
    ['Projekten ska anknyta till stiftelsens verksamhetsområden; kultur, idrott och friluftsliv och samtidigt bidra till att de lokala målen nås.',
      'Projekten ska anknyta till något av stiftelsens verksamhetsområden och bidra till de lokala målen.', true, 'a paraphrase'],
    ['Insatserna ska rymmas inom programmets fokusområden: hälsa, boende och arbete.', 'Insatserna ska rymmas inom programmets fokusområden.', true, 'the list after a colon'],
    // what stays a change
    ['Projekten ska anknyta till kultur, idrott och friluftsliv och bidra till målen.', 'Projekten ska anknyta till kultur och bidra till målen.', false, 'some of the items dropped'],
    ['Projekten ska vara i länet och bidra till målen.', 'Projekten ska bidra till målen.', false, 'a clause of its own dropped, no enumeration'],
    ['Projekten ska rymmas inom områdena; hälsa, boende och arbete, och ha minst 100 deltagare.', 'Projekten ska rymmas inom områdena.', false, 'a number dropped beside the list'],
    ['Projekten ska rymmas inom områdena; hälsa, boende och arbete.', 'Projekten får inte rymmas inom områdena.', false, 'another verb and a denial'],
  ];
  it.each(cases)('%s → %s: %s (%s)', (a, b, same) => {
    expect(sameButExplanationDropped(a, b)).toBe(same);
    expect(sameButExplanationDropped(b, a)).toBe(same);
  });
  it('in the report: the shortened condition and a second sentence saying it again in the old text report nothing', () => {
    const second = 'Fokus för kommunikationsprojekten ska ligga inom något av våra ansvarsområden, miljö, areella näringar och samhällsbyggande och projekten ska bidra till att de globala hållbarhetsmålen nås.';
    expect(pair(`${formas21}\n${second}`, formas23)).toBe('');
    expect(pair('Projekten ska anknyta till kultur, idrott och friluftsliv och bidra till målen.', 'Projekten ska anknyta till kultur och bidra till målen.')).toMatch(/^conditions \| changed/mu);
  });
});

describe("false alarm: the funder's account of its own work and a decision list's notice are no conditions (rules.ts ska-villkor)", () => {
  it('Formas 2021 and 2024 (diff q333, q339), a paraphrase; a limit in it is still a rule', () => {
    expect(pair('Sedan 2015 genomför vi särskilda kommunikationsutlysningar för att stödja arbetet med att forskning och forskningsresultat ska komma till nytta i samhället.', 'Bidraget söks i e-tjänsten.')).not.toMatch(/conditions/u);
    expect(pair('Bidraget söks i e-tjänsten.', 'Sedan 2015 genomför vi särskilda kommunikationsutlysningar som ett led i arbetet med att forskningsresultat ska komma till nytta i samhället.')).not.toMatch(/conditions/u);
    expect(pair('Bidraget söks i e-tjänsten.', 'Varje år delar vi ut projektmedel så att fler föreningar ska kunna ordna aktiviteter för unga.')).not.toMatch(/conditions/u);
    expect(pair('Bidraget söks i e-tjänsten.', 'Sedan 2020 ger vi endast bidrag till föreningar med säte i kommunen.')).toMatch(/^conditions \| added/mu);
  });
  it('Formas 2023 (diff q334): "Preliminärt beslut (endast beslutsmeddelande via Prisma är garanti för beviljat bidrag."', () => {
    expect(pair('Preliminärt beslut (endast beslutsmeddelande via Prisma är garanti för beviljat bidrag.', 'Bidraget söks i e-tjänsten.')).not.toMatch(/conditions/u);
    expect(pair('Bidraget söks i e-tjänsten.', 'Endast det skriftliga beslutet är en garanti för att bidrag beviljats.')).not.toMatch(/conditions/u);
  });
});

describe('false alarm: whom an activity serves is not who may apply (eligibility.ts sokas-av)', () => {
  it('Energimyndigheten 2016 → 2017 (diff q338): the rådgivning\'s target group beside the coacher grant\'s applicants', () => {
    const old = 'Kommuner kan nu söka bidrag.\nEnergi- och klimatrådgivningen (EKR) vänder sig till hushåll, organisationer och företag.\n';
    const neu = 'Kommuner kan nu söka bidrag.\nStödet riktar sig till enskild kommun eller kommuner i samarbete.\n';
    expect(changes(old, neu).join('\n')).not.toMatch(/^recipients/mu);
    // a paraphrase: the activity's public, then the grant's applicants, named alike both years
    expect(changes('Föreningar kan söka bidraget.\nVerksamheten riktar sig till barn och unga i kommunen.\n', 'Föreningar kan söka bidraget.\nUtlysningen vänder sig till föreningar.\n').join('\n')).not.toMatch(/^recipients/mu);
    // the grant's own "riktar sig till" still names applicants
    expect(changes('Bidraget riktar sig till föreningar.\n', 'Bidraget riktar sig till företag.\n').join('\n')).toMatch(/^recipients/mu);
  });
});

describe("miss: the call's decision date as its status label, \"Beslutad: 2021-06-17 17:00\" (extract dates.ts beslutade)", () => {
  it('Formas 2021 → 2023 (diff q333/q334), a paraphrase; the same calendar day a year later is none', () => {
    expect(pair('Beslutad: 2021-06-17 17:00', 'Beslutad: 2024-03-26 14:00')).toMatch(/^dates/mu);
    expect(pair('Utlysningen beslutad den 12 maj 2024.', 'Utlysningen beslutad den 3 juni 2025.')).toMatch(/^dates/mu);
    expect(changes('Kommunikationsutlysning 2024\nIdeella föreningar kan söka bidraget.\nBeslutad: 2024-03-26 14:00\n', 'Kommunikationsutlysning 2025\nIdeella föreningar kan söka bidraget.\nBeslutad: 2025-03-26 14:00\n').join('\n')).not.toMatch(/^dates/mu);
  });
});

describe("miss: the funder's aim as what it wants its call to do (rules.ts med-erbjudandet-vill-vi)", () => {
  it('Vinnova 2021 → 2022 (diff q335/q336), a paraphrase; a rewording reports nothing', () => {
    expect(pair('Bidraget söks i e-tjänsten.', 'I det här erbjudandet vill vi stödja bolag som inte bara jobbar med hållbarhet på ett ansvarsfullt sätt utan där hela affärsidén är att bidra till att lösa en global samhällsutmaning.')).toMatch(/^purpose \| added/mu);
    expect(pair('Bidraget söks i e-tjänsten.', 'Genom den här utlysningen vill regionen stärka det fria kulturlivet i länet.')).toMatch(/^purpose \| added/mu);
    expect(pair('Med det här erbjudandet vill Vinnova främja utvecklingen av deeptech-företag.', 'Med det här erbjudandet vill Vinnova främja utvecklingen av deeptechföretag.')).toBe('');
  });
});

describe('miss: a use told as what the grant covers (rules.ts stodet-tacker)', () => {
  it('Energimyndigheten 2016 → 2017 (diff q338), a paraphrase; a rewording and a share of costs report no use', () => {
    expect(pair('Det bidrag som finns att söka täcker kostnader för en halvtidstjänst för en kommunanställd coach och gäller fram till år 2019.',
      'Stödet som söks ska täcka en halvtidstjänst för en coach inklusive ekonomiansvarig för projektet samt omkostnader under projektperioden.')).toMatch(/^permitted_uses/mu);
    expect(pair('Bidraget söks i e-tjänsten.', 'Bidraget täcker resor och logi för deltagarna.')).toMatch(/^permitted_uses \| added/mu);
    expect(pair('Bidraget täcker resor och logi för deltagarna.', 'Bidraget täcker resor och logi för deltagare.')).toBe('');
    expect(pair('Bidraget söks i e-tjänsten.', 'Stödet täcker 50 procent av kostnaden för en energikartläggning.')).not.toMatch(/permitted_uses/u);
  });
});
