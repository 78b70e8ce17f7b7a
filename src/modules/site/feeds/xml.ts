/** Small pieces every feed and sitemap writer shares. */

// Characters XML 1.0 does not allow at all, even escaped: a pasted control character would
// otherwise make the whole document unreadable to a feed reader.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to drop
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML content or a quoted attribute. */
export function xmlText(value: string): string {
  return value.replace(forbidden, '').replace(/[&<>"']/g, (ch) => escapes[ch] ?? ch);
}

/** RFC 822 (as RSS 2.0 wants, in GMT): `Mon, 07 Dec 2026 14:00:00 GMT`. */
export const rfc822 = (date: Date) => date.toUTCString();

/** RFC 3339 (Atom, sitemaps): `2026-12-07T14:00:00.000Z`. */
export const rfc3339 = (date: Date) => date.toISOString();

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
