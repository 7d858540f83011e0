import { describe, expect, it } from 'vitest';
import { closingDays } from '../../specs/diff/closing.js';
import { contactChange, contactNames } from '../../specs/diff/contacts.js';
import { applicantsOf, eligibilityAdded } from '../../specs/diff/eligibility.js';
import { diffSpecs, type ChangeReport } from '../../specs/diff/index.js';
import { textSentences, withoutGlue } from '../../specs/diff/text.js';
import type { GrantSpec } from '../../specs/schema/index.js';
import { specOf } from '../extract/probe.js';

// The classes batch 24 (diff pairs q231–q243: prizes and stipends of kommuner, Mariehamn's evenemangsbidrag) opened,
// each on short texts in the wording of the real pages: a prize is a grant text, its nomination its application, its
// sum what one winner gets; a sum under another bound or unit is another rule; "som beviljas" → "kan beviljas" is none.

async function report(oldText: string, newText: string): Promise<ChangeReport> {
  const [a, b] = await Promise.all([specOf<GrantSpec>(oldText), specOf<GrantSpec>(newText)]);
  return diffSpecs(a, b, { oldText, newText });
}

describe('prizes and the sums of one recipient', () => {
  it('reads a prize page as a grant text and its nomination day as the last day', async () => {
    const s = await specOf<{ requisition?: { closes?: string } }>('Kungsbacka kommuns kulturpris\n\nPrissumman är på 10 000 kronor och delas ut av nämnden.\n\nSista dagen att nominera är den 15 januari 2023.\n');
    expect(s.requisition?.closes).toBe('2023-01-15');
  });

  it('reports a prize sum no longer stated and a nomination day moved', async () => {
    const r = await report(
      'Regler för kommunalt kulturpris\n\nFörslag till kulturpristagare skall ha inkommit före den 30 april varje år till kulturpriskommittén.\n\nKulturpriset uppgår för närvarande till 20 000 kronor.\n',
      'Kulturpris\n\nOBS! Senast den 26 september vill vi ha in din nominering.\n\nVarje år delar kommunen ut ett kulturpris till en eller flera personer.\n',
    );
    const paths = r.changes.map((c) => c.path);
    expect(paths.some((p) => p.startsWith('requisition.closes'))).toBe(true);
    expect(r.changes.some((c) => c.path.startsWith('funding') && c.kind === 'removed')).toBe(true);
  });

  it('reports the same sum under another bound or per another unit, not the same rule reworded', async () => {
    const tail = '\n\nAnsökan ska vara inne senast 31 mars.\n';
    const bound = await report(`Kulturstipendium\n\nInget stipendium får understiga 5 000 kronor.${tail}`, `Kulturstipendium\n\nInget stipendium får överstiga 5 000 kronor.${tail}`);
    expect(bound.changes.some((c) => c.path.startsWith('funding'))).toBe(true);
    const unit = await report(`Projektbidrag\n\nBidrag kan ges med högst 100 000 kronor per projekt.${tail}`, `Projektbidrag\n\nBidrag kan ges med högst 100 000 kronor per år.${tail}`);
    expect(unit.changes.some((c) => c.path.startsWith('funding'))).toBe(true);
    const same = await report(`Projektbidrag\n\nBidrag kan ges med högst 100 000 kronor per projekt.${tail}`, `Projektbidrag\n\nBidrag kan ges med högst 100 000 kr per projekt.${tail}`);
    expect(same.changes.filter((c) => c.path.startsWith('funding'))).toEqual([]);
  });
});

describe('wording that is no change', () => {
  it('takes "som beviljas" and "kan beviljas" for one rule, never "ska" or "kan inte"', () => {
    expect(withoutGlue('evenemangsbidrag som beviljas för publika evenemang')).toBe(withoutGlue('evenemangsbidrag kan beviljas för publika evenemang'));
    expect(withoutGlue('bidrag ska beviljas för publika evenemang')).not.toBe(withoutGlue('bidrag kan beviljas för publika evenemang'));
    expect(withoutGlue('bidrag kan inte beviljas för evenemang')).toContain('kan inte');
  });

  it('reads every last day a sentence gives after the first', () => {
    const days = closingDays(textSentences('Evenemangsbidrag\n\nEvenemangsbidrag kan sökas senast 30 november året innan evenemanget genomförs samt senast 28 februari och 31 augusti det år som evenemanget genomförs.\n'));
    expect(days.map((d) => d.day)).toEqual(['30 november', '28 februari', '31 augusti']);
    expect(closingDays(textSentences('Lovbidrag\n\nAktiviteterna ska genomföras fram till den 15 augusti och ansökan görs i e-tjänsten.\n'))).toEqual([]);
  });

  it('adds no persons as applicants that the old text gave the prize to in other words', () => {
    const olds = textSentences('Kulturpris\n\nKulturpriset är en hedersbetygelse samt en penninggåva till person eller grupp som visat framstående förmåga.\n');
    const news = textSentences('Kulturpris\n\nPriset ska tilldelas någon eller några i en grupp som visat framstående förmåga.\n');
    expect(eligibilityAdded(olds, news)).toBeUndefined();
    expect(eligibilityAdded(textSentences('Kulturpris\n\nPriset delas ut i mars.\n'), news)).toBeDefined();
  });

  it('lists a contact by a name on its own line with the role or unit next, or a role with its number', () => {
    const keys = (t: string): string[] => contactNames(textSentences(t)).map((c) => c.day);
    expect(keys('Kontakt\n\nAgneta V Johansson\n\nStrateg\n\n0155-46 08 42\n')).toEqual(['agneta v johansson']);
    expect(keys('Ansökan skickas till:\n\nStefan Axberg\nKultur- och fritidsförvaltningen, Förvaltningens kontor\n')).toEqual(['stefan axberg']);
    expect(keys('Kontakt\nFolkhälsosamordnaren, 0499-178 57\n')).toEqual(['049917857']);
    // a place or a heading of two capitalised words is no person without a role after it
    expect(keys('Region Sörmland\n\nMer information finns på webbplatsen.\n')).toEqual([]);
  });

  // constructed probes of review45 (items 10, 11): no alarm where whom it is given and who to ask stayed the same
  it('reads no person or group the activity serves or a sum is counted by, and no heading or body as a contact', () => {
    expect(applicantsOf('Bidrag kan ges till föreningar för aktiviteter för personer med funktionsnedsättning.')).toEqual(['förening']);
    expect(applicantsOf('Bidraget kan lämnas med 100 kronor per person och deltagartillfälle.')).toBeUndefined();
    expect(applicantsOf('Bidraget ska ges till föreningar med barnverksamhet i grupp.')).toEqual(['förening']);
    expect(applicantsOf('Priset tilldelas en person eller grupp som är bosatt i Kungsbacka kommun.')).toEqual(['person', 'grupp']);
    const keys = (t: string): string[] => contactNames(textSentences(t)).map((c) => c.day);
    expect(keys('## Frågor Och Svar\nKultur- och fritidsförvaltningen, Stadshuset\n')).toEqual([]);
    expect(keys('Beslut fattas av:\nKulturnämnden Sölvesborg\nKulturchef i samråd med nämndens ordförande\n')).toEqual([]);
    const old = 'Anna Berg\nHandläggare\nanna.berg@kommun.se\n';
    const now = `${old}\nPer Holm\nEnhetschef\n`;
    const c = contactChange(textSentences(old), textSentences(now), old, now);
    expect(c?.kind).toBe('added');
    expect(c?.new?.day).toBe('per holm');
  });
});
