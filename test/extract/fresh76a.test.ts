import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// A fresh batch of real grant pages (helper fresh76a, issue 12, dev 2250–2261): how lists of uses, exclusions and underlag are
// introduced on pages nobody tuned for — question headings ("Vad kan man söka för?" / "Vad kan man inte söka för?"), noun
// headings ("Det här kan du söka bidrag för"), a lead line naming the reader's role ("Ni kan inte söka för:"), unheaded bullets
// that are rules ("• Stödet ska användas för …"), prose lists ("Exempel på kostnader … är …"). Per new or widened row: the
// batch's phrase, two paraphrases in another body's phrasing (constructed), and two or more adversarial counter-probes (a
// priority list, a menu of grants, a FAQ's yes/no question, the applicants, a time, a cap, a past use, what the agency sends,
// the application's contents). `has` wants an item holding the words; `none` wants the field empty (or the text refused).

type Field = 'permitted_uses' | 'excluded_uses' | 'evidence_documents';
type Probe = { id: string; shape: string; field: Field; has?: string; none?: true; not?: string; text: string };
const HEAD = 'Evenemangsbidrag\n\n';
const TAIL = '\n\nFöreningar kan söka bidraget senast den 1 mars 2026. Kontakta föreningsservice om du har frågor.';
const PROBES: Probe[] = [
  // USE_HEADINGS vad-kan-anvandas (a negated question is no uses heading) and EXCLUDED_HEADINGS inte-anvandas (the reader between verb and "inte")
  { id: 'Q1', shape: 'dev 2251: Vad kan man söka för? / Vad kan man inte söka för? — the second list is no use', field: 'permitted_uses', has: 'Lokalkostnader', not: 'mat och dryck',
    text: HEAD + 'Vad kan man söka för?\n• Lokalkostnader.\n• Förlustgaranti för att täcka ett eventuellt underskott.\nVad kan man inte söka för?\n• Kostnader för mat och dryck.\n• Ordinarie verksamhet i föreningen.' + TAIL },
  { id: 'Q2', shape: 'dev 2251: the negated question heads the exclusions', field: 'excluded_uses', has: 'mat och dryck',
    text: HEAD + 'Vad kan man söka för?\n• Lokalkostnader.\n• Förlustgaranti för att täcka ett eventuellt underskott.\nVad kan man inte söka för?\n• Kostnader för mat och dryck.\n• Ordinarie verksamhet i föreningen.' + TAIL },
  { id: 'Q3', shape: 'paraphrase: Vad kan du inte söka bidrag till?', field: 'excluded_uses', has: 'inventarier',
    text: HEAD + 'Vad kan du inte söka bidrag till?\n\n- Fasta inventarier\n- Resor utomlands' + TAIL },
  { id: 'Q4', shape: 'paraphrase: Vad får ni inte söka stöd för?', field: 'excluded_uses', has: 'Löpande drift',
    text: HEAD + 'Vad får ni inte söka stöd för?\n\n- Löpande drift av föreningen\n- Alkohol' + TAIL },
  { id: 'Qx', shape: 'adversarial: a FAQ\'s yes/no question, its answer no list of exclusions', field: 'excluded_uses', none: true,
    text: HEAD + 'Kan man inte söka för fler arrangemang?\n\nJo, en förening kan söka för flera arrangemang under samma år.' + TAIL },
  { id: 'Qy', shape: 'adversarial: why the e-service fails', field: 'excluded_uses', none: true,
    text: HEAD + 'Varför kan man inte söka i e-tjänsten?\n\nE-tjänsten är stängd för underhåll under helgen.' + TAIL },
  { id: 'Qz', shape: 'adversarial: who cannot apply', field: 'excluded_uses', none: true,
    text: HEAD + 'Vilka kan inte söka?\n\n- Privatpersoner\n- Företag' + TAIL },
  // USE_HEADINGS det-har-kan-ga-till, widened to the reader as subject
  { id: 'D1', shape: 'dev 2250: Det här kan du söka bidrag för / Ni kan söka upp till 100 000 kr för följande kostnader:', field: 'permitted_uses', has: 'Hyra av lokal',
    text: HEAD + 'Det här kan du söka bidrag för\n\nNi kan söka upp till 100 000 kr för följande kostnader:\n\n • Arvoden till externa föreläsare\n • Hyra av lokal och utrustning\n • Marknadsföring' + TAIL },
  { id: 'D2', shape: 'paraphrase: Detta kan ni söka stöd till', field: 'permitted_uses', has: 'Studiebesök',
    text: HEAD + 'Detta kan ni söka stöd till\n\n- Studiebesök hos andra föreningar\n- Utbildning av ledare' + TAIL },
  { id: 'D3', shape: 'paraphrase: Det här kan föreningen söka pengar för:', field: 'permitted_uses', has: 'Material',
    text: HEAD + 'Det här kan föreningen söka pengar för:\n\n- Material till aktiviteterna\n- Transporter' + TAIL },
  { id: 'Dx', shape: 'adversarial: the negated heading', field: 'permitted_uses', none: true,
    text: HEAD + 'Det här kan du inte söka bidrag för\n\n- Alkohol\n- Priser och gåvor' + TAIL },
  { id: 'Dy', shape: 'adversarial: a menu of the grants one can apply for', field: 'permitted_uses', none: true,
    text: HEAD + 'Det här kan du söka\n\n- Aktivitetsbidrag\n- Lokalbidrag\n- Startbidrag' + TAIL },
  { id: 'Dz', shape: 'adversarial (diff q122): a named grant\'s heading over target groups and criteria', field: 'permitted_uses', none: true,
    text: HEAD + 'Detta kan du söka aktivitetsbidrag för\n\nIdeella föreningar kan söka aktivitetsbidrag för aktiviteter för:\n\n • Barn och unga (7-25 år)\n • Pensionärer (65 år eller äldre)\n\nAktiviteten som föreningen söker bidrag för ska:\n\n • Vara planerad\n • Vara ledarledd' + TAIL },
  // USE_HEADINGS vad-kan-du-soka-for, widened to a money compound and "Vilka arrangemang får man stöd till?"
  { id: 'V1', shape: 'dev 2250: Vad kan vi söka evenemangsbidrag för? over bullets', field: 'permitted_uses', has: 'Festivaler',
    text: HEAD + 'Vad kan vi söka evenemangsbidrag för?\n\n- Festivaler öppna för allmänheten\n- Kulturdagar' + TAIL },
  { id: 'V2', shape: 'paraphrase: Vad kan ni söka projektstöd för?', field: 'permitted_uses', has: 'Nya mötesplatser',
    text: HEAD + 'Vad kan ni söka projektstöd för?\n\n- Nya mötesplatser i bygden\n- Samarbeten mellan föreningar' + TAIL },
  { id: 'V3', shape: 'paraphrase: Vilka evenemang kan ni få bidrag för?', field: 'permitted_uses', has: 'Konserter',
    text: HEAD + 'Vilka evenemang kan ni få bidrag för?\n\n- Konserter och föreställningar\n- Föreläsningar' + TAIL },
  { id: 'Vx', shape: 'adversarial: which events get no support', field: 'permitted_uses', none: true,
    text: HEAD + 'Vilka arrangemang får man inte stöd till?\n\n- Tävlingar\n- Interna möten' + TAIL },
  { id: 'Vy', shape: 'adversarial: a priority list under "Vi prioriterar evenemang som:"', field: 'permitted_uses', none: true,
    text: HEAD + 'Så bedöms din ansökan\n\nVi prioriterar evenemang som:\n\n- når fler än föreningens egna medlemmar\n- görs i samarbete med andra föreningar' + TAIL },
  // EXCLUDED_LEADS kan-inte-soka-for-lead
  { id: 'N1', shape: 'dev 2250: Ni kan inte söka för: over bullets', field: 'excluded_uses', has: 'redan är genomförda',
    text: HEAD + 'Ni kan söka bidrag för evenemang i kommunen.\n\nNi kan inte söka för:\n\n • Ordinarie verksamhet, cuper och turneringar\n • Evenemang som redan är genomförda' + TAIL },
  { id: 'N2', shape: 'paraphrase: Du kan inte söka bidrag till:', field: 'excluded_uses', has: 'Alkohol',
    text: HEAD + 'Du kan inte söka bidrag till:\n\n- Alkohol\n- Prispengar' + TAIL },
  { id: 'N3', shape: 'paraphrase: Föreningen kan däremot inte söka stöd för följande:', field: 'excluded_uses', has: 'Löner',
    text: HEAD + 'Föreningen kan däremot inte söka stöd för följande:\n\n- Löner till anställda\n- Investeringar i fastigheter' + TAIL },
  { id: 'Nx', shape: 'adversarial: another\'s behalf, the cases after "om:"', field: 'excluded_uses', none: true,
    text: HEAD + 'Ni kan inte söka för en annan förenings räkning om:\n\n- ni saknar fullmakt\n- föreningen inte är registrerad' + TAIL },
  { id: 'Ny', shape: 'adversarial: the same lead affirmative', field: 'excluded_uses', none: true,
    text: HEAD + 'Ni kan söka för:\n\n- Hyra av lokal\n- Marknadsföring' + TAIL },
  // UNDERLAG_LEADS dokument-att-inlamna, widened to "Följande handlingar skall lämnas in …:"
  { id: 'U1', shape: 'dev 2257: Följande handlingar skall lämnas in till kommunen:', field: 'evidence_documents', has: 'Ritningar',
    text: 'Investeringsbidrag\n\nFöljande handlingar skall lämnas in till kommunen:\n\n • Ritningar\n • Kostnadssammanställning' + TAIL },
  { id: 'U2', shape: 'paraphrase: Dessa dokument ska skickas in med ansökan:', field: 'evidence_documents', has: 'Stadgar',
    text: 'Startbidrag\n\nDessa dokument ska skickas in med ansökan:\n\n- Stadgar\n- Protokoll från årsmötet' + TAIL },
  { id: 'U3', shape: 'paraphrase: Följande bilagor måste bifogas:', field: 'evidence_documents', has: 'Budget',
    text: 'Projektbidrag\n\nFöljande bilagor måste bifogas:\n\n- Budget för projektet\n- Tidplan' + TAIL },
  { id: 'Ux', shape: 'adversarial: what the agency sends', field: 'evidence_documents', none: true,
    text: 'Investeringsbidrag\n\nFöljande handlingar skickar kommunen till er:\n\n- Beslut om bidrag\n- Faktura' + TAIL },
  { id: 'Uy', shape: 'adversarial: what to download', field: 'evidence_documents', none: true,
    text: 'Investeringsbidrag\n\nFöljande handlingar finns att ladda ner:\n\n- Riktlinjer\n- Blankett' + TAIL },
  // USE_RULES ges-for-att-tacka-kostnader
  { id: 'T1', shape: 'dev 2253: Stöd delas i första hand ut för att täcka kostnader för …', field: 'permitted_uses', has: 'arvoden',
    text: 'Aktivitetsstöd - arrangemang\n\nStöd ges endast till offentliga arrangemang. Stöd delas i första hand ut för att täcka kostnader för arrangemangets innehåll som exempelvis arvoden, reseersättningar, hyror och kostnader för marknadsföring.' + TAIL },
  { id: 'T2', shape: 'paraphrase: Bidraget ges för att täcka kostnader för hyra och material.', field: 'permitted_uses', has: 'hyra och material',
    text: 'Lovaktiviteter\n\nFöreningar kan söka. Bidraget ges för att täcka kostnader för hyra och material.' + TAIL },
  { id: 'T3', shape: 'paraphrase: Medlen betalas ut för att täcka resekostnader för deltagarna.', field: 'permitted_uses', has: 'resekostnader',
    text: 'Lägerbidrag\n\nFöreningar kan söka. Medlen betalas ut för att täcka resekostnader för deltagarna.' + TAIL },
  { id: 'Tx', shape: 'adversarial: a share as the cap', field: 'permitted_uses', none: true,
    text: 'Lägerbidrag\n\nFöreningar kan söka. Stöd delas ut för att täcka högst 50 procent av kostnaderna.' + TAIL },
  { id: 'Ty', shape: 'adversarial: money that does not suffice', field: 'permitted_uses', none: true,
    text: 'Lägerbidrag\n\nFöreningar kan söka. Bidraget räcker inte för att täcka kostnader för hela projektet.' + TAIL },
  // USE_RULES exempel-pa-kostnader-ar
  { id: 'E1', shape: 'dev 2254: Exempel på kostnader föreningen kan ansöka om är …', field: 'permitted_uses', has: 'resekostnader',
    text: 'Arrangörsstöd\n\nFöreningar kan söka. Exempel på kostnader föreningen kan ansöka om är gage eller arvode, hyra för lokal, hyra för teknik, marknadsföring, resekostnader.' + TAIL },
  { id: 'E2', shape: 'paraphrase: Exempel på kostnader som ni kan söka bidrag för är …', field: 'permitted_uses', has: 'lokalhyra',
    text: 'Projektbidrag\n\nFöreningar kan söka. Exempel på kostnader som ni kan söka bidrag för är lokalhyra och material.' + TAIL },
  { id: 'E3', shape: 'paraphrase: Exempel på utgifter du kan söka stöd till kan vara …', field: 'permitted_uses', has: 'resor och kost',
    text: 'Lägerbidrag\n\nFöreningar kan söka. Exempel på utgifter du kan söka stöd till kan vara resor och kost.' + TAIL },
  { id: 'Ex', shape: 'adversarial: the costs to report', field: 'permitted_uses', none: true,
    text: 'Projektbidrag\n\nFöreningar kan söka. Exempel på kostnader som ni ska redovisa är lokalhyra och arvoden.' + TAIL },
  { id: 'Ey', shape: 'adversarial: the costs had in the past', field: 'permitted_uses', none: true,
    text: 'Projektbidrag\n\nFöreningar kan söka. Exempel på kostnader föreningen har haft är hyra och el.' + TAIL },
  // EXCLUDED_SENTENCES men-ges-inte-till
  { id: 'M1', shape: 'dev 2258: … beviljas för ett bestämt ändamål men ges inte till grundutbildning …', field: 'excluded_uses', has: 'grundutbildning',
    text: 'Kulturstipendium\n\nKulturstipendiet är ett arbets-, rese- och studiestipendium och beviljas för ett bestämt ändamål men ges inte till grundutbildning i konstnärligt område. Kulturstipendiet är 5 000 kronor.' + TAIL },
  { id: 'M2', shape: 'paraphrase: Bidraget kan sökas för material men beviljas inte för löner.', field: 'excluded_uses', has: 'löner',
    text: 'Projektbidrag\n\nBidraget kan sökas för material men beviljas inte för löner.' + TAIL },
  { id: 'M3', shape: 'paraphrase: Stödet täcker hyra men lämnas inte för mat och dryck.', field: 'excluded_uses', has: 'mat och dryck',
    text: 'Arrangemangsstöd\n\nStödet täcker hyra men lämnas inte för mat och dryck.' + TAIL },
  { id: 'Mx', shape: 'adversarial: the applicants barred', field: 'excluded_uses', none: true,
    text: 'Projektbidrag\n\nBidraget kan sökas av föreningar men ges inte till privatpersoner.' + TAIL },
  { id: 'My', shape: 'adversarial: a time limit', field: 'excluded_uses', none: true,
    text: 'Kulturstipendium\n\nStipendiet delas ut årligen men beviljas inte för mer än ett år.' + TAIL },
  // findPermittedUses: unheaded bullets read as sentences (usesInSentences), where no list of uses was found
  { id: 'B1', shape: 'dev 2252: • Stödet ska användas för marknadsföringsinsatser och kan utöver det användas för lokalkostnader …', field: 'permitted_uses', has: 'lokalkostnader',
    text: 'Arrangörsstöd\n\nSyftet med stödet är att underlätta för arrangörer.\n\n • Stödet kan användas för offentliga arrangemang, till exempel föredrag.\n • Stödet ska användas för marknadsföringsinsatser och kan utöver det användas för lokalkostnader.\n • Stöd beviljas inte för fasta inventarier.' + TAIL },
  { id: 'B2', shape: 'paraphrase: bullets "Bidraget får användas till …"', field: 'permitted_uses', has: 'ledarutbildning',
    text: 'Utvecklingsbidrag\n\nBidraget riktar sig till föreningar.\n\n- Bidraget får användas till ledarutbildning.\n- Ansökan görs i e-tjänsten.' + TAIL },
  { id: 'B3', shape: 'paraphrase: bullets "Pengarna kan användas för …"', field: 'permitted_uses', has: 'inköp av utrustning',
    text: 'Bygdepeng\n\nVarje bygdegrupp kan söka en gång per år.\n\n- Pengarna kan användas för inköp av utrustning.\n- Redovisning sker senast i december.' + TAIL },
  { id: 'Bz', shape: 'adversarial (dev 180): a förordning\'s application contents, the lead on no colon', field: 'permitted_uses', none: true,
    text: 'Bidrag till kommuner\n\nAnsökan ska ha kommit in till länsstyrelsen senast den 1 mars 2026 och den ska innehålla\n\n1. en beskrivning av de åtgärder bidraget ska användas till och uppgift om beräknade kostnader,\n2. uppgift om kontaktperson.' + TAIL },
  { id: 'Bx', shape: 'adversarial: a bullet on what the money was used for', field: 'permitted_uses', none: true,
    text: 'Utvecklingsbidrag\n\nFörra året fördelades bidraget så här.\n\n- Bidraget har använts till lokalhyra.\n- Tre föreningar fick stöd.' + TAIL },
  { id: 'By', shape: 'adversarial: the application\'s contents as bullets', field: 'permitted_uses', none: true,
    text: 'Utvecklingsbidrag\n\nAnsökan ska innehålla:\n\n- en beskrivning av projektet\n- en budget' + TAIL },
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

describe('fresh76a: list shapes read by their lead or heading, paraphrases read, adversarial probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      const got = await itemsOf(p.text, p.field);
      const items = got === 'refused' ? [] : got;
      if (p.none) expect(items).toEqual([]);
      else expect(items.filter((i) => i.includes(p.has!)), JSON.stringify(got)).not.toEqual([]);
      if (p.not) expect(items.filter((i) => i.includes(p.not!)), JSON.stringify(got)).toEqual([]);
    });
  }
});
