import { MONTHS } from './lexicon.js';
import { cueTest, holds, type Cue } from './types.js';

// Whether a text is about a grant at all: the "not a grant instruction" decision (extract/index.ts).
//
// A refused text loses every field it states, so the decision refuses only a text that clearly is
// not about a grant (a recipe, a news item or random prose with no grant in it, an empty file).
// The grant words (genre.GRANT_WORDS, GRANT_GIVEN) and the report rules (REPORT_TIME_LIMIT, DUTY,
// DEADLINE, SUBJECT_HEAD) are counted first, as they always were. Only a text they leave below the
// line (one mention of a grant and no field) is read sentence by sentence with the rows below: a
// sentence adds one point for each kind of evidence it carries — money given or received in any
// register ('grant'), a rule on that money ('rule'), an amount in kronor ('amount'), a date with a
// deadline's role ('deadline'). A sentence counts each kind once, however many of its words match,
// so one sentence that names a grant is still one mention ("Denna handbok är till för organisationer
// som har beviljats projektbidrag" alone is no grant text), while a reporting page that names its
// grant once and states its rules ("Redovisningen ska ha kommit in senast den 31 mars 2025", "Medel
// som inte används ska återbetalas") is one.

export type Evidence = 'grant' | 'rule' | 'amount' | 'deadline';

/** The score at which a text is a grant text (two independent pieces of evidence; a stated field weighs this much alone). */
export const GRANT_TEXT_ACCEPT = 2;

/** What one field the extractor found weighs (a found amount, date, recipient, use or rule): enough alone. */
export const FIELD_WEIGHT = GRANT_TEXT_ACCEPT;

/** a job ad's duty in its sentence: the employee sought and what the job holds ("Vi söker en …", "Du kommer att …", "I rollen ingår att …") */
const JOB_DUTY = /(?<!\p{L})(?:vi\s+söker\s+(?:en|ett|dig|två|tre|flera)|du\s+kommer\s+(?:att|bland\s+annat\s+att)|(?:som\s+\p{L}+\s+)?kommer\s+du\s+(?:att|bland\s+annat\s+att)|som\s+(?:anställd|medarbetare)|i\s+(?:rollen|tjänsten|uppdraget\s+som\s+\p{L}+)\s+ingår|(?:dina|huvudsakliga)\s+arbetsuppgifter|we\s+are\s+(?:looking|seeking)\s+for|you\s+will\s+(?:\p{L}+\s+){0,2}?(?:write|prepare|compile|draft))(?!\p{L})/iu;

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/**
 * A report inside one's own organisation (review87c, near-miss probes of h/report87's report rows): an employee's travel or
 * expense claim ("Efter tjänsteresan ska du lämna en rapport till oss med kvitton", "staff must submit a report with copies of
 * receipts to the finance office") or an internal project's report addressed to its owner ("… en slutrapport med en ekonomisk
 * sammanställning till projektägaren"). The report a funder asks of its recipient names none of these; "projektägaren" as the
 * subject who reports is a recipient (EU funds), only the report sent to the owner is internal.
 */
const INTERNAL_REPORT = /(?<!\p{L})(?:tjänsteres\p{L}*|reseräkning\p{L}*|utlägg\p{L}*|anställd\p{L}*|ekonomiavdelning\p{L}*|ekonomikontor\p{L}*|löneavdelning\p{L}*|till[ \t]+projektägare(?:n|ns)?|staff|employees?|finance[ \t]+(?:office|department|team)|payroll|expense[ \t]+claims?|business[ \t]+trips?|to[ \t]+the[ \t]+project[ \t]+owner)(?!\p{L})/iu;

