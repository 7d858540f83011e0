import { describe, expect, it } from 'vitest';
import { applicantsOf } from '../../specs/diff/eligibility.js';
import { anvisningOf as spec } from './probe.js';

// What diff batch 27 (q270–q279) left (helper left56, issues 14 and 12), each fixed by a cue row; each probe beside the
// neighbour that must keep working. A text marked "constructed" is not a real document's; the others quote the diff text
// named beside them.


describe('recipients in the change report: juridiska and fysiska personer as applicant kinds (specs/diff/eligibility.ts beviljas-till)', () => {
  it('q270: "… beviljas till juridiska personer verksamma i Norden eller fysiska personer med godkänd F-skatt …"', () => {
    const kinds = applicantsOf('Projektbidrag som främjar den samiska kulturen beviljas till juridiska personer verksamma i Norden eller fysiska personer med godkänd F-skatt, vars projekt verkar i linje med gällande kulturpolitiska mål i Sametingets kulturpolitiska handlingsprogram.');
    expect(kinds).toContain('juridisk person');
    expect(kinds).toContain('fysisk person');
  });
  it('keeps: what it is granted for names no applicants; a refusal states none; the modal row as before', () => {
    expect(applicantsOf('Projektbidrag beviljas till projekt som främjar den samiska kulturen.')).toBeUndefined();
    expect(applicantsOf('Bidrag beviljas inte till juridiska personer som saknar F-skatt.')).toBeUndefined();
    expect(applicantsOf('Bidraget kan sökas av sameföreningar, samiska organisationer, institutioner, bolag, stiftelser, Sametingets kansli, samebyar och enskilda.')).toEqual(expect.arrayContaining(['förening', 'stiftelse']));
  });
  it('the contract\'s recipient types have none for them (region | kommun | organisation | länsstyrelse | huvudman): no type is guessed', () => {
    const s = spec('Om projektbidrag\n\nProjektbidrag som främjar den samiska kulturen beviljas till juridiska personer verksamma i Norden eller fysiska personer med godkänd F-skatt.\n');
    expect(s.recipients).toBeUndefined();
  });
});

describe('requisition.requires: what the applicant hands in, an item under the application heading (cues/requisition.ts APPLICANT_HANDS_IN)', () => {
  const page = (heading: string, item: string) => `Om projektbidrag\n\n${heading}\nAnsökningar om projektbidrag ska vara inlämnade senast dessa datum:\n\n  • 1 mars\n  • 1 november\n\nNågra viktiga saker att tänka på:\n\n  • Använd blanketten för ansökan av projektbidrag.\n  • ${item}\n`;
  it('q270: "Sökande ska inlämna ett skatteutdrag …" under "Ansökningstider"', () => {
    expect(spec(page('Ansökningstider', 'Sökande ska inlämna ett skatteutdrag för att påvisa företagets eller organisationens betalda skatter och avgifter.')).requisition?.requires)
      .toEqual(['Sökande ska inlämna ett skatteutdrag för att påvisa företagets eller organisationens betalda skatter och avgifter.']);
  });
  it('keeps (constructed): under another heading nothing; a report handed in is no requirement of the application', () => {
    expect(spec(page('Redovisning', 'Sökande ska inlämna ett skatteutdrag för att påvisa betalda skatter.')).requisition?.requires ?? []).toEqual([]);
    expect(spec(page('Ansökningstider', 'Sökande ska lämna in en redovisning senast tre månader efter projektets slut.')).requisition?.requires ?? []).toEqual([]);
  });
});

describe('conditions: applications outside the periods refused, the applications first (cues/lists.ts sena-ansokningar-avvisas)', () => {
  it('q276: "Ansökningar som inkommer utanför ansökningsperioderna kommer att avvisas."', () => {
    expect(spec('Regionalt kulturstöd\n\nAnsökningar som inkommer utanför ansökningsperioderna kommer att avvisas.\n').conditions).toEqual(['Ansökningar som inkommer utanför ansökningsperioderna kommer att avvisas.']);
  });
  it('keeps (constructed): late applications treated later are no refusal', () => {
    expect(spec('Regionalt kulturstöd\n\nAnsökningar som inkommer utanför ansökningsperioderna behandlas i nästa omgång.\n').conditions ?? []).toEqual([]);
  });
});

describe('requisition.channel and form: the form filled in and sent to the agency (cues/requisition.ts FORM_TO_AGENCY)', () => {
  it('q279: "Ansökningar görs via en blankett som du fyller i och skickar in till Isof."', () => {
    const s = spec('Bidrag till minoritetsspråken\n\nVarje år delar Isof ut bidrag till olika föreningar. Ansökningar görs via en blankett som du fyller i och skickar in till Isof.\n');
    expect(s.requisition?.channel).toBe('blankett som du fyller i och skickar in till Isof');
    expect(s.requisition?.form).toBe('ansökan');
  });
  it('keeps (constructed): a form only downloaded names no channel; the e-tjänst as before', () => {
    expect(spec('Bidrag\n\nAnsökningar görs via en blankett som du laddar ner från webbplatsen.\n').requisition?.channel).toBeUndefined();
    expect(spec('Bidrag\n\nAnsökan görs i e-tjänsten för statsbidrag.\n').requisition?.channel).toBe('e-tjänsten för statsbidrag');
  });
});

describe('dates: a new round\'s yearless opening day, in the page\'s one year only (cues/dates.ts YEARLESS_ROUND_OPENS)', () => {
  const line = 'Expresstöd – En ny ansökningsperiod för Expresstöd öppnar efter den 7 september.';
  it('q276: the page names 2020 alone → 2020-09-07, an application round', () => {
    const s = spec(`Regionalt kulturstöd\n\nExtra utlysning av arbetsstipendier: ansökningsperiod 14 maj – 31 maj 2020.\n\n  • ${line}\n`);
    expect(s.dates).toEqual([{ date: '2020-09-07', role: 'application-round', text: line }]);
  });
  it('keeps (constructed): two years on the page, or none, give no day', () => {
    expect(spec(`Regionalt kulturstöd\n\nSidan uppdaterad 2019. Extra utlysning: ansökningsperiod 14 maj – 31 maj 2020.\n\n  • ${line}\n`).dates ?? []).toEqual([]);
    expect(spec(`Regionalt kulturstöd\n\n  • ${line}\n`).dates ?? []).toEqual([]);
  });
});
