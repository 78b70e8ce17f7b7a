import { type MediaType, mediaTypes } from './media-type.ts';

/**
 * The name a file is downloaded under: the sender's name without folders, control or reserved
 * characters, shortened, and always with the extension of the type its content was recognised as.
 */
export function cleanFileName(sent: string, mediaType: MediaType): string {
  const base = (sent.split(/[\\/]/).pop() ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"*:<>?|;]+/g, ' ')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${base || 'lampiran'}.${mediaTypes[mediaType]}`;
}

/**
 * A Content-Disposition header that always makes the browser save the file: an ASCII fallback
 * name and the exact UTF-8 name (RFC 6266 / RFC 5987).
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^A-Za-z0-9._ -]+/g, '_');
  // encodeURIComponent leaves ' ( ) * ! as they are; RFC 5987 allows none of them in the value.
  const exact = encodeURIComponent(fileName).replace(/['()*!]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}
