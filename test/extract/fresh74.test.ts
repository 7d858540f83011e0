import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Fresh batch dev 2188–2193 (stop 53, issue 12, helper fresh74): the one wrong value of the first run was dev 2191's kind, Leader
// Lundaland's step page read as a reporting form for its list of questions about the applicant's idea. The fix is one row,
// genre.IDEA_QUESTIONS_LEAD, weighed in formByScore. Here the batch's phrasing (`b`), two paraphrases in other bodies' phrasing
// (`p`) that must not read as a form, and counter-probes (`c`): real report forms with a reflective lead that must stay forms
// (the adversarial probes written before the row was committed: money already granted, the report named on the line).
// Constructed texts except b1, which keeps dev 2191's lead sentence and question list.

type Probe = { id: string; row: string; want: Want; text: string };
const FORM = 'reporting-form';

const QUESTIONS = '\n\n • Matchar din idé vår utlysning?\n • Vem står bakom projektet? Har ni samarbetspartners och kapacitet att genomföra projektet?\n • Kan ni bidra med egen finansiering?\n • Vilka gynnas av att projektet genomförs?\n • Hur ser den planerade tidsperioden ut för projektet?\n • Är projektet hållbart?\n\n';

export const PROBES: Probe[] = [
  { id: 'b1', row: 'IDEA_QUESTIONS_LEAD: the batch\'s Leader step page', want: { not: FORM },
    text: 'Steg för steg\n\nINTRESSEANMÄLAN\n\nFöreningar, företag och organisationer kan söka projektstöd för att främja utvecklingen i leaderområdet. Är du intresserad av att söka projektstöd för ditt utvecklingsprojekt? Börja med att bekanta dig med vår lokala utvecklingsstrategi. Fundera sedan på och besvara frågeställningarna:'
      + QUESTIONS + 'Mejla svaren som en intresseanmälan till leaderkontoret.' },
  { id: 'p1', row: 'IDEA_QUESTIONS_LEAD: a region\'s culture fund page, "Ställ er följande frågor innan ni ansöker:"', want: { not: FORM },
    text: 'Regionala kulturprojektmedel\n\nKulturföreningar och studieförbund i länet kan söka projektmedel för nya kulturprojekt.\n\nStäll er följande frågor innan ni ansöker:\n\n • Når projektet nya publikgrupper?\n • Vilka samarbetspartners har ni?\n • Hur ska projektet finansieras utöver regionens stöd?\n • Vad händer när projektet är slut?\n\nKontakta en kulturutvecklare om ni är osäkra.' },
  { id: 'p2', row: 'IDEA_QUESTIONS_LEAD: an English trust\'s page, "Ask yourself these questions before you apply:"', want: { not: FORM },
    text: 'Community Fund\n\nLocal groups and charities can apply for up to £5,000.\n\nAsk yourself these questions before you apply:\n\n • Does your idea meet one of our priorities?\n • Who will benefit from the project?\n • Have you got other funding lined up?\n • How will you know the project has worked?\n\nIf you are unsure, talk to our grants team first.' },
  { id: 'c1', row: 'IDEA_QUESTIONS_LEAD counter: a report form whose lead speaks to those who have applied and been granted stays a form', want: FORM,
    text: 'Slutrapport projektstöd 2024\n\nFöreningens namn: ________________\nKontaktperson: ________________\n\nNi som har sökt och fått bidrag: fundera över följande frågor:\n\n1. Har projektet genomförts enligt plan?\n________________\n2. Hur har bidraget använts?\n________________\n3. Vilka har deltagit i projektet?\n________________\n4. Vad skulle ni göra annorlunda?\n________________\n\nOrt och datum: ________________\nNamnteckning: ________________' },
  { id: 'c2', row: 'IDEA_QUESTIONS_LEAD counter: a report form naming the report on the lead ("… när ni skriver slutrapporten:") stays a form', want: FORM,
    text: 'Slutrapport kulturprojekt\n\nProjektets namn: ________________\nDiarienummer: ________________\n\nFundera över följande frågor när ni skriver slutrapporten och ansöker om slututbetalning:\n\n1. Vilka aktiviteter har genomförts?\n________________\n2. Hur många deltagare nådde projektet?\n________________\n3. Hur har stödet använts?\n________________\n4. Vilka resultat har projektet gett?\n________________\n\nOrt och datum: ________________\nNamnteckning: ________________' },
];

describe('fresh74: an applicant\'s idea questions are no reporting form, report forms with a reflective lead stay forms', () => {
  for (const p of PROBES) {
    it(`${p.id} kind [${p.row}]`, async () => {
      expectWant(await probeField(p.text, 'kind'), p.want);
    });
  }
});
