// Who may apply, read from the texts' own sentences, for the change report's text-level pass: the
// contract's recipients.types knows region, kommun, organisation …, so a grant that opens to
// studieförbund, företag or kommunala verksamheter beside föreningar (or closes to them) changes no
// type. A sentence that states who may apply ("Enbart bidragsberättigade föreningar och Studieförbund
// kan söka bidraget", "Bidraget kan sökas av …", "Bidrag till föreningar för gratis lovaktiviteter")
// names its applicants; when both years state who may apply and the kinds named differ, eligibility
// changed (an action item), quoted from both texts. The rows are phrase knowledge like rules.ts' and
// run as cue tests (extract/cues/index.ts, `diff.ELIGIBILITY_SENTENCES`); every pattern is linear.
import { alternation, APPLICANT_NOUNS, organisationNoun, RECIPIENT_NOUNS, STOP_WORDS } from '../lexicon.js';
import { classifyHeading, wordy, rowHolds, type SentenceRow } from './rules.js';
import type { TextSentence } from './text.js';
import { meaningKey } from './wording.js';

export const ELIGIBILITY_SENTENCES: ReadonlyArray<SentenceRow<'recipients'>> = [
  {
    // the applicants as the subject of "kan/får söka", in either word order: "Föreningar … kan söka arrangemangsbidrag",
    // "Under sommarlovet kan föreningar och kommunala verksamheter söka bidrag"
    id: 'kan-soka', where: 'sentence', meaning: 'recipients', weight: 1,
    // … or closing the sentence, the applicants before it: "Kulturarbetare eller andra personer som genom kulturella insatser
    // bidragit … kan söka." (Region Sörmland 2024, diff q212)
    cue: wordy(/\b(?:kan|får)\s+(?:nu\s+|även\s+|också\s+)?(?:[\p{L}-]+,?\s+){0,12}?(?:an)?söka\s+(?:om\s+)?(?:[\p{L}-]*(?:bidrag|stöd|stipendi)\p{L}*|medel|pengar)\b|\b(?:kan|får)\s+(?:nu\s+|även\s+|också\s+)?(?:an)?söka\s*[.!]?\s*$/iu),
    // nor a question or what the applicant must do once it applies
    unless: [{ where: 'sentence', cue: wordy(/\?\s*$|\b(?:inte|ej)\s+(?:[\p{L}-]+\s+){0,2}?(?:an)?söka\b/iu) }],
    examples: ['Kulturarbetare eller andra personer som genom kulturella insatser bidragit, alternativt har potential att bidra, till utveckling och förnyelse av länets kulturliv kan söka.', 'Enbart bidragsberättigade föreningar och Studieförbund kan söka bidraget.', 'Under sommarlovet kan föreningar och kommunala verksamheter söka bidrag för att ordna aktiviteter.', 'Föreningar som vill anordna ett arrangemang kan söka arrangemangsbidrag.'],
    counterExamples: ['Vem kan söka bidraget?', 'Föreningar kan inte söka bidraget.', 'Föreningar kan söka i e-tjänsten.', 'Vem kan söka?'],
  },
  {
    // whom a stipend or prize may be given to: "Stipendiet kan även tilldelas organisationer eller andra grupper av personer"
    // (Region Värmland's Frödingstipendium, diff q215); the second example is a constructed variant
    id: 'kan-tilldelas', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/\b(?:kan|får)\s+(?:även\s+|också\s+|endast\s+|bara\s+)?tilldelas\s+\p{L}/iu),
    unless: [{ where: 'sentence', cue: wordy(/\?\s*$|\b(?:kan|får)\s+(?:inte|ej)\s+(?:[\p{L}-]+\s+){0,2}?tilldelas\b/iu) }],
    examples: ['Stipendiet kan även tilldelas organisationer eller andra grupper av personer.', 'Stipendiet kan tilldelas föreningar och enskilda.'],
    counterExamples: ['Stipendiet kan inte tilldelas anställda inom Region Värmland.', 'Kultur- och fritidsnämndens stipendium 2021 tilldelas Mattias Karlsson.'],
  },
  {
    // whom a prize, a stipend or a grant is given, with a modal: "Priset kan bara ges till person som är bosatt eller född inom
    // Kungsbacka kommun" (diff q234), "Kulturpriset skall helt eller delvis tilldelas en eller flera personer eller
    // sammanslutningar av personer" (Sölvesborg's rules, diff q231), "kan beviljas person, arbetsgrupp, förening eller
    // organisation" (Mariehamn, diff q237); or in the present, the prize first: "Priset tilldelas en person eller grupp som
    // …" (Kungsbacka 2022, diff q235); or the giver's "delar ut ett kulturpris till …" (Sölvesborg 2021, diff q232). Never
    // what it is given for ("kan beviljas för hyreskostnader") or who proposes ("kan lämnas av alla privatpersoner")
    id: 'ges-till', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/\b(?:kan|ska|skall|får)\s+(?:även\s+|också\s+|endast\s+|bara\s+|helt\s+eller\s+delvis\s+)?(?:ges|tilldelas|beviljas|lämnas)\s+(?!(?:för|av|med|inte|ej|ut|in)\b)(?:till\s+)?\p{L}|\b(?:[\p{L}-]*pris(?:et)?|[\p{L}-]*stipendi(?:et|um))\s+tilldelas\s+(?:en|ett)\s|\bdelar\s+(?:[\p{L}-]+\s+){0,3}?ut\s+(?:(?:ett|en)\s+(?:eller\s+(?:flera|fler)\s+)?|ett\s+antal\s+|(?:två|tre|fyra|fem|flera)\s+)?[\p{L}-]*(?:pris|stipendi\p{L}*)\s+(?:ut\s+)?till\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/\?\s*$|\b(?:kan|får|ska|skall)\s+(?:inte|ej)\s+(?:[\p{L}-]+\s+){0,2}?(?:ges|tilldelas|beviljas|lämnas)\b/iu) }],
    examples: ['Priset kan bara ges till person som är bosatt eller född inom Kungsbacka kommun eller som har särskild anknytning till kommunen.', 'Kulturpriset skall helt eller delvis tilldelas en eller flera personer eller sammanslutningar av personer med nära anknytning till Sölvesborgs kommun.', 'Evenemanget skall anordnas i Mariehamn och kan beviljas person, arbetsgrupp, förening eller organisation som är hemmahörande i staden.', 'Priset tilldelas en person eller grupp som är bosatt eller född i Kungsbacka kommun eller som har annan särskild anknytning till kommunen.', 'Varje år delar Sölvesborgs kommun ut ett kulturpris ut till en person/personer, en eller fler föreningar som har stått för värdefulla insatser i Sölvesborgs kulturliv.',
      // … a count before the stipends, "ett eller flera", "två" (Sundsvall's stipend for local history 2016 and its rules, diff q595/q596)
      'Kultur- och fritidsnämnden delar årligen ut ett eller flera stipendier till enskild person eller ideell förening som genom forskning och dokumentation ökar kunskap om kommunens lokala historia.', 'Kulturnämnden delar årligen ut två stipendier till unga kulturutövare i kommunen.'],
    counterExamples: ['Bidraget kan beviljas för hyreskostnader.', 'Förslag till mottagare av kulturpriset kan lämnas av alla privatpersoner boende i Blekinge.', 'Bidrag kan inte beviljas till politiska föreningar.', 'Bidraget kan betalas ut till föreningen.', 'Kan priset ges till en grupp?',
      // (a count before the stipends with no one they go to: review diff87)
      'Kulturnämnden delar årligen ut ett eller flera stipendier under hösten.',
      // constructed probe (review45 g2): the sum it is given with, not whom
      'Bidraget kan lämnas med 100 kronor per person och deltagartillfälle.'],
  },
  {
    // the applicants given the chance to apply: "Nu finns möjligheten för kulturföreningar, ideella organisationer, studieförbund
    // och folkrörelsedrivna folkhögskolor att söka projektmedel" (Region Dalarna 2022, diff q205), "Under 2017 finns det möjlighet
    // för fiskevårds- och miljöorganisationer att söka medel" (dev), "Nu har ideella organisationer som arbetar tobaksförebyggande
    // möjlighet att söka medel" (dev), "Denna utlysning ger industriföretag möjlighet att söka projekteringsstöd" (dev)
    id: 'mojlighet-att-soka', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/\bmöjlighet(?:en)?\s+för\s+(?:[\p{L}-]+,?\s+){1,12}?att\s+(?:an)?söka\b|\b(?:har|ger|ges|får|erbjuder|erbjuds)\s+(?:[\p{L}-]+\s+){0,10}?möjlighet(?:en)?\s+att\s+(?:an)?söka\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/\?\s*$|\b(?:inte|ej|ingen)\s+(?:[\p{L}-]+\s+){0,2}?möjlighet/iu) }],
    examples: ['Nu finns möjligheten för kulturföreningar, ideella organisationer, studieförbund och folkrörelsedrivna folkhögskolor att söka projektmedel hos Region Dalarna.', 'Under 2017 finns det möjlighet för fiskevårds- och miljöorganisationer att söka medel till nationella och regionala informationsinsatser.', 'Nu har ideella organisationer som arbetar tobaksförebyggande möjlighet att söka medel till sin verksamhet under 2018.', 'Denna utlysning ger industriföretag möjlighet att söka projekteringsstöd.'],
    counterExamples: ['Har föreningen möjlighet att söka bidraget?', 'Föreningar har inte möjlighet att söka bidraget.', 'Det finns ingen möjlighet för föreningar att söka bidraget i år.'],
  },
  {
    // the grant's passive: "Bidraget kan sökas av föreningar, studieförbund och kommuner"
    id: 'sokas-av', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/\b(?:kan|får)\s+(?:även\s+|också\s+|endast\s+|bara\s+)?(?:sökas|ansökas|rekvireras)\s+av\b|\bsöks\s+av\b|\b(?:riktar|vänder)\s+sig\s+(?:enbart\s+|endast\s+|främst\s+|bara\s+)?till\b/iu),
    // … not whom an activity serves, the subject before "vänder/riktar sig till" naming no grant, call or offer
    // ("Energi- och klimatrådgivningen (EKR) vänder sig till hushåll, organisationer och företag.", Energimyndigheten 2016, diff q338)
    unless: [{ where: 'sentence', cue: wordy(/^(?:(?!bidrag|stöd|medel|medlen|utlysning|erbjudande|satsning|program|stipendi|pris|fond|ansökan|detta|denna|det här|den här|vi\s|peng|check|anslag|ersättning)[^.]){1,120}?(?<![\p{L}\p{N}])(?:riktar|vänder)\s+sig\s+(?:enbart\s+|endast\s+|främst\s+|bara\s+)?till\b/iu) }],
    examples: ['Bidraget kan sökas av föreningar och studieförbund i kommunen.', 'Stödet riktar sig till föreningar och företag.', 'Erbjudandet riktar sig till små aktiebolag.',
      // a grant named by its money word, not "bidrag" (review70b E1)
      'Lovpengen riktar sig till föreningar och studieförbund.', 'Innovationschecken vänder sig till små företag.', 'Utlysningen vänder sig till kommuner och regioner.'],
    counterExamples: ['Bidraget kan sökas i e-tjänsten.', 'Ansökan prövas av kultur- och fritidsnämnden.', 'Energi- och klimatrådgivningen (EKR) vänder sig till hushåll, organisationer och företag.', 'Verksamheten riktar sig till barn och unga i kommunen.'],
  },
  {
    // the grant's present passive, no modal, the applicants right after "till": "Projektbidrag som främjar den samiska kulturen
    // beviljas till juridiska personer verksamma i Norden eller fysiska personer med godkänd F-skatt" (Sametinget 2024, diff q270)
    // (what it is given for, "beviljas till projekt som …", names no kind and so states no applicants: applicantsOf)
    id: 'beviljas-till', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/\b(?:beviljas|ges|lämnas|tilldelas)\s+(?:endast\s+|bara\s+|enbart\s+|främst\s+)?till\s+(?:[\p{L}-]+\s+){0,2}?(?:juridiska|fysiska|enskilda|ideella)\s+(?:personer|föreningar|organisationer)\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/\?\s*$|\b(?:inte|ej)\s+(?:[\p{L}-]+\s+){0,2}?(?:beviljas|ges|lämnas|tilldelas)\b/iu) }],
    // (the second: dev 1786, Stiftelsen SFA, with the modal — left57's second phrasing)
    examples: ['Projektbidrag som främjar den samiska kulturen beviljas till juridiska personer verksamma i Norden eller fysiska personer med godkänd F-skatt, vars projekt verkar i linje med gällande kulturpolitiska mål i Sametingets kulturpolitiska handlingsprogram.',
      'Stipendier kan beviljas till enskilda personer.'],
    counterExamples: ['Projektbidrag beviljas till projekt som främjar den samiska kulturen.', 'Bidrag beviljas inte till juridiska personer som saknar F-skatt.', 'Bidraget betalas ut till juridiska personer.'],
  },
  {
    // the grant's present passive, no modal, the kind of applicant right after "till" and the activity it must run: "Bidrag lämnas
    // till föreningar med verksamhet för åldersgruppen 7-25 år och/eller verksamhet för prioriterade grupper." (Laholm's
    // aktivitetsbidrag 2024, dev 1014; helper diffb40, batch 40); never a denial, a past round's ("lämnades") or a project
    id: 'lamnas-till-foreningar-med-verksamhet', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/\b(?:bidrag|bidraget|stöd|stödet)\s+(?:lämnas|ges|beviljas|utgår)\s+(?:endast\s+|bara\s+|enbart\s+)?till\s+(?:[\p{L}-]+\s+){0,2}?(?:föreningar|organisationer|studieförbund)\s+(?:med|som\s+(?:bedriver|har))\s+(?:[\p{L}-]+\s+){0,3}?verksamhet\s+för\b/iu),
    // (review77e: nor a condition of another duty, "Om bidrag beviljas till föreningar med verksamhet för barn ska föreningen
    // redovisa …", "När stöd ges till föreningar med verksamhet för unga betalas det ut i två delar")
    unless: [{ where: 'sentence', cue: wordy(/\?\s*$|\b(?:inte|ej)\s+(?:[\p{L}-]+\s+){0,2}?(?:lämnas|ges|beviljas|utgår)\b|\b(?:lämnas|ges|beviljas|utgår)\s+(?:inte|ej)\b|^\s*(?:om|när|då|ifall)\s/iu) }],
    examples: ['Bidrag lämnas till föreningar med verksamhet för åldersgruppen 7-25 år och/eller verksamhet för prioriterade grupper.',
      // a paraphrase in another body's phrasing (constructed)
      'Stöd ges till ideella föreningar som bedriver verksamhet för barn och unga i kommunen.'],
    counterExamples: ['Bidrag lämnas inte till föreningar med verksamhet för vuxna.', 'Bidrag lämnades till föreningar med verksamhet för äldre förra året.',
      'Bidrag lämnas till projekt med verksamhet för unga.', 'Bidrag lämnas för verksamhet för barn och unga.',
      'Om bidrag beviljas till föreningar med verksamhet för barn ska föreningen redovisa antalet deltagare.', 'När stöd ges till föreningar med verksamhet för unga betalas det ut i två delar.'],
  },
  {
    // a page's opening line that names the grant and whom it is for: "Bidrag till föreningar för gratis lovaktiviteter för barn och unga",
    // "För föreningar och studieförbund som har för avsikt att arrangera offentliga kulturprogram i kommunen"
    id: 'bidrag-till-for', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/^(?:[\p{L}-]*(?:bidrag|stöd)\s+till|för)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?<![\p{L}\p{N}])[\p{L}-]*föreningar|organisationer|studieförbund|företag|kommuner|regioner|stiftelser)\b/iu),
    // … not a site's section named by the kinds alone, a breadcrumb's item: "- Stöd till föreningar och organisationer" above
    // "- Regler och krav för kulturstöd" (Stockholms stad, diff q325), where nothing says what for or who may apply
    unless: [{ where: 'sentence', cue: wordy(/^\W*(?:stöd|bidrag)\s+till\s+(?:föreningar|organisationer|företag|studieförbund)(?:\s*(?:,|och|&)\s*(?:föreningar|organisationer|företag|studieförbund|kulturaktörer))*\s*$/iu) }],
    examples: ['Bidrag till föreningar för gratis lovaktiviteter för barn och unga.', 'För föreningar och studieförbund som har för avsikt att arrangera offentliga kulturprogram i kommunen.'],
    counterExamples: ['Bidrag till lovaktiviteter för barn och unga.', 'För barn och unga i kommunen ordnas aktiviteter.', 'Stöd till föreningar och organisationer', '- Stöd till föreningar och kulturaktörer'],
  },
  {
    // who may apply as a question put to the applicant, a page's opening: "Är du en förening, ett förbund eller ett företag
    // inom Karlskoga kommun, och är intresserad av …?", "Vill du, din förening eller ditt företag ordna aktiviteter …?"
    // (the kind right after "en"/"ett" or a possessive, so "Är du osäker på om din förening kan söka?" asks no such thing)
    id: 'ar-du-en-forening', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/^(?:Är\s+(?:du|ni)\s+(?:en|ett)|(?:Vill|Kan)\s+(?:du,?\s+)?(?:din|ditt|er|ert))\s+(?:[\p{L}-]+\s+)?(?:[\p{L}-]*förening|[\p{L}-]*organisation|företag|förbund|studieförbund|verksamhet)\p{L}*\b[^?]{0,300}\?\s*$/iu),
    examples: ['Är du en förening, ett förbund eller ett företag inom Karlskoga kommun, och är intresserad av att genomföra extra satsningar på sommaraktiviteter för barn och ungdomar sommaren 2017?', 'Vill du, din förening eller ditt företag ordna aktiviteter för barn och unga under sommarlovet?'],
    counterExamples: ['Är du osäker på om din förening kan söka?', 'Vill du veta mer om bidraget?', 'Är du en förening som vill söka bidrag.'],
  },
];

