import { describe } from 'vitest';
import { byRun, probeTests, type Probe, type ProbeRun } from './probe.js';

// review87b (stop 65): constructed near-miss probes of this stop's list rows (h/uses87 in extract/cues/lists.ts) and of
// h/types87's recipient changes (APPLICANT_EXAMPLES, findRecipients reading a sentence of examples, TYPE_WORDS' coordinated
// adjectives). For each row, texts where its words appear but no use, exclusion, underlag or type may come (a question, another
// funder's grant, the funder's own work, a time, an application's form, partners, an organisation that represents kommuner),
// and one positive in other words than the row's examples. Every text is written for this file. `run: 'fails'` marks a wrong or
// lost value left open, with the reason beside it.

interface P extends Probe { readonly row: string; readonly run?: ProbeRun }

const page = (head: string, body: string): string => `# ${head}\n\n${body}\n\nKontakta förvaltningen om du har frågor om bidraget.\n`;
const USES = 'permitted_uses';
const EXCL = 'excluded_uses';
const EV = 'evidence_documents';
const TYPES = 'recipients.types';

export const PROBES: P[] = [
  // ── agent-kan-soka-bidrag-for: the reader or the club may apply for/get the grant "för <what>"
  { id: 'A1', row: 'agent-kan-soka-bidrag-for question', field: USES, wrong: 'resor till tävlingar', text: page('Vanliga frågor om föreningsbidrag', 'Kan man söka bidrag för resor till tävlingar? Nej, resor ingår inte i aktivitetsstödet. Föreningar ansöker om aktivitetsstöd två gånger per år.') },
  { id: 'A2', row: 'agent-kan-soka-bidrag-for another funder', field: USES, wrong: 'större evenemang', text: page('Evenemangsbidrag', 'Kommunen ger bidrag till mindre evenemang för allmänheten. Hos Region Gävleborg kan du söka bidrag för större evenemang. Ansök senast den 1 mars 2026.') },
  { id: 'A3', row: 'agent-kan-soka-bidrag-for application content', field: USES, wrong: 'hur projektet', text: page('Projektbidrag', 'Ansökan ska innehålla en budget som visar vad föreningen kan få bidrag för och hur projektet finansieras i övrigt. Ansök senast den 1 april 2026.') },
  { id: 'A4', row: 'agent-kan-soka-bidrag-for assessment', field: USES, wrong: 'flera projekt', text: page('Kulturbidrag', 'Du kan söka bidrag för flera projekt samma år, men nämnden prioriterar sökande som inte fått bidrag tidigare. Ansök senast den 1 april 2026.') },
  { id: 'A5', row: 'agent-kan-soka-bidrag-for positive', field: USES, has: 'konserter', text: page('Arrangörsbidrag', 'Som arrangör kan du söka bidrag för konserter och teaterföreställningar i kommunens bygdegårdar. Ansök senast den 1 april 2026.') },
  // ── bidrag-kan-sokas-for-verksamhet: "Bidrag kan sökas för <activity>", "Stöd kan t ex ges till <activity>"
  { id: 'B1', row: 'bidrag-kan-sokas-for-verksamhet another funder', field: USES, wrong: 'större investeringar', text: page('Landsbygdsstöd', 'Kommunen ger bidrag till mindre förbättringar av samlingslokaler. Stöd kan sökas för större investeringar hos Länsstyrelsen. Ansök senast den 1 maj 2026.') },
  { id: 'B2', row: 'bidrag-kan-sokas-for-verksamhet a span', field: USES, wrong: 'flera år', text: page('Verksamhetsbidrag', 'Bidrag kan sökas för flera år i taget. Föreningen redovisar verksamheten varje år. Ansök senast den 1 maj 2026.') },
  { id: 'B3', row: 'bidrag-kan-sokas-for-verksamhet who, not what', field: USES, wrong: 'den som', text: page('Startbidrag', 'Stöd kan t ex ges till den som har egen finansiering av minst halva kostnaden. Ansök senast den 1 maj 2026.') },
  { id: 'B4', row: 'bidrag-kan-sokas-for-verksamhet beneficiaries', field: USES, wrong: 'barn och unga med', text: page('Fritidsbidrag', 'Bidrag kan sökas för barn och unga med funktionsnedsättning som vill delta i föreningslivet. Ansök senast den 1 maj 2026.') },
  { id: 'B5', row: 'bidrag-kan-sokas-for-verksamhet positive', field: USES, has: 'renovering', text: page('Lokalbidrag', 'Medel kan sökas för renovering av samlingslokaler och inköp av inventarier. Ansök senast den 1 maj 2026.') },
  // ── bygdemedel-kan-anvandas-till: a "-medel" grant as the subject of its use
  { id: 'G1', row: 'bygdemedel-kan-anvandas-till funder\'s own', field: USES, wrong: 'sporthall', text: page('Föreningsbidrag', 'Föreningar kan söka bidrag till lokalhyra. Investeringsmedlen ska användas till en ny sporthall i centrum, enligt fullmäktiges budget.') },
  { id: 'G2', row: 'bygdemedel-kan-anvandas-till a manner', field: USES, wrong: 'fullo', text: page('Bygdemedel', 'Byalag och föreningar kan söka bygdemedel för lokala projekt. Projektmedlen ska användas till fullo under projekttiden, annars krävs de tillbaka.') },
  { id: 'G3', row: 'bygdemedel-kan-anvandas-till a last day', field: USES, wrong: 'senast', text: page('Bygdemedel', 'Byalag och föreningar kan söka bygdemedel för lokala projekt. Bygdemedlen ska användas till senast den 31 december 2026.') },
  { id: 'G4', row: 'bygdemedel-kan-anvandas-till positive', field: USES, has: 'upprustning', text: page('Vindkraftsmedel', 'Föreningar i Åsbygden kan söka ur vindkraftsfonden. Vindkraftsmedlen får bland annat användas till upprustning av badplatser och vandringsleder.') },
  // ── np-stods-inte: what is not supported, as the subject of a passive denial ending the clause
  { id: 'N1', row: 'np-stods-inte another funder', field: EXCL, wrong: 'Större idrottsevenemang', text: page('Evenemangsbidrag', 'Större idrottsevenemang stöds inte av kommunen men av regionen. Mindre evenemang kan få bidrag med upp till 20 000 kronor.') },
  { id: 'N2', row: 'np-stods-inte a recipient', field: EXCL, wrong: 'Idrottsklubbar', text: page('Aktivitetsstöd', 'Föreningar med verksamhet för barn och unga kan söka aktivitetsstöd. Idrottsklubbar som saknar ungdomsverksamhet stöds inte.') },
  { id: 'N3', row: 'np-stods-inte a payment', field: EXCL, wrong: 'Slutbetalningen', text: page('Projektbidrag', 'Projektet redovisas senast två månader efter avslutat projekt. Om redovisningen saknas betalas slutbetalningen inte ut. Slutbetalningen betalas inte ut och föreningen får ett återkrav.') },
  { id: 'N4', row: 'np-stods-inte late applications', field: EXCL, wrong: 'inkomna ansökningar', text: page('Kulturbidrag', 'Ansök senast den 1 april 2026. Sent inkomna ansökningar beviljas inte.') },
  { id: 'N6', row: 'np-stods-inte the other funder after "men"', field: EXCL, wrong: 'Större idrottsevenemang', text: page('Evenemangsbidrag', 'Större idrottsevenemang stöds inte, men regionen kan ge stöd till dem. Mindre evenemang kan få bidrag med upp till 20 000 kronor.') },
  { id: 'N7', row: 'np-stods-inte positive with utan', field: EXCL, has: 'Kostnader för mat', text: page('Lägerbidrag', 'Föreningar kan söka bidrag för läger med barn och unga. Kostnader för mat och fika finansieras inte, utan ska täckas av deltagaravgifter.') },
  { id: 'N5', row: 'np-stods-inte positive', field: EXCL, has: 'Investeringar i fastigheter', text: page('Projektbidrag', 'Föreningar kan söka bidrag för tidsbegränsade projekt. Investeringar i fastigheter finansieras normalt inte.') },
  // ── handlingar-ska-bevaras: the recipient's papers under a duty to keep them
  { id: 'H1', row: 'handlingar-ska-bevaras the agency keeps', field: EV, wrong: 'arkiveras av kommunen', text: page('Föreningsbidrag', 'Föreningar söker bidraget i e-tjänsten. Ansökningshandlingar ska arkiveras av kommunen enligt arkivlagen.') },
  { id: 'H2', row: 'handlingar-ska-bevaras a file format', field: EV, wrong: 'pdf', text: page('Projektbidrag', 'Budgeten ska göras i kommunens mall. Dokumentet ska sparas i pdf-format innan du laddar upp det i e-tjänsten.') },
  { id: 'H3', row: 'handlingar-ska-bevaras the agency keeps (decision)', field: EV, wrong: 'sekreterare', text: page('Föreningsbidrag', 'Nämnden fattar beslut om bidraget i juni. Beslut ska arkiveras av nämndens sekreterare.') },
  { id: 'H5', row: 'handlingar-ska-bevaras positive, kept by the club', field: EV, has: 'Kvittona', text: page('Projektbidrag', 'Projektet redovisas senast den 31 januari 2027. Kvittona ska sparas av föreningen i sju år efter att projektet avslutats.') },
  { id: 'H4', row: 'handlingar-ska-bevaras positive', field: EV, has: 'verifikationer', text: page('Projektbidrag', 'Projektet redovisas senast den 31 januari 2027. Alla verifikationer måste sparas i minst tio år och visas upp på begäran.') },
  // ── TYPE_WORDS organisation: "ideell eller ekonomisk förening", the two adjectives before one noun
  { id: 'T1', row: 'organisation coordinated adjectives denied', field: TYPES, wrong: 'organisation', text: page('Stöd till företag', 'Stödet kan sökas av företag med säte i länet. Sökande får inte vara en ideell eller ekonomisk förening.') },
  { id: 'T2', row: 'organisation coordinated adjectives partner', field: TYPES, wrong: 'organisation', text: page('Stöd till företag', 'Stödet kan sökas av företag med säte i länet. Projektet kan genomföras i samarbete med en ideell eller ekonomisk förening.') },
  { id: 'T3', row: 'organisation coordinated adjectives positive', field: TYPES, has: 'organisation', text: page('Stöd till lokala projekt', 'Stödet kan sökas av en ideell eller ekonomisk förening med verksamhet i kommunen.') },
  // ── APPLICANT_EXAMPLES and findRecipients' reading of examples when no statement was read
  { id: 'E1', row: 'exempel-pa-sokande partners', field: TYPES, wrong: 'organisation', text: page('Projektet Grön omställning', 'Projektet leds av länsstyrelsen. Exempel på privata aktörer är företag och föreningar som bjuds in till projektets workshoppar.') },
  { id: 'E2', row: 'exempel-pa-sokande representing kommuner', field: TYPES, wrong: 'kommun', text: page('Projektet Grön omställning', 'Projektet leds av länsstyrelsen. Exempel på offentliga organisationer är SKR, som företräder kommuner och regioner i arbetet.') },
  { id: 'E3', row: 'exempel-pa-sokande beneficiaries', field: TYPES, wrong: 'region', text: page('Forskningsprogrammet', 'Programmet finansierar forskning vid universitet. Exempel på offentliga aktörer är kommuner och regioner som har nytta av resultaten.') },
  { id: 'E5', row: 'exempel-pa-sokande no one applies', field: TYPES, wrong: 'region', text: page('Projektet Grön omställning', 'Projektet leds av länsstyrelsen och pågår till 2028. Exempel på offentliga aktörer i länet är kommuner och regioner.') },
  { id: 'E6', row: 'exempel-pa-sokande partners beside a statement', field: TYPES, wrong: 'region', text: page('Stöd till företag', 'Företag i länet kan söka stödet. Projektet ska ha minst en samverkanspart. Exempel på offentliga organisationer är kommuner och regioner.') },
  { id: 'E4', row: 'exempel-pa-sokande positive', field: TYPES, has: 'kommun', text: page('Samverkansstöd', 'Den som ansöker ska vara en organisation, offentlig eller privat. Exempel på offentliga organisationer är kommuner och regioner. Ansök senast den 1 oktober 2026.') },
];

describe('review87b: near-miss probes of the stop\'s use, exclusion, underlag and recipient-type rows', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.row}: ${p.field}`, byRun, (p, got) => `${p.id} got ${JSON.stringify(got)}`);
});
