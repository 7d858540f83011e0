import { describe, expect, it } from 'vitest';
import { expectWant, probeField, specOf, type Want } from './probe.js';

// A fresh batch of real grant pages and utlysningar (helper fresh75a, issue 12, dev 2194–2205): lists of what the money may
// and may not be used for, and the underlag asked for. Per new or widened row: the batch's phrase, two paraphrases in another
// body's phrasing (constructed), and at least two adversarial counter-probes (the same words in another role: a period, a
// place to send the application, the applicants, a late application, a cap, a past report, a tool, a requirement list, a
// menu of grants). `has` wants an item holding the words; `none` wants the field empty (or the text refused).

type Probe = { id: string; shape: string; field: 'permitted_uses' | 'excluded_uses' | 'evidence_documents'; has?: string; none?: true; text: string };
const HEAD = 'Bidrag till föreningar\n\n';
const TAIL = '\n\nSista ansökningsdag är den 1 mars 2026.';
const PROBES: Probe[] = [
  // USE_LEADS bidrag-kan-sokas-for-kolon
  { id: 'L1', shape: 'dev 2200: Bidrag kan sökas för: over bullets', field: 'permitted_uses', has: 'antikvarisk medverkan',
    text: HEAD + 'Bidrag kan sökas för: \n\n • Vård av värdefulla kulturmiljöer. \n • Kostnader för antikvarisk medverkan under projektet.' + TAIL },
  { id: 'L2', shape: 'paraphrase: Stöd kan även sökas för exempelvis:', field: 'permitted_uses', has: 'hyra av lokal',
    text: HEAD + 'Stöd kan även sökas för exempelvis:\n\n- hyra av lokal\n- material till aktiviteten' + TAIL },
  { id: 'L3', shape: 'paraphrase: Projektbidraget får sökas för bland annat:', field: 'permitted_uses', has: 'arvoden till föreläsare',
    text: HEAD + 'Projektbidraget får sökas för bland annat:\n\n- arvoden till föreläsare\n- marknadsföring av arrangemanget' + TAIL },
  { id: 'Lx', shape: 'adversarial: the application periods after "sökas för perioden:"', field: 'permitted_uses', none: true,
    text: HEAD + 'Bidrag kan sökas för perioden:\n\n- 1 januari–30 juni\n- 1 juli–31 december' + TAIL },
  { id: 'Ly', shape: 'adversarial: where to send it, "sökas till:"', field: 'permitted_uses', none: true,
    text: HEAD + 'Bidrag kan sökas till:\n\n- Kultur- och fritidsnämnden\n- Socialnämnden' + TAIL },
  { id: 'Lz', shape: 'adversarial: a menu of the grants one can apply for', field: 'permitted_uses', none: true,
    text: HEAD + 'Bidrag som kan sökas:\n\n- Aktivitetsbidrag\n- Lokalbidrag\n- Startbidrag' + TAIL },
  { id: 'La', shape: 'adversarial: a list of the application\'s contents', field: 'permitted_uses', none: true,
    text: HEAD + 'Ansökan ska innehålla:\n\n- syfte med projektet\n- budget och tidplan' + TAIL },
  // USE_LEADS kan-komma-ifraga-for
  { id: 'K1', shape: 'dev 2199: kan komma ifråga för projekt som omfattar något av följande:', field: 'permitted_uses', has: 'Skyltar och andra anordningar',
    text: HEAD + 'Samfinansiering mellan landsbygdsprogrammet och kulturmiljöbidraget kan komma ifråga för projekt som omfattar något av följande:\n\n • Restaurering, om- och tillbyggnad av hembygdsgård.\n • Skyltar och andra anordningar för att informera besökare om bygden.' + TAIL },
  { id: 'K2', shape: 'paraphrase: Stöd kan komma i fråga för insatser som avser:', field: 'permitted_uses', has: 'kompetensutveckling',
    text: HEAD + 'Stöd kan komma i fråga för insatser som avser:\n\n- kompetensutveckling för ledare\n- nätverksträffar mellan föreningar' + TAIL },
  { id: 'K3', shape: 'paraphrase: Bidrag kan även komma i fråga för kostnader för:', field: 'permitted_uses', has: 'lokalhyra',
    text: HEAD + 'Bidrag kan även komma i fråga för kostnader för:\n\n- lokalhyra\n- resor inom länet' + TAIL },
  { id: 'Kx', shape: 'adversarial: the requirements a project must meet', field: 'permitted_uses', none: true,
    text: HEAD + 'Projekt som kan komma ifråga för stöd ska uppfylla följande krav:\n\n- projektet ska vara avgränsat i tid\n- projektet ska ha en budget' + TAIL },
  { id: 'Ky', shape: 'adversarial: the conditions on the projects', field: 'permitted_uses', none: true,
    text: HEAD + 'Stöd kan komma i fråga för projekt som uppfyller följande villkor:\n\n- minst tre deltagande föreningar\n- en tydlig tidplan' + TAIL },
  // EXCLUDED_SENTENCES for-x-beviljas-inte
  { id: 'X1', shape: 'dev 2198: För … beviljas inte stipendium.', field: 'excluded_uses', has: 'vanlig kurslitteratur',
    text: 'Stipendier för studerandemedlemmar\n\nStipendiet är 500 euro. För normalt uppehälle, normala resekostnader eller vanlig kurslitteratur beviljas inte stipendium.' + TAIL },
  { id: 'X2', shape: 'paraphrase: Till löner och arvoden ges inte bidrag.', field: 'excluded_uses', has: 'löner och arvoden',
    text: HEAD + 'Föreningar kan söka bidraget. Till löner och arvoden ges inte bidrag.' + TAIL },
  { id: 'X3', shape: 'paraphrase: För resor utomlands lämnas inget stöd.', field: 'excluded_uses', has: 'resor utomlands',
    text: HEAD + 'Föreningar kan söka stödet. För resor utomlands lämnas inget stöd.' + TAIL },
  { id: 'Xx', shape: 'adversarial: a year fronted', field: 'excluded_uses', none: true,
    text: HEAD + 'Föreningar kan söka bidraget. För 2026 beviljas inte bidrag.' + TAIL },
  { id: 'Xy', shape: 'adversarial: the applicants fronted', field: 'excluded_uses', none: true,
    text: HEAD + 'Till föreningar som saknar stadgar beviljas inte bidrag.' + TAIL },
  { id: 'Xz', shape: 'adversarial: a late application fronted', field: 'excluded_uses', none: true,
    text: HEAD + 'För ansökningar som kommer in för sent beviljas inte bidrag.' + TAIL },
  // EXCLUDED_SENTENCES kommer-inte-att-lamna, widened to the passive
  { id: 'P1', shape: 'dev 2202: stöd kommer inte att ges till åtgärder som är lönsamma', field: 'excluded_uses', has: 'lönsamma utan stöd',
    text: 'Klimatklivet\n\nÅtgärder som kan ges stöd ska vara ambitiösare än vad lagen kräver och stöd kommer inte att ges till åtgärder som är lönsamma utan stöd vid investeringstillfället.' + TAIL },
  { id: 'P2', shape: 'paraphrase: Bidrag kommer inte att beviljas för inköp av inventarier.', field: 'excluded_uses', has: 'inköp av inventarier',
    text: HEAD + 'Föreningar kan söka bidraget. Bidrag kommer inte att beviljas för inköp av inventarier.' + TAIL },
  { id: 'P3', shape: 'paraphrase: Stipendier kommer inte heller att lämnas för resor inom Sverige.', field: 'excluded_uses', has: 'resor inom Sverige',
    text: 'Resestipendium\n\nStipendiet kan sökas av studenter. Stipendier kommer inte heller att lämnas för resor inom Sverige.' + TAIL },
  { id: 'Px', shape: 'adversarial: the barred applicants', field: 'excluded_uses', none: true,
    text: HEAD + 'Stöd kommer inte att ges till sökande som har skulder hos Kronofogden.' + TAIL },
  { id: 'Py', shape: 'adversarial: a year after "för"', field: 'excluded_uses', none: true,
    text: HEAD + 'Bidrag kommer inte att beviljas för 2027.' + TAIL },
  // USE_RULES pengarna-far-anvandas, widened to peng/bidrag compounds and "täcka kostnader för"
  { id: 'U1', shape: 'dev 2194: Bygdepengen kan täcka kostnader för …', field: 'permitted_uses', has: 'hyra av lokal',
    text: 'Regional bygdepeng\n\nDu som är engagerad i en lokal utvecklingsgrupp kan söka bygdepeng. Bygdepengen kan täcka kostnader för porto, kuvert, kopiering, hyra av lokal och resekostnader.' + TAIL },
  { id: 'U2', shape: 'paraphrase: Aktivitetsbidraget får användas till …', field: 'permitted_uses', has: 'ledarutbildning',
    text: HEAD + 'Aktivitetsbidraget får användas till ledarutbildning och material.' + TAIL },
  { id: 'U3', shape: 'paraphrase: Byapengen kan täcka utgifter för …', field: 'permitted_uses', has: 'möten och annonser',
    text: 'Byapeng\n\nByapengen kan täcka utgifter för möten och annonser.' + TAIL },
  { id: 'Ux', shape: 'adversarial: a cap on the share of the costs', field: 'permitted_uses', none: true,
    text: 'Regional bygdepeng\n\nBygdepengen kan täcka högst två tredjedelar av kostnaderna för mötet.' + TAIL },
  { id: 'Uy', shape: 'adversarial: the report asks what it was used for', field: 'permitted_uses', none: true,
    text: 'Regional bygdepeng\n\nBeskriv i redovisningen vad bygdepengen har använts till.' + TAIL },
  { id: 'Uz', shape: 'adversarial: a "-medel" compound that is no money', field: 'permitted_uses', none: true,
    text: HEAD + 'Hjälpmedlen får användas till träning i hemmet.' + TAIL },
  // USE_RULES mottagaren-far-anvanda, widened to peng/bidrag compounds
  { id: 'B1', shape: 'dev 2204: kan använda bonuspengen för att ordna tjänster', field: 'permitted_uses', has: 'ordna tjänster',
    text: 'Bonuspeng\n\nKommuner som beviljats bonuspeng på grundval av ett beslut om kommunplatser kan använda bonuspengen för att ordna tjänster för personer som får internationellt skydd.' + TAIL },
  { id: 'B2', shape: 'paraphrase: Föreningen får använda aktivitetsbidraget till …', field: 'permitted_uses', has: 'ledarutbildning',
    text: HEAD + 'Föreningen får använda aktivitetsbidraget till ledarutbildning.' + TAIL },
  { id: 'B3', shape: 'paraphrase: Byalaget kan använda byapengen till …', field: 'permitted_uses', has: 'grillplats',
    text: 'Byapeng\n\nByalaget kan använda byapengen till en gemensam grillplats.' + TAIL },
  { id: 'Bx', shape: 'adversarial: a tool named with "bidrags-"', field: 'permitted_uses', none: true,
    text: HEAD + 'Föreningen kan använda bidragsportalen för att söka bidraget.' + TAIL },
  { id: 'By', shape: 'adversarial: a past report of what the money went to', field: 'permitted_uses', none: true,
    text: 'Bonuspeng\n\nKommunen har använt bonuspengen till tolkning.' + TAIL },
  // USE_RULES bidrag-ges-for, widened to a stipend and "någon form av …kostnader"
  { id: 'S1', shape: 'dev 2198: Stipendiet beviljas för någon form av tilläggskostnader …', field: 'permitted_uses', has: 'studieresor',
    text: 'Stipendier för studerandemedlemmar\n\nFöreningen utlyser tio stipendier. Stipendiet beviljas för någon form av tilläggskostnader i studierna, t.ex. utlandspraktik, studieresor, seminarier.' + TAIL },
  { id: 'S2', shape: 'paraphrase: Stipendier kan beviljas för resekostnader …', field: 'permitted_uses', has: 'resekostnader',
    text: 'Resestipendium\n\nStipendier kan beviljas för resekostnader i samband med kurser och konferenser.' + TAIL },
  { id: 'S3', shape: 'paraphrase: Stipendiet beviljas för material …', field: 'permitted_uses', has: 'material',
    text: 'Konststipendium\n\nStipendiet beviljas för material och utrustning till ett konstnärligt projekt.' + TAIL },
  { id: 'Sx', shape: 'adversarial: a period after "beviljas för"', field: 'permitted_uses', none: true,
    text: 'Resestipendium\n\nStipendiet beviljas för ett år i taget.' + TAIL },
  { id: 'Sy', shape: 'adversarial: the applicants after "beviljas för"', field: 'permitted_uses', none: true,
    text: 'Resestipendium\n\nStipendiet beviljas för studerande som varit medlemmar i minst ett år.' + TAIL },
  { id: 'Sz', shape: 'adversarial: the same words denied', field: 'permitted_uses', none: true,
    text: 'Resestipendium\n\nStipendium beviljas inte för någon form av resekostnader.' + TAIL },
  // ATTACHED_SENTENCES ber-er-bifoga
  { id: 'D1', shape: 'dev 2197: Till ansökan ber vi också att ni bifogar …', field: 'evidence_documents', has: 'resultat- och balansrapport',
    text: HEAD + 'Föreningar kan söka bidraget. Till ansökan ber vi också att ni bifogar resultat- och balansrapport för 2019 och 2020.' + TAIL },
  { id: 'D2', shape: 'paraphrase: Vi vill att du bifogar en budget', field: 'evidence_documents', has: 'budget',
    text: HEAD + 'Föreningar kan söka bidraget. Vi vill att du bifogar en budget för projektet.' + TAIL },
  { id: 'D3', shape: 'paraphrase: Vi ber er bifoga föreningens stadgar', field: 'evidence_documents', has: 'stadgar',
    text: HEAD + 'Föreningar kan söka bidraget. Vi ber er bifoga föreningens stadgar.' + TAIL },
  { id: 'Dx', shape: 'adversarial: a request to contact the funder', field: 'evidence_documents', none: true,
    text: HEAD + 'Föreningar kan söka bidraget. Vi ber dig kontakta oss innan du ansöker.' + TAIL },
  { id: 'Dy', shape: 'adversarial: a request not to attach', field: 'evidence_documents', none: true,
    text: HEAD + 'Föreningar kan söka bidraget. Vi ber er att inte bifoga kvitton.' + TAIL },
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

describe('fresh75a: the batch\'s list shapes, paraphrases read, adversarial probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      const got = await itemsOf(p.text, p.field);
      if (p.none) expect(got === 'refused' ? [] : got).toEqual([]);
      else expect(got === 'refused' ? [] : got.filter((i) => i.includes(p.has!)), JSON.stringify(got)).not.toEqual([]);
    });
  }
});

