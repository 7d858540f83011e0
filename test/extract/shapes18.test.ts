import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// Shapes of issue 12's grant pages of regions, national agencies and news items (dev 1401-1417), written
// from reading them, each with the careless reading it must not make.

type Spec = { year?: number; funding?: { total?: number }; recipients?: { types?: string[] } };
const spec = (text: string) => specOf<Spec>(text);

describe('the round for next year, named by its year', () => {
  it('takes 2025 from "Ansökningsperioden inför 2025 är öppen mellan 1 maj och 30 juni 2024."', async () => {
    const s = await spec('Föreningsstöd\n\nRegion Örebro län stödjer ett brett föreningsliv.\n\nAnsökningsperioden inför 2025 är öppen mellan 1 maj och 30 juni 2024.\n\nIdeella föreningar kan söka stödet.\n');
    expect(s.year).toBe(2025);
  });
});

describe('kommuner counted as where the members are', () => {
  it('does not take "medlemmar i minst fyra av Örebro läns kommuner" as kommuner that apply', async () => {
    const s = await spec('Föreningsstöd\n\nFöreningar med medlemmar i minst fyra av Örebro läns kommuner eller aktiviteter i minst tre kommuner kan ansöka om regionalt föreningsstöd.\n');
    expect(s.recipients?.types).toEqual(['organisation']);
  });
});

describe('principals named by their kinds under "Vem kan söka?"', () => {
  it('reads "Kommunala och fristående huvudmän för" as huvudman', async () => {
    const s = await spec('Statsbidrag för en likvärdig skola\n\nVem kan söka statsbidraget?\n\nKommunala och fristående huvudmän för\n\n  • förskoleklass\n  • grundskolan.\n');
    expect(s.recipients?.types).toEqual(['huvudman']);
  });
});

describe('a sum that will be shared out', () => {
  it('takes "Upp till 3,5 miljoner kronor kommer fördelas …" as the whole sum', async () => {
    const s = await spec('Verksamhetsbidrag för tobaksförebyggande insatser\n\nAnsökan ska vara Folkhälsomyndigheten tillhanda senast den 20 oktober 2017. Upp till 3,5 miljoner kronor kommer fördelas under förutsättning att regeringen beviljar medel.\n');
    expect(s.funding?.total).toBe(3500000);
  });
  it('does not take "Upp till 500 000 kronor kommer att fördelas till varje projekt." as the whole sum', async () => {
    const s = await spec('Projektbidrag\n\nAnsökan ska vara inne senast den 20 oktober 2017. Upp till 500 000 kronor kommer att fördelas till varje projekt.\n');
    expect(s.funding?.total).toBeUndefined();
  });
  it('reads "fördelas mellan kommuner" as kommuner that get the money', async () => {
    const s = await spec('Bråttom med bidragsansökan\n\nStatsbidrag är på totalt en miljard kronor och fördelas mellan kommuner som kan visa att deras skolor får fler lärare.\n');
    expect(s.recipients?.types).toEqual(['kommun']);
  });
});
