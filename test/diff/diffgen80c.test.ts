import { describe, expect, it } from 'vitest';
import { LIST_LEADS, leadField, listChanges, listItems } from '../../specs/diff/leads.js';
import { SENTENCE_TOPICS, topicChanges } from '../../specs/diff/topics.js';
import { textSentences } from '../../specs/diff/text.js';
import { rowHolds } from '../../specs/diff/rules.js';
import { contactChange } from '../../specs/diff/contacts.js';
import { normalizeForQuote } from '../../specs/quote.js';

// diffgen80c (issue 14): items added to or dropped from what the money is for and who gets it, under a list's lead, and the
// topic fallback's recipients, purpose and statute read further. Every text here is a constructed probe (own sentences,
// written the way kommuner, regioner and the agencies phrase them), never a corpus text.

const lists = (a: string, b: string) => listChanges(textSentences(a), textSentences(b), a, b);
const said = (a: string, b: string) => lists(a, b).map((c) => `${c.field} ${c.kind} -[${c.removed.map((x) => x.item).join('|')}] +[${c.added.map((x) => x.item).join('|')}]`);
const topics = (a: string, b: string) => topicChanges(textSentences(a), textSentences(b), a, b).map((c) => `${c.field} ${c.kind}`);

const INTRO = 'Kulturbidrag till föreningar\n\nKommunen fördelar varje år bidrag till föreningar som bedriver kulturverksamhet i kommunen.\n\n';
const USES = (items: readonly string[]) => `${INTRO}Bidraget får användas till:\n\n${items.map((x) => `• ${x}`).join('\n')}\n\nAnsökan görs i kommunens e-tjänst.\n`;

