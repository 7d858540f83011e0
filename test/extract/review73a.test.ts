import { describe, expect, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Adversarial review of the list fields, part 3 (stop 53, issue 12, helper review73a): constructed counter-probes of
// permitted_uses, excluded_uses and evidence_documents on the genres and shapes review71a and review72a (mostly grant pages)
// did not probe: a regeringsbeslut (uppdrag, villkor, a decision's "Medlen får användas till"), a förordning's paragraphs
// (§ "Bidrag får lämnas för" / "Bidrag får inte lämnas för"), an anvisning with numbered chapters and a table of costs, a
// reporting instruction ("Redovisningen ska innehålla", "Bifoga"), a utlysning with evaluation criteria and eligibility
// lists, an English or Nordic page; and list shapes: a table, a nested list, a list split by a page break or an image
// caption, a run of headings, a heading that changes role mid-way, a FAQ, a lead two sentences back, a list continued after
// a note. Each probe puts a list row's words on items of another role: criteria, priorities, what the report must hold,
// conditions, exceptions, personal-data uses, costs only reported, documents the agency sends, payment steps, contacts.
// `wrong`: a pattern whose presence in one of the field's items is the wrong value (the scorer's `no stray items`).
// `has`: a pattern one of the items must hold (a fix keeps its row's right reading).
// `open`: a wrong value left open after the fixes (said why in test/corpus/README.md); `it.fails` keeps it in view.

type Probe = { id: string; row: string; field: string; want: Want; text: string; wrong?: string; has?: string; open?: true };
const P = 'Bidrag till föreningar\n\nBidraget kan sökas av ideella föreningar i kommunen. Ansök senast 1 mars 2025.\n\n';
// a regeringsbeslut's head
const RB = 'Regeringsbeslut 2025-02-13, S2025/00123\n\nUppdrag att fördela medel till kommunerna\n\nRegeringen uppdrar åt Länsstyrelsen i Ekby län att fördela 8 000 000 kronor till kommunerna i länet. Rekvisition ska ha kommit in senast den 1 april 2025.\n\n';
// a förordning's head
const FO = 'Förordning (2025:123) om statsbidrag till lokala kulturprojekt\n\n1 § Denna förordning innehåller bestämmelser om statsbidrag till ideella föreningar för lokala kulturprojekt. Ansökan ska ha kommit in senast den 1 mars.\n\n';
// an anvisning's head with numbered chapters
const AN = 'Anvisning för statsbidrag till kommunernas arbete mot ensamhet 2025\n\n1 Om statsbidraget\n\nKommuner kan rekvirera statsbidraget senast den 30 april 2025. Totalt finns 100 000 000 kronor.\n\n';
// a reporting instruction's head
const RE = 'Så redovisar ni kulturbidraget 2025\n\nFöreningar som har fått kulturbidrag ska redovisa senast den 31 januari 2026.\n\n';
// a utlysning's head
const UT = 'Utlysning: Innovation i kulturella och kreativa näringar 2025\n\nRegionen utlyser 3 000 000 kronor till projekt i länet. Sista ansökningsdag är den 15 mars 2025.\n\n';
const PU = 'permitted_uses';
const EX = 'excluded_uses';
const EV = 'evidence_documents';

export const PROBES: Probe[] = [
  // ── a regeringsbeslut ───────────────────────────────────────────────────────────────────────────────────────────
  { id: 'G1', row: 'pengarna-far-anvandas: a decision\'s line about follow-up data ("stöd kan användas för statistik")', field: PU, want: null, wrong: 'statistik',
    text: RB + 'Uppgifter om lämnat stöd kan användas för statistik och Regeringskansliets uppföljning.' },
  { id: 'G2', row: 'noun-kan-anvanda: the agency\'s knowledge support the regions may use, not the money', field: PU, want: null, wrong: 'vägledning',
    text: RB + 'Kommunerna kan även använda Socialstyrelsens kunskapsstöd för:\n\n- vägledning i arbetet\n- utbildning av personal' },
  { id: 'G3', row: 'vad-kan-anvandas (uses section, "Användning av statsbidraget"): how unused money is paid back', field: PU, want: null, wrong: 'bankgiro',
    text: RB + 'Användning av statsbidraget\n\nStatsbidraget får användas till personalkostnader.\n\nMedel som inte har använts ska betalas tillbaka:\n\n- återbetalningen görs till Länsstyrelsens bankgiro 123-4567\n- ange diarienummer som referens' },
  { id: 'G4', row: 'ska-bifogas (lead, "ska skickas med"): where the requisition is e-mailed', field: EV, want: null, wrong: 'registrator',
    text: RB + 'Rekvisitionen ska skickas med e-post till:\n\n- registrator@ekby.lst.se\n- kopia till handläggaren' },
  { id: 'G5', row: 'usesInSentences: a decision with villkor as numbered items (no wrong value: items are not read as use rules)', field: EX, want: null, wrong: 'överklagas',
    text: RB + 'Villkor\n\n1. Medlen får användas till insatser mot ensamhet.\n2. Beslutet får inte överklagas.\n3. Redovisning ska lämnas senast den 31 mars 2026.' },
  // ── a förordning ────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'F1', row: 'bidrag-far-lamnas-for / far-inte-ges-lead: § 3 and § 5 lists keep their roles (uses)', field: PU, want: null, wrong: 'investeringar',
    text: FO + '3 § Bidrag får lämnas för\n\n1. lokalhyra,\n2. arvoden till medverkande.\n\n5 § Bidrag får inte lämnas för\n\n1. investeringar i byggnader,\n2. löpande drift.' },
  { id: 'F2', row: 'bidrag-far-lamnas-for / far-inte-ges-lead: § 3 and § 5 lists keep their roles (excluded)', field: EX, want: null, wrong: 'lokalhyra',
    text: FO + '3 § Bidrag får lämnas för\n\n1. lokalhyra,\n2. arvoden till medverkande.\n\n5 § Bidrag får inte lämnas för\n\n1. investeringar i byggnader,\n2. löpande drift.' },
  { id: 'F6', row: 'beviljas-inte-for (sentence): § 5\'s lead "Bidrag får inte lämnas för" taken as an item beside its own items', field: EX, want: null, wrong: '5 §',
    text: FO + '3 § Bidrag får lämnas för\n\n1. lokalhyra,\n2. arvoden till medverkande.\n\n5 § Bidrag får inte lämnas för\n\n1. investeringar i byggnader,\n2. löpande drift.' },
  { id: 'F3', row: 'excluded sentences on items: a repayment paragraph\'s grounds', field: EX, want: null, wrong: 'oriktiga',
    text: FO + '3 § Bidrag får lämnas för lokalhyra och arvoden.\n\n12 § Mottagaren är återbetalningsskyldig om\n\n1. mottagaren har lämnat oriktiga uppgifter,\n2. bidraget inte har använts för det ändamål det har lämnats för.' },
  { id: 'F4', row: 'kan-begara-in: the agency\'s right to ask for follow-up data', field: EV, want: null, wrong: 'utvärdera',
    text: FO + '3 § Bidrag får lämnas för lokalhyra och arvoden.\n\n14 § Myndigheten får från mottagaren begära in de uppgifter som behövs för att följa upp och utvärdera bidraget.' },
  { id: 'F5', row: 'bidrag-far-lamnas-for: a förordning § listing the recipients ("får lämnas till")', field: PU, want: null, wrong: 'trossamfund',
    text: FO + '4 § Bidrag får lämnas till\n\n1. ideella föreningar,\n2. registrerade trossamfund.' },
  // ── an anvisning with numbered chapters and a cost table ───────────────────────────────────────────────────────
  { id: 'A1', row: 'uses section first-paragraph fallback: a table\'s caption under the uses chapter', field: PU, want: null, wrong: 'Tabell',
    text: AN + '3 Vad får statsbidraget användas till?\n\nTabell 1 visar vilka kostnader som är stödberättigande.\n\n| Kostnadsslag | Stödberättigande |\n|---|---|\n| Personal | Ja |\n| Moms | Nej |\n\n4 Redovisning\n\nRedovisa senast den 31 mars 2026.' },
  { id: 'A2', row: 'excluded section paragraphs: a table\'s caption under the excluded chapter', field: EX, want: null, wrong: 'Tabell',
    text: AN + '3 Vad får statsbidraget inte användas till?\n\nTabell 2 visar de kostnader som inte godkänns.\n\n| Kostnadsslag | Godkänns |\n|---|---|\n| Representation | Nej |\n| Alkohol | Nej |\n\n4 Redovisning\n\nRedovisa senast den 31 mars 2026.' },
  { id: 'A6', row: 'uses section first-paragraph fallback: a table\'s caption under an unnumbered uses heading', field: PU, want: null, wrong: 'Tabell',
    text: AN + '## Vad får statsbidraget användas till?\n\nTabell 1 visar vilka kostnader som är stödberättigande.\n\n| Kostnadsslag | Stödberättigande |\n|---|---|\n| Personal | Ja |\n| Moms | Nej |\n\n## Redovisning\n\nRedovisa senast den 31 mars 2026.' },
  { id: 'A7', row: 'excluded section paragraphs: a table\'s caption under an unnumbered excluded heading', field: EX, want: null, wrong: 'Tabell',
    text: AN + '## Vad får statsbidraget inte användas till?\n\nTabell 2 visar de kostnader som inte godkänns.\n\n| Kostnadsslag | Godkänns |\n|---|---|\n| Representation | Nej |\n| Alkohol | Nej |\n\n## Redovisning\n\nRedovisa senast den 31 mars 2026.' },
  { id: 'A3', row: 'vad-kan-anvandas ("Användning av statsbidraget och återrapportering"): what the report must state', field: PU, want: null, wrong: 'antal deltagare',
    text: AN + '## Användning av statsbidraget och återrapportering\n\nStatsbidraget får användas till aktiviteter mot ensamhet.\n\nI återrapporteringen ska ni ange:\n\n- antal deltagare\n- vilka aktiviteter som genomförts' },
  { id: 'A4', row: 'uses section takes every list: the conditions for costs before the decision', field: PU, want: null, wrong: 'före den 1 mars',
    text: AN + '## Vad kan ni använda statsbidraget till?\n\nStatsbidraget kan användas till personal och lokaler.\n\nKostnader som uppstått före beslutet kan ersättas om:\n\n- kommunen har rekvirerat före den 1 mars\n- kostnaderna avser 2025' },
  { id: 'A5', row: 'uses section takes every list: costs reported in the budget that the grant does not pay', field: PU, want: null, wrong: 'egen insats',
    text: AN + '## Vad kan ni använda statsbidraget till?\n\nStatsbidraget kan användas till personal och lokaler.\n\nKostnader som ska redovisas i budgeten men som inte täcks av statsbidraget:\n\n- egen insats i form av ideellt arbete\n- lokaler som kommunen äger' },
  // ── a reporting instruction ─────────────────────────────────────────────────────────────────────────────────────
  { id: 'R1', row: 'vilka-underlag ("Underlag ska sparas"): who may ask to see them', field: EV, want: null, wrong: 'revisorer',
    text: RE + 'Underlag ska sparas\n\n- kvitton\n- fakturor\n\nUnderlagen ska kunna visas upp på begäran av:\n\n- kommunens revisorer\n- kultur- och fritidsförvaltningen' },
  { id: 'R2', row: 'vilka-underlag (underlag section): the documents the kommun sends back', field: EV, want: null, wrong: 'beslut om slutligt',
    text: RE + 'Vilka handlingar ska skickas in?\n\n- verksamhetsberättelse\n- ekonomisk redovisning\n\nNär redovisningen är godkänd skickar vi:\n\n- ett kvitto på att redovisningen är godkänd\n- ett beslut om slutligt bidrag' },
  { id: 'R3', row: 'ska-bifogas (lead, "ska skickas med"): the report sent by post to an address', field: EV, want: null, wrong: 'Box 55',
    text: RE + 'Redovisningen måste skickas med post senast den 31 januari till:\n\n- Kulturförvaltningen\n- Box 55\n- 123 45 Ekby' },
  { id: 'R4', row: 'bifoga-till-redovisningen / UNDERLAG_LEADS: a report\'s contents list is no underlag', field: EV, want: null, wrong: 'antal deltagare',
    text: RE + 'Redovisningen ska innehålla:\n\n- en beskrivning av vad ni har gjort\n- antal deltagare\n\nBifoga följande till redovisningen:\n\n- kopior av kvitton\n- resultaträkning' },
  { id: 'R6', row: 'bifoga-till-redovisningen (sentence): the lead "Bifoga följande till redovisningen:" taken as an item beside its own items', field: EV, want: null, wrong: 'Bifoga följande',
    text: RE + 'Redovisningen ska innehålla:\n\n- en beskrivning av vad ni har gjort\n- antal deltagare\n\nBifoga följande till redovisningen:\n\n- kopior av kvitton\n- resultaträkning' },
  { id: 'R5', row: 'vilka-underlag section: the steps to send the report in', field: EV, want: null, wrong: 'e-tjänsten',
    text: RE + 'Vilka underlag ska lämnas in?\n\nEn ekonomisk redovisning och en verksamhetsberättelse.\n\nSå skickar ni in redovisningen:\n\n- gå in i e-tjänsten Mina sidor\n- ladda upp filerna' },
  // ── a utlysning ─────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'U1', row: 'vad-kan-du-soka-for (a heading that changes role, "… och hur bedöms ansökan?"): the assessment criteria', field: PU, want: null, wrong: 'nyhetsvärde',
    text: UT + 'Vad kan ni söka medel för och hur bedöms ansökan?\n\nNi kan söka medel för förstudier och genomförandeprojekt.\n\nAnsökan bedöms utifrån:\n\n- projektets nyhetsvärde\n- förmåga att genomföra projektet' },
  { id: 'U2', row: 'vad-kan-du-soka-for (uses section): the eligibility a project must meet', field: PU, want: null, wrong: 'två parter',
    text: UT + 'Vad kan du söka stöd för?\n\nDu kan söka stöd för förstudier och genomförandeprojekt.\n\nFör att kunna få stöd måste projektet:\n\n- ha minst två parter\n- pågå i högst 24 månader' },
  { id: 'U3', row: 'kan-ges-till (lead): eligibility criteria as the items', field: PU, want: null, wrong: 'samarbetsparter',
    text: UT + 'Stöd kan ges till projekt som:\n\n- har minst två samarbetsparter\n- pågår i högst två år\n- genomförs i länet' },
  { id: 'U4', row: 'vad-kan-du-soka-for (uses section): the funder\'s priorities "kommer särskilt att prioritera"', field: PU, want: null, wrong: 'många unga',
    text: UT + 'Vad kan ni söka medel för?\n\nNi kan söka medel för utvecklingsprojekt.\n\nVi kommer särskilt att prioritera projekt som:\n\n- når många unga\n- sker i samverkan med skolan' },
  { id: 'U5', row: 'exempel-pa: projects already carried out ("som genomförts")', field: PU, want: null, wrong: 'Spelhackaton',
    text: UT + 'Exempel på projekt som genomförts med stöd från regionen:\n\n- Spelhackaton i Ekby\n- Modevecka för unga formgivare' },
  { id: 'U6', row: 'exempel-pa: costs that are the applicant\'s own contribution, only reported', field: PU, want: null, wrong: 'ideellt arbete',
    text: UT + 'Exempel på kostnader som ska redovisas som egen insats:\n\n- ideellt arbete\n- lokaler som sökanden själv äger' },
  // ── an English or Nordic page ───────────────────────────────────────────────────────────────────────────────────
  { id: 'N1', row: 'uses section first-paragraph fallback: an English guide to a Swedish form\'s question', field: PU, want: null, wrong: 'Describe',
    text: 'How to fill in the application form 2025\n\nThe form must be submitted by 1 March 2025. Below, each question of the form is explained.\n\nVad ska bidraget användas till?\n\nDescribe your planned costs in at most 200 words.\n\nBudget\n\nEnter all amounts in kronor.' },
  { id: 'N2', row: 'any Swedish row: a Danish page\'s list of what is not funded', field: EX, want: null, wrong: 'lønninger',
    text: 'Puljen til lokale kulturprojekter 2025\n\nForeninger kan søge om tilskud. Ansøgningsfristen er 1. marts 2025.\n\nDer ydes ikke tilskud til:\n\n- lønninger\n- anlægsudgifter' },
  { id: 'N3', row: 'any excluded row: an English page\'s picture rights ("får inte användas" quoted in Swedish)', field: EX, want: null, wrong: 'Pressbilderna',
    text: 'Kulturstöd 2025 – pressmeddelande\n\nRegionen fördelar 2 000 000 kronor till kulturföreningar. Ansök senast 1 mars 2025.\n\nPressbilderna får inte användas för kommersiella ändamål.' },
  // ── a FAQ ───────────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'Q1', row: 'inte-anvandas (heading): a FAQ\'s question about money not used in time', field: EX, want: null, wrong: 'förlängning',
    text: P + 'Bidraget får användas till lokalhyra.\n\nVad gäller om vi inte hinner använda bidraget?\n\nAnsök om förlängning senast den 30 november.' },
  { id: 'Q2', row: 'inte-anvandas (heading): a FAQ\'s question about the log-in', field: EX, want: null, wrong: 'pappersblankett',
    text: P + 'Bidraget får användas till lokalhyra.\n\nJag kan inte använda BankID – hur gör jag?\n\nDu kan ansöka på en pappersblankett som du hittar under Blanketter.' },
  { id: 'Q3', row: 'headedItems: a FAQ\'s next entries written without question marks', field: EX, want: null, wrong: 'Vem kan söka',
    text: P + 'Det här kan bidraget inte användas till\n\nBidraget kan inte användas till ordinarie verksamhet.\n\nVem kan söka\n\nIdeella föreningar i kommunen.\n\nHur mycket kan man få\n\nHögst 20 000 kronor per år.\n\nHur lång tid tar handläggningen\n\nCirka sex veckor.' },
  { id: 'Q4', row: 'uses section first-paragraph fallback: a FAQ\'s answer that points to the rules', field: PU, want: null, wrong: 'riktlinjerna',
    text: P + 'Vad får bidraget användas till?\n\nDet står i riktlinjerna, som du hittar under Dokument.\n\nNär får vi besked?\n\nI april.' },
  // ── list shapes ─────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'S1', row: 'uses section takes every item: a nested list of exceptions ("dock inte:")', field: PU, want: null, wrong: 'styrelsen',
    text: P + 'Vad kan bidraget användas till?\n\n- lokalhyra\n- arvoden, dock inte:\n  - arvoden till styrelsen\n  - löner till anställda' },
  { id: 'S2', row: 'anvandas-till (lead): a nested list of exceptions under one item', field: PU, want: null, wrong: 'styrelsen',
    text: P + 'Bidraget får användas till:\n\n- lokalhyra\n- arvoden, dock inte:\n  - arvoden till styrelsen\n  - löner till anställda' },
  { id: 'S3', row: 'excluded section: a nested list of exceptions ("utom:") that are allowed', field: EX, want: null, wrong: 'inom länet',
    text: P + '## Detta stöds inte\n\n- alkohol\n- resor, utom:\n  - resor inom länet\n  - resor med kollektivtrafik' },
  { id: 'S4', row: 'excluded section paragraphs: an image caption', field: EX, want: null, wrong: 'Foto',
    text: P + 'Vad kan bidraget inte användas till?\n\nBidraget kan inte användas till löner eller investeringar.\n\nFoto: Anna Berg' },
  { id: 'S5', row: 'excluded section paragraphs: a page footer between pages', field: EX, want: null, wrong: 'Sida',
    text: P + 'Vad kan bidraget inte användas till?\n\nBidraget kan inte användas till löner.\n\nSida 2 av 4\n\nEkby kommun, Kultur och fritid, 2025-01-15' },
  { id: 'S6', row: 'uses section first-paragraph fallback: an image caption right under the heading', field: PU, want: null, wrong: 'Foto',
    text: P + 'Vad kan du söka bidrag för?\n\nFoto: Barn som dansar på festivalen 2024.\n\nKontakt\n\nKultur och fritid, telefon 0771-12 34 56.' },
  { id: 'S7', row: 'uses section takes every list: a note\'s list of what is NOT included ("inte ingår")', field: PU, want: null, wrong: 'moms',
    text: P + 'Vad kan bidraget användas till?\n\n- lokalhyra\n- material\n\nObservera att följande inte ingår:\n\n- moms\n- förtäring' },
  { id: 'S8', row: 'kostnader-som-ersatts (uses section): a list of costs that are not paid ("ersätts inte")', field: PU, want: null, wrong: 'alkohol',
    text: P + 'Godkända kostnader\n\n- lokalhyra\n- arvoden\n\nFöljande ersätts inte:\n\n- alkohol\n- priser och gåvor' },
  { id: 'S9', row: 'anvandas-till (lead two sentences back): what the application must describe after the use sentence', field: PU, want: null, wrong: 'tidplan',
    text: P + 'Bidraget får användas till lokalhyra och material. I ansökan ska ni också redogöra för\n\n- tidplan\n- budget' },
  { id: 'S10', row: 'anvandas-till (lead two sentences back): what the report must hold', field: PU, want: null, wrong: 'kvitton',
    text: P + 'Stödet får användas till investeringar. Det ska redovisas senast den 31 januari med\n\n- kvitton\n- en kort rapport' },
  { id: 'S11', row: 'vad-kan-anvandas (a heading that changes role, "… och hur ansöker man?"): the application steps', field: PU, want: null, wrong: 'e-tjänsten',
    text: P + 'Vad kan bidraget användas till och hur ansöker man?\n\nBidraget kan användas till lokalhyra.\n\nDu ansöker genom att:\n\n- fylla i formuläret i e-tjänsten\n- bifoga en budget' },
  { id: 'S12', row: 'excluded section (listed): a contacts list after the exclusions', field: EX, want: null, wrong: 'Anna Berg',
    text: P + '## Detta stöds inte\n\n- alkohol\n- resor utomlands\n\nHar ni frågor? Kontakta:\n\n- Anna Berg, 0771-12 34 56\n- Erik Lund, 0771-65 43 21' },
  { id: 'S13', row: 'excluded section (listed): the exceptions that are allowed ("Undantag görs för:")', field: EX, want: null, wrong: 'instrument',
    text: P + 'Vad kan bidraget inte användas till?\n\n- investeringar\n- löpande drift\n\nUndantag görs för:\n\n- inköp av instrument\n- enklare teknik' },
  { id: 'S14', row: 'excluded section (listed): the payment instalments after the exclusions', field: EX, want: null, wrong: '70 procent',
    text: P + '## Detta stöds inte\n\n- alkohol\n- resor utomlands\n\nBidraget betalas ut i två delar:\n\n- 70 procent efter beslut\n- 30 procent efter redovisning' },
  { id: 'S15', row: 'vad-kan-anvandas (uses section): the assessment list "Vid bedömningen tar vi hänsyn till:"', field: PU, want: null, wrong: 'kvalitet',
    text: P + 'Vad kan bidraget användas till?\n\nBidraget kan användas till kulturarrangemang.\n\nVid bedömningen tar vi hänsyn till:\n\n- konstnärlig kvalitet\n- hur många som nås' },
  // ── other roles behind a list row's words ──────────────────────────────────────────────────────────────────────
  { id: 'O1', row: 'for-utbetalning (underlag heading): the conditions for the payment', field: EV, want: null, wrong: 'förra året',
    text: P + 'För utbetalning krävs:\n\n- att redovisningen för förra året är godkänd\n- att föreningen har ett eget bankgiro' },
  { id: 'O2', row: 'ska-bifogas (lead, "obligatoriska bilagor"): how the funder gets in touch', field: EV, want: null, wrong: 'telefon',
    text: P + 'Om obligatoriska bilagor saknas kontaktar vi dig via:\n\n- e-post\n- telefon' },
  { id: 'O3', row: 'ska-bifogas (inline lead, "obligatoriska bilagor"): who answers questions about them', field: EV, want: null, wrong: 'Erik Lund',
    text: P + 'Frågor om obligatoriska bilagor besvaras av: Anna Berg och Erik Lund' },
  { id: 'O4', row: 'vilka-underlag (underlag section): what the funder gives when the application is granted', field: EV, want: null, wrong: 'beslutsbrev',
    text: P + 'Vilka handlingar ska skickas in?\n\n- stadgar\n- budget\n\nNär ansökan är beviljad får ni:\n\n- ett beslutsbrev\n- en blankett för redovisning' },
  { id: 'O5', row: 'kan-fa-stod (lead): the kommun\'s advice service, not the money', field: PU, want: null, wrong: 'bokföring',
    text: P + 'Hos föreningsservice kan föreningar få stöd med:\n\n- bokföring\n- att skriva stadgar' },
  { id: 'O6', row: 'kan-fa-stod (lead): the steps to be reimbursed ("genom att:")', field: PU, want: null, wrong: 'blanketten',
    text: P + 'Ni kan få ersättning genom att:\n\n- fylla i blanketten\n- skicka in kvitton' },
  { id: 'O7', row: 'anvandas-till (lead): the personal data notice ("Personuppgifterna kan användas till:")', field: PU, want: null, wrong: 'statistik',
    text: P + 'Bidraget får användas till lokalhyra.\n\nPersonuppgifterna kan användas till:\n\n- handläggning av ansökan\n- statistik' },
  { id: 'O8', row: 'anvandas-till (inline lead): the personal data notice on one line', field: PU, want: null, wrong: 'statistik',
    text: P + 'Bidraget får användas till lokalhyra.\n\nDina personuppgifter kan användas för: handläggning, statistik och uppföljning' },
  { id: 'O9', row: 'far-inte-anvandas: the personal data may not be used otherwise', field: EX, want: null, wrong: 'Personuppgifterna',
    text: P + 'Bidraget får användas till lokalhyra. Personuppgifterna får inte användas för andra ändamål än handläggningen.' },
  { id: 'O10', row: 'anvandas-till (lead): the hall\'s rules of use, not the money\'s', field: PU, want: null, wrong: 'fester',
    text: P + 'Bidraget gäller hyran av Folkets hus. Lokalen får användas till:\n\n- möten\n- fester utan alkohol' },
  { id: 'O11', row: 'far-inte-anvandas: the hall may not be used for parties', field: EX, want: null, wrong: 'Lokalen',
    text: P + 'Bidraget får användas till lokalhyra. Lokalen får inte användas för fester efter klockan 22.' },
  // ── the fixes, in other bodies' phrasing: each new or widened row's paraphrases must give no wrong value ─────────────
  { id: 'P1', row: 'negated-lead (a kommun page): "Tänk på att dessa kostnader inte godkänns:" under a uses heading', field: PU, want: null, wrong: 'representation',
    text: P + 'Vad kan ni söka bidrag för?\n\n- hyra av lokal\n- marknadsföring\n\nTänk på att dessa kostnader inte godkänns:\n\n- representation\n- gåvor' },
  { id: 'P2', row: 'negated-lead (a region page): "Följande räknas inte som projektkostnader:"', field: PU, want: null, wrong: 'ordinarie löner',
    text: 'Regionalt projektstöd\n\nKulturföreningar i länet kan söka. Ansök senast 1 mars 2025.\n\nVad får stödet användas till?\n\n- hyra\n- arvoden\n\nFöljande räknas inte som projektkostnader:\n\n- ordinarie löner\n- avskrivningar' },
  { id: 'P3', row: 'bedoms-utifran (a foundation): "Vi bedömer ansökan efter följande:" under a uses heading', field: PU, want: null, wrong: 'genomförbarhet',
    text: 'Stiftelsen Musikfonden\n\nStiftelsen delar ut bidrag till unga musiker. Ansök senast 1 mars 2025.\n\nVad kan du söka för?\n\nDu kan söka för kurser och instrument.\n\nVi bedömer ansökan efter följande:\n\n- relevans\n- genomförbarhet' },
  { id: 'P4', row: 'for-att-fa-stod-maste (a kommun page): "För att beviljas bidrag ska föreningen:"', field: PU, want: null, wrong: 'medlemmar',
    text: P + 'Vad kan bidraget användas till?\n\nBidraget kan användas till lokalhyra.\n\nFör att beviljas bidrag ska föreningen:\n\n- ha minst tio medlemmar\n- ha hållit årsmöte' },
  { id: 'P5', row: 'ersatts-om (a region): "Resekostnader ersätts endast om:"', field: PU, want: null, wrong: 'kollektivtrafik',
    text: P + 'Godkända kostnader\n\n- lokalhyra\n- resor\n\nResekostnader ersätts endast om:\n\n- resan sker med kollektivtrafik\n- kvitto finns' },
  { id: 'P6', row: 'betalas-tillbaka-lead (a länsstyrelse): "Bidrag som inte används ska återbetalas enligt följande:"', field: PU, want: null, wrong: '30 dagar',
    text: RB + 'Vad får medlen användas till?\n\n- personal\n- lokaler\n\nBidrag som inte används ska återbetalas enligt följande:\n\n- inom 30 dagar efter projektets slut\n- till Länsstyrelsens plusgiro' },
  { id: 'P7', row: 'genom-att-steg (a decision): "Ni rekvirerar genom att:" under a uses heading', field: PU, want: null, wrong: 'rekvisitionen',
    text: RB + 'Vad får medlen användas till?\n\n- personal\n- lokaler\n\nNi rekvirerar genom att:\n\n- logga in i e-tjänsten\n- fylla i rekvisitionen' },
  { id: 'P8', row: 'skickar-vi-lead (a kommun): "Efter beslut skickar förvaltningen:" under an underlag heading', field: EV, want: null, wrong: 'avtal',
    text: P + 'Vilka underlag ska lämnas in?\n\n- budget\n- verksamhetsplan\n\nEfter beslut skickar förvaltningen:\n\n- ett avtal\n- en faktureringsmall' },
  { id: 'P9', row: 'ska-bifogas unless (a region): "Ansökan med bilagor ska skickas med e-post till:"', field: EV, want: null, wrong: 'kultur@',
    text: P + 'Ansökan med bilagor ska skickas med e-post till:\n\n- kultur@ekby.se\n- diarium@ekby.se' },
  { id: 'P10', row: 'ska-bifogas unless (a foundation): "Saknas obligatoriska bilagor hör vi av oss via:"', field: EV, want: null, wrong: 'sms',
    text: 'Stiftelsens bidrag\n\nFonden delar ut bidrag till ungdomsföreningar. Ansök senast 1 mars 2025.\n\nSaknas obligatoriska bilagor hör vi av oss via:\n\n- sms\n- e-post' },
  { id: 'P11', row: 'NOT_MONEY_SUBJECT in anvandas-till: "Informationen i ansökan kan användas till:"', field: PU, want: null, wrong: 'forskning',
    text: P + 'Bidraget får användas till lokalhyra.\n\nInformationen i ansökan kan användas till:\n\n- statistik\n- forskning' },
  { id: 'P12', row: 'NOT_MONEY_SUBJECT in pengarna-far-anvandas: a regeringsbeslut\'s "Era uppgifter om stödet får användas för uppföljning"', field: PU, want: null, wrong: 'uppföljning',
    text: RB + 'Era uppgifter om stödet får användas för uppföljning av satsningen.' },
  { id: 'P13', row: 'exempel-pa (past, a region): "Exempel på aktiviteter som stöddes 2024:"', field: PU, want: null, wrong: 'Jazzkväll',
    text: P + 'Exempel på aktiviteter som stöddes 2024:\n\n- Jazzkväll i parken\n- Slöjdläger' },
  { id: 'P14', row: 'exempel-pa (own costs, a foundation): "Exempel på kostnader som sökanden själv står för:"', field: PU, want: null, wrong: 'försäkring',
    text: 'Stiftelsens bidrag\n\nFonden delar ut bidrag till ungdomsföreningar. Ansök senast 1 mars 2025.\n\nExempel på kostnader som sökanden själv står för:\n\n- försäkring\n- kost' },
  { id: 'P15', row: 'vi-prioriterar widened (a nämnd): "Nämnden kommer främst att prioritera ansökningar som:"', field: PU, want: null, wrong: 'äldre',
    text: P + 'Vad kan bidraget användas till?\n\nBidraget kan användas till kulturarrangemang.\n\nNämnden kommer främst att prioritera ansökningar som:\n\n- når äldre\n- sker på landsbygden' },
  { id: 'P16', row: 'ansokan-ska-innehalla widened (a region\'s report): "I rapporteringen ska framgå:"', field: PU, want: null, wrong: 'besökare',
    text: P + 'Vad kan bidraget användas till?\n\nBidraget kan användas till arrangemang.\n\nI rapporteringen ska framgå:\n\n- antal besökare\n- kostnader' },
  { id: 'P17', row: 'caption-paragraph (a kommun page): a picture caption under the uses heading', field: PU, want: null, wrong: 'Körsångare',
    text: P + 'Vad kan bidraget användas till?\n\nBild: Körsångare i Ekby kyrka.\n\nKontakt\n\nKultur och fritid, telefon 0771-12 34 56.' },
  { id: 'P18', row: 'footer-paragraph (a PDF anvisning): a page number under the excluded heading', field: EX, want: null, wrong: 'Sidan',
    text: AN + '## Vad får statsbidraget inte användas till?\n\nStatsbidraget får inte användas till investeringar.\n\nSidan 4 (9)' },
  { id: 'P19', row: 'question-heading (a region FAQ): the run stops at "Vad kostar det"', field: EX, want: null, wrong: 'Vad kostar',
    text: P + 'Detta går det inte att söka stöd till\n\nOrdinarie drift ger inget stöd.\n\nVad kostar det\n\nInget.\n\nNär får vi svar\n\nI april.\n\nVilka kan söka\n\nFöreningar.' },
  { id: 'P20', row: 'undantag-lead (a länsstyrelse): "Med undantag för:" under the exclusions', field: EX, want: null, wrong: 'kollektivtrafik',
    text: P + 'Vad kan bidraget inte användas till?\n\n- resor\n- investeringar\n\nMed undantag för:\n\n- resor med kollektivtrafik' },
  { id: 'P21', row: 'dock-inte-item (a region): "material, men inte:" with its nested items', field: PU, want: null, wrong: 'datorer',
    text: P + 'Stödet får användas till:\n\n- hyra\n- material, men inte:\n  - datorer\n  - mobiltelefoner' },
  { id: 'P22', row: 'criterion-item (a kommun): "Bidrag kan ges till insatser som:" + criteria', field: PU, want: null, wrong: 'sex månader',
    text: P + 'Bidrag kan ges till insatser som:\n\n- pågår i minst sex månader\n- bedrivs i kommunen' },
  { id: 'P23', row: 'inte-anvandas unless widened (a FAQ): "Vi hinner inte använda hela bidraget – vad gäller?"', field: EX, want: null, wrong: 'handläggaren',
    text: P + 'Bidraget får användas till lokalhyra.\n\nVi hinner inte använda pengarna i år – vad gäller då?\n\nKontakta handläggaren eller skriv till oss före 30 november.' },
  { id: 'P24', row: 'leadText (last sentence without a stop): "Ansökan ska kompletteras med"', field: PU, want: null, wrong: 'CV',
    text: P + 'Medlen får användas till personal. Ansökan ska kompletteras med\n\n- budget\n- CV för projektledaren' },
  { id: 'P25', row: 'F6 shape (another förordning): "6 § Statsbidrag får inte ges för" as an item beside its items', field: EX, want: null, wrong: '6 §',
    text: FO + '6 § Statsbidrag får inte ges för\n\n1. löpande verksamhet,\n2. skulder.' },
  { id: 'P26', row: 'bifoga-till-redovisningen unless: "Bifoga dessa handlingar till slutrapporten:"', field: EV, want: null, wrong: 'Bifoga dessa',
    text: RE + 'Bifoga dessa handlingar till slutrapporten:\n\n- resultaträkning\n- kopior av fakturor' },
  { id: 'P27', row: 'kan-begara-in unless (a länsstyrelse): the follow-up data', field: EV, want: null, wrong: 'uppföljning',
    text: RB + 'Länsstyrelsen får begära in de uppgifter som krävs för uppföljning av stödet.' },
  { id: 'P28', row: 'noun-kan-anvanda unless (a decision): "Regionerna kan använda Folkhälsomyndighetens vägledning för:"', field: PU, want: null, wrong: 'planering',
    text: RB + 'Regionerna kan använda Folkhälsomyndighetens vägledning för:\n\n- planering av insatser\n- uppföljning' },
  { id: 'P29', row: 'sa-har-gor-ni widened (a kommun): "Så lämnar ni in:" under an underlag heading', field: EV, want: null, wrong: 'mejla',
    text: P + 'Vilka handlingar ska skickas in?\n\n- stadgar\n- budget\n\nSå lämnar ni in:\n\n- mejla filerna\n- eller skicka per post' },
  { id: 'P30', row: 'NOT_MONEY_SUBJECT in far-inte-anvandas (a museum grant): "Bilderna får inte användas till reklam."', field: EX, want: null, wrong: 'Bilderna',
    text: P + 'Bidraget får användas till lokalhyra. Bilderna får inte användas till reklam utan fotografens tillstånd.' },
  // ── the fixes keep their rows' right readings ──────────────────────────────────────────────────────────────────
  { id: 'K1', row: 'uses section list with a plain lead "Exempel på kostnader:"', field: PU, want: null, has: 'arvoden',
    text: P + 'Vad kan bidraget användas till?\n\nExempel på kostnader:\n\n- lokalhyra\n- arvoden' },
  { id: 'K2', row: 'negated-lead and ersatts-om leave a use lead with a condition in its middle alone', field: PU, want: null, has: 'teknik',
    text: P + 'Bidraget får användas till följande kostnader, om de avser projektet och inget annat:\n\n- hyra av teknik\n- arvoden' },
  { id: 'K3', row: 'excluded section: the list under "Bidraget får inte användas till:" is still read', field: EX, want: null, has: 'alkohol',
    text: P + '## Detta stöds inte\n\nBidraget får inte användas till:\n\n- alkohol\n- resor utomlands' },
  { id: 'K4', row: 'excluded section: a nested list that is no exception stays', field: EX, want: null, has: 'fordon',
    text: P + 'Vad kan bidraget inte användas till?\n\n- investeringar, till exempel:\n  - fordon\n  - byggnader\n- löpande drift' },
  { id: 'K5', row: 'dock-inte-item: the parent and later top items stay', field: PU, want: null, has: 'resor',
    text: P + 'Bidraget får användas till:\n\n- lokalhyra\n- arvoden, dock inte:\n  - arvoden till styrelsen\n- resor' },
  { id: 'K6', row: 'ska-bifogas unless: "Till ansökan ska ni bifoga:" still leads underlag', field: EV, want: null, has: 'stadgar',
    text: P + 'Till ansökan ska ni bifoga:\n\n- stadgar\n- årsmötesprotokoll' },
  { id: 'K7', row: 'criterion-item leaves "resor inom länet" a use', field: PU, want: null, has: 'resor inom länet',
    text: P + 'Bidraget får användas till:\n\n- resor inom länet\n- lokalhyra' },
  { id: 'K8', row: 'NOT_MONEY_SUBJECT leaves the money as subject alone', field: PU, want: null, has: 'lokalhyra',
    text: P + 'Stödet får användas till lokalhyra för föreningens möten.' },
  { id: 'K9', row: 'F6 shape keeps a förordning\'s excluded items', field: EX, want: null, has: 'investeringar',
    text: FO + '3 § Bidrag får lämnas för\n\n1. lokalhyra,\n2. arvoden till medverkande.\n\n5 § Bidrag får inte lämnas för\n\n1. investeringar i byggnader,\n2. löpande drift.' },
  { id: 'K10', row: 'exempel-pa still reads "Exempel på kostnader som kan ingå:"', field: PU, want: null, has: 'material',
    text: P + 'Exempel på kostnader som kan ingå:\n\n- lokalhyra\n- material' },
  { id: 'K11', row: 'caption-paragraph leaves a short use paragraph under a uses heading alone', field: PU, want: null, has: 'Fotografering',
    text: P + 'Vad kan du söka bidrag för?\n\nFotografering och filmning av föreställningar.' },
  { id: 'K12', row: 'bedoms-utifran and skickar-vi-lead leave an underlag list alone', field: EV, want: null, has: 'budget',
    text: P + 'Vilka handlingar ska skickas in?\n\nTill ansökan får ni gärna bifoga:\n\n- budget\n- bilder' },
];

describe('review73a: counter-probes of the list fields on other genres and shapes give no wrong value', () => {
  for (const p of PROBES) {
    (p.open ? it.fails : it)(`${p.id} ${p.field} [${p.row}]`, async () => {
      const got = await probeField(p.text, p.field);
      if (p.wrong !== undefined) {
        const items = (Array.isArray(got) ? got : []).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
        expect(items.filter((v) => v.includes(p.wrong as string)), p.wrong).toEqual([]);
      } else if (p.has !== undefined) {
        const items = (Array.isArray(got) ? got : []).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
        expect(items.some((v) => v.includes(p.has as string)), `${p.has} in ${JSON.stringify(items)}`).toBe(true);
      } else expectWant(got, p.want);
    });
  }
});
