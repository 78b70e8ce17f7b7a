import { cleanPdf, type PdfRefusal } from './identity-pdf.ts';
import { PNG_SIGNATURE, stripPng } from './identity-png.ts';

/** The largest identity copy the public form takes: a phone photo of a KTP or a scanned deed fits easily. */
export const IDENTITY_MAX_BYTES = 2 * 1024 * 1024;

export type IdentityMediaType = 'image/jpeg' | 'image/png' | 'application/pdf';

export type IdentityFile = { mediaType: IdentityMediaType; bytes: Buffer };

/** A file that is what it claims but is refused anyway, with the reason the citizen is told. */
export type IdentityRefusal = { refused: PdfRefusal };

/**
 * Recognises a JPEG, PNG or PDF by its content (never by the name or the browser's type) and
 * returns it without the metadata that can hold where and when a photo was taken. Anything
 * else, or a file whose structure does not hold together, is refused (null); a PDF with active
 * content or parts that cannot be checked is refused with its reason.
 */
export function readIdentityFile(input: Uint8Array): IdentityFile | IdentityRefusal | null {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length === 0 || bytes.length > IDENTITY_MAX_BYTES) return null;
  if (startsWith(bytes, JPEG_SOI)) return wrap('image/jpeg', stripJpeg(bytes));
  if (startsWith(bytes, PNG_SIGNATURE)) return wrap('image/png', stripPng(bytes));
  // Deeds of legal entities usually arrive as PDF, so they are taken, but only a plain one: see
  // identity-pdf.ts for what is refused (active content) and what is blanked (Info, XMP).
  if (startsWith(bytes, PDF_HEADER) && bytes.subarray(-1024).includes(PDF_EOF)) {
    const pdf = cleanPdf(bytes);
    return 'refused' in pdf ? pdf : wrap('application/pdf', pdf.bytes);
  }
  return null;
}

const JPEG_SOI = Buffer.from([0xff, 0xd8]);
const PDF_HEADER = Buffer.from('%PDF-');
const PDF_EOF = Buffer.from('%%EOF');

export const startsWith = (bytes: Buffer, prefix: Buffer) => bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
const wrap = (mediaType: IdentityMediaType, bytes: Buffer | null): IdentityFile | null => (bytes ? { mediaType, bytes } : null);

// APP0 is kept only as JFIF (pixel density) and without its thumbnail, which an editor may leave
// showing the uncropped photo; APP2 only as an ICC colour profile; APP14 only as Adobe's
// colour-transform flag (without it a CMYK scan decodes with wrong colours; it holds four numbers,
// nothing about a person). Every other APPn (APP1 EXIF/XMP with GPS, APP13 Photoshop IPTC, MPF
// thumbnails, maker notes …) and comments are dropped. Returns the segment to write, or null.
function keptJpegSegment(marker: number, segment: Buffer): Buffer | null {
  const body = segment.subarray(4);
  if (marker === 0xfe) return null;
  if (marker < 0xe0 || marker > 0xef) return segment;
  if (marker === 0xe0 && startsWith(body, Buffer.from('JFIF\0')) && body.length >= 14) {
    const jfif = Buffer.from(segment.subarray(0, 4 + 14));
    jfif.writeUInt16BE(16, 2);
    jfif[4 + 12] = 0; // thumbnail width
    jfif[4 + 13] = 0; // thumbnail height
    return jfif;
  }
  if (marker === 0xe2 && startsWith(body, Buffer.from('ICC_PROFILE\0'))) return segment;
  if (marker === 0xee && startsWith(body, Buffer.from('Adobe')) && body.length === 12) return segment;
  return null;
}

/**
 * Walks the JPEG's marker segments up to EOI, copying what is kept; the entropy-coded data after
 * each SOS is copied as it is (0xFF00 stuffing and RSTn belong to it). Bytes after EOI are dropped.
 */
export function stripJpeg(bytes: Buffer): Buffer | null {
  const out: Buffer[] = [JPEG_SOI];
  let pos = 2;
  let sawScan = false;
  while (pos + 1 < bytes.length) {
    if (bytes[pos] !== 0xff) return null;
    const marker = bytes[pos + 1]!;
    if (marker === 0xff) {
      pos += 1; // fill byte before a marker
      continue;
    }
    if (marker === 0xd9) {
      if (!sawScan) return null;
      out.push(Buffer.from([0xff, 0xd9]));
      return Buffer.concat(out);
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) return null; // no such standalone marker here
    if (pos + 4 > bytes.length) return null;
    const length = bytes.readUInt16BE(pos + 2);
    const end = pos + 2 + length;
    if (length < 2 || end > bytes.length) return null;
    const kept = keptJpegSegment(marker, bytes.subarray(pos, end));
    if (kept) out.push(kept);
    pos = end;
    if (marker === 0xda) {
      sawScan = true;
      const scanEnd = endOfScan(bytes, pos);
      out.push(bytes.subarray(pos, scanEnd));
      pos = scanEnd;
    }
  }
  return null; // no EOI
}

// The first marker after entropy-coded data: 0xFF followed by neither 0x00 (stuffing) nor RSTn.
function endOfScan(bytes: Buffer, from: number): number {
  for (let i = from; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0xff) continue;
    const next = bytes[i + 1]!;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) continue;
    if (next === 0xff) continue; // fill bytes: the marker starts at the last 0xFF
    return i;
  }
  return bytes.length;
}
