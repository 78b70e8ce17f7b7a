import { describe, expect, it } from 'vitest';
import { IDENTITY_MAX_BYTES, readIdentityFile } from './identity-file.ts';
import { craftedJpeg, craftedPdf, craftedPng } from './identity-test-files.ts';

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

  it('drops a PNG’s text, time and EXIF chunks and keeps IHDR, IDAT and IEND', () => {
    const file = readIdentityFile(craftedPng())!;
    expect(file.mediaType).toBe('image/png');
    for (const gone of ['tEXt', 'iTXt', 'zTXt', 'tIME', 'eXIf', 'Pemohon Uji', 'GPSLatitude']) expect(has(file.bytes, gone)).toBe(false);
    for (const kept of ['IHDR', 'IDAT', 'IEND']) expect(has(file.bytes, kept)).toBe(true);
    expect(file.bytes.subarray(-8).toString('latin1', 0, 4)).toBe('IEND');
  });

  it('refuses a PNG without IHDR first or without IEND, or with a chunk longer than the file', () => {
    const png = craftedPng();
    expect(readIdentityFile(png.subarray(0, png.length - 12))).toBeNull();
    const lying = Buffer.from(png);
    lying.writeUInt32BE(0x7fffffff, 8);
    expect(readIdentityFile(lying)).toBeNull();
    expect(readIdentityFile(Buffer.concat([png.subarray(0, 8), png.subarray(33)]))).toBeNull();
  });

  it('keeps a PDF as sent', () => {
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