/** A kind's words as one pattern: whole words, or (`compounds`) also the last part of a compound; a space in a word is any white space. */
function kindPattern(words: readonly string[], compounds: boolean): RegExp {
  const alt = alternation(words).replace(/ /gu, String.raw`\s+`);
  return wordy(new RegExp(compounds ? String.raw`(?<![\p{L}\p{N}])[\p{L}-]*(?:${alt})\b` : String.raw`\b(?:${alt})\b`, 'iu'));
}

/**
 * The kinds of applicant a sentence names, one word each, from the shared lexicon (specs/lexicon.ts):
 * the recipient types' plurals ("kommuner", "regioner", "landsting") and the other kinds of applicant
 * ("föreningar", "idrottsföreningar" and "ideella föreningar" are one kind). The kommun or region
 * itself ("i kommunen", "kommunens invånare") is none, only kommuner, regioner and their verksamheter are.
 */
const KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ...RECIPIENT_NOUNS.map((row) => [row.type, kindPattern(row.plurals, row.pluralCompounds === true)] as const),
  ...APPLICANT_NOUNS.map((row) => [row.kind, kindPattern(row.words, row.compounds === true)] as const),
];

/** The kinds of applicant a sentence names (KINDS), whatever the sentence says of them: for the topic fallback (topics.ts). */
export function applicantKinds(sentence: string): string[] {
  return KINDS.filter(([, re]) => re.test(sentence)).map(([k]) => k);
}

