import { createHash } from 'node:crypto';
import decodeHeic from 'heic-decode';
import sharp, { type Sharp } from 'sharp';

/** The widths of the responsive copies; an image is never enlarged to reach one. */
export const DERIVATIVE_WIDTHS = [320, 640, 1024, 1600] as const;

export type ImageCopy = { width: number; height: number; format: 'webp' | 'jpeg'; bytes: Buffer; etag: string };

export type ProcessedImage = {
  /** The original as kept: orientation applied, every EXIF/XMP/IPTC block gone; HEIC becomes JPEG. */
  original: { bytes: Buffer; mediaType: string; extension: string };
  width: number;
  height: number;
  derivatives: ImageCopy[];
};

const etagOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 20);

/**
 * sharp's prebuilt libvips reads HEIF but not its HEVC pictures (a patent matter), so a phone's HEIC
 * is decoded by libheif compiled to WebAssembly (heic-decode) into pixels first. libheif applies
 * the file's rotation while decoding.
 */
async function openImage(bytes: Buffer, mediaType: string): Promise<Sharp> {
  if (mediaType === 'image/heic') {
    const { width, height, data } = await decodeHeic({ buffer: bytes });
    return sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels: 4 } });
  }
  // `rotate()` turns the picture as its EXIF orientation says, before the EXIF is dropped.
  return sharp(bytes, { failOn: 'error' }).rotate();
}

/**
 * Cleans a photo and makes its responsive copies (WebP and JPEG per width). sharp writes no
 * metadata unless asked, so neither the original as kept nor any copy carries where or with what
 * camera it was taken. Throws when the content is not a decodable image.
 */
export async function processImage(bytes: Buffer, mediaType: string): Promise<ProcessedImage> {
  // One decoded, upright picture; every output is made from it.
  const { data, info } = await (await openImage(bytes, mediaType)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const base = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const original = await encodeOriginal(base(), mediaType);
  const widths: number[] = DERIVATIVE_WIDTHS.filter((w) => w < info.width);
  // The full width too up to the largest size (a photo exactly 1600 px wide included), so the
  // sharpest copy is the photo itself.
  if (info.width <= DERIVATIVE_WIDTHS[DERIVATIVE_WIDTHS.length - 1]!) widths.push(info.width);
  const derivatives: ImageCopy[] = [];
  for (const width of widths) {
    for (const format of ['webp', 'jpeg'] as const) {
      const resized = base().resize({ width, withoutEnlargement: true });
      const out = await (format === 'webp'
        ? resized.webp({ quality: 80 })
        : resized.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true })
      ).toBuffer({
        resolveWithObject: true,
      });
      derivatives.push({ width: out.info.width, height: out.info.height, format, bytes: out.data, etag: etagOf(out.data) });
    }
  }
  return { original, width: info.width, height: info.height, derivatives };
}

async function encodeOriginal(image: Sharp, mediaType: string): Promise<ProcessedImage['original']> {
  switch (mediaType) {
    case 'image/png':
      return { bytes: await image.png().toBuffer(), mediaType, extension: 'png' };
    case 'image/webp':
      return { bytes: await image.webp({ quality: 90 }).toBuffer(), mediaType, extension: 'webp' };
    case 'image/gif':
      return { bytes: await image.gif().toBuffer(), mediaType, extension: 'gif' };
    default:
      // JPEG stays JPEG; HEIC becomes JPEG, which every browser and office program opens.
      return {
        bytes: await image.flatten({ background: '#ffffff' }).jpeg({ quality: 90, mozjpeg: true }).toBuffer(),
        mediaType: 'image/jpeg',
        extension: 'jpg',
      };
  }
}
