import { describe, expect, it } from 'vitest';
import { IDENTITY_MAX_BYTES, type IdentityFile, readIdentityFile as readAny } from './identity-file.ts';
import { craftedJpeg, craftedPdf, craftedPng, pngChunk } from './identity-test-files.ts';

// The accepted file (or null); refusals of PDFs are checked in identity-pdf.test.ts.
const readIdentityFile = (bytes: Uint8Array) => readAny(bytes) as IdentityFile | null;

const has = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'latin1'));

describe('readIdentityFile', () => {
  it('keeps a JPEG’s image, JFIF, ICC profile and Adobe colour flag but drops EXIF, XMP, IPTC, thumbnails and comments', () => {
    const original = craftedJpeg();
    const file = readIdentityFile(original)!;
    expect(file.mediaType).toBe('image/jpeg');
    const out = file.bytes;
    for (const gone of ['Exif', 'GPSLatitude', 'ns.adobe.com', 'Photoshop', 'Dibuat di rumah', 'hidden note']) expect(has(out, gone)).toBe(false);
    for (const kept of ['ICC_PROFILE', 'Adobe\0']) expect(has(out, kept)).toBe(true);
    // JFIF stays, with its thumbnail cut off and the segment length fixed to 16.
    expect(out.subarray(2, 20).toString('hex')).toBe('ffe000104a46494600010100000100010000');
    expect(has(out, 'THUMBS')).toBe(false);
    expect([...out.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect([...out.subarray(-2)]).toEqual([0xff, 0xd9]);
    // The scan, with its stuffing and restart marker, is copied unchanged.
    expect(out.includes(Buffer.from([0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0, 0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd9]))).toBe(true);
    expect(out.length).toBeLessThan(original.length);
  });

  it('drops what follows a JPEG’s end and refuses a truncated or broken one', () => {
    const original = craftedJpeg();
    expect(readIdentityFile(Buffer.concat([original, Buffer.from('ekor tersembunyi')]))!.bytes.includes(Buffer.from('ekor'))).toBe(false);
    expect(readIdentityFile(original.subarray(0, original.length - 2))).toBeNull();
    expect(readIdentityFile(original.subarray(0, 30))).toBeNull();
    expect(readIdentityFile(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
  });

  it('drops a PNG’s text, time, EXIF, colour-profile and private chunks and keeps the image and its display chunks unchanged', () => {
    const png = craftedPng();
    const file = readIdentityFile(png)!;
    expect(file.mediaType).toBe('image/png');
    const gone = [
      'tEXt',
      'iTXt',
      'zTXt',
      'tIME',
      'eXIf',
      'iCCP',
      'sBIT',
      'prVt',
      'loCa',
      'acTL',
      'Pemohon Uji',
      'GPSLatitude',
      'Kupang',
      'Rumah pemohon',
      'profil warna',
    ];
    for (const text of gone) expect(has(file.bytes, text), text).toBe(false);
    for (const kept of ['IHDR', 'PLTE', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'pHYs', 'IDAT', 'IEND']) expect(has(file.bytes, kept), kept).toBe(true);
    // Exactly the signature and the kept chunks, in their order, byte for byte (CRCs included).
    const keptChunks = ['IHDR', 'gAMA', 'cHRM', 'sRGB', 'PLTE', 'tRNS', 'pHYs', 'IDAT', 'IEND'].map((type) => chunkOf(png, type));
    expect(file.bytes.equals(Buffer.concat([png.subarray(0, 8), ...keptChunks]))).toBe(true);
  });

  it('refuses a PNG without image data or with a malformed header', () => {
    const png = craftedPng();
    const withoutData = Buffer.concat([png.subarray(0, 8), chunkOf(png, 'IHDR'), chunkOf(png, 'IEND')]);
    expect(readIdentityFile(withoutData)).toBeNull();
    const shortHeader = Buffer.concat([png.subarray(0, 8), pngChunk('IHDR', Buffer.alloc(4)), chunkOf(png, 'IDAT'), chunkOf(png, 'IEND')]);
    expect(readIdentityFile(shortHeader)).toBeNull();
  });

  it('refuses a PNG without IHDR first or without IEND, or with a chunk longer than the file', () => {
    const png = craftedPng();
    expect(readIdentityFile(png.subarray(0, png.length - 12))).toBeNull();
    const lying = Buffer.from(png);
    lying.writeUInt32BE(0x7fffffff, 8);
    expect(readIdentityFile(lying)).toBeNull();
    expect(readIdentityFile(Buffer.concat([png.subarray(0, 8), png.subarray(33)]))).toBeNull();
  });

  it('keeps a plain PDF without metadata as sent', () => {
    const pdf = craftedPdf();
    expect(readIdentityFile(pdf)).toEqual({ mediaType: 'application/pdf', bytes: pdf });
    expect(readIdentityFile(Buffer.from('%PDF-1.4 tanpa akhir'))).toBeNull();
  });

  it('judges by content: text named .jpg, HTML and an empty or oversized file are refused', () => {
    expect(readIdentityFile(Buffer.from('ini sebenarnya teks biasa'))).toBeNull();
    expect(readIdentityFile(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(readIdentityFile(Buffer.alloc(0))).toBeNull();
    const big = Buffer.concat([craftedPdf(), Buffer.alloc(IDENTITY_MAX_BYTES)]);
    expect(readIdentityFile(big)).toBeNull();
  });
});

// The whole chunk (length, type, data, CRC) of the first chunk of this type.
function chunkOf(png: Buffer, type: string): Buffer {
  let pos = 8;
  while (pos < png.length) {
    const end = pos + 12 + png.readUInt32BE(pos);
    if (png.toString('latin1', pos + 4, pos + 8) === type) return png.subarray(pos, end);
    pos = end;
  }
  throw new Error(`no ${type}`);
}