/**
 * kommuner or regioner counted as the places an applicant works in, no applicants: "Länsövergripande föreningar/organisationer
 * som bedriver verksamhet i minst tre kommuner … kan söka bidrag" (Region Sörmland, diff q204)
 */
const COUNTED_PLACES = wordy(/\b(?:i|inom)\s+(?:minst\s+|högst\s+|fler\s+än\s+)?(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|flera|alla|samtliga)\s+(?:kommuner|regioner|landsting|län)\b/giu);

/**
 * persons or groups after "per", "för", "med" …, within three words, or "i grupp": whom the activity serves or how a sum is counted,
 * not whom it is given; the examples are constructed probes (review45 g1, g2, g4), the counter-examples the real sentences
 * of ges-till (Kungsbacka, Sölvesborg)
 */
export const SERVED_PERSONS_SENTENCES: ReadonlyArray<SentenceRow<'recipients'>> = [
  {
    id: 'personer-som-betjanas', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/\b(?:per|för|med|(?<!\b(?:sökas|söks|ansökas|ansöks)\s+(?:(?:[\p{L}-]{1,30}\s+){0,3}(?:eller|och)\s+)?)av|om|bland|hos|mellan)\s+(?:[\p{L}-]+\s+){0,3}?(?:person|personer|personen|personerna|grupp|grupper|gruppen|grupperna|arbetsgrupp|arbetsgrupper)\b|\bi\s+(?:grupp|grupper)\b/iu),
    examples: ['Bidrag kan ges till föreningar för aktiviteter för personer med funktionsnedsättning.', 'Bidraget kan lämnas med 100 kronor per person och deltagartillfälle.', 'Bidraget ska ges till föreningar med barnverksamhet i grupp.',
      // … an "av" that follows no passive of applying is still how the activity is counted or whom it serves
      'Bidraget kan sökas av föreningar för sammankomster som leds av personer med ledarutbildning.', 'Stödet ges till verksamhet som bedrivs av personer över 65 år.'],
    counterExamples: ['Priset kan bara ges till person som är bosatt eller född inom Kungsbacka kommun.', 'Priset tilldelas en person eller grupp som är bosatt eller född i Kungsbacka kommun.', 'Kulturpriset skall helt eller delvis tilldelas en eller flera personer eller sammanslutningar.',
      // SV Blekinge 2022 (diff q241): a member of a group is whom it is given ("i en grupp"; only "i grupp" is how)
      'Priset ska tilldelas någon eller några i en grupp som visat framstående förmåga.',
      // ("av" after a passive of applying names who applies, the agent: "Stipendium kan sökas av enskild person eller grupp",
      // Luleå's stipend page, diff q372–q374, where the person was blanked and the kinds read as changed)
      'Stipendium kan sökas av enskild person eller grupp.', 'Bidraget kan ansökas av en person eller en grupp som är folkbokförd i kommunen.', 'Stipendiet söks av enskilda personer eller grupper.',
      // (… and its second agent after "eller"/"och", review75e P1)
      'Stipendiet kan sökas av enskild person eller av en grupp.'],
  },
];

