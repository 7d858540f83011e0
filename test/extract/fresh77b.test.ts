import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// A fresh batch of real grant pages and anvisningar (helper fresh77b, issue 12, dev 2300–2312): lists read by the parts of their
// lead or heading rather than by one funder's phrase — a lead that names the money given for the costs that follow, or the costs
// named eligible and then "följande" (USE_LEADS stod-ges-for-foljande-kostnader); a noun heading with the reader's "få"
// ("Det kan du få stöd för", USE_HEADINGS det-har-kan-ga-till widened); the nested run under one use that opens its own
// conditions ("… om samtliga av följande villkor är uppfyllda:"); costs named "inte godtagbara kostnader" (EXCLUDED_SENTENCES
// ar-inte-stodberattigande widened); what one "kan få stöd till kostnader för" (USE_RULES kan-fa-stod-till-kostnader); a time
// limit under a uses heading (PURPOSE_PARAGRAPHS time-limit-paragraph). Per new or widened row: the batch's phrase, two
// paraphrases in another body's phrasing (constructed) and two or more adversarial counter-probes (the application's or the
// report's contents, a menu of other grants, assessment criteria, what the agency does, a past round, "Vi prioriterar", a cap).
// `has` wants an item holding the words; `none` wants the field empty (or the text refused); `not` wants no item holding them.

