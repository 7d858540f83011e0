import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// Shapes of issue 12's grant pages and utlysningar of bodies the dev split held few of (dev 1541-1556, branch
// h/pages20), written from reading them, each with the careless reading it must not make.

type Spec = { year?: number; funding?: { total?: number }; recipients?: { types?: string[] }; requisition?: { closes?: string } };
const spec = (text: string) => specOf<Spec>(text);

describe('the year the deadline sentence names, beside an earlier year of documented activity', () => {
  it('takes 2021 from "… för verksamhetsåret 2021 ska göras senast 31 oktober 2020", not 2019', async () => {
    const s = await spec('Organisationsbidrag\n\nAnsökan om bidrag till organisationers regionala verksamhet för verksamhetsåret 2021 ska göras senast 31 oktober 2020. Till ansökan ska bifogas dokumenterad verksamhet för verksamhetsåret 2019.\n');
    expect(s.requisition?.closes).toBe('2020-10-31');
    expect(s.year).toBe(2021);
  });
  it('names no year when the deadline sentence names none and the page names two', async () => {
    const s = await spec('Organisationsbidrag\n\nAnsökan ska göras senast 31 oktober 2020. Bidrag för verksamhetsåret 2021 fördelas i december. Till ansökan ska bifogas dokumenterad verksamhet för verksamhetsåret 2019.\n');
    expect(s.year).toBeUndefined();
  });
});

describe('the sum there is to give out, with its year after "att fördela"', () => {
  it('takes 2020 and 14 103 kr from "det totala beloppet att fördela 2020 är 14 103 kr"', async () => {
    const s = await spec('Bidrag till kultur\n\nAnsökan ska vara inskickad senast den 1 oktober och det totala beloppet att fördela 2020 är 14 103 kr.\n');
    expect(s.year).toBe(2020);
    expect(s.funding?.total).toBe(14103);
  });
});

describe('two sums, each for its own group', () => {
  it('takes no total from "Stipendiesummorna uppgår till 4 000 kronor för ledare under 25 år och 8 000 kronor för ledare över 25 år"', async () => {
    const s = await spec('Ungdomsledarstipendium\n\nKommunen delar årligen ut två ungdomsledarstipendier.\n\nStipendiesummorna uppgår till 4 000 kronor för ledare under 25 år och 8 000 kronor för ledare över 25 år.\n');
    expect(s.funding?.total).toBeUndefined();
  });
});

describe('associations the grant is meant to support', () => {
  it('reads "Bidraget avser att stödja idrottsföreningar som äger egen anläggning." as organisation', async () => {
    const s = await spec('Anläggningsbidrag\n\nBidraget avser att stödja idrottsföreningar som äger egen anläggning.\n\nAnsökan lämnas in senast 15 september.\n');
    expect(s.recipients?.types).toEqual(['organisation']);
  });
  it('does not read "Bidraget syftar till att stödja barn i föreningar." as organisations that apply', async () => {
    const s = await spec('Bidrag\n\nKommuner kan söka bidraget. Bidraget syftar till att stödja barn i föreningar.\n');
    expect(s.recipients?.types).toEqual(['kommun']);
  });
});