/** the row as a global pattern, to blank every such phrase */
const SERVED_PERSONS = new RegExp(SERVED_PERSONS_SENTENCES[0]!.cue.source, 'giu');

/**
 * "bara de organisationer som …": those of the applicants that met a condition (a positive answer, an earlier grant), the
 * applicants the text names elsewhere referred back to, not organisations as a kind of applicant (Delegationen mot
 * segregation 2018, "Det är bara de organisationer som har fått positivt besked … som kan ansöka om medel under 2018.",
 * beside "Det är kommuner och landsting samt ideella föreningar och stiftelser som kan söka medel.", diff batch 30)
 */
export const QUALIFIED_APPLICANTS_SENTENCES: ReadonlyArray<SentenceRow<'recipients'>> = [
  {
    id: 'bara-de-organisationer-som', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/\b(?:bara|endast|enbart)\s+de\s+(?:organisationer|aktörer|sökande)\s+som\b/iu),
    examples: ['Det är bara de organisationer som har fått positivt besked från Delegationen mot segregation som kan ansöka om medel under 2018.', 'Endast de aktörer som beviljades stöd i första omgången kan söka medel för steg två.'],
    counterExamples: ['Det är organisationer som arbetar med barn och unga som kan söka bidrag.', 'Bidrag kan sökas av de organisationer som är registrerade i kommunen.'],
  },
];

/** the row as a global pattern, to blank every such phrase */
const QUALIFIED_APPLICANTS = new RegExp(QUALIFIED_APPLICANTS_SENTENCES[0]!.cue.source, 'giu');

/**
 * "Alla förutom privatpersoner kan söka stödet, till exempel företag, kommuner, organisationer och stiftelser.": everyone but
 * the kind excepted may apply, and the kinds after "till exempel" illustrate "alla", they do not list the applicants. The
 * same sentence with other examples ("… till exempel företag, kommuner och föreningar", Länsstyrelsen Gotland's Klimatklivet
 * 2020 → 2022, diff q307/q308) opens the grant to the same applicants: in such a sentence the examples are blanked.
 */
export const ALL_BUT_EXAMPLES_SENTENCES: ReadonlyArray<SentenceRow<'recipients'>> = [
  {
    id: 'alla-utom-till-exempel', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/\balla\s+(?:för)?utom\s+(?:[\p{L}-]+\s+){1,4}?(?:kan|får)\s+(?:an)?söka\b[^.]{0,200}?(?:till\s+exempel|t\.\s?ex\.?|exempelvis|bland\s+annat)\s/iu),
    examples: ['Alla förutom privatpersoner kan söka stödet, till exempel företag, kommuner, organisationer och stiftelser.', 'Alla utom privatpersoner kan söka stödet, till exempel företag, kommuner och föreningar.'],
    counterExamples: ['Alla förutom privatpersoner kan söka stödet.', 'Föreningar kan söka stödet, till exempel idrottsföreningar och kulturföreningar.', 'Alla kan söka stödet, till exempel föreningar.'],
  },
];

/** the examples' lead and what follows it in the sentence, blanked in an ALL_BUT_EXAMPLES sentence */
const EXAMPLES_TAIL = wordy(/(?:till\s+exempel|t\.\s?ex\.?|exempelvis|bland\s+annat)\s[^.]{0,300}/iu);

/** The applicant kinds a sentence that states who may apply names; undefined for any other sentence. */
export function applicantsOf(sentence: string): string[] | undefined {
  if (!ELIGIBILITY_SENTENCES.some((row) => rowHolds(row, sentence))) return undefined;
  const examples = ALL_BUT_EXAMPLES_SENTENCES.some((row) => rowHolds(row, sentence));
  const named = (examples ? sentence.replace(EXAMPLES_TAIL, ' ') : sentence).replace(COUNTED_PLACES, ' ').replace(QUALIFIED_APPLICANTS, ' ');
  // a person or a group only as whom it is given, never whom the activity serves or how it is counted
  const given = named.replace(SERVED_PERSONS, ' ');
  const kinds = KINDS.filter(([k, re]) => re.test(k === 'person' || k === 'grupp' ? given : named)).map(([k]) => k);
  return kinds.length > 0 ? kinds : undefined;
}

