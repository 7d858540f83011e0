import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Adversarial review of older rows, part a (stop 52, issue 12, helper review71a): constructed counter-probes aimed at the list
// readers no earlier review probed — extract/cues/lists.ts (the use, excluded and underlag headings, leads and sentences) and
// the decision code of extract/fields/lists.ts that reads them (a uses section takes every list in it and its first short
// paragraph; an excluded heading takes every paragraph under it and a run of sibling headings; inline items after a lead's
// colon; the attached-sentence fallback). Each probe puts the row's words on a value with another role: who may apply, the
// application's contents, priorities, earlier funded projects, a FAQ's questions, a repayment rule, a cap, a year, a log-in
// method, the agency's own letter. `wrong`: a pattern whose presence in one of the list's items is the wrong value.
// Not counted (the probe was unfair, no Swedish writer's sentence): 'Stödet ska gå till kommunens huvudmän …', 'Statsbidrag får
// inte lämnas för tidigare än det kalenderår …'.
// `has`: a pattern one of the list's items must hold (the fixes keep their rows' right readings).
// `open`: a wrong value left open after the fixes (said why in test/corpus/README.md); `it.fails` keeps it in view.

type Probe = { id: string; row: string; field: string; want: Want; text: string; wrong?: string; has?: string; open?: true };
const P = 'Bidrag till föreningar\n\nBidraget kan sökas av ideella föreningar i kommunen. Ansök senast 1 mars 2025.\n\n';
const PU = 'permitted_uses';
const EX = 'excluded_uses';
const EV = 'evidence_documents';