// cues/dates.ts word-oppnas, widened to the round as subject with what it is a round of between
const OPENS: Array<{ id: string; shape: string; want: Want; text: string }> = [
  { id: 'O1', shape: 'dev 2204: Den följande ansökningsomgången i fråga om bonuspeng öppnas den …', want: '2020-01-01',
    text: 'Bonuspeng\n\nKommuner kan söka bonuspeng. Den följande ansökningsomgången i fråga om bonuspeng öppnas den 1 januari 2020. Uppgift om den exakta tidpunkten för ansökan publiceras i september 2019.' },
  { id: 'O2', shape: 'paraphrase: Ansökningsomgången för projektstöd öppnas den …', want: '2025-03-01',
    text: 'Projektstöd\n\nFöreningar kan söka projektstöd. Ansökningsomgången för projektstöd öppnas den 1 mars 2025.' },
  { id: 'O3', shape: 'paraphrase: Ansökningstiden öppnas …', want: '2025-08-15',
    text: 'Kulturstöd\n\nFöreningar kan söka kulturstöd. Ansökningstiden öppnas 15 augusti 2025.' },
  { id: 'Ox', shape: 'adversarial: a round of payment claims', want: null,
    text: 'Projektstöd\n\nFöreningar kan söka projektstöd. Ansökningsomgången i fråga om slututbetalning öppnas den 1 mars 2024.' },
  { id: 'Oy', shape: 'adversarial: a round of reports', want: null,
    text: 'Projektstöd\n\nFöreningar kan söka projektstöd. Ansökningsomgången för redovisningar öppnas den 1 februari 2027.' },
];

describe('fresh75a: the round that opens', () => {
  for (const p of OPENS) {
    it(`${p.id} requisition.opens [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, 'requisition.opens'), p.want);
    });
  }
});