export const GRANT_TEXT_EVIDENCE: ReadonlyArray<Cue<Evidence>> = [
  {
    // money given or received named in words the grant-word rows do not count: a förordning's "Ersättning får
    // lämnas" / "Ersättning lämnas", money "tilldelats", "beviljade"/"tilldelade"/"erhållna" funds, Arvsfonden's
    // projects, a "stipendiat", the grant money claimed in turns ("Vid första rekvisitionen …", never a requisition
    // "av" goods) (never compensation in general: "Ersättning för resekostnader betalas ut")
    id: 'money-given', where: 'line', meaning: 'grant', weight: 1,
    cue: /(?<!\p{L})ersättning(?:en)?\s+(?:får\s+|ska\s+|skall\s+|kan\s+)?(?:endast\s+|bara\s+|inte\s+)?(?:lämnas|beviljas)(?!\p{L})|(?<!\p{L})(?:tilldelats|beviljats|erhållit|fått)\s+(?:\p{L}+\s+){0,2}?(?:medel|bidrag\p{L}*|anslag\p{L}*|stipendi\p{L}*)(?!\p{L})|(?<!\p{L})(?:beviljade|beviljat|tilldelade|tilldelat|erhållna|erhållet|utbetalda|utbetalt|utlovade)\s+(?:\p{L}+\s+)?(?:medel|bidrag\p{L}*|stöd\p{L}*|ersättning\p{L}*|pengar(?:na)?|finansiering\p{L}*|anslag\p{L}*)(?!\p{L})|(?<!\p{L})arvsfonds(?:projekt|medel|delegationen)\p{L}*|(?<!\p{L})allmänna\s+arvsfonden(?!\p{L})|(?<!\p{L})stipendiat\p{L}*|(?<!\p{L})ersättning(?:en)?\s+(?:\p{L}+\s+){0,3}?(?:till|för)\s+(?:kommuner|kommunerna|kommunen|regioner|regionerna|regionen|landsting|landstingen)(?!\p{L})|(?<!\p{L})(?:kommun|region|landsting)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:får|fått|har\s+rätt\s+till|kan\s+få|ansöker\s+om|ansökt\s+om|söker|åberopat|åberopar)\s+(?:\p{L}+\s+){0,2}?ersättning(?!\p{L}*\s+av\s+(?:kommun|region))|(?<!\p{L})(?:fått|får|fick|beviljats|tilldelats|söka|söker|sökt)\s+(?:\p{L}+\s+)?pengar\s+(?:från|av|ur)\s+(?:oss|arvsfonden|staten|kommunen|regionen|länsstyrelsen|myndigheten|stiftelsen|fonden|EU)(?!\p{L})|(?<!\p{L})(?:kommunernas|regionernas|landstingens|kommunens|regionens)\s+rätt\s+till\s+ersättning|(?<!\p{L})(?:awarded|been\s+awarded)\s+(?:\p{L}+\s+)?(?:funding|funds|grants?)(?!\p{L})|(?<!\p{L})(?:awardees?|fund\s+recipients?)(?!\p{L})|(?<!\p{L})(?:första|andra|tredje|sista|nästa|varje|slutliga)\s+rekvisition(?:en|er|erna)?(?!\p{L})(?!\s+(?:av|på)\s)|(?<!\p{L})(?:udbetal|utbetal)\p{L}{0,4}\s+(?:af\s+|av\s+)?(?:\p{L}+\s+)?støtte(?:n|ns)?(?!\p{L})|(?<!\p{L})gave(?:beløp|beløb|tildeling|mottak|modtag)\p{L}*/iu,
    examples: ['Ersättning får lämnas till kommuner för kostnader.', 'Ersättning lämnas i mån av tillgång på medel.', 'Föreningar som har tilldelats medel ska redovisa dem.', 'Kommuner som tilldelats medel från Länsstyrelsen', 'Beviljade medel betalas ut i två delar.', 'Hela det erhållna beloppet och utbetalda pengar ska redovisas.', 'När ert arvsfondsprojekt är avslutat ska ni skicka in en slutrapport.', 'Stipendiaten ska lämna en reseberättelse.', 'Förordning om ersättning till kommuner efter evakueringar', 'Projects that have been awarded funding must submit a final report.', 'I de fall en region åberopat ersättning för kostnader upp till 70 procent av prognosen', 'Vad innebär regionernas rätt till ersättning för kostnader?', 'Ni som har fått pengar från Arvsfonden ska lämna en slutrapport.', 'Vid första rekvisitionen eller vid nyanställning ska alltid kopia på anställningsavtalet skickas med.',
      // a Danish or Norwegian fund's support paid out ("udbetaler støtte", "Udbetaling af støtte", "utbetaling av støtten"), and a
      // savings-bank or community fund's grant called a gift: its sum, its award, its recipients ("det tildelte gavebeløpet",
      // "gavetildelingen", "gavemottakere"; dev 2000, 2004, h/forms65)
      'Fonden udbetaler støtte to gange om året, når projektets statusrapport og delregnskab er godkendt.', 'Udbetaling af støtte', 'Stiftelsen utbetaler støtten når sluttrapporten er godkjent.',
      'Når prosjektet er gjennomført må du sende sluttrapport hvor du ber om å få utbetalt det tildelte gavebeløpet.', 'Om ikke prosjekter realiseres innen to år bortfaller gavetildelingen.', 'Alle gavemottakere skal sende inn rapport med regnskap.'],
    counterExamples: ['Ersättning för resekostnader betalas ut mot kvitto.', 'Arvode och ersättning till styrelsen beslutas av stämman.', 'Lägenheten har tilldelats en ny hyresgäst.', 'Eleven har fått pengar av sina föräldrar.', 'Du som har fått ersättning för resor ska spara kvittot.', 'Ersättning för resor till konferensen betalas ut mot kvitto.', 'The company received funds from its owners.', 'Kommunen betalar ersättning för resor till skolan.', 'Invånarna får ersättning av kommunen för resor.', 'Beviljade bygglov publiceras varje vecka.', 'Erhållna poäng visas i tabellen.', 'Blanketter kan rekvireras från receptionen.', 'Vid första rekvisitionen av kontorsmaterial anges kostnadsstället.',
      'Tak for din støtte til klubben i år.', 'Vi udbetaler løn den sidste hverdag i måneden.', 'Gavekortet kan brukes i alle våre butikker.', 'Vi tilbyr gaveinnpakning i kassen.', 'Takk for støtten!'],
  },
  {
    // a report on a funded project to its funder, the funder named by its role (issue 12, refuse59): a project's
    // final, interim or progress report ("slutredovisning", "slutrapport", "delrapport", "lägesrapport",
    // "mellanrapport", "progress/final/interim/financial report") in one sentence with the funder or the funded
    // project ("funding agency", "funder", "finansiär", "projektmedel", "projektnummer", "funded project", "award");
    // never a report with no funder in it (a commission's final report, an agency's own Rapport) nor money wished
    // for ("recommends more funding"); the words either way round, a bounded window apart (dev 1900)
    id: 'project-report-to-funder', where: 'line', meaning: 'grant', weight: 1,
    cue: /(?<!\p{L})(?:(?:slut|del|läges|mellan)(?:redovisning|rapport)\p{L}*|(?:progress|final|interim|financial|annual\s+progress)\s+reports?)(?!\p{L})[^.!?\n]{0,200}?(?<!\p{L})(?:funding\s+(?:agency|agencies|body|bodies|organi[sz]ations?|partners?)|funders?|funded\s+(?:projects?|activities|work)|awards?|awarded|award\s+(?:number|id)|project\s+(?:number|id)|finansiär\p{L}*|projektmed(?:el|l)\p{L}*|projektnummer\p{L}*|finansierade\s+projekt\p{L}*)(?!\p{L})|(?<!\p{L})(?:funding\s+(?:agency|agencies|body|bodies|organi[sz]ations?|partners?)|funders?|funded\s+(?:projects?|activities|work)|awardees?|award\s+(?:number|id)|project\s+(?:number|id)|finansiär\p{L}*|projektmed(?:el|l)\p{L}*|projektnummer\p{L}*|finansierade\s+projekt\p{L}*)(?!\p{L})[^.!?\n]{0,200}?(?<!\p{L})(?:(?:slut|del|läges|mellan)(?:redovisning|rapport)\p{L}*|(?:progress|final|interim|financial)\s+reports?)(?!\p{L})/iu,
    // never a job ad's duty: the reports an employee will write ("Vi söker en projektekonom som ska sammanställa
    // delrapporter till finansiärer", "Du kommer att …", "I rollen ingår att …"; issue 12, left64)
    unless: [{ where: 'sentence', cue: JOB_DUTY }],
    examples: ['A PROGRESS REPORT is required on a quarterly basis to ensure that funding agency (MRAC) can adequately account for installments forwarded to the Applicant.', 'Slutrapporten ska skickas till finansiären.', 'Ange projektnummer i lägesrapporten.', 'Funded projects submit a final report at the end of the award.', 'Delrapporten redovisar hur projektmedlen har använts.', 'Projektledaren ska sammanställa delrapporter till finansiären.'],
    counterExamples: ['The final report of the commission recommends more funding for schools.', 'Slutrapporten från utredningen publiceras i maj.', 'Utredningens slutrapport lämnades till regeringen.', 'The annual report describes the agency\'s own activities.', 'Finansiären har sitt kontor i Stockholm.', 'Vi söker en projektekonom som ska sammanställa delrapporter till finansiärer.', 'Du kommer att sammanställa delrapporter till finansiärer och följa upp budget.', 'I rollen ingår att ta fram lägesrapporter till projektets finansiärer.', 'You will write progress reports to our funders.'],
  },
  {
    // a head naming the report and its funder by the funder's abbreviation: "Slutredovisning till SBUF",
    // "PROJECT PROGRESS REPORT TO MRAC" (dev 1894, 1900) — the whole line, the abbreviation in capitals
    // (case-sensitive: "Slutrapport till styrgruppen", "Slutrapport till regeringen" name no funder)
    id: 'project-report-to-acronym-head', where: 'line', meaning: 'grant', weight: 1,
    cue: /^[ \t]*(?:(?:[Ss]lut|[Dd]el|[Ll]äges|[Mm]ellan)(?:redovisning|rapport)(?:en|ering|eringen)?|(?:SLUT|DEL|LÄGES|MELLAN)(?:REDOVISNING|RAPPORT)|(?:(?:[Pp]roject|PROJECT)[ \t]+)?(?:[Pp]rogress|[Ff]inal|[Ii]nterim|[Ff]inancial|PROGRESS|FINAL|INTERIM|FINANCIAL)[ \t]+(?:[Rr]eport|REPORT))[ \t]+(?:till|TILL|to|TO)[ \t]+\p{Lu}{2,8}(?![\p{L}\d-])[ \t]*$/mu,
    examples: ['Slutredovisning till SBUF', 'PROJECT PROGRESS REPORT TO MRAC', 'Final report to NIH', 'Lägesrapport till ESF'],
    counterExamples: ['Slutrapport till styrgruppen', 'Slutrapport till regeringen', 'Slutrapporten till IT-avdelningen', 'Slutredovisning till SBUF ska ha kommit in i tid.', 'Årsrapport till SCB'],
  },
  {
    // the agreement a grant is made under, named in English ("Refer to your applicant funding agreement for actual reporting
    // and claims dates", "as outlined in the GRET funding agreement": an agricultural council's reporting page that never writes
    // "grant", dev 2011, h/forms66); never a loan's, a lease's or an employment agreement
    id: 'funding-agreement', where: 'line', meaning: 'grant', weight: 1,
    cue: /(?<!\p{L})(?:funding|grant|contribution|subsidy)\s+agreements?(?!\p{L})/iu,
    examples: ['Refer to your applicant funding agreement for actual reporting and claims dates for your project.', 'Reports will be submitted bi-annually, as outlined in the GRET funding agreement.', 'The terms of your grant agreement apply.', 'Recipients sign a contribution agreement with the department.'],
    counterExamples: ['The loan agreement is signed at the bank.', 'Read the lease agreement before you move in.', 'Funding for the new library was discussed in the council.', 'The agreement was signed in May.'],
  },
  {
    // a government decision that has an agency pay a sum out, or that sets a sum aside, in neither grant word nor "medel"
    // (fresh79b): "Regeringens beslutar att ge Kammarkollegiet i uppdrag att till … NDPHS-sekretariatet – utbetala 399 061
    // kronor som medlemsavgift …" (dev 2351), "Med ändring av regeringens beslut … beräknar regeringen att avsätta 10 miljoner
    // kronor 2021 …" (dev 2354, an ändringsbeslut on an agency's support to research); the sum itself in figures, within the
    // sentence; never a payment an agency or a body makes on its own (a salary, a fee it owes), nor a sum set aside by
    // someone other than the government
    id: 'government-pays-or-sets-aside', where: 'line', meaning: 'grant', weight: 1,
    cue: /(?<!\p{L})(?:uppdrag|uppdrar)\s+(?:\p{L}+\s+){0,3}?att\s+(?:[^.!?\n\d]{0,120}?\s)?(?:utbetala|betala\s+ut)\s+(?:\p{L}+\s+){0,2}?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,2})?\s(?:(?:miljoner|miljarder)\s+)?kronor(?!\p{L})|(?<!\p{L})(?:regeringen\s+(?:beslutar\s+)?(?:att\s+)?(?:avsätta|avsätter)|(?:beräknar|avser)\s+regeringen\s+(?:att\s+)?avsätta)\s+(?:totalt\s+|sammanlagt\s+|ytterligare\s+)?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,2})?\s(?:(?:miljon(?:er)?|miljarder)\s+)?kronor(?!\p{L})/iu,
    examples: ['Regeringens beslutar att ge Kammarkollegiet i uppdrag att till Nordliga Dimensionens Partnerskap för Hälsa och Socialt välbefinnande – NDPHS-sekretariatet – utbetala 399 061 kronor som medlemsavgift för år 2017.',
      'Med ändring av regeringens beslut den 12 juli 2018 beräknar regeringen att avsätta 10 miljoner kronor 2021 respektive 25 miljoner kronor 2022.',
      // constructed paraphrases in other bodies' phrasing
      'Regeringen uppdrar åt Kammarkollegiet att betala ut 250 000 kronor till Nordiska ministerrådets sekretariat.', 'Regeringen beslutar att avsätta 40 miljoner kronor för insatsen.',
      // more money set aside for later years, "ytterligare", one million in the singular (dev 2459, a press release on an uppdrag
      // to Lunds universitet that names no grant word; rb84), and a constructed paraphrase
      'Därefter beräknar regeringen att avsätta ytterligare 1 miljon kronor per år under 2026 och 2027.', 'Dessutom avser regeringen att avsätta ytterligare 2 miljoner kronor för arbetet 2027.'],
    counterExamples: ['Kommunen ska betala ut 25 000 kronor i lön varje månad.', 'Bolaget avsätter 5 miljoner kronor till underhåll.', 'Kommunen beräknar att avsätta ytterligare 1 miljon kronor till gatuunderhåll.', 'Regeringen uppdrar åt Statskontoret att utreda hur myndigheterna betalar ut ersättningar.',
      'Föreningen har i uppdrag att betala ut arvoden till styrelsen.', 'Regeringen avsätter medel i budgeten.'],
  },
  {
    // the government or the state giving a sum in figures to someone, as a press release says it without a grant word nor
    // "medel" ("Regeringen ger 20 miljoner kronor till idrottsrörelsen", "Regeringen har i dag beslutat att ge 20 miljoner
    // kronor till Riksidrottsförbundet", "Staten tillför 50 miljoner kronor till …"; issue 13, h/forms85, constructed from how
    // regeringen.se heads its press releases); never a sum spent "på" a thing, an assignment without a sum, nor anyone else's
    // sum (a kommun's or a company's budget)
    id: 'government-gives-sum', where: 'line', meaning: 'grant', weight: 1,
    // (review85a G2, G4: never the state's defence or military money, a budget or an aid package, no grant to apply for)
    unless: [{ where: 'sentence', cue: /(?<!\p{L})(?:militär\p{L}*|försvar\p{L}*|värnplikt\p{L}*|ammunition|vapen\p{L}*|luftvärn\p{L}*|materiel|nyemission\p{L}*|aktie\p{L}*|kapitaltillskott\p{L}*|ägartillskott\p{L}*|lån)(?!\p{L})/iu }],
    cue: /(?<!\p{L})(?:regeringen|staten)\s+(?:har\s+(?:i\s+dag\s+|nu\s+)?|nu\s+|i\s+år\s+)?(?:(?:beslutat|beslutar|föreslår|vill|väljer)\s+(?:att\s+)?)?(?:ger|ge|gett|gav|tillför|tillföra|tillfört|tillförde|fördelar|fördela|fördelat|skjuter\s+till|skjuta\s+till|skjutit\s+till|anslår|anslå|anslagit)\s+(?:totalt\s+|sammanlagt\s+|ytterligare\s+|drygt\s+|nästan\s+|cirka\s+|närmare\s+)?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,2})?\s(?:(?:miljon(?:er)?|miljarder|miljard)\s+)?kronor\s+(?:extra\s+|i\s+\p{L}+\s+|per\s+år\s+)?(?:till|åt)(?!\p{L})/iu,
    examples: ['Regeringen ger 20 miljoner kronor till idrottsrörelsen', 'Regeringen har i dag beslutat att ge 20 miljoner kronor till Riksidrottsförbundet för att fler barn ska kunna idrotta.',
      'Staten tillför 50 miljoner kronor till organisationer som arbetar med barn i utsatta områden.', 'Regeringen fördelar ytterligare 8 miljoner kronor till kvinno- och tjejjourer.', 'Regeringen skjuter till 1,5 miljarder kronor extra till kommunerna.'],
    counterExamples: ['Regeringen ger Kammarkollegiet i uppdrag att utreda frågan.', 'Kommunen ger 2 miljoner kronor till föreningarna.', 'Regeringen satsar 20 miljoner kronor på en ny myndighet.', 'Staten tar in 20 miljoner kronor i skatt.', 'Bolaget ger 5 miljoner kronor till sina ägare.',
      'Regeringen ger 2 miljarder kronor till Ukraina i form av militär materiel.', 'Regeringen tillför 3 miljarder kronor till Försvarsmakten nästa år.',
      'Staten tillför 5 miljarder kronor till flygbolaget i form av en nyemission.'],
  },
  {
    // a funded project's final or interim report with the rule it is handed in by, in one sentence (issue 13, h/forms85): a
    // reporting instruction that states when a final account is due, or what a project's report must hold, is a grant text
    // even where it names no grant word ("Slutredovisningen ska ha kommit in senast den 15 oktober", "När projektet är klart ska
    // ni skriva en slutrapport", Norwegian "Dette skal komme tydelig frem i prosjektets sluttrapport", dev 2467, Interreg
    // Sverige–Norge); never a report to a steering group, a board, the government or a client, nor a student's project report
    id: 'project-report-rule', where: 'line', meaning: 'grant', weight: 1,
    cue: /(?<!\p{L})(?:slut|del|mellan)redovisning(?:en|ar|arna)?(?!\p{L})|(?<!\p{L})(?:slut|slutt|del|läges|mellan)rapport(?:en|er|erna|ene)?(?!\p{L})[^.!?\n]{0,120}?(?<!\p{L})(?:projekt|prosjekt)\p{L}*|(?<!\p{L})(?:projekt|prosjekt)\p{L}*[^.!?\n]{0,120}?(?<!\p{L})(?:slut|slutt|del|läges|mellan)rapport(?:en|er|erna|ene)?(?!\p{L})/iu,
    also: { where: 'sentence', cue: /(?<!\p{L})(?:ska|skall|skal|måste|må)\s+(?:(?!(?:inte|ej|ikke|ikkje)\s)\p{L}+\s+){0,4}?(?:lämna|lämnas|skicka|skickas|skriva|skrivas|sända|sändas|sende|sendes|levere|leveres|inkomma|komma\s+in|ha\s+kommit\s+in|innehålla|inneholde|framgå|komme\s+(?:\p{L}+\s+)?frem|bifoga|bifogas|redovisa|redovisas)(?!\p{L})|(?<!\p{L})senast\s+(?:den\s+)?\d|(?<!\p{L})(?:det\s+är|är\s+det|det\s+er|er\s+det)\s+viktigt\s+att(?!\p{L})/iu },
    unless: [{ where: 'sentence', cue: /(?<!\p{L})(?:styrgrupp\p{L}*|styringsgrupp\p{L}*|ledningsgrupp\p{L}*|ledningen|\p{L}*fullmäktige|styrelsen|styret|regeringen|regjeringen|departementet|beställare\p{L}*|uppdragsgivare\p{L}*|kunden|handledare\p{L}*|kurs\p{L}*|student\p{L}*|elev\p{L}*|examensarbete\p{L}*|uppsats\p{L}*|betyg\p{L}*)(?!\p{L})/iu }, { where: 'sentence', cue: INTERNAL_REPORT }],
    examples: ['Slutredovisningen ska ha kommit in senast den 15 oktober 2025.', 'När projektet är klart ska ni skriva en slutrapport.', 'När projektet är avslutat är det viktigt att resultaten kommer fram i projektets slutrapport.', 'Dette skal komme tydelig frem i prosjektets sluttrapport.', 'Lägesrapporten ska lämnas senast sex månader efter projektstart.', 'Slutrapporten ska skickas in senast två månader efter projektets slut.'],
    counterExamples: ['Avslutningsfasen ska resultera i en slutrapport till styrgruppen.', 'Slutrapporten ska lämnas till styrgruppen senast den 31 mars 2026.', 'Projektgruppens slutrapport ska lämnas till kursens examinator senast den 1 juni.', 'Utredningens slutrapport publiceras i maj.', 'Projektet har lämnat sin slutrapport.', 'Slutredovisningen av dödsboet gjordes i fjol.',
      // (review85a G1) an internal project model's report to the management
      'När projektet är klart ska projektledaren skriva en slutrapport som lämnas till ledningen.', 'Projektets slutrapport ska lämnas till kommunfullmäktige senast den 31 december 2027.'],
  },
  {
    // a report on the recipient's activity with its economic account, in one sentence (issue 12, h/report87): a short
    // reporting page that names no grant word states what the report must bring — an account of the money spent ("Redovisningen
    // ska innehålla en beskrivning av vad ni har gjort och en ekonomisk sammanställning", "The report should describe what was
    // achieved and include a statement of expenditure", Danish "skal I sende en rapport med regnskab"): the receipts, invoices
    // or account of a report to a funder; never an organisation's own annual or quarterly report ("Årsredovisningen ska
    // innehålla …", "the annual report includes the financial statements"), a report about invoices, nor one to a steering
    // group, a board or the government
    id: 'report-with-money-account', where: 'line', meaning: 'grant', weight: 1,
    cue: /(?<![\p{L}-])(?:slut|slutt|del|läges|mellan|projekt|prosjekt)?(?:redovisning|rapport|redogörelse|redegørelse|redegjørelse)(?:en|er|erna|ene|erne|ar|arna)?(?!\p{L})(?![ \t]+(?:om|över|of|about)(?!\p{L}))[^.!?\n]{0,120}?(?<!\p{L})(?:ekonomisk(?:a)?[ \t]+(?:sammanställning|redovisning|rapport)\p{L}*|(?:kopior[ \t]+(?:på|av)[ \t]+)?(?:kvitton|kvittona|fakturor|fakturorna|verifikat|verifikationer)|kostnadsredovisning\p{L}*|regnskab(?:et)?|regnskap(?:et)?)(?!\p{L})|(?<!\p{L}|annual[ \t]|quarterly[ \t]|company's[ \t]|company’s[ \t])(?:final[ \t]+|interim[ \t]+|progress[ \t]+|narrative[ \t]+)?reports?(?!\p{L})(?![ \t]+(?:of|on|about)[ \t]+(?:the[ \t]+)?(?:commission|company|committee|board|agency|study|survey|incident)(?!\p{L}))[^.!?\n]{0,120}?(?<!\p{L})(?:statements?[ \t]+of[ \t]+(?:grant[ \t]+)?expenditures?|expenditure[ \t]+(?:report|statement)s?|accounting[ \t]+of[ \t]+(?:grant[ \t]+)?expenditures|(?:copies[ \t]+of[ \t]+)?receipts)(?!\p{L})/iu,
    unless: [{ where: 'sentence', cue: /(?<!\p{L})(?:styrgrupp\p{L}*|styringsgrupp\p{L}*|ledningsgrupp\p{L}*|ledningen|styrelsen|styret|regeringen|regjeringen|departementet|årsredovisning\p{L}*|årsrapport\p{L}*|shareholders?|investors?|kurs\p{L}*|student\p{L}*|examensarbete\p{L}*|uppsats\p{L}*)(?!\p{L})/iu }, { where: 'sentence', cue: INTERNAL_REPORT }],
    examples: ['Redovisningen ska innehålla en beskrivning av vad ni har gjort och en ekonomisk sammanställning.', 'The report should describe what was achieved and include a statement of expenditure.', 'Senest 1. marts 2025 skal I sende en rapport med regnskab.', 'Skicka en kort rapport och kopior på kvitton till kansliet senast två månader efter aktiviteten.', 'Rapporten sendes inn sammen med regnskapet for prosjektet.', 'Send us a short final report with copies of receipts.'],
    counterExamples: ['Årsredovisningen ska innehålla en ekonomisk redovisning och en förvaltningsberättelse.', 'The annual report includes the financial statements and a statement of expenditure.', 'Rapporten om kommunens fakturor publiceras i maj.', 'Slutrapporten till styrgruppen ska innehålla en ekonomisk sammanställning.', 'Redovisa dina kvitton i deklarationen.', 'När projektet är avslutat ska projektledaren lämna en slutrapport med en ekonomisk sammanställning till projektägaren.', 'The report of the commission lists the receipts of the state.', 'Spara kvittona i två år.'],
  },
  {
    // the report the recipient sends the funder, "us", for what was done (issue 12, h/report87): "När projektet är klart ska ni
    // skicka in en redovisning till oss", "send us a report on the project", Danish and Norwegian "send en rapport til os/oss";
    // the report asked of the reader and addressed to the page's writer; never an application or a damage report sent to us
    id: 'report-sent-to-us', where: 'line', meaning: 'grant', weight: 1,
    cue: /(?<!\p{L})(?:skicka|skickar|skickas|sänd|sända|sänder|lämna|lämnar|sende|sendes|send|indsend\p{L}*)(?:[ \t]+(?:in|inn|ind))?[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:slut|slutt|del|läges|mellan|projekt|prosjekt)?(?:redovisning|rapport|redogörelse|redegørelse|redegjørelse)(?:en|er|ene|erne)?(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(?:till|til)[ \t]+(?:oss|os)(?!\p{L})|(?<!\p{L})send(?:s)?[ \t]+us[ \t]+(?:an?|the|your)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?report(?!\p{L})/iu,
    unless: [{ where: 'sentence', cue: /(?<!\p{L})(?:ansökan|ansökningar|ansøgning\p{L}*|søknad\p{L}*|application\p{L}*|skad\p{L}*|fel(?:anmälan)?|bug\p{L}*|damage|error\p{L}*|incident\p{L}*)(?!\p{L})/iu }, { where: 'sentence', cue: INTERNAL_REPORT }],
    examples: ['När projektet är klart ska ni skicka in en redovisning till oss.', 'Skicka en slutrapport till oss senast den 1 mars.', 'Please send us a short report when the project is complete.', 'Når projektet er afsluttet, skal I sende en rapport til os.'],
    counterExamples: ['Skicka in er ansökan till oss senast den 1 mars.', 'Skicka en rapport om skadan till oss.', 'Send us an error report if the page does not load.', 'Vi skickar en rapport till er i maj.', 'Efter tjänsteresan ska du lämna en rapport till oss med kvitton för hotell och resor.', 'Rapporten från konsulten kom till oss i går.'],
  },
  {
    // the recipient's report once its project or activity is over (issue 12, h/report87): "Efter avslutat projekt ska föreningen
    // lämna en skriftlig redovisning", "När aktiviteten är genomförd ska ni skicka in en rapport", English "After the project ends,
    // grantees must submit a report" — the report on a funded activity, whatever its prefix (project-report-rule takes the
    // "slutrapport"); never a project model's report to a steering group, the management, a client or a course
    id: 'report-after-activity', where: 'line', meaning: 'grant', weight: 1,
    cue: /(?<!\p{L})(?:efter[ \t]+(?:avslutat|genomfört|avslutad|genomförd)[ \t]+(?:projekt|aktivitet|arrangemang|insats|verksamhetsår)|när[ \t]+(?:projektet|aktiviteten|arrangemanget|insatsen|evenemanget)[ \t]+är[ \t]+(?:klar|klart|avslutad|avslutat|genomförd|genomfört|slut)|after[ \t]+the[ \t]+(?:project|activity|event)[ \t]+(?:ends|is[ \t]+(?:complete|completed|finished|over)))(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:ska|skall|måste|must|shall|should)[ \t]+(?:(?!(?:inte|ej|not)[ \t])[\p{L}-]+[ \t]+){0,3}?(?:lämna|skicka|sända|inkomma[ \t]+med|submit|send|provide)(?:[ \t]+in)?[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:redovisning|rapport|redogörelse|report)(?!\p{L})/iu,
    unless: [{ where: 'sentence', cue: /(?<!\p{L})(?:styrgrupp\p{L}*|ledningsgrupp\p{L}*|ledningen|styrelsen|regeringen|departementet|beställare\p{L}*|uppdragsgivare\p{L}*|kunden|steering|management|client|kurs\p{L}*|student\p{L}*|course|examensarbete\p{L}*)(?!\p{L})/iu }, { where: 'sentence', cue: INTERNAL_REPORT }],
    examples: ['Efter avslutat projekt ska föreningen lämna en skriftlig redovisning.', 'När aktiviteten är genomförd ska ni skicka in en rapport.', 'After the project ends, grantees must submit a short report.', 'När projektet är klart ska ni skicka in en redovisning till oss.'],
    counterExamples: ['Efter avslutat projekt ska projektledaren lämna en rapport till styrgruppen.', 'När projektet är klart ska konsulten lämna en rapport till kunden.', 'Efter avslutat projekt ska ni inte lämna någon rapport.', 'När projektet är klart firar vi.', 'After the event is over, staff must submit a report with copies of receipts to the finance office.', 'After the project ends, the team must submit a report to the steering committee.'],
  },
  {
    // the grantee's report named ("Grantee Reporting", "Grantee reports", "grantee report form"): the report of one who received
    // a grant, a head a funder's reporting page carries (issue 12, h/report87, dev 2557); never a list of grantees published
    id: 'grantee-report', where: 'line', meaning: 'grant', weight: 1,
    cue: /(?<!\p{L})grantee(?:'s|’s)?[ \t]+(?:final[ \t]+|interim[ \t]+|progress[ \t]+)?report(?:s|ing)?(?!\p{L})/iu,
    examples: ['Grantee Reporting', 'Grantee reports', 'Use the grantee final report form.', 'Grantee report form'],
    counterExamples: ['Grantee lists are published online.', 'The guarantee report is attached.', 'Our grantees are listed below.'],
  },
  {
    // what a report must hold or bring out (issue 13, h/forms85): "Rapporten ska innehålla en sammanfattning av projektets
    // resultat", "Av slutrapporten ska det framgå hur …", Norwegian "Dette skal komme tydelig frem i prosjektets sluttrapport"
    // (dev 2467), "Sluttrapporten skal inneholde …", "Det är viktigt att resultaten kommer fram i projektets slutrapport"; a rule beside a sentence naming the grant or the funded project's report
    // (the decision counts the kinds); never a report that is read, published or sent to a steering group or the government
    id: 'report-content-rule', where: 'line', meaning: 'rule', weight: 1,
    cue: /(?<!\p{L})(?:slut|slutt|del|läges|mellan|års|projekt|prosjekt)?(?:rapport|redovisning|redogörelse)(?:en|er|erna|ene|ar|arna)?(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})(?:ska|skall|skal|måste|må)\s+(?:(?!(?:inte|ej|ikke|ikkje)\s)\p{L}+\s+){0,3}?(?:innehålla|inneholde|framgå|komme\s+(?:\p{L}+\s+)?frem|beskriva|redogöra\s+för)(?!\p{L})|(?<!\p{L})(?:ska|skall|skal|måste|må)\s+(?:(?!(?:inte|ej|ikke|ikkje)\s)\p{L}+\s+){0,3}?(?:framgå|komme\s+(?:\p{L}+\s+)?frem)\s+(?:\p{L}+\s+){0,2}?(?:i|av|ur)\s+(?:\p{L}+\s+)?(?:slut|slutt|del|läges|mellan)?(?:rapport|redovisning)(?:en|ene)?(?!\p{L})|(?<!\p{L})(?:det\s+är|är\s+det|det\s+er|er\s+det)\s+viktigt\s+att\s+[^.!?\n]{0,120}?(?<!\p{L})(?:kommer|komme)\s+(?:\p{L}+\s+)?(?:fram|frem)\s+(?:\p{L}+\s+)?(?:i|av)\s+(?:\p{L}+\s+)?(?:slut|slutt|del|läges|mellan)?(?:rapport|redovisning)(?:en|ene)?(?!\p{L})/iu,
    unless: [{ where: 'sentence', cue: /(?<!\p{L})(?:styrgrupp\p{L}*|styringsgrupp\p{L}*|styrelsen|styret|regeringen|regjeringen|departementet|kurs\p{L}*|student\p{L}*|examensarbete\p{L}*|uppsats\p{L}*)(?!\p{L})/iu }],
    examples: ['Rapporten ska innehålla en sammanfattning av projektets resultat och en ekonomisk sammanställning.', 'Dette skal komme tydelig frem i prosjektets sluttrapport.', 'Det är viktigt att resultaten kommer fram tydligt i projektets slutrapport.', 'Sluttrapporten skal inneholde en vurdering av måloppnåelsen.', 'Av redovisningen ska framgå hur många som deltagit.'],
    counterExamples: ['Utredningens rapport ska innehålla förslag till regeringen.', 'Resultaten kommer fram i projektets slutrapport.', 'Rapporten ska inte innehålla personuppgifter som kan röja deltagare i styrelsen.', 'Rapporten publicerades i maj.', 'Slutrapporten till styrgruppen ska innehålla en tidplan.', 'Uppsatsens rapport ska innehålla en litteraturlista.'],
  },
  {
    // the report's or the accounts' duty in Norwegian or Danish: "Rapporteringen skal legges ved søknaden", "Årsregnskapet skal
    // leveres med revisjonsberetning", "Slutrapporten skal indsendes …" (Bufdir's page for organisations of the disabled, which
    // names its grant once and states no field, dev 2013, h/forms66); never a report published or read
    id: 'report-duty-nordic', where: 'line', meaning: 'rule', weight: 1,
    cue: /(?<!\p{L})(?:slut|slutt|del|status|års)?(?:rapport(?:en|ene|erne|eringen)?|regnskap(?:et)?|regnskab(?:et)?)\s+(?:skal|må)\s+(?:\p{L}+\s+){0,2}?(?:leveres|legges\s+ved|vedlegges|vedlægges|sendes(?:\s+inn)?|indsendes|afleveres|revideres|godkjennes|godkendes)(?!\p{L})/iu,
    examples: ['Rapporteringen skal legges ved søknaden og består av organisasjonenes årsmeldinger og årsregnskap.', 'Årsregnskapet skal leveres med revisjonsberetning fra registrert eller statsautorisert revisor.', 'Slutrapporten skal indsendes senest tre måneder efter projektets afslutning.'],
    counterExamples: ['Rapporten ble publisert i mars.', 'Regnskapet viser et overskudd.', 'Årsrapporten kan leses på nettsiden.', 'Rapporten skal ikke publiseres.'],
  },
  {
    // money received from the funder in words the rows above do not count (issue 13, kind81: short reporting pages of a
    // named grant were refused): funding received from the funder ("Ni som har fått finansiering från oss"), Norwegian and
    // Danish funds, support or an award received ("Alle som har mottatt midler fra oss", "Når I har modtaget en bevilling"),
    // the funder's own funded ones ("every organisation we fund"), the account of how the money given was spent ("how the
    // money was spent"); never a loan, a price or a budget ("Vi har fått finansiering via banklån", "how the money will be spent")
    id: 'money-received', where: 'line', meaning: 'grant', weight: 1,
    cue: /(?<!\p{L})(?:fått|får|fick|erhållit|erhåller)\s+(?:\p{L}+\s+){0,2}?finansiering\s+(?:från|av|ur)\s+(?:oss|stiftelsen|fonden|regionen|kommunen|länsstyrelsen|myndigheten|staten|EU|\p{Lu}\p{L}*fonden|\p{Lu}\p{L}*stiftelsen)(?!\p{L})|(?<!\p{L})(?:som|dere|du|I|De)\s+(?:har\s+|hadde\s+|havde\s+|blir\s+|bliver\s+|er\s+)?(?:mottatt|mottar|mottok|fått|får|fikk|modtaget|modtager|modtog|fået|tildelt|innvilget|bevilget|bevilliget)\s+(?:\p{L}+\s+){0,2}?(?:midler|midlar|støtte|tilskudd\p{L}*|tilskud\p{L}*|tilskot\p{L}*|bevilling\p{L}*|bevilgning\p{L}*)(?!\p{L})|(?<!\p{L})(?:organi[sz]ations?|projects?|groups?|charities|people|artists?)\s+(?:that\s+|which\s+|who\s+|whom\s+)?we\s+(?:fund|have\s+funded|funded|grant\s+to|give\s+grants\s+to)(?!\p{L})|(?<!\p{L})how\s+(?:the|your|their|our)\s+(?:grant\s+)?(?:money|funds|funding|grant)\s+(?:was|were|has\s+been|have\s+been)\s+(?:spent|used)(?!\p{L})/iu,
    examples: ['Ni som har fått finansiering från oss ska redovisa hur arbetet har gått.', 'Alle som har mottatt midler fra oss skal rapportere innen 1. mars året etter.', 'Når I har modtaget en bevilling, skal I sende os en kort afrapportering.', 'We ask every organisation we fund to send us an end-of-year report.', 'The report should describe what you did and how the money was spent.', 'Organisasjoner som har fått tilskudd skal levere rapport.'],
    counterExamples: ['Vi har fått finansiering via ett banklån.', 'Företaget får finansiering från banken.', 'The plan shows how the money will be spent next year.', 'We fund our work through membership fees.', 'Kommunen har fått nye midler i budsjettet.', 'Klubben har mottatt en gave fra sponsoren.'],
  },
  {
    // the report asked of the recipient in words REPORT_DUTY does not hold (issue 13, kind81): asked or told to hand one in
    // ("All grantees are asked to submit a short report", "please send us a final report", "Please complete the end of
    // project report", "Reports are due 30 days after …", "Funded projects submit a final report"), Swedish "att skicka en
    // kort rapport", "ska rapportera till regionen", Norwegian and Danish "skal rapportere innen", "sende os en kort
    // afrapportering"; a rule only beside a sentence that names the grant (the decision counts the kinds); never a report
    // read, published or sent to a steering group, a board or the government, nor a reporter's news report
    id: 'report-asked-for', where: 'line', meaning: 'rule', weight: 1,
    cue: /(?<!\p{L})(?:(?:asked|required|expected|requested)\s+to\s+|please\s+|you\s+(?:should|must|will\s+need\s+to|need\s+to)\s+|(?:projects?|organi[sz]ations?|grantees?|recipients?|awardees?)\s+(?:\p{L}+\s+)?)(?:complete\s+and\s+)?(?:submit|send(?:\s+us)?|complete|provide|file)\s+(?:us\s+)?(?:an?|the|your|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:report|acquittal)s?(?!\p{L})|(?<!\p{L})(?:final\s+|progress\s+|interim\s+|annual\s+|narrative\s+|financial\s+)?reports?\s+(?:is|are)\s+due(?!\p{L})|(?<!\p{L})(?:att|ska|skall|måste)\s+(?:(?!(?:inte|ej)\s)\p{L}+\s+){0,2}?(?:skicka|lämna|sända)(?:\s+in)?\s+(?:en\s+|er\s+|din\s+)?(?:kort\s+|skriftlig\s+|enkel\s+)?(?:rapport|reserapport|reseberättelse|redogörelse)(?!\p{L})(?![^.\n]{0,80}(?<!\p{L})till\s+(?:styrgrupp\p{L}*|styrelsen|regeringen|regeringskansliet|departementet))|(?<!\p{L})(?:ska|skall|måste)\s+(?:(?!(?:inte|ej)\s)\p{L}+\s+){0,2}?(?:rapportera|återrapportera)(?![^.\n]{0,80}(?<!\p{L})(?:styrgrupp\p{L}*|styrelsen|regeringen|regeringskansliet|departementet)(?!\p{L}))\s+(?:till|senast|inom|varje|två|en\s+gång|hur|vad)(?!\p{L})|(?<!\p{L})(?:skal|må)\s+(?:(?!(?:ikke|ikkje)\s)\p{L}+\s+){0,2}?(?:rapportere|afrapportere|avrapportere|rapportera)(?![^.\n]{0,80}(?<!\p{L})(?:styringsgrupp\p{L}*|styret|styrelsen|regjeringen|regeringen|departementet)(?!\p{L}))\s+(?:innen|inden|senest|til|på|for|hvert|hver)(?!\p{L})|(?<!\p{L})(?:skal|må)\s+(?:(?!(?:ikke|ikkje)\s)\p{L}+\s+){0,2}?(?:sende|indsende|levere|aflevere)\s+(?:os\s+|oss\s+|inn\s+|ind\s+)?(?:en\s+)?(?:kort\s+)?(?:afrapportering|avrapportering|rapport|beretning)(?!\p{L})/iu,
    unless: [{ where: 'sentence', cue: JOB_DUTY }],
    examples: ['All grantees are asked to submit a short report at the end of the grant period.', 'When your project is complete, please send us a final report.', 'Please complete the end of project report within eight weeks.', 'Reports are due 30 days after the end of each quarter.', 'Funded projects submit a final report at the end of the award.', 'Vi ber alla som har fått ett bidrag att skicka en kort rapport när projektet är klart.', 'Projektägaren ska rapportera till regionen två gånger per år.', 'Alle som har mottatt midler fra oss skal rapportere innen 1. mars året etter.', 'Når I har modtaget en bevilling, skal I sende os en kort afrapportering.'],
    counterExamples: ['Utredningen ska lämna sin rapport till regeringen senast den 1 mars.', 'Projektgruppen ska rapportera till styrgruppen varje månad.', 'The report is published on our website.', 'Please read the final report of the commission.', 'Du ska inte skicka in någon rapport.', 'Kommunen skal rapportere til departementet hvert år.', 'Vi söker en controller som ska rapportera till ekonomichefen.', 'You will submit monthly reports to the finance director.'],
  },
  {
    // a rule on the money: it is to be accounted for, paid back, requisitioned, or used only so
    id: 'money-rule', where: 'line', meaning: 'rule', weight: 1,
    cue: /(?<!\p{L})(?:ska|skall|måste)\s+(?:(?!(?:inte|ej)\s)\p{L}+\s+){0,2}?(?:redovisas|slutredovisas|återrapporteras|återbetalas|betalas\s+tillbaka|rekvireras)(?!\p{L})|(?<!\p{L})(?:redovisa|redogöra|redogör|visa|beskriva)\s+hur\s+(?:\p{L}+\s+){0,2}?(?:medlen|medel|bidraget|bidragen|pengarna|stödet|stipendiet|ersättningen|anslaget)\s+(?:har\s+|hade\s+)?(?:använts|används|förbrukats|utnyttjats)|(?<!\p{L})(?:återbetala|återbetalas|återbetalning|återbetalningsskyldig\p{L}*|betala\s+tillbaka|krävas\s+tillbaka|kräva\s+tillbaka)(?!\p{L})|(?<!\p{L})får\s+(?:endast\s+|bara\s+|inte\s+)?användas\s+(?:till|för)(?!\p{L})/iu,
    examples: ['Bidraget ska redovisas senast ett år efter utbetalningen.', 'Organisationen ska redovisa hur medlen har använts.', 'Pengar som inte har använts ska betalas tillbaka.', 'Kommunen är återbetalningsskyldig om ersättningen lämnats på felaktig grund.', 'Medlen får endast användas till insatser för barn.'],
    counterExamples: ['Inkomsten ska inte redovisas i deklarationen.', 'Kursen får vi se hur det går med.', 'Vi visar hur verktyget används i videon.', 'Skatten betalas in i mars.'],
  },
  {
    // a report to the funder in its own words: the economic account, a payment claimed against the decision,
    // the signatory and the auditor who vouch for it, costs worked up, co-financing, the decision on support
    // ("Årlig ekonomisk uppföljning och rekvisition ska lämnas enligt beviljande beslutsbrev", "ansökan om
    // utbetalning", "revisorsintyg", "firmatecknare"); never an association's or a company's own accounts
    id: 'report-to-funder', where: 'line', meaning: 'rule', weight: 1,
    cue: /(?<!\p{L})ekonomisk(?:a)?\s+(?:slut)?(?:redovisning\p{L}*|uppföljning\p{L}*|rapport\p{L}*|delen\s+av\s+(?:läges|slut|del)?rapport\p{L}*)(?!\p{L})|(?<!\p{L})ansökan\s+om\s+(?:slut)?utbetalning(?!\p{L})|(?<!\p{L})(?:revisorsintyg|revisors\s+granskning\p{L}*|upparbetade\s+kostnader|medfinansiering\p{L}*|medfinansiär\p{L}*|beslut(?:et)?\s+om\s+stöd|beviljande\s+beslut\p{L}*|beslutsbrev\p{L}*)(?!\p{L})/iu,
    examples: ['Årlig ekonomisk uppföljning och rekvisition ska lämnas enligt beviljande beslutsbrev till', 'Lägesrapporten ska beskriva de kostnader som tas upp i ansökan om utbetalning för samma period.', 'Till slutrapporten bifogas ett revisorsintyg.', 'Varje beviljat projekt får i beslutet om stöd en tidtabell för rapportering.', 'Medfinansieringen ska betalas till projektet.'],
    counterExamples: ['Föreningen redovisar sin ekonomi i årsbokslutet.', 'Bolaget presenterar sin finansiella rapport för kvartalet.', 'Ansökan om bygglov görs hos nämnden.', 'Beslutet om detaljplanen fattas i maj.'],
  },
  {
    // an amount in kronor (figures, a million word or the short units): "50 000 kronor", "2,5 miljoner kronor", "300 tkr"
    id: 'amount-kronor', where: 'line', meaning: 'amount', weight: 1,
    cue: /(?<![\p{L}\d])\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d{1,2})?\s?(?:(?:miljoner|miljon|miljarder|miljard|mn|md)\s+)?(?:kronor|kr|sek|mnkr|mkr|tkr|mdkr|euro|eur)(?![\p{L}\d])|(?<![\p{L}\d])(?:SEK|EUR|€|\$)\s?\d{1,3}(?:[ ,.\u00a0]\d{3})*(?![\p{L}\d])/iu,
    examples: ['Bidraget är högst 50 000 kronor.', 'Totalt fördelas 2,5 miljoner kronor.', 'Stödet är 300 tkr per projekt.', 'Beloppet är 1 500 kr.', 'Stödets maximibelopp är 1 800 000 euro.', 'Grants of up to SEK 500,000 are awarded.'],
    counterExamples: ['Vi har 25 anställda i Kronoberg.', 'Projektet pågår i 3 år.', 'Det ställs 12 krukor på bordet.'],
  },
  {
    // a date with a deadline's role: "senast den 31 mars 2025", "senast 2025-03-31", "senast den 1 april"
    id: 'deadline-date', where: 'line', meaning: 'deadline', weight: 1,
    cue: new RegExp(`(?<!\\p{L})(?:senast|no\\s+later\\s+than|deadline\\s+(?:is|of))\\s+(?:den\\s+)?(?:\\d{1,2}\\s+(?:${MONTH_NAMES})(?!\\p{L})|(?:${MONTH_NAMES})\\s+\\d{1,2}(?!\\d)|\\d{4}-\\d{2}-\\d{2}(?!\\d))`, 'iu'),
    examples: ['Redovisningen ska ha kommit in senast den 31 mars 2025.', 'Ansökan lämnas senast 2025-03-31.', 'Slutrapporten skickas senast den 1 april året efter.', 'The final report must be submitted no later than 30 September 2024.'],
    counterExamples: ['Deadline för rapportering är 10 maj.', 'Senast uppdaterad 2025.', 'Ansökan öppnar den 1 mars 2025.'],
  },
];

