// Which contract field a rule sentence belongs to, for the change report's text-level pass
// (specs/diff/text.ts): a sentence of either year's text that changed, was added or removed is
// reported only when one of these rows claims it, and then as a change to that ONE field (the
// heaviest row that holds). A sentence no row claims is not reported. Each row is phrase knowledge
// like the extractor's cue rows (extract/cues/): its examples must hold and its counter-examples
// must not, run by test/extract/cues.test.ts (registered in extract/cues/index.ts as `diff.*`).
// The rows live here because specs/ imports nothing from extract/; they read one whole sentence.
// Dates, amounts, recipients and titles are never claimed here: the spec diff owns those.

/** The fields a rule sentence is reported under: the lists of rules a recipient must follow. */
export const RULE_FIELDS = ['conditions', 'requisition.requires', 'evidence_documents', 'reporting.content', 'permitted_uses', 'excluded_uses', 'repayment.triggers'] as const;
/** The fields a sentence may be reported under: the rule lists, and the way the application is handed in. */
export type RuleField = typeof RULE_FIELDS[number] | 'requisition.channel' | 'payment' | 'funding.parts' | 'purpose';

/** One row: the shape of the extractor's cue rows (extract/cues/types.ts), read on a whole sentence. */
export interface SentenceRow<M> {
  readonly id: string;
  readonly where: 'sentence';
  readonly cue: RegExp;
  readonly meaning: M;
  readonly weight: number;
  readonly also?: { readonly where: 'sentence'; readonly cue: RegExp };
  readonly unless?: ReadonlyArray<{ readonly where: 'sentence'; readonly cue: RegExp }>;
  readonly examples: readonly string[];
  readonly counterExamples: readonly string[];
  readonly note?: string;
}

/**
 * A pattern whose `\b` is a Unicode word boundary (JavaScript's own \b knows no "å", "ä", "ö":
 * "\bstöd\b" would not match in "stödet"). Every `\b` in these rows stands before a word (a letter,
 * a group or \d, \p follows it) or after one, so it is written as the one lookaround that side
 * needs: no letter or digit before, or none after. The pattern stays linear.
 */
