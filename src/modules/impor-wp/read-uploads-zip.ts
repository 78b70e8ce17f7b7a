import yauzl from 'yauzl';
import { AppError } from '../../lib/errors.ts';

/** Limits on the uploads archive: more is refused whole, before anything is unpacked. */
export const ZIP_LIMITS = { entries: 20_000, totalBytes: 512 * 1024 * 1024, fileBytes: 40 * 1024 * 1024 };

export type UploadsArchive = {
  /** Images by their path below `uploads/` (e.g. `2026/12/foto.jpg`), recognised by content. */
  images: Map<string, Buffer>;
  /** Files left out: not an image by content, or a size copy WordPress made of an image that is there. */
  skipped: number;
};

// The size copies WordPress writes beside an original: `foto-300x200.jpg`.
const sizeCopy = /-\d+x\d+(\.[a-z0-9]+)$/i;

/** Whether the bytes are a JPEG, PNG, GIF or WebP picture (the signatures, not the name). */
export function isImageBytes(b: Buffer): boolean {
  if (b.length < 12) return false;
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return true;
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return true;
  if (b.subarray(0, 4).toString('latin1') === 'GIF8') return true;
  return b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP';
}

/** A path inside the archive as a key below `uploads/`; null when it is unsafe (absolute, `..`). */
export function uploadsKey(name: string): string | null {
  const clean = name.replace(/\\/g, '/');
  if (clean.startsWith('/') || /^[a-z]:/i.test(clean) || clean.split('/').some((part) => part === '..')) return null;
  const at = clean.lastIndexOf('uploads/');
  return at >= 0 ? clean.slice(at + 'uploads/'.length) : clean;
}

const unsafe = () => new AppError('invalid', 'impor_wp.zip_unsafe_path', 'arsip');

function open(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => (err || !zip ? reject(err) : resolve(zip))),
  );
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      entries.push(e);
      if (entries.length > ZIP_LIMITS.entries) reject(new AppError('invalid', 'impor_wp.zip_too_large', 'arsip'));
      else zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        // yauzl also checks the declared size; this guards the sum we promised ourselves.
        if (size > ZIP_LIMITS.fileBytes) stream.destroy(new AppError('invalid', 'impor_wp.zip_too_large', 'arsip'));
        else chunks.push(c);
      });
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    }),
  );
}

/**
 * Reads a zip of `wp-content/uploads`. The whole archive is refused when an entry's path leaves
 * the folder (`../`, absolute) or the declared sizes add up past the limit (a zip bomb); while
 * unpacking, yauzl refuses an entry whose real size differs from the declared one. Only pictures
 * (by content) are kept, and not WordPress's own size copies when their original is there.
 */
export async function readUploadsZip(bytes: Buffer): Promise<UploadsArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
  } catch {
    throw new AppError('invalid', 'impor_wp.zip_invalid', 'arsip');
  }
  try {
    const entries = await listEntries(zip).catch((e) => {
      if (e instanceof AppError) throw e;
      // yauzl's own refusals of unsafe names ("invalid relative path", "absolute path").
      if (/relative path|absolute path|invalid characters/i.test(String(e?.message))) throw unsafe();
      throw new AppError('invalid', 'impor_wp.zip_invalid', 'arsip');
    });
    let total = 0;
    const files = entries.filter((e) => !e.fileName.endsWith('/'));
    for (const e of files) {
      if (uploadsKey(e.fileName) === null) throw unsafe();
      total += e.uncompressedSize;
    }
    if (total > ZIP_LIMITS.totalBytes) throw new AppError('invalid', 'impor_wp.zip_too_large', 'arsip');
    const names = new Set(files.map((e) => uploadsKey(e.fileName)));
    const images = new Map<string, Buffer>();
    let skipped = 0;
    for (const e of files) {
      const key = uploadsKey(e.fileName)!;
      const original = key.replace(sizeCopy, '$1');
      if ((original !== key && names.has(original)) || e.uncompressedSize > ZIP_LIMITS.fileBytes) {
        skipped++;
        continue;
      }
      const data = await readEntry(zip, e).catch((err) => {
        if (err instanceof AppError) throw err;
        throw new AppError('invalid', 'impor_wp.zip_invalid', 'arsip');
      });
      if (isImageBytes(data)) images.set(key, data);
      else skipped++;
    }
    return { images, skipped };
  } finally {
    zip.close();
  }
}
