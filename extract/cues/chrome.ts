import { PAGE_CHROME } from '../../specs/lexicon.js';
import { alternation } from './lexicon.js';
import type { Cue } from './types.js';

// The words of a web page's chrome (read/chrome.ts drops the elements): a page's update stamp, a
// skip link's text, and the aria labels of a cookie banner or a breadcrumb trail, these by the
// shared words of specs/lexicon.ts (PAGE_CHROME), which the change report reads too.

/** "Senast uppdaterad 12 mars 2026", "Sidan granskades …": a stamp that dates the page, never the grant. */
export const PAGE_STAMP: Cue<'stamp'> = {
  id: 'senast-uppdaterad', where: 'line', meaning: 'stamp', weight: 1,
  cue: /^\s*(?:senast\s+(?:uppdaterad|ändrad|granskad|publicerad)|sidan\s+(?:uppdaterades|granskades|publicerades|är\s+senast)|uppdaterad|granskad|publicerad|last\s+(?:updated|modified|reviewed))\b/iu,
  examples: ['Senast uppdaterad: 12 mars 2026', 'Sidan granskades 2025-11-03', 'Publicerad 4 april 2024'],
  counterExamples: ['Uppdaterade uppgifter ska lämnas senast den 12 mars 2026.', 'Ansökan ska vara granskad av revisor.'],
};

/** A link's text that jumps past the chrome ("Hoppa till innehållet"). */
export const SKIP_LINK: Cue<'skip'> = {
  id: 'hoppa-till', where: 'line', meaning: 'skip', weight: 1, cue: /^\s*(?:hoppa|gå\s+direkt|till\s+innehåll|skip\s+to)/iu,
  examples: ['Hoppa till innehållet', 'Gå direkt till sidans innehåll', 'Skip to content'],
  counterExamples: ['Läs mer om bidraget', 'Gå till e-tjänsten'],
};

/** an aria label that holds one of the words (or begins a compound with it: "Cookieinställningar") */
const holdsWord = (words: readonly string[]): RegExp => new RegExp(alternation(words), 'iu');

/** Aria labels of page tools: a cookie banner, a breadcrumb trail. */
export const CHROME_LABELS: ReadonlyArray<Cue<'cookie' | 'breadcrumb'>> = [
  {
    id: 'cookie', where: 'line', meaning: 'cookie', weight: 1, cue: holdsWord(PAGE_CHROME.cookie),
    examples: ['Cookieinställningar', 'Information om kakor', 'Samtycke till kakor'],
    counterExamples: ['Huvudmeny'],
  },
  {
    id: 'breadcrumb', where: 'line', meaning: 'breadcrumb', weight: 1, cue: holdsWord(PAGE_CHROME.breadcrumb),
    examples: ['Brödsmulor', 'Breadcrumb'],
    counterExamples: ['Du är här'],
  },
];

/**
 * The words of a web page's chrome as a PDF printed from the page shows it (read/pdf-chrome.ts):
 * no landmarks are left, so a block at the top or bottom of the document is chrome by what it
 * says. Each row reads one whole block (its lines joined by spaces); read/pdf-chrome.ts adds where
 * the block stands and that it holds no grant content.
 */
export type PdfChromeKind = 'cookie' | 'consent' | 'breadcrumb' | 'tools' | 'address' | 'site-id' | 'switchboard' | 'contact-heading' | 'news-heading' | 'document-date';

const TOOL = String.raw`(?:•\s)?(?:logga\s+in|lyssna|skriv\s+ut|dela(?:\s+på\s+[\p{L}\d]{1,20})?|tipsa(?:\s+en\s+vän)?|kontakta\s+oss|sök|meny|english|läs\s+mer|till\s+toppen|följ\s+oss(?:\s+på\s+[\p{L}\d]{1,20})?|tillgänglighetsredogörelse|om\s+webbplatsen|om\s+kakor|hantering\s+av\s+personuppgifter)`;
const BUTTON = String.raw`(?:(?:godkänn|acceptera|tillåt|neka|avvisa)\s+(?:alla|nödvändiga|valda)(?:\s+(?:kakor|cookies))?|endast\s+nödvändiga(?:\s+(?:kakor|cookies))?|(?:kak|cookie)inställningar|anpassa)`;

