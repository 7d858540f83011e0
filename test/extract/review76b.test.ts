import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// Adversarial review of stop 55's first-wave list-finder rows (helper review76b, issue 12): fresh76a's changes to how lists of
// uses, exclusions and underlag are found. Counter-probes put each new or widened row's words where the value has another role
// (a criterion, a priority, a target group, an application's or a report's contents, the agency's own tasks, a past round's
// projects, another grant on the page, documents, dates); keep-probes are the row's own reading in another body's phrasing.
// `has` wants an item holding the words; `none` wants the field empty (or the text refused); `not` wants no item holding them.

type Field = 'permitted_uses' | 'excluded_uses' | 'evidence_documents';
type Probe = { id: string; shape: string; field: Field; has?: string; none?: true; not?: string; text: string; open?: string };
const HEAD = 'Arrangemangsbidrag\n\nBidraget kan sökas av ideella föreningar i kommunen.\n\n';
const TAIL = '\n\nAnsök senast den 1 mars 2026 via e-tjänsten. Kontakta fritidsförvaltningen om du har frågor.';
const PROBES: Probe[] = [
  // usesInSentences: unled bullets read as sentences after a paragraph that ends in a full stop (the widest change)
  { id: 'B1', shape: 'criteria bullets after a full stop: "… bidraget kan användas till att nå nya målgrupper"', field: 'permitted_uses', none: true,
    text: HEAD + 'Ansökningarna bedöms utifrån kriterierna nedan.\n\n- Hur väl arrangemanget når nya målgrupper.\n- I vilken mån bidraget kan användas till att nå nya målgrupper.\n- Samarbete med andra föreningar.' + TAIL },
  { id: 'B2', shape: 'application contents after a full stop: a budget showing what the money shall be used for', field: 'permitted_uses', none: true,
    text: HEAD + 'Ansökan ska innehålla följande uppgifter.\n\n- En beskrivning av arrangemanget.\n- En budget där det framgår att bidraget ska användas till arrangemanget.\n- Föreningens organisationsnummer.' + TAIL },
  { id: 'B3', shape: 'past projects after a full stop, each with its own use', field: 'permitted_uses', none: true,
    text: HEAD + 'Här är några av de föreningar som fick bidrag förra året.\n\n- Ås IF, 25 000 kronor. Bidraget ska användas till nya fotbollsmål.\n- Byns hembygdsförening, 12 000 kronor. Stödet ska gå till en ny scen.' + TAIL },
  { id: 'B4', shape: 'the agency\'s own tasks after a full stop', field: 'permitted_uses', none: true,
    text: HEAD + 'Kultur- och fritidsnämnden ansvarar för bidraget.\n\n- Nämnden beslutar om fördelningen.\n- Förvaltningen får använda medlen till administration av bidraget.\n- Förvaltningen följer upp bidraget.' + TAIL },
  { id: 'B5', shape: 'another grant on the same page, after a full stop', field: 'permitted_uses', none: true,
    text: HEAD + 'Föreningar kan också söka andra bidrag från kommunen.\n\n- Lokalbidrag. Lokalbidraget får användas till hyra av lokal.\n- Ledarbidrag. Ledarbidraget får användas till utbildning av ledare.' + TAIL },
  { id: 'B6', shape: 'report contents after a full stop: "… visa att bidraget har använts till …"', field: 'permitted_uses', none: true,
    text: HEAD + 'Efter arrangemanget ska föreningen lämna en redovisning.\n\n- Redovisningen ska visa vad pengarna har använts till.\n- Kvitton på kostnaderna ska bifogas.\n- Bidrag som inte används ska betalas tillbaka.' + TAIL },
  { id: 'B7', shape: 'exclusion bullets after a full stop are no uses', field: 'permitted_uses', none: true,
    text: HEAD + 'Följande gäller för bidraget.\n\n- Bidraget får inte användas till alkohol.\n- Bidraget kan inte användas till löner för anställda.' + TAIL },
  { id: 'B8', shape: 'target-group bullets after a full stop: the money going to a group of people', field: 'permitted_uses', none: true,
    text: HEAD + 'Kommunen prioriterar vissa målgrupper.\n\n- Stödet ska i första hand gå till föreningar med verksamhet för unga.\n- Stödet ska gå till föreningar i kommunens ytterområden.' + TAIL },
  { id: 'B9', shape: 'documents after a full stop, one naming the use', field: 'permitted_uses', none: true,
    text: HEAD + 'Till ansökan ska följande handlingar bifogas.\n\n- Verksamhetsplan som visar hur bidraget ska användas för arrangemanget.\n- Budget för arrangemanget.' + TAIL },
  { id: 'B10', shape: 'a FAQ question as a bullet after a full stop', field: 'permitted_uses', none: true,
    text: HEAD + 'Vanliga frågor om bidraget.\n\n- Kan bidraget användas till mat? Nej, mat och dryck ingår inte.\n- Kan man söka flera gånger? Ja.' + TAIL },
  { id: 'B11', shape: 'conditions after a full stop: the money to be used for what the decision says (no use named)', field: 'permitted_uses', none: true,
    text: HEAD + 'För bidraget gäller följande villkor.\n\n- Bidraget får endast användas till det ändamål som anges i beslutet.\n- Föreningen ska redovisa bidraget senast två månader efter arrangemanget.' + TAIL },
  { id: 'B12', shape: 'a past round\'s projects after a full stop, each bullet opening on the money', field: 'permitted_uses', none: true,
    text: HEAD + 'Tre föreningar beviljades bidrag förra året.\n\n- Bidraget ska användas till nya fotbollsmål i Ås.\n- Stödet ska gå till en ny scen i Byn.' + TAIL },
  { id: 'B13', shape: 'dates after a full stop', field: 'permitted_uses', none: true,
    text: HEAD + 'Det finns två ansökningsperioder varje år.\n\n- 1–31 mars för arrangemang under hösten.\n- 1–30 september för arrangemang under våren.' + TAIL },
  { id: 'B14', shape: 'a condition on time after a full stop: "Bidraget ska användas inom ett år."', field: 'permitted_uses', none: true,
    text: HEAD + 'För bidraget gäller följande.\n\n- Bidraget ska användas inom ett år från beslutet.\n- Bidraget får inte överlåtas.' + TAIL },
  { id: 'Bk1', shape: 'keep: unled rule bullets after a full stop (another body\'s phrasing)', field: 'permitted_uses', has: 'hyra av lokal',
    text: HEAD + 'Syftet med bidraget är att fler arrangemang ska komma till stånd.\n\n- Bidraget får användas till hyra av lokal och teknik.\n- Arrangemanget ska vara öppet för allmänheten.' + TAIL },
  { id: 'Bk2', shape: 'keep: "Stödet kan även användas för …" bullets after a full stop', field: 'permitted_uses', has: 'marknadsföring',
    text: HEAD + 'Stödet fördelas två gånger per år.\n\n• Stödet kan användas för arvoden till artister.\n• Stödet kan även användas för marknadsföring av arrangemanget.' + TAIL },
  { id: 'Bk3', shape: 'keep: rule bullets after a present-tense sentence naming the year (not a past round)', field: 'permitted_uses', has: 'hyra av scen',
    text: HEAD + 'Bidraget fördelas av kultur- och fritidsnämnden under 2026.\n\n- Bidraget får användas till hyra av scen och ljud.\n- Ansökan ska vara komplett.' + TAIL },
  // the heading-like lead line: a paragraph without a final stop before a list, read as a USE_HEADINGS heading
  { id: 'L1', shape: 'a question paragraph on what to do when the money is used otherwise, over steps', field: 'permitted_uses', none: true,
    text: HEAD + 'Vad ska ni göra om ni vill använda bidraget till något annat?\n\n- Kontakta handläggaren.\n- Skicka in en ändringsansökan.' + TAIL },
  { id: 'L2', shape: 'a question paragraph on uses and rules over a list of conditions', field: 'permitted_uses', none: true,
    text: HEAD + 'Vad kan ni använda bidraget till och vilka villkor gäller?\n\n- Arrangemanget ska vara öppet för allmänheten.\n- Föreningen ska ha sitt säte i kommunen.' + TAIL },
  { id: 'Lk1', shape: 'keep: "Det här kan ni söka bidrag för" as a paragraph over bullets', field: 'permitted_uses', has: 'Ljudteknik',
    text: HEAD + 'Det här kan ni söka bidrag för\n\n- Ljudteknik och scen\n- Annonsering' + TAIL },
  // USE_HEADINGS vad-kan-du-soka-for / det-har-kan-ga-till: a heading over no list, its first short paragraph read as the use
  { id: 'H1', shape: 'compound-money question heading over a paragraph on when to apply', field: 'permitted_uses', none: true,
    text: 'Evenemangsbidrag\n\nVad kan vi söka evenemangsbidrag för?\n\nBidraget söks senast sex veckor före evenemanget.\n\nKontakt\n\nRing fritidsförvaltningen.' },
  { id: 'H2', shape: '"Det här kan du söka bidrag för" heading over a paragraph on who may apply', field: 'permitted_uses', none: true,
    text: 'Evenemangsbidrag\n\nDet här kan du söka bidrag för\n\nAlla ideella föreningar som är registrerade i kommunen kan söka.\n\nKontakt\n\nRing fritidsförvaltningen.' },
  { id: 'H3', shape: '"Vilka arrangemang får man stöd till?" over the conditions an event must meet', field: 'permitted_uses', none: true,
    text: 'Arrangemangsstöd\n\nVilka arrangemang får man stöd till?\n\nArrangemanget ska:\n\n- vara öppet för allmänheten\n- äga rum i kommunen\n\nKontakt\n\nRing kulturförvaltningen.' },
  { id: 'Hk1', shape: 'keep: "Vad kan ni söka kulturstöd för?" over bullets', field: 'permitted_uses', has: 'Workshoppar',
    text: 'Kulturstöd\n\nVad kan ni söka kulturstöd för?\n\n- Workshoppar för unga\n- Utställningar\n\nKontakt\n\nRing kulturförvaltningen.' },
  { id: 'Hk2', shape: 'keep: a uses question heading over one short paragraph naming the uses (not who or when)', field: 'permitted_uses', has: 'Konserter',
    text: 'Kulturstöd\n\nVad kan ni söka kulturstöd för?\n\nKonserter, utställningar och föreläsningar som är öppna för allmänheten.\n\nKontakt\n\nRing kulturförvaltningen.' },
  // EXCLUDED_HEADINGS inte-anvandas, the bare negated question
  { id: 'X1', shape: '"Vad kan man inte söka för?" answered "no limits": no exclusion', field: 'excluded_uses', none: true,
    text: 'Arrangemangsbidrag\n\nVad kan man inte söka för?\n\nDet finns inga särskilda begränsningar.\n\nKontakt\n\nRing fritidsförvaltningen.' },
  { id: 'Xk1', shape: 'keep: "Vad får vi inte söka bidrag för?" over bullets', field: 'excluded_uses', has: 'Prispengar',
    text: 'Arrangemangsbidrag\n\nVad får vi inte söka bidrag för?\n\n- Prispengar\n- Alkohol\n\nKontakt\n\nRing fritidsförvaltningen.' },
  // EXCLUDED_LEADS kan-inte-soka-for-lead
  { id: 'N1', shape: '"Du kan inte söka bidrag till föreningar som:" over recipient criteria', field: 'excluded_uses', none: true,
    text: HEAD + 'Du kan inte söka bidrag till föreningar som:\n\n- har skulder till kommunen\n- saknar stadgar' + TAIL },
  { id: 'N2', shape: '"Ni kan inte söka bidrag för ett nytt arrangemang innan följande har lämnats in:" over documents', field: 'excluded_uses', none: true,
    text: HEAD + 'Ni kan inte söka bidrag för ett nytt arrangemang innan följande har lämnats in:\n\n- Redovisning av förra årets bidrag\n- Verksamhetsberättelse' + TAIL },
  { id: 'N3', shape: '"Du kan inte söka stöd för arrangemanget utan att bifoga:" over documents', field: 'excluded_uses', none: true,
    text: HEAD + 'Du kan inte söka stöd för arrangemanget utan att bifoga:\n\n- Budget\n- Program för arrangemanget' + TAIL },
  { id: 'Nk1', shape: 'keep: "Man kan inte söka pengar till:" over exclusions', field: 'excluded_uses', has: 'Resor utomlands',
    text: HEAD + 'Man kan inte söka pengar till:\n\n- Resor utomlands\n- Inventarier' + TAIL },
  // EXCLUDED_SENTENCES men-ges-inte-till
  { id: 'M1', shape: 'a late application as the excluded "use"', field: 'excluded_uses', none: true,
    text: HEAD + 'Stödet beviljas löpande under året men ges inte för ansökningar som kommer in efter den 1 oktober.' + TAIL },
  { id: 'M2', shape: 'the same person two years running', field: 'excluded_uses', none: true,
    text: 'Kulturstipendium\n\nStipendiet delas ut varje år men ges inte till samma person två år i rad.' + TAIL },
  { id: 'Mk1', shape: 'keep: "Stödet lämnas för hyra men beviljas inte för investeringar."', field: 'excluded_uses', has: 'investeringar',
    text: HEAD + 'Stödet lämnas för hyra men beviljas inte för investeringar i fastigheter.' + TAIL },
  // USE_RULES ges-for-att-tacka-kostnader / exempel-pa-kostnader-ar
  { id: 'T1', shape: 'negated: "Inga medel ges för att täcka kostnader för …"', field: 'permitted_uses', none: true,
    text: HEAD + 'Inga medel ges för att täcka kostnader för mat och dryck.' + TAIL },
  { id: 'T2', shape: 'negated: "Inget bidrag lämnas för att täcka kostnader för …"', field: 'permitted_uses', none: true,
    text: HEAD + 'Inget bidrag lämnas för att täcka kostnader för alkohol.' + TAIL },
  { id: 'T3', shape: 'another funder\'s money: "Från regionen ges stöd för att täcka kostnader för …"', field: 'permitted_uses', none: true,
    text: HEAD + 'Föreningen kan också vända sig till regionen, där stöd ges för att täcka kostnader för turnéer.' + TAIL, open: 'another funder' },
  { id: 'E1', shape: 'negated: "Exempel på kostnader som man inte kan söka för är …"', field: 'permitted_uses', none: true,
    text: HEAD + 'Exempel på kostnader som man inte kan söka för är mat och alkohol.' + TAIL },
  { id: 'E2', shape: 'negated: "Exempel på kostnader du ej kan söka bidrag för är …"', field: 'permitted_uses', none: true,
    text: HEAD + 'Exempel på kostnader du ej kan söka bidrag för är löner och inventarier.' + TAIL },
  { id: 'Ek1', shape: 'keep: "Exempel på kostnader som man kan söka stöd för är …"', field: 'permitted_uses', has: 'annonsering',
    text: HEAD + 'Exempel på kostnader som man kan söka stöd för är annonsering och lokalhyra.' + TAIL },
  // UNDERLAG_LEADS dokument-att-inlamna widened; NOT_UNDERLAG_ITEMS page-section-item
  { id: 'U1', shape: 'documents not needed: "Följande handlingar behöver inte skickas in:"', field: 'evidence_documents', none: true,
    text: 'Investeringsbidrag\n\nFöljande handlingar behöver inte skickas in:\n\n- Stadgar\n- Protokoll' + TAIL },
  { id: 'U2', shape: 'what the agency sends on: "Följande handlingar ska skickas in av kommunen till Boverket:"', field: 'evidence_documents', none: true,
    text: 'Investeringsbidrag\n\nFöljande handlingar ska skickas in av kommunen till Boverket efter beslut:\n\n- Beslutet\n- Protokoll från nämnden' + TAIL, open: 'the agency as sender' },
  { id: 'Uk1', shape: 'keep: "Följande dokument måste bifogas ansökan:" with a personuppgifter document', field: 'evidence_documents', has: 'Samtycke',
    text: 'Startbidrag\n\nFöljande dokument måste bifogas ansökan:\n\n- Stadgar\n- Samtycke till behandling av personuppgifter\n\nOm dina personuppgifter' + TAIL },
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

describe('review76b: fresh76a\'s list rows on counter-probes give no value of another role; keep-probes still read', () => {
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
