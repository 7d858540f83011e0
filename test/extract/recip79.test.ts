import { describe, expect, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// recip79 (issue 12): recipients.types on the shapes of the families added for the dev misses, each family with positive
// probes and, above all, negative ones for the wrong readings the held-out texts may hold unseen: a type named as a partner or
// samverkanspart, a beneficiary of the work (barn, äldre, patienter), a type excluded, a type in a list of who decides or is
// informed, in an example of a project, one that may only co-apply, a type in another grant's or a statute's name, the agency
// itself. `want` is the whole set of types (a list compares as a set; null = none); `{ lacks }` asks only that a type is absent.
// All texts constructed (realistic Swedish in the phrasing of kommuner, regioner, agencies, stiftelser and regeringsbeslut).

type Probe = { id: string; shape: string; want: Want | { lacks: string[] }; text: string; run?: 'fails' };

const PROBES: Probe[] = [
  // A FAQ question answered inside the text (no heading of its own)
  { id: 'Q1', shape: 'inline "Vilka kan söka? …" in one paragraph', want: ['organisation'],
    text: '# Lokala kulturprojekt\n\nSyfte: Fler ska kunna ta del av kultur i närområdet.\n\nVilka kan söka? Ideella föreningar och studieförbund med verksamhet i länet. Ansökan görs i e-tjänsten.' },
  { id: 'Q2', shape: 'F:/S: FAQ, kommuner answer', want: ['kommun'],
    text: '# Frågor och svar om investeringsstödet\n\nF: Vem kan söka stödet?\n\nS: Kommuner som har antagit en plan för laddinfrastruktur.\n\nF: När ska ansökan vara inne?\n\nS: Senast den 15 mars 2026.' },
  { id: 'Q3', shape: 'F:/S: answer says no to the kind asked about', want: { lacks: ['kommun'] },
    text: '# Frågor och svar\n\nF: Vem kan söka bidraget?\n\nS: Nej, kommuner kan inte söka, bara privatpersoner.\n\nF: Hur mycket kan man få?\n\nS: Högst 10 000 kronor.' },
  { id: 'Q4', shape: 'inline question of another step (not who applies)', want: { lacks: ['region'] },
    text: '# Kulturstipendium\n\nStipendiet kan sökas av enskilda kulturskapare. När beslutar vi? Regionens kulturnämnd beslutar i maj.' },
  // "om en X är sökande"
  { id: 'C1', shape: 'two cases, förening and kommun', want: ['kommun', 'organisation'],
    text: '# Ansökan om bygdemedel\n\nBilagor om en förening är sökande:\n\n- Stadgar\n- Verksamhetsberättelse\n\nBilagor om en kommun är sökande:\n\n- Projektplan' },
  { id: 'C2', shape: 'a kommun applying on behalf of a förening is no kommun case', want: { lacks: ['kommun'] },
    text: '# Ansökan om bygdemedel\n\nBidraget kan sökas av ideella föreningar. Om en kommun är sökande åt en förening ska fullmakt bifogas.' },
  // "sökande/bidragsberättigad förening"
  { id: 'A1', shape: '"Sökande förening ska …"', want: ['organisation'],
    text: '# Startbidrag\n\nBidraget ska underlätta starten för nya föreningar. Sökande förening ska ha antagna stadgar och ett organisationsnummer.' },
  { id: 'A2', shape: '"Bidragsberättigad stiftelse …" with a kommun as the place', want: ['organisation'],
    text: '# Kulturarvsbidrag\n\nBidragsberättigad stiftelse ska förvalta en byggnad i Ekby kommun och hålla den öppen för allmänheten.' },
  { id: 'A3', shape: '"ej bidragsberättigade föreningar" excluded, kommuner apply', want: ['kommun'],
    text: '# Bidrag till lekplatser\n\nBidraget kan sökas av kommuner. Politiska partier och ej bidragsberättigade föreningar kan inte söka.' },
  { id: 'A4', shape: 'sökande kommun with a förening as partner', want: ['kommun'],
    text: '# Stöd till lokalt brottsförebyggande arbete\n\nStödet kan sökas av kommuner. Sökande kommun ska samverka med en ideell förening i området.' },
  // money to "föreningslivet"
  { id: 'L1', shape: 'stödpaket till det lokala föreningslivet', want: ['organisation'],
    text: '# Återstartsstöd 2022\n\nKommunstyrelsen har beslutat om ett stödpaket på 5 miljoner kronor till det lokala föreningslivet i Ekby kommun. Ansökan ska vara inne senast den 15 mars 2026.' },
  { id: 'L2', shape: 'advice to föreningslivet, privatpersoner apply', want: null,
    text: '# Kulturstipendium\n\nKommunen ger stöd till föreningslivet genom rådgivning och utbildning. Stipendiet kan sökas av privatpersoner som är folkbokförda i kommunen.' },
  { id: 'L3', shape: 'a kommun applies for money to föreningslivet', want: ['kommun'],
    text: '# Statsbidrag för lovaktiviteter\n\nKommuner kan söka bidrag till föreningslivet i kommunen för lovaktiviteter. Ansökan görs senast den 1 april 2026.' },
  { id: 'L4', shape: 'unga back to föreningslivet is no money to it', want: { lacks: ['organisation'] },
    text: '# Aktivitetskort\n\nKommunen arbetar för att få tillbaka unga till föreningslivet. Kortet kan sökas av vårdnadshavare.' },
  { id: 'L5', shape: '"Stödet gäller enbart ideella föreningar" as a criterion', want: ['organisation'],
    text: '# Extra stöd\n\nKriterier:\n\n- Stödet gäller enbart ideella föreningar i Ekby kommun\n- Aktiviteten ska ske under 2026' },
  { id: 'L6', shape: '"Stödet gäller enbart verksamhet i föreningar" names no applicant kind', want: { lacks: ['kommun'] },
    text: '# Stöd till lovaktiviteter\n\nStödet gäller enbart verksamhet för barn i kommunen. Ansökan görs senast den 1 maj.' },
  // "de organisationer som får stöd"
  { id: 'G1', shape: 'follow-up of de organisationer som får stöd', want: ['organisation'],
    text: '# Redovisning av verksamhetsstöd\n\nRedovisningen ska vara inne senast den 30 juni. Förvaltningen följer årligen upp ett urval av de organisationer som får stöd.' },
  { id: 'G2', shape: 'past round "vilka föreningar som fick bidrag"', want: null,
    text: '# Kulturpris\n\nHär kan du se vilka föreningar som fick bidrag förra året. Priset delas ut av kulturnämnden.' },
  { id: 'G3', shape: 'kommuner apply to support the föreningar that get money', want: ['kommun'],
    text: '# Statsbidrag\n\nKommuner kan söka medel för att stödja de föreningar som får bidrag från Arvsfonden.' },
  // sums set aside for organisations
  { id: 'M1', shape: 'miljoner avsätts till organisationer', want: ['organisation'],
    text: '# Projektbidrag 2026\n\nAv anslaget har 4 miljoner kronor avsatts till organisationer som arbetar med unga i utsatta områden.' },
  { id: 'M2', shape: 'avsätts till projekt i föreningar (a project, kommuner apply)', want: ['kommun'],
    text: '# Statsbidrag till lovaktiviteter\n\nStatsbidraget lämnas till kommuner. Två miljoner kronor avsätts till projekt i föreningar.' },
  { id: 'M3', shape: 'avsätts för barn i föreningar (beneficiaries)', want: { lacks: ['organisation'] },
    text: '# Fritidskort\n\nEn miljon kronor avsätts till barn i föreningar med låg inkomst. Kortet söks av vårdnadshavare.' },
  // statsbidrag till X-organisationer
  { id: 'S1', shape: '"Statsbidrag till handikapporganisationer fördelas …"', want: ['organisation'],
    text: '# Utökat stöd\n\nStatsbidrag till handikapporganisationer fördelas av myndigheten enligt förordningen. Bidraget höjs 2026.' },
  { id: 'S2', shape: 'a statute\'s name "förordningen om statsbidrag till trossamfund"', want: { lacks: ['organisation'] },
    text: '# Bidrag till lokala projekt\n\nMedel kan sökas av kommuner. Bidraget samordnas med förordningen (1999:974) om statsbidrag till trossamfund.' },
  { id: 'S3', shape: 'a decision\'s name "beslut om statsbidrag till ideella organisationer"', want: ['region'],
    text: '# Stöd till regional cancervård\n\nStatsbidraget lämnas till regioner. Rådet för beslut om statsbidrag till ideella organisationer har inget ansvar här.' },
  // Målgruppen för stödet är …
  { id: 'T1', shape: 'Målgruppen för stödet är föreningar', want: ['organisation'],
    text: '# Stöd till sociala innovationer\n\nMålgruppen för stödet är i första hand ideella föreningar och stiftelser i länet.' },
  { id: 'T2', shape: 'Målgruppen = beneficiaries (barn, äldre, patienter)', want: { lacks: ['organisation', 'kommun', 'region'] },
    text: '# Projektstöd\n\nMålgruppen för stödet är barn, äldre och patienter i regionens kommuner. Projektet ska pågå i två år.' },
  { id: 'T3', shape: 'Målgruppen för en utbildning (an audience)', want: { lacks: ['organisation'] },
    text: '# Kulturstipendium\n\nStipendiet kan sökas av enskilda konstnärer. Målgruppen för utbildningen är föreningar i länet.' },
  // kan komma i fråga
  { id: 'K1', shape: 'exempel på föreningar som kan komma i fråga för bidrag', want: ['organisation'],
    text: '# Föreningsbidrag inom socialnämndens område\n\nNedan följer exempel på föreningar som kan komma i fråga för bidrag:\n\n- Pensionärsföreningar\n- Anhörigföreningar' },
  { id: 'K2', shape: 'föreningar i fråga för lokaler (not the grant)', want: ['kommun'],
    text: '# Bidrag till skollokaler\n\nBidraget kan sökas av kommuner. Föreningar som kan komma i fråga för lokaler i skolan ska kontakta rektor.' },
  // Organisationerna får använda pengarna
  { id: 'U1', shape: 'Organisationerna får använda pengarna', want: ['organisation'],
    text: '# Uppdrag om fritidskort\n\nRegeringen uppdrar åt myndigheten att fördela pengar för att stärka kapaciteten hos barn- och ungdomsorganisationer. Organisationerna får använda pengarna för att rekrytera ledare.' },
  { id: 'U2', shape: 'Kommunerna får använda pengarna för att stödja föreningarna', want: { lacks: ['organisation'] },
    text: '# Statsbidrag till lovaktiviteter\n\nKommunerna får använda pengarna för att stödja föreningarna i kommunen.' },
  // "exempelvis" lists
  { id: 'E1', shape: 'beviljar understöd till exempelvis kommuner, föreningar', want: ['kommun', 'organisation'],
    text: '# Ansökan om statsunderstöd\n\nVerket beviljar understöd till exempelvis kommuner och samkommuner, föreningar, stiftelser och andra registrerade sammanslutningar. Understöd beviljas inte till privatpersoner.' },
  { id: 'E2', shape: 'exempelvis projects in föreningar', want: { lacks: ['organisation'] },
    text: '# Statsbidrag\n\nVerket beviljar bidrag till exempelvis projekt i föreningar. Bidraget kan sökas av kommuner.' },
  // a region giving after the verb
  { id: 'R1', shape: '"ger Region X verksamhetsbidrag till kulturföreningar"', want: ['organisation'],
    text: '# Verksamhetsbidrag kultur\n\nFör att stärka det regionala kulturlivet ger Region Ekbyland verksamhetsbidrag till kulturföreningar och lokalhållande organisationer.' },
  { id: 'R2', shape: 'Regeringen ger Region X medel (the region gets the money)', want: ['region'],
    // (open: no row reads "Regeringen ger Region X medel" as eligibility, a miss before recip79 too; the new blanking of a region
    // giving after the verb is guarded against "Regeringen ger …", so the region is not taken away when a row comes)
    text: '# Uppdrag\n\nRegeringen ger Region Ekbyland medel till arbetet med vaccinationer. Regionen ska redovisa senast den 31 mars 2026.', run: 'fails' },
  // subject verbs
  { id: 'V1', shape: '"Organisationer som söker projektstöd måste …"', want: ['organisation'],
    text: '# Projektstöd\n\nOrganisationer som söker projektstöd måste ha en god ekonomi. Ansökan görs i två omgångar.' },
  { id: 'V2', shape: '"Föreningar som söker samarbete" is no applying', want: null,
    text: '# Nyheter\n\nFöreningar som söker samarbete med skolan kan kontakta oss. Vi svarar inom en vecka.' },
  { id: 'V3', shape: 'present "Studieförbunden ansöker …"', want: ['organisation'],
    text: '# Bidrag till studieförbund\n\nStudieförbunden ansöker var för sig. Ansökan ska vara inne senast den 1 maj.' },
  { id: 'V4', shape: 'conditional "Om föreningen ansöker för sent" names no rule? (reads nothing)', want: null,
    text: '# Information\n\nOm föreningen ansöker efter den 1 mars beviljas inget bidrag. Kontakta oss vid frågor.' },
  { id: 'V5', shape: 'a permit: "Föreningen ansöker om tillstånd"', want: null,
    text: '# Lotteritillstånd\n\nFöreningen ansöker om tillstånd hos kommunen. Handläggningen tar fyra veckor.' },
  { id: 'V6', shape: '"har möjlighet att på egen hand eller tillsammans ansöka"', want: ['kommun'],
    text: '# Delprojekt\n\nAlla länets kommuner har möjlighet att på egen hand eller tillsammans ansöka om egna projekt.' },
  { id: 'V7', shape: '"har möjlighet att hjälpa föreningar att söka" (a helper)', want: { lacks: ['kommun'] },
    text: '# Bygdemedel\n\nKommuner har möjlighet att hjälpa föreningar att söka. Bygdemedel kan sökas av föreningar.' },
  { id: 'V8', shape: '"Förening som hyr lokal, erhåller bidrag"', want: ['organisation'],
    text: '# Hyresbidrag\n\nFörening som hyr lokal för ungdomsverksamhet, erhåller bidrag med högst 70 % av hyran.' },
  { id: 'V9', shape: '"Medlemmar i föreningar erhåller bidrag" (members, not the kind)', want: null,
    text: '# Resebidrag\n\nMedlemmar i föreningar erhåller bidrag för resor till tävlingar.' },
  { id: 'V10', shape: '"Det här bidraget söker regioner"', want: ['region'],
    text: '# Ansökan\n\nDet här bidraget söker regioner årligen med kulturplanen som grund.' },
  { id: 'V11', shape: '"Det här bidraget söker du i e-tjänsten"', want: null,
    text: '# Ansökan\n\nDet här bidraget söker du i e-tjänsten. Ansökan ska vara inne senast den 1 mars.' },
  { id: 'V12', shape: '"Byalag kan varje år ansöka"', want: ['organisation'],
    text: '# Byabidrag\n\nByalag kan varje år ansöka om ett bidrag på högst 5 000 kronor till utsmyckning.' },
  { id: 'V13', shape: 'a förordning\'s "vilken eller vilka kommuner eller ideella sammanslutningar som ansöker"', want: ['kommun', 'organisation'],
    text: '# Förordning om stöd till lokala naturvårdsprojekt\n\n5 § En ansökan om stöd ska innehålla uppgifter om\n\n1. vilken eller vilka kommuner eller ideella sammanslutningar som ansöker om stödet,\n\n2. projektets budget.' },
  { id: 'V14', shape: '"vilken eller vilka kommuner som berörs" (no applying verb)', want: { lacks: ['kommun'] },
    text: '# Bidrag till vattenvård\n\nBidraget kan sökas av ideella föreningar. Ansökan ska ange vilken eller vilka kommuner som berörs av projektet.' },
  { id: 'V15', shape: '"Föreningar måste själv ansöka"', want: ['organisation'],
    text: '# Föreningsstöd\n\nFöreningar måste själv ansöka om att få vara med i projektet. Sista dag är den 30 september 2026.' },
  { id: 'V16', shape: '"måste ansöka om tillstånd" is a permit', want: null,
    text: '# Lotterier\n\nFöreningar måste ansöka om tillstånd för lotterier hos kommunen. Handläggningen tar fyra veckor.' },
  { id: 'P1', shape: '"Pengarna finns tillgängliga för organisationer"', want: ['organisation'],
    text: '# Bidrag till landsbygdsturism\n\nTotalt finns tio miljoner kronor att söka. Pengarna finns tillgängliga både för organisationer, föreningar och nätverk.' },
  { id: 'P2', shape: 'money for projects in föreningar, kommuner apply', want: ['kommun'],
    text: '# Bidrag till landsbygdsturism\n\nBidraget kan sökas av kommuner. Pengarna finns tillgängliga för projekt i föreningar.' },
  // partners, co-applicants, who decides / is informed, the agency itself, beside the new families
  { id: 'N1', shape: 'sökande förening with kommunen as partner and decider', want: ['organisation'],
    text: '# Projektbidrag\n\nSökande förening ska genomföra projektet i samverkan med kommunen. Regionens kulturnämnd beslutar om bidraget och informerar kommunerna.' },
  { id: 'N2', shape: 'kommuner may only co-apply with föreningar', want: ['organisation'],
    text: '# Bidrag till lokala utvecklingsprojekt\n\nBidraget kan sökas av ideella föreningar. Kommuner kan delta som samverkanspart men inte söka själva.' },
  { id: 'N3', shape: 'the agency itself (Länsstyrelsen) grants to föreningslivet', want: ['organisation'],
    text: '# Bygdepeng\n\nLänsstyrelsen fördelar ett stöd på 2 miljoner kronor till det lokala föreningslivet i länet.' },
  { id: 'N4', shape: 'a type in another grant\'s name ("Statsbidrag till kommuner för …" named, föreningar apply)', want: ['organisation'],
    // (open, a wrong reading found here and not fixed: ELIGIBILITY statsbidrag-till reads "statsbidraget till kommuner" wherever it
    // stands, another grant's name too; gives ["kommun","organisation"])
    text: '# Föreningsbidrag\n\nFöreningar som söker bidrag ska inte samtidigt få statsbidraget till kommuner för lovaktiviteter.', run: 'fails' },
];

describe('recip79: recipients.types on the new families and their wrong readings', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} [${p.shape}]`, async () => {
      const got = await probeField(p.text, 'recipients.types');
      if (typeof p.want === 'object' && p.want !== null && 'lacks' in p.want) {
        for (const t of p.want.lacks) expect(Array.isArray(got) ? got : [], `${p.id} ${JSON.stringify(got)}`).not.toContain(t);
      } else expectWant(got, p.want as Want, `${p.id} ${JSON.stringify(got)}`);
    });
  }
});
