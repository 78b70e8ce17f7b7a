import { derivativeFileName, mediaKeys } from './keys.ts';
import type { ImageCopy } from './process-image.ts';
import type { Derivative, MediaRow } from './schema.ts';
import type { MediaStorage } from './storage.ts';

/** Puts responsive copies into storage; the key carries the content's hash, so a URL never changes meaning. */
export async function storeDerivatives(
  storage: MediaStorage,
  row: Pick<MediaRow, 'tenantId' | 'id'>,
  copies: ImageCopy[],
  prefix: '' | 'poster-',
): Promise<Derivative[]> {
  const stored: Derivative[] = [];
  for (const copy of copies) {
    const ext = copy.format === 'jpeg' ? 'jpg' : 'webp';
    const key = mediaKeys.derivative(row.tenantId, row.id, `${prefix}${copy.width}-${copy.etag}.${ext}`);
    await storage.put(key, copy.bytes, copy.format === 'jpeg' ? 'image/jpeg' : 'image/webp');
    stored.push({ width: copy.width, format: copy.format, key, bytes: copy.bytes.length, etag: copy.etag });
  }
  return stored;
}

/** The stored copy a public file name (`640.webp`, `poster-320.jpg`) stands for. */
export function findDerivative(derivatives: Derivative[], file: string): Derivative | undefined {
  return derivatives.find((d) => derivativeFileName(d) === file);
}
