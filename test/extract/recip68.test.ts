import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anvisningOf } from './probe.js';
import { score, tally, type Row } from './recip68-grid.js';

// recip68 (issue 12): who may apply when the applicant is a long or indirect subject of the applying clause, measured on the
// generated grid of test/extract/recip68-grid.ts (subject shapes × recipient types × verbs, and distractors). Half A was
// looked at while fixing; half B was only ever counted.
//
// right / missing / wrong, main 24c59906 before any change (cells with an applicant; distractors):
//   half A 83/147/6 (applicant cells 61/145/0, distractors 22/2/6); half B 89/148/3 (applicant 66/144/0, distractors 23/4/3).
//   The wrong ones: "Föreningar som fått bidrag ska redovisa …", "Föreningar som har beviljats bidrag ska lämna en redovisning"
//   read as organisation, "Företag i länet kan söka stödet i samverkan med kommunen" read as kommun.
// After the subject reader (fields/recipients.ts subjectTypes; rows APPLYING_VERBS, CONDITION_LEAD, SUBJECT_LEADS,
// SUBJECT_MODIFIER, SUBJECT_HEADS, SUBJECT_CONJUNCTION, SUBJECT_BREAK) and the partner row widened to "i samverkan med
// kommunen" (NOT_RECIPIENT_NAMES partner-in-samverkan):
//   half A 232/0/4 (applicant 206/0/0, distractors 26/0/4); half B 238/0/2 (applicant 210/0/0, distractors 28/0/2), the
//   wrong ones all the two "Föreningar som fått/har beviljats bidrag …" lines, which the extractor reads as the grant's
//   recipients by design (cues/reporting.ts GRANTED_RECIPIENTS; the text does state who got the grant). With organisation
//   accepted there (recip68-grid.ts, said in the grid): half A 236/0/0, half B 240/0/0; the first run so counted was A
//   87/147/2, B 91/148/1.

// The floors the code now meets: right cells per half; no distractor may give a type it does not name.
const FLOOR = { A: 236, B: 240 };
const DISTRACTOR_WRONG_MAX = 0;

describe('recip68: the subject of the applying clause, as a generated grid', () => {
  it('meets the floors for right on each half and gives no wrong type on the distractors', async () => {
    const rows = await score();
    if (process.env.RECIP68_REPORT) {
      const lines: string[] = [];
      const fmt = (m: Map<string, [number, number, number]>): void => {
        for (const [k, [r, mi, w]] of m) lines.push(`${k.padEnd(40)} ${r}/${mi}/${w}`);
      };
      const kind = (r: Row): string => (r.cls.startsWith('distractor') ? 'distractor' : 'applicant');
      fmt(tally(rows, (r) => `half ${r.half}`));
      fmt(tally(rows, (r) => `half ${r.half} ${kind(r)}`));
      // per class and type over half A only: half B is only counted
      const a = rows.filter((r) => r.half === 'A');
      fmt(tally(a, (r) => `A ${r.cls}`));
      fmt(tally(a.filter((r) => kind(r) === 'applicant'), (r) => `A type ${r.id.split('/')[1]}`));
      fmt(tally(a.filter((r) => kind(r) === 'applicant'), (r) => `A verb ${r.id.split('/')[2]}`));
      for (const r of a) if (r.verdict !== 'right') lines.push(`${r.verdict.toUpperCase()} ${r.id} got=${JSON.stringify(r.got)} want=${JSON.stringify(r.want)}\n    ${r.text.replace(/\n/gu, ' ⏎ ')}`);
      writeFileSync(process.env.RECIP68_REPORT, `${lines.join('\n')}\n`);
    }
    const wrong = rows.filter((r) => r.cls.startsWith('distractor') && r.verdict === 'wrong');
    expect(wrong.length).toBeLessThanOrEqual(DISTRACTOR_WRONG_MAX);
    for (const h of ['A', 'B'] as const) expect(rows.filter((r) => r.half === h && r.verdict === 'right').length).toBeGreaterThanOrEqual(FLOOR[h]);
  }, 600_000);
});

