import { describe } from 'vitest';
import { byRun, probeTests, type Probe, type ProbeRun } from './probe.js';

// review86c (stop 64): fresh-eyes near-miss probes of h/types86's recipients.types rows — frame-fordela-belopp-till widened to the
// giver's verb in the present with the money as object, frame-bidrag-till-grupp, relativeSubject ("bidrag som föreningar kan söka"),
// frame-subject-erhaller-bidrag's "<subject> får ett grundstöd", the ACTIVITY_AIMED_AT guard, the list's end at a dash and ge-medel-till
// never denied. Constructed texts, my own sentences (no corpus text): each sets a row's words where the types must be other or none —
// who the money serves against who may apply, a funder giving to one named body, advice as "stöd", past recipients, partners,
// negations, questions — and one positive probe per row in other words than its examples. `want` is the whole set of types (null =
// none) or `lacks` the one wrong type; `run: 'fails'` keeps a wrong or lost value in view with the reason beside it.

type P = Probe & { readonly row: string; readonly run?: ProbeRun };

const page = (title: string, body: string): string => `# ${title}\n\n${body} Sista dag att ansöka är den 31 mars 2026.`;
const T = 'recipients.types';

const PROBES: P[] = [
  // frame-fordela-belopp-till: the giver's verb in the present, the money its object
  { id: 'F1', row: 'frame-fordela-belopp-till', field: T, want: ['organisation'],
    text: page('Kulturbidrag', 'Kulturnämnden delar årligen ut pengar till ideella föreningar i kommunen.') },
  { id: 'F2', row: 'frame-fordela-belopp-till', field: T, want: { lacks: 'kommun' },
    text: page('Bidrag till ungdomsföreningar', 'Ideella föreningar kan söka bidrag för lovaktiviteter. Inga bidrag ges till kommuner eller regioner.') },
  { id: 'F3', row: 'frame-fordela-belopp-till', field: T, want: null,
    text: page('Stöd till kulturarv', 'Stiftelsen ger inga bidrag till kommuner.') },
  { id: 'F4', row: 'frame-fordela-belopp-till', field: T, want: ['kommun'],
    text: page('Stöd till lokala naturvårdsprojekt', 'Länsstyrelsen fördelar medel till kommunerna, som i sin tur ger bidrag till föreningar för skötsel av naturområden.') },
  { id: 'F5', row: 'frame-fordela-belopp-till', field: T, want: { lacks: 'privatperson' },
    text: page('Föreningsbidrag', 'Föreningar med säte i kommunen kan söka bidrag. Ger kommunen bidrag till privatpersoner? Nej, det gör vi inte.') },
  { id: 'F6', row: 'frame-fordela-belopp-till', field: T, want: ['organisation'],
    text: page('Projektstöd', 'Ideella föreningar kan söka projektstöd. Stiftelsen beviljar även bidrag till Riksförbundet Hem och Skola enligt särskilt beslut.') },
  { id: 'F7', row: 'frame-fordela-belopp-till', field: T, want: { lacks: 'kommun' },
    text: page('Stöd för civilsamhället', 'Ideella organisationer kan söka stödet. Förra året delade myndigheten ut bidrag till kommuner, men i år ges inga sådana bidrag.') },
  // frame-bidrag-till-grupp: the grant named by its recipients as the sentence's first words
  { id: 'B1', row: 'frame-bidrag-till-grupp', field: T, want: ['region'],
    text: page('Vårdstöd', 'Stöd till regionerna för att korta vårdköerna betalas ut efter ansökan.') },
  { id: 'B2', row: 'frame-bidrag-till-grupp', field: T, want: { lacks: 'foretag' },
    text: page('Stöd till föreningar', 'Föreningar kan söka stöd för sina lokaler. Bidrag till företag kan inte sökas i den här utlysningen.') },
  { id: 'B3', row: 'frame-bidrag-till-grupp', field: T, want: ['kommun'],
    text: page('Statsbidrag för simundervisning', 'Kommuner kan söka statsbidrag för simskola under sommaren.\n\nStöd till barn och unga som inte kan simma är viktigt för regeringen.') },
  { id: 'B4', row: 'frame-bidrag-till-grupp', field: T, want: { lacks: 'kommun' },
    text: page('Bidrag till studieförbund', 'Studieförbund i länet kan söka verksamhetsbidrag.\n\nBidrag till kommuner upphörde år 2020.') },
  { id: 'B5', row: 'frame-bidrag-till-grupp', field: T, want: { lacks: 'foretag' },
    text: page('Stöd till kommuner för laddinfrastruktur', 'Kommuner kan söka stöd för laddplatser.\n\n- Stöd till företag\n- Stöd till privatpersoner\n- Stöd till kommuner') },
  // relativeSubject: the applicants as a relative clause's subject
  { id: 'R1', row: 'relativeSubject', field: T, want: ['kommun', 'region'],
    text: page('Stöd för klimatanpassning', 'Det här är ett stöd som kommuner och regioner kan söka hos myndigheten.') },
  { id: 'R2', row: 'relativeSubject', field: T, want: { lacks: 'foretag' },
    text: page('Stöd för energikartläggning', 'Till skillnad från det stöd som företag kan söka hos Energimyndigheten riktar sig det här bidraget till kommuner.') },
  { id: 'R3', row: 'relativeSubject', field: T, want: { lacks: 'region' },
    text: page('Bidrag för kollektivtrafik', 'Kommuner kan söka bidraget. Det ersätter det stöd som regionerna kunde söka fram till 2024.') },
  { id: 'R4', row: 'relativeSubject', field: T, want: { lacks: 'privatperson' },
    text: page('Föreningsstöd', 'Föreningar kan söka stödet. Vi informerar också om andra bidrag som privatpersoner kan söka hos Försäkringskassan.') },
  // frame-subject-erhaller-bidrag's "får": the subject that gets the grant
  { id: 'E1', row: 'frame-subject-erhaller-bidrag', field: T, want: ['organisation'],
    text: page('Lokalbidrag', 'Idrottsföreningar får ett lokalbidrag som motsvarar halva hyran.') },
  { id: 'E2', row: 'frame-subject-erhaller-bidrag', field: T, want: { lacks: 'kommun' },
    text: page('Bidrag till föreningar', 'Ideella föreningar kan söka bidraget. Kommunen får statsbidrag från Skolverket och fördelar det vidare.') },
  { id: 'E3', row: 'frame-subject-erhaller-bidrag', field: T, want: { lacks: 'kommun' },
    text: page('Stöd för naturvårdsföreningar', 'Ideella föreningar kan söka stödet. Kommunerna får stöd av länsstyrelsen i sitt arbete med naturvård.') },
  { id: 'E4', row: 'frame-subject-erhaller-bidrag', field: T, want: { lacks: 'privatperson' },
    text: page('Stöd till hjälporganisationer', 'Ideella organisationer kan söka bidraget. Enskilda personer får stöd genom organisationernas verksamhet.') },
  { id: 'E5', row: 'frame-subject-erhaller-bidrag', field: T, want: { lacks: 'kommun' },
    text: page('Bidrag till föreningar', 'Ideella föreningar kan söka bidrag. Hur många kommuner får bidrag från staten för detta?') },
  { id: 'E6', row: 'frame-subject-erhaller-bidrag', field: T, want: { lacks: 'region' },
    text: page('Projektmedel', 'Ideella föreningar kan söka projektmedel. Projektets partner, till exempel regioner, får medel för sina kostnader via föreningen.') },
  // ACTIVITY_AIMED_AT: an activity's audience is no applicant, but the grant's own recipients in the same sentence stay
  { id: 'A1', row: 'ACTIVITY_AIMED_AT', field: T, want: null,
    text: page('Medel för folkbildning', 'Kursen vänder sig till kommunerna i regionen och ges digitalt.') },
  { id: 'A2', row: 'ACTIVITY_AIMED_AT', field: T, want: ['kommun'],
    text: page('Medel för lovaktiviteter', 'Medlen fördelas till kommunerna och aktiviteterna ska rikta sig till barn och unga.') },
  // ge-medel-till never denied; advice as "stöd"
  { id: 'G1', row: 'ge-medel-till', field: T, want: null,
    text: page('Stöd till kulturarv', 'Stiftelsen ger inget stöd till kommuner.') },
  { id: 'G2', row: 'ge-medel-till', field: T, want: { lacks: 'privatperson' },
    text: page('Kulturstöd', 'Kulturföreningar kan söka stödet. Ger ni stöd till privatpersoner? Nej.') },
  { id: 'G3', row: 'ge-medel-till', field: T, want: ['kommun'],
    text: page('Statsbidrag för bredband', 'Post- och telestyrelsen lämnar bidrag till kommuner som bygger ut bredband på landsbygden.') },
  // APPLICANT_LIST_END at a dash
  { id: 'D1', row: 'applicant-list-end', field: T, want: ['organisation'],
    text: page('Bidrag till föreningar', 'Bidrag till idrottsföreningar – regler och villkor för 2026.') },
];

describe('review86c: recipients.types near the rows of h/types86', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.row}`, byRun, (p, got) => `${p.id} got ${JSON.stringify(got)}`);
});
