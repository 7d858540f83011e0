// JavaScript's \b is ASCII-only even with the u flag: it finds no boundary before "öppnar" or
// after "på". Regexes over Swedish text go through `sv`, which makes \b a Unicode word boundary.
const BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_]))`;

export function sv(re: RegExp): RegExp {
  const flags = re.flags.includes('u') ? re.flags : `${re.flags}u`;
  return new RegExp(re.source.replace(/(?<!\\)((?:\\\\)*)\\b/gu, `$1${BOUNDARY}`), flags);
}
