import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Adversarial review of fresh77a's rows (issue 12, stop 56, helper review77c): recipients aven-typ-kan-soka and
// behorighet-label-line (cues/recipients.ts), funding totalt-kan-namn-fordela-hogst and regeringen-betala-ut-till-namngivet-projekt
// (cues/funding.ts). Counter-probes (the same words with another role: a denial, another grant's or body's money, a partner or a
// target group, a per-applicant or per-län cap, a project's own spending, a part of a decision, a menu-like label) and keep-probes
// (the row's own reading in other bodies' phrasing). All constructed. `want: null` asks for no value.

type Probe = { id: string; shape: string; field: string; want: Want; text: string; open?: string };
const BODY = '\nBidraget får användas till personal och material.';
const WHO = 'Statsbidrag 2025\n\nVem kan söka?\n\n';
const LABELS = 'Projektstöd kultur 2025\nBidragsgivare Region Gotland\nBeskrivning\nSyfte med utlysningen: Att bidra till förnyelse med bidrag.\n';
const FUND = (s: string): string => 'Utlysning av projektmedel 2025\nFöreningar kan söka medel.\n' + s + BODY;
const DEC = (title: string, s: string): string => `# ${title}\n\n${s} Medlen får användas under 2025.`;

const PROBES: Probe[] = [
  // ---- aven-typ-kan-soka: a third sentence of the answer "Även X kan söka …"
  { id: 'A1', shape: 'counter: X is a partner of the applicant ("föreningar som samverkar med kommunen")', field: 'recipients.types', want: ['organisation'],
    text: WHO + 'Ideella föreningar kan söka bidraget. Bidraget lämnas enligt förordningen. Även föreningar som samverkar med kommunen kan söka medel.' + BODY },
  { id: 'A2', shape: 'counter: X is a target group of the applicant ("organisationer som arbetar med regioner")', field: 'recipients.types', want: ['organisation'],
    text: WHO + 'Ideella föreningar kan söka bidraget. Bidraget lämnas enligt förordningen. Även stiftelser som stödjer regioner kan söka bidrag.' + BODY },
  { id: 'A3', shape: 'counter: "Även X kan söka medel, men inte i denna utlysning"', field: 'recipients.types', want: ['organisation'],
    text: WHO + 'Ideella föreningar kan söka bidraget. Bidraget lämnas enligt förordningen. Även kommuner kan söka medel, men inte i denna utlysning.' + BODY },
  { id: 'A4', shape: 'counter: another body\'s money, lower-case body ("från länsstyrelsen")', field: 'recipients.types', want: ['organisation'],
    text: WHO + 'Ideella föreningar kan söka bidraget. Bidraget lämnas enligt förordningen. Även regioner kan söka medel från länsstyrelsen för liknande insatser.' + BODY },
  { id: 'A5', shape: 'counter: another body\'s money by "hos"', field: 'recipients.types', want: ['organisation'],
    text: WHO + 'Ideella föreningar kan söka bidraget. Bidraget lämnas enligt förordningen. Även kommuner kan söka stöd hos Tillväxtverket för samma ändamål.' + BODY },
  { id: 'A6', shape: 'counter: another grant of the page ("statsbidrag för lovaktiviteter, läs mer …")', field: 'recipients.types', want: ['organisation'],
    text: WHO + 'Ideella föreningar kan söka bidraget. Bidraget lämnas enligt förordningen. Även kommuner kan söka statsbidrag för sommarlovsaktiviteter, läs mer på Socialstyrelsens webbplats.' + BODY },
  { id: 'A7', shape: 'counter: a later round ("i nästa utlysningsomgång")', field: 'recipients.types', want: ['organisation'],
    text: WHO + 'Ideella föreningar kan söka bidraget. Bidraget lämnas enligt förordningen. Även regioner kan söka medel i nästa utlysningsomgång.' + BODY },
  { id: 'A8', shape: 'counter: "Även X omfattas av kraven" (no applying verb)', field: 'recipients.types', want: ['organisation'],
    text: WHO + 'Ideella föreningar kan söka bidraget. Bidraget lämnas enligt förordningen. Även kommuner omfattas av kraven på redovisning.' + BODY },
  { id: 'A9', shape: 'counter: "Även X kunde söka förra året"', field: 'recipients.types', want: ['organisation'],
    text: WHO + 'Ideella föreningar kan söka bidraget. Bidraget lämnas enligt förordningen. Även kommuner kunde söka medel förra året.' + BODY },
  { id: 'A10', shape: 'counter: only as a partner ("dock inte som sökande utan endast som samverkanspart")', field: 'recipients.types', want: ['organisation'],
    text: WHO + 'Ideella föreningar kan söka bidraget. Bidraget lämnas enligt förordningen. Även kommuner kan söka medel, dock inte som huvudsökande utan endast som samverkanspart till en förening.' + BODY },
  { id: 'A11', shape: 'keep: "Även stiftelser och trossamfund kan söka bidraget."', field: 'recipients.types', want: ['kommun', 'organisation'],
    text: WHO + 'Kommuner kan söka bidraget. Bidraget lämnas enligt förordningen om statsbidrag till kommuner. Även stiftelser och trossamfund kan söka bidraget.' + BODY },
  { id: 'A12', shape: 'keep: "Också regioner får rekvirera medel."', field: 'recipients.types', want: ['kommun', 'region'],
    text: WHO + 'Kommunerna kan rekvirera medel. Medlen fördelas efter befolkning. Också regioner får rekvirera medel.' + BODY },
  // ---- behorighet-label-line
  { id: 'L1', shape: 'counter: a pointer to the region\'s page ("Behörighet: Se regionens webbplats")', field: 'recipients.types', want: null,
    text: LABELS + 'Behörighet: Se regionens webbplats' },
  { id: 'L2', shape: 'counter: the region\'s rules ("Behörighet: Enligt Region Gotlands riktlinjer för kulturstöd")', field: 'recipients.types', want: null,
    text: LABELS + 'Behörighet: Enligt Region Gotlands riktlinjer för kulturstöd' },
  { id: 'L3', shape: 'counter: the kommun\'s register, not the applicant ("Behörighet: Kommunens föreningsregister")', field: 'recipients.types', want: null,
    text: LABELS + 'Behörighet: Registrering i kommunens föreningsregister krävs' },
  { id: 'L4', shape: 'counter: "Stödberättigade:" a costs line', field: 'recipients.types', want: null,
    text: LABELS + 'Stödberättigade: Kostnader för kommunens lokaler och regionens personal' },
  { id: 'L5', shape: 'counter: a menu/label line of the portal ("Vem kan söka: Läs mer under Regler")', field: 'recipients.types', want: null,
    text: LABELS + 'Vem kan söka: Läs mer under fliken Regler för regionala stöd' },
  { id: 'L6', shape: 'counter: the decider, not the applicant ("Behörighet: Beslut fattas av kommunstyrelsen")', field: 'recipients.types', want: null,
    text: LABELS + 'Behörighet: Beslut fattas av regionens kulturnämnd' },
  { id: 'L7', shape: 'keep: "Behöriga sökande: Kommuner och regioner i Sverige."', field: 'recipients.types', want: ['kommun', 'region'],
    text: LABELS + 'Behöriga sökande: Kommuner och regioner i Sverige.' },
  { id: 'L8', shape: 'keep: "Vem kan söka stödet: Ideella föreningar och stiftelser."', field: 'recipients.types', want: ['organisation'],
    text: LABELS + 'Vem kan söka stödet: Ideella föreningar och stiftelser.' },
  // ---- totalt-kan-namn-fordela-hogst
  { id: 'T1', shape: 'counter: the cap for one applicant ("till en och samma sökande")', field: 'funding.total', want: null,
    text: FUND('Totalt kan nämnden bevilja högst 200 000 kronor till en och samma sökande.') },
  { id: 'T2', shape: 'counter: each länsstyrelse\'s sum ("Totalt kan varje länsstyrelse fördela högst")', field: 'funding.total', want: null,
    text: FUND('Totalt kan varje länsstyrelse fördela högst 3 miljoner kronor under 2025.') },
  { id: 'T3', shape: 'counter: each län\'s sum ("respektive länsstyrelse")', field: 'funding.total', want: null,
    text: FUND('Totalt kan respektive länsstyrelse fördela högst 3 miljoner kronor i länet.') },
  { id: 'T4', shape: 'counter: each one\'s sum by "var"', field: 'funding.total', want: null,
    text: FUND('Totalt kan länsstyrelserna fördela högst 2 miljoner kronor var under 2025.') },
  { id: 'T5', shape: 'counter: the project\'s own spending ("Totalt kan projektet betala ut högst … i arvoden")', field: 'funding.total', want: null,
    text: FUND('Totalt kan projektet betala ut högst 50 000 kronor i arvoden till deltagare.') },
  { id: 'T6', shape: 'counter: a per-year sum of a several-year call ("per år under 2025–2027")', field: 'funding.total', want: null,
    text: FUND('Totalt kan Delegationen fördela högst 20 miljoner kronor om året under 2025–2027.') },
  { id: 'T7', shape: 'counter: a part for one kind of applicant after the whole ("av dessa")', field: 'funding.total', want: { not: 5000000 },
    text: FUND('Totalt kan myndigheten fördela högst 5 miljoner kronor till ideella föreningar av årets 40 miljoner kronor.') },
  { id: 'T8', shape: 'counter: a past year\'s sum on a 2025 call ("fördela högst … under 2023")', field: 'funding.total', want: { not: 30000000 },
    text: FUND('Totalt kan Delegationen fördela högst 30 miljoner kronor under 2023 års utlysning, som nu är stängd.') },
  { id: 'T9', shape: 'keep: "Sammantaget kan Länsstyrelsen i Norrbottens län fördela högst 6 miljoner kronor."', field: 'funding.total', want: 6000000,
    text: FUND('Sammantaget kan Länsstyrelsen i Norrbottens län fördela högst 6 miljoner kronor i denna utlysning.') },
  { id: 'T10', shape: 'keep: "Totalt får Vinnova bevilja högst 25 miljoner kronor."', field: 'funding.total', want: 25000000,
    text: FUND('Totalt får Vinnova bevilja högst 25 miljoner kronor i utlysningen.') },
  // ---- regeringen-betala-ut-till-namngivet-projekt
  { id: 'P1', shape: 'counter: one project\'s part of a two-project decision', field: 'funding.total', want: { not: 5000000 },
    text: DEC('Medel till två projekt', 'Regeringen uppdrar åt Kammarkollegiet att betala ut 5 000 000 kronor till arbete inom ramen för projektet Friska Barn och 3 000 000 kronor till arbete inom ramen för projektet Trygga Barn.') },
  { id: 'P2', shape: 'counter: a several-year frame ("under perioden 2025–2027")', field: 'funding.total', want: { not: 240000000 },
    text: DEC('Medel till Genomic Medicine Sweden', 'Regeringen uppdrar åt Socialstyrelsen att under perioden 2025–2027 betala ut 240 000 000 kronor till arbete inom ramen för projektet Genomic Medicine Sweden (GMS).') },
  { id: 'P3', shape: 'counter: the same sum with the project in each region ("i respektive region")', field: 'funding.total', want: null,
    text: DEC('Medel till GMS', 'Regeringen uppdrar åt Socialstyrelsen att betala ut 2 000 000 kronor till arbete inom ramen för projektet Genomic Medicine Sweden i respektive region.') },
  { id: 'P4', shape: 'counter: a sum for the agency\'s own costs ("för sina egna kostnader")', field: 'funding.total', want: null,
    text: DEC('Medel till samordning', 'Regeringen beslutar att Socialstyrelsen får betala ut 1 000 000 kronor till arbete inom ramen för projektet Trygg Vård för sina egna kostnader för samordning.') },
  { id: 'P6', shape: 'keep: the agency\'s own handling money in a later sentence does not take the project\'s sum', field: 'funding.total', want: 80000000,
    text: DEC('Medel till Genomic Medicine Sweden', 'Regeringen uppdrar åt Socialstyrelsen att betala ut 80 000 000 kronor till arbete inom ramen för projektet Genomic Medicine Sweden (GMS). Socialstyrelsen får för sitt arbete med uppdraget använda 1 000 000 kronor.') },
  { id: 'P5', shape: 'keep: "Regeringen ger Vetenskapsrådet i uppdrag att betala ut 30 000 000 kronor till verksamheten vid programmet SciLifeLab."', field: 'funding.total', want: 30000000,
    text: DEC('Medel till SciLifeLab', 'Regeringen ger Vetenskapsrådet i uppdrag att betala ut 30 000 000 kronor till verksamhet inom programmet Data Driven Life Science.') },
];

describe('review77c: fresh77a\'s rows on constructed counter-probes and keep-probes', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.shape}]`);
});
