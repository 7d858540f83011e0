import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// helper diffb35 (issue 14): diff pairs batch 35 (Region Gävleborg's kulturstipendier 2016–2020 and its residence stipend,
// Region Stockholm's Projektstöd kultur och hälsa), its false alarms and misses fixed by class. Each class: the batch's case,
// a paraphrase in another body's words, and a rewording or counter-probe that must report nothing.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`);
const head = 'Kulturstipendier och kulturpris\n\n';
const pair = (a: string, b: string): string => changes(head + a + '\n', head + b + '\n').join('\n');

describe('false alarm: a photo caption led by its label is chrome, never the title nor its year (title.ts photo-caption)', () => {
  const body = '\n\nKulturstipendier och kulturpris\n\nRegion Gävleborg delar år 2019 ut kulturstipendier och kulturpris.\n';
  it('Region Gävleborg 2019 (diff q342): the caption above the heading', () => {
    const s = spec('Foto: 2017 års kulturstipendiater och kulturpristagare samlade i samband med regionfullmäktige i Bollnäs 2017.' + body);
    expect(s.title).toBe('Kulturstipendier och kulturpris');
    expect(s.year).toBe(2019);
  });
  it('a paraphrase in another body\'s words', () => {
    const s = spec('Bild: Årets stipendiater vid utdelningen i stadshuset 2023.\n\nLedarstipendium\n\nKommunen delar under 2025 ut tre ledarstipendier till unga tränare.\n');
    expect(s.title).toBe('Ledarstipendium');
    expect(s.year).toBe(2025);
  });
  it('the caption dropped between two versions reports no title change', () => {
    const a = 'Foto: 2017 års kulturstipendiater och kulturpristagare samlade i samband med regionfullmäktige i Bollnäs 2017.' + body;
    const b = 'Kulturstipendier och kulturpris\n\nRegion Gävleborg delar år 2019 ut kulturstipendier och kulturpris.\n';
    expect(changes(a, b).join('\n')).not.toMatch(/^(?:title|year) /mu);
  });
});

describe('false alarm: a year between "delar" and "ut" is the grant\'s (year.ts delar-ut-under-ar)', () => {
  it('Region Gävleborg 2016 → 2017 (diff q340, q341): both years read, the year not "anges inte längre"', () => {
    const a = 'Region Gävleborg delar år 2016 ut kulturstipendier och kulturpris för att stödja verksamhet inom kulturområdet.\n';
    const b = 'Region Gävleborg delar år 2017 ut kulturstipendier och kulturpris för att stödja verksamhet inom kulturområdet.\n';
    expect(spec(head + a).year).toBe(2016);
    expect(spec(head + b).year).toBe(2017);
    expect(pair(a, b)).not.toMatch(/anges inte längre/u);
  });
  it('a paraphrase, and a start year or a past round that is no grant year', () => {
    expect(spec(head + 'Stiftelsen delar 2024 ut forskningsbidrag om sammanlagt 2 miljoner kronor.\n').year).toBe(2024);
    expect(spec(head + 'Regionen delar sedan år 2015 ut kulturstipendier varje vår.\n').year).toBeUndefined();
    expect(spec(head + 'Region Gävleborg delade år 2017 ut sex kulturstipendier.\n').year).toBeUndefined();
  });
});

