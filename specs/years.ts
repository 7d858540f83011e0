// The one rule for which years a grant spec can speak of, shared by the schema (grant year, exact
// and vague dates), the extractor's date and year finders, and the command line (--year, --from,
// --to). A year outside it is a typo or a hostile input ("2199", "0001"), never a real grant's.
// No imports: the CLI checks arguments with it before loading anything heavy.

export const YEAR_RANGE = { min: 1990, max: 2100 } as const;

export function plausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}