/** The kinds in a fixed order, for summing. */
const KINDS: readonly Evidence[] = ['grant', 'rule', 'amount', 'deadline'];

/**
 * A text's sentences as the decision reads them: each line, cut at a sentence's end (". ", "! ", "? ").
 * Linear: one pass over the text.
 */
function* sentences(text: string): Generator<string> {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // \n, or . ! ? followed by white space
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && i + 1 < text.length && /\s/u.test(text[i + 1]!))) {
      if (i > start) yield text.slice(start, i + 1);
      start = i + 1;
    }
  }
  if (start < text.length) yield text.slice(start);
}

/** The longest sentence the rows read (a longer one is read in its first part): no sentence a person writes is longer. */
const SENTENCE_CAP = 2000;

/**
 * The evidence of the rows above, summed over the text's sentences (each sentence counts each kind
 * once), and how many sentences name money given ('grant'). `grantSentences` lets a text count a
 * sentence its grant words already found (the caller's count of grant words) for the grant kind.
 * Stops once the score reaches `enough`.
 */
/**
 * A job ad's head: the text's first line names the post sought ("Projektekonom sökes", "Vi söker en controller",
 * "Lediga jobb", "Job opening: …"). A text so headed that the counts leave below the line scores nothing sentence
 * by sentence: "Ansök senast 1 maj." is the applicant's deadline for the post, not a grant's (issue 12, left64).
 */
