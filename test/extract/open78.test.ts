import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// open78 (issue 12): probes beside the fixes of recip77 C10, C18, F11 (fields/recipients.ts reads an "Även X kan söka" right after
// the sentence that says who may apply; cues/recipients.ts samt-av-organisationer, and "kan rekvireras av" in
// sokande-ska-vara-organisation) and review77f R09, R17 (cues/genre.ts QUOTING_LEAD "besvarar ni bland annat:", GRANT_AREA_FIELDS).
// Counters must not gain a type or a form; keeps show what the fixes must still read. All texts constructed.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };

const PROBES: Probe[] = [
  { id: 'A1', field: 'recipients.types', shape: 'counter: the \"Även\" subject names a partner in a relative clause', want: ["kommun"],
    text: '# Stöd till klimatåtgärder\n\nKommuner kan ansöka om stödet. Även föreningar som samverkar med kommunen kan söka medel.' },
  { id: 'A3', field: 'recipients.types', shape: 'counter: \"Även regioner kan söka medel från Naturvårdsverket\" is another body\'s money', want: ["kommun"],
    text: '# Stöd till klimatåtgärder\n\nKommuner kan ansöka om stödet. Även regioner kan söka medel från Naturvårdsverket för liknande insatser.' },
  { id: 'A4', field: 'recipients.types', shape: 'counter: \"Även kommuner kan inte söka\" denies', want: ["organisation"],
    text: '# Stöd till kulturarrangörer\n\nFöreningar kan söka stödet. Även kommuner kan inte söka stödet.' },
  { id: 'A5', field: 'recipients.types', shape: 'keep: \"Även studieförbund kan söka stödet\" adds no new type (organisation already)', want: ["organisation"],
    text: '# Stöd till kulturarrangörer\n\nIdeella föreningar kan söka stödet. Även studieförbund kan söka stödet.' },
  { id: 'S1', field: 'recipients.types', shape: 'counter: \"samt av privatpersoner\" names no type', want: ["kommun", "region"],
    text: '# Statsbidrag för läsfrämjande\n\nStatsbidraget kan rekvireras av kommuner och regioner som driver bibliotek, samt av privatpersoner.' },
  { id: 'S2', field: 'recipients.types', shape: 'counter: \"i samverkan med och av föreningar\" is another verb\'s agent', want: ["kommun"],
    text: '# Statsbidrag för läsfrämjande\n\nStatsbidraget kan sökas av kommuner för insatser som genomförs i samverkan med och av föreningar.' },
  { id: 'S3', field: 'recipients.types', shape: 'counter: \"samt av medlemmar i föreningar\" names members', want: ["region"],
    text: '# Statsbidrag för läsfrämjande\n\nStatsbidraget kan sökas av regioner, samt av medlemmar i föreningar.' },
  { id: 'S4', field: 'recipients.types', shape: 'keep: \"… av regioner och av idrottsföreningar\"', want: ["region", "organisation"],
    text: '# Statsbidrag för läsfrämjande\n\nStatsbidraget kan sökas av regioner och av idrottsföreningar.' },
  { id: 'S5', field: 'recipients.types', shape: 'keep: \"…, liksom av stiftelser som driver bibliotek\"', want: ["kommun", "organisation"],
    text: '# Statsbidrag för läsfrämjande\n\nStatsbidraget kan rekvireras av kommuner som har tecknat avtal, liksom av stiftelser som driver bibliotek.' },
  { id: 'K1', field: 'kind', shape: 'keep: a report form\'s guide walking its numbered fields stays a form', want: 'reporting-form',
    text: 'Anvisning till blanketten Slutrapport\n\nFält 1 Projektnamn: Skriv projektets namn så som det står i beslutet.\nFält 2 Genomförande: Beskriv vad som har genomförts.\nFält 3 Resultat: Beskriv hur projektet har nått sina mål.\nFält 4 Ekonomi: Ange projektets faktiska kostnader.\n' },
  { id: 'K2', field: 'kind', shape: 'keep: \"I rapporten besvarar ni bland annat:\" over drawn blanks and a signature line is the form\'s own', want: 'reporting-form',
    text: 'Slutrapport för projektstöd\n\nI rapporten besvarar ni bland annat:\nVad har ni genomfört?\n______________________\nHur många deltog?\n______________________\n\nUnderskrift: ____________\n' },
  { id: 'K3', field: 'kind', shape: 'counter: \"Bidrag kan sökas inom följande fält:\" over numbered grant areas with a telling verb', want: 'anvisning',
    text: 'Bidrag till kultur och idrott 2026\n\nBidrag kan sökas inom följande fält:\nFält 1 Kultur: Beskriv hur projektet når nya publikgrupper.\nFält 2 Idrott: Beskriv hur projektet får fler att röra på sig.\n\nAnsökan ska vara inne senast den 1 mars 2026.\n' },
  { id: 'K4', field: 'kind', shape: 'counter: \"I e-tjänsten svarar du till exempel på:\" over dash questions on a reporting page', want: 'anvisning',
    text: 'Redovisning av projektbidrag\n\nRedovisningen görs i e-tjänsten senast den 31 mars 2027. I e-tjänsten svarar du till exempel på:\n- Vilka aktiviteter har ni genomfört?\n- Hur många deltagare hade ni?\n- Vad kostade projektet?\n\nBidrag som inte har använts ska betalas tillbaka.\n' },
];

describe('open78: probes beside the fixes of recip77 C10/C18/F11 and review77f R09/R17', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      const got = await probeField(p.text, p.field);
      expectWant(got, p.want, `${p.id} ${JSON.stringify(got)}`);
    });
  }
});