/**
 * Who may apply, stated only in the new text: the old states no applicants in any sentence, the new names kinds of them
 * (Region Sörmland's kulturstipendier 2021 → 2024, "… kan söka", "Kulturstipendier kan bara sökas av enskilda personer";
 * Region Värmland's Frödingstipendium, "Stipendiet kan även tilldelas organisationer …", diff q211–q215): the first such
 * sentence of the new text. A text that stops stating its applicants is not read as a removal (a page cut short, a
 * heading's link, say nothing of who may no longer apply).
 */
export function eligibilityAdded(olds: readonly TextSentence[], news: readonly TextSentence[]): TextSentence | undefined {
  if (olds.some((s) => ELIGIBILITY_SENTENCES.some((row) => rowHolds(row, s.text)))) return undefined;
  const added = news.find((s) => applicantsOf(s.text) !== undefined);
  if (!added) return undefined;
  // … and a page's opening line naming the grant and its kinds that the old text named in the grant's own name, "det årliga
  // verksamhetsbidraget för kulturföreningar" (Robertsfors' news 2020 → its page "Verksamhetsbidrag till kulturföreningar",
  // diff q357/q356): the same applicants, not newly stated
  if (namedInGrantName(added.text, olds)) return undefined;
  // … and whom the old text gives it to in other words, the same kinds after "till": "en penninggåva till person eller grupp
  // som visat framstående förmåga" (SV Blekinge 2020) → "ska tilldelas någon eller några i en grupp" (2022, diff q240/q241)
  // (persons and groups only: an organisation "till" which something goes is as often the one it serves)
  const kinds = applicantsOf(added.text)!;
  if (!kinds.every((k) => k === 'person' || k === 'grupp')) return added;
  const givenTo = (s: string): boolean => GIVEN_TO.test(s) && kinds.every((k) => KINDS.some(([kind, re]) => kind === k && re.test(s.slice(s.search(GIVEN_TO)))));
  return olds.some((s) => givenTo(s.text)) ? undefined : added;
}

/**
 * An applicant's age bound in a sentence about applying: "Du som är etablerad eller blivande författare över 18 år och bosatt
 * … i Örebro län kan söka." (Region Örebro län 2024, diff q351), "Alla personer över 18 år med nära anknytning till Västmanland
 * kan söka." (Region Västmanland 2025, diff q353), "Sökande ska ha fyllt 18 år" (group 1 the bound, group 2 the age). The
 * bound follows a word for the applicant (a person noun, "du", "sökande") within three words, so a project's length
 * ("Stödet kan sökas för högst 3 år") or whom an activity serves ("barn under 12 år") is none.
 */
export const AGE_LIMIT_SENTENCES: ReadonlyArray<SentenceRow<'recipients'>> = [
  {
    id: 'sokande-over-ar', where: 'sentence', meaning: 'recipients', weight: 1,
    // (group 3 a span's upper bound: "mellan 18 och 25 år" → "mellan 18 och 30 år" is a change, review74d A4; not years lived,
    // worked or been active somewhere, "Du som bott minst 2 år i kommunen", review74d A5; "dig" as the applicant, A9)
    cue: wordy(/\b(?:du|dig|ni|personer|person|sökande|sökanden|den\s+sökande|\p{L}{2,20}are)\s+(?:(?!(?:har\s+)?(?:bott|bodd|verk|arbet|funnit|varit|drivit|bedrivit|studer)\p{L}*\s)[\p{L}-]+\s+){0,3}?(?:(över|under|minst|högst|lägst|mellan|ha\s+fyllt|fyllt|fyllda)\s+(\d{1,2})(?:\s*(?:och|-|–)\s*(\d{1,2}))?\s+år)(?![\p{L}\p{N}])(?!\s+(?:i|inom|på)\s)/iu),
    also: { where: 'sentence', cue: wordy(/\b(?:kan|får|ska|måste)\s+(?:även\s+|också\s+|endast\s+|bara\s+)?(?:an)?söka|\bsökande\b|\bsökanden\b|\bkan\s+(?:an)?sökas\s+av\b/iu) },
    examples: ['Du som är etablerad eller blivande författare över 18 år och bosatt eller huvudsakligen verksam i Örebro län kan söka.', 'Alla personer över 18 år med nära anknytning till Västmanland kan söka.',
      'Sökande ska ha fyllt 18 år.', 'Stipendiet kan sökas av personer mellan 16 och 25 år som bor i kommunen.'],
    counterExamples: ['Stödet kan sökas för högst 3 år.', 'Föreningen kan söka bidrag för aktiviteter för barn under 12 år.', 'Alla personer över 18 år är välkomna på festivalen.', 'Du som har arbetat under 5 år i länet får gärna höra av dig.',
      // review74d A5: years lived or active somewhere, no age
      'Du som bott minst 2 år i kommunen kan söka.', 'Sökande ska ha varit verksam minst 3 år i kommunen.', 'Du som har drivit företag i minst 2 år kan söka.'],
  },
];

/**
 * A bound's word as its sense: "över", "minst", "lägst", "ha fyllt", "fyllt", "fyllda" all tell the lowest age ("Sökande ska ha
 * fyllt 18 år" → "Sökande ska vara minst 18 år gammal", review74d A1–A3, A9: the same bound in other words); "högst" and
 * "under" each keep their own, a number's sense differs between them.
 */
function boundOf(word: string): string {
  const w = word.toLowerCase().replace(/\s+/gu, ' ');
  return ['över', 'minst', 'lägst', 'ha fyllt', 'fyllt', 'fyllda'].includes(w) ? 'från' : w;
}

/** whether a text still writes an age as a number of years ("18 år", "15 och 25 år", "15–25 år"): a bound moved elsewhere */
function writesAge(text: string, key: string): boolean {
  const nums = key.match(/\d+/gu) ?? [];
  return nums.every((n) => new RegExp(`(?<!\\d)${n}(?:\\s*(?:och|-|–|till)\\s*\\d{1,2})?\\s+år(?![\\p{L}])|(?<!\\d)\\d{1,2}\\s*(?:och|-|–|till)\\s*${n}\\s+år(?![\\p{L}])`, 'iu').test(text));
}

/** The age bounds a text's sentences about applying state (AGE_LIMIT_SENTENCES), each "från 18", with its sentence. */
function ageLimits(sentences: readonly TextSentence[]): Array<{ readonly key: string; readonly sentence: TextSentence }> {
  const row = AGE_LIMIT_SENTENCES[0]!;
  return sentences.flatMap((s) => {
    // (a bound under a heading of conditions, "Villkor" over "Den sökande är mellan 18 och 30 år gammal …", is the text's
    // condition, not whom it names as applicants: diffclass70's grid, stiftelse/conditions)
    if (!rowHolds(row, s.text) || (s.section !== undefined && classifyHeading(s.section) === 'conditions')) return [];
    const m = row.cue.exec(s.text);
    return m ? [{ key: `${boundOf(m[1]!)} ${Number(m[2])}${m[3] ? `-${Number(m[3])}` : ''}`, sentence: s }] : [];
  });
}

