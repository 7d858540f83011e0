// What extract() needs once a document is read: the finders of both kinds and the plausibility
// filter, loaded lazily by extract/index.ts so that reading starts first.
import { GRANT_WORDS } from './cues/genre.js';

export { extractAnvisning } from './anvisning.js';
export { looksLikeForm } from './fields/reporting-form.js';
export { extractForm } from './form.js';
export { dropImplausible } from './plausible.js';

/** Every grant word in a text, counted (the row's pattern with the g flag). */
export const GRANT_WORD_ALL = new RegExp(GRANT_WORDS.cue.source, `${GRANT_WORDS.cue.flags}g`);
