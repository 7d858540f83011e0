import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { lint } from '../../extract/lint/run.js';
import type { Anvisning } from '../../specs/schema/index.js';
import { expectWant, probeField, probeFile, type Want } from './probe.js';

// types84 (issue 12): recipients.types — no partial list, no sender or partner read as an applicant. The scorer counts a list
// that differs from the gold in any way as wrong, an absent one only as missing: a list is published only when every statement of
// who may apply is read whole. Constructed probes (my own sentences, no corpus text) in the phrasing of kommuner's own grant
// pages, regions, länsstyrelser and state agencies: the sending kommun or region on its own page (S), passive and nominal frames
// with two or three types (P), the "other" nouns beside a type (O), "Vem kan söka?" lists with sub-items (V), and plain answers
// kept (K).
// `want`: the whole set of types (null = none); `{ allOrNone }`: either every listed type or no list at all (a partial list is
// the one wrong answer); `{ lacks }`: only that a type is absent. `run: 'fails'` marks a probe left open (the comment says why).
// Measured on main d8ce9608 → h/types84: 15 of 82 probes failed before (P3, P14, P17, P19, P21, P22, O3, O4, O6, O8, O10: a partial list;
// S21, S22, S24, S28: the page's kommun in a relative clause or as another verb's agent read as an applicant), all pass after; whole dev
// 15168/15547, wrong 3, fields identical line by line; spec scan: 10 of 5719 specs changed (1187, 324 and q269 lose a partial list,
// 2096 drops the co-financing kommun and region, ×3 formats for the dev texts), none gained a type; pairs identical.

type AllOrNone = { allOrNone: string[] };
type Probe = { id: string; shape: string; want: Want | AllOrNone | { lacks: string[] }; text: string; run?: 'fails' };

