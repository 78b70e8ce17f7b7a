import { open, readFile } from 'node:fs/promises';
import { mediaTypes as documentTypes, recogniseFile } from '../lampiran/media-type.ts';
import type { MediaKind } from './schema.ts';

/** A file's type as its content shows it, with the extension it is stored under. */
export type DetectedType = { kind: MediaKind; mediaType: string; extension: string };

/** Why a file was refused: not a kind the library takes, or a PDF with active content. */
export type TypeRefusal = { refused: 'type' | 'pdf_active' | 'pdf_unchecked' };

const ascii = (bytes: Buffer, from: number, to: number) => bytes.subarray(from, to).toString('latin1');

// ISO base media files (MP4, MOV, HEIC) name their family in the `ftyp` box's major brand.
const heifBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
const mp4Brands = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'M4VP', 'dash', 'mmp4', '3gp4', '3gp5', '3gp6', '3g2a']);

/**
 * Photos and videos by their first bytes. Images are decoded in full by the processing job, so a
 * file that only starts like a JPEG ends there as `gagal`; a video is kept as it is, as a video.
 */
function mediaByHead(head: Buffer): DetectedType | null {
  if (head.length < 12) return null;
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { kind: 'foto', mediaType: 'image/jpeg', extension: 'jpg' };
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { kind: 'foto', mediaType: 'image/png', extension: 'png' };
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return { kind: 'foto', mediaType: 'image/gif', extension: 'gif' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return { kind: 'foto', mediaType: 'image/webp', extension: 'webp' };
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (heifBrands.has(brand)) return { kind: 'foto', mediaType: 'image/heic', extension: 'heic' };
    if (brand === 'qt  ') return { kind: 'video', mediaType: 'video/quicktime', extension: 'mov' };
    if (mp4Brands.has(brand)) return { kind: 'video', mediaType: 'video/mp4', extension: 'mp4' };
    return null;
  }
  // Matroska's EBML header names its document type within the first bytes; WebM says "webm".
  if (head.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])) && head.subarray(0, 64).includes('webm'))
    return { kind: 'video', mediaType: 'video/webm', extension: 'webm' };
  return null;
}

// Office documents and PDFs go through the attachments' recogniser (lampiran): one detector for
// documents in Warta, with its active-content check for PDFs.
const libraryDocuments = new Set<string>([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);

/**
 * Recognises an uploaded file by its content, never by its name or the browser's claim. A document
 * is read whole (its limit keeps it small); photos and videos by their first bytes.
 */
export async function detectType(path: string, name: string): Promise<DetectedType | TypeRefusal> {
  const handle = await open(path, 'r');
  const head = Buffer.alloc(64);
  try {
    await handle.read(head, 0, 64, 0);
  } finally {
    await handle.close();
  }
  const byHead = mediaByHead(head);
  if (byHead) return byHead;
  if (!head.subarray(0, 5).equals(Buffer.from('%PDF-')) && !head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return { refused: 'type' };
  const found = recogniseFile(await readFile(path), name);
  if (!found) return { refused: 'type' };
  if ('refused' in found) return { refused: found.refused };
  if (!libraryDocuments.has(found.mediaType)) return { refused: 'type' };
  return { kind: 'dokumen', mediaType: found.mediaType, extension: documentTypes[found.mediaType] };
}
