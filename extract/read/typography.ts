// Characters a copy of the same text may hold in other forms, read as the form the cues are written for, so a
// field does not hold only for the layout the dev copy happens to have (branch h/perturb19, issue 12: every dev
// text perturbed in these ways, test/extract/field-perturbation.ts).

// A thin, narrow no-break or figure space between digits ("200 000 kronor" set by a typesetter or by a web page's
// typography) is a thousands separator like the no-break space the amount cues read: one character for one, so
// every offset (and a PDF's page starts) holds, and a quote still matches its source under the contract's
// comparison (white space as one space).
const DIGIT_GROUP_SPACE = /(?<=\d)[\u2007\u2009\u202f](?=\d)/gu;

/** The text with every digit-group space other than a space or a no-break space made a no-break space. */
export function digitGroupSpaces(text: string): string {
  return text.replace(DIGIT_GROUP_SPACE, '\u00a0');
}

/**
 * Windows (CRLF) and old Mac (CR) line ends as LF: a text saved on Windows is the same text, but a cue that reads
 * a line to its end ("$", or a line split on "\n" keeping the "\r") missed it, and forms were read as instruction
 * pages. The evidence's line and column stay the file's (only the characters after each line's end go).
 */
export function lineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/gu, '\n') : text;
}