export function wordy(re: RegExp): RegExp {
  const src = re.source;
  // before a word: a letter, a digit, a group or a class of letters or digits follows ("\\bska", "\\b0\\d", "\\b(?:", "\\b\\d",
  // "\\b\\p{L}"); a literal digit once read as a word's end made "\\b0\\d{1,3}…" (a telephone number) never hold
  const before = (at: number): boolean => /^(?:\p{L}|\p{N}|\(|\\[dp])/u.test(src.slice(at + 2, at + 4));
  const source = src.replace(/\\b/gu, (_m, at: number) => (before(at) ? '(?<![\\p{L}\\p{N}])' : '(?![\\p{L}\\p{N}])'));
  return new RegExp(source, re.flags.includes('u') ? re.flags : `${re.flags}u`);
}

/** a date or an amount alone decides nothing here: "senast den …" is a deadline, the spec diff's */
const DEADLINE = { where: 'sentence', cue: wordy(/\bsenast\s+(?:den\s+)?\d{1,2}\s+\p{L}+|\bsista\s+(?:ansöknings|rekvisitions)?dag/iu) } as const;
/** words of the grant and who gets it: a rule sentence of the grant names one of them */
const GRANT_WORDS = wordy(/\b(?:\p{L}*bidrag\p{L}*|medel|medlen|\p{L}*stöd(?:et)?|ersättning\p{L}*|\p{L}*stipendi\p{L}*|ansök\p{L}*|sökanden?|rekvi\p{L}+|mottagar\p{L}*|kommun\p{L}*|region\p{L}*|organisation\p{L}*|förening\p{L}*|huvudm\p{L}+|verksamhet\p{L}*|projekt\p{L}*|insats\p{L}*|aktivitet\p{L}*|beslut\p{L}*)\b/iu);

export const RULE_SENTENCES: ReadonlyArray<SentenceRow<RuleField>> = [
  {
    // a use ruled out: "Medlen får inte användas till investeringar", "Stöd beviljas inte för …"
    id: 'far-inte-anvandas', where: 'sentence', meaning: 'excluded_uses', weight: 9,
    cue: wordy(/\b(?:får|kan)\s+(?:inte|ej)\s+(?:[\p{L}-]+\s+){0,3}?(?:användas|nyttjas|utnyttjas|finansiera|täcka|bekosta|gå\s+till|sökas\s+för|beviljas\s+för|lämnas\s+för)\b|\b(?:beviljas|lämnas|ges)\s+(?:inte|ej)\s+(?:stöd\s+|bidrag\s+)?för\b|\b(?:räknas|godkänns)\s+(?:inte|ej)\s+som\s+(?:stödberättigande|bidragsberättigande)\b|\bgår\s+(?:inte|ej)\s+att\s+(?:söka|få)\s+(?:[\p{L}-]*(?:bidrag|stöd)\s+|medel\s+|pengar\s+)?(?:för|till)\b|\b(?:finansiera|täcka|bekosta|användas\s+(?:till|för))\b[^.]{0,120}?,\s*dock\s+(?:inte|ej)\b/iu),
    examples: ['Medlen får inte användas till investeringar i lokaler.', 'Bidraget får inte nyttjas till inköp av utrustning (ex teknik), eller biljettinträde.', 'Stödet får inte utnyttjas för ordinarie drift.', 'Stöd beviljas inte för åtgärder som redan påbörjats.', 'Bidraget får inte täcka kostnader för löner.', 'Det går inte att söka bidrag för exempelvis utlandsresor eller träningsläger.', 'Bidraget kan delvis finansiera annonsering, marknadsföring eller andra omkostnader, dock inte personalkostnader'],
    counterExamples: ['Medlen får användas till investeringar i lokaler.', 'Bidraget får nyttjas till inköp av utrustning.', 'Ansökan får inte vara längre än fem sidor.', 'Bidrag beviljas inte till privatpersoner.', 'Det går inte att söka bidraget efter den 1 mars.', 'Bidraget kan finansiera annonsering och marknadsföring.', 'Ansökan görs i e-tjänsten, dock inte för stipendier.'],
  },
  {
    // the applicant's duty not to use the grant for something, a list's item under "ska en organisation" or a sentence of its own:
    // "inte använda medel från detta bidrag till verksamhet som erbjuder varor och tjänster på en marknad" (Naturvårdsverket's
    // ideella miljöorganisationer 2021, diff batch 32), "Föreningen får inte använda bidraget till alkohol" (constructed): the
    // grant's money as the object, so "Du kan inte använda e-tjänsten för …" rules out no use
    id: 'inte-anvanda-medel-till', where: 'sentence', meaning: 'excluded_uses', weight: 9,
    cue: wordy(/(?:^\W*|\b(?:ska|skall|får|kan|bör)\s+(?:[\p{L}-]+\s+){0,2}?)(?:inte|ej)\s+använda\s+(?:[\p{L}-]+\s+)?(?:medel|medlen|[\p{L}-]*bidrag\p{L}*|[\p{L}-]*stöd(?:et)?|pengar\p{L}*)\s[^.]{0,80}?\b(?:till|för)\s/iu),
    examples: ['inte använda medel från detta bidrag till verksamhet som erbjuder varor och tjänster på en marknad', 'Föreningen får inte använda bidraget till alkohol.'],
    counterExamples: ['Du kan inte använda e-tjänsten för att ansöka.', 'Föreningen ska använda bidraget till aktiviteter för unga.', 'inte ha näringsverksamhet som huvudsaklig inkomstkälla'],
  },
  {
    // what the funder will not give priority to, a use it turns down in effect: "Vi prioriterar inte interna
    // personalarrangemang eller fortbildningsinsatser, läsfrämjande insatser i skolan, medieinköp, förstudier eller ordinarie
    // verksamhet inom exempelvis biblioteksområdet." (Kulturrådet's läsfrämjande insatser, diff q268); the passive too
    // ("Ordinarie drift prioriteras inte", "… är inte prioriterade"). Heavier than the priority row (a condition), which
    // holds on "prioriteras" alone. Not the funder's own work ("Vi prioriterar inte handläggningen …" names no use: a
    // sentence whose subject is an application or a report stays a condition)
    id: 'prioriterar-inte', where: 'sentence', meaning: 'excluded_uses', weight: 9,
    cue: wordy(/\b(?:vi|nämnden|fonden|stiftelsen|myndigheten|regionen|kommunen|styrelsen|länsstyrelsen)\s+(?:kommer\s+att\s+)?prioriterar?\s+(?:inte|ej)\b|\bprioriteras\s+(?:inte|ej)\b|\b(?:är|blir)\s+(?:inte|ej)\s+prioriterade?\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/^\W*(?:[\p{L}-]+\s+){0,2}?(?:ansökningar(?:na)?|ansökan|redovisningar(?:na)?|ärenden(?:a)?|handläggningen)\b/iu) },
      // … nor one whose object is the applications or the applicants ("Vi prioriterar inte ansökningar som kommer in efter sista
      // ansökningsdag", "Vi prioriterar inte föreningar som redan har fått bidrag i år": a condition on who, not a use; review65,
      // constructed)
      { where: 'sentence', cue: wordy(/\bprioriterar?\s+(?:inte|ej)\s+(?:[\p{L}-]+\s+)?(?:ansökningar(?:na)?|ansökan|sökande|föreningar|organisationer|kommuner|regioner|aktörer|företag)\b/iu) }],
    examples: ['Vi prioriterar inte interna personalarrangemang eller fortbildningsinsatser, läsfrämjande insatser i skolan, medieinköp, förstudier eller ordinarie verksamhet inom exempelvis biblioteksområdet.', 'Ordinarie drift och investeringar i lokaler prioriteras inte.', 'Resor utomlands är inte prioriterade.'],
    counterExamples: ['Vi prioriterar projekt som når barn och unga.', 'Ansökningar som kommer in för sent prioriteras inte.', 'Nya former av arrangemang prioriteras.',
      'Vi prioriterar inte ansökningar som kommer in efter sista ansökningsdag.', 'Vi prioriterar inte föreningar som redan har fått bidrag i år.'],
  },
  {
    // the themes a call funds work within, its uses: "Utlysningarnas teman kan variera från år till år men handlar ofta om
    // demokrati- och inflytandefrågor, diskriminering, rasism och frågor som rör hbtqi." (MUCF 2023, diff q162/q163), "Årets
    // tema är psykisk hälsa" (constructed), "Temat för utlysningen 2025 är klimatomställning" (constructed). A theme of an
    // event or a meeting is not one of the grant's
    id: 'utlysningens-tema', where: 'sentence', meaning: 'permitted_uses', weight: 7,
    cue: wordy(/\b(?:årets|bidragets|stödets)\s+(?:tema|teman|temaområden?)\s+(?:är|blir)\b|\b(?:utlysningens|utlysningarnas|utlysningarnas)\s+(?:tema|teman|temaområden?)\s+(?:[\p{L}-]+\s+){0,8}?(?:är|blir|handlar\s+(?:ofta\s+|främst\s+|i\s+år\s+)?om|berör|rör|gäller)\b|\b(?:temat|temaområdet|temaområdena)\s+för\s+(?:årets\s+|den\s+här\s+|denna\s+)?(?:utlysning(?:en)?|bidrag(?:et)?|stöd(?:et)?)\b[^.]{0,30}?\s(?:är|blir)\b/iu),
    // … never a meeting's or an event's theme told in the same sentence ("Årets tema är digital säkerhet på informationsmötet den 3
    // mars", review65, constructed)
    unless: [{ where: 'sentence', cue: wordy(/\b(?:informationsmöte\p{L}*|mötet|konferens\p{L}*|festival\p{L}*|seminari\p{L}*|webbinari\p{L}*|träff\p{L}*|mässa\p{L}*|årsmöte\p{L}*)\b/iu) }],
    examples: ['Utlysningarnas teman kan variera från år till år men handlar ofta om demokrati- och inflytandefrågor, diskriminering, rasism och frågor som rör hbtqi.', 'Årets tema är psykisk hälsa bland unga.', 'Temat för utlysningen 2025 är klimatomställning i vardagen.'],
    counterExamples: ['Temat för konferensen är psykisk hälsa.', 'Årets tema på festivalen är jazz.', 'Utlysningen är öppen till den 1 mars.', 'Årets tema är digital säkerhet på informationsmötet den 3 mars.'],
  },
  {
    // the fields the measures funded may lie in: "Åtgärderna kan vara inom exempelvis lantbruk, industri, bostäder, lokaler,
    // stadsbyggnad och energi." → "Åtgärder kan beviljas inom exempelvis lantbruk, industri, bostäder, lokaler och
    // stadsbyggnad." (Länsstyrelsen Gotland's Klimatklivet, February → August 2020, diff q307/q309), "Åtgärder som får stöd
    // kan utföras inom exempelvis transport, energi och industri, …" (2022, diff q308); never a time ("inom ett år")
    id: 'atgarder-kan-vara-inom', where: 'sentence', meaning: 'permitted_uses', weight: 7,
    cue: wordy(/^(?:[\p{L}-]+\s+){0,2}?(?:åtgärder|åtgärderna|projekt|projekten|insatser|insatserna|aktiviteter|aktiviteterna)\s+(?:som\s+(?:får|kan\s+få|beviljas)\s+(?:stöd|bidrag)\s+)?(?:kan|får)\s+(?:vara|beviljas|utföras|genomföras)\s+inom\s+(?:exempelvis\s+|till\s+exempel\s+|bland\s+annat\s+)?\p{L}/iu),
    unless: [{ where: 'sentence', cue: wordy(/\binom\s+(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|\d+)\s+(?:år|månader?|veckor?|dagar?)\b|\b(?:inte|ej|aldrig)\b/iu) }],
    examples: ['Åtgärderna kan vara inom exempelvis lantbruk, industri, bostäder, lokaler, stadsbyggnad och energi.', 'Åtgärder kan beviljas inom exempelvis lantbruk, industri, bostäder, lokaler och stadsbyggnad.', 'Åtgärder som får stöd kan utföras inom exempelvis transport, energi och industri, jordbruk, fastigheter och återvinning.'],
    counterExamples: ['Projekten kan genomföras inom ett år.', 'Åtgärder kan inte beviljas inom handeln med utsläppsrätter.', 'Åtgärderna ska redovisas inom tre månader.'],
  },
  {
    // a use permitted: "Medlen får användas till kompetensutveckling", "Bidrag kan sökas för kurser"
    id: 'far-anvandas-till', where: 'sentence', meaning: 'permitted_uses', weight: 7,
    cue: wordy(/\b(?:får|kan|ska)\s+(?:även\s+|också\s+|endast\s+|bara\s+|exempelvis\s+|till\s+exempel\s+|bland\s+annat\s+)?(?:användas|nyttjas|utnyttjas|täcka|finansiera|bekosta)\s+(?:till|för|kostnader)\b|\b(?:kan|får)\s+(?:även\s+|också\s+)?(?:sökas|beviljas|ges|lämnas)\s+för\b|\bstödberättigande\s+kostnader\b|\bgår\s+(?:exempelvis\s+|till\s+exempel\s+|även\s+|också\s+)?att\s+(?:söka|få)\s+(?:[\p{L}-]*(?:bidrag|stöd)\s+|medel\s+|pengar\s+)?för\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:inte|ej|aldrig)\b/iu) }],
    examples: ['Medlen får användas till kompetensutveckling av personal.', 'Bidraget kan nyttjas till arvoden och lokalhyra.', 'Bidrag kan sökas för kurser och studiecirklar.', 'Stödberättigande kostnader är löner och resor.', 'Det går exempelvis att söka bidrag för prova-på aktiviteter, utflykter och dagkollo.',
      // the uses as examples (Konstnärsnämnden, diff q152; MUCF's organisationsbidrag of 2024)
      'Stipendiet kan exempelvis användas till arbets- och levnadsomkostnader under en koncentrerad arbetsperiod eller till vidareutbildning, arbetslokaler eller investeringar i utrustning och material.', 'Bidraget kan till exempel användas för verksamhets-, administrations- och personalkostnader för hela kalenderåret 2024.'],
    counterExamples: ['Medlen får inte användas till löner.', 'Ansökan kan exempelvis användas som underlag för beslut.', 'Bidrag kan sökas av kommuner i länet.', 'Kommunen ska använda medlen i år.', 'Det går att söka bidraget till och med den 1 mars.'],
  },
  {
    // a use as where the money goes: "Pengarna ska gå till att anordna gratis aktiviteter för barn mellan 6 och 15 år under de
    // fyra skolloven och sommarlovet." (Strömsund 2018, diff q380), "Bidraget ska gå till aktiviteter under höstlovet"; the
    // money's own noun as the subject and an infinitive or an activity's noun after "gå till", so the body it is paid to
    // ("Pengarna ska gå till kommunen") and an application sent ("Ansökan ska gå till nämnden") are not uses, nor a denial
    id: 'pengarna-ska-ga-till', where: 'sentence', meaning: 'permitted_uses', weight: 7,
    cue: wordy(/\b(?:pengarna|medlen|bidraget|stödet|bidragen|bidragspengarna)\s+(?:ska|skall|kommer\s+att|får)\s+(?:[\p{L}-]+\s+){0,3}?gå\s+till\s+(?:att\s+\p{L}+|(?:[\p{L}-]+\s+)?(?:aktivitet(?:en|er|erna)?|insats(?:en|er|erna)?|kostnad(?:en|er|erna)?|projekt(?:et|en)?|verksamhet(?:en|er|erna)?|åtgärd(?:en|er|erna)?|inköp(?:et|en)?))\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:inte|ej|aldrig)\b/iu) }],
    examples: ['Pengarna ska gå till att anordna gratis aktiviteter för barn mellan 6 och 15 år under de fyra skolloven och sommarlovet.', 'Bidraget ska gå till aktiviteter under höstlovet vecka 44.', 'Medlen ska i första hand gå till insatser för äldre.'],
    counterExamples: ['Pengarna ska gå till kommunen.', 'Ansökan ska gå till kultur- och fritidsnämnden.', 'Pengarna ska inte gå till löner.', 'Pengarna gick till att anordna läger förra året.',
      // (review76a probe D10) the one paid, a compound on an activity's noun: the noun itself, with its endings only
      'Bidraget ska gå till projektägaren som ansvarar för redovisningen.', 'Stödet ska gå till verksamhetsansvarig förening.'],
  },
  {
    // a use the grant covers, told as what it pays for: "Stödet som söks ska täcka en halvtidstjänst för en coach inklusive
    // ekonomiansvarig för projektet samt omkostnader under projektperioden." (Energimyndigheten's Coacher för energi och klimat
    // 2017), "Det bidrag som finns att söka täcker kostnader för en halvtidstjänst för en kommunanställd coach …" (its 2016
    // news, diff q338); not a share of the costs ("Stödet täcker 50 procent av kostnaden …", funding) nor a denial
    id: 'stodet-tacker', where: 'sentence', meaning: 'permitted_uses', weight: 7,
    cue: wordy(/^\W*(?:(?:det|den)\s+)?(?:[\p{L}-]*(?:bidrag|stöd)(?:et|en)?|medlen|medel)\s+(?:[\p{L}-]+\s+){0,4}?(?:(?:ska|skall|kan)\s+)?täck(?:a|er)\s+\p{L}/iu),
    // (… nor a share told otherwise: "täcker max halva kostnaden", "täcker kostnaderna till 50 procent", review70b T1, T2)
    unless: [{ where: 'sentence', cue: wordy(/\b(?:inte|ej|aldrig)\b|\btäck(?:a|er)\s+(?:högst\s+|max\p{L}*\s+|upp\s+till\s+|som\s+mest\s+|hela\s+)?(?:\d|hälften|en\s+del|del\s+av|delar\s+av)|\b(?:halva|hälften|tredjedel\p{L}*|fjärdedel\p{L}*|andel\p{L}*|procent)\b|%/iu) }],
    examples: ['Stödet som söks ska täcka en halvtidstjänst för en coach inklusive ekonomiansvarig för projektet samt omkostnader under projektperioden.', 'Det bidrag som finns att söka täcker kostnader för en halvtidstjänst för en kommunanställd coach och gäller fram till år 2019.', 'Bidraget täcker resor och logi för deltagarna.'],
    counterExamples: ['Energikartläggningsstödet täcker 50 procent av kostnaden för en energikartläggning med åtgärdsförslag och energiplan.', 'Bidraget täcker inte kostnader för resor.', 'Bidraget täcker en del av kostnaderna för hyran.',
      'Bidraget täcker max halva kostnaden för projektet.', 'Stödet täcker kostnaderna till 50 procent.'],
  },
  {
    // the areas one may apply within, a list's lead read with each item: "Du kan söka bidrag inom följande områden: Antidiskriminering"
    // (Region Sörmland, diff q204)
    id: 'kan-soka-inom-omraden', where: 'sentence', meaning: 'permitted_uses', weight: 7,
    cue: wordy(/\b(?:kan|får)\s+(?:söka|ansöka\s+om)\s+(?:[\p{L}-]*(?:bidrag|stöd)(?:et)?|medel|projektmedel)\s+inom\s+(?:följande|dessa|något\s+av\s+(?:följande|dessa))\s+(?:områden|område)\b/iu),
    examples: ['Du kan söka bidrag inom följande områden: Antidiskriminering'],
    counterExamples: ['Du kan söka bidrag inom kommunen.', 'Du kan inte söka bidrag inom följande områden: Idrott'],
    unless: [{ where: 'sentence', cue: wordy(/\b(?:inte|ej)\b/iu) }],
  },
  {
    // a use one may apply for, with "söka … för": "Man kan exempelvis söka bidrag för kontinuerligt arbete" (HaV, dev 161),
    // "Länsstyrelserna kan inom ramen för denna utlysning ansöka om medel för större investeringar" (MSB, dev 168), "Du kan
    // söka bidrag för lokala åtgärder som förbättrar havsmiljön" (dev). Not "för att …" (an aim: the purpose's), not a year
    // ("medel för 2024"), and not a sentence on who may apply ("Du som är svensklärare … kan söka bidrag för …": recipients
    // are the spec diff's)
    id: 'kan-soka-bidrag-for', where: 'sentence', meaning: 'permitted_uses', weight: 7,
    cue: wordy(/\b(?:kan|får)\s+(?:(?!(?:inte|ej|aldrig)\b)[\p{L}-]+\s+){0,5}?(?:söka|ansöka\s+om)\s+(?:[\p{L}-]*(?:bidrag|stöd)(?:et)?|medel|medlen|pengar)\s+för\s+(?!att\b)(?!(?:år\s+)?\d)(?!(?:er|din|ditt|dina|sin|sitt|sina)\b)\p{L}/iu),
    // nor a sentence on who may apply: "Du som är …", or one opening with the applicants ("Föreningar med verksamhet i
    // Finspångs kommun kan ansöka om medel för sommarlovsaktiviteter …", diff q134/q135), nor the deadline's
    unless: [{ where: 'sentence', cue: wordy(/\b(?:du|ni|den|de)\s+som\b|^\s*(?:\p{L}+\s+)?(?:[\p{L}-]*föreningar|organisationer|kommuner|regioner|företag|studieförbund|stiftelser|huvudmän)\b/iu) }, DEADLINE],
    examples: ['Man kan exempelvis söka bidrag för kontinuerligt arbete, eller för enskilda projekt.', 'Länsstyrelserna kan inom ramen för denna utlysning ansöka om medel för större investeringar samt större samverkansövningar som inte ingår i det sammanhållna projektet.', 'Du kan söka bidrag för lokala åtgärder som förbättrar havsmiljön.'],
    counterExamples: ['Kommuner och regioner kan söka stöd för att främja hållbara stadsmiljöer.', 'Kommuner kan ansöka om medel för 2024.', 'Du som är svensklärare och SI:s kontaktperson vid lärosätena med svenskundervisning kan söka bidrag för gästföreläsningar, projekt och evenemang och studieresor.', 'Man kan inte söka bidrag för resor.', 'Föreningar kan söka bidrag för sin verksamhet.', 'Föreningar med verksamhet i Finspångs kommun kan ansöka om medel för sommarlovsaktiviteter för barn och unga.', 'Du kan söka bidrag för lokala åtgärder senast 15 maj.'],
  },
  {
    // a use told as what the grant was or is applied for with "för att": "Kommunerna har kunnat söka bidraget för att sänka
    // sina elevavgifter" (Skolverket's kulturskola grant, diffgen63), "Föreningen kan använda stödet för att hyra lokal"
    // (constructed). Only the grant named definite ("bidraget", "stödet", "medlen"): "söka stöd för att främja …" is an aim,
    // the purpose's (kan-soka-bidrag-for leaves "för att" out)
    id: 'soka-bidraget-for-att', where: 'sentence', meaning: 'permitted_uses', weight: 7,
    cue: wordy(/\b(?:har\s+kunnat|har\s+fått|kunde|kan|får)\s+(?:även\s+|också\s+)?(?:söka|använda|nyttja)\s+(?:bidraget|stödet|medlen|stipendiet)\s+för\s+att\s+\p{L}/iu),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:inte|ej|aldrig)\b/iu) }, DEADLINE],
    examples: ['Kommunerna har kunnat söka bidraget för att sänka sina elevavgifter.', 'Föreningen kan använda stödet för att hyra lokal och köpa material.'],
    counterExamples: ['Kommuner och regioner kan söka stöd för att främja hållbara stadsmiljöer.', 'Föreningen kan inte använda stödet för att betala löner.', 'Kommunerna söker bidraget för att de vill.'],
  },
  {
    // the least (or most) sum one award may be, a label: "Minsta belopp är 5 000 kronor." (review63, constructed), "Lägsta
    // bidragsbelopp är 2 000 kr", "Det minsta belopp som kan sökas är 10 000 kronor"
    id: 'minsta-belopp-ar', where: 'sentence', meaning: 'funding.parts', weight: 6,
    cue: wordy(/\b(?:minsta|lägsta)\s+(?:möjliga\s+)?(?:[\p{L}-]*belopp(?:et)?|bidrag(?:et)?|summa(?:n)?)\s+(?:som\s+(?:kan|får)\s+(?:sökas|beviljas|ges|betalas\s+ut)\s+)?(?:är|blir|uppgår\s+till)\s+\d/iu),
    examples: ['Minsta belopp är 5 000 kronor.', 'Lägsta bidragsbelopp är 2 000 kr.', 'Det minsta belopp som kan sökas är 10 000 kronor.'],
    counterExamples: ['Minsta antal deltagare är 5.', 'Det minsta beloppet bestäms av nämnden.', 'Lägsta ålder är 18 år.'],
  },
  {
    // a recipient of a kind given the grant only by agreement or exception: "Förening som driver affärsverksamhet kan efter
    // överenskommelse med Föreningen erhålla bidrag." (Konstsamfundet-like, diff30 open), "Företag kan i undantagsfall beviljas
    // stöd" (constructed) — a condition on who gets it
    id: 'efter-overenskommelse-erhalla', where: 'sentence', meaning: 'conditions', weight: 6,
    cue: wordy(/\b(?:kan|får)\s+(?:[\p{L}-]+\s+){0,3}?(?:efter\s+(?:särskild\s+)?(?:överenskommelse|prövning)|i\s+undantagsfall|i\s+särskilda\s+fall|undantagsvis)\s+(?:[\p{L}-]+\s+){0,6}?(?:\p{L}*erhålla|få|beviljas|ges|tilldelas)\s+(?:[\p{L}-]*bidrag|[\p{L}-]*stöd|medel|stipendi)/iu),
    unless: [DEADLINE],
    // … the verb glued to the word before it in a scraped page ("… kan efter överenskommelse med RSFerhålla bidrag.", Region
    // Gotland's driftbidrag, diff q300)
    examples: ['Förening som driver affärsverksamhet kan efter överenskommelse med styrelsen erhålla bidrag.', 'Företag kan i undantagsfall beviljas stöd för utställningar.', 'Förening som driver affärsverksamhet kan efter överenskommelse med RSFerhålla bidrag.'],
    counterExamples: ['Förening kan erhålla bidrag för utställningar.', 'Ansökan kan i undantagsfall lämnas per post.'],
  },
  {
    // a reporting duty: "Kommunen ska senast … redovisa hur medlen använts", "Medlen ska slutredovisas"
    id: 'ska-redovisa', where: 'sentence', meaning: 'reporting.content', weight: 8,
    cue: wordy(/\b(?:ska|skall|måste)\s+(?:[\p{L}\d.,-]+\s+){0,8}?(?:åter)?(?:redovisa|rapportera|slutredovisa|delredovisa|redogöra)s?\b|\b(?:åter)?(?:redovisas|rapporteras)\b|\b(?:slut|del)redovisas\b|\b(?:(?:åter|slut|del)?redovisningen|återrapporteringen|slutrapporten|rapporten)\s+ska\b/iu),
    // a report the funder owes the government is no duty of the recipient's
    // nor is a sentence that says only the day a year's grant is reported by ("Bidrag för verksamhetsåret 2019 redovisas
    // senast 1 april 2020", Jämställdhetsmyndigheten 2020, diff q196): a date, the spec diff's (see the head of this file)
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovisa|rapportera|redovisas|rapporteras)\s+(?:[\p{L}-]+\s+){0,3}?till\s+(?:regeringen|regeringskansliet)\b/iu) },
      { where: 'sentence', cue: wordy(/^(?:bidrag|medel|stöd|statsbidrag)(?:et|en)?\s+för\s+(?:verksamhetsåret|bidragsåret|år)\s+\d{4}\s+(?:ska\s+|skall\s+)?(?:redovisas|återrapporteras|slutredovisas)\s+senast\s+(?:den\s+)?\d{1,2}\s+\p{L}+\s+\d{4}\.?$/iu) }],
    examples: ['Kommunen ska senast den 31 mars 2026 redovisa hur medlen har använts.', 'Medlen ska slutredovisas senast 31 maj 2025.', 'Av redovisningen ska framgå hur många deltagare som nåtts.', 'Återrapporteringen ska innehålla en ekonomisk redovisning.', 'Återredovisningen ska ske inom en månad efter att aktiviteten avslutats.'],
    counterExamples: ['Länsstyrelsen redovisade resultatet i fjol.', 'Redovisningen visar att fler har sökt bidraget.', 'Återredovisningen för 2019 har granskats av handläggaren.', 'Myndigheten ska redovisa till regeringen hur medlen fördelats.', 'Om flera kommuner vill samverka ska en huvudansvarig kommun utses som söker och redovisar bidraget.', 'Socialstyrelsen ska senast den 30 augusti 2025 redovisa uppdraget till Regeringskansliet.', 'Bidrag för verksamhetsåret 2019 redovisas senast 1 april 2020.'],
  },
  {
    // a report asked for as the funder's wish with its day: "När aktiviteten är avslutad vill vi att ni senast den 1 september
    // redovisar till oss" (Strömsund 2017, diff q379), "Efter projektet vill kommunen att föreningen återrapporterar hur
    // pengarna använts", "Vi vill att ni rapporterar …"; not a question, nor an interest or a wish to be told of plans
    id: 'vill-vi-att-ni-redovisar', where: 'sentence', meaning: 'reporting.content', weight: 8,
    cue: wordy(/\b(?:vill\s+(?:vi|kommunen|regionen|nämnden|förvaltningen)|(?:vi|kommunen|regionen|nämnden|förvaltningen)\s+vill)\s+att\s+(?:ni|du|föreningen|arrangören|organisationen|mottagaren)\s+(?:[\p{L}\d-]+\s+){0,5}?(?:redovisar|återrapporterar|rapporterar|återredovisar)\b/iu),
    // (review76a probe D15) … nor faults, problems or views told to the funder ("Vi vill att ni rapporterar eventuella fel på
    // webbplatsen")
    unless: [{ where: 'sentence', cue: wordy(/\?\s*$|\bintresse\p{L}*\b|\bplaner(?:na)?\b|\b(?:fel(?:et|en)?|brister(?:na)?|problem(?:et|en)?|synpunkter(?:na)?|avvikelser(?:na)?|oegentligheter(?:na)?|webbplats\p{L}*|support\p{L}*)\b/iu) }],
    examples: ['När aktiviteten är avslutad vill vi att ni senast den 1 september redovisar till oss', 'Efter projektet vill kommunen att föreningen återrapporterar hur pengarna använts.', 'Vi vill att ni rapporterar antalet deltagare efter lovet.'],
    counterExamples: ['Vill ni att vi redovisar resultatet?', 'Vi vill att ni redovisar ert intresse senast den 1 mars.', 'Vi vill att ni berättar om era planer.',
      'Vi vill att ni rapporterar eventuella fel på webbplatsen till vår webbredaktion.', 'Kommunen vill att föreningen rapporterar brister i lokalerna.'],
  },
  {
    // a report told as what the applicant writes on the form: "Ansökan gör du på blanketten här till höger, och på den redovisar
    // du också resultatet av aktiviteten." (Storuman, diff q381), "Efter lovet redovisar ni hur bidraget har använts i e-tjänsten";
    // not the application's account of earlier work ("I ansökan redovisar du resultatet av tidigare projekt"), nor the funder's
    id: 'redovisar-du-resultatet', where: 'sentence', meaning: 'reporting.content', weight: 8,
    cue: wordy(/\bredovisar\s+(?:du|ni)\s+(?:också\s+|även\s+|sedan\s+|därefter\s+)?(?:resultatet|utfallet|hur\s+(?:bidraget|stödet|pengarna|medlen)\s+(?:har\s+)?använts)\b/iu),
    // (review76a probes D16, D17) … nor in or with the application in any wording ("I ansökningsformuläret redovisar du …",
    // "Med ansökan redovisar ni …"), nor a pilot study's result
    unless: [{ where: 'sentence', cue: wordy(/\b(?:tidigare|förra|föregående)\b|\b(?:i|med)\s+(?:din\s+|er\s+|själva\s+)?ansökn?\p{L}*\s+redovisar\b|\bförstudie\p{L}*/iu) }],
    examples: ['Ansökan gör du på blanketten här till höger, och på den redovisar du också resultatet av aktiviteten.', 'Efter lovet redovisar ni hur bidraget har använts i e-tjänsten.'],
    counterExamples: ['I ansökan redovisar du resultatet av tidigare projekt.', 'Här redovisar vi resultatet av årets utlysning.', 'Du redovisar din budget i ansökan.',
      'I ansökningsformuläret redovisar du resultatet av förstudien.', 'Med ansökan redovisar ni resultatet av er förstudie.', 'I ansökningsblanketten redovisar du resultatet av kartläggningen.'],
  },
  {
    // paid in a share or in full, the funder the subject after the verb: "När ansökan är beviljad så betalar vi ut 75% av
    // bidraget." (Robertsfors 2019, diff q377), "Efter godkänd redovisning betalar kommunen ut resten av bidraget"; the row
    // betalas-ut reads the straight order ("Vi betalar … ut bidraget"); not a denial, nor a past year's payment ("betalade")
    id: 'betalar-vi-ut-andel', where: 'sentence', meaning: 'payment', weight: 6,
    cue: wordy(/\bbetalar\s+(?:vi|kommunen|regionen|nämnden|förvaltningen)\s+(?:[\p{L}-]+\s+){0,2}?ut\s+(?:\d{1,3}\s?(?:%|procent)\s+av\s+|hela\s+|halva\s+|resten\s+av\s+|resterande\s+del(?:en)?\s+av\s+)?(?:bidraget|stödet|medlen|beloppet)\b/iu),
    unless: [DEADLINE, { where: 'sentence', cue: wordy(/\b(?:inte|ej|aldrig)\b/iu) }],
    examples: ['När ansökan är beviljad så betalar vi ut 75% av bidraget.', 'Efter godkänd redovisning betalar kommunen ut resten av bidraget.'],
    counterExamples: ['Därför betalar vi inte ut bidraget till föreningar med skulder.', 'Förra året betalade vi ut 75% av bidraget i förskott.', 'Vi betalar ut bidraget senast den 30 juni.'],
  },
  {
    // who signs the application: "Ordförande, kassör eller revisor i din förening måste underteckna ansökningsblanketten."
    // (Storuman, diff q381), "Ansökningsblanketten ska undertecknas av firmatecknare"; an agreement or a report signed is not
    // the application's ("Redovisningen ska undertecknas av ordföranden"), nor a denial
    id: 'underteckna-ansokan', where: 'sentence', meaning: 'requisition.requires', weight: 7,
    cue: wordy(/\b(?:ska|skall|måste)\s+(?:[\p{L}-]+\s+)?underteckna\s+(?:ansökan|ansökningen|ansökningsblanketten)\b|\b(?:ansökan|ansökningen|ansökningsblanketten)\s+(?:ska|skall|måste)\s+(?:vara\s+)?underteckna(?:s|d)\b/iu),
    // (review76a probes D19, D20) "blanketten" alone is any form (a decision's acceptance, a payment request's): only the
    // application's own noun; nor an application for payment ("ansökan om utbetalning"), nor after a decision
    unless: [{ where: 'sentence', cue: wordy(/\b(?:inte|ej)\b|\b(?:\p{L}*redovisning\p{L}*|\p{L}*rapport\p{L}*|avtal\p{L}*|\p{L}*utbetal\p{L}*|rekvi\p{L}*|beslut\p{L}*|godkännande)\b/iu) }],
    examples: ['Ordförande, kassör eller revisor i din förening måste underteckna ansökningsblanketten.', 'Ansökningsblanketten ska undertecknas av firmatecknare.', 'Ansökan ska vara undertecknad av två styrelseledamöter.'],
    counterExamples: ['Redovisningen ska undertecknas av ordföranden.', 'Avtalet ska undertecknas av båda parter.', 'Ansökan behöver inte undertecknas.', 'Ni måste underteckna blanketten för redovisning efter aktiviteten.',
      'När ni fått beslut måste ni underteckna blanketten om godkännande av villkoren och skicka in den.', 'För att få pengarna utbetalda måste ni underteckna blanketten för rekvisition.', 'Ni måste underteckna ansökan om utbetalning.'],
  },
  {
    // when and how the money is paid, its own sentence: "Bidraget utbetalas efter det att föregående års bokslut och
    // verksamhetsberättelse tillsänts avdelningen" (Mariehamn), "Vi betalar automatiskt ut bidraget till föreningen efter att
    // föreningen har godkänt …" (Kungsbacka), "Bidraget betalas ut direkt efter ekonomisk redovisning av genomförda projekt"
    // (Markaryd, dev 275); a sentence with a payment's date is the spec diff's
    id: 'betalas-ut', where: 'sentence', meaning: 'payment', weight: 6,
    // the grant itself the subject ("Bidraget utbetalas …", "Vi betalar … ut bidraget"): "Utbetalning sker från Länsstyrelsen …"
    // says who pays, reworded from year to year (Länsstyrelsen Västra Götaland's asylum grant), and is not read
    cue: wordy(/^\W*(?:[\p{L}-]+\s+){0,3}?(?:[\p{L}-]*bidrag\p{L}*|[\p{L}-]*stöd(?:et)?|medlen|medel)\s+(?:[\p{L}-]+\s+){0,3}?(?:utbetalas|betalas\s+ut)\b|^\W*(?:godkända|beviljade)\s+(?:bidrag|medel|stöd)\b[^.]{0,120}?\b(?:utbetalas|betalas\s+ut)\b|\bbetala\s+ut\s+(?:godkända|beviljade)\s+(?:bidrag|medel|stöd)\b|\b(?:vi|kommunen|regionen|nämnden)\s+betalar\s+(?:[\p{L}-]+\s+){0,2}?ut\s+(?:bidraget|stödet|medlen)\b/iu),
    // nor the month it is paid in ("Bidraget betalas ut i juni", Karlskrona 2016 → "utbetalningen görs i juni", diff q208/q209):
    // a time, like a date the spec diff's
    unless: [DEADLINE, { where: 'sentence', cue: wordy(/\b(?:inte|ej)\s+(?:[\p{L}-]+\s+){0,2}?(?:utbetalas|betalas)\b|\bskulder\b|\båterbetal\p{L}*|\bbetalas\s+tillbaka\b|\b(?:utbetalas|betalas\s+ut)\s+(?:[\p{L}-]+\s+){0,2}?i\s+(?:slutet\s+av\s+|början\s+av\s+|mitten\s+av\s+)?(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/iu) }],
    examples: ['Godkända bidrag (Regionala utvecklingsnämndens sammanträde 19 januari 2023) för insatser 2023 betalas ut under första kvartalet 2023.', 'Regionala utvecklingsnämnden har som ambition att betala ut godkända bidrag under första kvartalet 2024.', 'Bidraget utbetalas efter det att föregående års bokslut och verksamhetsberättelse tillsänts avdelningen för kultur och fritid.', 'Vi betalar automatiskt ut bidraget till föreningen efter att föreningen har godkänt Kommunalt lokalt aktivitetsstöd för perioden 1 juli-31 december.', 'Bidraget betalas ut direkt efter ekonomisk redovisning av genomförda projekt.'],
    counterExamples: ['Bidraget betalas ut i juni.', 'Godkända bidrag publiceras på webbplatsen.', 'Nämnden kommer inte att betala ut godkända bidrag till föreningar med skulder.', 'Bidraget betalas ut senast den 31 mars 2024.', 'Eventuella skulder till kommunen bör regleras innan beviljade bidrag utbetalas.', 'Bidrag som inte använts ska betalas tillbaka.', 'Bidraget betalas inte ut till privatpersoner.', 'Vi betalar ut lön varje månad.', 'Utbetalning sker från Länsstyrelsen i Jönköping inom 6 veckor efter beslut.'],
  },
  {
    // what the claim for payment must tell, a report on the work done: "När du ansöker om utbetalning beskriver du vilka åtgärder
    // som är genomförda och hur stor areal du har åtgärdat." (Skogsstyrelsen's Skogens miljövärden, diff q319), "I ansökan om
    // utbetalning ska ni redovisa de faktiska kostnaderna för projektet." (constructed, Jordbruksverket's wording): heavier than
    // the payment rows, the sentence names what is reported, not when money comes
    id: 'ansokan-om-utbetalning-beskriver', where: 'sentence', meaning: 'reporting.content', weight: 8,
    cue: wordy(/\b(?:när\s+(?:du|ni)\s+ansöker|(?:i|vid)\s+(?:din\s+|er\s+)?ansökan(?:en)?)\s+om\s+(?:slut)?utbetalning\b[^.]{0,40}?\b(?:beskriver|redovisar|anger|beskriva|redovisa|ange)\b/iu),
    examples: ['När du ansöker om utbetalning beskriver du vilka åtgärder som är genomförda och hur stor areal du har åtgärdat.', 'I ansökan om utbetalning ska ni redovisa de faktiska kostnaderna för projektet.', 'Vid ansökan om slututbetalning anger du vilka åtgärder som genomförts.'],
    counterExamples: ['När du ansöker om utbetalning loggar du in i e-tjänsten.', 'Ansökan om utbetalning görs i e-tjänsten.', 'I ansökan om stöd beskriver du projektet.', 'När du ansöker om stöd anger du hur stor areal du vill åtgärda.'],
  },
  {
    // the payment the recipient must ask for within a time, told as a requisition: "De som har beviljats bidrag skall
    // rekvirera, dvs. be om utbetalning av bidraget, inom ett år från beviljandet." (Konstsamfundet 2020, diff q293)
    id: 'be-om-utbetalning-inom', where: 'sentence', meaning: 'payment', weight: 7,
    cue: wordy(/\b(?:be|begära|ansöka)\s+om\s+utbetalning\b[^.]{0,80}?\binom\s+(?:ett|en|två|tre|sex|\d{1,2})\s+(?:år|månader|månad|veckor)\b|\brekvirera\s+(?:bidraget\s+)?inom\s+(?:ett|en|två|tre|sex|\d{1,2})\s+(?:år|månader|månad)\b/iu),
    unless: [DEADLINE],
    examples: ['De som har beviljats bidrag skall rekvirera, dvs. be om utbetalning av bidraget, inom ett år från beviljandet.', 'Föreningen ska rekvirera bidraget inom sex månader från beslutet.'],
    counterExamples: ['Redovisningen ska lämnas inom ett år från beskedet.', 'Be om utbetalning när projektet är klart.'],
  },
  {
    // a part of the grant named with its sum: "stödet utgår med ett grundbidrag om 5000 kr till föreningar med färre än 200
    // medlemmar och 10 000 kr till föreningar med fler medlemmar" (Landstinget Dalarna 2018, diff q303)
    id: 'utgar-med-delbidrag-om', where: 'sentence', meaning: 'funding.parts', weight: 6,
    note: 'one document: Landstinget Dalarna (diff q303); a second real phrasing is still wanted',
    cue: wordy(/\b(?:statsbidrag|bidrag|stöd)(?:et|en)?\s+(?:utgår|lämnas|ges|beviljas)\s+(?:med\s+|i\s+form\s+av\s+)?(?:ett\s+|en\s+)?[\p{L}-]*(?:bidrag|stöd)\s+(?:om|på)\s+\d/iu),
    examples: ['Medlen till funktionshinderföreningarna tilldelas för 2018 på samma sätt som tidigare; stödet utgår med ett grundbidrag om 5000 kr till föreningar med färre än 200 medlemmar och 10 000 kr till föreningar med fler medlemmar.'],
    counterExamples: ['Stödet utgår med ett grundbidrag som beslutas årligen.', 'Bidraget utgår med 50 procent av kostnaden.', 'Stödet utgår till föreningar med fler än 200 medlemmar.'],
  },
  {
    // the forms or parts a grant is given in, its own sentence: "Statsbidrag enligt denna förordning får lämnas i form av
    // organisationsbidrag, investeringsbidrag och verksamhetsutvecklingsbidrag" (SFS 2016:1367, diff q198), "Statsbidraget
    // lämnas i form av ett verksamhetsbidrag och ett grundbidrag" (SFS 2013:919), "Bidraget baserat på ett grundbidrag och
    // ett medlemsbidrag" (Region Sörmland, diff q204), "Bidraget består av tre delar" (Kungsbacka), "Bidrag utgår i två
    // former" (Markaryd); the amounts are the spec diff's
    id: 'bidraget-i-form-av', where: 'sentence', meaning: 'funding.parts', weight: 6,
    cue: wordy(/\b(?:statsbidrag|bidrag|stöd)(?:et|en)?\b[^.]{0,60}?\b(?:(?:får\s+)?(?:lämnas|ges|beviljas|utgår)\s+i\s+form\s+av|(?:är\s+)?baserat\s+på|baseras\s+på|består\s+av|utgår\s+i)\s+(?:ett\s+|en\s+|två\s+|tre\s+|fyra\s+)?(?:[\p{L}-]*bidrag\p{L}*|delar|former)\b/iu),
    examples: ['Statsbidrag enligt denna förordning får lämnas i form av organisationsbidrag, investeringsbidrag och verksamhetsutvecklingsbidrag.', 'Statsbidraget lämnas i form av ett verksamhetsbidrag och ett grundbidrag.', 'Bidraget baserat på ett grundbidrag och ett medlemsbidrag.', 'Bidraget består av tre delar:', 'Bidrag utgår i två former:'],
    counterExamples: ['Bidraget lämnas i form av ett engångsbelopp.', 'Bidraget baseras på antalet deltagare.', 'Ansökan består av två delar.'],
  },
  {
    // the categories a stipend or grant is applied for in: "Stipendium kan sökas inom kategorierna professionell konst och kultur,
    // unga på väg, studiehjälp och fortbildning" (Region Sörmland 2024, diff q212), "Inom kulturstipendiet finns tre
    // kategorier:" (2018, q210/q213) — the grant's parts, named ("Bidraget delas ut inom fyra kategorier" a constructed variant)
    id: 'inom-kategorierna', where: 'sentence', meaning: 'funding.parts', weight: 6,
    cue: wordy(/\b(?:kan\s+sökas|söks|delas\s+ut|finns|ges)\s+(?:[\p{L}-]+\s+){0,2}?inom\s+(?:kategorierna|följande\s+kategorier|(?:två|tre|fyra|fem|sex)\s+kategorier)\b|^\W*inom\s+(?:[\p{L}-]*(?:stipendi|bidrag|stöd)\p{L}*)\s+finns\s+(?:två|tre|fyra|fem|sex|följande)\s+kategorier\b/iu),
    examples: ['Stipendium kan sökas inom kategorierna professionell konst och kultur, unga på väg, studiehjälp och fortbildning.', 'Inom kulturstipendiet finns tre kategorier:', 'Bidraget delas ut inom fyra kategorier.'],
    counterExamples: ['Stipendiet kan sökas av enskilda personer.', 'Inom kommunen finns tre kategorier av föreningar.', 'Ansökningarna delas in i kategorier.'],
  },
  {
    // what one recipient gets or may get, stated in prose: a stipend's sum ("Stipendiesumman är 50 000 kronor", "Frödingstipendiet
    // är på 100 000 kronor", Region Värmland, diff q214/q215), the least or most one award may be ("inget stipendium får
    // understiga 5 000 kronor", Karlskoga, dev 567/q206; "Bidrag kan utgå med maximal 5 000 kr per förening", Varberg, diff
    // q219; "Stöd beviljas på max 30 000 kronor", Karlskrona), a cap per project or per year ("högst 100 000 kronor per
    // projekt", "upp till 100 000 kronor per år", Region Dalarna, diff q205/dev 1247; its example here a shortened variant).
    // The grant's total is the spec diff's;
    // a sentence whose sums the other text still states is no change (specs/diff/index.ts fromText)
    id: 'belopp-per-mottagare', where: 'sentence', meaning: 'funding.parts', weight: 6,
    cue: wordy(/\b(?:stipendie)?summan\s+(?:per\s+[\p{L}-]+\s+)?är\s+(?:på\s+)?\d|(?<![\p{L}\p{N}-])[\p{L}-]*stipendi(?:um|et)\s+är\s+på\s+\d|\b(?:understiga|överstiga)\s+\d|\b(?:utgå|utgår|beviljas|ges|lämnas|uppgå|uppgår)\s+(?:med\s+|på\s+|till\s+)?(?:maximalt?|max|högst|upp\s+till|som\s+mest)\s+\d|\b(?:maximalt?|max|högst|upp\s+till)\s+(?:\d{1,3}(?:[\s\u00a0]\d{3})*|\d{4,9})\s+(?:kronor|kr)\s+(?:per|\/)\s+(?:projekt|förening|år|person|sökande|ansökan|organisation|stipendiat)\b|\bpris(?:summa|summan|belopp|beloppet)\s+(?:är\s+|utgår\s+med\s+|om\s+)?(?:på\s+)?\d|(?<![\p{L}\p{N}-])(?:kultur|idrotts|fritids|miljö|förenings|ungdoms|konst|litteratur|musik|hembygds|heders)pris(?:et)?\s+uppgår\s+(?:\p{L}+\s+){0,2}?till\s+\d|\b(?:kan|får)\s+(?:maximalt?|max|högst|som\s+mest)\s+(?:utgöra|uppgå\s+till|täcka)\s+\d{1,3}\s*(?:procent|%)|\b(?:ger|ges|lämnar|beviljar)\s+(?:bidrag|stöd)(?:et)?\s+(?:med|på)\s+(?:maximalt?|max|högst|upp\s+till)\s+\d{1,3}\s*(?:procent|%)\s+av\b|\b(?:kan|får)\s+(?:utgöra|uppgå\s+till|täcka)\s+(?:maximalt?|max|högst|som\s+mest)\s+\d{1,3}\s*(?:procent|%)|\b(?:varje|en)\s+(?:sökande|förening|organisation|ansökan|projekt)\s+(?:kan|får)\s+(?:få|beviljas|erhålla|söka)\s+(?:maximalt?|max|högst|upp\s+till|som\s+mest)\s+\d/iu),
    // … with the verb before the cap: "Bidraget kan täcka högst 50 procent av projektets kostnader", "Varje sökande kan få
    // högst 200 000 kronor" (diffvary59's constructed pairs, the cofinancing share and the cap per applicant)
    // … and a cap as a share of the recipient's costs: "Hyresstödet kan maximalt utgöra 70 procent av arrangemangets
    // hyreskostnad" (Mariehamn's evenemangsbidrag, diff q238), "Bidraget får högst uppgå till 50 procent av kostnaderna",
    // the funder giving it: "Fonden ger bidrag med maximalt 50 procent av totalkostnaden." (Region Skåne's miljövårdsfond
    // 2016, diff q290)
    // … and a prize's sum, which is what its one winner gets: "pristagaren erhåller en prissumma på 20 000 kr" (Sölvesborg
    // 2024, diff q233), "Kulturpriset uppgår för närvarande till 20 000 kronor" (Sölvesborg's rules, diff q231), "Prisbeloppet
    // är 5000 kronor" (Degerfors' call)
    examples: ['Kulturpriset har delats ut sedan 1965 och pristagaren erhåller en prissumma på 20 000 kr samt ett diplom.', 'Kulturpriset uppgår för närvarande till 20 000 kronor.', 'Prisbeloppet är 5000 kronor.', 'Prissumman utgår med 10 000 kronor och förväntas användas till vidareutveckling inom pristagarens område.', 'Hyresstödet kan maximalt utgöra 70 procent av arrangemangets hyreskostnad.', 'Fonden ger bidrag med maximalt 50 procent av totalkostnaden.', 'Bidraget får högst uppgå till 50 procent av de godkända kostnaderna.', 'Bidraget kan täcka högst 50 procent av projektets kostnader.', 'Varje sökande kan få högst 200 000 kronor.',
      'Stipendiesumman är 50 000 kronor och stipendiet ska tjäna som stimulans och uppmuntran.', 'Frödingstipendiet är på 100 000 kronor.', 'Stipendiesumman är på 20 000 kronor och kan delas mellan flera stipendiater, men inget stipendium får understiga 5 000 kronor .', 'Bidrag kan utgå med maximal 5 000 kr per förening.', 'Stöd beviljas på max 30 000 kronor, men enskilda bedömningar kan göras om beloppet överstiger denna summa.', 'Projektet kan få högst 100 000 kronor per projekt.'],
    counterExamples: ['Bidraget kan täcka kostnader för lokalhyra.', 'Varje sökande kan få högst en ansökan beviljad per år.', 'Stipendiesumman bestäms av nämnden.', 'Stipendiet är på väg att förändras.', 'Prissumman bestäms av nämnden.', 'Elpriset uppgår i år till 2 kronor per kilowattimme.', 'Priset uppgår till 200 kronor per biljett.', 'Bidraget utgör 70 procent av kostnaden.', 'Fonden ger bidrag med 50 procent rabatt på hyran.', 'Regionen ger stöd med högst 50 personer per grupp.', 'Lokalen kan maximalt rymma 70 personer.', 'Priset har delats ut sedan 1965.', 'Bidraget kan utgå till föreningar i kommunen.', 'Kostnaderna får inte överstiga budgeten.', 'Föreningen fick 100 000 kronor förra året.'],
  },
  {
    // how the grant's money is split, sum by sum: a sum at the head of a sentence paid out under a förordning or for a use
    // ("Högst 21 000 000 kronor betalas ut i enlighet med förordningen (2006:93) …", "Högst 16 502 000 kronor ska användas
    // till finansiering av insatser på nationell nivå …", Folkhälsomyndigheten's statsanslag 2:4, diff q244/q245), a total's
    // "varav … går till" ("Totalt fördelas 41 miljoner kronor varav 39 miljoner kronor går till ideella organisationer …",
    // q255), the forms with their sums in brackets ("Statsbidraget fördelas till projekt (50 miljoner kronor) och
    // verksamhetsbidrag (45 miljoner kronor)", q254). A ceiling that "får användas" stays a condition (hogst-far-anvandas)
    id: 'summa-fordelas-till', where: 'sentence', meaning: 'funding.parts', weight: 11,
    // (review78e: the optional word's spaces read inside it, "^\W*(?:högst|…)?\s*\d" split a run of leading spaces every way, quadratic:
    // 32 kB took 0.9 s)
    cue: wordy(/^\W*(?:(?:högst|minst|cirka|ca|totalt)\s*)?\d[\d \u00a0,]{0,15}\s*(?:kronor|kr|tkr|mnkr|miljoner\s+kronor|miljarder\s+kronor)\s+(?:ska\s+)?(?:betalas\s+ut|användas|används|fördelas|går)\s+(?:i\s+enlighet\s+med|enligt|till|för)\b|\bvarav\s+\d[\d \u00a0,]{0,15}\s*(?:kronor|kr|tkr|mnkr|miljoner(?:\s+kronor)?|miljarder(?:\s+kronor)?)\s+(?:går|ska\s+gå|fördelas|används|avser)\s+till\b|\bfördelas\s+till\s+[\p{L}-]+\s+\(\d[\d \u00a0,]{0,15}\s*(?:kronor|kr|miljoner\s+kronor)\)/iu),
    examples: ['Högst 21 000 000 kronor betalas ut i enlighet med förordningen (2006:93) om statsbidrag till verksamhet inriktad mot hiv/aids och vissa andra smittsamma sjukdomar till ideella organisationer som bedriver hivpreventivt arbete.', 'Högst 16 502 000 kronor ska användas till finansiering av insatser på nationell nivå och till övergripande samordning och uppföljning m.m.', 'Totalt fördelas 41 miljoner kronor varav 39 miljoner kronor går till ideella organisationer på lokal och regional nivå och 2 miljoner kronor går till landsting och kommuner för hantering av bidragen.', 'Statsbidraget fördelas till projekt (50 miljoner kronor) och verksamhetsbidrag (45 miljoner kronor).'],
    counterExamples: ['Högst 2 500 000 kronor får användas för att täcka Boverkets kostnader för administration av bidraget.', 'Bidraget är högst 50 000 kronor per förening.', 'Föreningen fick 100 000 kronor förra året.', 'Totalt fördelas 41 miljoner kronor.', 'Medlen fördelas till projekt i hela landet.'],
  },
  {
    // a report named by its kind, handed in: "Avstämningsrapport - för organisationer som beviljats bidrag 2022, skickas in
    // senast 1 oktober" (Region Sörmland 2022, diff q203), "Slutrapport och ekonomisk redovisning skickas in via e-tjänsten"
    id: 'rapport-skickas-in', where: 'sentence', meaning: 'reporting.content', weight: 8,
    cue: wordy(/^\W*(?:en\s+)?(?:avstämnings|slut|del|verksamhets|läges|status)rapport(?:en)?\b[^.]{0,100}?\b(?:skickas\s+in|lämnas\s+in|ska\s+lämnas|ska\s+skickas|lämnas|skickas)\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/\btill\s+(?:regeringen|regeringskansliet)\b/iu) }],
    examples: ['Avstämningsrapport - för organisationer som beviljats bidrag 2022, skickas in senast 1 oktober.', 'Slutrapport och ekonomisk redovisning skickas in via e-tjänsten.'],
    counterExamples: ['Slutrapporten lämnas till regeringen senast den 1 mars.', 'Ansökan skickas in via e-tjänsten.', 'Rapporten visar att fler har sökt.'],
  },
  {
    // a report on how the grant was used, handed in: "Rapport om arbetsstipendiets användning ska inlämnas till Regional
    // utveckling efter avslutat projekt/genomförande." (Region Västernorrland's kulturstipendium, diff q367): a reporting duty
    // the sentence states by the report's subject, "användning", not the application's or a project's plan
    id: 'rapport-om-anvandning', where: 'sentence', meaning: 'reporting.content', weight: 8,
    // (the use of the grant itself, "stipendiets användning", "hur bidraget har använts", "användningen av medlen": review75e R1, R3,
    // a report on the use of drugs among the young or of the kommun's premises is none)
    cue: wordy(/^\W*(?:en\s+)?(?:rapport|redogörelse|redovisning|berättelse)\s+(?:om|över|av)\s+(?:(?:hur\s+)?(?:[\p{L}-]{1,30}\s+)?[\p{L}-]{0,30}?(?:stipendi|bidrag|stöd|medl|medel|anslag|pengar)\p{L}{0,12}\s+(?:användning(?:en)?|använts|har\s+använts|används)|användning(?:en)?\s+av\s+(?:[\p{L}-]{1,30}\s+)?[\p{L}-]{0,30}?(?:stipendi|bidrag|stöd|medl|medel|anslag|pengar)\p{L}{0,12})\b[^.]{0,80}?\b(?:ska|skall|måste)\s+(?:(?:in)?lämnas(?:\s+in)?|inlämnas|skickas(?:\s+in)?|sändas\s+in|redovisas)\b/iu),
    // (not a report the funder writes to the government or a ministry (review75e R2), nor one only asked for: "kan lämnas", "får gärna")
    unless: [{ where: 'sentence', cue: wordy(/\btill\s+(?:regeringen|regeringskansliet|\p{L}*departementet)\b|\bgärna\b/iu) }],
    examples: ['Rapport om arbetsstipendiets användning ska inlämnas till Regional utveckling efter avslutat projekt/genomförande.',
      // paraphrases in other bodies' phrasing (constructed)
      'En redogörelse över hur bidraget har använts ska lämnas in senast två månader efter projektets slut.', 'Redovisning av stipendiets användning ska skickas in till kulturnämnden inom ett år.'],
    counterExamples: ['Rapport om stipendiets användning kan lämnas i kulturdatabasen.', 'Rapporten om medlens användning ska lämnas till regeringen senast den 1 mars.',
      // adversarial (the same words in another role): a plan for the use in the application, a use described, not reported
      'Ansökan ska innehålla en plan för användningen av stipendiet.', 'Rapport om användning av narkotika bland unga publiceras årligen.',
      'Du får gärna lämna en rapport om stipendiets användning.',
      // review75e R1–R3: a survey's use, the agency's report to a ministry, the premises' use
      'En rapport om användningen av droger bland unga ska lämnas till kommunstyrelsen varje år.', 'En redovisning av hur medlen har använts ska lämnas till Kulturdepartementet senast den 1 mars 2027.',
      'Rapport om användning av kommunens lokaler ska lämnas in till fastighetsavdelningen varje kvartal.'],
  },
  {
    // a grant given to none that is state aid, or to none of a kind: "Bidrag som utgör statligt stöd enligt artikel 107 i
    // fördraget om Europeiska unionens funktionssätt får inte lämnas" (SFS 2016:1367 as amended by 2020:821, diff q198)
    id: 'bidrag-far-inte-lamnas', where: 'sentence', meaning: 'conditions', weight: 8,
    cue: wordy(/\b(?:statsbidrag|bidrag|stöd)(?:et|en)?\s+som\s+[^.]{0,160}?\b(?:får|ska|kan)\s+(?:inte|ej)\s+(?:lämnas|beviljas|ges)\s*(?:\.|$)/iu),
    examples: ['Bidrag som utgör statligt stöd enligt artikel 107 i fördraget om Europeiska unionens funktionssätt får inte lämnas.'],
    counterExamples: ['Bidrag som utgör statligt stöd får lämnas.', 'Bidrag får inte lämnas för löner.'],
    note: 'one document: SFS 2016:1367 as amended (diff q198); a second real phrasing is still wanted',
  },
  {
    // a cap set each year, told in words and then by its year: "Ansökan om projektstöd kan göras upp till ett bestämt belopp, som
    // fastställs årligen. För 2019 är beloppet 250 000 kronor." (Malmö stad's projektstöd 2019, diff q331), "Stöd kan sökas upp
    // till ett visst belopp per år." (constructed); the grant's total is the spec diff's
    id: 'belopp-faststalls-arligen', where: 'sentence', meaning: 'funding.parts', weight: 6,
    cue: wordy(/\bupp\s+till\s+ett\s+(?:bestämt|visst|fastställt)\s+belopp\b|^\W*för\s+(?:år\s+)?\d{4}\s+är\s+(?:belopp|maxbelopp|högsta\s+belopp|taket)(?:et)?\s+\d/iu),
    examples: ['Ansökan om projektstöd kan göras upp till ett bestämt belopp, som fastställs årligen.', 'För 2019 är beloppet 250 000 kronor.', 'Stöd kan sökas upp till ett visst belopp per år.', 'För 2024 är maxbeloppet 300 000 kronor.'],
    counterExamples: ['Ansökan kan göras upp till två gånger per år.', 'För 2019 är beloppet inte bestämt.', 'Beloppet är 250 000 kronor.', 'För 2019 är det svårt att säga hur mycket pengar som finns.'],
  },
  {
    // the share of the costs the grant pays, stated as the rule for all: "Bidragsandelen är i normalfallet 50 procent men om
    // särskilda skäl finns kan bidragsandelen bli högre." (Länsstyrelsen Uppsala's fiskevårdsbidrag 2023, diff q320), "Bidrag
    // lämnas med högst 50 procent av den godkända kostnaden för åtgärden." (Länsstyrelsen Kalmar's fiskevårdsbidrag, a search
    // page not stored), "Stödandelen är normalt 40 procent av de stödberättigande kostnaderna." (constructed)
    id: 'bidragsandel-procent', where: 'sentence', meaning: 'funding.parts', weight: 6,
    cue: wordy(/\b(?:bidrags|stöd)andel(?:en)?\s+(?:är|blir|uppgår\s+till)\s+(?:i\s+normalfallet\s+|normalt\s+|vanligtvis\s+|som\s+regel\s+|högst\s+|maximalt\s+)?\d{1,3}\s*(?:procent|%)|\b(?:bidrag|stöd)(?:et)?\s+(?:lämnas|ges|beviljas)\s+(?:normalt\s+|i\s+normalfallet\s+)?med\s+(?:högst\s+|maximalt\s+|upp\s+till\s+)?\d{1,3}\s*(?:procent|%)\s+av\b/iu),
    examples: ['Bidragsandelen är i normalfallet 50 procent men om särskilda skäl finns kan bidragsandelen bli högre.', 'Bidrag lämnas med högst 50 procent av den godkända kostnaden för åtgärden.', 'Stödandelen är normalt 40 procent av de stödberättigande kostnaderna.'],
    counterExamples: ['Bidragsandelen varierar mellan projekten.', 'Bidraget lämnas med 50 000 kronor per förening.', 'Andelen sökande som beviljas bidrag är 50 procent.', 'Bidragsandelen av kommunens budget minskade med 5 procent.'],
  },
  {
    // how the grant's size is reckoned, its own sentence: "… då bidragens storlek baseras delvis på medlemsantal" (Naturvårdsverket's
    // ideella miljöorganisationer, dev 331), "Bidragets storlek baseras på en procentsats enligt vägkategori …" (dev): the grant's
    // parts, not who decides it ("Bidragets storlek beslutas av nämnden")
    id: 'storlek-baseras-pa', where: 'sentence', meaning: 'funding.parts', weight: 6,
    cue: wordy(/\b\p{L}*(?:bidrag|stöd)(?:ets|ens)\s+storlek\s+(?:baseras|beräknas|grundas)\s+(?:delvis\s+|bland\s+annat\s+|främst\s+|huvudsakligen\s+)?(?:på|utifrån|efter)\b/iu),
    examples: ['* Paraplyorganisationer får stämma av med sina medlemsorganisationer som också söker bidrag så att medlemmar inte räknas dubbelt då bidragens storlek baseras delvis på medlemsantal.', 'Bidragets storlek baseras på en procentsats enligt vägkategori och en av Trafikverket bestämd årlig driftkostnad.'],
    counterExamples: ['Bidragets storlek beslutas av nämnden.', 'Bidragets storlek varierar mellan åren.', 'Storleken på lokalen baseras på antalet deltagare.'],
  },
  {
    // how the application is handed in, its own sentence: "Ansökan görs elektroniskt" (Mariehamn 2024), "Ansökan skall ske på
    // särskild blankett och tillsändas kultur- och fritidsnämnden" (Mariehamn's rules), "Ansökan görs på blanketten: …"
    // (Markaryd 2018), "Ansökan görs via Rbok" (dev), "Ansökan görs i Föreningsregistret" (dev) — kommun pages whose
    // channel the extractor names no value for (diff q192–q195); a sentence with a closing day is the spec diff's
    id: 'ansokan-gors-via', where: 'sentence', meaning: 'requisition.channel', weight: 7,
    // … also as a filled-in form ("Ifylld och undertecknad ansökan skickas med post, eller som inskannat dokument med e-post",
    // Landstinget/Region Sörmland, diff q213/q210) or with the verb first ("Från och med 2021 görs ansökningar om
    // kulturstipendium i Region Sörmlands digitala ansökningsverktyg Apply", diff q211)
    // (… and what is applied for named at length, the channel "endast" the one: "Ansökan om kulturstipendium och förslag på
    // kulturpristagare görs endast digitalt via kulturdatabasen.", Region Gävleborg 2019, diff q342)
    cue: wordy(/^(?:(?:ifylld|ifyllda|undertecknad|undertecknade|komplett|kompletta|fullständig)\s+(?:och\s+)?){0,3}(?:ansökan|ansökningen|rekvisitionen)\s+(?:om\s+(?:[\p{L}-]+\s+){1,6}?)?(?:görs|sker|skall\s+ske|ska\s+ske|ska\s+göras|skall\s+göras|lämnas|skickas)\s+(?:in\s+)?(?:(?:endast|enbart|bara)\s+)?(?:elektroniskt|digitalt|på\s+(?:en\s+|särskild\s+)?(?:ansöknings)?blankett\p{L}*|via\s+|i\s+(?!(?:två|tre|fyra|fem|sex|flera|olika|\d+)\s|(?:omgång|steg|samråd|undantagsfall|god\s+tid|tid|början|slutet|mitten|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|vår|höst)\p{L}*)|(?:per|med)\s+(?:post|e-post|mejl)\b)|^(?:[\p{L}\d-]+\s+){0,5}?(?:görs|sker|lämnas)\s+(?:ansökan|ansökningar(?:na)?)\s+(?:om\s+(?:[\p{L}-]+\s+){1,2}?)?(?:elektroniskt|digitalt|via\s+|i\s+|på\s+(?:en\s+|särskild\s+)?(?:ansöknings)?blankett\p{L}*)/iu),
    unless: [DEADLINE],
    examples: ['Ansökan om kulturstipendium och förslag på kulturpristagare görs endast digitalt via kulturdatabasen.', 'Ansökan om bidrag till lovaktiviteter för barn görs enbart via kommunens e-tjänst.', 'Ansökan om stipendiet lämnas bara digitalt.',
      'Ifylld och undertecknad ansökan skickas med post, eller som inskannat dokument med e-post, till Kultur & Utbildning.', 'Från och med 2021 görs ansökningar om kulturstipendium i Region Sörmlands digitala ansökningsverktyg Apply.', 'Ansökan görs elektroniskt.', 'Ansökan skall ske på särskild blankett och tillsändas kultur- och fritidsnämnden.', 'Ansökan görs på blanketten: ”Ansökan om föreningsbidrag inom socialnämndens ansvarsområde', 'Ansökan görs i Föreningsregistret.', 'Ansökan görs via fondens ordinarie blankett.'],
    counterExamples: ['Ansökan om kulturstipendium och förslag på kulturpristagare görs endast av föreningar i länet.',
      // (review72b dc1: rounds, not a channel)
      'Ansökan om stipendium för studier och resor utomlands sker i två omgångar per år.', 'Ansökan om bidrag sker i samråd med föreningskonsulenten.', 'Ansökan om bidrag till lovaktiviteter för barn görs enbart via e-tjänsten senast den 1 maj 2024.',
      'Från och med 2021 görs ansökningar om kulturstipendium senast den 1 juni 2021.', 'I år görs ansökningar om bidrag av föreningens ordförande.', 'Ansökan görs senast den 1 mars 2026.', 'Ansökan sker via Jordbruksverkets e-tjänst senast den 20 maj 2024.', 'Ansökan ska innehålla en budget.', 'Ansökan görs av föreningens ordförande.', 'Redovisningen görs i e-tjänsten.', 'Bedömning av ansökan sker i konkurrens med övriga ansökningar.'],
  },
  {
    // where the grant is applied for, the grant the subject: "Stöd från Klimatklivet söks på Naturvårdsverkets hemsida och denna
    // ansökningsomgång är öppen 10 februari -10 mars." (Länsstyrelsen Gotland 2020, diff q307); the site or service named
    // within three words, never a page that only informs ("Information om stödet finns på …") nor what is published there
    id: 'soks-pa-webbplats', where: 'sentence', meaning: 'requisition.channel', weight: 7,
    cue: wordy(/\b(?:söks|ansöks|sökes)\s+(?:om\s+)?(?:på|via|i)\s+(?:[\p{L}-]+\s+){0,3}?(?:[\p{L}-]*hemsida|[\p{L}-]*webbplats|e-tjänst|e-tjänsten|[\p{L}-]*portal(?:en)?)\b/iu),
    unless: [DEADLINE],
    examples: ['Stöd från Klimatklivet söks på Naturvårdsverkets hemsida och denna ansökningsomgång är öppen 10 februari -10 mars.'],
    counterExamples: ['Information om stödet finns på Naturvårdsverkets hemsida.', 'Beslutet publiceras på Naturvårdsverkets hemsida.', 'Stödet söks på Naturvårdsverkets hemsida senast den 10 mars 2020.'],
    note: 'one document: Länsstyrelsen Gotland\'s Klimatklivet news (diff q307, q309); a second real phrasing is still wanted',
  },
  {
    // where the reader applies, addressed to them: "Du söker både stödet och utbetalning i vår e-tjänst." (Jordbruksverket's
    // utlysningar, diff q316), "Ni söker bidraget via e-tjänsten" — the service within three words of the preposition
    id: 'du-soker-i-e-tjanst', where: 'sentence', meaning: 'requisition.channel', weight: 7,
    cue: wordy(/\b(?:du|ni)\s+(?:söker|ansöker)\s+(?:[\p{L}-]+\s+){0,5}?(?:i|via|på|genom)\s+(?:[\p{L}-]+\s+){0,3}?(?:e-tjänst(?:en)?|[\p{L}-]*portal(?:en)?|[\p{L}-]*webbplats(?:en)?|[\p{L}-]*hemsida(?:n)?|[\p{L}-]*ansökningssystem(?:et)?)\b/iu),
    unless: [DEADLINE],
    examples: ['Du söker både stödet och utbetalning i vår e-tjänst.', 'Ni söker bidraget via Kulturrådets e-tjänst.'],
    counterExamples: ['Du hittar mer information på vår webbplats.', 'Du söker stödet i vår e-tjänst senast den 17 april.', 'Ni redovisar bidraget i e-tjänsten.'],
  },
  {
    // the imperative with the site: "Läs mer om statsbidraget för att stärka demokratin och ansök på mucf.se" (Göteborgs United
    // on MUCF's grant, dev 1414): a web address (a dotted name) or the funder's service
    id: 'ansok-pa-adress', where: 'sentence', meaning: 'requisition.channel', weight: 7,
    cue: wordy(/\bansök\s+(?:om\s+(?:[\p{L}-]+\s+){1,2}?)?(?:på|via|i)\s+(?:(?:www\.)?[\p{L}\d-]+\.(?:se|nu|fi|ax|org|com|eu)\b|(?:[\p{L}-]+\s+){0,2}?(?:e-tjänst(?:en)?|[\p{L}-]*portal(?:en)?|[\p{L}-]*webbplats(?:en)?|[\p{L}-]*hemsida(?:n)?))/iu),
    unless: [DEADLINE],
    examples: ['Läs mer om statsbidraget för att stärka demokratin och ansök på mucf.se'],
    counterExamples: ['Läs mer om statsbidraget på mucf.se', 'Ansök senast den 17 augusti på mucf.se', 'Ansökan på mucf.se stänger i augusti.'],
    note: 'one document: Göteborgs United\'s news on MUCF\'s Stärka demokratin (dev 1414); no second "ansök på <site>" in dev or the diff texts',
  },
  {
    // where the report is handed in, its own sentence: "Redovisning av färdiga projekt görs i MUCF:s e-tjänst." (MUCF 2023, diff
    // q312) — how the recipient reports, never where the application is made
    id: 'redovisning-gors-i', where: 'sentence', meaning: 'reporting.content', weight: 8,
    cue: wordy(/^\W{0,3}(?:(?:slut|del|åter)?redovisning(?:en)?|återrapportering(?:en)?|slutrapport(?:en)?)\s+(?:av\s+(?:[\p{L}-]+\s+){1,4}?)?(?:görs|sker|lämnas|skickas)\s+(?:in\s+)?(?:i|via|på)\s/iu),
    unless: [DEADLINE],
    examples: ['Redovisning av färdiga projekt görs i MUCF:s e-tjänst.', 'Slutredovisningen lämnas via e-tjänsten.'],
    counterExamples: ['Ansökan görs i MUCF:s e-tjänst.', 'Redovisning av färdiga projekt görs senast den 31 januari.', 'Redovisningen visar att fler har sökt bidraget.'],
  },
  {
    // a further way to hand the application in, told after the first in a sentence of its own: "Det går också att ansöka på
    // blankett som skickas per post.", "Du kan också skicka in ansökan per post.", "Ansökan kan även lämnas på papper." (diff35
    // class 4: the paper option dropped beside an e-tjänst both years name, which the spec's one channel does not carry)
    id: 'ocksa-ansoka-per-post', where: 'sentence', meaning: 'requisition.channel', weight: 7,
    cue: wordy(/\b(?:också|även)\s+(?:att\s+)?(?:ansöka|söka|(?:skicka|lämna)\s+in\s+(?:din\s+|er\s+|föreningens\s+)?(?:ansökan|ansökningen))\s+(?:om\s+(?:[\p{L}-]+\s+){1,2}?)?(?:(?:per|med|via)\s+(?:post|e-post|mejl)|på\s+(?:en\s+)?(?:(?:pappers|ansöknings)?blankett\p{L}*|papper))\b|\b(?:ansökan|ansökningen)\s+(?:kan|får)\s+(?:också|även)\s+(?:skickas|lämnas)\s+(?:in\s+)?(?:(?:per|med|via)\s+(?:post|e-post|mejl)|på\s+(?:en\s+)?(?:(?:pappers|ansöknings)?blankett\p{L}*|papper))\b/iu),
    unless: [DEADLINE],
    examples: ['Här kan du ansöka om bygdepeng via vår e-tjänst. Du kan också ansöka på blankett.', 'Det går också att ansöka på blankett som skickas per post.', 'Du kan också skicka in ansökan per post.', 'Ansökan kan även lämnas på papper.'],
    counterExamples: ['Du kan också skicka in frågor per e-post.', 'Redovisningen kan också skickas per post.', 'Det går också att ansöka om bidrag för resor.', 'Ansökan kan också skickas per post senast den 1 mars 2026.'],
  },
  {
    // the paper option told as forms one may have sent (diff37, class "channel no row claims", 5 of the 85 misses left in
    // batches 20–32): "För de föreningarna som så önskar finns det möjlighet att få en ansökningshandlingar på papper tillsänt."
    // (Landstinget Dalarna 2018, dropped in Region Dalarna's e-tjänst 2025, diff batch 31), "Ansökningsblanketten finns
    // också på papper." (constructed); the application's forms or the application itself on paper
    id: 'ansokan-pa-papper', where: 'sentence', meaning: 'requisition.channel', weight: 7,
    cue: wordy(/\b(?:ansökningshandling(?:ar|arna|en)?|ansökningsblankett(?:en|er|erna)?|ansökningsformulär(?:et|en)?|ansökan|ansökningen|ansökningar(?:na)?)\s+(?:[\p{L}-]+\s+){0,2}?på\s+papper\b/iu),
    unless: [DEADLINE],
    examples: ['För de föreningarna som så önskar finns det möjlighet att få en ansökningshandlingar på papper tillsänt.', 'Ansökningsblanketten finns också på papper.', 'Den som vill kan få ansökan på papper.'],
    counterExamples: ['Kvitton på papper ska sparas i fem år.', 'Redovisningen kan lämnas på papper.', 'Ansökan lämnas på papper senast den 1 mars.'],
  },
  {
    // the application or a nomination sent by mail, told as an instruction: "Skicka ett mail med ditt förslag och motivering
    // till Bibliotek- och kulturchef Anders Nylander" (Sölvesborg's kulturpris 2021, diff q232: added, the 2002 rules named no
    // way), "Mejla din nominering till kulturchefen." (constructed), "Skicka in din ansökan per post till …"; a medium is
    // named, so "Skicka in din ansökan senast …" (a deadline) and "Skicka ett mail om du har frågor" (a contact) are not
    id: 'skicka-forslag-med-e-post', where: 'sentence', meaning: 'requisition.channel', weight: 7,
    cue: wordy(/^\W*(?:(?:skicka|sänd)\s+(?:in\s+)?(?:ett|en)\s+(?:mail|mejl|e-post(?:meddelande)?|e-brev|brev)\s+med\s+(?:ditt|din|dina|er|ert|era|föreningens)\s+(?:förslag|ansökan|nominering\p{L}*)|(?:mejla|maila)\s+(?:in\s+)?(?:ditt|din|dina|er|ert|era|föreningens)\s+(?:förslag|ansökan|nominering\p{L}*)|(?:skicka|sänd)\s+(?:in\s+)?(?:ditt|din|dina|er|ert|era|föreningens)\s+(?:förslag|ansökan|nominering\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}?(?:via|per|med)\s+(?:e-post|mejl|mail|post))\b/iu),
    unless: [DEADLINE],
    examples: ['Skicka ett mail med ditt förslag och motivering till Bibliotek- och kulturchef Anders Nylander', 'Mejla din nominering till kulturchefen.', 'Skicka in din ansökan per post till Kultur- och fritidsförvaltningen.'],
    counterExamples: ['Skicka ett mail om du har frågor.', 'Skicka in din ansökan senast den 1 mars 2026.', 'Du får ett mail med ditt beslut.', 'Skicka in din redovisning per post.'],
  },
  {
    // what the application or requisition must hold or be: "Ansökan ska innehålla …", "Av ansökan ska framgå …"
    id: 'ansokan-ska', where: 'sentence', meaning: 'requisition.requires', weight: 7,
    // or what it needs, the e-services' template (rbok, fri-go): "Ansökan kräver följande dokument: Verksamhetsberättelse, Bokslut
    // …" (Mariehamn 2024, diff q193; Markaryd, Laholm, Huddinge, Österåker in dev); or a paper to attach: "Region Sörmlands
    // revisorsintyg att bifoga ansökan finns att hämta nedan" (diff q203)
    cue: wordy(/\b(?:ansökan|ansökningen|ansökningar(?:na)?|rekvisition(?:en)?|rekvisitioner(?:na)?|intresseanmälan)\s+(?:om\s+(?:[\p{L}-]+\s+){1,3}?)?(?:ska|skall|måste|kräver)\b|\b(?:att\s+bifoga|bifogas)\s+(?:till\s+|med\s+)?(?:ansökan|rekvisitionen|ansökningen)\b|\b(?:av|i|till|vid|med)\s+(?:ansökan|rekvisitionen|ansökningen)\s+(?:ska|skall|måste)\b|\bför\s+att\s+(?:kunna\s+)?(?:rekvirera|ansöka|söka)\b[^.]{0,120}?\b(?:ska|måste|krävs)\b|\bför\s+att\s+(?:en\s+|din\s+|er\s+)?(?:ansökan|ansökningen)(?:\/[\p{L}-]+)?\s+(?:ska|skall)\s+(?:kunna\s+)?(?:behandlas|prövas|handläggas|bedömas)\b[^.]{0,60}?\b(?:måste|ska|skall|krävs)\b/iu),
    // (… and what an application must be to be handled at all: "För att ansökan/förslag ska kunna behandlas måste alla uppgifter
    // och ev. bilagor vara noggrant och utförligt ifyllda.", Region Gävleborg 2019, diff q342)
    // (… never the office's or jury's own step after the handling clause, review72b dr1, dr2: "För att ansökan ska kunna
    // behandlas måste kansliet först registrera den")
    unless: [DEADLINE, { where: 'sentence', cue: wordy(/\bför\s+att\s+(?:en\s+|din\s+|er\s+)?(?:ansökan|ansökningen)(?:\/[\p{L}-]+)?\s+(?:ska|skall)\s+(?:kunna\s+)?(?:behandlas|prövas|handläggas|bedömas)\b[^.]{0,60}?\b(?:måste|ska|skall|krävs)\s+(?:vi|kansliet|juryn|handläggar\p{L}*|nämnden|styrelsen|regionen|kommunen|förvaltningen|myndigheten)\b/iu) },
      // (… nor the application handed in by a day, the deadline requisition.closes holds, with a weekday or in figures as
      // Finland-Swedish texts write it: "Ansökningarna ska lämnas in senast 31.10.2019." (Kronoby 2019, diff q672), "Ansökan
      // ska lämnas in till stadshusets registratur senast fredagen den 29 mars kl. 16.00." (Karleby 2019, diff q668); only
      // this row: a channel's sentence with its deadline stays a channel's)
      { where: 'sentence', cue: wordy(/\b(?:ansökan|ansökningen|ansökningar(?:na)?)\s+(?:ska|skall|måste)\s+(?:lämnas|inlämnas|skickas|sändas|inkomma|vara\s+inne|vara\s+inlämnad)\b[^.]{0,80}?\bsenast\s+(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+(?:den\s+)?\d|(?:den\s+)?\d{1,2}\.(?:0?[1-9]|1[0-2])(?!\d))/iu) }],
    examples: ['Ansökan kräver följande dokument: Verksamhetsberättelse, Bokslut och verksamhetsgranskarens berättelse', 'Region Sörmlands revisorsintyg att bifoga ansökan finns att hämta nedan.', 'Ansökan ska innehålla en budget och en tidsplan.', 'Av ansökan ska framgå hur insatsen ska följas upp.', 'För att kunna rekvirera måste kommunen ha en handlingsplan.', 'Ansökan om kulturprogrambidrag ska göras minst tre veckor innan arrangemanget.',
      'För att ansökan/förslag ska kunna behandlas måste alla uppgifter och ev. bilagor vara noggrant och utförligt ifyllda.', 'För att ansökan ska kunna prövas måste budgeten vara komplett.', 'För att din ansökan ska handläggas krävs ett organisationsnummer.'],
    counterExamples: ['För att ansökan/förslag ska kunna behandlas snabbt ringer vi upp dig.',
      // (review72b dr1, dr2: the office's or jury's own step)
      'För att ansökan ska kunna behandlas måste kansliet först registrera den, vilket tar cirka en vecka.', 'För att ansökan ska kunna bedömas måste juryn först sammanträda i april.', 'För att ansökan/förslaget ska kunna bedömas skickar vi det vidare till juryn.',
      'Ansökan ska vara inne senast den 1 mars 2026.', 'Ansökan görs i e-tjänsten.', 'Vi behandlar ansökningar i turordning.', 'Ansökan om bidrag ska vara inne senast den 1 mars 2026.', 'Ansökan om bidrag görs i e-tjänsten.',
      // (a deadline with a weekday or in figures, diff q668 and q672: the deadline, held as requisition.closes)
      'Ansökan ska lämnas in till stadshusets registratur senast fredagen den 29 mars kl. 16.00.', 'Ansökningarna ska lämnas in senast 31.10.2019.'],
  },
  {
    // what the applicant attaches or fills in, told without "ansökan ska": a bare present passive with the application as the
    // place ("Till ansökan bifogas meritförteckning och lämpligt bildmaterial i elektroniskt format.", Konstsamfundet, diff
    // q292), the applicant's "bör/ska bifoga" ("Föreningar bör bifoga årsberättelse och bokslut.") or the items a form asks
    // for, listed ("Arbetsplan, projektbeskrivning, finansieringsplan, budget och totalkostnad för projektet fylls i.", dev 1858)
    id: 'bifogas-fylls-i', where: 'sentence', meaning: 'requisition.requires', weight: 7,
    cue: wordy(/\b(?:i|till)\s+ansökan\s+bifogas\s+\p{L}|\b(?:ska|skall|bör|måste)\s+(?:även\s+|också\s+)?bifoga\s+(?!en\s+kopia\s+av\s+beslutet)\p{L}|^(?:[\p{L}-]+,\s+){2,8}[^.]{0,120}?\bfylls\s+i\s*[.!]?\s*$/iu),
    unless: [DEADLINE, { where: 'sentence', cue: wordy(/:\s*$|\b(?:inte|ej|inga|ingen|inget)\s+(?:\p{L}+\s+)?bifoga/iu) }],
    examples: ['Till ansökan bifogas meritförteckning och lämpligt bildmaterial i elektroniskt format.', 'Föreningar bör bifoga årsberättelse och bokslut.', 'Arbetsplan, projektbeskrivning, finansieringsplan, budget och totalkostnad för projektet fylls i.'],
    counterExamples: ['Till ansökan bifogas:', 'Föreningar behöver inte bifoga årsberättelse.', 'Blanketten fylls i.', 'Ansökan ska vara inne senast den 1 mars 2026.'],
  },
  {
    // what the application form is made of, its parts named: "Blanketten består bland annat av en projektbeskrivning och en
    // projektbudget." (Malmö stad's projektstöd, diff q330), "Ansökan består av två delar: en verksamhetsplan och en budget."
    // (constructed): what the applicant hands in; the grant's own parts ("Bidraget består av …") are belopp-delar's
    id: 'ansokan-bestar-av', where: 'sentence', meaning: 'requisition.requires', weight: 7,
    cue: wordy(/^\W*(?:ansökan|ansökningen|ansökningsblanketten|blanketten|ansökningsformuläret|formuläret)\s+(?:består|ska\s+bestå)\s+(?:bland\s+annat\s+|främst\s+|i\s+huvudsak\s+)?av\b/iu),
    unless: [DEADLINE],
    examples: ['Blanketten består bland annat av en projektbeskrivning och en projektbudget.', 'Ansökan består av två delar: en verksamhetsplan och en budget.', 'Ansökningsformuläret ska bestå av en budget och en tidsplan.'],
    counterExamples: ['Redovisningsblanketten består av tre delar.', 'Bidraget består av tre delar.', 'Blanketten finns på webbplatsen.', 'Juryn består av fem ledamöter.'],
  },
  {
    // an incomplete application (or report) is refused: "Ej fullständigt ifylld ansökan och slutredovisning kommer inte att
    // beviljas bidrag", "Ofullständiga ansökningar behandlas inte" — what the application must be
    id: 'ofullstandig-ansokan', where: 'sentence', meaning: 'requisition.requires', weight: 7,
    cue: wordy(/\b(?:(?:ej|inte)\s+(?:fullständigt?|komplett)\s+(?:\p{L}+\s+)?|ofullständig[a]?\s+)(?:ansökan|ansökningar|ansökningarna|rekvisition(?:er)?)\b[^.]{0,80}?\b(?:beviljas|behandlas|prövas|handläggs)\s+(?:inte|ej)\b|\b(?:ej|inte)\s+(?:fullständigt?|komplett)\s+(?:\p{L}+\s+)?(?:ansökan|ansökningar|rekvisition)\b[^.]{0,80}?\bkommer\s+(?:inte|ej)\s+att\s+(?:beviljas|behandlas|prövas)\b/iu),
    examples: ['Ej fullständigt iifylld ansökan och slutredovisning kommer inte att beviljas bidrag.', 'Ofullständiga ansökningar behandlas inte.', 'En inte komplett ansökan prövas inte.'],
    counterExamples: ['Ansökningar som kommer in för sent behandlas inte.', 'Fullständiga ansökningar behandlas i turordning.', 'Ofullständiga ansökningar kan kompletteras.'],
  },
  {
    // an application refused when late (or incomplete) as a clause after "som": "Ansökningar som inte är kompletta eller som
    // kommit in för sent handläggs inte." (Region Kalmar, diff q365), "Ansökningar som inkommer efter sista ansökningsdag
    // behandlas inte" — a condition of the call, as the officers list it (a report or a payment request late is another rule)
    id: 'ansokan-som-for-sent', where: 'sentence', meaning: 'conditions', weight: 8,
    cue: wordy(/\b(?:ansökan|ansökningen|ansökningar(?:na)?)\s+som\s+(?:[^.]{0,60}?\s)?(?:kommer|kommit|inkommer|inkommit|lämnas|lämnats)\s+(?:in\s+)?(?:för\s+sent|efter\s+(?:sista\s+ansökningsdag(?:en)?|ansökningstidens\s+slut))\b[^.]{0,40}?\b(?:handläggs|behandlas|prövas|bedöms)\s+(?:inte|ej)\b/iu),
    examples: ['Ansökningar som inte är kompletta eller som kommit in för sent handläggs inte.', 'Ansökningar som inkommer efter sista ansökningsdag behandlas inte.', 'Ansökan som lämnas in för sent prövas ej.'],
    counterExamples: ['Ansökningar som kommer in för sent kan ändå prövas om medel finns kvar.', 'Redovisningar som kommer in för sent behandlas inte.', 'Ansökningar som kommer in för sent prioriteras inte.', 'Ansökningar som kommer in i tid behandlas inte förrän i maj.'],
  },
  {
    // the report's form named with it: "Tänk på att det är samma blankett som används till slutredovisningen", "Slutrapporten
    // lämnas på ett formulär som skickas ut i december" — a reporting duty the sentence states by its form
    id: 'redovisning-blankett', where: 'sentence', meaning: 'reporting.content', weight: 8,
    cue: wordy(/\b(?:blankett\p{L}*|formulär\p{L}*|mall(?:en)?)\b[^.]{0,80}?\b(?:slutredovisning|slutrapport|återrapportering|delredovisning|delrapport)\p{L}*|\b(?:slutredovisning|slutrapport|återrapportering|delredovisning|delrapport)\p{L}*\b[^.]{0,80}?\b(?:blankett\p{L}*|formulär\p{L}*|mall(?:en)?)\b/iu),
    examples: ['Tänk på att det är samma blankett som används till slutredovisningen.', 'Slutrapporten lämnas på ett formulär som skickas ut i december.'],
    counterExamples: ['Ansökan görs på blankett.', 'Slutredovisningen har granskats av revisorn.'],
  },
  {
    // a report due a time after the activity ends: "Senast fyra veckor efter att din aktivitet är avslutad behöver vi fått in
    // den" — a relative deadline counted from the end of what was funded is the report's (an application's is counted before it)
    id: 'senast-efter-avslutad', where: 'sentence', meaning: 'reporting.content', weight: 8,
    cue: wordy(/\bsenast\s+(?:\d{1,3}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv)\s+(?:dagar|veckor|månader)\s+efter\s+(?:att\s+)?(?:[\p{L}-]+\s+){0,3}?(?:är\s+|har\s+|har\s+blivit\s+)?(?:avslutad|avslutat|avslutats|genomförd|genomfört|genomförts|slutförd|slutfört|slutförts)\b|\bsenast\s+(?:\d{1,3}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv)\s+(?:dagar|veckor|månader)\s+efter\s+(?:avslutad|genomförd|slutförd|avslutat|genomfört|slutfört)\s+(?:aktivitet|projekt|insats|verksamhet|arrangemang)\b/iu),
    examples: ['Senast fyra veckor efter att din aktivitet är avslutad behöver vi fått in den.', 'Senast 6 veckor efter att din aktivitet är avslutad behöver vi fått in den.', 'Redovisning lämnas senast två månader efter avslutat projekt.'],
    counterExamples: ['Ansökan ska komma in senast tre veckor före genomförandet.', 'Utbetalning sker senast 30 dagar efter beslut.'],
  },
  {
    // underlag to hand in or keep: "Fakturor och kvitton ska sparas", "Till ansökan ska en budget bifogas"
    id: 'underlag-ska', where: 'sentence', meaning: 'evidence_documents', weight: 8,
    cue: wordy(/\b(?:underlag\p{L}*|verifikat\p{L}*|fakturor|kvitton|huvudbok\p{L}*|intyg\p{L}*|bokföring\p{L}*|kontoutdrag)\b/iu),
    also: { where: 'sentence', cue: wordy(/\b(?:ska|skall|måste|sparas|bevaras|arkiveras|bifogas|begära|begär|begäras|lämnas\s+in|skickas\s+in|kunna\s+(?:visa|uppvisa))\b/iu) },
    examples: ['Fakturor och kvitton ska sparas i tio år.', 'Länsstyrelsen kan begära in underlag som styrker kostnaderna.', 'Ett intyg från revisor ska bifogas.', 'Kvitton, avtal och underlag för utbetalningar kan komma att begäras in.'],
    counterExamples: ['Fakturor betalas av kommunen.', 'Underlaget för beräkningen är befolkningen den 1 november.', 'Ansökan ska innehålla en budget.', 'Kvitton och fakturor begärdes in från tio föreningar i fjol.'],
  },
  {
    // the attendance record kept for inspection: "Närvarokort behöver inte skickas med men ska kunna uppvisas vid kontroll."
    // (Laholm's aktivitetsbidrag 2024, dev 1014; helper diffb40, batch 40), "Närvarolistor ska sparas och kunna visas upp på
    // begäran"; only with a duty ("ska/måste … uppvisas/sparas/bifogas"), never one kept last year, nor one not needed at all
    id: 'narvarokort-uppvisas', where: 'sentence', meaning: 'evidence_documents', weight: 8,
    // (review77e: the record the subject of the duty, in its own clause, a few words before it and no "och" between: "Närvarokort
    // finns i receptionen och ansökan ska lämnas in …" is the application's duty; the record sent with the application by its
    // deadline, "… ska lämnas in senast … tillsammans med närvarokort", is what the application holds)
    cue: wordy(/\b(?:närvarokort|närvarolist|deltagarlist|närvaroredovisning)\p{L}*\s+(?:(?!och\b)[\p{L}-]+\s+){0,6}?(?:ska|skall|måste)\s+(?:(?:sparas|arkiveras)\s+och\s+)?(?:kunna\s+)?(?:uppvisas|visas\s+upp|sparas|arkiveras|bifogas|skickas\s+(?:in|med)|lämnas\s+in)\b/iu),
    examples: ['Närvarokort behöver inte skickas med men ska kunna uppvisas vid kontroll.', 'Närvarolistor ska sparas och kunna visas upp på begäran.', 'Deltagarlistan ska bifogas redovisningen.',
      'Deltagarlistor ska sparas i tre år och visas upp om kommunen begär det.'],
    counterExamples: ['Närvarokort behöver inte skickas in.', 'Närvarokorten skickades in av tio föreningar i fjol.', 'Ledaren fyller i närvarokortet varje gång.', 'Närvarokort finns att hämta i receptionen.',
      'Närvarokort finns i receptionen och ansökan ska lämnas in senast den 1 mars.', 'Digitala närvarolistor används sedan 2023 och ansökan ska skickas in via e-tjänsten.',
      'Ansökan om aktivitetsbidrag ska lämnas in senast den 25 augusti tillsammans med närvarokort.'],
  },
  {
    // when money is paid back: "Medel som inte använts ska återbetalas", "Bidraget kan återkrävas om …"
    id: 'aterbetalas', where: 'sentence', meaning: 'repayment.triggers', weight: 8,
    cue: wordy(/\b(?:återbetala\p{L}*|återbetalning\p{L}*|betala[s]?\s+tillbaka|återkräv\p{L}*|återkrav\p{L}*|betalas\s+åter)\b/iu),
    also: { where: 'sentence', cue: wordy(/\b(?:ska|skall|måste|kan|får|om|när)\b/iu) },
    examples: ['Medel som inte har använts ska återbetalas till Socialstyrelsen.', 'Bidraget kan återkrävas om villkoren inte följs.'],
    counterExamples: ['Medel som inte har använts ska redovisas.', 'Återbetalningen från 2023 var liten.'],
  },
  {
    // a ceiling on what may go to one kind of cost is a condition, not a use: "Högst 2 500 000 kronor får
    // användas för att täcka Boverkets kostnader för administration", "Av medlen får högst 5 procent användas …"
    id: 'hogst-far-anvandas', where: 'sentence', meaning: 'conditions', weight: 10,
    cue: wordy(/\bhögst\s+\d[\d \u00a0.,]{0,15}\s*(?:kronor|kr|tkr|miljoner|procent|%)\s+(?:[\p{L}-]+\s+){0,6}?(?:får|kan)\s+(?:[\p{L}-]+\s+){0,2}?(?:användas|utgå|gå\s+till|betalas\s+ut)\b|\b(?:får|kan)\s+högst\s+\d[\d \u00a0.,]{0,15}\s*(?:kronor|kr|tkr|miljoner|procent|%)\s+(?:av\s+\p{L}+\s+)?(?:användas|utgå|gå\s+till|betalas\s+ut)\b/iu),
    examples: ['Högst 2 500 000 kronor får användas för att täcka Boverkets kostnader för administration av bidraget.', 'Av medlen får högst 5 procent användas för administration.'],
    counterExamples: ['Medlen får användas för att täcka kostnader för administration.', 'Bidraget är högst 50 000 kronor per förening.'],
  },
  {
    // a ceiling on commitments: "Åtaganden under punkt 1 får under budgetåret 2004 göras inom en ram av totalt
    // 38 000 000 kr", "Beslut om bidrag får fattas inom en ram på 20 miljoner kronor" (a regleringsbrev's bemyndigande)
    id: 'inom-en-ram', where: 'sentence', meaning: 'conditions', weight: 10,
    cue: wordy(/\b(?:åtaganden|ekonomiska\s+åtaganden|beslut\s+om\s+(?:stats)?bidrag|bidrag|stöd)\b[^.]{0,100}?\binom\s+en\s+(?:total\s+)?ram\s+(?:av|på|om)\s+(?:totalt\s+|högst\s+)?\d/iu),
    examples: ['Åtaganden under punkt 1 får under budgetåret 2004 göras inom en ram av totalt 38 000 000 kr.', 'Beslut om bidrag får fattas inom en ram på 20 miljoner kronor.'],
    counterExamples: ['Åtaganden ska redovisas i årsredovisningen.', 'Verksamheten ska bedrivas inom en ram av befintliga resurser.'],
  },
  {
    // how applications are ranked, a rule of the assessment: "Nya former av arrangemang prioriteras", "Samarrangemang mellan
    // olika föreningar premieras", "Aktiviteter på landsbygden är prioriterade"
    id: 'prioriteras', where: 'sentence', meaning: 'conditions', weight: 5,
    // … or welcomed: "Vi ser positivt på ansökningar där flera universitet medverkar" (Svenska institutet, diff q178),
    // "Svenska institutet ser positivt på tvärsektoriella partnerskap" (dev 413)
    cue: wordy(/\b(?:prioriteras|premieras|är\s+prioriterade?|ges\s+företräde)\b|\bser\s+(?:gärna\s+|särskilt\s+)?positivt\s+på\s+(?:[\p{L}-]+\s+)?(?:ansökningar|projekt\p{L}*|[\p{L}-]*partnerskap|[\p{L}-]*samarbete\p{L}*|samverkan)\b/iu),
    unless: [DEADLINE],
    examples: ['Nya former av arrangemang prioriteras.', 'Samarrangemang mellan olika föreningar premieras.', 'Aktiviteter på landsbygden är prioriterade.', 'Vi ser positivt på ansökningar där flera universitet medverkar.', 'Svenska institutet ser positivt på tvärsektoriella partnerskap som omfattar fler än tre organisationer.'],
    counterExamples: ['Kommunen prioriterade barn och unga i fjol.', 'Ärendet har prioriterats av handläggaren.', 'Vi ser positivt på framtiden.'],
  },
  {
    // when the funded work may start, against the decision: "… och beslut beräknas fattas omkring mitten av april, så det
    // ni planerar måste äga rum efter det", "Projekten kan påbörjas efter beslut om bidrag". A condition even in a
    // sentence that also names the last day to apply (the day itself stays the spec diff's)
    id: 'efter-beslutet', where: 'sentence', meaning: 'conditions', weight: 6,
    cue: wordy(/\b(?:ska|skall|måste|bör|kan|får)\s+(?:först\s+)?(?:äga\s+rum|påbörjas|genomföras|starta)\s+(?:först\s+)?efter\s+(?:det|detta|beslut\p{L}*)\b|\b(?:får|kan)\s+(?:inte|ej)\s+(?:påbörjas|starta|äga\s+rum)\s+(?:före|innan)\s+beslut\p{L}*\b/iu),
    also: { where: 'sentence', cue: wordy(/\bbeslut\p{L}*\b/iu) },
    examples: ['Fredag 3 mars är sista ansökningsdag för denna utlysning, och beslut beräknas fattas omkring mitten av april, så det ni planerar måste äga rum efter det.', 'Beslut beräknas fattas i slutet av september, så det ni planerar bör äga rum efter det.', 'Projekten kan påbörjas efter beslut om bidrag och pågå 1-2 år, som längst till och med december 2019.'],
    counterExamples: ['Beslut beräknas fattas i slutet av september.', 'Redovisningen ska lämnas efter det att projektet avslutats.', 'Ni kan rekvirera medlen efter beslut om bidrag.'],
  },
  {
    // a decision that cannot be appealed, or one made by another body: a condition of the grant's process
    id: 'kan-inte-overklagas', where: 'sentence', meaning: 'conditions', weight: 6,
    // … or with "går inte att" (MUCF's Stärka demokratin 2022, dev 1988: "Enligt regeringens förordning går det inte att
    // överklaga myndighetens beslut om projektbidrag.")
    cue: wordy(/\b(?:kan|får)\s+(?:inte|ej)\s+överklagas\b|\bgår\s+(?:det\s+)?(?:inte|ej)\s+att\s+överklaga\b/iu),
    examples: ['Partibidragsnämndens beslut kan inte överklagas.', 'Beslutet får inte överklagas.', 'Enligt regeringens förordning går det inte att överklaga myndighetens beslut om projektbidrag.'],
    counterExamples: ['Beslutet kan överklagas till förvaltningsrätten.', 'Ansökan kan inte ändras.', 'Det går att överklaga beslutet till förvaltningsrätten.', 'Det går inte att ändra ansökan efter sista ansökningsdag.'],
  },
  {
    // the grant's aims as a list under "<the grant> ska:" (diffb31: "Verksamhetsstödet ska:\n- Främja …\n- Stimulera …", read
    // as lead and item by text.ts): the purpose, not a condition on the recipient; the colon keeps it to a lead over a list
    id: 'stodet-ska-syfte-lista', where: 'sentence', meaning: 'purpose', weight: 12,
    cue: wordy(/^(?:[\p{L}-]*(?:stöd|bidrag|stipendi)(?:et)?|satsningen|medlen|fonden|programmet)\s+(?:ska|skall)\s*:\s*(?:att\s+)?(?:främja|stimulera|stärka|bidra\s+till|öka|utveckla|stödja|underlätta|möjliggöra|uppmuntra|motverka|förbättra)\b/iu),
    examples: ['Verksamhetsstödet ska: Främja föreningslivet i kommunen', 'Bidraget ska: stärka civilsamhället i länet'],
    counterExamples: ['Verksamhetsstödet ska främja föreningslivet i kommunen.', 'Föreningen ska: främja barns idrott', 'Bidraget ska: användas till lokalhyra', 'Ansökan ska: innehålla en budget'],
  },
  {
    // the grant's aim stated as what its money or the work it funds shall bring about (diff37, the class "purpose no row
    // claims", 7 of the 85 misses left in batches 20–32): "Folkhälsomedlen ska bidra till att skapa förutsättningar för trygga
    // miljöer …" (Region Uppsala 2023, diff batch 30), "Medlen ska skapa extra kraft, synergieffekter och långsiktiga vinster i
    // länets folkhälsoarbete …" (2018, until now read as a condition), "De projekt som finansieras av fonden ska bidra till att
    // öka kunskapen om brottsoffer …" (Brottsoffermyndigheten, diff q190). The subject is the grant's money or what it funds, the
    // verb one of an aim; heavier than ska-villkor (a condition on the recipient: "Föreningen ska …", "Medlen ska användas …")
    id: 'medlen-ska-bidra-till', where: 'sentence', meaning: 'purpose', weight: 10,
    cue: wordy(/^\W*(?:[\p{L}-]*(?:medel|medlen)|[\p{L}-]*(?:bidrag|stöd|stipendi)(?:et)?|(?:de\s+)?(?:projekt(?:en)?|insatser(?:na)?|aktiviteter(?:na)?)\s+som\s+(?:finansieras|beviljas|stöds|får\s+(?:stöd|bidrag))\s+(?:[\p{L}-]+\s+){0,3}?)\s*(?:ska|skall)\s+(?:[\p{L}-]+\s+)?(?:bidra\s+till|skapa|främja|stärka|stimulera|öka|utveckla|förbättra|motverka|möjliggöra)\b/iu),
    examples: ['Folkhälsomedlen ska bidra till att skapa förutsättningar för trygga miljöer för barn och unga inom socioekonomiskt utsatta områden.', 'Medlen ska skapa extra kraft, synergieffekter och långsiktiga vinster i länets folkhälsoarbete, genom stöd till insatser utöver ordinarie verksamhet.', 'De projekt som finansieras av fonden ska bidra till att öka kunskapen om brottsoffer och ge bättre bemötande och stöd till brottsoffer.', 'Bidraget ska främja ett rikt kulturliv i hela länet.'],
    counterExamples: ['Medlen ska användas till insatser utöver ordinarie verksamhet.', 'Föreningen ska bidra till att skapa trygga miljöer.', 'Bidraget ska redovisas senast den 1 mars.', 'Projekten ska vara avslutade inom ett år.', 'Ansökan ska bidra med en budget.'],
  },
  {
    // the grant's aim told through whom it goes to, as what their work contributes to: "… kan sökas av ideella
    // miljöorganisationer eller stiftelser som “bidrar till att uppfylla de nationella miljökvalitetsmålen eller något av de
    // prioriterade områdena i EU:s sjunde miljöhandlingsprogram”" → "… till svenska ideella föreningar vars huvudsakliga syfte
    // bidrar till att uppfylla de nationella miljökvalitetsmålen" (Naturvårdsverket 2016 → 2021, diff batch 32, left open by
    // diffb32 and diff36); "… organisationer som bidrar till att nå de jämställdhetspolitiska målen" (constructed). Goals
    // ("mål", "målen", a compound of them) after "uppfylla" or "nå": a relative clause's aim, not a duty ("ska bidra till …")
    id: 'som-bidrar-till-malen', where: 'sentence', meaning: 'purpose', weight: 10,
    cue: wordy(/\b(?:som|vars\s+(?:[\p{L}-]+\s+){0,2}?syfte)\s+[“”"'«»]?(?:aktivt\s+)?bidrar\s+till\s+att\s+(?:uppfylla|nå|uppnå)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]*mål(?:en|et)?\b/iu),
    examples: ['Naturvårdsverket har utlyst ungefär 14,5 miljoner kronor som kan sökas av ideella miljöorganisationer eller stiftelser som “bidrar till att uppfylla de nationella miljökvalitetsmålen eller något av de prioriterade områdena i EU:s sjunde miljöhandlingsprogram”.', 'Vi räknar med att få fördela bidrag till svenska ideella föreningar vars huvudsakliga syfte bidrar till att uppfylla de nationella miljökvalitetsmålen.', 'Bidrag ges till organisationer som bidrar till att nå de jämställdhetspolitiska målen.'],
    counterExamples: ['Föreningen ska bidra till att uppfylla miljömålen.', 'Vi bidrar till att uppfylla de nationella miljökvalitetsmålen.', 'Bidrag ges till organisationer som bidrar till att skapa mötesplatser.'],
  },
  {
    // the grant's aim as what the funder wants its call to do, "vill" with an aim's verb: "I det här erbjudandet vill vi stödja
    // bolag som inte bara jobbar med hållbarhet … utan där hela affärsidén är att bidra till att lösa en global
    // samhällsutmaning." (Vinnova's Innovativa Impact Startups 2022, diff q336), "Med det här erbjudandet vill Vinnova främja
    // utvecklingen av deeptech-företag …" (Vinnova's Acceleration av deeptechföretag 2024); not what the funder wants to tell
    id: 'med-erbjudandet-vill-vi', where: 'sentence', meaning: 'purpose', weight: 10,
    cue: wordy(/^\W*(?:med|i|genom)\s+(?:det\s+här|detta|denna|den\s+här)\s+[\p{L}-]*(?:erbjudande|utlysning|bidrag|stöd|satsning|program)\p{L}*\s+vill\s+(?:vi|[\p{L}-]+)\s+(?:[\p{L}-]+\s+)?(?:stödja|främja|stimulera|bidra\s+till|uppmuntra|öka|stärka|utveckla)\b/iu),
    examples: ['I det här erbjudandet vill vi stödja bolag som inte bara jobbar med hållbarhet på ett ansvarsfullt sätt utan där hela affärsidén är att bidra till att lösa en global samhällsutmaning.', 'Med det här erbjudandet vill Vinnova främja utvecklingen av deeptech-företag med lösningar inom en rad olika tillämpningsområden.', 'Genom den här utlysningen vill regionen stärka det fria kulturlivet i länet.'],
    counterExamples: ['Med det här erbjudandet vill vi informera om hur ni ansöker.', 'I det här erbjudandet kan ni söka max 300 000 kronor.', 'Vi vill stödja bolag som arbetar med hållbarhet.'],
  },
  {
    // the grant's aim as "<its> syfte är att …": "Fondens övergripande syfte är att stödja olika projekt och verksamheter som
    // bidrar till att öka kunskapen om brottsoffer …" (Brottsoffermyndigheten, diff q189/q190: the aim's words changed between
    // the versions, no purpose extracted either year), "Syftet med bidraget är att …"; not the purpose of an application, a
    // report or a meeting ("Syftet med redovisningen är att …")
    id: 'syftet-ar-att', where: 'sentence', meaning: 'purpose', weight: 10,
    cue: wordy(/^\W*(?:[\p{L}-]+s\s+)?(?:övergripande\s+|huvudsakliga\s+|främsta\s+|långsiktiga\s+)?syfte(?:t)?(?:\s+med\s+(?:[\p{L}-]+\s+){1,3}?)?\s*(?:är|var)\s+att\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/^\W*(?:[\p{L}-]*(?:ansökan|ansökningar|redovisning|rapport|möte|dialog|uppföljning|e-tjänst)\p{L}*\s|syftet\s+med\s+(?:[\p{L}-]+\s+){0,2}?(?:ansökan|ansökningar\p{L}*|redovisning\p{L}*|rapport\p{L}*|möte\p{L}*|dialog\p{L}*|uppföljning\p{L}*|e-tjänst\p{L}*)\s)/iu) }],
    examples: ['Fondens övergripande syfte är att stödja olika projekt och verksamheter som gagnar brottsoffer.', 'Syftet med bidraget är att stärka civilsamhället.', 'Stödets syfte är att främja kulturlivet i länet.'],
    counterExamples: ['Syftet med redovisningen är att visa hur medlen använts.', 'Redovisningens syfte är att följa upp bidraget.', 'Projektet har ett tydligt syfte.', 'Syftet ska framgå av ansökan.'],
  },
  {
    // what can no longer get support, in a clause's word order ("inte kan beviljas stöd"): "Nyligen har regelverket för
    // Klimatklivet ändrats, vilket innebär att såväl laddstationer som vätgastankstationer inte kan beviljas stöd på samma sätt
    // som tidigare." (Länsstyrelsen Gotland, diffb31): a condition of the grant changed
    id: 'inte-kan-beviljas-stod', where: 'sentence', meaning: 'conditions', weight: 8,
    cue: wordy(/\b(?:inte|ej|inte\s+längre)\s+(?:kan|får|kommer\s+att)\s+(?:beviljas|få|ges|erhålla|tilldelas)\s+(?:[\p{L}-]*stöd|[\p{L}-]*bidrag|medel)\b/iu),
    examples: ['Nyligen har regelverket för Klimatklivet ändrats, vilket innebär att såväl laddstationer som vätgastankstationer inte kan beviljas stöd på samma sätt som tidigare.', 'Det innebär att enskilda brunnar inte längre får beviljas bidrag.'],
    counterExamples: ['Laddstationer kan beviljas stöd.', 'Om ansökan inte kommer in i tid kan den inte behandlas.', 'Föreningar som inte kan visa ett bokslut ska lämna en budget.'],
  },
  {
    // a condition: what the recipient must do, may only do, or what is required of it ("Kommunen ska …",
    // "Det krävs att …", "Bidrag lämnas endast till …", "ett villkor för …"), in a sentence about the grant
    id: 'ska-villkor', where: 'sentence', meaning: 'conditions', weight: 4,
    cue: wordy(/\b(?:ska|skall|måste|krävs|förutsätter|förutsättning(?:en|ar|arna)?|villkor(?:et|en)?|åtar\s+sig|förbinder\s+sig|är\s+skyldig[a]?|endast|enbart|bara)\b/iu),
    also: { where: 'sentence', cue: GRANT_WORDS },
    // nor the funder's own work ("Vi ska fatta beslut …"), a question, or a report of a task ("… har haft
    // regeringens uppdrag att ta fram förslag till hur medlen ska fördelas"): an indirect question states no rule
    unless: [DEADLINE, { where: 'sentence', cue: wordy(/^(?:vi|myndigheten|du|ni)\s+(?:ska|kommer)\b|\?\s*$|\b(?:hur|huruvida|vad|vilka|vilken|om)\s+(?:[\p{L}\d-]+\s+){0,8}?(?:ska|skall|bör)\s+(?:[\p{L}-]+\s+)?(?:fördelas|användas|utformas|beräknas|se\s+ut)\b/iu) },
      // … nor the funder's account of its own work, its subject "vi" after a time ("Sedan 2015 genomför vi särskilda
      // kommunikationsutlysningar för att stödja arbetet med att forskning … ska komma till nytta i samhället", Formas 2021,
      // diff q333): its "ska" is the aim's; unless it limits or requires ("Sedan 2020 ger vi endast bidrag till …")
      { where: 'sentence', cue: wordy(/^(?:(?:sedan|från|under|i|varje|redan)\s+)(?:[\p{L}\d-]+\s+){0,2}?(?:genomför|driver|arbetar|har|gör|ger|delar|fördelar|utlyser)\s+vi(?![\p{L}\p{N}])(?:(?!(?<![\p{L}\p{N}])(?:endast|enbart|bara|måste|krävs|krav|villkor\p{L}*|förutsätt\p{L}*|minst|högst|som\s+(?:ska|skall|måste))(?![\p{L}\p{N}]))[^.]){0,300}\.?\s*$/iu) },
      // … nor what makes a decision binding, a page's notice on its list of decisions ("Preliminärt beslut (endast
      // beslutsmeddelande via Prisma är garanti för beviljat bidrag.", Formas 2023, diff q334)
      { where: 'sentence', cue: wordy(/\bär\s+(?:en\s+)?garanti\s+för\b/iu) },
      // … nor the grant's aim, the grant itself the subject of "ska stärka/främja/ge … möjlighet" ("Kulturstipendium ska stärka
      // Gävleborgs kulturskapare och bidra till regional utveckling", "Stipendierna ska ge individuella kulturskapare möjlighet
      // att utvecklas …", Region Gävleborg 2020, diff q343): unless it also limits or requires
      { where: 'sentence', cue: wordy(/^(?:[\p{L}-]*(?:stipendi\p{L}*|bidrag\p{L}*|stöd(?:et|en)?|medlen|satsningen))\s+ska\s+(?:[\p{L}-]+\s+){0,2}?(?:stärka|främja|stimulera|uppmuntra|bidra\s+till|ge\s+(?:[\p{L}-]+\s+){0,4}?möjlighet)(?![\p{L}\p{N}])(?![^.]{0,300}\b(?:endast|enbart|bara|måste|krävs|krav|villkor\p{L}*|minst|högst|användas)\b)/iu) },
      // … nor "villkoren" as the living conditions an aim improves ("… och är ett av Region Gävleborgs verktyg för att stärka
      // villkoren för kulturskapare", q343), where no modal or limit stands in the sentence
      { where: 'sentence', cue: wordy(/^(?![^.]{0,400}\b(?:ska|skall|måste|krävs|endast|enbart|bara)\b)[^.]{0,400}\b(?:stärka|förbättra|förstärka)\s+villkoren\s+för\b/iu) },
      // … nor an indirect question standing alone, what an application is to state ("Skriv med följande uppgifter: … 4. När
      // aktiviteten ska ske", Strömsund 2017, diff q379; "Hur projektet ska följas upp"): a question word, at most two words,
      // "ska" and one verb (with its particle: "följas upp"), nothing after, alone or after its list's lead and colon; "När
      // aktiviteten är genomförd ska redovisning ske" is still a rule
      { where: 'sentence', cue: wordy(/(?:^|:)\W*(?:när|var|hur|vem|vilka|vilken|vilket)\s+(?:[\p{L}-]+\s+){1,2}?(?:ska|skall)\s+[\p{L}-]+(?:\s+(?:upp|ut|in|av|på|fram|med|bort))?\s*$/iu) }],
    examples: ['Kommunen ska samla regionerna till dialog om nulägesanalysen.', 'Det krävs att föreningen har minst tio medlemmar för att få bidrag.',
      // a stipend's rules, the applicant as "sökanden" (Region Sörmland's kulturstipendier 2021, diff q211)
      'För sökanden inom professionell konst och kultur gäller även att man de senaste två åren ska ha varit folkbokförd på en adress och varit verksam i länet.', 'Sökanden ska ha en tydlig anknytning till Södermanlands län och uppfylla kraven för det specifika stipendiet.', 'Bidrag lämnas endast till verksamhet i länet.', 'Föreningen måste ha ett organisationsnummer.', 'Aktiviteterna ska vara kostnadsfria för samtliga deltagare.',
      // the funder's own work with a limit in it is still a rule (constructed, diffb34)
      'Sedan 2020 ger vi endast bidrag till föreningar med säte i kommunen.',
      // … or a condition on whom it goes to, "som ska" (review70b V1)
      'I år ger vi bidrag till föreningar som ska arrangera aktiviteter på landsbygden.',
      // an aim with a limit or a use in it stays a rule, and a project's "ska bidra till" is required of it (diffb35 probes)
      'Stipendiet ska ge unga konstnärer möjlighet att studera och kan endast sökas av den som är bosatt i länet.', 'Bidraget ska främja barns idrott och får användas till tränarutbildning.',
      'Projektet ska bidra till regional utveckling för att få bidrag.', 'Den som får bidrag ska stärka villkoren för kulturskapare genom att betala skälig ersättning.',
      // a rule that opens with "när" (diffb39 probes for the indirect-question exception)
      'När aktiviteten är genomförd ska redovisning ske', 'När ansökan är beviljad ska föreningen skicka in en budget.'],
    counterExamples: ['Kommunen har fått bidrag i tre år.', 'Ansökan ska vara inne senast den 1 mars 2026.', 'Deltagarna ska ha roligt i sommar.', 'Vi ska fatta beslut om bidraget i juni.', 'Vad ska bidraget användas till?', 'Inspektionen har haft regeringens uppdrag att ta fram förslag till hur de medel som beräknats för bidraget ska fördelas.',
      // the funder's account of its work (Formas 2021 and 2024, diff q333, q339; a paraphrase, diffb34) and a decision's notice (Formas 2023, q334)
      'Sedan 2015 genomför vi särskilda kommunikationsutlysningar för att stödja arbetet med att forskning och forskningsresultat ska komma till nytta i samhället.',
      'Sedan 2015 genomför vi särskilda kommunikationsutlysningar som ett led i arbetet med att forskningsresultat ska komma till nytta i samhället.',
      'Varje år delar vi ut projektmedel så att fler föreningar ska kunna ordna aktiviteter för unga.',
      'Preliminärt beslut (endast beslutsmeddelande via Prisma är garanti för beviljat bidrag.',
      // the grant's aim (Region Gävleborg 2020, diff q343, and paraphrases in other bodies' words, diffb35)
      'Kulturstipendium ska stärka Gävleborgs kulturskapare och bidra till regional utveckling',
      'Stipendierna ska ge individuella kulturskapare möjlighet att utvecklas inom sitt område och satsa på projekt de drömmer om att genomföra.',
      'Bidraget ska främja ett rikt föreningsliv i hela kommunen.', 'Projektstödet ska ge unga arrangörer möjlighet att pröva nya idéer.',
      'Kulturstipendium kan sökas av kulturskapare inom alla konstområden och är ett av Region Gävleborgs verktyg för att stärka villkoren för kulturskapare i enlighet med den regionala kulturplanen.',
      // what an application is to state, an indirect question (Strömsund 2017, diff q379, and a paraphrase, diffb39)
      'När aktiviteten ska ske', 'Hur projektet ska följas upp'],
  },
];