/**
 * How the applicants' age bound changed between two texts naming the same kinds (index.ts asks only where no other change
 * of recipients was found): a bound stated anew ("… över 18 år … kan söka", Region Örebro län 2021 → 2024, Region
 * Västmanland 2019 → 2025, diff q350–q353), another bound, or one no longer stated; undefined when the bounds agree.
 */
export function ageLimitChange(olds: readonly TextSentence[], news: readonly TextSentence[]): { readonly kind: 'changed' | 'added' | 'removed'; readonly old?: TextSentence; readonly new?: TextSentence } | undefined {
  const oldText = olds.map((s) => s.text).join('\n');
  const newText = news.map((s) => s.text).join('\n');
  const a = ageLimits(olds);
  const b = ageLimits(news);
  const ka = new Set(a.map((x) => x.key));
  const kb = new Set(b.map((x) => x.key));
  if (ka.size === kb.size && [...ka].every((k) => kb.has(k))) return undefined;
  const gone = a.find((x) => !kb.has(x.key));
  const come = b.find((x) => !ka.has(x.key));
  if (gone && come) return { kind: 'changed', old: gone.sentence, new: come.sentence };
  // … a bound stated or dropped only where the other text does not write the same age elsewhere: moved into the grant's
  // name ("Ungdomsstipendium för unga mellan 15 och 25 år", review74d A6) or into a sentence the row does not read ("Är du
  // under 18 år behöver …", A7)
  if (come) return writesAge(oldText, come.key) ? undefined : { kind: 'added', new: come.sentence };
  return gone && !writesAge(newText, gone.key) ? { kind: 'removed', old: gone.sentence } : undefined;
}

/**
 * A grant's name that holds whom it is for: "verksamhetsbidraget för kulturföreningar", "Bidrag till föreningar" (group 1 the
 * word after "för"/"till" and up to two words before it, the kinds' words read from it). Read in the old text only where the
 * new text's opening line (bidrag-till-for) names its applicants: the same name, no new statement of who may apply.
 */
export const GRANT_NAME_FOR_SENTENCES: ReadonlyArray<SentenceRow<'recipients'>> = [
  {
    id: 'bidragsnamn-for-slag', where: 'sentence', meaning: 'recipients', weight: 1,
    // (a compound that names one grant, "verksamhetsbidraget", not a bare "bidrag till föreningar" a rule sentence tells:
    // "Kommunen ger inte bidrag till föreningar med vinstsyfte", review74d N1)
    cue: wordy(/(?<![\p{L}\p{N}])\p{L}{3,30}(?:bidrag|bidraget|stöd|stödet|stipendi\p{L}{0,6})\s+(?:för|till)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)/iu),
    examples: ['Det börjar nu bli tid att ansöka om det årliga verksamhetsbidraget för kulturföreningar.', 'Verksamhetsbidrag till kulturföreningar'],
    counterExamples: ['Föreningar kan söka bidrag.', 'Ansökan om utbetalning görs till kommunen.', 'Kommunen ger inte bidrag till föreningar med vinstsyfte.', 'Stöd till föreningar med vinstsyfte ges inte.'],
  },
];

/**
 * Whether every kind a new sentence names (by its own word, "kulturföreningar") the old text names by the same word in a
 * grant's name (GRANT_NAME_FOR_SENTENCES): the kind's word itself, not a wider one ("föreningar" is no "kulturföreningar").
 */
function namedInGrantName(sentence: string, olds: readonly TextSentence[]): boolean {
  const row = GRANT_NAME_FOR_SENTENCES[0]!;
  const named = olds.flatMap((s) => { const m = row.cue.exec(s.text); return m ? m[1]!.toLowerCase().split(/\s+/u) : []; });
  const words = sentence.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => KINDS.some(([, re]) => re.test(w)));
  return words.length > 0 && words.every((w) => named.includes(w));
}

/**
 * "till" before whom something is given, a person or group within the next few words: "en penninggåva till person eller grupp
 * som visat framstående förmåga" (SV Blekinge 2020, diff q240): the old text's words for whom a prize goes to (eligibilityAdded)
 */
export const GIVEN_TO_SENTENCES: ReadonlyArray<SentenceRow<'recipients'>> = [
  {
    id: 'till-person-eller-grupp', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/\btill\s+(?:en\s+|ett\s+)?(?:[\p{L}-]+\s+){0,3}?(?:person|personer|grupp|grupper)\b/iu),
    examples: ['Stipendiet är en penninggåva till person eller grupp som visat framstående förmåga.', 'Priset delas ut till en eller flera personer.'],
    // constructed counter-examples
    counterExamples: ['Bidraget betalas ut till föreningen.', 'Priset delas ut till en förening i kommunen.', 'Gruppen kan söka bidrag.'],
  },
];

const GIVEN_TO = GIVEN_TO_SENTENCES[0]!.cue;

/**
 * A sentence that shuts some associations out, a veto on the umbrella below: "Ekonomiska föreningar kan inte söka.", "Endast
 * ideella föreningar kan söka." beside "… kan sökas av ideella organisationer" narrows the applicants, it does not rename them
 * (review47 s3, constructed).
 */
export const UMBRELLA_VETO_SENTENCES: ReadonlyArray<SentenceRow<'recipients'>> = [
  {
    id: 'foreningar-utestangs', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/(?<![\p{L}\p{N}])[\p{L}-]*föreningar\s+(?:[\p{L}-]+\s+){0,3}?(?:kan|får)\s+(?:inte|ej)\s+(?:an)?söka\b|\b(?:endast|bara|enbart)\s+ideella\s+(?:föreningar|organisationer)\b/iu),
    examples: ['Ekonomiska föreningar kan inte söka.', 'Endast ideella föreningar kan söka bidraget.'],
    counterExamples: ['Föreningar och organisationer kan söka bidraget.', 'Bidraget kan sökas av ideella organisationer som arbetar med brottsofferstöd.'],
  },
];

/** the umbrella term that holds ideella föreningar: "ideella organisationer", "en ideell organisation" */
const IDEAL_ORGANISATIONS = wordy(/\bideell(?:a)?\s+organisation(?:er|erna|en)?\b/iu);

/**
 * A question that asks who may apply, put over its answer: "Vem får söka?" over "Ideella miljöorganisationer." (Naturvårdsverket's
 * ideella miljöorganisationer 2021, diff batch 32): the answer, a short line that names kinds of applicant, states who may apply
 * (answeredApplicants)
 */
