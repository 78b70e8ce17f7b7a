// Crafted files for the identity-upload tests: structurally valid, tiny, and with the metadata a
// phone camera or an editor leaves behind, so stripping can be checked byte by byte.

const segment = (marker: number, body: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
};

/** An EXIF APP1 with a GPS IFD pointer and a latitude, as a phone would write it (abridged). */
export const EXIF_GPS_BODY = Buffer.concat([Buffer.from('Exif\0\0MM\0*\0\0\0\x08', 'latin1'), Buffer.from('GPSLatitude -10.1772 S', 'latin1')]);

/** A baseline JPEG: JFIF APP0, EXIF APP1 with GPS, XMP APP1, ICC APP2, IPTC APP13, Adobe APP14 (and a padded one), a comment, tables, one scan. */
export function craftedJpeg(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    // JFIF with a 2×1 RGB thumbnail.
    segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\x02\x01THUMBS', 'latin1')),
    segment(0xe1, EXIF_GPS_BODY),
    segment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>exif:GPSLatitude</x:xmpmeta>', 'latin1')),
    segment(0xe2, Buffer.from('ICC_PROFILE\0\x01\x01profile-bytes', 'latin1')),
    segment(0xed, Buffer.from('Photoshop 3.0\0IPTC city Kupang', 'latin1')),
    segment(0xee, Buffer.from('Adobe\0\x64\0\0\0\0\x01', 'latin1')),
    segment(0xee, Buffer.from('Adobe\0\x64\0\0\0\0\x01 plus a hidden note', 'latin1')),
    segment(0xfe, Buffer.from('Dibuat di rumah pemohon', 'latin1')),
    segment(0xdb, Buffer.alloc(65, 1)),
    segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
    segment(0xc4, Buffer.alloc(20, 0)),
    segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    // Entropy-coded data with a stuffed 0xFF00 and a restart marker, which belong to the scan.
    Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]),
    Buffer.from([0xff, 0xd9]),
  ]);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** One PNG chunk with its correct CRC. */
export const pngChunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/**
 * A 1×1 palette PNG with its display chunks (PLTE, tRNS, gAMA, cHRM, sRGB, pHYs) and what a phone
 * or editor leaves: tEXt, iTXt, zTXt, tIME, eXIf, an iCCP profile with a free-text name, sBIT,
 * an APNG control chunk and two private chunks (one with location text), some between the IDATs' neighbours.
 */
export function craftedPng(): Buffer {
  const chunk = pngChunk;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 3, 0, 0, 0])),
    chunk('tEXt', Buffer.from('Author\0Pemohon Uji', 'latin1')),
    chunk('iCCP', Buffer.from('Rumah pemohon profil warna\0\0x', 'latin1')),
    chunk('sBIT', Buffer.from([8, 8, 8])),
    chunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f])),
    chunk('cHRM', Buffer.alloc(32, 1)),
    chunk('sRGB', Buffer.from([0])),
    chunk('PLTE', Buffer.from([255, 0, 0])),
    chunk('tRNS', Buffer.from([128])),
    chunk('pHYs', Buffer.from([0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1])),
    chunk('iTXt', Buffer.from('Location\0\0\0\0\0Kupang', 'latin1')),
    chunk('prVt', Buffer.from('Kupang -10.1772', 'latin1')),
    chunk('acTL', Buffer.from([0, 0, 0, 1, 0, 0, 0, 0])),
    chunk('zTXt', Buffer.from('Comment\0\0x', 'latin1')),
    chunk('tIME', Buffer.from([7, 234, 11, 23, 8, 0, 0])),
    chunk('eXIf', EXIF_GPS_BODY.subarray(6)),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x60, 0, 0, 0, 2, 0, 1])),
    chunk('loCa', Buffer.from('GPS -10.17 123.6', 'latin1')),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal one-page PDF. */
export function craftedPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}

/** A one-page PDF that runs JavaScript when opened. */
export function craftedActivePdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R/OpenAction<</S/JavaScript/JS(app.alert\\(1\\))>>>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}