/**
 * A section's heading that says what the sentences under it are (diffclass70, issue 14): on a grant page a sentence no row of
 * RULE_SENTENCES claims ("Konserter, teaterföreställningar och utställningar som är öppna för allmänheten.", "Halva beloppet
 * kommer i förskott …") is still a use, a condition, a report's content, a payment or an attachment when it stands under
 * "Vad kan man söka bidrag för?", "Villkor", "Redovisning", "Utbetalning" or "Bilagor". 68 of the 253 first-run misses of pair
 * batches 20–33 were such sentences no row claimed. Each row reads the whole heading (anchored at both ends, a question mark
 * allowed): a heading that only starts like one ("Villkor för utbetalning", "Redovisning av tidigare bidrag") is not claimed
 * unless a row says so. Used only where no sentence row claims the sentence (text.ts sectionField).
 */
const HEAD_END = String.raw`\s*[?:]?\s*$`;
const head = (body: string): RegExp => wordy(new RegExp(String.raw`^\W*(?:${body})${HEAD_END}`, 'iu'));
export const SECTION_HEADINGS: ReadonlyArray<SentenceRow<RuleField>> = [
  {
    // what the money may go to, asked or told: "Vad kan man söka bidrag för?", "Vad kan bidraget användas till?"
    id: 'rubrik-anvandning', where: 'sentence', meaning: 'permitted_uses', weight: 1,
    cue: head(String.raw`vad\s+(?:kan|får)\s+(?:man|du|ni|jag|föreningen)\s+(?:söka|få|använda)\s+(?:[\p{L}-]+\s+){0,2}?(?:för|till)|vad\s+(?:kan|får)\s+(?:bidraget|stödet|stipendiet|pengarna|medlen|[\p{L}-]*bidraget|[\p{L}-]*stödet)\s+(?:användas|gå)\s+till|vad\s+(?:bidraget|stödet|stipendiet|pengarna|medlen)\s+(?:kan|får)\s+(?:användas|gå)\s+till|vilka\s+kostnader\s+(?:kan|får)\s+(?:ingå|ni\s+söka\s+för|man\s+söka\s+för)|(?:godkända|stödberättigande|bidragsberättigade)\s+kostnader|användning(?:\s+av\s+(?:bidraget|stödet|medlen))?|vad\s+ska\s+(?:[\p{L}-]*bidraget|[\p{L}-]*stödet|pengarna|medlen|stipendiet)\s+användas\s+till`),
    examples: ['Vad ska statsbidraget användas till?', 'Vad kan man söka bidrag för?', 'Vad kan man få stöd för?', 'Vad kan bidraget användas till?', 'Vad stipendiet kan gå till', 'Vilka kostnader kan ingå?', 'Stödberättigande kostnader', '## Vad får pengarna användas till?'],
    counterExamples: ['Vad kan man inte söka bidrag för?', 'Vem kan söka bidrag?', 'Vad kan bidraget användas till om projektet avbryts och pengarna inte räcker?', 'Kostnader som inte är stödberättigande'],
  },
  {
    // what it may not go to: "Vad kan man inte få stöd för?", "Ej stödberättigande kostnader"
    id: 'rubrik-undantag', where: 'sentence', meaning: 'excluded_uses', weight: 2,
    cue: head(String.raw`vad\s+(?:kan|får)\s+(?:man|du|ni|jag)\s+inte\s+(?:söka|få|använda)\s+(?:[\p{L}-]+\s+){0,2}?(?:för|till)|vad\s+(?:kan|får)\s+(?:bidraget|stödet|stipendiet|pengarna|medlen)\s+inte\s+(?:användas|gå)\s+till|(?:ej|inte)\s+(?:stödberättigande|bidragsberättigade|godkända)\s+kostnader|kostnader\s+som\s+(?:inte|ej)\s+är\s+(?:stödberättigande|bidragsberättigade)|det\s+här\s+(?:ger|stöder)\s+vi\s+inte(?:\s+(?:stöd|bidrag)\s+till)?`),
    examples: ['Vad kan man inte söka bidrag för?', 'Ej stödberättigande kostnader', 'Kostnader som inte är stödberättigande', 'Det här ger vi inte stöd till'],
    counterExamples: ['Vad kan man söka bidrag för?', 'Vad händer om man inte får stöd?'],
  },
  {
    // the grant's conditions: "Villkor", "Villkor för stöd", "Krav på föreningen", "Detta krävs"
    id: 'rubrik-villkor', where: 'sentence', meaning: 'conditions', weight: 1,
    cue: head(String.raw`(?:allmänna\s+|särskilda\s+|generella\s+)?(?:villkor|bidragsvillkor|stödvillkor|krav|förutsättningar|kriterier)(?:\s+och\s+(?:villkor|krav|kriterier))?(?:\s+för\s+(?:att\s+få\s+)?(?:stöd|bidrag|stödet|bidraget|stipendiet|stipendium|projektet|[\p{L}-]*bidrag))?|krav\s+på\s+(?:föreningen|organisationen|projektet|den\s+sökande|sökanden|mottagaren)|(?:detta|det\s+här)\s+krävs(?:\s+för\s+att\s+få\s+(?:stöd|bidrag))?`),
    examples: ['Villkor', 'Villkor för stöd', 'Krav på föreningen', 'Krav på den sökande', 'Detta krävs för att få bidrag', 'Allmänna villkor', 'Villkor och kriterier', 'Generella villkor'],
    // the conditions of one step (applying, paying, requisitioning) head how-to text, not the grant's conditions
    counterExamples: ['Villkor för ansökan', 'Villkor för utbetalning', 'Villkor för rekvisition', 'Villkoren gäller alla som söker stöd hos regionen.', 'Kontakt'],
  },
  {
    // what the recipient reports afterwards: "Redovisning", "Återrapportering", "Så redovisar du bidraget"
    id: 'rubrik-redovisning', where: 'sentence', meaning: 'reporting.content', weight: 1,
    cue: head(String.raw`(?:redovisning|återrapportering|rapportering|slutrapport|slutredovisning|uppföljning)(?:\s+(?:av|och)\s+(?:bidraget|stödet|stipendiet|projektet|uppföljning))?|redovisa\s+(?:bidraget|stödet|stipendiet|projektet)`),
    examples: ['Redovisning', 'Återrapportering', 'Rapportering', 'Redovisning och uppföljning', 'Redovisning av projektet'],
    // a page of how to hand the report in ("Så redovisar ni", "Redovisning av verksamhetsbidrag" over login steps) is the
    // channel's, not what the report holds
    counterExamples: ['Redovisning av tidigare års bidrag', 'Redovisningen ska vara inne senast den 1 mars.', 'Ekonomisk redovisning för föreningar i kommunen', 'Så redovisar ni'],
  },
  {
    // how the money is paid out: "Utbetalning", "Så betalas bidraget ut"
    id: 'rubrik-utbetalning', where: 'sentence', meaning: 'payment', weight: 1,
    cue: head(String.raw`utbetalning(?:ar)?(?:\s+av\s+(?:bidraget|stödet|stipendiet|bidrag|stöd))?|så\s+betalas\s+(?:bidraget|stödet|stipendiet|pengarna)\s+ut|när\s+betalas\s+(?:bidraget|stödet|stipendiet|pengarna)\s+ut`),
    examples: ['Utbetalning', 'Så betalas stödet ut', 'När betalas bidraget ut?', 'Utbetalning av bidraget'],
    counterExamples: ['Ansökan om utbetalning', 'Utbetalningen sker i juni.'],
  },
  {
    // what the application holds: "Bilagor", "Det här ska ansökan innehålla", "Handlingar att bifoga"
    id: 'rubrik-bilagor', where: 'sentence', meaning: 'requisition.requires', weight: 1,
    cue: head(String.raw`bilagor(?:\s+till\s+ansökan)?|(?:handlingar|dokument)\s+(?:att\s+bifoga|som\s+ska\s+bifogas)|(?:det\s+här|detta)\s+(?:ska\s+ansökan\s+innehålla|ska\s+bifogas|bifogar\s+(?:du|ni))|ansökan\s+ska\s+innehålla|ansökans\s+innehåll`),
    examples: ['Bilagor', 'Bilagor till ansökan', 'Det här ska ansökan innehålla', 'Handlingar att bifoga', 'Det här bifogar du', 'Ansökan ska innehålla:'],
    counterExamples: ['Bilagor till redovisningen', 'Ansökan ska innehålla en budget.'],
  },
  {
    // the grant's aim: "Syfte", "Syftet med bidraget", "Vad är syftet med bidraget?"
    id: 'rubrik-syfte', where: 'sentence', meaning: 'purpose', weight: 1,
    cue: head(String.raw`(?:bidragets\s+|stödets\s+|stipendiets\s+)?(?:syfte|syftet|mål\s+och\s+syfte|syfte\s+och\s+mål)(?:\s+med\s+(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]*bidraget|[\p{L}-]*stödet|stipendiet|satsningen|medlen))?|vad\s+är\s+syftet\s+med\s+(?:[\p{L}-]*bidraget|[\p{L}-]*stödet|stipendiet|satsningen)`),
    examples: ['Syfte', 'Syftet med bidraget', 'Syfte med statsbidraget', 'Vad är syftet med bidraget?', 'Bidragets syfte'],
    counterExamples: ['Syftet med redovisningen', 'Syftet med bidraget är att stärka civilsamhället.'],
  },
];