describe('false alarm: a step\'s window through a channel is no usage period (requisition.ts perioden-bidragsaret)', () => {
  it('Region Gävleborg 2019 (diff q342): the voluntary report\'s window', () => {
    const s = spec(head + 'Redovisning\n\nDu får gärna lämna en redovisning av hur du använt ditt kulturstipendium. Detta sker via kulturdatabasen under perioden 1 maj 2018 – 31 maj 2019.\n');
    expect(s.usage_period).toBeUndefined();
  });
  it('a paraphrase; the grant\'s own period stays one', () => {
    expect(spec(head + 'Redovisningen görs i e-tjänsten under perioden 1 mars–31 mars 2025.\n').usage_period).toBeUndefined();
    expect(spec(head + 'Statsbidraget avser perioden 1 januari–31 december 2026 och rekvireras via e-tjänsten.\n').usage_period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('false alarm: the grant\'s aim is no condition (rules.ts ska-villkor unless)', () => {
  const keep = 'Kulturstipendium kan sökas av kulturskapare bosatta i länet.';
  it('Region Gävleborg 2020 (diff q343): the headline and the aim sentence', () => {
    expect(pair(keep, `${keep}\nKulturstipendium ska stärka Gävleborgs kulturskapare och bidra till regional utveckling\nStipendierna ska ge individuella kulturskapare möjlighet att utvecklas inom sitt område och satsa på projekt de drömmer om att genomföra.`)).not.toMatch(/^conditions/mu);
  });
  it('a paraphrase; an aim with a limit in it stays a condition', () => {
    expect(pair(keep, `${keep}\nBidraget ska främja ett rikt föreningsliv i hela kommunen.`)).not.toMatch(/^conditions/mu);
    expect(pair(keep, `${keep}\nStipendiet ska ge unga konstnärer möjlighet att studera och kan endast sökas av den som är bosatt i länet.`)).toMatch(/^conditions \| added/mu);
  });
});

describe('false alarm: a footnote line is no heading (read/normalize.ts looksLikeHeading)', () => {
  const foot = 'Projekten måste vara förankrade hos en vårdverksamhet*.\n\n*undertecknat intyg (av ansvarig chef) från vårdverksamheten måste bifogas ansökan\n\nSök stödet\n\nAnsökan görs i e-tjänsten.\n';
  const plain = 'Projekten måste vara förankrade hos en vårdverksamhet. Undertecknat intyg (av ansvarig chef) från vårdverksamheten måste bifogas ansökan.\n\nSök stödet\n\nAnsökan görs i e-tjänsten.\n';
  it('Region Stockholm 2019 → 2020 (diff q346, q347): the attachment both years, no evidence_documents added', () => {
    expect(changes(head + foot, head + plain).join('\n')).not.toMatch(/^evidence_documents/mu);
  });
  it('a paraphrase with a double star; a lower-case line without a star is still no heading either way', () => {
    const s = readText('t.txt', 'Bidrag\n\nSökande ska ha F-skatt**.\n\n**gäller inte ideella föreningar\n\nKontakt\n');
    expect(s.blocks.find((b) => b.seg.text.startsWith('**gäller'))?.kind).not.toBe('heading');
    const t = readText('t.txt', 'Bidrag\n\n*Obligatoriska fält\n\nNamn\n');
    expect(t.blocks.find((b) => b.seg.text.startsWith('*Obligatoriska'))?.kind).toBe('heading');
  });
});

describe('miss: the channel with what is applied for named at length (rules.ts ansokan-gors-via)', () => {
  const keep = 'Kulturstipendium kan sökas av kulturskapare bosatta i länet.';
  it('Region Gävleborg 2017 → 2019 (diff q341, q342)', () => {
    expect(pair(keep, `${keep}\nAnsökan om kulturstipendium och förslag på kulturpristagare görs endast digitalt via kulturdatabasen.`)).toMatch(/^requisition\.channel \| added/mu);
  });
  it('a paraphrase; who applies is no channel', () => {
    expect(pair(keep, `${keep}\nAnsökan om bidrag till lovaktiviteter för barn görs enbart via kommunens e-tjänst.`)).toMatch(/^requisition\.channel \| added/mu);
    expect(pair(keep, `${keep}\nAnsökan om kulturstipendium och förslag på kulturpristagare görs endast av föreningar i länet.`)).not.toMatch(/^requisition\.channel/mu);
  });
});

describe('miss: what an application must be to be handled (rules.ts ansokan-ska)', () => {
  const keep = 'Kulturstipendium kan sökas av kulturskapare bosatta i länet.';
  it('Region Gävleborg 2017 → 2019 (diff q342)', () => {
    expect(pair(keep, `${keep}\nFör att ansökan/förslag ska kunna behandlas måste alla uppgifter och ev. bilagor vara noggrant och utförligt ifyllda.`)).toMatch(/^requisition\.requires \| added/mu);
  });
  it('a paraphrase; a promise of the funder is no requirement', () => {
    // (since stop 63 the extractor reads the sentence itself, pairx85's requires row for-att-ansokan-ska-behandlas: the change is
    // the spec's first requires item, requisition.requires.0, rather than the diff's own text rule)
    expect(pair(keep, `${keep}\nFör att ansökan ska kunna prövas måste budgeten vara komplett.`)).toMatch(/^requisition\.requires(?:\.0)? \| added/mu);
    expect(pair(keep, `${keep}\nFör att ansökan/förslag ska kunna behandlas snabbt ringer vi upp dig.`)).not.toMatch(/^requisition\.requires/mu);
  });
});