const PROBES: Probe[] = [
  // S: the sending kommun, region or länsstyrelse on its own page, and partners, never a type
  { id: 'S1', shape: 'kommun page: "Kommunen ger bidrag till föreningar …"', want: ['organisation'],
    text: '# Bidrag till barn- och ungdomsverksamhet\n\nKommunen ger bidrag till föreningar som bedriver barn- och ungdomsverksamhet. Bidraget söks i kommunens e-tjänst senast den 1 mars.' },
  { id: 'S2', shape: 'applicants, then "handläggs av kommunens förvaltning"', want: ['organisation'],
    text: '# Kulturbidrag 2026\n\nIdeella föreningar kan söka kulturbidrag för arrangemang. Ansökan handläggs av kommunens förvaltning för kultur och fritid.' },
  { id: 'S3', shape: 'region page: "Region X fördelar … till kulturorganisationer"', want: ['organisation'],
    text: '# Utvecklingsbidrag kultur 2026\n\nRegion Västernorrland fördelar varje år utvecklingsbidrag till kulturorganisationer i länet. Bidraget kan sökas av ideella föreningar och stiftelser.' },
  { id: 'S4', shape: '"Regionen beviljar bidrag till föreningar och studieförbund"', want: { lacks: ['region'] },
    text: '# Verksamhetsbidrag\n\nRegionen beviljar bidrag till föreningar och studieförbund som är verksamma i länet.' },
  { id: 'S5', shape: '"Kommunen kan bevilja bidrag till föreningar"', want: { lacks: ['kommun'] },
    text: '# Lovaktiviteter 2026\n\nKommunen kan bevilja bidrag till föreningar som arrangerar lovaktiviteter för barn mellan 6 och 15 år. Ansökan ska ha kommit in senast den 15 april 2026.' },
  { id: 'S6', shape: '"Stödet söks hos kommunen. Ideella föreningar kan söka."', want: ['organisation'],
    text: '# Stöd till föreningslivet\n\nStödet söks hos kommunen. Ideella föreningar med säte i kommunen kan söka stödet.' },
  { id: 'S7', shape: '"… registrerade i kommunens föreningsregister"', want: ['organisation'],
    text: '# Föreningsbidrag\n\nFöreningsbidrag kan sökas av föreningar som är registrerade i kommunens föreningsregister.' },
  { id: 'S8', shape: 'partner: "tillsammans med kommunen eller regionen"', want: ['organisation'],
    text: '# Projektbidrag folkhälsa\n\nIdeella föreningar kan söka bidraget för projekt som genomförs tillsammans med kommunen eller regionen.' },
  { id: 'S9', shape: '"Bidraget beviljas av kommunstyrelsen" beside the applicants', want: ['organisation'],
    text: '# Bidrag till samlingslokaler\n\nBidraget beviljas av kommunstyrelsen. Studieförbund och ideella föreningar kan söka bidraget.' },
  { id: 'S10', shape: 'länsstyrelse gives to kommuner; kommuner apply hos länsstyrelsen', want: ['kommun'],
    text: '# Bidrag till kommunernas arbete med integration\n\nLänsstyrelsen fördelar bidraget till kommuner i länet. Kommunerna ansöker om bidraget hos länsstyrelsen.' },
  { id: 'S11', shape: '"Ideella föreningar kan söka stödet hos Länsstyrelsen"', want: ['organisation'],
    text: '# Stöd till lokala naturvårdsprojekt\n\nIdeella föreningar kan söka stödet hos Länsstyrelsen i Dalarnas län.' },
  { id: 'S12', shape: '"Regionen … ger därför bidrag till ideella organisationer"', want: { lacks: ['region'] },
    text: '# Bidrag till civilsamhället\n\nRegionen vill stärka det civila samhället och ger därför bidrag till ideella organisationer. Bidraget kan sökas en gång per år.' },
  { id: 'S13', shape: '"Kommunens egna förvaltningar kan inte söka"', want: ['organisation'],
    text: '# Arrangemangsbidrag\n\nFöreningar kan söka arrangemangsbidrag. Kommunens egna förvaltningar kan inte söka bidraget.' },
  { id: 'S14', shape: '"Bidrag ges till föreningar i kommunen"', want: { lacks: ['kommun'] },
    text: '# Aktivitetsstöd\n\nBidrag ges till föreningar i kommunen som har verksamhet för barn och ungdomar.' },
  { id: 'S15', shape: 'regeringsbeslut: kommunerna get the money; SKR consulted', want: ['kommun'],
    text: '# Uppdrag att fördela medel för insatser mot hemlöshet\n\nRegeringen beslutar att Socialstyrelsen får fördela 20 miljoner kronor till kommunerna. Socialstyrelsen ska samråda med Sveriges Kommuner och Regioner.' },
  { id: 'S16', shape: 'kommun page: "Föreningar med verksamhet i kommunen kan söka"', want: ['organisation'],
    text: '# Investeringsbidrag\n\nIdeella föreningar med verksamhet i kommunen kan söka investeringsbidrag för sina anläggningar.' },
  { id: 'S17', shape: '"Kontakta kommunens föreningshandläggare"', want: ['organisation'],
    text: '# Startbidrag\n\nNybildade föreningar kan söka startbidrag. Kontakta kommunens föreningshandläggare om du har frågor.' },
  { id: 'S18', shape: '"Kommunen beslutar om bidrag till föreningar"', want: { lacks: ['kommun'] },
    text: '# Driftbidrag\n\nKommunen beslutar varje år om driftbidrag till föreningar som äger sina anläggningar.' },
  { id: 'S19', shape: 'kommun page: "Kommunen och föreningen tecknar avtal"', want: ['organisation'],
    text: '# Bidrag till föreningsdrivna fritidsgårdar\n\nIdeella föreningar kan söka bidraget. Kommunen och föreningen tecknar ett avtal om verksamheten.' },
  { id: 'S20', shape: 'region: "Regionen medfinansierar projekt som kommuner driver"', want: { lacks: ['region'] },
    text: '# Regionala projektmedel\n\nKommuner kan söka regionala projektmedel. Regionen medfinansierar högst hälften av projektets kostnader.' },

  { id: 'S21', shape: 'a relative clause with the kommun as its subject: "föreningar som kommunen har avtal med"', want: ['organisation'],
    text: '# Bidrag till föreningsdrivna anläggningar\n\nBidraget kan sökas av föreningar som kommunen har avtal med. Ansökan ska ha kommit in senast den 1 mars 2026.' },
  { id: 'S22', shape: '"Studieförbund som kommunen godkänt kan söka"', want: ['organisation'],
    text: '# Bidrag till studieförbund\n\nStudieförbund som kommunen har godkänt kan söka bidraget. Ansökan ska ha kommit in senast den 1 mars 2026.' },
  { id: 'S23', shape: 'cleft of the deciding kommun: "Det är kommunen som beslutar om bidrag till föreningar"', want: { lacks: ['kommun'] },
    text: '# Lokalbidrag\n\nDet är kommunen som beslutar om lokalbidrag till föreningar. Föreningar kan söka lokalbidrag för hyrda lokaler.' },
  { id: 'S24', shape: '"föreningar som hyr lokaler av kommunen"', want: ['organisation'],
    text: '# Hyresbidrag\n\nBidraget kan sökas av föreningar som hyr lokaler av kommunen. Sista ansökningsdag är den 31 januari 2026.' },
  { id: 'S25', shape: 'region page: "organisationer som kompletterar regionens verksamhet"', want: ['organisation'],
    text: '# Verksamhetsbidrag 2026\n\nRegion Uppsala ger verksamhetsbidrag till organisationer som kompletterar regionens verksamhet. Ideella organisationer kan söka bidraget senast den 15 oktober 2025.' },
  { id: 'S26', shape: '"Ansökan lämnas till kommunen" then the applicants', want: ['organisation'],
    text: '# Bidrag till lägerverksamhet\n\nAnsökan lämnas till kommunen senast den 1 maj 2026. Föreningar med barn- och ungdomsverksamhet kan söka bidraget.' },
  { id: 'S27', shape: '"Kommunen och regionen finansierar tillsammans" then föreningar apply', want: ['organisation'],
    text: '# Bidrag till lokalt kulturliv\n\nKommunen och regionen finansierar bidraget tillsammans. Ideella kulturföreningar kan söka bidraget senast den 1 april 2026.' },
  { id: 'S28', shape: '"verksamhet som kommunen annars skulle ansvara för"', want: ['organisation'],
    text: '# Bidrag till sociala insatser\n\nBidrag kan sökas av ideella föreningar som bedriver verksamhet som kommunen annars skulle ansvara för. Ansökan ska ha kommit in senast den 1 juni 2026.' },

  { id: 'S29', shape: 'the kommun got a state grant it passes on: "Kommunen har sökt och fått statsbidrag …"', want: { lacks: ['kommun'] },
    text: '# Sommarlovsaktiviteter 2026\n\nKommunen har sökt och fått statsbidrag från Socialstyrelsen för att stärka föreningslivet. Ideella föreningar kan nu söka del av medlen senast den 15 april 2026.' },
  { id: 'S30', shape: '"Kommunen tar emot statsbidrag … och fördelar pengarna till föreningar"', want: { lacks: ['kommun'] },
    text: '# Lovaktiviteter för barn och unga\n\nKommunen tar emot statsbidrag från MUCF och fördelar pengarna till föreningar som ordnar lovaktiviteter. Föreningar kan söka bidraget senast den 1 maj 2026.' },
  { id: 'S31', shape: '"Om kommunen beviljar bidraget betalas det ut i april"', want: ['organisation'],
    text: '# Arrangemangsbidrag 2026\n\nFöreningar kan söka bidraget senast den 1 mars 2026. Om kommunen beviljar bidraget betalas det ut i april.' },
  { id: 'S32', shape: '"Regionen och kommunerna i länet har tagit fram en gemensam strategi"', want: ['organisation'],
    text: '# Stöd till kulturarrangörer\n\nRegionen och kommunerna i länet har tagit fram en gemensam kulturstrategi. Kulturföreningar kan söka stödet senast den 1 oktober 2026.' },

  // P: passive and nominal frames naming two or three types: all of them or no list
  { id: 'P1', shape: '"kan sökas av kommuner, regioner och ideella organisationer"', want: { allOrNone: ['kommun', 'region', 'organisation'] },
    text: '# Stöd till våldsförebyggande arbete\n\nBidraget kan sökas av kommuner, regioner och ideella organisationer.' },
  { id: 'P2', shape: '"Stödet lämnas till kommuner och regioner"', want: { allOrNone: ['kommun', 'region'] },
    text: '# Stöd till kollektivtrafik i landsbygd\n\nStödet lämnas till kommuner och regioner som ansvarar för kollektivtrafiken.' },
  { id: 'P3', shape: '"Ansökan kan göras av kommuner, regioner eller länsstyrelser"', want: { allOrNone: ['kommun', 'region', 'länsstyrelse'] },
    text: '# Bidrag till klimatanpassning\n\nAnsökan kan göras av kommuner, regioner eller länsstyrelser.' },
  { id: 'P4', shape: '"Målgrupp för stödet är kommuner och regioner"', want: { allOrNone: ['kommun', 'region'] },
    text: '# Stöd till digital omställning\n\nMålgrupp för stödet är kommuner och regioner.' },
  { id: 'P5', shape: '"Stöd kan beviljas kommuner, regioner och ideella föreningar"', want: { allOrNone: ['kommun', 'region', 'organisation'] },
    text: '# Stöd till friluftsliv\n\nStöd kan beviljas kommuner, regioner och ideella föreningar.' },
  { id: 'P6', shape: '"Bidrag kan ges till ideella föreningar, stiftelser och kommuner"', want: { allOrNone: ['organisation', 'kommun'] },
    text: '# Bidrag till kulturmiljöer\n\nBidrag kan ges till ideella föreningar, stiftelser och kommuner.' },
  { id: 'P7', shape: '"Statsbidrag får lämnas till regioner och kommuner"', want: ['region', 'kommun'],
    text: '# Förordning om statsbidrag till tandvård\n\n1 § Denna förordning innehåller bestämmelser om statsbidrag för tandvård.\n\n2 § Statsbidrag får lämnas till regioner och kommuner.' },
  { id: 'P8', shape: '"kan sökas av regioner, kommuner samt civilsamhällets organisationer"', want: { allOrNone: ['region', 'kommun', 'organisation'] },
    text: '# Stöd till suicidprevention\n\nStödet kan sökas av regioner, kommuner samt civilsamhällets organisationer.' },
  { id: 'P9', shape: '"Medlen kan rekvireras av kommuner och regioner"', want: { allOrNone: ['kommun', 'region'] },
    text: '# Statsbidrag för vaccination 2026\n\nMedlen kan rekvireras av kommuner och regioner.' },
  { id: 'P10', shape: '"kan sökas av länsstyrelser och kommuner"', want: { allOrNone: ['länsstyrelse', 'kommun'] },
    text: '# Bidrag till åtgärder mot invasiva arter\n\nBidraget kan sökas av länsstyrelser och kommuner.' },
  { id: 'P11', shape: '"riktar sig till kommuner, regioner och idéburna organisationer"', want: { allOrNone: ['kommun', 'region', 'organisation'] },
    text: '# Utlysning: Psykisk hälsa bland unga\n\nUtlysningen riktar sig till kommuner, regioner och idéburna organisationer.' },
  { id: 'P12', shape: '"Behöriga sökande är kommuner, regioner och ideella föreningar"', want: { allOrNone: ['kommun', 'region', 'organisation'] },
    text: '# Utlysning: Fysisk aktivitet\n\nBehöriga sökande är kommuner, regioner och ideella föreningar. Sista ansökningsdag är den 30 september 2026.' },
  { id: 'P13', shape: 'singulars: "Ansökan kan göras av en kommun, en region eller en ideell förening"', want: { allOrNone: ['kommun', 'region', 'organisation'] },
    text: '# Utlysning: Trygga offentliga miljöer\n\nAnsökan kan göras av en kommun, en region eller en ideell förening.' },
  { id: 'P14', shape: '"beviljas till kommuner och regioner samt till ideella organisationer"', want: { allOrNone: ['kommun', 'region', 'organisation'] },
    text: '# Stöd till integration\n\nBidrag kan beviljas till kommuner och regioner samt till ideella organisationer.' },
  { id: 'P15', shape: '"kan sökas av kommuner och av regioner"', want: { allOrNone: ['kommun', 'region'] },
    text: '# Stöd till bredbandsutbyggnad\n\nStödet kan sökas av kommuner och av regioner.' },
  { id: 'P16', shape: '"kommuner, kommunalförbund och regioner"', want: { allOrNone: ['kommun', 'region'] },
    text: '# Stöd till räddningstjänst\n\nBidraget kan sökas av kommuner, kommunalförbund och regioner.' },
  { id: 'P17', shape: 'two sentences: "Ansökan får göras av regioner. Kommuner får också göra ansökan."', want: { allOrNone: ['region', 'kommun'] },
    text: '# Stöd till hälsofrämjande insatser\n\nAnsökan får göras av regioner. Kommuner får också göra ansökan.' },
  { id: 'P18', shape: '"Målgruppen för utlysningen är regioner, kommuner och ideella organisationer"', want: { allOrNone: ['region', 'kommun', 'organisation'] },
    text: '# Utlysning: Folkhälsa 2026\n\nMålgruppen för utlysningen är regioner, kommuner och ideella organisationer som arbetar med folkhälsa.' },
  { id: 'P19', shape: '"Stödet kan sökas av kommuner. Stödet kan även sökas av regioner."', want: { allOrNone: ['kommun', 'region'] },
    text: '# Stöd till cykelinfrastruktur\n\nStödet kan sökas av kommuner. Stödet kan även sökas av regioner.' },
  { id: 'P20', shape: '"Sökande kan vara kommuner, regioner eller länsstyrelser"', want: { allOrNone: ['kommun', 'region', 'länsstyrelse'] },
    text: '# Utlysning: Vattenvård\n\nSökande kan vara kommuner, regioner eller länsstyrelser. Ansökan ska ha kommit in senast den 1 oktober 2026.' },

  { id: 'P21', shape: 'a later "Medlen fördelas även till regionerna" after kommuner requisition', want: { allOrNone: ['kommun', 'region'] },
    text: '# Statsbidrag för psykisk hälsa 2026\n\nKommunerna kan rekvirera statsbidraget senast den 1 april 2026.\n\nMedlen fördelas även till regionerna för insatser i primärvården.' },
  { id: 'P22', shape: '"Stödet ges till kommuner och länsstyrelser" (no modal)', want: { allOrNone: ['kommun', 'länsstyrelse'] },
    text: '# Stöd till åtgärder mot skyfall\n\nKommuner kan söka stödet. Stödet ges till kommuner och länsstyrelser som har tagit fram en plan.' },
  { id: 'P23', shape: 'keep: "Statsbidraget fördelas till regionerna efter befolkningsmängd"', want: ['region'],
    text: '# Statsbidrag för kortare köer 2026\n\nStatsbidraget fördelas till regionerna efter befolkningsmängd. Regionerna rekvirerar medlen senast den 30 juni 2026.' },
  { id: 'P24', shape: 'keep: "Medlen fördelas till projekt i kommuner" beside föreningar', want: ['organisation'],
    text: '# Bidrag till lokala trygghetsprojekt\n\nIdeella föreningar kan söka bidraget. Medlen fördelas till projekt i kommuner med särskilt utsatta områden. Sista dag att söka är den 1 mars 2026.' },

  // O: the "other" nouns beside a type
  { id: 'O1', shape: '"kommuner, regioner och andra aktörer"', want: { allOrNone: ['kommun', 'region'] },
    text: '# Stöd till lokal krisberedskap\n\nBidraget kan sökas av kommuner, regioner och andra aktörer.' },
  { id: 'O2', shape: '"Kommuner, regioner, företag och privatpersoner kan söka"', want: { allOrNone: ['kommun', 'region'] },
    text: '# Stöd till laddstationer\n\nKommuner, regioner, företag och privatpersoner kan söka stödet.' },
  { id: 'O3', shape: '"kommuner, huvudmän för fristående skolor och ideella föreningar"', want: { allOrNone: ['kommun', 'huvudman', 'organisation'] },
    text: '# Bidrag till läxhjälp\n\nStödet kan sökas av kommuner, huvudmän för fristående skolor och ideella föreningar.' },
  { id: 'O4', shape: '"kan sökas av regioner och enskilda huvudmän"', want: { allOrNone: ['region', 'huvudman'] },
    text: '# Statsbidrag för vårdutbildning\n\nBidraget kan sökas av regioner och enskilda huvudmän.' },
  { id: 'O5', shape: '"Kommunala och enskilda huvudmän samt ideella organisationer kan söka"', want: { allOrNone: ['huvudman', 'organisation'] },
    text: '# Statsbidrag för sommarskola\n\nKommunala och enskilda huvudmän samt ideella organisationer kan söka statsbidraget.' },
  { id: 'O6', shape: '"Övriga aktörer, till exempel föreningar och stiftelser, kan också söka"', want: { allOrNone: ['kommun', 'organisation'] },
    text: '# Bidrag till kulturarv\n\nBidraget kan sökas av kommuner. Övriga aktörer, till exempel föreningar och stiftelser, kan också söka.' },
  { id: 'O7', shape: '"Kommuner kan söka bidraget. Även enskilda huvudmän kan söka."', want: { allOrNone: ['kommun', 'huvudman'] },
    text: '# Statsbidrag för modersmålsundervisning\n\nKommuner kan söka bidraget. Även enskilda huvudmän kan söka.' },
  { id: 'O8', shape: '"Även länsstyrelserna kan rekvirera medel"', want: { allOrNone: ['region', 'länsstyrelse'] },
    text: '# Statsbidrag för beredskap\n\nRegionerna kan rekvirera medlen. Även länsstyrelserna kan rekvirera medel för samordning.' },
  { id: 'O9', shape: '"kommuner, landsting och ideella föreningar"', want: ['kommun', 'region', 'organisation'],
    text: '# Bidrag till folkhälsoarbete 2017\n\nBidraget kan sökas av kommuner, landsting och ideella föreningar.' },
  { id: 'O10', shape: '"kommuner, regioner, länsstyrelser och myndigheter"', want: { allOrNone: ['kommun', 'region', 'länsstyrelse'] },
    text: '# Stöd till krisberedskap 2026\n\nStödet kan sökas av kommuner, regioner, länsstyrelser och myndigheter.' },
  { id: 'O11', shape: '"Enskilda huvudmän kan också söka" a paragraph after kommuner', want: { allOrNone: ['kommun', 'huvudman'] },
    text: '# Statsbidrag för lärarassistenter\n\nKommuner kan söka statsbidraget.\n\nEnskilda huvudmän kan också söka statsbidraget.' },
  { id: 'O12', shape: '"Regionförbund och kommuner kan söka"', want: { allOrNone: ['kommun'] },
    text: '# Stöd till regional utveckling\n\nRegionförbund och kommuner kan söka stödet.' },

  // V: "Vem kan söka?" lists, sub-items, numbered lists
  { id: 'V1', shape: 'list with sub-items: "Offentliga aktörer:" / "kommuner" / "regioner" / "Ideella organisationer"', want: { allOrNone: ['kommun', 'region', 'organisation'] },
    text: '# Utlysning: Integration i arbetslivet\n\n## Vem kan söka?\n\n- Offentliga aktörer:\n  - kommuner\n  - regioner\n- Ideella organisationer\n\n## Sista dag\n\nAnsökan ska vara inne senast den 1 juni 2026.' },
  { id: 'V2', shape: 'numbered list under "De som kan söka är:"', want: { allOrNone: ['kommun', 'region', 'organisation'] },
    text: '# Bidrag till hälsofrämjande arbete\n\n## Vem kan söka?\n\nDe som kan söka är:\n\n1. Kommuner\n2. Regioner\n3. Ideella föreningar' },
  { id: 'V3', shape: 'a list run in a sentence: "Stödet kan sökas av" / "- kommuner," / "- regioner och" / "- länsstyrelser."', want: { allOrNone: ['kommun', 'region', 'länsstyrelse'] },
    text: '# Stöd till viltförvaltning\n\n## Vem kan söka stöd?\n\nStödet kan sökas av\n\n- kommuner,\n- regioner och\n- länsstyrelser.' },
  { id: 'V4', shape: '"Kommuner kan söka. Stödet kan även sökas av:" and a list', want: { allOrNone: ['kommun', 'region', 'organisation'] },
    text: '# Stöd till energieffektivisering\n\n## Vem kan söka?\n\nKommuner kan söka. Stödet kan även sökas av:\n\n- regioner\n- ideella föreningar' },
  { id: 'V5', shape: 'an item with a bound: "Kommuner (endast i samverkan med en förening)"', want: { allOrNone: ['organisation', 'kommun'] },
    text: '# Bidrag till spontanidrott\n\n## Vem kan söka?\n\n- Ideella föreningar\n- Kommuner (endast i samverkan med en förening)' },
  { id: 'V6', shape: '"Målgrupp" heading over "Utlysningen riktar sig till:" list', want: { allOrNone: ['kommun', 'region', 'organisation'] },
    text: '# Utlysning: Minskad ensamhet\n\n## Målgrupp\n\nUtlysningen riktar sig till:\n\n- kommuner\n- regioner\n- civilsamhällets organisationer' },
  { id: 'V7', shape: 'kommun page list: registered föreningar; förvaltningar denied', want: ['organisation'],
    text: '# Kulturstöd\n\n## Vem kan söka?\n\nFöreningar som är registrerade i kommunens föreningsregister kan söka. Kommunens förvaltningar och bolag kan inte söka.' },
  { id: 'V8', shape: 'list with an unread noun item "samverkansorgan" beside types', want: { allOrNone: ['kommun', 'region'] },
    text: '# Utlysning: Regional tillväxt\n\n## Vem kan söka?\n\n- kommuner\n- regioner\n- samverkansorgan' },

  // K: plain answers kept
  { id: 'K1', shape: 'plain "Regionerna kan rekvirera statsbidraget"', want: ['region'],
    text: '# Statsbidrag för ambulanssjukvård 2026\n\nRegionerna kan rekvirera statsbidraget senast den 30 april 2026.' },
  { id: 'K2', shape: 'plain "Kommuner och regioner kan söka"', want: ['kommun', 'region'],
    text: '# Stöd till gröna städer\n\nKommuner och regioner kan söka stödet.' },
  { id: 'K3', shape: 'plain "Länsstyrelserna kan rekvirera medel"', want: ['länsstyrelse'],
    text: '# Medel för tillsyn 2026\n\nLänsstyrelserna kan rekvirera medel för tillsynsvägledning.' },
  { id: 'K4', shape: 'plain "Bidraget kan sökas av ideella föreningar"', want: ['organisation'],
    text: '# Bidrag till idrott för personer med funktionsnedsättning\n\nBidraget kan sökas av ideella föreningar.' },
];