export const JOB_AD_HEAD: Cue<'job-ad'> = {
  id: 'job-ad-head', where: 'line', meaning: 'job-ad', weight: 1,
  cue: /^[ \t]*(?:(?:\p{L}{0,20}(?:handläggare|samordnare|ekonom|strateg|sekreterare|assistent|utredare|controller|chef)|(?!(?:\p{L}{0,20}(?:bidrag|stöd|medel|stipendi|anslag|ersättning|pengar|checkar|fond)\p{L}{0,10})[ \t])\p{L}[\p{L}-]{1,40})(?:[ \t]+(?:till|för|inom|på|vid)[ \t]+[\p{L} -]{1,40}?)?[ \t]+sökes(?:[ \t]+(?:till|för|inom|på|vid)[ \t]+[\p{L} -]{1,40})?|vi[ \t]+söker[ \t]+(?:en|ett|dig|två|tre|flera)[ \t]+[\p{L} -]{1,60}?|lediga[ \t]+(?:jobb|tjänster)|ledig[ \t]+tjänst|job[ \t]+(?:opening|vacancy|ad)(?::[^\n]{0,80})?|we[ \t]+are[ \t]+hiring)[ \t]*[.!:]?[ \t]*$/iu,
  // (… a post named for the grants it handles: "Bidragshandläggare sökes", "Stödhandläggare sökes till enheten", left65)
  examples: ['Projektekonom sökes', 'Vi söker en controller', 'Lediga jobb', 'Job opening: research assistant', 'Handläggare sökes till bidragsenheten', 'Bidragshandläggare sökes', 'Stödhandläggare sökes till enheten för landsbygd'],
  counterExamples: ['Bidrag sökes hos Kulturrådet senast 1 mars.', 'Projektbidrag sökes', 'Stipendier sökes senast 1 maj', 'Stöd till ideella föreningar sökes', 'Projektbidrag', 'Vi söker bidrag för en ny lokal', 'Stöd till föreningar som söker medel'],
};