describe('recip68: probes of the subject reader, the batch phrasing, two paraphrases and counter-probes', () => {
  const types = (text: string): string[] => [...(anvisningOf(text).recipients?.types ?? [])].sort();
  it('reads the head noun of a long subject (dev 2040) and of paraphrases in other bodies\' phrasing', () => {
    // dev 2040, Solna stad
    expect(types('Söka bidrag\nIdrottsföreningar med barn- och ungdomsverksamhet som är registrerade i Solnas föreningsregister kan söka ledarutbildningsbidraget.\n')).toEqual(['organisation']);
    // paraphrases: a region's and a kommun's phrasing
    expect(types('Kulturstöd\nKulturföreningar i Region Värmland som arrangerar konserter för unga har möjlighet att söka arrangörsstöd.\n')).toEqual(['organisation']);
    expect(types('Lovaktiviteter\nOm er förening uppfyller kommunens policy för bidrag kan ni ansöka om medel för lovaktiviteter.\n')).toEqual(['organisation']);
    expect(types('Stöd till utveckling\nKommuner i länet som vill söka stödet ska skicka in en ansökan till länsstyrelsen.\n')).toEqual(['kommun']);
  });
  it('reads the subject after the verb when an adverb opens the sentence, a congregation, and the question "Vilka X kan få bidrag?"', () => {
    // dev 1403, Folkhälsomyndigheten; paraphrases in a kommun's and a region's phrasing
    expect(types('Verksamhetsbidrag\nNu har ideella organisationer som arbetar tobaksförebyggande möjlighet att söka medel till sin verksamhet.\n')).toEqual(['organisation']);
    expect(types('Kulturbidrag\nI år kan kulturföreningar med verksamhet i kommunen söka bidrag för konserter.\n')).toEqual(['organisation']);
    expect(types('Utvecklingsstöd\nNu kan kommuner i Västra Götaland ansöka om stöd för lokala satsningar.\n')).toEqual(['kommun']);
    // dev 1796, Svenska Missionskyrkan; paraphrases
    expect(types('Bidrag till församlingar\nAlla församlingar inom Svenska Missionskyrkan har rätt att söka bidrag från Bidragsfonden.\n')).toEqual(['organisation']);
    expect(types('Stöd till lokalt arbete\nFörsamlingar som är medlemmar i samfundet kan ansöka om stöd för ungdomsarbete.\n')).toEqual(['organisation']);
    // dev 1316, Nyköping; a paraphrase
    expect(types('Sök bidrag till din förening\nVilka föreningar kan få bidrag?\n')).toEqual(['organisation']);
    expect(types('Stöd till kommuner\nVilka kommuner kan söka stödet?\n')).toEqual(['kommun']);
  });
  it('reads the noun phrase right after "riktar sig till" and "kan beviljas åt" by its head', () => {
    // dev 1626, Mörbylånga; dev 1273, Kimitoön; paraphrases
    expect(types('Projektstöd\nDet nya bidraget som heter Projektstöd fritidsföreningar riktar sig till idrotts- och fritidsföreningar i Mörbylånga kommun.\n')).toEqual(['organisation']);
    expect(types('Verksamhetsbidrag\nVerksamhetsbidrag kan beviljas åt registrerad idrottsförening med Kimitoöns kommun som hemort.\n')).toEqual(['organisation']);
    expect(types('Kulturstöd\nStödet vänder sig främst till kulturföreningar och studieförbund i regionen.\n')).toEqual(['organisation']);
    expect(types('Utvecklingsbidrag\nUtvecklingsbidraget riktar sig till kommuner i Norrbottens län.\n')).toEqual(['kommun']);
    // counter-probes: a target group after "som riktar sig till", children after "riktar sig till"
    expect(types('Stöd till verksamhet\nMedel avsätts för verksamhet som riktar sig till kommuner i glesbygd.\n')).toEqual([]);
    expect(types('Stöd till lovaktiviteter\nStödet riktar sig till barn och unga i länet.\n')).toEqual([]);
  });
  it('reads no applicant from a subject that is none, nor from a noun after the verb', () => {
    expect(types('Bidrag till lokala aktiviteter\nNu kan privatpersoner söka stöd för att hjälpa föreningar.\n')).toEqual([]);
    expect(types('Bidrag till lokala aktiviteter\nMedlemmar i församlingen har möjlighet att söka stipendiet.\n')).toEqual([]);
    expect(types('Bidrag till lokala aktiviteter\nEnskilda personer som vill söka stöd kan kontakta sin förening.\n')).toEqual([]);
    expect(types('Bidrag till lokala aktiviteter\nOm ni som företag anordnar aktiviteter för barn kan ni söka stöd.\n')).toEqual([]);
    expect(types('Bidrag till lokala aktiviteter\nNi som privatperson kan söka bidraget.\n')).toEqual([]);
    expect(types('Bidrag till lokala aktiviteter\nSom medlem i en förening kan du söka stipendiet.\n')).toEqual([]);
    // the kommun before the verb, the föreningar after it: a kommun's application for föreningar
    expect(types('Stöd till utveckling\nKommuner i länet har möjlighet att söka stöd för föreningar.\n')).toEqual(['kommun']);
    // the kommun named definite is the page's own body, the partner after "i samverkan med"
    expect(types('Bidrag till lokala aktiviteter\nFöretag i länet kan söka stödet i samverkan med kommunen.\n')).toEqual([]);
  });
});
