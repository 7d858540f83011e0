// What extract() needs once a document is read: the finders of both kinds and the plausibility
import { globalCopy } from '../specs/regex.js';
// filter, loaded lazily by extract/index.ts so that reading starts first.
import { GRANT_GIVEN, GRANT_WORDS, REPORT_DEADLINE, REPORT_DUTY, REPORT_SUBJECT_HEAD, REPORT_TIME_LIMIT } from './cues/genre.js';
import { cueTest } from './cues/types.js';

export { countUpTo } from './cues/types.js';

export { extractAnvisning } from './anvisning.js';
export { looksLikeForm, readsAsRegistration } from './fields/reporting-form.js';
export { extractForm } from './form.js';
export { dropImplausible } from './plausible.js';

/** Every grant word in a text, counted (the row's pattern with the g flag). */
export const GRANT_WORD_ALL = globalCopy(GRANT_WORDS.cue);

/** Every mention of money granted in other words ("hur pengarna har använts", "statlig ersättning"), counted. */
export const GRANT_GIVEN_ALL = globalCopy(GRANT_GIVEN.cue);

/** Every time limit a text sets the recipients' report ("redovisning inom sex månader efter …"), counted. */
export const REPORT_TIME_LIMIT_ALL = globalCopy(REPORT_TIME_LIMIT.cue);

/** Every duty to hand in a final or periodic report ("ska lämna in slutrapport …"), counted. */
export const REPORT_DUTY_ALL = globalCopy(REPORT_DUTY.cue);

/** Every deadline for a named organisation's report ("Deadline PO narrativ rapportering"), counted. */
export const REPORT_DEADLINE_ALL = globalCopy(REPORT_DEADLINE.cue);

/** Every head that makes reporting the page's subject ("Rapportering", "Redovisa ert bidrag"), counted. */
export const REPORT_SUBJECT_HEAD_ALL = globalCopy(REPORT_SUBJECT_HEAD.cue);

/** Whether one sentence names a grant in the words counted above (for the sentence-by-sentence evidence of cues/grant-text.ts). */
export const namesGrant = (sentence: string): boolean => cueTest(GRANT_WORDS.cue, sentence) || cueTest(GRANT_GIVEN.cue, sentence);

export { FIELD_WEIGHT, GRANT_TEXT_ACCEPT, grantTextEvidence, readsAsJobAd } from './cues/grant-text.js';
