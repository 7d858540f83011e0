// The contract's bound on amounts, in a module of its own so that the extractor can use it
// without loading the schema (zod), which extraction never needs.

/**
 * The largest amount a spec may state: 10 000 miljarder kronor, several times Sweden's whole state
 * budget, and far below 2^53, so every whole-kronor amount is an exact JavaScript number.
 */
export const KRONOR_MAX = 10_000_000_000_000;
