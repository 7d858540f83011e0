import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';
import { expectWant, probeField } from '../extract/probe.js';

// Constructed pairs for h/diff32's fixes (issue 14, dates in the change report and their neighbours): for each class two
// pairs in other bodies' phrasing that must report the change (field and kind), and one no-change rewording that must
// report nothing.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`);
const head = 'Stipendier och bidrag\nStiftelsen delar ut bidrag till föreningar i Österbotten.\n';
const pair = (a: string, b: string): string => changes(head + a, head + b).join('\n');

describe('a window\'s first day in figures, several windows (closing.ts ansokningstid-siffror-fran)', () => {
  // dev 1859 (Konstsamfundet 2022): "Ansökningstid: 1-28.2.2022" beside "Ansökningstid: 1-30.9.2022" kept their last days only
  it('the windows\' first days moved are the first day to apply changed', () => {
    expect(pair('Ansökningstid: 1-28.2.2022\nAnsökningstid: 1-30.9.2022\n', 'Ansökningstid: 1-31.3.2023\nAnsökningstid: 1-31.10.2023\n'))
      .toMatch(/^requisition\.opens \| changed \| .*1-28\.2\.2022.*→.*1-31\.3\.2023/mu);
  });
  it('… a next round\'s window written with full dates (diff q295\'s phrasing)', () => {
    const a = 'Bidrag för resor\nNästa ansökningstid 01.11.2024 - 30.11.2024\nBidrag för studier\nNästa ansökningstid 01.11.2024 - 30.11.2024\n';
    expect(pair(a, a.replaceAll('01.11.2024 -', '15.10.2024 -'))).toMatch(/^requisition\.opens \| changed \| .*01\.11\.2024.*→.*15\.10\.2024/mu);
  });
  it('the same windows written with full dates report nothing', () => {
    expect(pair('Ansökningstid: 1-28.2.2022\nAnsökningstid: 1-30.9.2022\n', 'Ansökningstid: 1.2.2022–28.2.2022\nAnsökningstid: 1.9.2022–30.9.2022\n')).toBe('');
  });
});

describe('a window in prose, in figures (closing.ts sokas-fonster-siffror)', () => {
  // dev 1858 (Konstsamfundet 2018): "kan sökas två gånger i året, antingen i februari 1–28.2.2018 eller i september 1–30.9.2018"
  const s2018 = 'Stipendier kan sökas två gånger i året, antingen i februari 1–28.2.2018 eller i september 1–30.9.2018.\n';
  it('other days are the last day to apply changed', () => {
    expect(pair(s2018, 'Stipendier kan sökas två gånger i året, antingen i mars 1–31.3.2019 eller i oktober 1–31.10.2019.\n')).toMatch(/^requisition\.closes \| changed \| /mu);
  });
  it('… in another phrasing: the days no longer stated, only the months, is the last day removed', () => {
    expect(pair('Den elektroniska blanketten kan fyllas i när stipendierna är lediganslagna 1–28.2. och 1–30.9.\n', 'Stipendierna kan sökas i februari och i september.\n'))
      .toMatch(/^requisition\.closes \| removed \| /mu);
    expect(pair('Vi tar emot ansökningar 1.3–15.4.\n', 'Vi tar emot ansökningar 1.3–30.4.\n')).toMatch(/^requisition\.closes \| changed \| /mu);
  });
  it('the same windows reworded report nothing', () => {
    expect(pair(s2018, 'Stipendier kan sökas två gånger per år: i februari 1–28.2.2018 och i september 1–30.9.2018.\n')).toBe('');
  });
});

describe('a yearless list of last days in figures (closing.ts deadline-siffror-utan-ar)', () => {
  // dev 1860 (Konstsamfundet 2017): "Understöd för filmproduktioner har deadline tre gånger i året; 15.12, 15.4. eller 15.9."
  const film = 'Understöd för filmproduktioner har deadline tre gånger i året; 15.12, 15.4. eller 15.9.\n';
  it('other days, or a day of the list changed, are the last day changed', () => {
    expect(pair(film, 'Understöd för filmproduktioner har deadline tre gånger i året; 1.12, 1.4. eller 1.9.\n')).toMatch(/^requisition\.closes \| changed \| /mu);
    expect(pair(film, 'Understöd för filmproduktioner har deadline tre gånger i året; 15.12, 15.4. eller 1.10.\n')).toMatch(/^requisition\.closes \| changed \| /mu);
  });
  it('… in another phrasing, no longer stated', () => {
    expect(pair('Sista ansökningsdag för resebidrag är 1.3.\n', 'Resebidrag kan sökas löpande.\n')).toMatch(/^requisition\.closes \| removed \| /mu);
  });
  it('the same days reworded report nothing, and no year is invented', async () => {
    expect(pair(film, 'Understöd för filmproduktioner har deadline tre gånger per år: 15.12, 15.4 och 15.9.\n')).toBe('');
    expectWant(await probeField(head + film, 'requisition.closes'), null);
  });
});