describe('lead rows', () => {
  it('run their examples and counter-examples', () => {
    for (const row of LIST_LEADS) {
      for (const e of row.examples) expect(rowHolds(row, e), `${row.id}: ${e}`).toBe(true);
      for (const c of row.counterExamples) expect(rowHolds(row, c), `${row.id} (counter): ${c}`).toBe(false);
    }
  });
  it('give one field, a section heading by its own rows', () => {
    expect(leadField('Bidraget får användas till:')).toBe('permitted_uses');
    expect(leadField('Bidraget får inte användas till:')).toBe('excluded_uses');
    expect(leadField('Vad kan man söka bidrag för?')).toBe('permitted_uses');
    expect(leadField('Spara följande underlag:')).toBe('evidence_documents');
    expect(leadField('Andra bidrag du kan söka')).toBeUndefined();
  });
  it('run in linear time on hostile text', () => {
    const hostile = `${'bidraget får '.repeat(4000)}${'för att få '.repeat(3000)}${'syftet med '.repeat(3000)}:x`;
    const t0 = Date.now();
    for (const row of LIST_LEADS) rowHolds(row, hostile);
    for (const row of SENTENCE_TOPICS) rowHolds(row, hostile);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('items added or removed under a lead', () => {
  it('a use added to a bulleted list', () => {
    expect(said(USES(['lokalhyra', 'material']), USES(['lokalhyra', 'material', 'arvoden till kulturutövare']))).toEqual(['permitted_uses added -[] +[arvoden till kulturutövare]']);
  });
  it('a use removed, quoted from its own line', () => {
    const a = USES(['lokalhyra', 'material', 'marknadsföring']);
    const c = lists(a, USES(['lokalhyra', 'material']));
    expect(c.map((x) => `${x.field} ${x.kind}`)).toEqual(['permitted_uses removed']);
    const s = c[0]!.removed[0]!.sentence;
    expect(a.split('\n')[s.line - 1]).toContain(s.text);
  });
  it('an excluded use added', () => {
    const x = (items: readonly string[]) => `${INTRO}Stöd ges inte till:\n\n${items.map((i) => `- ${i}`).join('\n')}\n`;
    expect(said(x(['ordinarie drift', 'investeringar i lokaler']), x(['ordinarie drift', 'investeringar i lokaler', 'alkohol och tobak']))).toEqual(['excluded_uses added -[] +[alkohol och tobak]']);
  });
  it('a condition added under "För att få bidraget krävs att föreningen:"', () => {
    const x = (items: readonly string[]) => `${INTRO}För att få bidraget krävs att föreningen:\n\n${items.map((i) => `• ${i}`).join('\n')}\n`;
    expect(said(x(['är registrerad i föreningsregistret', 'har minst tio medlemmar']), x(['är registrerad i föreningsregistret', 'har minst tio medlemmar', 'följer demokratiska principer']))).toEqual(['conditions added -[] +[följer demokratiska principer]']);
  });
  it('an underlag added under "Spara följande underlag:"', () => {
    const x = (items: readonly string[]) => `${INTRO}Spara följande underlag i tio år:\n\n${items.map((i) => `• ${i}`).join('\n')}\n`;
    expect(said(x(['kvitton', 'fakturor']), x(['kvitton', 'fakturor', 'närvarolistor']))).toEqual(['evidence_documents added -[] +[närvarolistor]']);
  });
  it('a purpose item removed under "Syftet med satsningen är att:"', () => {
    const x = (items: readonly string[]) => `${INTRO}Syftet med satsningen är att:\n\n${items.map((i) => `• ${i}`).join('\n')}\n`;
    expect(said(x(['stärka ungas delaktighet', 'minska ensamheten bland äldre']), x(['stärka ungas delaktighet']))).toEqual(['purpose removed -[minska ensamheten bland äldre] +[]']);
  });
  it('a kind of applicant added under "Bidraget kan sökas av:"', () => {
    const x = (items: readonly string[]) => `${INTRO}Bidraget kan sökas av:\n\n${items.map((i) => `• ${i}`).join('\n')}\n`;
    expect(said(x(['ideella föreningar', 'kommuner']), x(['ideella föreningar', 'kommuner', 'studieförbund']))).toEqual(['recipients added -[] +[studieförbund]']);
  });
  it('short lines without bullets under a lead', () => {
    const x = (items: readonly string[]) => `${INTRO}Medlen kan användas för följande:\n${items.join('\n')}\n\nKontakta kulturförvaltningen om du har frågor.\n`;
    expect(said(x(['Hyra av lokal', 'Resor']), x(['Hyra av lokal', 'Resor', 'Tekniker och ljud']))).toEqual(['permitted_uses added -[] +[Tekniker och ljud]']);
  });
  it('a run after the lead\'s colon in one sentence', () => {
    expect(said(`${INTRO}Bidraget får användas till: lokalhyra, material och resor.\n`, `${INTRO}Bidraget får användas till: lokalhyra, material, resor och arvoden.\n`)).toEqual(['permitted_uses added -[] +[arvoden]']);
  });
  it('an underlag added under the heading "Underlag att spara"', () => {
    const x = (items: readonly string[]) => `${INTRO}Underlag att spara\n\n${items.map((i) => `• ${i}`).join('\n')}\n`;
    expect(said(x(['fakturor', 'avtal med artister']), x(['fakturor', 'avtal med artister', 'deltagarlistor']))).toEqual(['evidence_documents added -[] +[deltagarlistor]']);
  });
  it('short lines under a heading a lead row claims, no colon', () => {
    const x = (items: readonly string[]) => `${INTRO}Underlag att spara\n\n${items.join('\n')}\n\nAnsökan görs i e-tjänsten.\n`;
    expect(said(x(['Fakturor', 'Kvitton']), x(['Fakturor', 'Kvitton', 'Deltagarlistor']))).toEqual(['evidence_documents added -[] +[Deltagarlistor]']);
  });
  it('a condition removed under "Föreningen ska:", none under "Föreningen ska redovisa:"', () => {
    const x = (lead: string, items: readonly string[]) => `${INTRO}${lead}\n\n${items.map((i) => `• ${i}`).join('\n')}\n`;
    expect(said(x('Föreningen ska:', ['ha ett organisationsnummer', 'vara politiskt obunden']), x('Föreningen ska:', ['ha ett organisationsnummer']))).toEqual(['conditions removed -[vara politiskt obunden] +[]']);
    expect(lists(x('Föreningen ska redovisa:', ['antal deltagare', 'kostnader']), x('Föreningen ska redovisa:', ['antal deltagare']))).toEqual([]);
  });
  it('a list under a heading that asks what the money is for', () => {
    const x = (items: readonly string[]) => `${INTRO}Vad kan man söka bidrag för?\n\n${items.map((i) => `• ${i}`).join('\n')}\n`;
    expect(said(x(['konserter', 'teaterföreställningar']), x(['konserter', 'teaterföreställningar', 'utställningar']))).toEqual(['permitted_uses added -[] +[utställningar]']);
  });
  it('an item changed by a word the other text says nowhere', () => {
    expect(said(USES(['lokalhyra', 'resor inom Sverige']), USES(['lokalhyra', 'resor inom Norden']))).toEqual(['permitted_uses changed -[resor inom Sverige] +[resor inom Norden]']);
  });
});

describe('no change of the listed items', () => {
  it('a list reordered', () => {
    expect(lists(USES(['lokalhyra', 'material', 'resor']), USES(['resor', 'lokalhyra', 'material']))).toEqual([]);
  });
  it('an item reworded with the same words, or its words reordered', () => {
    expect(lists(USES(['resor inom Sverige']), USES(['resor i Sverige']))).toEqual([]);
    expect(lists(USES(['material och utrustning']), USES(['utrustning och material']))).toEqual([]);
  });
  it('a list turned into prose saying the same uses', () => {
    expect(lists(USES(['lokalhyra', 'material', 'resor']), `${INTRO}Bidraget får användas till lokalhyra, material och resor.\n`)).toEqual([]);
  });
  it('an item moved to another list of the same field', () => {
    const b = `${INTRO}Bidraget får användas till:\n\n• lokalhyra\n\nDu kan också söka för:\n\n• material\n`;
    expect(lists(USES(['lokalhyra', 'material']), b)).toEqual([]);
  });
  it('a menu of other grants, a "Läs mer" link, examples of funded projects', () => {
    expect(lists(INTRO, `${INTRO}Andra bidrag du kan söka\n\n• Kulturstipendium\n• Arrangörsbidrag\n`)).toEqual([]);
    expect(lists(USES(['lokalhyra']), USES(['lokalhyra', 'Läs mer om vilka kostnader som godkänns']))).toEqual([]);
    expect(lists(INTRO, `${INTRO}Exempel på projekt som har fått stöd:\n\n• En filmfestival för unga\n• En körturné i länet\n`)).toEqual([]);
  });
  it('a past round\'s list, a worked example', () => {
    expect(lists(INTRO, `${INTRO}Förra året fick följande föreningar bidrag:\n\n• Hembygdsföreningen\n• Konstföreningen\n`)).toEqual([]);
    expect(lists(USES(['lokalhyra']), `${USES(['lokalhyra'])}Exempel: en förening med 30 medlemmar som hyr en lokal kan få 5 000 kronor.\n`)).toEqual([]);
  });
  it('a page date, a phone number, a diarienummer changed', () => {
    const x = (d: string, tel: string, dnr: string) => `Publicerad ${d}\n\n${USES(['lokalhyra', 'material'])}Kontakt: Anna Andersson, telefon ${tel}\n\nDnr ${dnr}\n`;
    expect(lists(x('2023-02-01', '0123-45 67 89', 'KS 2023/12'), x('2024-02-05', '0123-45 67 00', 'KS 2024/31'))).toEqual([]);
  });
  it('a contact list under "Kontakta oss:" and its opening hours', () => {
    const x = (h: string) => `${INTRO}Kontakta oss:\n\n• Kulturförvaltningen\n• Telefontid ${h}\n`;
    expect(lists(x('måndag–fredag 9–12'), x('tisdag–torsdag 10–12'))).toEqual([]);
  });
  it('whom the work serves under a who-may-apply lead names no applicant', () => {
    const x = (items: readonly string[]) => `${INTRO}Bidraget kan sökas av:\n\n${items.map((i) => `• ${i}`).join('\n')}\n`;
    expect(listItems(textSentences(x(['barn och unga i kommunen'])))).toEqual([]);
  });
  it('a lead of another step: conditions for payment', () => {
    const x = (items: readonly string[]) => `${INTRO}Villkor för utbetalning:\n\n${items.map((i) => `• ${i}`).join('\n')}\n`;
    expect(lists(x(['rekvisition inlämnad']), x(['rekvisition inlämnad', 'redovisning av förra årets bidrag']))).toEqual([]);
  });
  it('a figure after a colon is no lead: "(2016:1367)"', () => {
    expect(lists(INTRO, `${INTRO}Bidraget får lämnas enligt förordningen (2016:1367) om statsbidrag till allmänna samlingslokaler.\n`)).toEqual([]);
  });
  it('bounded on a huge text', () => {
    const big = Array.from({ length: 2000 }, (_, i) => `Bidraget får användas till:\n• kostnad nummer ${i}\n• resa ${i}`).join('\n');
    const t0 = Date.now();
    lists(big, `${big}\n• en sista kostnad\n`);
    expect(Date.now() - t0).toBeLessThan(20000);
  });
});

describe('the topic fallback read further', () => {
  it('recipients: a target group named without a kind of applicant, added', () => {
    expect(topics(INTRO, `${INTRO}Bidraget riktar sig till det fria kulturlivet i Dalarnas län.\n`)).toEqual(['recipients added']);
  });
  it('recipients: a target group changed from one named group to another', () => {
    expect(topics(`${INTRO}Stipendiet riktar sig till professionella konstnärer i länet.\n`, `${INTRO}Stipendiet riktar sig till nyutexaminerade formgivare i länet.\n`)).toEqual(['recipients changed']);
  });
  it('no recipients change: the reader addressed, a relative clause reworded', () => {
    expect(topics(`${INTRO}Stödet riktar sig till dig som vill restaurera äldre byggnader.\n`, `${INTRO}Stödet riktar sig till dig som vill bevara eller restaurera äldre byggnader i byarna.\n`)).toEqual([]);
  });
  it('no recipients change: whom the work serves', () => {
    expect(topics(INTRO, `${INTRO}Satsningen riktar sig till barn och unga som inte deltar i föreningslivet.\n`)).toEqual([]);
    expect(topics(`${INTRO}Bidraget riktar sig till ideella föreningar.\n`, `${INTRO}Bidraget riktar sig till elever i årskurs 7–9.\n`)).toEqual([]);
  });
  it('legal_basis: a förordning named without its number, replaced by another', () => {
    expect(topics(`${INTRO}Bidraget lämnas enligt förordningen om statsbidrag för lovaktiviteter.\n`, `${INTRO}Bidraget lämnas enligt förordningen om statsbidrag för sommarskola.\n`)).toEqual(['legal_basis changed']);
  });
  it('no legal_basis change: the same förordning cited by its number, a law as the frame of a use', () => {
    expect(topics(`${INTRO}Bidraget lämnas enligt förordningen om statsbidrag för lovaktiviteter.\n`, `${INTRO}Bidraget lämnas enligt förordningen (2023:30) om statsbidrag för lovaktiviteter.\n`)).toEqual([]);
    expect(topics(INTRO, `${INTRO}Medlen får användas till stöd för barn som placerats enligt lagen om vård av unga.\n`)).toEqual([]);
  });
  it('legal_basis: an agency\'s föreskrifter replaced, cited by their code', () => {
    expect(topics(`${INTRO}Ersättning lämnas enligt myndighetens föreskrifter MIGRFS 7/2017 om schablonersättning.\n`, `${INTRO}Ersättning lämnas enligt myndighetens föreskrifter MIGRFS 3/2021 om schablonersättning.\n`)).toEqual(['legal_basis changed']);
  });
  it('no legal_basis change: the same code in a reworded sentence, a diarienummer', () => {
    expect(topics(`${INTRO}Statsbidraget regleras i Skolverkets föreskrifter (SKOLFS 2019:12).\n`, `${INTRO}Skolverkets föreskrifter (SKOLFS 2019:12) reglerar statsbidraget.\n`)).toEqual([]);
    expect(topics(`${INTRO}Ärendet har diarienummer KS 2019:12.\n`, `${INTRO}Ärendet har diarienummer KS 2020:31.\n`)).toEqual([]);
  });
  it('purpose: an aim said after "i syfte att", changed', () => {
    expect(topics(`${INTRO}Regionen fördelar medel till kommunerna i syfte att korta köerna till barn- och ungdomspsykiatrin.\n`, `${INTRO}Regionen fördelar medel till kommunerna i syfte att stärka elevhälsans förebyggande arbete.\n`)).toEqual(['purpose changed']);
  });
  it('no purpose change: the same aim reworded, a meeting held "i syfte att informera"', () => {
    expect(topics(`${INTRO}Regionen fördelar medel till kommunerna i syfte att stärka elevhälsan.\n`, `${INTRO}I syfte att stärka elevhälsan fördelar regionen medel till kommunerna.\n`)).toEqual([]);
    expect(topics(INTRO, `${INTRO}Kommunen bjuder in till ett möte i syfte att informera om arbetet.\n`)).toEqual([]);
  });
});

describe('recipients by the verb of requisitioning or sharing out', () => {
  it('a kind added to those who may requisition', () => {
    expect(topics(`${INTRO}Kommunerna kan rekvirera medlen hos myndigheten.\n`, `${INTRO}Kommunerna och regionerna kan rekvirera medlen hos myndigheten.\n`)).toEqual(['recipients changed']);
  });
  it('the money shared out to other recipients', () => {
    expect(topics(`${INTRO}Statsbidraget riktas till regionerna för arbetet med kortare vårdköer.\n`, `${INTRO}Statsbidraget riktas till kommunerna för arbetet med kortare vårdköer.\n`)).toEqual(['recipients changed']);
  });
  it('no change: the same kinds reworded, a requisition\'s channel, what the work is aimed at', () => {
    expect(topics(`${INTRO}Medlen fördelas till samtliga kommuner.\n`, `${INTRO}Medlen fördelas till alla kommuner utifrån antalet invånare.\n`)).toEqual([]);
    expect(topics(INTRO, `${INTRO}Regionerna kan inte rekvirera medlen efter den 1 oktober.\n`)).toEqual([]);
    expect(topics(INTRO, `${INTRO}Insatserna ska riktas till kommuner med hög arbetslöshet.\n`)).toEqual([]);
  });
});

describe('contacts listed by name and role', () => {
  const change = (a: string, b: string) => contactChange(textSentences(a), textSentences(b), normalizeForQuote(a), normalizeForQuote(b))?.kind;
  it('a name with its role on one line, replaced', () => {
    expect(change(`${INTRO}Kontaktperson\n\nKarin Ek, utvecklingsledare kultur\n`, `${INTRO}Kontaktperson\n\nLena Holm, utvecklingsledare kultur\n`)).toBe('changed');
  });
  it('a leader\'s title on the line under the name, the name replaced', () => {
    expect(change(`${INTRO}Kontakter\n\nKarin Ek\n\nUtvecklingsledare: Musik\n`, `${INTRO}Kontakter\n\nLena Holm\n\nUtvecklingsledare: Musik\n`)).toBe('changed');
  });
  it('no change: the same person, a new phone number or opening hours', () => {
    expect(change(`${INTRO}Karin Ek, utvecklingsledare kultur\nTelefon 0123-45 67 89, måndag–fredag 9–12\n`, `${INTRO}Karin Ek, utvecklingsledare kultur\nTelefon 0123-45 60 00, tisdag–torsdag 10–12\n`)).toBeUndefined();
  });
  it('no change: a place and a year, a heading\'s words after a comma', () => {
    expect(change(INTRO, `${INTRO}Mer Information, kulturförvaltningen\n\nÖrebro, 2024\n`)).toBeUndefined();
  });
});
