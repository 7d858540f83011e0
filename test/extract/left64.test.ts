import { describe, expect, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Issue 12 (helper left64): the misses and wrong values review63, vary63 and fresh63 left open, fixed by class. For each
// class: the shape as found, paraphrases in another body's phrasing, and a counter-probe that must give nothing. Every
// text is constructed unless a dev text is named. LEFT_OPEN holds the probes not fixed safely, each with its reason.

type Probe = { id: string; cls: string; field: string; want: Want; text: string };
const P = (id: string, cls: string, field: string, want: Want, ...lines: string[]): Probe => ({ id, cls, field, want, text: lines.join('\n') });
const ORG = 'Ideella föreningar kan söka bidraget.';

const PROBES: Probe[] = [
  // 1. an agency's yearly sum across all its grants, a whole sector as receiver (cues/funding.ts totalt-fordela, WHOLE_SECTORS)
  P('T1a', 'agency sum', 'funding.total', null, 'Bidrag till civilsamhället', 'Under 2024 fördelar vi totalt 300 miljoner kronor i bidrag till civilsamhället.', ORG),
  P('T1b', 'agency sum', 'funding.total', null, 'Kulturbidrag', 'Varje år fördelar vi totalt 2,5 miljarder kronor till kultur i hela landet.', ORG),
  P('T1c', 'agency sum', 'funding.total', null, 'Idrottsstöd', 'I år fördelar myndigheten sammanlagt 900 miljoner kronor i statsbidrag till idrottsrörelsen.', ORG),
  P('T1x', 'agency sum (keeps)', 'funding.total', 30000000, 'Projektbidrag', 'Under 2024 fördelar vi totalt 30 miljoner kronor i bidrag till civilsamhällets arbete mot segregation.', ORG),
  // 2. a sum over a span of years (vary63 TBz)
  P('T2a', 'span of years', 'funding.total', null, 'Projektbidrag', 'Nu fördelas 20 miljoner kronor under 2024–2026.', ORG),
  // 3. a job ad (cues/grant-text.ts job-ad-head, JOB_DUTY)
  P('J1a', 'job ad', 'kind', 'refused', 'Projektekonom sökes', 'Vi söker en projektekonom som ska sammanställa delrapporter till finansiärer.', 'Ansök senast 1 maj.'),
  P('J1b', 'job ad', 'kind', 'refused', 'Projektekonom sökes', 'Du kommer att sammanställa delrapporter till finansiärer och följa upp budget.', 'Ansök senast 1 maj.'),
  P('J1c', 'job ad', 'kind', 'refused', 'Vi söker en controller', 'I rollen ingår att ta fram lägesrapporter till projektets finansiärer.', 'Sista ansökningsdag 30 april.'),
  P('J1d', 'job ad at a grant unit', 'kind', 'refused', 'Handläggare sökes till bidragsenheten', 'Du kommer att granska ansökningar om bidrag från föreningar.', 'Skicka din ansökan senast 15 mars 2024.'),
  P('J1x', 'grant text (keeps)', 'kind', 'anvisning', 'Projektbidrag sökes senast 1 maj', 'Slutrapporten ska skickas till finansiären.', 'Ansök senast 1 maj 2024.'),
  // 4. the year applied for after the year the round is open in (cues/year.ts att-soka-for-ar)
  P('Y1a', 'year applied for', 'year', 2022, 'Leadercheckar', 'Under 2021 finns det leadercheckar att söka för 2022.', ORG),
  P('Y1b', 'year applied for', 'year', 2024, 'Kulturcheckar', 'Under hösten 2023 går det att söka kulturcheckar för 2024.', ORG),
  P('Y1x', 'round year (keeps)', 'year', 2021, 'Leadercheckar', 'Under 2021 finns leadercheckar att söka inom flera områden.', ORG),
  // 5. two rounds' days in one sentence: the first round's (dev 1959)
  P('D1a', 'two rounds', 'requisition.closes', '2018-04-10', 'Projektbidrag', 'Det finns två ansökningsomgångar per år, den första har sista ansökningsdatum 10 april 2018 och den andra 1 oktober 2018.', ORG),
  P('D1b', 'two rounds', 'requisition.closes', '2024-03-15', 'Projektbidrag', 'Bidraget kan sökas två gånger per år: den första omgången stänger 15 mars 2024 och den andra 15 september 2024.', ORG),
  // 6. a yearless opening day, the grant's year after it (dev 1958)
  P('O1a', 'opens, year after', 'requisition.opens', '2019-04-15', 'Krisstöd', 'Den 15 april öppnar ansökan om krisstöd 2019.', ORG),
  P('O1b', 'opens, year after', 'requisition.opens', '2025-02-03', 'Projektbidrag', 'Den 3 februari öppnar e-tjänsten för ansökan om bidrag 2025.', ORG),
  P('O1x', 'not an application', 'requisition.opens', null, 'Projektbidrag', 'Den 15 april öppnar utställningen om krisstöd 2019.', ORG),
  // 7. "De X kronor som … ska kunna sökas" (cues/funding.ts de-summa-som-kan-sokas; dev 1961)
  P('F1a', 'the sum at hand', 'funding.total', 25000000, 'Projektbidrag', 'De 25 miljoner kronor som tillförts genom vårändringsbudgeten ska kunna sökas av kommuner.', ORG),
  P('F1b', 'the sum at hand', 'funding.total', 40000000, 'Projektbidrag', 'De 40 miljoner kronor som regeringen avsatt för satsningen kan sökas av föreningar.', ORG),
  P('F1x', 'a past round', 'funding.total', null, 'Projektbidrag', 'De 25 miljoner kronor som fördelades förra året gick till 40 projekt.', ORG),
  // 8. organisations by what the grant is meant for, the giver between (recipients avsett-for-organisationer; dev 1960)
  P('R1a', 'avsett för', 'recipients.types', ['organisation'], 'Coronastöd för föreningshus', 'Understödet från Undervisnings- och kulturministeriet är avsett för att stödja sammanslutningar och stiftelser som upprätthåller hus.'),
  P('R1b', 'avsett för', 'recipients.types', ['organisation'], 'Stöd till bygdegårdar', 'Stödet från Boverket är avsett för att stödja föreningar som äger allmänna samlingslokaler.'),
  P('R1x', 'a region giver', 'recipients.types', null, 'Stöd', 'Bidraget från Region Skåne är avsett för ideella föreningar.'),
  // 9. a section headed by the entitled kind (recipients bidragsberattigade, organisation; dev 1954)
  P('R2a', 'bidragsberättigade', 'recipients.types', ['organisation'], 'Regler', 'Bidragsberättigade studieförbund', 'Bidragsberättigade är de studieförbund som har verksamhet i kommunen.'),
  P('R2b', 'bidragsberättigade', 'recipients.types', ['organisation'], 'Kulturbidrag', 'Bidragsberättigade stiftelser', 'Stiftelser som förvaltar kulturhus är berättigade till bidrag.'),
  P('R2x', 'not entitled kinds', 'recipients.types', null, 'Bidrag', 'Bidragsberättigade kostnader', 'Kostnader för lokaler och material.'),
  // 10. vary63 R1c, R5b
  P('R3a', 'cleft with the receiver', 'recipients.types', ['kommun'], 'Bidrag till lokala naturvårdsprojekt', 'Det är kommunen som skickar in ansökan till länsstyrelsen.', 'Bidraget får användas till naturvårdsprojekt.'),
  P('R3b', 'huvudman list item', 'recipients.types', ['huvudman', 'organisation'], 'Om statsbidrag', 'Bidragen riktar sig till:', '- kommunala huvudmän', '- organisationer med anknytning till skolan', 'Bidraget får användas till skolutveckling.'),
];

// the probes not fixed, with the reason (each was run against main and this branch: see the report)
const LEFT_OPEN = new Map<string, string>([
  ['T2a', '"Nu fördelas 20 miljoner kronor under 2024–2026" gives 20 000 000; dev 01\'s gold reads "fördela 70 miljoner kronor under åren 2018-2020" as the total, nothing in the phrasing tells the two apart'],
  // J1d fixed by h/left65: a job-ad veto over stated fields (cues/grant-text.ts readsAsJobAd)
  ['D1a', 'the first round\'s day of two in one sentence: the closes finder takes no day from a sentence with two rounds, and choosing the first needs the round order read (dev 1959)'],
  ['D1b', 'as D1a'],
  ['O1a', 'a yearless opening day with the grant\'s year after it: a grant year\'s application may open the year before ("öppnar 1 november … bidrag 2025"), so the year cannot be lent safely (dev 1958)'],
  ['O1b', 'as O1a'],
  ['F1b', 'the sum after "De" is read by the row (its example holds) but another reading of the sentence keeps no total; not traced in time'],
  // R3a, R3b fixed by h/left65 (test/extract/left65.test.ts)
]);


describe('left64: review63/vary63/fresh63 left-open shapes by class, paraphrases and counter-probes', () => {
  for (const p of PROBES) {
    const run = LEFT_OPEN.has(p.id) ? it.skip : it;
    run(`${p.id} ${p.cls} ${p.field}: ${p.text.split('\n')[1] ?? ''}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
