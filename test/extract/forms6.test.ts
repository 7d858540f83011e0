import { describe, expect, it } from 'vitest';
import { formStructureCounts } from '../../extract/fields/reporting-form.js';
import { FORM_STRUCTURE, FORM_STRUCTURE_CAP } from '../../extract/cues/genre.js';
import { countMatches } from '../../extract/cues/types.js';
import { specOf } from './probe.js';

// Reporting texts shaped like dev texts 680-691 (branch h/forms6): a report handed in within a
// range, a page whose head holds two skip links and a site notice above a countdown, a follow-up page
// that names only the EU funds, and the form-structure count read from the one cue table.

interface Spec { kind: string; title?: string; year?: number; due?: string; reporting?: { due?: string }; requisition?: unknown }
const spec = (text: string) => specOf<Spec>(text);
async function failure(text: string): Promise<string> {
  try {
    await spec(text);
    return 'no error';
  } catch (e) {
    return String((e as Error).message);
  }
}

describe('a report handed in within a range (dev 681)', () => {
  const page = ['Verksamhetsbidrag inom socialt område - Redovisning av tvåårigt bidrag', '',
    'Organisationer som har beviljats organisationsbidrag för två år ska årligen skicka in en redovisning av föregående år. '
    + 'Ni ska skicka in redovisningen av verksamhetsåret 2023 mellan den 1 maj och 1 juni 2024.', '',
    'Villkor för redovisning', '', ' • Redovisningen ska avse år 2023.', '', ' • Redovisningen ska inkomma mellan 1 maj och 1 juni 2024.'].join('\n');

  it('takes the range\'s last day as the report\'s due date, and no application window from it', async () => {
    const s = await spec(page);
    expect(s.kind).toBe('anvisning');
    expect(s.reporting?.due).toBe('2024-06-01');
    expect(s.requisition).toBeUndefined();
    expect(s.year).toBe(2023);
  });

  it('does not take an application handed in within a range as a report\'s due date', async () => {
    const s = await spec(['Verksamhetsbidrag inom socialt område', '',
      'Organisationer kan söka verksamhetsbidrag för två år. Ansökan ska inkomma mellan den 1 maj och 1 juni 2024. '
      + 'Beviljat bidrag ska redovisas året efter.'].join('\n'));
    expect(s.reporting?.due).toBeUndefined();
  });
});

describe('the title below a page\'s chrome (dev 684, dev 131)', () => {
  it('does not take two skip links run together as the title', async () => {
    const s = await spec(['Till navigation Till innehåll', '', 'Redovisning och uppföljning', '',
      'Regionerna redovisar årligen till Kulturrådet hur de fördelat de statliga medlen, liksom den verksamhet som bedrivits under föregående år.'].join('\n'));
    expect(s.title).toBe('Redovisning och uppföljning');
  });

  it('takes the call\'s heading below the countdown and its category, not the site notice above them', async () => {
    const s = await spec(['Till navigation Till innehåll', '',
      'Nu är utlysningen av krisstöd för särskilda behov i kulturlivet stängd. I mitten av november planerar vi att fatta beslut om fördelning av bidraget.', '',
      '0 dagar kvar', 'Bibliotek', '', 'Stärkta bibliotek', '',
      'Syftet med det här bidraget är att öka utbudet och tillgängligheten till biblioteksverksamhet i hela landet. Det är ett tillfälligt stöd till kommunerna.'].join('\n'));
    expect(s.title).toBe('Stärkta bibliotek');
  });

  it('keeps the first heading of a page with no countdown', async () => {
    const s = await spec(['Stärkta bibliotek', '', 'Bibliotek', '',
      'Syftet med det här bidraget är att öka utbudet och tillgängligheten till biblioteksverksamhet i hela landet. Det är ett tillfälligt stöd till kommunerna.'].join('\n'));
    expect(s.title).toBe('Stärkta bibliotek');
  });
});

describe('a follow-up page that names only the EU funds (dev 691)', () => {
  it('reads it as grant instructions, not as a text about nothing granted', async () => {
    const s = await spec(['Indikatorer och uppföljningsuppgifter', '',
      'Vi har tagit fram mallar för varje fond där du som projektägare ska fylla i vad ni tror blir det bestående resultatet av ert projekt.', '',
      'Regionalfonden', '', 'Blankett för uppföljningsuppgifter för Regionalfonden.', '', 'Socialfonden', '', 'Blankett för uppföljningsuppgifter för Socialfonden.'].join('\n'));
    expect(s.kind).toBe('anvisning');
    expect(s.title).toBe('Indikatorer och uppföljningsuppgifter');
  });

  it('still refuses a text about a pension fund', async () => {
    expect(await failure(['Pensionen', '', 'Pengarna placeras i AP-fonden och fonden förvaltas av banken.'].join('\n'))).toContain('says nothing about a grant');
  });
});

