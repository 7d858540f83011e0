import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Review of stop 55's first-wave rows of fresh76c (helper review76c, issue 12): constructed counter-probes where the new or
// widened rows could give a value of another role (cues/dates.ts range-call-label: another stage or event on the range line
// below the call's label, a yearless range, another programme's call; range-window-noun's OTHER_ROUND_NOUN: an earlier round
// named other ways; cues/recipients.ts organisation: a compound in a list of others than applicants; cues/title.ts
// language-chooser) and keep-probes (the rows' own reading in other bodies' phrasing). `want: null` asks for no value.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const PROBES: Probe[] = [
  // range-call-label: the range line below the label names another stage or event after the range
  { id: 'C1', shape: 'the projects\' own period on the line below the label, its stage after the range', field: 'requisition.opens', want: null,
    text: '# Sommarlovsstöd\n\nUtlysning\n\nFrån den 1 juni till den 31 augusti 2024 genomförs projekten.\n\nKontakta oss för mer information.' },
  { id: 'C2', shape: 'information meetings after the range below the label', field: 'requisition.closes', want: null,
    text: '# Kulturprojekt i länet\n\nUtlysning\n\n5–7 mars 2024: informationsträffar om ansökan i länets kommuner\n\nVälkommen att anmäla dig.' },
  { id: 'C3', shape: 'a decision period after the range below the label', field: 'requisition.closes', want: null,
    text: '# Regionala projektmedel\n\nUtlysning\n\nFrån den 1 maj till den 15 maj 2024 fattas beslut om ansökningarna.\n\nKontakta en strateg.' },
  { id: 'C4', shape: 'a reporting period after the range below the label', field: 'requisition.closes', want: null,
    text: '# Projektmedel för föreningar\n\nKommande utlysning\n\n1–31 januari 2025 ska slutrapporten för förra årets projekt lämnas in.\n\nKontakta oss.' },
  { id: 'C5', shape: 'a project period with its verb after the range below the label', field: 'requisition.closes', want: null,
    text: '# Projektmedel\n\nAktuell utlysning\n\nFrån den 1 januari 2025 till den 31 december 2026 kan projekten pågå.\n\nLäs mer om villkoren.' },
  { id: 'C6', shape: 'a cancelled call: the range below the label, cancelled on its own line', field: 'requisition.opens', want: null,
    text: '# Regionala projektmedel\n\nKommande utlysning\n\nFrån den 1 mars till den 15 april 2024 – inställd\n\nUtlysningen har ställts in.' },
  { id: 'C7', shape: 'a closed earlier call under its status label', field: 'requisition.opens', want: null,
    text: '# Regionala projektmedel\n\nAvslutad utlysning\n\nFrån den 1 mars till den 15 april 2023\n\nNästa utlysning planeras till hösten.' },
  { id: 'C8', shape: 'a yearless range below the label, only an update stamp of another year on the page', field: 'requisition.opens', want: null,
    text: '# Regionala projektmedel\n\nKommande utlysning\n\nFrån den 19 januari till den 19 mars\n\nSidan uppdaterades 5 november 2022.' },
  { id: 'C9', shape: 'a workshop in a news list labelled by its category', field: 'requisition.closes', want: null,
    text: '# Nyheter\n\nUtlysning\n\n5–7 mars 2024 Workshop om hur du skriver en bra ansökan\n\nEvenemang\n\n12 mars 2024 Frukostmöte för föreningar' },
  { id: 'C10', shape: 'another programme\'s call on the same page, the page\'s own deadline stated', field: 'requisition.closes', want: '2024-10-15',
    text: '# Regionala projektmedel\n\nAnsökan är öppen till och med den 15 oktober 2024.\n\n## Andra finansieringsmöjligheter\n\n### Europeiska socialfonden ESF+\n\nUtlysning\n\n1 september – 30 november 2024\n\nLäs mer hos Svenska ESF-rådet.' },
  // range-call-label keep-probes
  { id: 'K1', shape: 'keep: Öppen utlysning / 1 mars – 15 april 2025', field: 'requisition.closes', want: '2025-04-15',
    text: '# Stöd till lokala kulturprojekt\n\nÖppen utlysning\n\n1 mars – 15 april 2025\n\nFöreningar kan söka stöd.' },
  { id: 'K2', shape: 'keep: a range across years below the label', field: 'requisition.opens', want: '2024-12-01',
    text: '# Projektmedel för besöksnäringen\n\nKommande utlysning\n\nFrån den 1 december 2024 till den 31 januari 2025\n\nSkicka ansökan via e-tjänsten.' },
  { id: 'K2c', shape: 'keep: a range across years below the label, its last day', field: 'requisition.closes', want: '2025-01-31',
    text: '# Projektmedel för besöksnäringen\n\nKommande utlysning\n\nFrån den 1 december 2024 till den 31 januari 2025\n\nSkicka ansökan via e-tjänsten.' },
  { id: 'K3', shape: 'keep: Pågående utlysning / from–to with a decision after it', field: 'requisition.closes', want: '2024-09-30',
    text: '# Regionala utvecklingsmedel\n\nPågående utlysning\n\nFrån och med den 1 augusti till och med den 30 september 2024, beslut i november 2024\n\nKontakta oss vid frågor.' },
  // range-window-noun: an earlier round named other ways than OTHER_ROUND_NOUN's
  { id: 'O1', shape: 'last year\'s round (förra årets omgång) before the range', field: 'requisition.opens', want: null,
    text: '# Föreningsbidrag\n\nAnsökningsperioden för förra årets omgång var 1 mars–15 april 2023.\n\nInformation om årets omgång kommer senare.' },
  { id: 'O2', shape: 'last year (förra året) before the round\'s noun and range', field: 'requisition.opens', want: null,
    text: '# Föreningsbidrag\n\nFörra året pågick ansökningsperioden 1 mars–15 april 2023.\n\nInformation om årets omgång kommer senare.' },
  { id: 'O3', shape: 'i fjol before the round\'s noun and range', field: 'requisition.closes', want: null,
    text: '# Föreningsbidrag\n\nI fjol var ansökningstiden 1–31 mars 2023.\n\nÅrets ansökningstid meddelas senare.' },
  { id: 'O4', shape: 'the earlier round named as a definite past noun phrase (den föregående utlysningen)', field: 'requisition.opens', want: null,
    text: '# Projektstöd\n\nUnder den föregående utlysningen, 1 mars–15 april 2023, kom 40 ansökningar in.\n\nEn ny utlysning planeras.' },
  { id: 'O5', shape: 'the previous year\'s round named by its year (ansökningsomgången 2023 pågick)', field: 'requisition.opens', want: null,
    text: '# Projektstöd\n\nAnsökningsomgången 2023 pågick 1 mars–15 april 2023. Nästa omgång öppnar i mars 2024.\n\nKontakta oss vid frågor.' },
  { id: 'K4', shape: 'keep: earlier rounds named only as a comparison, this year\'s range', field: 'requisition.closes', want: '2025-04-15',
    text: '# Föreningsbidrag\n\nPrecis som vid tidigare ansökningsomgångar är ansökningsperioden 1 mars–15 april 2025.\n\nAnsök via e-tjänsten.' },
  { id: 'K5', shape: 'keep: the earlier round in its own sentence, this round\'s range after it', field: 'requisition.closes', want: '2025-04-15',
    text: '# Föreningsbidrag\n\nFörra utlysningen fick många sökande. Ansökningsperiod: 1 mars – 15 april 2025.\n\nAnsök via e-tjänsten.' },
  // recipients organisation: a compound in a list opening a sentence that is not of applicants
  { id: 'R1', shape: 'the compound in a list of those who may not apply', field: 'recipients.types', want: { not: ['kommun', 'organisation'] },
    text: '# Bidrag till läsfrämjande\n\n## Vem kan söka?\n\nKommuner kan söka bidraget. Privatpersoner, företag, branschorganisationer och myndigheter kan inte söka bidraget.' },
  { id: 'R2', shape: 'the compound among partners in a recipients section', field: 'recipients.types', want: ['kommun'],
    text: '# Bidrag till läsfrämjande\n\n## Vem kan söka?\n\nKommuner kan söka bidraget. Skolor, bibliotek, intresseorganisationer och andra aktörer kan delta som samverkansparter.' },
  { id: 'R3', shape: 'the compound among those who drew up the programme, in a recipients section', field: 'recipients.types', want: ['kommun'],
    text: '# Medel för regional utveckling\n\n## Vem kan söka?\n\nKommuner kan söka medel. Forskare, företagare, branschorganisationer och myndigheter har bidragit till att ta fram programmet.' },
  { id: 'R4', shape: 'keep: the compound in a list of kinds that may apply, another body\'s phrasing', field: 'recipients.types', want: ['kommun', 'organisation'],
    text: '# Stöd till landsbygdsutveckling\n\n## Vem kan söka?\n\nKommuner, hembygdsföreningar, intresseorganisationer och byalag kan söka stödet.' },
  // title language-chooser
  { id: 'T1', shape: 'keep: a translate line and the page\'s heading', field: 'title', want: 'Stöd till skärgårdsföretag',
    text: 'Translate this site\n\nStöd till skärgårdsföretag\n\nStöd beviljas till företag i skärgården.' },
  { id: 'T2', shape: 'a grant for translating sites as the heading', field: 'title', want: { re: 'webbplatser' },
    text: 'Översätt din webbplats till fler språk – bidrag för flerspråkiga webbplatser 2025\n\nFöreningar kan söka bidrag för att översätta sina webbplatser.' },
];

describe('review76c: counter-probes give no value of another role, keep-probes are read', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.shape}]`, () => 'run');
});