/** A head that names a grant ("Bidrag till föreningar", "Utlysning: …"): the line below it is no job ad's head. */
const GRANT_HEAD_WORD = /(?:bidrag|stöd|medel|stipendi|anslag|ersättning|fond|utlysning|understöd)/iu;

/** A line without its Markdown heading or emphasis marks ("# Handläggare sökes", "**Handläggare sökes**"). */
const unmarked = (line: string): string => line.replace(/^[ \t]{0,3}#{1,6}[ \t]+/u, '').replace(/^[ \t]*(?:\*\*|__)([^\n]{1,200}?)(?:\*\*|__)[ \t]*$/u, '$1');

/** A job ad's head that names the post sought, not a site's "Lediga jobb" link: the head the job-ad veto reads. */
const JOB_NAV_HEAD = /^[ \t]*(?:lediga?[ \t]+(?:jobb|tjänst(?:er)?))[ \t]*[.!:]?[ \t]*$/iu;

/**
 * The post sought, named as the object of the second line's opening "Vi söker en …" ("Projektledare" / "Vi söker en
 * projektledare till vårt bidragsprojekt."): a bare head that is that very post is a job ad's head (issue 12, left67; left66
 * J4y). A head that is a role the grant is for ("Mentorer" over a mentorship grant) is no job ad's: its line below does not
 * seek that very person.
 */
const SEEKS_POST = /^[ \t]*vi[ \t]+söker[ \t]+(?:nu[ \t]+)?(?:en|ett)[ \t]+(?:ny[ \t]+|erfaren[ \t]+)?([\p{L}-]{2,40})(?![\p{L}-])/iu;

/** A bare head of one word ("Projektledare"), its Markdown marks taken away: the post a job ad may be headed by. */
const BARE_HEAD = /^[ \t]*([\p{L}-]{2,40})[ \t]*$/u;

/** Whether the first line is a bare post the second line's "Vi söker en …" seeks (SEEKS_POST). */
const headIsPostSought = (head: string, below: string): boolean => {
  const post = BARE_HEAD.exec(head)?.[1];
  const sought = SEEKS_POST.exec(below)?.[1];
  return post !== undefined && sought !== undefined && post.toLowerCase() === sought.toLowerCase();
};

/**
 * Whether a text reads as a job ad: its first line names the post sought (JOB_AD_HEAD) and a sentence of it tells the job's
 * duties (JOB_DUTY: "Du kommer att …", "I tjänsten ingår att …"). A job ad at a grant unit names grants ("granska
 * ansökningar om bidrag") and states a deadline with a year, fields a grant text would carry; they are the post's, so the
 * text is refused over any field stated (issue 12, left64 J1d, left65).
 */
export function readsAsJobAd(text: string): boolean {
  // the head as written in Markdown ("# Handläggare sökes", "**Handläggare sökes**") or under a site's name or a "Lediga
  // jobb" link ("Kommunen" / "Handläggare sökes"): the first two lines, their marks taken away (issue 12, left66)
  // (the second line only under a first that names no grant: "Bidrag till föreningar" / "Volontärer sökes" is a grant page's)
  const lines = (/^[ \t\r\n]{0,200}([^\n]{0,200})(?:\r?\n[ \t\r\n]{0,200}([^\n]{0,200}))?/u.exec(text) ?? []).slice(1, 3).map((l) => unmarked(l ?? ''));
  const heads = GRANT_HEAD_WORD.test(lines[0] ?? '') ? lines.slice(0, 1) : lines;
  const headed = heads.some((l) => cueTest(JOB_AD_HEAD.cue, l) && !JOB_NAV_HEAD.test(l));
  // (a bare head equal to the post the line below seeks is the post's even when it names grants: "Bidragshandläggare")
  if (!headed && !headIsPostSought(lines[0] ?? '', lines[1] ?? '')) return false;
  for (const whole of sentences(text)) if (JOB_DUTY.test(whole.length > SENTENCE_CAP ? whole.slice(0, SENTENCE_CAP) : whole)) return true;
  return false;
}

export function grantTextEvidence(text: string, isGrantSentence: (sentence: string) => boolean, enough: number): { score: number; grant: number } {
  let score = 0;
  let grant = 0;
  const firstLine = /^[ \t\r\n]{0,200}([^\n]{0,200})/u.exec(text)?.[1] ?? '';
  const jobAd = cueTest(JOB_AD_HEAD.cue, firstLine);
  for (const whole of sentences(text)) {
    const s = whole.length > SENTENCE_CAP ? whole.slice(0, SENTENCE_CAP) : whole;
    if (s.trim() === '') continue;
    const kinds = new Set<Evidence>();
    if (isGrantSentence(s)) kinds.add('grant');
    // a row's guards (a job ad's duty: JOB_DUTY; a report's rule beside it: project-report-rule's `also`) read the same sentence
    for (const row of GRANT_TEXT_EVIDENCE) if (!kinds.has(row.meaning) && cueTest(row.cue, s) && ((row.unless === undefined && row.also === undefined) || holds(row, { before: s, after: s, sentence: s, heading: s, line: s }))) kinds.add(row.meaning);
    if (!jobAd) for (const k of KINDS) if (kinds.has(k)) score += 1;
    if (kinds.has('grant')) grant++;
    if (score >= enough) break;
  }
  return { score, grant };
}
