import { describe, expect, it } from 'vitest';
import { readText } from '../../extract/read/text.js';
import { looksLikeForm } from '../../extract/fields/reporting-form.js';
import { anvisningOf as spec } from './probe.js';

// Review of stop 40's merged extractor rows (helper review43, issue 12): the shapes on which a merged row gave a wrong
// value or dropped a right one. Sentences of real phrasings (the rows' counter-examples hold the dev texts' own lines).

const BODY = 'Föreningar kan söka bidrag för projekt. Bidraget får användas till kostnader för aktiviteter.\n';
const page = (lines: string, title = 'Föreningsstöd') => spec(`${title}\n\n${lines}\n\n${BODY}`);

describe('a window told beside last year is this round\'s (dates.PAST_WINDOW)', () => {
  it('"precis som tidigare år" tells no past window, a next round\'s day beside it', () => {
    const s = page('Precis som tidigare år kan ansökan lämnas in mellan 1 mars och 30 april 2025.\n\nNästa ansökningsperiod öppnar den 1 mars 2026.');
    expect([s.requisition?.opens, s.requisition?.closes]).toEqual(['2025-03-01', '2025-04-30']);
  });
});

describe('a past window gives way only to a later day as sure as it (fields/requisition.ts dropPastRounds)', () => {
  it('not to a lighter later deadline of something else', () => {
    const s = page('Sista ansökningsdag var 15 mars 2024. Bidraget ska användas senast 31 december 2025 och ansökan om förlängning ska lämnas senast 1 december 2025.');
    expect(s.requisition?.closes).not.toBe('2025-12-01');
  });
});

describe('a meeting the grant is sought for is no other event (dates.OTHER_EVENT_DAYS meeting-before-day)', () => {
  it('"seminarier kan sökas senast" is the application\'s day', () => {
    expect(page('Stöd till konferenser och seminarier kan sökas senast den 15 mars 2025.', 'Stöd till konferenser').requisition?.closes).toBe('2025-03-15');
  });
});

describe('a site\'s banner line repeated in its footer is no title (fields/title.ts)', () => {
  it('above a heading that names the grant, the banner stays chrome', () => {
    const s = spec('Länsstyrelsen i Västra Götalands län informerar om bidrag\n\nBidrag till lokala naturvårdsprojekt\n\nKommuner och ideella föreningar kan söka bidrag för lokala naturvårdsprojekt. Ansökan ska vara inne senast den 1 oktober 2024.\n\nRelaterade sidor\n\nLänsstyrelsen i Västra Götalands län informerar om bidrag\n');
    expect(s.title).toBe('Bidrag till lokala naturvårdsprojekt');
  });
  it('a page\'s opening line above its body, repeated as a link below, is its name (dev 1486\'s shape)', () => {
    const s = spec('Bidrag till organisationer som företräder personer med funktionsnedsättning\n\nLandstinget delar varje år ut bidrag till organisationer som arbetar för personer med funktionsnedsättning.\n\nAnsökan ska vara inne senast den 31 maj 2017.\n\nRelaterade sidor\n\nBidrag till organisationer som företräder personer med funktionsnedsättning\n');
    expect(s.title).toBe('Bidrag till organisationer som företräder personer med funktionsnedsättning');
  });
});

describe('a project\'s own sum is no second total (funding omfattar-totalt with "också/även")', () => {
  it('the call\'s total stands beside a project budget\'s "omfattar även totalt"', () => {
    const s = page('Utlysningen omfattar totalt 30 miljoner kronor. Varje projekt kan beviljas högst 3 miljoner kronor. Projektbudgeten omfattar även totalt 1 miljon kronor i egen medfinansiering.\n\nAnsök senast den 31 mars 2025.', 'Utlysning: Innovationsprojekt 2025');
    expect(s.funding?.total).toBe(30000000);
  });
});

describe('a page of reporting instructions quoting its questions is no form (kind, h/forms19 question rows)', () => {
  it('"Rapporten ska besvara följande frågor:" quotes them', () => {
    const doc = readText('t.txt', 'Slutrapport – så gör du\n\nNär projektet är avslutat ska ni lämna en slutrapport. Rapporten ska besvara följande frågor:\n\nHur har projektet genomförts? Vilka resultat har ni uppnått? Har projektet nått sina mål?\n\nBeskriv hur ni har spridit resultaten. Här ska ni också redogöra för hur pengarna har använts.\n\nSlutrapporten ska lämnas senast två månader efter projektets slut.\n');
    expect(looksLikeForm(doc)).toBe(false);
  });
});

describe('a guide to filling in an application is no reporting form (FORM_MARKS application-head)', () => {
  it('"Så fyller du i ansökan …" above "Här ska du beskriva …" prompts', () => {
    const doc = readText('t.txt', 'Så fyller du i ansökan om projektbidrag\n\nAnsökan görs i vår e-tjänst. Nedan beskriver vi vad du ska fylla i under varje rubrik. Ansökan ska vara inne senast den 15 mars 2025.\n\nProjektets namn\nHär anger du projektets namn.\n\nSammanfattning\nHär ska du kort beskriva projektet. Beskriv vad ni vill göra och varför.\n\nSyfte och mål\nHär ska du redogöra för projektets syfte. Beskriv hur projektet ska nå sina mål.\n\nBudget\nHär fyller du i projektets kostnader och intäkter.\n');
    expect(looksLikeForm(doc)).toBe(false);
  });
});
