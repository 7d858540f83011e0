import { describe, expect, it } from 'vitest';
import { findEvidenceDocuments, findExcludedUses, findPermittedUses } from '../../extract/fields/lists.js';
import { findRecipients } from '../../extract/fields/recipients.js';
import { findRequisition } from '../../extract/fields/requisition.js';
import { readText } from '../../extract/read/text.js';

// The list, recipient and window finders on the shapes of other agencies' grant pages: a list led
// by a colon line (uses, exclusions, underlag), passive exclusion rules, "Vem kan söka?" answered
// by a list or by a lone heading, eligibility stated by the distributor, dated step lists.

const doc = (text: string) => readText('page.md', text);
const values = (xs: ReadonlyArray<{ value: unknown }>) => xs.map((x) => x.value);

describe('uses, exclusions and underlag led by a line', () => {
  const page = doc([
    '# Projektbidrag', '',
    'Exempel på projekt som kan få stöd:', '',
    '- Utbildningar för personer som är aktiva i ideella föreningar.', '- Temadagar för yrkesverksamma.', '',
    'Exempel på projekt som inte kan beviljas medel:', '',
    '- Projekt som syftar till att förebygga brott.', '- Stipendier och studieresor.', '',
    'Följande ska bifogas i ansökan:', '',
    '- Organisationens aktuella stadgar', '- Kontobevis från bank', '',
  ].join('\n'));

  it('takes the items after a use lead as permitted uses, and no others', () => {
    expect(values(findPermittedUses(page))).toEqual(['Utbildningar för personer som är aktiva i ideella föreningar', 'Temadagar för yrkesverksamma']);
  });
  it('takes the items after an exclusion lead as excluded uses', () => {
    expect(values(findExcludedUses(page))).toEqual(['Projekt som syftar till att förebygga brott', 'Stipendier och studieresor']);
  });
  it('takes the items after "Följande ska bifogas" as underlag', () => {
    expect(values(findEvidenceDocuments(page))).toEqual(['Organisationens aktuella stadgar', 'Kontobevis från bank']);
  });
});

describe('uses and exclusions in other shapes', () => {
  it('reads a heading that leads a list ("… kan ges till vattenvårdsprojekt som avser")', () => {
    const page = doc('# LOVA\n\n## LOVA-bidrag kan ges till vattenvårdsprojekt som avser\n\n- minskad övergödning\n- uppföljning av åtgärder\n');
    expect(values(findPermittedUses(page))).toEqual(['minskad övergödning', 'uppföljning av åtgärder']);
  });
  it('does not take requirements on the insats as uses', () => {
    const page = doc('# Bidrag\n\n## Vad kan ni använda bidraget till?\n\nBidraget kan bara användas till insatser som uppfyller något av följande krav:\n\n- Insatsen genomförs i minst två län.\n');
    expect(findPermittedUses(page)).toEqual([]);
  });
  it('takes passive and active exclusion rules, but not a rule about who is excluded', () => {
    const page = doc('# Bidrag\n\nStöd beviljas inte för åtgärder som redan har påbörjats. Bidrag lämnas inte till organisationer som har skulder. Vi ger inte heller bidrag till åtgärder som man enligt lag är skyldig att genomföra.\n');
    expect(values(findExcludedUses(page))).toEqual(['Stöd beviljas inte för åtgärder som redan har påbörjats.', 'Vi ger inte heller bidrag till åtgärder som man enligt lag är skyldig att genomföra.']);
  });
});

describe('recipients on other agencies\' pages', () => {
  const types = (text: string) => findRecipients(doc(text)).types.map((t) => t.value).sort();
  it('reads the lone heading that answers an empty "Vem kan söka?"', () => {
    expect(types('# Erbjudande\n\n## Vem kan söka?\n\n## Regionerna och Gotlands kommun\n\n## Vad kan ni söka för?\n\n## Regionala serviceprogram\n')).toEqual(['kommun', 'region']);
  });
  it('reads the distributor giving money to a type', () => {
    expect(types('# Bidrag\n\nLänsstyrelsen kan ge ersättning till kommuner som vill utveckla mottagandet av nyanlända.\n')).toEqual(['kommun']);
    expect(types('# Bidrag\n\nStödet riktar sig till enskild kommun eller kommuner i samarbete.\n')).toEqual(['kommun']);
  });
  it('finds no type in a target group of people', () => {
    expect(types('# Bidrag\n\nUtlysningen riktar sig till företag i kommuner med låg sysselsättning.\n')).toEqual([]);
  });
});

describe('the window on other agencies\' pages', () => {
  it('reads a dated step list: the step "sista möjliga dag att söka" closes, the others do not', () => {
    const r = findRequisition(doc('# Cykling\n\nViktiga datum för ansökan om bidraget är:\n\n- 30 september 2017 - sista möjliga dag att söka bidrag.\n- 15 november 2017 - beslut om bidrag ska vara fattat.\n- 31 december 2018 - sista datum för avslut av projekt.\n'));
    expect(r.closes?.value).toBe('2017-09-30');
    expect(r.opens).toBeUndefined();
  });
  it('reads "under perioden" after "kan ansöka" as the window', () => {
    const r = findRequisition(doc('# Bidrag\n\nDu kan ansöka om bidraget under perioden 1 mars–20 juni 2024.\n'));
    expect([r.opens?.value, r.closes?.value]).toEqual(['2024-03-01', '2024-06-20']);
  });
  it('reads a status line "Stängd 16 mars 2023"', () => {
    expect(findRequisition(doc('# Utlysning\n\n- Stängd 16 mars 2023\n- Region Gotland\n\nNu kan ni söka finansiering.\n')).closes?.value).toBe('2023-03-16');
  });
});
