/** The name shown for an upload: the sender's name without folders or control characters, shortened. */
export function cleanMediaName(sent: string | null | undefined): string {
  const base = (sent ?? '')
    .split(/[\\/]/)
    .pop()!
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"*:<>?|;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
  return base || 'berkas';
}