type Field = 'permitted_uses' | 'excluded_uses' | 'evidence_documents';
type Probe = { id: string; shape: string; field: Field; has?: string; none?: true; not?: string; text: string };
// (the frame names no use of its own: since h/uses87's USE_RULES agent-kan-soka-bidrag-for, "Föreningar kan söka projektstöd för
// utvecklingsprojekt" states one, rightly, and a probe asks about its adversarial sentence alone)
const HEAD = 'Projektstöd\n\nFöreningar i kommunen kan söka projektstöd.\n\n';
const TAIL = '\n\nAnsökan ska vara inne senast den 1 mars 2026. Kontakta föreningsservice om du har frågor.';
const PROBES: Probe[] = [
  // USE_LEADS stod-ges-for-foljande-kostnader (new)
  { id: 'L1', shape: 'dev 2309: Stöd ges för nedanstående utgifter kopplade till beviljade aktiviteter:', field: 'permitted_uses', has: 'Köp av tjänst',
    text: HEAD + 'Stöd ges för nedanstående utgifter kopplade till beviljade aktiviteter:\n\n   • Köp av tjänst för att genomföra projektet\n   • Offentliga resurser' + TAIL },
  { id: 'L2', shape: 'dev 2307: Som godtagbara kostnader … betraktas … följande kostnader, om annat inte fastställs …:', field: 'permitted_uses', has: 'Lönekostnader',
    text: HEAD + 'Som godtagbara kostnader för specialunderstöd betraktas enligt understödsvillkoren följande kostnader, om annat inte fastställs i ansökningsanvisningen eller understödsbeslutet:\n\n • Lönekostnader inklusive bikostnader\n • Resekostnader' + TAIL },
  { id: 'L3', shape: 'paraphrase: Bidrag lämnas för följande kostnader:', field: 'permitted_uses', has: 'Lokalhyra',
    text: HEAD + 'Bidrag lämnas för följande kostnader:\n\n- Lokalhyra under projekttiden\n- Arvoden till föreläsare' + TAIL },
  { id: 'L4', shape: 'paraphrase: Som stödberättigande utgifter räknas följande:', field: 'permitted_uses', has: 'Marknadsföring',
    text: HEAD + 'Som stödberättigande utgifter räknas följande:\n\n- Marknadsföring av arrangemanget\n- Teknik och ljud' + TAIL },
  { id: 'Lx', shape: 'adversarial: the report\'s contents, "I slutrapporten ska ni redovisa följande stödberättigande kostnader:"', field: 'permitted_uses', none: true,
    text: HEAD + 'Redovisning\n\nI slutrapporten ska ni redovisa följande stödberättigande kostnader:\n\n- Kostnadernas belopp per post\n- Fakturadatum' + TAIL },
  { id: 'Ly', shape: 'adversarial: the budget\'s contents, "I budgeten ska ni ange följande godtagbara kostnader:"', field: 'permitted_uses', none: true,
    text: HEAD + 'Ansökan\n\nI budgeten ska ni ange följande godtagbara kostnader:\n\n- Egen insats i timmar\n- Andra finansiärer' + TAIL },
  { id: 'Lz', shape: 'adversarial: a past round, "Stöd beviljades för följande kostnader förra året:"', field: 'permitted_uses', none: true,
    text: HEAD + 'Stöd beviljades för följande kostnader förra året:\n\n- Hembygdsdagen i Ekby\n- Renovering av bygdegården' + TAIL },
  { id: 'Lw', shape: 'adversarial: the negation, "Stöd ges inte för följande kostnader, om inte annat anges:"', field: 'permitted_uses', none: true,
    text: HEAD + 'Stöd ges inte för följande kostnader, om inte annat anges:\n\n- Alkohol\n- Ordinarie drift' + TAIL },
  { id: 'Lv', shape: 'adversarial: assessment criteria', field: 'permitted_uses', none: true,
    text: HEAD + 'Vi bedömer ansökan utifrån följande kriterier:\n\n- nyskapande idéer\n- samverkan med andra organisationer' + TAIL },
  // the nested run under one use that opens its own conditions
  { id: 'C1', shape: 'dev 2309: a use ending "om samtliga av följande villkor är uppfyllda:" over nested conditions', field: 'permitted_uses', has: 'begagnade maskiner', not: 'Priset får inte',
    text: HEAD + 'Stöd ges för nedanstående utgifter kopplade till beviljade aktiviteter:\n\n   • Inköp av begagnade maskiner om samtliga av följande villkor är uppfyllda:\n      • Den som söker ska bifoga ett intyg från den tidigare ägaren.\n      • Priset får inte vara högre än marknadsvärdet.\n   • Köp av tjänst för att genomföra projektet' + TAIL },
  { id: 'C2', shape: 'paraphrase: "… om följande krav uppfylls:" nested under a use', field: 'permitted_uses', has: 'Resor', not: 'kvitton',
    text: HEAD + 'Bidraget får användas till:\n\n - Begagnad utrustning, om följande krav uppfylls:\n    - Säljaren lämnar kvitton på köpet.\n    - Utrustningen är i gott skick.\n - Resor inom länet' + TAIL },
  { id: 'C3', shape: 'keep: an item that only ends in a colon over its kinds stays a use with them', field: 'permitted_uses', has: 'Arvoden',
    text: HEAD + 'Bidraget får användas till:\n\n - Arvoden till:\n    - föreläsare\n    - musiker\n - Lokalhyra' + TAIL },
  // USE_HEADINGS det-har-kan-ga-till, widened to the reader's "få"
  { id: 'H1', shape: 'dev 2303: Det kan du få stöd för (Jordbruksverket)', field: 'permitted_uses', has: 'marina miljön',
    text: 'Stöd för att öka kunskapen om havsmiljön\n\nVem kan få stöd?\n\nMyndigheter, kommuner och organisationer kan få stödet.\n\nDet kan du få stöd för\n\nDu kan få stöd för att driva projekt som förbättrar kunskaperna om tillståndet för den marina miljön.' + TAIL },
  { id: 'H2', shape: 'paraphrase: Detta kan föreningen få bidrag till', field: 'permitted_uses', has: 'Ledarutbildning',
    text: HEAD + 'Detta kan föreningen få bidrag till\n\n- Ledarutbildning\n- Inköp av material' + TAIL },
  { id: 'H3', shape: 'paraphrase: Kostnader som ni kan få stöd för', field: 'permitted_uses', has: 'Hyra av scen',
    text: HEAD + 'Kostnader som ni kan få stöd för\n\n- Hyra av scen och ljud\n- Artistarvoden' + TAIL },
  { id: 'Hx', shape: 'adversarial: the negated heading, Det kan du inte få stöd för', field: 'permitted_uses', none: true,
    text: HEAD + 'Det kan du inte få stöd för\n\n- Alkohol\n- Priser och gåvor' + TAIL },
  { id: 'Hy', shape: 'adversarial: a named grant\'s heading over its target groups, Detta kan du få aktivitetsbidrag för', field: 'permitted_uses', none: true,
    text: HEAD + 'Detta kan du få aktivitetsbidrag för\n\nIdeella föreningar kan söka för aktiviteter för:\n\n • Barn och unga (7-25 år)\n • Pensionärer' + TAIL },
  { id: 'Hz', shape: 'adversarial: a time limit under the heading (dev 2303, 326)', field: 'permitted_uses', none: true,
    text: 'Stöd till kulturmiljöer\n\nUtgifter du kan få stöd för\n\nDu kan bara få stöd för utgifter som har fakturadatum och betalningsdatum från och med den dag din ansökan om stöd kom in till myndigheten.' + TAIL },
  { id: 'Hw', shape: 'adversarial: a menu of other grants under "Det här kan du söka"', field: 'permitted_uses', none: true,
    text: HEAD + 'Det här kan du söka\n\n- Aktivitetsbidrag\n- Lokalbidrag\n- Startbidrag' + TAIL },
  // EXCLUDED_SENTENCES ar-inte-stodberattigande, widened to godtagbara / ersättningsbara / godkända costs
  { id: 'E1', shape: 'dev 2308: … är inte godtagbara kostnader. (STEA)', field: 'excluded_uses', has: 'Avskrivningar',
    text: HEAD + 'Godtagbara kostnader är endast faktiska kostnader.\n\nAvskrivningar, nedskrivningar, hyresvärden eller reserver eller andra kalkylerade poster utan kassaflöde är inte godtagbara kostnader.' + TAIL },
  { id: 'E2', shape: 'paraphrase: … räknas inte som ersättningsbara utgifter.', field: 'excluded_uses', has: 'Kaffe',
    text: HEAD + 'Kaffe och tilltugg till styrelsemöten räknas inte som ersättningsbara utgifter.' + TAIL },
  { id: 'E3', shape: 'paraphrase: … är inte en godkänd kostnad.', field: 'excluded_uses', has: 'egna lokaler',
    text: HEAD + 'Lokalhyra i egna lokaler är inte en godkänd kostnad.' + TAIL },
  { id: 'Ex', shape: 'adversarial: the application not approved', field: 'excluded_uses', none: true,
    text: HEAD + 'Ansökan är inte godkänd förrän alla bilagor har kommit in.\n\nEn ansökan som saknar budget är inte godkänd.' + TAIL },
  { id: 'Ey', shape: 'adversarial: applicants, "… är inte godkända sökande."', field: 'excluded_uses', none: true,
    text: HEAD + 'Föreningar som saknar stadgar är inte godkända sökande.' + TAIL },
  // USE_RULES kan-fa-stod-till-kostnader (new)
  { id: 'R1', shape: 'dev 2301: … kan få stöd till kostnader för vatten och avlopp, sophämtning … (Region Gotland)', field: 'permitted_uses', has: 'sophämtning',
    text: HEAD + 'Driftsstöd till idrottsanläggning\n\nEn förening som driver egen anläggning med regelbunden ungdomsverksamhet kan få stöd till kostnader för vatten och avlopp, sophämtning, el, värme och städmaterial.' + TAIL },
  { id: 'R2', shape: 'paraphrase: Arrangören kan få bidrag för kostnader för …', field: 'permitted_uses', has: 'ljudteknik',
    text: HEAD + 'Arrangemangsbidrag\n\nArrangören kan få bidrag för kostnader för hyra av lokal och ljudteknik.' + TAIL },
  { id: 'R3', shape: 'paraphrase: Ni kan också få ersättning för utgifter som avser …', field: 'permitted_uses', has: 'logi',
    text: HEAD + 'Ersättning\n\nNi kan också få ersättning för utgifter som avser resor och logi.' + TAIL },
  { id: 'Rx', shape: 'adversarial: a cap on the costs', field: 'permitted_uses', none: true,
    text: HEAD + 'Lokalstöd\n\nFöreningen kan få stöd till kostnader för lokalhyra med högst 50 procent.' + TAIL },
  { id: 'Ry', shape: 'adversarial: a past grant, "har fått stöd till kostnader för"', field: 'permitted_uses', none: true,
    text: HEAD + 'Lokalstöd\n\nFöreningar som har fått stöd till kostnader för lokaler kan söka igen nästa år.' + TAIL },
  { id: 'Rz', shape: 'adversarial: the application describes other funders', field: 'permitted_uses', none: true,
    text: HEAD + 'Ansökan\n\nI ansökan ska ni beskriva hur ni kan få stöd till kostnader för personal från andra finansiärer.' + TAIL },
  { id: 'Rw', shape: 'adversarial: "Vi prioriterar" a group that can get support', field: 'permitted_uses', none: true,
    text: HEAD + 'Bedömning\n\nVi prioriterar föreningar som kan få stöd från flera håll.' + TAIL },
];

const itemText = (x: unknown): string => (typeof x === 'string' ? x : String((x as { text?: string; value?: string }).text ?? (x as { value?: string }).value ?? JSON.stringify(x)));

async function itemsOf(text: string, field: string): Promise<string[] | 'refused'> {
  try {
    const spec = (await specOf(`${text}\n`)) as unknown as Record<string, unknown>;
    return ((spec[field] ?? []) as unknown[]).map(itemText);
  } catch {
    return 'refused';
  }
}

describe('fresh77b: lists read by the parts of their lead or heading, paraphrases read, adversarial probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      const got = await itemsOf(p.text, p.field);
      const items = got === 'refused' ? [] : got;
      if (p.none) expect(items, JSON.stringify(got)).toEqual([]);
      else expect(items.filter((i) => i.includes(p.has!)), JSON.stringify(got)).not.toEqual([]);
      if (p.not) expect(items.filter((i) => i.includes(p.not!)), JSON.stringify(got)).toEqual([]);
    });
  }
});
