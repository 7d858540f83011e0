import { denyingWords, keyWords, sentenceKey, spacedKey } from './wording.js';

/**
 * A bare duty to report, as a sentence key: the grant's noun, at most four words of its own before "ska" ("utgår i
 * bidragsform och"), a reporting verb and nothing after it but "enligt beslutet/villkoren": "Stödet utgår i bidragsform och
 * ska återrapporteras." and "Bidraget ska redovisas enligt beslutet." (Region Jämtland Härjedalen 2023 → 2024, diff dev 1743 →
 * q360) say one duty. What, when or how to report ("ska redovisas senast 31 mars", "ska redovisas i e-tjänsten") is more than
 * the bare duty and is never matched here.
 */
const BARE_REPORTING_DUTY = /^(?:det\s+)?(?:beviljade\s+)?(?:stats|projekt|kultur|verksamhets)?(?:stöd|bidrag|medel|stipendi)(?:et|en|um)?(?:\s+\p{L}+){0,4}?\s+(?:ska|skall|måste)\s+(?:åter)?(?:rapporteras|redovisas)(?:\s+enligt\s+(?:beslutet|villkoren))?$/u;

/** Whether a sentence says only that the grant must be reported on (BARE_REPORTING_DUTY), with no denial. */
export function bareReportingDuty(sentence: string): boolean {
  const key = sentenceKey(sentence);
  return BARE_REPORTING_DUTY.test(key) && denyingWords(keyWords(sentence)) === 0;
}

/** Whether both texts state a bare reporting duty (bareReportingDuty): a bare duty added or dropped beside the other's is no change. */
export function bothStateBareReporting(sentence: string, otherSentences: readonly string[]): boolean {
  return bareReportingDuty(sentence) && otherSentences.some(bareReportingDuty);
}

/**
 * A sentence that says what the money is to be used for: the verb of use and the uses after it (group 1), as a sentence key.
 * "Arbetsstipendier delas ut enligt samma kriterier och ska användas till utbildning och forskning eller som stöd för att
 * genomföra värdefulla insatser för länets kulturliv." (Region Kalmar, diff q363)
 */
const USE_CLAUSE = /(?:^|\s)(?:ska|skall|får|kan)\s+(?:\p{L}+\s+){0,2}?(?:användas|nyttjas|gå)\s+(?:till|för)\s+(.{6,240})$/u;

/** the words a list of uses is split at: a comma is gone from the key, so "eller" and "samt" split it ("och" joins one use) */
const USE_SPLIT = /\s+(?:eller|samt)\s+/u;

/**
 * Whether every use a sentence lists (USE_CLAUSE, split at "eller"/"samt") stands word for word in the other text, each of two
 * words or more, the sentence with no denial and no figure: the uses then are still stated, listed otherwise ("Arbetsstipendium
 * kan utdelas • som stöd för att genomföra värdefulla insatser för länets kulturliv eller • som stöd till utbildning och
 * forskning.", Region Kalmar, diff q364). A use the other text lacks, a denial ("får inte användas till") or a share ("högst
 * 50 % får användas till") is still a change.
 */
export function usesStillStated(sentence: string, otherText: string): boolean {
  const key = sentenceKey(sentence);
  if (denyingWords(keyWords(sentence)) > 0 || /\d/u.test(key)) return false;
  const m = USE_CLAUSE.exec(key);
  if (!m) return false;
  const uses = m[1]!.split(USE_SPLIT).map((u) => u.trim());
  const other = spacedKey(otherText);
  return uses.every((u) => u.split(' ').length >= 2 && other.includes(` ${u} `));
}

/**
 * An application refused when it comes in late, in either shape a page writes it: "Ansökan som inkommer efter sista
 * ansökningsdagen handläggs inte." (Svenljunga, diff q258) and "Glöm inte att för sent inkomna ansökningar inte kommer
 * behandlas …" (q259) state one rule; "för sent inkomna ansökningar behandlas inte" beside either is no change.
 */
const LATE_REFUSAL = /(?:ansökan|ansökningen|ansökningar(?:na)?)\s+som\s+(?:[^.]{0,60}?\s)?(?:kommer|kommit|inkommer|inkommit|lämnas|lämnats)\s+(?:in\s+)?(?:för\s+sent|efter\s+(?:sista\s+ansökningsdag(?:en)?|ansökningstidens\s+slut))(?:\s+[\p{L}-]+){0,6}?\s+(?:handläggs|behandlas|prövas|bedöms)\s+(?:inte|ej)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])för\s+sent\s+(?:inkomna|inkommen|inkomen|inlämnade?|inkommande)\s+(?:ansökan|ansökningar(?:na)?)(?:\s+[\p{L}-]+){0,4}?\s+(?:inte|ej)\s+(?:kommer\s+(?:att\s+)?)?(?:handläggs|behandlas|prövas|handläggas|behandlas|prövas|bedömas|avvisas)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])för\s+sent\s+(?:inkomna|inkommen|inlämnade?)\s+(?:ansökan|ansökningar(?:na)?)\s+(?:handläggs|behandlas|prövas|bedöms)\s+(?:inte|ej)(?![\p{L}\p{N}])/iu;

/** Whether a sentence refuses late applications (LATE_REFUSAL) and a sentence of the other text does too. */
export function bothRefuseLate(sentence: string, otherSentences: readonly string[]): boolean {
  const late = (s: string): boolean => LATE_REFUSAL.test(sentenceKey(s));
  return late(sentence) && otherSentences.some(late);
}