describe('a report due by a term, not a day (closing.ts REPORT_DUE_SENTENCES)', () => {
  // dev 1858 → q293 (Konstsamfundet): "Vårens bidrag redovisas senast 31.12. samma år …" → "… senast inom ett år från beskedet"
  it('a due day turned into a term is the report\'s due day changed', () => {
    expect(pair('Vårens bidrag redovisas senast 31.12. samma år.\n', 'Vårens bidrag redovisas senast inom ett år från beskedet.\n')).toMatch(/^reporting\.due \| changed \| .*31\.12\..*→.*inom ett år/mu);
  });
  it('… in another phrasing, a term turned into a day', () => {
    expect(pair('Projektet ska återrapporteras senast tre månader efter projektets slut.\n', 'Projektet ska återrapporteras senast den 31 mars året efter bidragsåret.\n'))
      .toMatch(/^reporting\.due \| changed \| /mu);
  });
  it('the same due day reworded reports nothing', () => {
    expect(pair('Vårens bidrag redovisas senast 31.12. samma år.\n', 'Vårens bidrag ska redovisas senast 31.12. samma år.\n')).toBe('');
  });
});

describe('a sum set aside or reserved, "har … avsatts/reserverats för" (extract/cues/funding.ts har-belopp-avsatts)', () => {
  it('another sum set aside is the total changed', () => {
    expect(pair('För 2024 har 5 miljoner kronor avsatts för bidraget.\n', 'För 2024 har 7 miljoner kronor avsatts för bidraget.\n')).toMatch(/^funding\.total \| changed \| /mu);
    expect(pair('Totalt har 10 miljoner kronor reserverats för bidraget.\n', 'Totalt har 12 miljoner kronor reserverats för bidraget.\n')).toMatch(/^funding\.total \| changed \| /mu);
  });
  it('the same sum written otherwise reports nothing; a sum for each one is no total', async () => {
    expect(pair('För 2024 har 5 miljoner kronor avsatts för bidraget.\n', 'För 2024 har 5 000 000 kronor avsatts för bidraget.\n')).toBe('');
    expectWant(await probeField(`${head}För 2024 har 50 000 kronor avsatts för varje förening.\n`, 'funding.total'), null);
  });
});

describe('the body that gives the grant out, renamed (distributor.ts)', () => {
  // diffvary59 OPEN 'agency renamed': "Kulturnämnden i Ekby kommun fördelar bidrag …" gave no agency
  const plain = 'Bidrag till kulturarrangemang\n';
  it('another body is the agency changed', () => {
    expect(changes(`${plain}Kulturnämnden i Ekby kommun fördelar bidrag till föreningar.\n`, `${plain}Kultur- och fritidsnämnden i Ekby kommun fördelar bidrag till föreningar.\n`).join('\n'))
      .toMatch(/^agency \| changed \| .*Kulturnämnden i Ekby kommun → Kultur- och fritidsnämnden i Ekby kommun/mu);
    expect(changes(`${plain}Fritidsnämnden delar varje år ut stöd till idrottsföreningar.\n`, `${plain}Kommunstyrelsen delar varje år ut stöd till idrottsföreningar.\n`).join('\n'))
      .toMatch(/^agency \| changed \| /mu);
  });
  it('the same body in another sentence reports nothing', () => {
    expect(changes(`${plain}Kulturnämnden i Ekby kommun fördelar bidrag till föreningar.\n`, `${plain}Kulturnämnden i Ekby kommun fördelar varje år bidrag till föreningar.\n`).join('\n')).not.toMatch(/^agency/mu);
  });
});