export const PROBES: Probe[] = [
  // ── permitted uses: a uses section takes every list and its first short paragraph ───────────────────────────────
  { id: 'U1', row: 'findPermittedUses (uses section): the application\'s contents listed under the uses heading', field: PU, want: null, wrong: 'tidplan',
    text: P + 'Vad kan bidraget användas till?\n\nBidraget kan användas till lokalhyra och material.\n\nAnsökan ska innehålla:\n\n- en budget\n- en tidplan\n- en kort beskrivning av projektet' },
  { id: 'U2', row: 'findPermittedUses (uses section): who may apply, listed under the uses heading', field: PU, want: null, wrong: 'studieförbund',
    text: P + 'Vad kan ni söka bidrag för?\n\nNi kan söka bidrag för kulturarrangemang som är öppna för alla.\n\nFöljande kan söka:\n\n- ideella föreningar\n- studieförbund\n- trossamfund' },
  { id: 'U3', row: 'findPermittedUses (uses section): the funder\'s priorities in the active voice', field: PU, want: null, wrong: 'många unga',
    text: P + 'Vad kan bidraget användas till?\n\nBidraget kan användas till arrangemang för barn och unga.\n\nVi prioriterar ansökningar som:\n\n- når många unga\n- sker på landsbygden\n- görs i samarbete med skolan' },
  { id: 'U4', row: 'findPermittedUses (uses section, no list): a pointer to the rules as the first short paragraph', field: PU, want: null, wrong: 'riktlinjer',
    text: P + 'Vad kan bidraget användas till?\n\nLäs mer i riktlinjerna för bidraget som du hittar längst ner på sidan.\n\nKontakt\n\nKultur och fritid, telefon 0771-12 34 56.' },
  { id: 'U5', row: 'findPermittedUses (uses section, no list): the application period as the first short paragraph', field: PU, want: null, wrong: 'Ansökningsperioden',
    text: P + 'Vad kan du söka bidrag för?\n\nAnsökningsperioden är 1–31 mars varje år.\n\nHur ansöker jag?\n\nDu ansöker i kommunens e-tjänst.' },
  { id: 'U6', row: 'findPermittedUses (uses section sentence, kan-tacka): a pointer to the rules about uses', field: PU, want: null, wrong: 'Läs mer',
    text: P + 'Vad kan bidraget användas till?\n\nBidraget kan användas till lokalhyra, arvoden och material. Läs mer om vad bidraget får användas till i våra riktlinjer.' },
  { id: 'U7', row: 'findPermittedUses (uses section sentence, kan-tacka): a contact line about uses', field: PU, want: null, wrong: 'Kontakta',
    text: P + 'Vad kan bidraget användas till?\n\nBidraget kan användas till hyra av lokal och teknik. Kontakta oss om du är osäker på vad bidraget kan användas till.' },
  { id: 'U8', row: 'exempel-pa: examples of projects funded the year before, "fick"', field: PU, want: null, wrong: 'Sommarteater',
    text: P + 'Bidraget får användas till kulturprojekt.\n\nExempel på projekt som fick stöd 2024:\n\n- Sommarteater i Folkets park\n- Körfestival för unga\n- Berättarkväll på biblioteket' },
  { id: 'U9', row: 'exempel-pa: a news page\'s earlier granted projects, "tidigare beviljade"', field: PU, want: null, wrong: 'Hembygdsdagen',
    text: 'Nu kan föreningar söka kulturbidrag\n\nKulturnämnden öppnar årets utlysning. Ideella föreningar kan söka. Ansök senast 1 mars 2025.\n\nExempel på tidigare beviljade projekt:\n\n- Hembygdsdagen i Ås\n- Jazz på torget\n- Skrivarverkstad för unga' },
  { id: 'U10', row: 'kan-fa-stod: a lead over the recipients that may get the grant', field: PU, want: null, wrong: 'studieförbund',
    text: P + 'Följande organisationer kan få bidrag:\n\n- ideella föreningar\n- studieförbund\n- stiftelser med allmännyttigt syfte' },
  { id: 'U11', row: 'kan-fa-stod: a lead over the requirements on the association', field: PU, want: null, wrong: 'medlemmar',
    text: P + 'Föreningar som uppfyller kraven nedan kan få stöd:\n\n- har minst tio medlemmar\n- har antagna stadgar\n- har hållit årsmöte' },
  { id: 'U12', row: 'kan-ges-till: a lead over selection criteria ("kriterier")', field: PU, want: null, wrong: 'kommungränsen',
    text: P + 'Bidrag kan ges till projekt som uppfyller följande kriterier:\n\n- projektet når ut över kommungränsen\n- projektet har minst två samarbetsparter\n- projektet pågår högst ett år' },
  { id: 'U13', row: 'anvandas-till: a lead over what the application must describe', field: PU, want: null, wrong: 'antal deltagare',
    text: P + 'I ansökan ska ni beskriva vad bidraget ska användas till och redovisa:\n\n- tidplan\n- budget\n- antal deltagare' },
  { id: 'U14', row: 'bidrag-far-lamnas-for: "Inget bidrag lämnas för:" over the exclusions', field: PU, want: null, wrong: 'alkohol',
    text: P + 'Inget bidrag lämnas för:\n\n- alkohol\n- resor utomlands\n- investeringar i byggnader' },
  { id: 'U15', row: 'inline items after a USE lead: a documents line after the use sentence', field: PU, want: null, wrong: 'Redovisningsblankett',
    text: P + 'Bidraget får användas till lokalhyra och material. Dokument: Riktlinjer, Ansökningsblankett och Redovisningsblankett' },
  { id: 'U16', row: 'inline items after a USE lead: a contacts line after the use sentence', field: PU, want: null, wrong: 'Erik Lund',
    text: P + 'Bidraget kan användas till aktiviteter för barn. Frågor besvaras av: Anna Berg, Erik Lund eller Sara Ek' },
  { id: 'U17', row: 'pengarna-far-anvandas (no uses section): what the application must describe', field: PU, want: null, wrong: 'I ansökan ska ni beskriva',
    text: P + 'I ansökan ska ni beskriva vad bidraget ska användas till. Ansökan görs i e-tjänsten.' },
  { id: 'U18', row: 'pengarna-far-anvandas (no uses section): a reporting instruction\'s question', field: PU, want: null, wrong: 'slutrapporten',
    text: 'Så redovisar ni ert bidrag\n\nFöreningar som fått bidrag ska lämna en slutrapport senast 31 januari 2026. I slutrapporten ska ni redogöra för hur stödet ska användas för att nå målen framöver.' },
  { id: 'U19', row: 'bidraget-ska-ga-till: the association\'s bank account, not a use', field: PU, want: null, wrong: 'bankgiro',
    text: P + 'Bidraget betalas ut i april. Bidraget ska gå till föreningens eget bankgiro eller plusgiro.' },
  // ── excluded uses: an excluded heading takes every paragraph under it ──────────────────────────────────────────
  { id: 'E1', row: 'inte-anvandas (heading): a repayment rule under "Vad händer om bidraget inte används?"', field: EX, want: null, wrong: 'betalas tillbaka',
    text: P + 'Bidraget får användas till lokalhyra.\n\nVad händer om bidraget inte används?\n\nMedel som inte har använts ska betalas tillbaka till kommunen senast 31 januari 2026.' },
  { id: 'E2', row: 'inte-anvandas (heading): who cannot apply, listed under "Vem kan inte söka?"', field: EX, want: null, wrong: 'politiska partier',
    text: P + 'Bidraget får användas till lokalhyra.\n\nVem kan inte söka?\n\n- politiska partier\n- privatpersoner\n- kommunala bolag' },
  { id: 'E3', row: 'inte-anvandas (heading): a FAQ\'s question about the e-service', field: EX, want: null, wrong: 'servicecenter',
    text: P + 'Bidraget får användas till lokalhyra.\n\nVad gör jag om jag inte kan söka i e-tjänsten?\n\nKontakta kommunens servicecenter på telefon 010-123 45 67.' },
  { id: 'E4', row: 'inte-anvandas (heading) + headedItems: a FAQ\'s following questions taken as exclusions', field: EX, want: null, wrong: 'Vem kan söka',
    text: P + 'Vad kan bidraget inte användas till?\n\nBidraget kan inte användas till ordinarie verksamhet.\n\nVem kan söka?\n\nIdeella föreningar i kommunen.\n\nNär kan jag söka?\n\nAnsök senast 1 mars.\n\nHur redovisar jag?\n\nI e-tjänsten efter projektets slut.' },
  { id: 'E5', row: 'inte-anvandas (heading): "Om ni inte kan använda hela bidraget" over an extension rule', field: EX, want: null, wrong: 'förlängning',
    text: P + 'Bidraget får användas till lokalhyra.\n\nOm ni inte kan använda hela bidraget\n\nKontakta handläggaren och ansök om förlängning av projekttiden.' },
  // ── excluded uses: leads over lists of other roles ─────────────────────────────────────────────────────────────
  { id: 'E6', row: 'inte-beviljas (lead): applications that are refused', field: EX, want: null, wrong: 'sista ansökningsdag',
    text: P + 'Bidraget får användas till lokalhyra.\n\nFöljande ansökningar beviljas inte:\n\n- ansökningar som kommer in efter sista ansökningsdag\n- ofullständiga ansökningar' },
  { id: 'E7', row: 'inte-beviljas (lead): "Ersättning lämnas inte om:" over circumstances', field: EX, want: null, wrong: 'skulder',
    text: P + 'Bidraget får användas till lokalhyra.\n\nErsättning lämnas inte om:\n\n- ansökan har kommit in för sent\n- föreningen har skulder hos Kronofogden' },
  { id: 'E8', row: 'inte-beviljas (lead): "Bidrag beviljas inte om föreningen:" over recipient conditions', field: EX, want: null, wrong: 'stadgar',
    text: P + 'Bidraget får användas till lokalhyra.\n\nBidrag beviljas inte om föreningen:\n\n- saknar antagna stadgar\n- inte har hållit årsmöte' },
  { id: 'E9', row: 'funder-stoder-inte (lead): "Fonden beviljar inte stöd om ansökan:" over faults of the application', field: EX, want: null, wrong: 'budget',
    text: 'Stiftelsen Kulturfonden\n\nFonden delar ut stipendier till unga musiker. Ansök senast 1 mars 2025.\n\nFonden beviljar inte stöd om ansökan:\n\n- saknar budget\n- kommer in efter sista ansökningsdag' },
  // ── excluded uses: sentence rows on another subject, a cap, a year, a count ────────────────────────────────────
  { id: 'E10', row: 'far-inte-anvandas: the e-service cannot be used after the deadline', field: EX, want: null, wrong: 'e-tjänsten',
    text: P + 'Bidraget får användas till lokalhyra. E-tjänsten kan inte användas för att ansöka om bidrag efter 1 mars.' },
  { id: 'E11', row: 'far-inte-anvandas: an old form may not be used for reporting', field: EX, want: null, wrong: 'Blanketten',
    text: P + 'Bidraget får användas till lokalhyra. Blanketten från 2023 får inte användas för redovisning.' },
  { id: 'E12', row: 'far-adverb-inte-anvandas: an old form "kan därför inte användas för"', field: EX, want: null, wrong: 'blanketten',
    text: P + 'Bidraget får användas till lokalhyra. Reglerna har ändrats och den gamla blanketten kan därför inte användas för ansökningar 2025.' },
  { id: 'E13', row: 'kan-inte-sokas-till: a year not yet open', field: EX, want: null, wrong: '2026',
    text: P + 'Bidraget får användas till lokalhyra. Bidraget kan inte sökas för 2026 ännu.' },
  { id: 'E14', row: 'kan-inte-sokas-till: a limit on the number of years', field: EX, want: null, wrong: 'tre år',
    text: P + 'Bidraget får användas till lokalhyra. Medel kan inte sökas för fler än tre år i följd.' },
  { id: 'E15', row: 'beviljas-inte-for: a limit on the grant period', field: EX, want: null, wrong: 'längre period',
    text: P + 'Bidraget får användas till lokalhyra. Bidrag beviljas inte för längre period än ett år.' },
  { id: 'E16', row: 'beviljas-inte-for: a cap on the share of the costs', field: EX, want: null, wrong: '50 procent',
    text: P + 'Bidraget får användas till lokalhyra. Stöd lämnas inte för mer än 50 procent av projektets kostnader.' },
  { id: 'E17', row: 'beviljas-inte-for: late applications are not paid', field: EX, want: null, wrong: 'för sent',
    text: P + 'Bidraget får användas till lokalhyra. Bidrag betalas inte ut för ansökningar som kommit in för sent.' },
  { id: 'E18', row: 'ger-inte-bidrag: a count of projects per association', field: EX, want: null, wrong: 'fler än tre',
    text: P + 'Bidraget får användas till lokalhyra. Vi ger inte bidrag till fler än tre projekt per år och sökande.' },
  { id: 'E19', row: 'kan-inte-fa-stod: a count of applications per year', field: EX, want: null, wrong: 'två ansökningar',
    text: P + 'Bidraget får användas till lokalhyra. Du kan inte få stöd för fler än två ansökningar per år.' },
  { id: 'E20', row: 'far-inte-finansiera: a cap on the share of the costs', field: EX, want: null, wrong: '50 procent',
    text: P + 'Bidraget får användas till lokalhyra. Bidraget får inte finansiera mer än 50 procent av projektets totala kostnader.' },
  { id: 'E21', row: 'aktivitet-far-inte-stod: late projects (a deadline rule)', field: EX, want: null, wrong: 'efter 1 mars',
    text: P + 'Bidraget får användas till lokalhyra. Projekt som kommer in efter 1 mars får inte stöd.' },
  // ── evidence documents / underlag ──────────────────────────────────────────────────────────────────────────────
  { id: 'V1', row: 'skicka-ansokan-med: the log-in methods of the e-service', field: EV, want: null, wrong: 'Freja',
    text: P + 'Skicka in ansökan via e-tjänsten, där du loggar in med:\n\n- BankID\n- Freja eID' },
  { id: 'V2', row: 'kan-begara-in: the board may call for more applications', field: EV, want: null, wrong: 'utlysning',
    text: P + 'Kulturnämnden kan vid behov begära in fler ansökningar genom en ny utlysning.' },
  { id: 'V3', row: 'kan-begara-in: the kommun calls for tenders from contractors', field: EV, want: null, wrong: 'offerter',
    text: P + 'Kommunen kan begära in offerter från entreprenörer inför upphandlingen av den nya lokalen.' },
  { id: 'V4', row: 'ska-bifogas (sentence): a FAQ\'s question "Vad ska bifogas?"', field: EV, want: null, wrong: 'Vad ska bifogas',
    text: P + 'Vad ska bifogas? Det framgår av e-tjänsten när du fyller i ansökan.' },
  { id: 'V5', row: 'med-bifogad: the decision sent with its terms', field: EV, want: null, wrong: 'villkor',
    text: P + 'Beslutet skickas till föreningen med bifogade villkor för bidraget.' },
  { id: 'V6', row: 'med-bifogad: the payment with the kommun\'s specification', field: EV, want: null, wrong: 'specifikation',
    text: P + 'Kommunen betalar ut bidraget med bifogad specifikation i april.' },
  { id: 'V7', row: 'bifogas-present: a decision letter\'s requisition form sent by the agency', field: EV, want: null, wrong: 'Rekvisitionsblankett',
    text: 'Beslut om bidrag till föreningar\n\nKultur- och fritidsnämnden har beviljat er ansökan om bidrag med 20 000 kronor. Bidraget får användas till lokalhyra. Rekvisitionsblankett bifogas.' },
  { id: 'V8', row: 'vilka-underlag (heading): what the agency sends', field: EV, want: null, wrong: 'beslutsbrev',
    text: P + 'Vilka handlingar skickar kommunen till er?\n\nNär ansökan är behandlad skickar vi:\n\n- ett beslutsbrev\n- villkor för bidraget' },
  { id: 'V9', row: 'ska-bifogas (lead): "Följande bilagor ska inte skickas in:"', field: EV, want: null, wrong: 'originalkvitton',
    text: P + 'Följande bilagor ska inte skickas in:\n\n- originalkvitton\n- medlemsförteckningar' },
  { id: 'V10', row: 'ska-bifogas (lead, inline): obligatoriska bilagor named, then a contacts line', field: EV, want: null, wrong: 'Erik Lund',
    text: P + 'Obligatoriska bilagor laddas upp i e-tjänsten. Kontaktpersoner: Anna Berg, Erik Lund och Sara Ek' },
  { id: 'V11', row: 'dokument-att-inlamna: a pointer to pages, not the documents', field: EV, want: null, wrong: 'Blanketter',
    text: P + 'Handlingar som ska skickas in till kommunen finns på följande sidor:\n\n- Blanketter och mallar\n- Frågor och svar' },
  { id: 'V12', row: 'bifoga-till-redovisningen: a step that says what not to attach ("inga")', field: EV, want: null, wrong: 'originalkvitton',
    text: 'Så redovisar ni ert bidrag\n\nFöreningar som fått bidrag ska redovisa senast 31 januari 2026.\n\n1. Fyll i redovisningsblanketten.\n2. Bifoga inga originalkvitton till redovisningen, spara dem i sju år.\n3. Skicka redovisningen till kommunen.' },
  { id: 'V13', row: 'foljande-behovs-for-e-tjansten: requirements on the applicant, "Följande krävs för att söka:"', field: EV, want: null, wrong: 'medlemmar',
    text: P + 'Följande krävs för att söka:\n\n- föreningen har minst tio medlemmar\n- föreningen är registrerad i kommunens föreningsregister' },
  { id: 'V14', row: 'findEvidenceDocuments (underlag section): the steps of how to send, listed under the underlag heading', field: EV, want: null, wrong: 'Logga in',
    text: P + 'Vilka underlag kan ni behöva lämna in?\n\nVerksamhetsberättelse och budget.\n\nSå här skickar ni in:\n\n- Logga in i e-tjänsten\n- Fyll i formuläret\n- Klicka på Skicka' },
  // ── English and Nordic pages: no Swedish list row may read them ────────────────────────────────────────────────
  { id: 'N1', row: 'any use lead: an English page\'s list of who may apply', field: PU, want: null, wrong: 'charities',
    text: 'Community Grants 2025\n\nGrants may be used for project costs. Applications must be submitted by 1 March 2025.\n\nThe following can apply:\n\n- registered charities\n- community groups' },
  // ── the fixes keep their rows' right readings (paraphrases in other bodies' phrasing, constructed) ──────────────────
  { id: 'K1', row: 'uses section list (a region page)', field: PU, want: null, has: 'arvoden',
    text: 'Regionalt kulturstöd\n\nKulturföreningar i länet kan söka. Ansök senast 1 mars 2025.\n\nVad kan bidraget användas till?\n\nBidraget kan användas till:\n\n- lokalhyra\n- arvoden till medverkande' },
  { id: 'K2', row: 'inline items after a use lead', field: PU, want: null, has: 'marknadsföring',
    text: P + 'Stödet får användas till: lokalhyra, arvoden och marknadsföring' },
  { id: 'K3', row: 'inline items after a use lead, a sentence before it on the line', field: PU, want: null, has: 'material',
    text: P + 'Föreningen ansöker i e-tjänsten. Bidraget får användas till: hyra, material och resor' },
  { id: 'K4', row: 'inte-anvandas heading over its paragraph', field: EX, want: null, has: 'löner',
    text: 'Stiftelsens bidrag\n\nFonden delar ut bidrag till ungdomsföreningar. Ansök senast 1 mars 2025.\n\nVad kan pengarna inte användas till?\n\nPengarna kan inte användas till löner eller investeringar.' },
  { id: 'K5', row: 'beviljas-inte-for (a förordning\'s phrasing)', field: EX, want: null, has: 'byggnader',
    text: 'Förordning om statsbidrag till kulturprojekt\n\n1 § Statsbidrag får lämnas till ideella föreningar. Ansökan ska ha kommit in senast den 1 mars.\n\n2 § Stöd lämnas inte för investeringar i byggnader.' },
  { id: 'K6', row: 'kan-inte-sokas-till (a municipal page)', field: EX, want: null, has: 'löpande drift',
    text: P + 'Bidraget får användas till lokalhyra. Bidrag kan inte sökas för löpande drift.' },
  { id: 'K7', row: 'vilka-underlag heading over its list', field: EV, want: null, has: 'verksamhetsberättelse',
    text: P + 'Vilka handlingar ska skickas in?\n\n- verksamhetsberättelse\n- budget för året' },
  { id: 'K8', row: 'med-bifogad (a report\'s attachments)', field: EV, want: null, has: 'kvitton',
    text: 'Så redovisar ni bidraget\n\nFöreningar som fått bidrag redovisar i e-tjänsten. Redovisningen lämnas senast 31 januari 2026 med bifogade kvitton.' },
  { id: 'K9', row: 'ska-bifogas sentence', field: EV, want: null, has: 'Projektplan',
    text: P + 'Projektplan och budget ska bifogas ansökan.' },
  { id: 'K10', row: 'exempel-pa (what may be funded)', field: PU, want: null, has: 'konserter',
    text: P + 'Exempel på aktiviteter som kan få stöd:\n\n- konserter\n- utställningar' },
  { id: 'K11', row: 'pengarna-far-anvandas (a regeringsbeslut\'s sentence)', field: PU, want: null, has: 'anställa',
    text: 'Uppdrag att fördela statsbidrag\n\nRegeringen uppdrar åt länsstyrelserna att fördela bidrag till kommuner. Ansökan ska ha kommit in senast den 1 mars 2025. Medlen får användas till att anställa personal.' },
  { id: 'K12', row: 'skicka-ansokan-med (what goes with the application)', field: EV, want: null, has: 'stadgar',
    text: P + 'Skicka in ansökan senast den 1 mars med:\n\n- stadgar\n- senaste årsmötesprotokoll' },
  // the new suppressing rows (OTHER_ROLE_LEADS, HOW_TO_LEADS, pointer-paragraph, when-paragraph) leave a real use or underlag list alone
  { id: 'K13', row: 'foljande-kan-soka must not read "Följande kan ni söka bidrag för:"', field: PU, want: null, has: 'arvoden',
    text: P + 'Följande kan ni söka bidrag för:\n\n- lokalhyra\n- arvoden' },
  { id: 'K14', row: 'ansokan-ska-innehalla must not read a use lead of the money', field: PU, want: null, has: 'teknik',
    text: 'Stiftelsens projektbidrag\n\nStiftelsen delar ut bidrag till musikprojekt. Ansök senast 1 mars 2025.\n\nBidraget ska användas till:\n\n- hyra av teknik\n- resor för medverkande' },
  { id: 'K15', row: 'when-paragraph must not drop a short use paragraph under a uses heading', field: PU, want: null, has: 'sommarlovet',
    text: P + 'Vad kan du söka bidrag för?\n\nArrangemang för barn och unga under sommarlovet.' },
  { id: 'K16', row: 'HOW_TO_LEADS must not drop an underlag list under an underlag heading', field: EV, want: null, has: 'stadgar',
    text: P + 'Vilka underlag kan ni behöva lämna in?\n\nDessa handlingar ska bifogas:\n\n- stadgar\n- budget' },
];

describe('review71a: counter-probes of the older list rows and their readers give no wrong value', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.row}]`);
});
