import { describe, expect, it } from 'vitest';
import { anvisningOf as spec } from './probe.js';

// Shapes of grant pages, utlysningar and anvisningar of bodies never seen (helper fresh63, issue 12, dev 1945–1964): each
// fix's real shape, two paraphrases the way another body would put it (constructed) and a counter-probe that must give
// nothing. The row examples in extract/cues/*.ts hold the same phrasings at the cue level.

const BODY = 'Bidraget får användas till kostnader för aktiviteter.\n';

describe('recipients: a region named after a compound funds noun is the distributor (cues/recipients.ts region-name-hos-fran)', () => {
  it('dev 1957: "Fram till och med 29 januari kan organisationer söka folkhälsomedel från Region Uppsala." gives organisation only', () => {
    const s = spec('Ansök om folkhälsomedel 2017\n\nFram till och med 29 januari kan organisationer söka folkhälsomedel från Region Uppsala.\n\n' + BODY);
    expect(s.recipients?.types).toEqual(['organisation']);
  });
  it('paraphrases (constructed): "utvecklingsmedel från Region Halland", "kulturpengar från Region Skåne"', () => {
    expect(spec('Utvecklingsmedel\n\nIdeella föreningar kan ansöka om utvecklingsmedel från Region Halland.\n\n' + BODY).recipients?.types ?? []).not.toContain('region');
    expect(spec('Kulturpengar\n\nStudieförbund kan söka kulturpengar från Region Skåne.\n\n' + BODY).recipients?.types ?? []).not.toContain('region');
  });
  it('counter-probe (constructed): a region that applies stays a recipient', () => {
    expect(spec('Folkhälsomedel\n\nRegion Uppsala kan söka folkhälsomedel från Folkhälsomyndigheten.\n\n' + BODY).recipients?.types ?? []).toContain('region');
  });
});

describe('funding: an earlier round\'s ceiling told in the past tense is no ceiling (cues/funding.ts ansokningsbelopp-hogst)', () => {
  it('dev 1958: "Krisstödet hösten 2018 omfattades av ett maxbelopp på 150 000 kronor." gives no per-unit part', () => {
    const s = spec('Ansökan om krisstöd 2019\n\nKrisstödet hösten 2018 omfattades av ett maxbelopp på 150 000 kronor. Denna gång är det möjligt att söka ett högre belopp.\n\n' + BODY);
    expect(s.funding?.parts ?? []).toEqual([]);
  });
  it('paraphrases (constructed): "Förra omgången hade ett maxbelopp …", "I fjol gällde ett högsta belopp om …"', () => {
    expect(spec('Stöd\n\nFörra omgången hade ett maxbelopp på 100 000 kronor per ansökan.\n\n' + BODY).funding?.parts ?? []).toEqual([]);
    expect(spec('Stöd\n\nI fjol gällde ett högsta belopp om 50 000 kronor.\n\n' + BODY).funding?.parts ?? []).toEqual([]);
  });
  it('keeps (constructed): the present-tense ceiling', () => {
    expect(spec('Stöd\n\nKrisstödet omfattas av ett maxbelopp på 150 000 kronor.\n\n' + BODY).funding?.parts?.[0]?.per_unit).toBe(150000);
  });
});

describe('funding: a future passive with the sum after the auxiliary is the total (cues/funding.ts ska-summa-fordelas)', () => {
  it('dev 1958: "För att lindra konsekvenserna av torkan sommaren 2018, ska 730 miljoner kronor fördelas till det svenska lantbruket …"', () => {
    expect(spec('Ansökan om krisstöd 2019\n\nFör att lindra konsekvenserna av torkan sommaren 2018, ska 730 miljoner kronor fördelas till det svenska lantbruket genom ett kombinerat areal- och djurbaserat stöd.\n\n' + BODY).funding?.total).toBe(730000000);
  });
  it('paraphrases (constructed): "Under 2024 ska 12 miljoner kronor fördelas …", "I år kommer 2 miljoner kronor att delas ut …"', () => {
    expect(spec('Projektstöd\n\nUnder 2024 ska 12 miljoner kronor fördelas till lokala utvecklingsprojekt.\n\n' + BODY).funding?.total).toBe(12000000);
    expect(spec('Föreningsstöd\n\nI år kommer 2 miljoner kronor att delas ut till föreningar i länet.\n\n' + BODY).funding?.total).toBe(2000000);
  });
  it('counter-probes (constructed): each project\'s sum, a part of a frame', () => {
    expect(spec('Projektstöd\n\nI år kommer 50 000 kronor att fördelas till varje projekt.\n\n' + BODY).funding?.total).toBeUndefined();
    expect(spec('Projektstöd\n\nAv ramen ska 5 miljoner kronor fördelas till forskning.\n\n' + BODY).funding?.total).toBeUndefined();
  });
});

describe('title: a newsroom\'s follow button and an intranet\'s name are chrome (cues/title.ts follow-button, intranet-name)', () => {
  it('dev 1957 and 1949: the heading below the chrome is the title', () => {
    expect(spec('Följ Region Uppsala\n\nAnsök om folkhälsomedel 2017\n\nFram till och med 29 januari kan organisationer söka folkhälsomedel.\n\n' + BODY).title).toBe('Ansök om folkhälsomedel 2017');
    expect(spec('Intranät Stockholms stift\n\nStiftelsemedel 2021\n\nSista ansökningsdag är 30:e september 2021.\n\n' + BODY).title).toBe('Stiftelsemedel 2021');
  });
  it('paraphrases (constructed): "Följ Umeå kommun", "Intranät för Svenska kyrkan"', () => {
    expect(spec('Följ Umeå kommun\n\nKulturbidrag 2024\n\n' + BODY).title).toBe('Kulturbidrag 2024');
    expect(spec('Intranät för Svenska kyrkan\n\nDiakonibidrag 2022\n\n' + BODY).title).toBe('Diakonibidrag 2022');
  });
});

describe('year: the application for what is paid, then the grant year, open now (cues/year.ts ansokan-for-x-for-ar-oppen)', () => {
  it('dev 1948: "Ansökan för verksamhet och projekt för 2025 är öppen 1–30 september 2024." gives 2025', () => {
    expect(spec('Ansökan\n\nAnsökan för verksamhet och projekt för 2025 är öppen 1–30 september 2024.\n\n' + BODY).year).toBe(2025);
  });
  it('paraphrases (constructed): "… för 2024 öppnar den 1 oktober 2023", "… för år 2026 är öppen 1–31 mars 2025"', () => {
    expect(spec('Lägerbidrag\n\nAnsökan om bidrag till lägerverksamhet för 2024 öppnar den 1 oktober 2023.\n\n' + BODY).year).toBe(2024);
    expect(spec('Stöd\n\nAnsökningen för projektstöd och verksamhetsstöd för år 2026 är öppen 1–31 mars 2025.\n\n' + BODY).year).toBe(2026);
  });
  it('counter-probe (constructed): the past tense gives no grant year from the row', () => {
    expect(spec('Ansökan\n\nAnsökan för verksamhet och projekt för 2025 var öppen 1–30 september 2024.\n\n' + BODY).year).not.toBe(2025);
  });
});
