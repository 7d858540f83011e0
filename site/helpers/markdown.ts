// Text from a spec in a Markdown file is text, never Markdown: "[klicka här](https://…)" or
// "![](https://spårning…)" in a quote must not become a link or an image in a checklist.
// Handlebars already HTML-escapes `{{…}}` (< > & " ' ` =, which a Markdown reader shows as the
// characters), so only the rest of Markdown's punctuation is backslash-escaped here; a line break
// would start a new block, so it becomes a space; "://" is broken up so no autolink forms.

const MD = /[\\*_[\]()!#|~{}]/gu;

export function escapeMarkdown(s: string): string {
  return s.replace(/\r\n?|\n/gu, ' ').replace(MD, (c) => `\\${c}`).replace(/:\/\//gu, ':\\/\\/');
}

/** Every string in a template's data escaped for Markdown (arrays and plain objects walked, other values kept). */
export function markdownData<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map((v) => markdownData(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markdownData(v)])) as T;
  }
  return value;
}
