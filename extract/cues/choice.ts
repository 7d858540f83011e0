// How close in weight two disagreeing candidates of one single-valued field may be before neither is
// taken (extract/fields/choose.ts). Weights are the cue rows' (dates.ts, funding.ts): a margin of 0
// refuses only ties, 1 also a row one step lighter. Measured on dev (363 texts): 0 changes two outputs
// (dev 07's closing day, a two-deadline page whose gold leaves closes unscored, is now absent); 1 also
// drops dev 250's right closing day ('sista dag för ansökan om bidrag var 11 mars 2024', 9.2) beside
// the day to become bidragsberättigad (9): a finer row already tells those apart, so ties only.

/** The window's ends: two different days under cues of like weight are two rounds or programmes. */
export const WINDOW_MARGIN = 0;

/** The total: two different sums under cues of like weight are two programmes, parts or years. */
export const TOTAL_MARGIN = 0;

/**
 * The report's due day: two different days under due cues of like weight are two reports' (an interim and a final one, two
 * years') or a day and its correction; all DUE_CUES rows weigh 3, so 0 refuses any two different days of those rows, while a
 * day told as the report's window's end (REPORT_WINDOW, 1) gives way to a due cue's.
 */
export const DUE_MARGIN = 0;

/**
 * One stated range is one window: when the chosen opening day is a range's, the range's own last day weighs this much
 * more (fields/requisition.ts) when a later day of another sentence is the heaviest, so as to outweigh it (the heaviest
 * row weighs 10, a range 8); beside an earlier day of another sentence nothing is added:
 * "Ansökan är öppen 15-31 januari 2021" beside the ordinary grant's "ska sökas som vanligt … senast den 25 augusti 2021"
 * (dev 1674). A range of another stage gives no window day (cues/dates.ts OTHER_STAGE_RANGES), and a later round's day
 * named by its season is kept as an event (DATE_ROLES season-round-closes).
 */
export const RANGE_OWN_END = 3;

/**
 * A past round's day gives way to a later year's day told as to come (fields/requisition.ts dropPastRounds) when the later
 * day's cue is at most this much lighter: "Ansök senast den 15 februari 2025. (År 2024 var sista ansökningsdag den 15
 * februari 2024.)" (review71c M5, constructed: 'senast' 8.5 beside 'word-sista-dag' 9 kept the past round's day). A day
 * read by a row two steps lighter is still no match for the past window (review43: a later day half read as the window).
 */
export const PAST_GIVES_WAY = 0.5;
