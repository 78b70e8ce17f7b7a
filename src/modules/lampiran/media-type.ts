import { stripJpeg } from '../permohonan/identity-file.ts';
import { checkPdf, type PdfRefusal } from '../permohonan/identity-pdf.ts';
import { stripPng } from '../permohonan/identity-png.ts';
import { readZipEntry, zipEntries } from './zip-entries.ts';

/** The kinds of file an attachment may be, each with the extension it is downloaded under. */
export const mediaTypes = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/zip': 'zip',
  'text/csv': 'csv',
  'text/plain': 'txt',
} as const;

export type MediaType = keyof typeof mediaTypes;

/** A file as it will be kept: its recognised type and its bytes (images without their metadata). */
export type RecognisedFile = { mediaType: MediaType; bytes: Buffer };

/** A PDF recognised but refused for what it does (or could do) when opened. */
export type RefusedFile = { refused: PdfRefusal };

const startsWith = (bytes: Buffer, prefix: string | number[]) => {
  const head = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : Buffer.from(prefix);
  return bytes.length >= head.length && bytes.subarray(0, head.length).equals(head);
};

/**
 * Recognises a file by its content, never by the name or the browser's type. JPEG and PNG lose
 * the metadata that can hold where a photo was taken (the identity copy's stripping). A PDF is
 * kept as sent, title and author included (a published regulation's are part of it), unless it
 * carries active content or cannot be checked (the identity copy's check): then it is refused.
 * Null for anything else, or a file whose structure does not hold together. `name` only tells CSV
 * from plain text, which no content check can.
 */
export function recogniseFile(bytes: Buffer, name: string): RecognisedFile | RefusedFile | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, '%PDF-')) return bytes.subarray(-1024).includes('%%EOF') ? recognisePdf(bytes) : null;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return wrap('image/jpeg', stripJpeg(bytes));
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return wrap('image/png', stripPng(bytes));
  if (startsWith(bytes, 'PK\x03\x04')) return wrap(zipKind(bytes), bytes);
  if (isText(bytes)) return { mediaType: /\.csv$/i.test(name.trim()) ? 'text/csv' : 'text/plain', bytes };
  return null;
}

function recognisePdf(bytes: Buffer): RecognisedFile | RefusedFile {
  const refused = checkPdf(bytes);
  return refused ? { refused } : { mediaType: 'application/pdf', bytes };
}

const wrap = (mediaType: MediaType | null, bytes: Buffer | null): RecognisedFile | null => (mediaType && bytes ? { mediaType, bytes } : null);

const officeMain: Array<[string, MediaType]> = [
  [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  [
    'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ],
];
const openDocument: MediaType[] = ['application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet'];

/**
 * What a ZIP archive is: Word/Excel/PowerPoint by the main part its `[Content_Types].xml`
 * declares, ODT/ODS by the `mimetype` entry OpenDocument puts first, otherwise a plain ZIP. A
 * macro-enabled document declares another main part and so stays a ZIP. Null when unreadable.
 */
function zipKind(bytes: Buffer): MediaType | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  const types = entries.find((e) => e.name === '[Content_Types].xml');
  if (types) {
    const xml = readZipEntry(bytes, types, 256 * 1024)?.toString('utf8');
    if (xml === undefined) return null;
    const found = officeMain.find(([part]) => xml.includes(`ContentType="${part}"`));
    return found ? found[1] : 'application/zip';
  }
  const first = entries[0];
  if (first?.name === 'mimetype') {
    const declared = readZipEntry(bytes, first, 200)?.toString('latin1').trim();
    const kind = openDocument.find((t) => t === declared);
    if (kind) return kind;
  }
  return 'application/zip';
}

/** UTF-8 text without NUL or other control characters (tab, line breaks and form feed allowed). */
function isText(bytes: Buffer): boolean {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the check is exactly for control characters
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text.decode(bytes));
  } catch {
    return false;
  }
}
