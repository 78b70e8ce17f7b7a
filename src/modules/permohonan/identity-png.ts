/** The eight bytes every PNG starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The only PNG chunks copied; every other chunk (tEXt, zTXt, iTXt with location text, eXIf with
 * GPS, tIME, private chunks of any editor or camera, APNG frames …) is dropped, known or not.
 * - IHDR, PLTE, IDAT, IEND: the image itself.
 * - tRNS: transparency; without it a palette or keyed-colour image shows a different picture.
 * - gAMA, cHRM, sRGB: a few numbers (or one byte) that say how to map the samples to colour; a
 *   scan saved with a gamma other than sRGB's would otherwise show too dark or too light.
 * - pHYs: pixel density (two numbers and a unit), so a printed copy of a KTP keeps its real size.
 * Left out on purpose: iCCP (its profile name is free text and a profile carries free-text tags;
 * gAMA/cHRM/sRGB give a close enough rendering), sBIT (precision hint, no effect on display),
 * bKGD, hIST, sPLT (display hints a viewer may ignore).
 */
const PNG_KEPT = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'pHYs']);

/**
 * Copies the PNG's kept chunks unchanged (nothing is recomputed: each keeps its own CRC), from
 * IHDR to IEND; bytes after IEND are dropped. Null when the chunk structure does not hold.
 */
export function stripPng(bytes: Buffer): Buffer | null {
  const out: Buffer[] = [PNG_SIGNATURE];
  let pos = PNG_SIGNATURE.length;
  let first = true;
  let sawData = false;
  while (pos + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    const end = pos + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.length) return null;
    if (first && (type !== 'IHDR' || length !== 13)) return null;
    first = false;
    if (type === 'IDAT') sawData = true;
    if (PNG_KEPT.has(type)) out.push(bytes.subarray(pos, end));
    if (type === 'IEND') return sawData ? Buffer.concat(out) : null;
    pos = end;
  }
  return null; // no IEND
}