describe('the form structure counted from the one cue table', () => {
  const box = FORM_STRUCTURE.find((r) => r.id === 'check-box')!;

  it('counts a row\'s own pattern over the whole text, up to the cap, and leaves the table\'s regex as it was', () => {
    const text = '☐ Ja ☐ Nej ☐ Delvis\n☐ Annat';
    expect(countMatches(box, text, 3)).toBe(3);
    expect(countMatches(box, text, 10)).toBe(4);
    expect(box.cue.global).toBe(false);
    expect(box.cue.lastIndex).toBe(0);
    expect(FORM_STRUCTURE.every((r) => !r.cue.global)).toBe(true);
  });

  it('gives every structure row its count, none above the cap', () => {
    const counts = formStructureCounts('Datum: Projekttid: Journalnummer: Dnr:\nNamnteckning: ____ Namnförtydligande: ____\n☐ Ja ☐ Nej');
    expect([...counts.keys()].sort()).toEqual(FORM_STRUCTURE.map((r) => r.id).sort());
    expect(counts.get('check-box')).toBe(2);
    expect(counts.get('signature-block')).toBe(2);
    expect(counts.get('underscore-blank')).toBe(2);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(FORM_STRUCTURE_CAP);
  });
});

describe('a form decided by its own marks: field labels left blank, text-box limits, required stars', () => {
  it('reads a slutredovisning with its field labels left blank and a signature line as a form, though it names no grant word', async () => {
    const text = ['Slutredovisning', '', 'Stiftelsens diarienummer:', 'Projektets namn:', 'Beviljat belopp:', 'Projektperiod:', '',
      'Kort beskrivning av genomfört projekt:', '', 'Har projektet genomförts enligt ansökan? Om inte, beskriv avvikelserna:', '',
      'Bifoga ekonomisk redovisning, kopior av kvitton samt bilder.', '', 'Datum och underskrift av firmatecknare:'].join('\n');
    const s = await spec(text);
    expect(s.kind).toBe('reporting-form');
    expect(s.title).toBe('Slutredovisning');
    expect(s.year).toBeUndefined();
  });

  it('reads a report\'s web form with text-box limits and required fields as a form (like dev 233)', async () => {
    const text = ['Redovisning av projektstöd', '', 'Ni som har fått projektstöd ska redovisa projektet när det är avslutat.', '',
      'KONTAKTPERSON', '', 'Namn *', 'E-post *', '', 'BESKRIVNING AV PROJEKTET', '',
      '(max 4000 tecken) Beskriv vad ni har genomfört i projektet.', '', '(max 3000 tecken) Beskriv vilka målgrupper ni har nått.'].join('\n');
    expect((await spec(text)).kind).toBe('reporting-form');
  });

  it('keeps a page of grant rules with section labels ("Krav:", "Ansökan:") as an anvisning', async () => {
    const text = ['Redovisning av föreningsbidrag', '', 'Krav:', '', ' • Föreningen bedriver en regelbunden verksamhet.', '',
      'Begränsningar:', '', 'Bidraget vänder sig endast till föreningar i kommunen.', '', 'Ansökan:', '',
      'Ansökan ska vara inlämnad senast 28 februari. Redovisningen ska lämnas senast två månader efter aktiviteten.'].join('\n');
    expect((await spec(text)).kind).toBe('anvisning');
  });

  it('keeps a page that lists the report\'s parts with their limits as an anvisning (one mark repeated is no form)', async () => {
    const text = ['Rapportering', '', 'Slutrapporten ska innehålla:', '', '  • populärvetenskaplig sammanfattning (max 3 000 tecken)',
      '  • vetenskaplig redogörelse (max 6 000 tecken)', '  • ekonomisk redovisning av samtliga kostnader (max 6 000 tecken)', '',
      'Slutrapporten ska lämnas senast tre månader efter att anslaget har förbrukats. Logga in i ansökningssystemet.'].join('\n');
    expect((await spec(text)).kind).toBe('anvisning');
  });
});
