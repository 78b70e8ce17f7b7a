/** The link's address when it is an absolute http(s) URL without credentials; null otherwise. */
export function linkUrl(input: string): string | null {
  const text = input.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a URL with control characters or spaces is refused
  if (text.length > 2000 || /[\u0000-\u0020\u007f]/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.toString();
}