function check(got: unknown, want: Probe['want'], label: string): void {
  if (typeof want === 'object' && want !== null && 'lacks' in want) {
    for (const t of want.lacks) expect(Array.isArray(got) ? got : [], label).not.toContain(t);
  } else if (typeof want === 'object' && want !== null && 'allOrNone' in want) {
    const list = Array.isArray(got) ? [...(got as string[])].sort() : [];
    if (list.length > 0) expect(list, label).toEqual([...want.allOrNone].sort());
  } else expectWant(got, want as Want, label);
}

describe('types84: a list left out as partial is said to an editor', () => {
  it('lint names the type the list lacks, the statement and its row', async () => {
    // (types85: a framed statement read whole completes the list; one with a head no row classifies, "samverkansorgan", still leaves it out)
    const f = probeFile('# Stöd till cykelinfrastruktur\n\nStödet kan sökas av kommuner. Stödet kan även sökas av regioner och samverkansorgan.\n');
    expect(((await extract(f)) as Anvisning).recipients?.types).toBeUndefined();
    const notes = (await lint(f)).filter((d) => d.rule === 'recipients-types-partial');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ line: 3, severity: 'warning' });
    expect(notes[0]!.message).toContain('"regioner" (region)');
    expect(notes[0]!.message).toContain('passive-sokas-av');
  });
  it('says nothing when every statement is read whole', async () => {
    const f = probeFile('# Stöd till gröna städer\n\nKommuner och regioner kan söka stödet. Stödet kan även sökas av regioner i samverkan med kommuner.\n');
    expect((await lint(f)).filter((d) => d.rule === 'recipients-types-partial')).toEqual([]);
  });
});

describe('types84: recipients.types never partial, never the sender', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} [${p.shape}]`, async () => {
      const got = await probeField(p.text, 'recipients.types');
      if (process.env.TYPES84_LOG) console.log(`GOT ${p.id} ${JSON.stringify(got)}`);
      check(got, p.want, `${p.id} ${JSON.stringify(got)}`);
    });
  }
});

export { PROBES as TYPES84_PROBES };
