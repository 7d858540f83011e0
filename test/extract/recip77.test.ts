import { describe, expect, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// recip77 (issue 12): recipients.types on shapes nobody tuned for. Constructed probes in many bodies' phrasing (agency,
// region, kommun, länsstyrelse, stiftelse, regeringsbeslut, förordning): a kommun or region that gives or co-finances the
// money, partners in samverkan, who is consulted / reports / receives the report, a target group, "företag i länet", a list
// of who may not apply, a past round, an example list of projects, an agency as partner only, the old name "landsting",
// huvudmän, privatpersoner, trossamfund, företag, universities; and keep-probes for each type stated plainly.
// `want` is the whole set of types (a list compares as a set; null = none); `{ lacks }` asks only that a type is absent
// (where the right set is a miss the task does not fix). `run: 'fails'` marks a probe left open (the comment says why).
// All texts constructed.

type Probe = { id: string; shape: string; want: Want | { lacks: string[] }; text: string; run?: 'fails' };

const PROBES: Probe[] = [
  // a kommun or region that gives or co-finances the money
  { id: 'G1', shape: 'region gives: "Region X beviljar bidrag till ideella föreningar"', want: ['organisation'],
    text: '# Kulturbidrag 2026\n\nRegion Västerbotten beviljar bidrag till ideella föreningar som arrangerar kulturevenemang för barn och unga. Ansökan ska ha kommit in senast den 1 mars 2026.' },
  { id: 'G2', shape: 'kommun gives: "Kommunen delar ut bidrag till föreningar"', want: { lacks: ['kommun'] },
    text: '# Lokalt aktivitetsstöd\n\nKommunen delar ut bidrag till föreningar som bedriver ungdomsverksamhet. Ansökan görs i kommunens e-tjänst senast den 15 februari.' },
  { id: 'G3', shape: 'region and kommuner co-finance, föreningar apply', want: ['organisation'],
    text: '# Projektmedel för landsbygdsutveckling\n\nRegionen och kommunerna i länet medfinansierar projekten. Bidraget kan sökas av ideella föreningar med verksamhet i länet.' },
  { id: 'G4', shape: 'a nämnd of a named kommun hands out the money', want: { lacks: ['kommun'] },
    text: '# Stöd till studieförbund\n\nKulturnämnden i Uppsala kommun fördelar varje år stöd till studieförbundens lokala avdelningar. Ansökan ska vara inne senast den 31 mars.' },
  { id: 'G5', shape: 'länsstyrelse gives to företag', want: { lacks: ['länsstyrelse'] },
    text: '# Investeringsstöd för kommersiell service\n\nLänsstyrelsen beviljar stöd till företag på landsbygden som driver dagligvarubutik. Ansökan görs senast den 30 april 2026.' },
  { id: 'G6', shape: 'a kommun co-finances an agency grant to organisations', want: ['organisation'],
    text: '# Bidrag till lokala utvecklingsprojekt\n\nBidraget kan sökas av ideella organisationer. Kommunen bidrar med medfinansiering på upp till 20 procent av projektets kostnader.' },
  { id: 'G7', shape: 'a region fördelar an agency\'s money on to föreningar', want: { lacks: ['region'] },
    text: '# Regionalt kulturstöd\n\nRegion Dalarna fördelar medel från Kulturrådet till föreningar och fria kulturaktörer i länet. Sista ansökningsdag är den 1 oktober.' },
  // partners, samverkan
  { id: 'S1', shape: 'partners "i samverkan med kommuner och regioner", föreningar apply', want: ['organisation'],
    text: '# Bidrag till folkhälsoprojekt\n\nIdeella föreningar kan söka bidraget. Projekten ska genomföras i samverkan med kommuner och regioner.' },
  { id: 'S2', shape: 'samverkan med kommunen a requirement', want: ['organisation'],
    text: '# Integrationsstöd\n\nBidrag kan sökas av ideella organisationer. Samverkan med kommunen är ett krav för att få bidrag.' },
  { id: 'S3', shape: 'kommun applies, cooperates with region and organisations', want: ['kommun'],
    text: '# Stöd till lokalt brottsförebyggande arbete\n\nStödet kan sökas av kommuner. Kommunen ska samverka med regionen, polisen och ideella organisationer.' },
  { id: 'S4', shape: 'kommun applies together with the region as partner', want: ['kommun'],
    text: '# Medel för utveckling av ungdomsmottagningar\n\nKommuner kan söka medlen tillsammans med regionen. Ansökan ska vara inne senast den 1 juni 2026.' },
  { id: 'S5', shape: 'project partners may be regions, applicant a stiftelse or förening', want: ['organisation'],
    text: '# Stöd till kulturarvsprojekt\n\nSökande ska vara en förening eller stiftelse. Kommuner och regioner kan delta som samarbetsparter i projektet.' },
  // consulted, reports, receives the report
  { id: 'C1', shape: 'the application anchored with the kommun', want: ['organisation'],
    text: '# Stöd till samlingslokaler\n\nFöreningar kan söka stödet. Ansökan ska vara förankrad hos kommunen innan den skickas in.' },
  { id: 'C2', shape: 'länsstyrelsen gives its opinion, kommuner apply', want: ['kommun'],
    text: '# Bidrag till kalkning av sjöar\n\nBidrag kan sökas av kommuner. Länsstyrelsen ska yttra sig över ansökan innan Havs- och vattenmyndigheten beslutar.' },
  { id: 'C3', shape: 'the report goes to the region', want: ['organisation'],
    text: '# Arrangörsstöd\n\nStödet kan sökas av föreningar. Redovisningen skickas till regionen senast den 31 mars 2027.' },
  { id: 'C4', shape: 'regions report, kommuner requisition', want: ['kommun'],
    text: '# Statsbidrag för förstärkt hemtjänst\n\nStatsbidraget får rekvireras av kommunerna. Regionerna ska rapportera sina insatser till Socialstyrelsen.' },
  { id: 'C5', shape: 'the kommun receives a copy of the report', want: ['organisation'],
    text: '# Bidrag till föreningsdrivna fritidsgårdar\n\nBidraget kan sökas av ideella föreningar. En kopia av slutrapporten ska skickas till kommunen.' },
  // target group
  { id: 'T1', shape: 'insatser för barn i kommunen, föreningar apply', want: ['organisation'],
    text: '# Sommarlovsbidrag\n\nBidraget ska gå till insatser för barn i kommunen. Ideella föreningar kan söka bidraget.' },
  { id: 'T2', shape: 'target group in the region\'s kommuner, idrottsföreningar apply', want: ['organisation'],
    text: '# Stöd till idrott för äldre\n\nSyftet är att stärka äldres hälsa i regionens kommuner. Bidraget kan sökas av idrottsföreningar.' },
  { id: 'T3', shape: '"riktar sig till" a target group living in kommuner', want: { lacks: ['kommun'] },
    text: '# Bidrag till fritidsaktiviteter\n\nBidraget riktar sig till barn och unga i kommunerna i Norrbotten. Föreningar ansöker om bidraget hos Region Norrbotten.' },
  // företag i länet vs kommuner i länet
  { id: 'F1', shape: 'företag i länet apply', want: { lacks: ['länsstyrelse', 'kommun', 'region'] },
    text: '# Regionalt investeringsstöd\n\nStödet kan sökas av företag i länet. Ansökan görs hos Länsstyrelsen i Jämtlands län.' },
  { id: 'F2', shape: 'kommuner i länet apply', want: ['kommun'],
    text: '# Bidrag till vattenvård\n\nStödet kan sökas av kommuner i länet. Ansökan görs hos länsstyrelsen senast den 1 april.' },
  { id: 'F3', shape: 'företag i regionen apply', want: { lacks: ['region'] },
    text: '# Innovationscheckar\n\nFöretag i regionen kan söka innovationscheckar på upp till 100 000 kronor. Ansökan görs hos Region Örebro län.' },
  { id: 'F4', shape: 'småföretag i kommunen apply', want: { lacks: ['kommun'] },
    text: '# Bidrag till näringslivsutveckling\n\nSmåföretag i kommunen kan söka bidraget. Kommunen beviljar högst 50 000 kronor per företag.' },
  // who may NOT apply
  { id: 'N1', shape: 'a list of who may not apply, then who may', want: ['organisation'],
    text: '# Stöd till kulturprojekt\n\nBidraget kan sökas av ideella föreningar.\n\nFöljande kan inte söka:\n\n- kommuner\n- regioner\n- statliga myndigheter' },
  { id: 'N2', shape: 'kommuner and regioner denied in one sentence, föreningar allowed in the next', want: ['organisation'],
    text: '# Bidrag till civilsamhällets arbete mot våld\n\nKommuner, regioner och statliga myndigheter kan inte söka bidraget. Stiftelser och ideella föreningar kan söka.' },
  { id: 'N3', shape: '"Bidrag lämnas inte till kommuner eller regioner"', want: ['organisation'],
    text: '# Organisationsbidrag\n\nBidrag lämnas inte till kommuner eller regioner. Ideella organisationer kan söka bidraget.' },
  { id: 'N4', shape: 'a denied list first in a recipients section', want: ['organisation'],
    text: '# Stöd till ungdomsprojekt\n\n## Vem kan söka?\n\nKommuner och regioner kan inte söka stödet. Stödet kan sökas av ideella föreningar.' },
  { id: 'N5', shape: '"gäller inte kommuner" after the applicant', want: ['organisation'],
    text: '# Aktivitetsbidrag\n\nFöreningar kan söka aktivitetsbidrag. Bidraget gäller inte kommunala verksamheter.' },
  // a past round
  { id: 'P1', shape: 'last year\'s recipients were kommuner, this year föreningar', want: ['organisation'],
    text: '# Bidrag till läsfrämjande\n\nFörra året beviljades tolv kommuner bidrag. I år kan ideella föreningar söka bidraget.' },
  { id: 'P2', shape: 'regions got it in 2024, kommuner may apply now', want: ['kommun'],
    text: '# Stöd till suicidprevention\n\nUnder 2024 fick sju regioner stöd för att utveckla arbetet. Nu kan kommuner ansöka om stöd.' },
  { id: 'P3', shape: 'a past round\'s recipients alone', want: { lacks: ['region'] },
    text: '# Utvärdering av stödet till psykiatrin\n\nUnder 2023 beviljades samtliga regioner medel. Socialstyrelsen har nu utvärderat hur medlen har använts.' },
  // example list of projects
  { id: 'E1', shape: 'examples of projects that a kommun and a region ran', want: ['organisation'],
    text: '# Stöd till klimatprojekt\n\nFöreningar kan söka stödet.\n\nExempel på projekt som fått stöd tidigare:\n\n- en kommun som byggt laddstolpar vid idrottshallen\n- en region som utvecklat kollektivtrafiken på landsbygden' },
  // an agency as partner only
  { id: 'A1', shape: '"myndigheter kan vara samarbetspartner men inte sökande"', want: ['organisation'],
    text: '# Bidrag till demokratiprojekt\n\nBidraget kan sökas av ideella organisationer. Myndigheter och kommuner kan vara samarbetspartner men inte sökande.' },
  { id: 'A2', shape: 'kommuner and regioner as partners, projektägare a förening', want: { lacks: ['kommun', 'region'] },
    text: '# Projektstöd\n\nKommuner och regioner kan delta som samarbetsparter men kan inte vara projektägare. Projektägaren ska vara en ideell förening.' },
  // the old name landsting
  { id: 'L1', shape: 'landstingen requisition', want: ['region'],
    text: '# Statsbidrag till landstingen för tandvård 2018\n\nStatsbidraget får rekvireras av landstingen. Rekvisitionen ska ha kommit in senast den 1 oktober 2018.' },
  { id: 'L2', shape: 'kommuner och landsting apply', want: ['kommun', 'region'],
    text: '# Utvecklingsmedel 2017\n\nKommuner och landsting kan söka medel för att utveckla den sociala barn- och ungdomsvården.' },
  { id: 'L3', shape: 'SKL gives to föreningar', want: { lacks: ['kommun', 'region'] },
    text: '# Bidrag till föreningar för idéburet arbete\n\nSveriges Kommuner och Landsting fördelar medlen till ideella föreningar. Ansökan görs senast den 1 maj 2018.' },
  // huvudmän
  { id: 'H1', shape: 'huvudmän för förskoleklass apply', want: ['huvudman'],
    text: '# Statsbidrag för läxhjälp\n\nStatsbidraget kan sökas av huvudmän för förskoleklass och grundskola. Ansökan görs i Skolverkets e-tjänst.' },
  { id: 'H2', shape: 'enskilda huvudmän apply', want: ['huvudman'],
    text: '# Statsbidrag för lärarassistenter\n\n## Vem kan söka?\n\nKommunala och enskilda huvudmän för grundskola kan söka statsbidraget.' },
  { id: 'H3', shape: 'skolhuvudmän requisition', want: ['huvudman'],
    text: '# Statsbidrag för lärarlöner\n\nSkolhuvudmän kan rekvirera statsbidraget senast den 15 oktober 2026.' },
  // privatpersoner, organisationer, trossamfund, företag, universitet
  { id: 'I1', shape: 'privatpersoner apply', want: null,
    text: '# Bidrag till enskilda vägar\n\nBidraget kan sökas av privatpersoner som äger en fastighet vid vägen. Ansökan görs hos kommunen.' },
  { id: 'I2', shape: 'trossamfund apply', want: ['organisation'],
    text: '# Bidrag till trossamfund\n\nBidraget kan sökas av trossamfund som är registrerade hos Kammarkollegiet.' },
  { id: 'I3', shape: 'universitet och högskolor apply, kommuner partners', want: { lacks: ['kommun', 'organisation'] },
    text: '# Forskningsmedel för välfärd\n\nUniversitet och högskolor kan söka medel. Projekten ska bedrivas i samarbete med kommuner.' },
  { id: 'I4', shape: 'organisationer apply', want: ['organisation'],
    text: '# Stöd till jämställdhetsprojekt\n\nOrganisationer kan söka stöd för projekt som främjar jämställdhet.' },
  { id: 'I5', shape: 'företag apply, the kommun decides', want: { lacks: ['kommun'] },
    text: '# Stöd till företag\n\nFöretag kan söka stödet. Kommunen beslutar om stöd inom fyra veckor.' },
  // more wrong-value shapes: the giver's administration, the addressee of the application
  { id: 'W1', shape: 'a region calls, organisations apply ("Ansökan kan göras av")', want: ['organisation'],
    text: '# Utlysning kulturprojekt\n\nRegion Skåne utlyser medel för kulturprojekt. Ansökan kan göras av föreningar och organisationer verksamma i Skåne.' },
  { id: 'W2', shape: 'the application goes to the kommun', want: ['organisation'],
    text: '# Föreningsbidrag\n\nFöreningar kan söka bidrag. Ansökan ska skickas till kommunen senast den 1 mars.' },
  { id: 'W3', shape: 'the region\'s kulturnämnd decides', want: ['organisation'],
    text: '# Verksamhetsbidrag\n\nBidraget kan sökas av kulturföreningar. Beslut om bidrag fattas av regionens kulturnämnd.' },
  { id: 'W4', shape: 'money for work in kommuner, organisations apply', want: ['organisation'],
    text: '# Stöd mot segregation\n\nMedlen ska gå till verksamhet i kommuner med stora socioekonomiska utmaningar. Stödet kan sökas av ideella organisationer.' },
  { id: 'W5', shape: '"Vem kan söka?" answered by people living in the kommun', want: { lacks: ['kommun'] },
    text: '# Kulturstipendium\n\n## Vem kan söka?\n\nDu som bor i kommunen och är över 18 år kan söka stipendiet.' },
  { id: 'W6', shape: '"Vem kan söka?" answered by företag och organisationer i regionen', want: ['organisation'],
    text: '# Evenemangsstöd\n\n## Vem kan söka?\n\nFöretag och organisationer i regionen kan söka stödet.' },
  { id: 'W7', shape: 'the application approved by the region first, private care providers apply', want: { lacks: ['region'] },
    text: '# Stöd till vårdgivare\n\nBidrag kan sökas av vårdcentraler i privat regi. Ansökan ska ha godkänts av regionen innan den skickas in.' },
  { id: 'W8', shape: 'a kommun reports to the länsstyrelse', want: ['kommun'],
    text: '# Statsbidrag för ensamkommande\n\nStatsbidraget får rekvireras av kommuner. Kommunen ska lämna en redovisning till länsstyrelsen.' },
  { id: 'W9', shape: 'föreningar that get kommunalt bidrag from the kommun', want: ['organisation'],
    text: '# Extra lokalbidrag\n\nBidraget kan sökas av föreningar som redan får bidrag från kommunen.' },
  { id: 'W10', shape: 'regeringsbeslut: government gives an agency an assignment to pay regions', want: ['region'],
    text: '# Regeringsbeslut\n\nRegeringen ger Socialstyrelsen i uppdrag att betala ut 300 000 000 kronor till regionerna för att korta vårdköerna. Kommunerna ska informeras om uppdraget.' },
  // keep-probes: each type stated plainly
  { id: 'K1', shape: 'keep: "Bidrag kan sökas av kommuner och regioner"', want: ['kommun', 'region'],
    text: '# Bidrag till beredskap\n\nBidrag kan sökas av kommuner och regioner.' },
  { id: 'K2', shape: 'keep: "Statsbidraget får rekvireras av regionerna"', want: ['region'],
    text: '# Statsbidrag för cancervård 2026\n\nStatsbidraget får rekvireras av regionerna senast den 30 september 2026.' },
  { id: 'K3', shape: 'keep: "Stödet riktar sig till ideella föreningar"', want: ['organisation'],
    text: '# Stöd till föreningslivet\n\nStödet riktar sig till ideella föreningar med verksamhet för barn och unga.' },
  { id: 'K4', shape: 'keep: "Vi välkomnar ansökningar från kommuner"', want: ['kommun'],
    text: '# Utlysning: digital utveckling\n\nVi välkomnar ansökningar från kommuner som vill utveckla digitala tjänster för äldre.' },
  { id: 'K5', shape: 'keep: länsstyrelserna apply', want: ['länsstyrelse'],
    text: '# Medel för vattenförvaltning\n\nStödet kan sökas av länsstyrelserna. Ansökan görs senast den 1 februari 2026.' },
  { id: 'K6', shape: 'keep: förordning "får lämnas till kommuner"', want: ['kommun'],
    text: '# Förordning om statsbidrag för sommarskola\n\n1 § Statsbidrag enligt denna förordning får lämnas till kommuner som anordnar sommarskola.' },
  { id: 'K7', shape: 'keep: a stiftelse invites föreningar and stiftelser', want: ['organisation'],
    text: '# Stiftelsens anslag 2026\n\nVi välkomnar ansökningar från ideella föreningar och stiftelser som arbetar med kulturarv.' },
  { id: 'K8', shape: 'keep: "Bidraget kan sökas av kommuner" with the region as giver', want: ['kommun'],
    text: '# Regionalt utvecklingsbidrag\n\nRegion Halland beviljar bidraget. Bidraget kan sökas av kommuner i Halland.' },
];

describe('recip77: recipients.types on probes of many bodies\' phrasing', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} [${p.shape}]`, async () => {
      const got = await probeField(p.text, 'recipients.types');
      if (typeof p.want === 'object' && p.want !== null && 'lacks' in p.want) {
        for (const t of p.want.lacks) expect(Array.isArray(got) ? got : [], `${p.id} ${JSON.stringify(got)}`).not.toContain(t);
      } else expectWant(got, p.want as Want, `${p.id} ${JSON.stringify(got)}`);
    });
  }
});
