import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// Sentences a reviewer found read wrongly (fix7), each in a short page like the grant pages it came
// from: a sum paid to one recipient or an instalment is no total, money added as generella
// statsbidrag is no riktat grant's total, an older round's "fram till" window is no deadline beside
// a "senast" one, and those granted in an earlier year are not this grant's recipients.

type Spec = { kind: string; funding?: { total?: number }; requisition?: { closes?: string }; recipients?: { named?: string[] } };
const spec = (text: string) => specOf<Spec>(text);
const page = (title: string, ...paragraphs: string[]): string => [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

describe('reviewer sentences (fix7)', () => {
  it('takes the "senast" deadline over an older round\'s "fram till … går det att söka"', async () => {
    const s = await spec(page('Bidrag till energiåtgärder 2024',
      'Ansökan ska ha kommit in senast den 15 mars 2024. Fram till 31 januari 2024 går det att söka bidrag för 2023 års åtgärder.',
      'Bidraget kan sökas av föreningar.'));
    expect(s.requisition?.closes).toBe('2024-03-15');
  });

  it('keeps "fram till … går det att söka" as the deadline when it is the only one', async () => {
    const s = await spec(page('Fiskevårdsbidrag 2024', 'Fram till 31 januari 2024 går det att söka fiskevårdsbidrag.', 'Bidraget kan sökas av fiskevårdsområden.'));
    expect(s.requisition?.closes).toBe('2024-01-31');
  });

  it('reads no total from the sum paid out to one association', async () => {
    const s = await spec(page('Bidrag till föreningar 2024',
      'Kommunen ger bidrag till ideella föreningar. Det bidrag på 50 000 kronor som betalas ut till föreningen ska redovisas senast 31 december 2024.',
      'Ansökan ska ha kommit in senast den 1 mars 2024.'));
    expect(s.funding?.total).toBeUndefined();
  });

  it('reads no total from an advance paid in a year', async () => {
    const s = await spec(page('Bidrag till föreningar 2024',
      'Kommunen ger bidrag till ideella föreningar. Under 2024 betalas 40 000 kronor ut som förskott efter beslut och resterande belopp efter godkänd redovisning.',
      'Ansökan ska ha kommit in senast den 1 mars 2024.'));
    expect(s.funding?.total).toBeUndefined();
  });

  it('reads no total from money added to the kommun sector as generella statsbidrag', async () => {
    const s = await spec(page('Stöd till kommuner för ensamkommande 2024', 'Bakgrund',
      'Regeringen har beslutat att 10 miljarder kronor per år tillförs kommunsektorn i form av generella statsbidrag. Detta statsbidrag är ett riktat bidrag till kommuner som tar emot ensamkommande barn.',
      'Kommunen ansöker senast den 1 mars 2024.'));
    expect(s.funding?.total).toBeUndefined();
  });

  it('names no recipients from a list of those granted in an earlier year', async () => {
    const s = await spec(page('Bidrag till studieförbund 2024',
      'Statsbidraget uppgår till 3 000 000 kronor. Organisationer kan söka bidraget senast den 1 mars 2024.',
      'För 2023 beviljades bidrag till följande organisationer:',
      'Studiefrämjandet 1 200 000 kronor', 'Vuxenskolan 900 000 kronor', 'Medborgarskolan 900 000 kronor'));
    expect(s.recipients?.named).toBeUndefined();
    expect(s.funding?.total).toBe(3000000);
  });
});
