// JavaScript's \b is ASCII-only even with the u flag: it finds no boundary before "öppnar" or
// after "på". Regexes over Swedish text go through `sv`, which makes \b a Unicode word boundary.
const BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_]))`;

const cache = new Map<string, RegExp>();

export function sv(re: RegExp): RegExp {
  const flags = re.flags.includes('u') ? re.flags : `${re.flags}u`;
  const key = `${flags}/${re.source}`;
  const hit = cache.get(key);
  // a global regex carries lastIndex: give each caller its own
  if (hit && !re.global && !re.sticky) return hit;
  const made = new RegExp(re.source.replace(/(?<!\\)((?:\\\\)*)\\b/gu, `$1${BOUNDARY}`), flags);
  if (!re.global && !re.sticky) cache.set(key, made);
  return made;
}