export const PDF_CHROME: ReadonlyArray<Cue<PdfChromeKind>> = [
  {
    // the site telling that it stores cookies, with or without the grant's name in it
    id: 'pdf-cookie-banner', where: 'line', meaning: 'cookie', weight: 1,
    cue: /\b(?:vi|kommun(?:en)?|region(?:en)?|webbplatsen|sajten|myndigheten|[\p{L}-]{1,40}\.se)\s+(?:använder|sparar)\s+(?:sig\s+av\s+)?(?:kakor|cookies)\b|\b(?:kakor|cookies)\b[^.]{0,80}\b(?:webbplatsen|sajten|ditt\s+besök)\b/iu,
    examples: ['Vi använder kakor (cookies) för att webbplatsen ska fungera. Läs mer om kakor den 1 januari 2019.', 'Exempelby kommun använder kakor.', 'Vi sparar kakor.'],
    counterExamples: ['Föreningen använder bidraget till kakor och fika för 300 barn.', 'Bageriet får stöd för att baka kakor till skolorna.'],
  },
  {
    // a consent banner's buttons, the whole line
    id: 'pdf-consent-buttons', where: 'line', meaning: 'consent', weight: 1,
    cue: new RegExp(String.raw`^${BUTTON}(?:\s+${BUTTON}){0,3}$`, 'iu'),
    examples: ['Godkänn alla Endast nödvändiga', 'Acceptera alla kakor', 'Cookieinställningar'],
    counterExamples: ['Godkänn alla villkor i ansökan', 'Endast nödvändiga kostnader ersätts'],
  },
  {
    // "Du är här: Start / Bidrag och stöd", "Start > Bidrag", a numbered trail's first step "1. Start"
    id: 'pdf-breadcrumb', where: 'line', meaning: 'breadcrumb', weight: 1,
    cue: /^(?:du\s+är\s+här\b|(?:start|startsida|hem)\s{0,3}[/>›»|]|1\.\s+(?:start|startsida|hem)$)/iu,
    examples: ['Du är här: Start / Bidrag och stöd', 'Start > Bidrag > Föreningsbidrag', '1. Start'],
    counterExamples: ['Start av projektet senast 1 mars 2026', '1. Startdatum för projektet', 'Hem för vård eller boende (HVB) kan söka bidraget'],
  },
  {
    // a line of page tools and site links only: share, print, listen, log in, follow us
    id: 'pdf-page-tools', where: 'line', meaning: 'tools', weight: 1,
    cue: new RegExp(String.raw`^${TOOL}(?:\s+${TOOL}){0,5}$`, 'iu'),
    examples: ['Dela på Facebook Skriv ut', '• Dela på X', 'Logga in', 'Följ oss på Instagram', 'Tillgänglighetsredogörelse'],
    counterExamples: ['Dela ut bidraget till medlemmarna', 'Skriv ut blanketten och skicka den till kommunen', 'Lyssna på unga: bidrag till ungdomsråd'],
  },
  {
    // the site footer's address part: post code and town, box, visiting address, org.nr, switchboard, ©, the page's own stamp
    id: 'pdf-site-address', where: 'line', meaning: 'address', weight: 1,
    cue: /\b\d{3}\s?\d{2}\s+\p{Lu}\p{Ll}{1,30}\b|\b[Bb]ox\s+\d{1,6}\b|\b(?:[Bb]esöks|[Pp]ost)adress\b|\b[Oo]rg(?:anisations)?\.?\s?nr\b|\b[Oo]rganisationsnummer\b|\b[Vv]äxel\b|©|\b[Ss]idan\s+(?:publicerades|uppdaterades|granskades)\b/u,
    examples: ['Socialstyrelsen, 106 30 Stockholm. Besöksadress Rålambsvägen 3. Telefon (växel) 075-247 30 00.', 'Myndigheten, Box 23069, 104 35 Stockholm. Tel 08-527 332 00.', 'Telefon 010-698 10 00, e-post registrator@myndigheten.se. Sidan publicerades 2021-03-01.', 'Exempelby kommun, 931 85 Exempelby. Telefon 0910-73 50 00. Organisationsnummer 212000-2742.'],
    counterExamples: ['Bidraget är högst 500 000 kronor per projekt.', 'Ansökan ska vara inne 2025 10 mars.', 'Kontaktperson: Anna Berg, telefon 08-123 45 67, anna.berg@kommun.se'],
  },
  {
    // the municipality's contact centre beside every page, not a grant's handläggare
    id: 'pdf-switchboard', where: 'line', meaning: 'switchboard', weight: 1,
    cue: /^(?:kontaktcenter|servicecenter|medborgarservice|kundtjänst|växeln)\b/iu,
    examples: ['Kontaktcenter, telefon 0910-73 50 00, kontaktcenter@exempelby.se. Öppet vardagar 8–16.'],
    counterExamples: ['Frågor om bidraget besvaras av kommunens kontaktcenter.', 'Kontaktperson för bidraget är Anna Berg.'],
  },
  {
    // the heading of a site-wide contact card ("Kontakta kommunen"), dropped only with the card below it
    id: 'pdf-contact-heading', where: 'line', meaning: 'contact-heading', weight: 1,
    cue: /^(?:kontakta\s+(?:kommunen|regionen|myndigheten|oss)|kontakt)$/iu,
    examples: ['Kontakta kommunen', 'Kontakt'],
    counterExamples: ['Kontaktperson', 'Kontakta handläggaren för frågor om bidraget'],
  },
  {
    // the footer's last line, alone: the site owner's org.nr or copyright
    id: 'pdf-site-id', where: 'line', meaning: 'site-id', weight: 1,
    cue: /^(?:©|(?:organisationsnummer|org(?:anisations)?\.?\s?nr)\.?:?\s{0,3}\d{6}-?\d{4}\.?$)/iu,
    examples: ['Organisationsnummer 212000-2742.', '© Socialstyrelsen 2026', 'Org.nr: 202100-5000'],
    counterExamples: ['Organisationsnummer ska anges i ansökan.', 'Ange föreningens organisationsnummer 802000-1234 i ansökan.'],
  },
  {
    // the heading of a news column printed after the content; its items are dated headlines of other calls
    id: 'pdf-news-heading', where: 'line', meaning: 'news-heading', weight: 1,
    cue: /^(?:nyheter|fler\s+nyheter|senaste\s+nytt|relaterade\s+nyheter|nyhetsarkiv)$/iu,
    examples: ['Nyheter', 'Fler nyheter'],
    counterExamples: ['Nyheter i årets utlysning', 'Aktuellt', 'Viktiga datum'],
  },
  {
    // a statute's or decision's own publication line ("Publicerad den 3 december 2019" closes a printed SFS in two
    // columns): the document's date, not the page's stamp, so the update-stamp rule keeps it
    id: 'pdf-document-date', where: 'line', meaning: 'document-date', weight: 1,
    cue: /^(?:publicerad|utfärdad|beslutad)\s+den\s+\d/iu,
    examples: ['Publicerad den 3 december 2019', 'Utfärdad den 28 november 2019'],
    counterExamples: ['Publicerad 15 januari 2025', 'Senast uppdaterad: 2024-11-12'],
  },
];