export const WHO_MAY_APPLY_SENTENCES: ReadonlyArray<SentenceRow<'recipients'>> = [
  {
    id: 'vem-far-soka', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/^(?:vem|vilka)\s+(?:får|kan)\s+(?:an)?söka\b[^?]{0,60}\?\s*$/iu),
    examples: ['Vem får söka?', 'Vilka kan söka bidraget?'],
    counterExamples: ['Vem får söka? Läs mer om villkoren.', 'Hur söker man bidraget?', 'Vem kan svara på frågor?'],
  },
];

/** an answer's most words: a list of kinds, not a sentence with a rule of its own */
const ANSWER_WORDS = 8;

/**
 * The sentences of a text that state who may apply, with the kinds each names: a sentence applicantsOf reads, or a short answer
 * right after a question of who may apply ("Vem får söka?" → "Ideella miljöorganisationer.") that names kinds.
 */
function statedApplicants(xs: readonly TextSentence[]): Array<{ s: TextSentence; kinds: string[] }> {
  return xs.flatMap((s, i) => {
    const kinds = applicantsOf(s.text) ?? answeredApplicants(s, xs[i - 1]);
    return kinds ? [{ s, kinds }] : [];
  });
}

/** the kinds a short answer to a question of who may apply names (statedApplicants); undefined for any other sentence */
function answeredApplicants(s: TextSentence, before: TextSentence | undefined): string[] | undefined {
  if (!before || !WHO_MAY_APPLY_SENTENCES.some((row) => rowHolds(row, before.text))) return undefined;
  if (s.text.split(/\s+/u).length > ANSWER_WORDS || /\?\s*$/u.test(s.text)) return undefined;
  const kinds = KINDS.filter(([, re]) => re.test(s.text)).map(([k]) => k);
  return kinds.length > 0 ? kinds : undefined;
}

export interface EligibilityChange { readonly old: TextSentence; readonly new: TextSentence; readonly oldKinds: readonly string[]; readonly newKinds: readonly string[] }

/**
 * Whether the kinds of applicant changed: both texts state who may apply, and the kinds their
 * sentences name differ. The first sentence of each text that names a kind the other's do not is
 * quoted (else its first such sentence).
 */
export function eligibilityChange(olds: readonly TextSentence[], news: readonly TextSentence[]): EligibilityChange | undefined {
  const a = statedApplicants(olds);
  const b = statedApplicants(news);
  if (a.length === 0 || b.length === 0) return undefined;
  const ka = new Set(a.flatMap((x) => x.kinds));
  const kb = new Set(b.flatMap((x) => x.kinds));
  // "ideella organisationer" is the umbrella of ideella föreningar: a text that names föreningar and organisationer beside
  // one that names ideella organisationer (Kriminalvården's calls 2015 → 2019, diff q251/q247) names the same applicants
  // (never where the umbrella's text shuts some associations out: "Ekonomiska föreningar kan inte söka", UMBRELLA_VETO_SENTENCES)
  const shutOut = (xs: readonly TextSentence[]): boolean => xs.some((x) => UMBRELLA_VETO_SENTENCES.some((r) => rowHolds(r, x.text)));
  const umbrella = (xs: ReadonlyArray<{ s: TextSentence }>, all: readonly TextSentence[]): boolean => xs.some((x) => IDEAL_ORGANISATIONS.test(x.s.text)) && !shutOut(all);
  if (ka.has('förening') && ka.has('organisation') && umbrella(b, news)) kb.add('förening');
  if (kb.has('förening') && kb.has('organisation') && umbrella(a, olds)) ka.add('förening');
  // one compound with its head written "-organisationer" in one text and "-föreningar" in the other, the same first part
  // ("ideella miljöorganisationer" → "ideella miljöföreningar", diff37): the same applicants named two ways
  if (sameCompoundBody(a.map((x) => x.s.text).join(' '), b.map((x) => x.s.text).join(' '))) for (const k of ['förening', 'organisation']) { ka.add(k); kb.add(k); }
  if (ka.size === kb.size && [...ka].every((k) => kb.has(k))) return undefined;
  const o = a.find((x) => x.kinds.some((k) => !kb.has(k))) ?? a[0]!;
  const n = b.find((x) => x.kinds.some((k) => !ka.has(k))) ?? b[0]!;
  return { old: o.s, new: n.s, oldKinds: [...ka].sort(), newKinds: [...kb].sort() };
}

/**
 * The heads of an applicant compound that name one body kind whichever of them is written, as data: "miljöorganisationer" and
 * "miljöföreningar" are the same applicants (diff37). Their forms are the lexicon's (ORGANISATION_NOUNS: "-organisationen",
 * "-föreningarna" …); a compound of any of them is one "sammanslutning" to compoundKey and one first part to sameCompoundBody.
 */
const BODY_HEADS: ReadonlyArray<{ readonly head: BodyHead; readonly forms: readonly string[] }> = (['organisation', 'förening'] as const)
  .map((head) => ({ head, forms: organisationNoun(head).forms }));

export type BodyHead = 'organisation' | 'förening';

/** the first part of such a compound: three letters at least ("ideella föreningar", two words, is none) */
const BODY_FIRST = /^\p{L}{3,}$/u;

/**
 * A word read as a compound whose head is one of BODY_HEADS, THE one reader of that notion: its first part without a joining
 * "s" ("miljö" of "miljöorganisationer", "funktionshinder" of "funktionshindersföreningar") and the head it has there; undefined
 * for the heads' own words ("föreningar"), a first part shorter than three letters or holding a digit, and any other word.
 */
export function bodyCompound(word: string): { readonly first: string; readonly head: BodyHead } | undefined {
  const w = word.toLowerCase();
  for (const { head, forms } of BODY_HEADS) {
    // (no form ends another form of the table, so the first that ends the word is its head)
    const form = forms.find((f) => w.endsWith(f));
    if (form === undefined) continue;
    const first = w.slice(0, -form.length);
    return BODY_FIRST.test(first) ? { first: first.replace(/s$/u, ''), head } : undefined;
  }
  return undefined;
}

/** The first parts of a text's "-organisationer" or "-föreningar" compounds (bodyCompound), each with the heads it has there. */
function bodyCompounds(text: string): Map<string, Set<BodyHead>> {
  const out = new Map<string, Set<BodyHead>>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const c = bodyCompound(word);
    if (c !== undefined) out.set(c.first, (out.get(c.first) ?? new Set()).add(c.head));
  }
  return out;
}

