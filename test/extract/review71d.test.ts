import { describe, expect, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Adversarial review of older rows, part d (issue 12, helper review71d): constructed counter-probes aimed at the recipient,
// funding, allocation and title rows as they stood before stop 45 (ec8f69a2: extract/cues/recipients.ts, funding.ts,
// allocation.ts, title.ts and the field code that reads them), in texts of other genres and bodies than the rows' examples: a
// regeringsbeslut, a förordning, a reporting instruction or form, a foundation or region page, a news page, English and Nordic
// pages. Each probe asks what a careful reader would take: `null` none, a value that value, `{ not: v }` anything but v (a miss
// is fine, the wrong value is not); `wrong` names the list item whose presence is the wrong value.

// `open`: a wrong value left open after the fixes (said why in test/corpus/README.md); `it.fails` keeps it in view.
type Probe = { id: string; row: string; field: string; want?: Want; text: string; wrong?: string; open?: true };
const T = 'recipients.types';
const F = 'funding.total';
const BODY = '\n\nBidraget får användas till kostnader för verksamheten.';
// a stipend page whose applicants are private persons (no type of the schema but `other`)
const STIP = 'Kulturstipendium 2025\n\nStipendiet kan sökas av enskilda kulturutövare som bor i kommunen. Ansök senast 1 mars 2025.\n\n';
// a grant page whose applicants are associations
const FOR = 'Bidrag till föreningar 2025\n\nBidraget kan sökas av ideella föreningar. Ansök senast 1 mars 2025.\n\n';

// Wrong on main (801685e3) before any fix: 18 of 59.
export const WRONG_ON_MAIN = ['h5', 's1', 's2', 's5', 's6', 's7', 'f2', 'f6', 'f7', 'f9', 'f11', 'f15', 'f16', 'f19', 't2', 't3', 't9', 't10'];

export const PROBES: Probe[] = [
  // ── recipients: headings and lists ──────────────────────────────────────────────────────────────────────────────
  { id: 'h1', row: 'vilka-kan: "Vilka kan inte söka?" heads the list of those who may not apply', field: T, wrong: 'kommun',
    text: 'Bidrag till föreningar 2025\n\nBidraget kan sökas av ideella föreningar. Ansök senast 1 mars 2025.\n\nVilka kan inte söka?\n\n- kommuner och regioner\n- statliga myndigheter\n- privatpersoner' + BODY },
  { id: 'h2', row: 'vilka-kan (^målgrupp): the beneficiaries under "Målgrupp"', field: T, want: null, wrong: 'kommun',
    text: STIP + 'Målgrupp\n\nBarn och unga i kommunens skolor och fritidsgårdar.' + BODY },
  { id: 'h3', row: 'recipient-role-heading ("Vem kan få stöd?"): beneficiaries of the projects', field: T, want: null, wrong: 'kommun',
    text: 'Projektmedel för social hållbarhet\n\nAnsök senast 1 mars 2025.\n\nVem kan få stöd?\n\nPersoner med funktionsnedsättning som bor i kommunen kan få stöd genom projekten.' + BODY },
  { id: 'h4', row: 'applicant-category-line: "Föreningar" as a menu line on a stipend page', field: T, want: null, wrong: 'organisation',
    text: 'Kultur och fritid\nFöreningar\nIdrott och motion\nBibliotek\n\n' + STIP + 'Stipendiet är på 20 000 kronor.' },
  { id: 'h5', row: 'bidragsberattigade: the heading over a list of who is NOT entitled', field: T, wrong: 'region',
    text: FOR + 'Bidragsberättigade föreningar\n\nFöljande är inte bidragsberättigade: regioner, kommunala bolag och politiska partier.' + BODY },
  // ── recipients: sentences with another role ─────────────────────────────────────────────────────────────────────
  { id: 's1', row: 'kan-soka ("kan ta del av"): kommuner may read the results', field: T, want: null, wrong: 'kommun',
    text: 'Stiftelsens forskningsanslag 2025\n\nAnslaget kan sökas av forskare vid svenska universitet. Ansök senast 1 mars 2025.\n\nKommuner kan ta del av resultaten via stiftelsens webbinarier.' + BODY },
  { id: 's2', row: 'money-from-the-kommun ("från" only): the giver in "söka bidraget hos regionen" (news page)', field: T, wrong: 'region',
    text: 'Nyheter 2025-01-15\n\nNu kan föreningar söka bidrag för sommarlovsaktiviteter\n\nIdeella föreningar kan söka bidraget hos regionen senast 1 mars 2025. Regionen kan själv söka medel från Socialstyrelsen för samma ändamål.' + BODY },
  { id: 's3', row: 'kan-fa-bidrag: kommuner can get money for the same costs from another body', field: T, wrong: 'kommun',
    text: FOR + 'Kommuner och regioner kan få stöd för liknande kostnader från Boverket.' + BODY },
  { id: 's4', row: 'valkomnas: kommuner welcomed to an information meeting', field: T, wrong: 'kommun',
    text: FOR + 'Till informationsträffen den 10 februari välkomnas kommuner och föreningar som vill veta mer.' + BODY },
  { id: 's5', row: 'organisations-may-apply: another grant named on a stipend page', field: T, want: null, wrong: 'organisation',
    text: STIP + 'Ideella föreningar kan också söka Arvsfondens projektstöd för liknande verksamhet.' },
  { id: 's6', row: 'for-foreningar-som: another grant for associations on a stipend page', field: T, want: null, wrong: 'organisation',
    text: STIP + 'För föreningar som vill arrangera konserter finns i stället kommunens arrangörsbidrag.' },
  { id: 's7', row: 'cap-per-forening: a hall hire fee per association on a stipend page', field: T, want: null, wrong: 'organisation',
    text: STIP + 'Hyran för kulturhusets scen är högst 500 kronor per förening och tillfälle.' },
  { id: 's8', row: 'region-name-distributes: the region that gives the stipend', field: T, want: null, wrong: 'region',
    text: 'Region Västerbottens kulturstipendium 2025\n\nRegion Västerbotten delar ut kulturstipendier till enskilda konstnärer. Stipendiet kan sökas av konstnärer som bor i länet. Ansök senast 1 mars 2025.' },
  { id: 's9', row: 'region-name-genitive: the region\'s own committee decides', field: T, want: null, wrong: 'region',
    text: 'Stipendium för unga musiker 2025\n\nStipendiet kan sökas av unga musiker mellan 18 och 25 år. Beslut fattas av Region Hallands kulturnämnd. Ansök senast 1 mars 2025.' },
  { id: 's10', row: 'lansstyrelse: a förordning sends the application to the länsstyrelse', field: T, wrong: 'länsstyrelse',
    text: 'Förordning (2025:100) om statsbidrag till viltvårdsområden\n\n1 § Statsbidrag får lämnas till ideella föreningar som förvaltar viltvårdsområden.\n\n4 § Ansökan om bidrag ska ges in till länsstyrelsen i det län där området ligger. Ansökan ska ha kommit in senast den 1 mars.' },
  { id: 's11', row: 'huvudman (word): the foundation is the prize\'s huvudman', field: T, want: null, wrong: 'huvudman',
    text: STIP + 'Stiftelsen Kulturarv är huvudman för stipendiet och utser juryn.' },
  { id: 's12', row: 'partner-in-samverkan: the project must be run with a kommun (partner, not applicant)', field: T, wrong: 'kommun',
    text: FOR + 'Projektet ska genomföras i samverkan med en eller flera kommuner.' + BODY },
  { id: 's13', row: 'kommun/region (type words): a reference group of regions and kommuner assesses', field: T, wrong: 'region',
    text: FOR + 'En referensgrupp med företrädare för regioner och kommuner bedömer ansökningarna.' + BODY },
  { id: 's14', row: 'kommun (type word): may-not sentence "är inte behöriga sökande"', field: T, wrong: 'kommun',
    text: FOR + 'Kommuner, regioner och statliga myndigheter är inte behöriga sökande.' + BODY },
  { id: 's15', row: 'statsbidrag-till: another grant\'s name in a "Läs också" line', field: T, wrong: 'kommun',
    text: FOR + 'Läs också om Statsbidrag till kommuner för sommarlovsaktiviteter.' + BODY },
  { id: 's16', row: 'noun-ansoker: the kommun applies to Boverket for its own money', field: T, wrong: 'kommun',
    text: FOR + 'Kommunen ansöker om medel från Boverket för att rusta upp samlingslokaler.' + BODY },
  { id: 's17', row: 'organisation (word): an English page, councils may not apply', field: T, wrong: 'kommun',
    text: 'Community Grants 2025\n\nNon-profit organisations may apply. Local councils and municipalities are not eligible to apply. Applications must be submitted by 1 March 2025. Grants may be used for project costs.' },
  { id: 's18', row: 'kan-soka: Norwegian, kommuner can NOT apply', field: T, wrong: 'kommun',
    text: 'Tilskudd til frivillige organisasjoner\n\nFrivillige organisasjoner kan søke om tilskudd. Kommuner kan ikke søke. Søknadsfrist er 1. mars 2025. Tilskuddet kan brukes til aktiviteter.' },
  { id: 's19', row: 'kan-soka: a reporting instruction, the recipient asks the kommun for a deferral', field: T, wrong: 'kommun',
    text: 'Så redovisar föreningen sitt aktivitetsbidrag\n\nFöreningar som fått aktivitetsbidrag ska redovisa senast 31 mars 2026. Redovisningen skickas till kultur- och fritidsförvaltningen. Kommuner kan söka anstånd hos Bidragsnämnden.' },
  // ── funding.total: a sum with another role ──────────────────────────────────────────────────────────────────────
  { id: 'f1', row: 'att-fordela: last year\'s sum to share', field: F, want: { not: 3000000 },
    text: FOR + 'Förra året fanns 3 miljoner kronor att fördela.' + BODY },
  { id: 'f2', row: 'fordelas / fordelade-summan: a sum shared since the start', field: F, want: { not: 45000000 },
    text: FOR + 'Sedan starten 2015 har totalt 45 miljoner kronor fördelats till föreningar.' + BODY },
  { id: 'f3', row: 'har-beviljat-totalt: a foundation\'s grants since its start', field: F, want: { not: 340000000 },
    text: 'Stiftelsens projektbidrag\n\nBidrag kan sökas av ideella föreningar. Ansök senast 1 mars 2025. Stiftelsen har beviljat totalt 340 miljoner kronor sedan 1990.' + BODY },
  { id: 'f4', row: 'uppgar-till: a turnover limit of the applicant', field: F, want: { not: 2000000 },
    text: FOR + 'Föreningens omsättning får uppgå till högst 2 miljoner kronor per år.' + BODY },
  { id: 'f5', row: 'uppgar-till: the applicant\'s co-financing', field: F, want: { not: 500000 },
    text: FOR + 'Medfinansieringen ska uppgå till minst 500 000 kronor.' + BODY },
  { id: 'f6', row: 'budget-label: the applicant\'s project budget on a form', field: F, want: { not: 50000 },
    text: 'Ansökan om projektbidrag\n\nFöreningens namn: ______\nProjektets namn: ______\nBudget: 50 000 kr\nSökt belopp: ______\nUnderskrift: ______' },
  { id: 'f7', open: true, row: 'summa-label / sum-row-label: the sum of an example budget on a reporting instruction', field: F, want: { not: 120000 },
    text: 'Så redovisar ni projektbidraget\n\nRedovisningen ska lämnas senast 31 mars 2026. Redovisa kostnaderna som i exemplet:\n\nLokalhyra 40 000 kr\nArvoden 80 000 kr\nSumma 120 000 kr' },
  { id: 'f8', row: 'vi-delar-ut: a per-project cap', field: F, want: { not: 30000 },
    text: FOR + 'Vi delar ut högst 30 000 kronor per projekt.' + BODY },
  { id: 'f9', row: 'utlyser: another body\'s call named on a news page', field: F, want: { not: 50000000 },
    text: 'Nyheter\n\nNu kan föreningar söka kommunens lovbidrag\n\nIdeella föreningar kan söka bidraget senast 1 mars 2025.\n\nLäs också: Kulturrådet utlyser 50 miljoner kronor till fritidsverksamhet.' },
  { id: 'f10', row: 'far-anvanda-hogst: the agency\'s administration share', field: F, want: { not: 2000000 },
    text: 'Regeringsbeslut\nUppdrag att fördela bidrag till föreningar som arbetar mot ofrivillig ensamhet\n\nRegeringen uppdrar åt Socialstyrelsen att fördela bidrag till ideella föreningar. Socialstyrelsen får använda högst 2 miljoner kronor för administration av uppdraget. Uppdraget ska redovisas senast 1 mars 2026.' },
  { id: 'f11', row: 'omfattar-totalt: the project\'s budget, not the grant\'s', field: F, want: { not: 3000000 },
    text: FOR + 'Projektet omfattar totalt 3 miljoner kronor, varav bidraget får utgöra högst hälften.' + BODY },
  { id: 'f12', row: 'share of another grant: "av de 200 miljoner kronor som regeringen avsatt"', field: F, want: { not: 200000000 },
    text: FOR + 'Medlen är en del av de 200 miljoner kronor som regeringen avsatt till civilsamhället för åren 2024–2026.' + BODY },
  { id: 'f13', row: 'an amount already paid out ("har betalats ut")', field: F, want: { not: 6000000 },
    text: FOR + 'Hittills i år har 6 miljoner kronor betalats ut till föreningarna.' + BODY },
  { id: 'f14', row: 'a fee ("ansökningsavgiften är totalt")', field: F, want: { not: 500 },
    text: FOR + 'Ansökningsavgiften är totalt 500 kronor.' + BODY },
  { id: 'f15', row: 'avsatt: a programme\'s multi-year sum', field: F, want: { not: 20000000 },
    text: 'Projektstöd för landsbygdsutveckling 2025\n\nIdeella föreningar kan söka stödet. Ansök senast 1 mars 2025. Regionen har avsatt 20 miljoner kronor för hela programperioden 2021–2027.' + BODY },
  { id: 'f16', row: 'sum-line: last year\'s decisions\' total', field: F, want: { not: 1250000 },
    text: FOR + 'Beviljade bidrag 2024\n\nIdrottsföreningen Kopparn 250 000 kr\nKörsällskapet 500 000 kr\nHembygdsföreningen 500 000 kr\nTotalt 1 250 000 kr' },
  { id: 'f17', row: 'English: a foundation\'s grants since 2010', field: F, want: { not: 2000000 },
    text: 'Community Grants 2025\n\nNon-profit organisations may apply. Applications must be submitted by 1 March 2025. The foundation has awarded more than £2 million since 2010. Grants may be used for project costs.' },
  { id: 'f18', row: 'Norwegian: last year\'s sum', field: F, want: { not: 4000000 },
    text: 'Tilskudd til frivillige organisasjoner\n\nFrivillige organisasjoner kan søke om tilskudd. Søknadsfrist er 1. mars 2025. I 2024 ble det fordelt 4 millioner kroner til 120 organisasjoner.' },
  { id: 'f19', row: 'arets-medel / fordelas: a past year told in the present', field: F, want: { not: 8000000 },
    text: FOR + 'År 2023 fördelas 8 miljoner kronor enligt det tidigare systemet; för 2025 är beloppet ännu inte beslutat.' + BODY },
  { id: 'f20', row: 'utbetala-totalt: a regeringsbeslut\'s paid sum of an earlier decision', field: F, want: { not: 10000000 },
    text: 'Regeringsbeslut 2025-02-01\nBidrag till Civilsamhällets organisationer för 2025\n\nRegeringen beslutar att bevilja bidrag till ideella organisationer. Genom beslut den 15 mars 2024 betalade Kammarkollegiet ut totalt 10 miljoner kronor för 2024.' + BODY },
  { id: 'f21', row: 'bare-millions / turnover in a per-applicant line (a foundation page)', field: F, want: { not: 5000000 },
    text: 'Stiftelsens bidrag till småföretag\n\nStödet kan sökas av företag med en omsättning under 5 miljoner kronor. Ansök senast 1 mars 2025.' + BODY },
  // ── funding.parts / allocation: a table with another role ───────────────────────────────────────────────────────
  { id: 'a1', row: 'namn-belopp / kommun-namn: last year\'s decisions as this year\'s parts', field: 'funding.parts', want: null,
    text: 'Bidrag till kommunernas sommarlovsaktiviteter 2025\n\nKommuner kan söka bidraget senast 1 mars 2025.\n\nSå fördelades bidraget 2024:\n\nMalmö kommun 2 000 000 kr\nLunds kommun 1 500 000 kr\nYstads kommun 500 000 kr' },
  { id: 'a2', row: 'region-namn / namn-belopp: a list of the regions\' own fees (not parts)', field: 'funding.parts', want: null,
    text: 'Bidrag till föreningar inom kultur 2025\n\nIdeella föreningar kan söka bidraget senast 1 mars 2025.\n\nAvgift för lokalhyra per region:\n\nRegion Skåne 1 000 kr\nRegion Halland 800 kr' },
  // ── title: a line with another role ─────────────────────────────────────────────────────────────────────────────
  { id: 't1', row: 'breadcrumb-trail: a "›" trail above the heading', field: 'title', want: 'Föreningsbidrag',
    text: 'Start › Uppleva och göra › Bidrag och stöd\nFöreningsbidrag\n\nIdeella föreningar kan söka bidraget. Ansök senast 1 mars 2025.' + BODY },
  { id: 't2', open: true, row: 'question-heading: "Vem kan söka?" as the first line', field: 'title', want: { not: 'Vem kan söka?' },
    text: 'Vem kan söka?\n\nIdeella föreningar kan söka aktivitetsbidraget. Ansök senast 1 mars 2025.' + BODY },
  { id: 't3', row: 'procedure-topic-heading: "Så här ansöker du" above the grant name', field: 'title', want: { not: 'Så här ansöker du' },
    text: 'Så här ansöker du\nLokalbidrag för föreningar\n\nIdeella föreningar kan söka bidraget. Ansök senast 1 mars 2025.' + BODY },
  { id: 't4', row: 'another grant\'s name in a sidebar above the heading', field: 'title', want: { not: 'Startbidrag' },
    text: 'Relaterade bidrag\nStartbidrag\nLokalbidrag\n\nAktivitetsbidrag\n\nIdeella föreningar kan söka aktivitetsbidrag. Ansök senast 1 mars 2025.' + BODY },
  { id: 't5', row: 'people-caption / photo-credit: a caption line first', field: 'title', want: { not: 'Barn som spelar fotboll på sommarlovet.' },
    text: 'Barn som spelar fotboll på sommarlovet.\nFoto: Anna Svensson\n\nLovbidrag 2025\n\nIdeella föreningar kan söka lovbidrag. Ansök senast 1 mars 2025.' + BODY },
  { id: 't6', row: 'document-type: "Regeringsbeslut" alone above the matter', field: 'title', want: { not: 'Regeringsbeslut' },
    text: 'Regeringsbeslut\n\nUppdrag att fördela bidrag till idrottsföreningar\n\nRegeringen uppdrar åt Riksidrottsförbundet att fördela bidrag till idrottsföreningar. Uppdraget ska redovisas senast 1 mars 2026.' },
  { id: 't7', row: 'English breadcrumb ">" above the heading', field: 'title', want: 'Community Grants',
    text: 'Home > Funding > Community Grants\nCommunity Grants\n\nNon-profit organisations may apply. Applications must be submitted by 1 March 2025. Grants may be used for project costs.' },
  { id: 't8', row: 'news section label "Nyheter" and a dateline', field: 'title', want: { not: 'Nyheter' },
    text: 'Nyheter\n15 januari 2025\nNu kan föreningar söka lovbidrag\n\nIdeella föreningar kan söka lovbidrag. Ansök senast 1 mars 2025.' + BODY },
  { id: 't9', open: true, row: 'syftet-ar-att: a purpose sentence read as the title', field: 'title', want: { notre: '^Syftet' },
    text: 'Syftet är att stärka föreningslivet i kommunen.\n\nIdeella föreningar kan söka bidraget. Ansök senast 1 mars 2025.' + BODY },
  { id: 't10', open: true, row: 'grant-words: a menu of grant names before the page\'s heading', field: 'title', want: 'Kulturbidrag till arrangörer',
    text: 'Bidrag\nFöreningsbidrag\nStipendier\n\nKulturbidrag till arrangörer\n\nIdeella föreningar kan söka bidraget. Ansök senast 1 mars 2025.' + BODY },
  { id: 't11', row: 'Nordic page: the kommune\'s menu line above the heading', field: 'title', want: 'Tilskudd til frivillige lag',
    text: 'Meny\nTilskudd til frivillige lag\n\nFrivillige organisasjoner kan søke om tilskudd. Søknadsfrist er 1. mars 2025. Tilskuddet kan brukes til aktiviteter.' },
  { id: 't12', row: 'form-version-line / a reporting form\'s line of its own version', field: 'title', want: { notre: '^Version' },
    text: 'Version 2.1 2024-05-01\nRedovisning av aktivitetsbidrag\n\nFöreningens namn: ______\nOrganisationsnummer: ______\nAntal deltagare: ______\nUnderskrift: ______' },
  // ── the fixes in other bodies' phrasing (paraphrases, constructed) and the right readings they keep ────────────────
  { id: 'p1', row: 'cumulative-since-start: a foundation page\'s sum since 1998', field: F, want: { not: 120000000 },
    text: 'Stiftelsens kulturbidrag\n\nBidrag kan sökas av ideella föreningar. Ansök senast 1 mars 2025. Sedan 1998 har stiftelsen delat ut 120 miljoner kronor till kulturprojekt.' + BODY },
  { id: 'p2', row: 'cross-reference-line: a region page\'s "Se även:" line', field: F, want: { not: 4000000 },
    text: FOR + 'Se även: Region Dalarna fördelar 4 miljoner kronor i kulturstöd.' + BODY },
  { id: 'p3', row: 'project-own-size: "Projektets totala budget uppgår till"', field: F, want: { not: 800000 },
    text: 'Projektstöd landsbygd 2025\n\nIdeella föreningar kan söka stödet. Ansök senast 1 mars 2025. Projektets totala budget uppgår till 800 000 kronor, varav stödet är högst 40 procent.' + BODY },
  { id: 'p4', row: 'also-soka-named-others-grant: a kommun page names Kulturrådet\'s grant', field: T, wrong: 'organisation',
    text: STIP + 'Studieförbund kan även söka Kulturrådets arrangörsstöd.' },
  { id: 'p5', row: 'not-entitled: "är inte stödberättigade" in a förordning', field: T, wrong: 'kommun',
    text: 'Förordning (2025:200) om bidrag till hembygdsrörelsen\n\n2 § Bidrag får lämnas till ideella föreningar. Kommuner och regioner är inte stödberättigade.\n\n5 § Ansökan ska ha kommit in senast den 1 mars.' },
  { id: 'p6', row: 'money-from-the-kommun ("hos"): a kommun page, "ansöka om stödet hos kommunen"', field: T, wrong: 'kommun',
    text: 'Lokalt aktivitetsstöd 2025\n\nStudieförbund kan ansöka om stödet hos kommunen två gånger per år. Ansök senast 1 mars 2025.' + BODY },
  { id: 'p7', row: 'past-sums-heading: a region page\'s "Så fördelades bidraget 2023" list', field: F, want: { not: 3000000 },
    text: 'Regionalt kulturstöd 2025\n\nIdeella föreningar kan söka stödet. Ansök senast 1 mars 2025.\n\nSå fördelades bidraget 2023\n\nTeaterföreningen Ridå 1 000 000 kr\nMusikföreningen Ton 2 000 000 kr\nSumma 3 000 000 kr' },
  { id: 'p8', row: 'past-sums-heading: "Tidigare beviljade projekt" on a foundation page', field: F, want: { not: 900000 },
    text: 'Stiftelsens projektbidrag 2025\n\nBidrag kan sökas av ideella föreningar. Ansök senast 1 mars 2025.\n\nTidigare beviljade projekt\n\nLäsfrämjande i Boden 400 000 kr\nKörläger i Luleå 500 000 kr\nTotalt 900 000 kr' },
  { id: 'k7', row: 'past-sums-heading kept: this year\'s split with its sum line', field: F, want: 3000000,
    text: 'Bidrag till kommunernas sommarlovsaktiviteter 2025\n\nKommuner kan rekvirera bidraget senast 1 mars 2025.\n\nFördelning 2025\n\nMalmö kommun 2 000 000 kr\nLunds kommun 1 000 000 kr\nSumma 3 000 000 kr' },
  { id: 'k1', row: 'money-from-the-kommun kept: a kommun applies to an agency ("hos Boverket")', field: T, want: ['kommun'],
    text: 'Bidrag till upprustning av lekplatser 2025\n\nKommuner kan söka bidraget hos Boverket. Ansök senast 1 mars 2025.' + BODY },
  { id: 'k2', row: 'cumulative-since-start kept: this year\'s sum beside the sum since the start', field: F, want: 3000000,
    text: FOR + 'I år fördelas totalt 3 miljoner kronor. Sedan starten 2015 har totalt 45 miljoner kronor fördelats till föreningar.' + BODY },
  { id: 'k3', row: 'project-own-size kept: the call\'s own "Utlysningen omfattar totalt"', field: F, want: 3000000,
    text: FOR + 'Utlysningen omfattar totalt 3 miljoner kronor.' + BODY },
  { id: 'k4', row: 'summa-for-ar (widened) kept: "År 2025 fördelas" under a 2025 title', field: F, want: 8000000,
    text: FOR + 'År 2025 fördelas 8 miljoner kronor till föreningarna.' + BODY },
  { id: 'k5', row: 'cap-per-forening kept: the grant\'s own cap per förening', field: T, want: ['organisation'],
    text: 'Arrangörsbidrag 2025\n\nBidraget är högst 10 000 kronor per förening. Ansök senast 1 mars 2025.' + BODY },
  { id: 'k6', row: 'how-to-apply-label kept: alone, the page\'s title', field: 'title', want: 'Så här ansöker du',
    text: 'Så här ansöker du\n\nIdeella föreningar kan söka bidraget i e-tjänsten. Ansök senast 1 mars 2025.' + BODY },
];

describe('review71d: counter-probes of the older recipient, funding, allocation and title rows give no wrong value', () => {
  for (const p of PROBES) {
    (p.open ? it.fails : it)(`${p.id} ${p.field} [${p.row}]`, async () => {
      const got = await probeField(p.text, p.field);
      if (p.wrong !== undefined) {
        const items = (Array.isArray(got) ? got : []).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
        expect(items.filter((v) => v.includes(p.wrong as string)), p.wrong).toEqual([]);
      } else expectWant(got, p.want as Want);
    });
  }
});