/** The field a section's heading says its sentences are, by the heaviest row that holds; undefined for any other heading. */
export function classifyHeading(heading: string): RuleField | undefined {
  let best: SentenceRow<RuleField> | undefined;
  for (const row of SECTION_HEADINGS) if ((!best || row.weight > best.weight) && rowHolds(row, heading)) best = row;
  return best?.meaning;
}

/** The one field a sentence is reported under, by the heaviest row that holds (the first of equals); undefined when no row claims it. */
export function classifySentence(sentence: string): RuleField | undefined {
  let best: SentenceRow<RuleField> | undefined;
  for (const row of RULE_SENTENCES) if ((!best || row.weight > best.weight) && rowHolds(row, sentence)) best = row;
  return best?.meaning;
}

export function rowHolds(row: SentenceRow<unknown>, sentence: string): boolean {
  if (!row.cue.test(sentence)) return false;
  if (row.also && !row.also.cue.test(sentence)) return false;
  return !row.unless?.some((g) => g.cue.test(sentence));
}

/**
 * A line that is a page's chrome or status, never a grant's rule: "Tid kvar att ansöka: 12 dagar",
 * "Senast uppdaterad 2024-01-09", "Publicerad 3 mars 2025", "Dela sidan", "Skriv ut".
 */
export const NOISE_SENTENCES: ReadonlyArray<SentenceRow<'noise'>> = [
  {
    id: 'status', where: 'sentence', meaning: 'noise', weight: 1,
    cue: wordy(/^\W*(?:tid\s+kvar|stängt\s+för\s+ansökan|öppen\s+för\s+ansökan|senast\s+(?:uppdaterad|granskad|ändrad)|uppdaterad|publicerad|sidan\s+(?:uppdaterades|granskades|publicerades)|sidansvarig|dela\s+sidan|skriv\s+ut|lyssna|kakor|cookies|till\s+toppen|hoppa\s+till)\b/iu),
    examples: ['Tid kvar att ansöka: 12 dagar', 'Senast uppdaterad 2024-01-09', 'Publicerad: 3 mars 2025', 'Sidan uppdaterades den 4 april 2025 och ska granskas.'],
    counterExamples: ['Ansökan ska vara uppdaterad med den senaste budgeten.', 'Kommunen ska publicera resultatet.'],
  },
  {
    // a person quoted in a news item: "… säger sjukvårdsminister Acko Ankarberg Johansson", "…, säger Marie Morell"
    id: 'quoted-speech', where: 'sentence', meaning: 'noise', weight: 1,
    cue: wordy(/[,”"]\s*säger\s+(?:\p{Ll}+\s+){0,3}?\p{Lu}\p{L}+/u),
    examples: ['Den utvecklingen måste fortsätta, säger Marie Morell, ordförande för Sjukvårdsdelegationen.', 'Insatser ska göras i hela landet, säger sjukvårdsminister Acko Ankarberg Johansson.'],
    counterExamples: ['Förordningen säger att bidraget ska redovisas.', 'Kommunen ska redovisa vad deltagarna säger om insatsen.'],
  },
  {
    // a regleringsbrev's opening formula: "Regeringen beslutar att följande ska gälla för budgetåret 2005 …"
    id: 'foljande-ska-galla', where: 'sentence', meaning: 'noise', weight: 1,
    cue: wordy(/\bföljande\s+(?:ska|skall)\s+gälla\b/iu),
    examples: ['Regeringen beslutar att följande skall gälla under budgetåret 2005 för nedan angivna anslag.'],
    counterExamples: ['Följande villkor ska gälla för bidraget: medlen ska användas under 2025.'],
  },
  {
    // a countdown: "… 129 dagar" at the end of a line without a full stop
    id: 'countdown', where: 'sentence', meaning: 'noise', weight: 1,
    cue: wordy(/\b\d+\s+(?:dagar|dag|timmar)\s*$/iu),
    examples: ['Ansökningstiden stänger om 129 dagar'],
    counterExamples: ['Rapporten ska lämnas inom 30 dagar.'],
  },
];

export function isNoiseSentence(sentence: string): boolean {
  return NOISE_SENTENCES.some((row) => rowHolds(row, sentence));
}

/**
 * The words that make a sum a rule (specs/diff/index.ts sumRuleWords): its bound and what it is counted per, each row's
 * meaning the one word both texts are compared by, so a synonym is the same rule ("högst" → "maximalt", "upp till" → "som
 * mest", "högst" → "max", "per projekt" → "kr/projekt") and another bound or unit another rule ("understiga" → "överstiga
 * 5 000 kronor", "per projekt" → "per år"). "understiga" and "överstiga" stay words of their own (either can be a floor or a
 * ceiling by the words around it). The counter-examples with "maximalt", "som mest", "max" and "kr/projekt" are constructed
 * probes (review45 f1–f5).
 */
export const SUM_RULE_WORDS: ReadonlyArray<SentenceRow<string>> = [
  {
    id: 'summa-hogst', where: 'sentence', meaning: 'högst', weight: 1,
    // the ceiling as a label too: "Varje sökande kan få högst 200 000 kronor." → "Det högsta belopp en sökande kan få är
    // 200 000 kronor." (diffvary59 nc reword/K, constructed), "Maxbelopp för ansökan är 250 000 kr."
    cue: wordy(/\b(?:högst|maximalt?|max|upp\s+till|som\s+mest|(?:högsta|största)\s+(?:möjliga\s+)?belopp(?:et)?|maxbelopp(?:et)?)\b/iu),
    examples: ['Bidrag kan utgå med högst 50 000 kronor per projekt.', 'Det högsta belopp en sökande kan få är 200 000 kronor.', 'Det största belopp som kan sökas är 10 000 kronor.', 'Maxbelopp för ansökan är 250 000 kr.', 'Bidrag kan utgå med maximalt 50 000 kronor per projekt.', 'Föreningen kan få som mest 50 000 kronor per år.', 'Bidrag ges med max 50 000 kronor.', 'Föreningen kan få upp till 50 000 kronor per år.'],
    counterExamples: ['Bidrag ges med minst 5 000 kronor.', 'Maxim Gorkij-priset delas ut.', 'Inget stipendium får understiga 5 000 kronor.', 'Det lägsta belopp en sökande kan få är 20 000 kronor.', 'Högstadieskolor kan få 5 000 kronor.'],
  },
  {
    id: 'summa-minst', where: 'sentence', meaning: 'minst', weight: 1,
    // the floor as a label too (review65, a floor turned ceiling): "Det minsta belopp som kan sökas är 10 000 kronor." →
    // "Det största belopp …" is another rule; "Lägsta belopp är …" the same one
    cue: wordy(/\b(?:minst|lägst|som\s+minst|(?:minsta|lägsta)\s+(?:möjliga\s+)?belopp(?:et)?|minimibelopp(?:et)?)\b/iu),
    examples: ['Bidrag ges med minst 5 000 kronor.', 'Bidraget är lägst 2 000 kronor.', 'Det minsta belopp som kan sökas är 10 000 kronor.', 'Lägsta belopp är 2 000 kr.'],
    counterExamples: ['Bidrag ges med högst 5 000 kronor.', 'Den minsta summan är 2 000 kronor.', 'Det största belopp som kan sökas är 10 000 kronor.'],
  },
  {
    id: 'summa-understiga', where: 'sentence', meaning: 'understiga', weight: 1,
    cue: wordy(/\bunderstiga\b/iu),
    examples: ['Inget stipendium får understiga 5 000 kronor.'],
    counterExamples: ['Inget stipendium får överstiga 5 000 kronor.'],
  },
  {
    id: 'summa-overstiga', where: 'sentence', meaning: 'överstiga', weight: 1,
    cue: wordy(/\böverstiga\b/iu),
    examples: ['Inget stipendium får överstiga 5 000 kronor.'],
    counterExamples: ['Inget stipendium får understiga 5 000 kronor.'],
  },
  {
    // what a sum is counted per, group 1 the unit: "per projekt", "kr/projekt", "/förening" (a slash may follow "kr")
    id: 'summa-per', where: 'sentence', meaning: 'per', weight: 1,
    cue: wordy(/(?:\bper\s*|\/\s*)(projekt|förening|år|person|sökande|ansökan|organisation|stipendiat|månad|deltagare|tillfälle|termin|läsår)\b/iu),
    examples: ['Bidrag kan utgå med högst 50 000 kronor per projekt.', 'Bidrag kan utgå med högst 50 000 kr/projekt.', 'Bidraget är 2 000 kronor/förening.'],
    counterExamples: ['Bidrag kan utgå med högst 50 000 kronor till projektet.', 'Bidraget är 2 000 kronor per projektledare.', 'Superprojekt får 2 000 kronor.'],
  },
];
