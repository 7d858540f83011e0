// The sentence splitter lives in specs/ (the change report uses it too, and specs/ imports nothing
// from extract/); the extractor's parsers keep importing it from here.

export { sentences, sentenceTexts, type Span, type SplitOptions } from '../../specs/sentences.js';