/**
 * Whether one text names a compound "X-organisationer" where the other names "X-föreningar" (and not the other head too):
 * "ideella miljöorganisationer" → "ideella miljöföreningar" (diff37, a leftover of diffb32's Naturvårdsverket pages) name the
 * same applicants, the word's head written two ways. "ideella organisationer" → "ideella föreningar", no compound, stays a
 * change of kind (the umbrella above is the rule there).
 */
export function sameCompoundBody(oldText: string, newText: string): boolean {
  const [a, b] = [bodyCompounds(oldText), bodyCompounds(newText)];
  return [...a].some(([first, heads]) => {
    const other = b.get(first);
    return other !== undefined && heads.size === 1 && other.size === 1 && [...heads][0] !== [...other][0];
  });
}

/**
 * The applicant phrases of a sentence that states who may apply, read where applicantsOf reads its kinds (the examples after
 * "till exempel", counted places and qualified applicants left out): each word that names a kind of applicant, as written
 * ("funktionshindersföreningar"), with a qualifier "med …" right after it, two words at most ("föreningar med länsansvar"), or
 * the two words after a relative clause's verb and its "med", "för" … ("föreningar som arbetar med unga": "unga").
 */
function applicantPhrases(sentence: string): string[] {
  const examples = ALL_BUT_EXAMPLES_SENTENCES.some((row) => rowHolds(row, sentence));
  const named = (examples ? sentence.replace(EXAMPLES_TAIL, ' ') : sentence).replace(COUNTED_PLACES, ' ').replace(QUALIFIED_APPLICANTS, ' ');
  const words = named.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const out: string[] = [];
  words.forEach((w, i) => {
    if (!KINDS.some(([, re]) => re.exec(w)?.[0] === w)) return;
    // a kind's own word ("föreningar", "landsting") is its kind, which eligibilityChange compares; a compound names some of it
    const own = KIND_WORDS.has(w.toLowerCase());
    // … or whom or what a relative clause after it names, the verb left out: "föreningar som arbetar med unga" ("som jobbar
    // med unga" is the same applicants, "som arbetar med äldre" others)
    const relative = words[i + 1]?.toLowerCase() === 'som' && RELATIVE_OBJECT_LEADS.has(words[i + 3]?.toLowerCase() ?? '');
    const qualifier = words[i + 1]?.toLowerCase() === 'med' ? words.slice(i + 2, i + 4) : relative ? words.slice(i + 4, i + 6) : [];
    const end = qualifier.findIndex((x) => PHRASE_END.has(x.toLowerCase()));
    out.push(...(own ? [] : [w]), ...(end < 0 ? qualifier : qualifier.slice(0, end)));
  });
  return out;
}

/** the kinds' own words, as the lexicon writes them (a compound of one is not among them) */
const KIND_WORDS: ReadonlySet<string> = new Set([...RECIPIENT_NOUNS.flatMap((row) => row.plurals), ...APPLICANT_NOUNS.flatMap((row) => row.words)].map((w) => w.toLowerCase()));

/** A text's words as meaning keys (text.ts meaningKey), stop words left out. */
const meaningKeys = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP_WORDS.has(w)).map(compoundKey);

/**
 * A word's meaning key; a compound of a kind's own word keyed by its first part without a joining "s" and the kind's word:
 * "funktionshindersföreningar" and "funktionshinderföreningar" are one spelling of one applicant.
 */
function compoundKey(word: string): string {
  // a head "-organisationer" or "-föreningar" is one key, read as sameCompoundBody reads it: "miljöorganisationer", "miljöföreningar"
  const body = bodyCompound(word);
  if (body !== undefined) return `${body.first}+sammanslutning`;
  for (const kind of OTHER_KIND_WORDS) {
    if (word.length > kind.length + 2 && word.endsWith(kind)) return `${word.slice(0, -kind.length).replace(/-$/u, '').replace(/s$/u, '')}+${kind}`;
  }
  return meaningKey(word);
}

/** the kinds' own words but the body heads' (bodyCompound reads those), for compoundKey */
const OTHER_KIND_WORDS: readonly string[] = [...KIND_WORDS].filter((w) => !BODY_HEADS.some((row) => row.forms.includes(w)));

/** the words after a relative clause's verb that lead what it works with or for: "som arbetar med …", "som verkar för …" */
const RELATIVE_OBJECT_LEADS: ReadonlySet<string> = new Set(['med', 'för', 'inom', 'mot', 'kring', 'bland']);

/** a word that ends a qualifier after "med": a verb, a relative, a place or a list's next part */
const PHRASE_END = new Set(['kan', 'får', 'ska', 'skall', 'som', 'och', 'eller', 'samt', 'i', 'inom', 'på', 'för', 'att', 'är', 'har']);

export interface ApplicantsRenamed { readonly old: TextSentence; readonly new: TextSentence }

/**
 * Whether the applicants changed within their kinds (eligibilityChange saw the same kinds): "Bidraget kan sökas av
 * funktionshindersföreningar" → "… av föreningar med länsansvar" (diff35 class 6) opens the grant to other föreningar. The
 * applicant phrases of each text's sentences stating who may apply (applicantPhrases) are compared by their content stems
 * with the other text's such sentences: a stem of a phrase the other text's sentences lack anywhere is a change; words
 * reordered, a verb or the grant's name reworded ("Funktionshindersföreningar kan söka bidraget" → "Bidraget kan sökas av
 * funktionshindersföreningar") are none, and so are föreningar beside "ideella organisationer", their umbrella (as in
 * eligibilityChange). The first sentence of each side that holds such a stem is quoted.
 */
export function applicantsRenamed(olds: readonly TextSentence[], news: readonly TextSentence[]): ApplicantsRenamed | undefined {
  const read = (xs: readonly TextSentence[]): TextSentence[] => statedApplicants(xs).map((x) => x.s);
  const a = read(olds);
  const b = read(news);
  if (a.length === 0 || b.length === 0) return undefined;
  const umbrella = (xs: readonly TextSentence[], all: readonly TextSentence[]): boolean => xs.some((x) => IDEAL_ORGANISATIONS.test(x.text)) && !all.some((x) => UMBRELLA_VETO_SENTENCES.some((r) => rowHolds(r, x.text)));
  const stems = (xs: readonly TextSentence[], all: readonly TextSentence[]): Set<string> => new Set([...xs.flatMap((x) => meaningKeys(x.text)), ...(umbrella(xs, all) ? meaningKeys('föreningar') : [])]);
  const sa = stems(a, olds);
  const sb = stems(b, news);
  const differs = (x: TextSentence, other: ReadonlySet<string>): boolean => applicantPhrases(x.text).some((p) => meaningKeys(p).some((w) => !other.has(w)));
  const o = a.find((x) => differs(x, sb));
  const n = b.find((x) => differs(x, sa));
  if (!o && !n) return undefined;
  return { old: o ?? a[0]!, new: n ?? b[0]! };
}
