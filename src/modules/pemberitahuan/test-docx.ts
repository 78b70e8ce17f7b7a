import { strFromU8, unzipSync } from 'fflate';

// Test-only: the visible text of a .docx, read back from word/document.xml.

/** The text of every paragraph of a Word document, one paragraph a line, entities decoded. */
export function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('not a Word document: word/document.xml missing');
  return strFromU8(xml)
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
