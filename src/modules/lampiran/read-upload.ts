import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { NewFile } from './add-lampiran.ts';
import { LAMPIRAN_MAX_BYTES } from './limits.ts';

/**
 * The file and optional title of a multipart upload (`berkas`, `judul`). The route's body limit
 * has already refused anything much larger than one file, before it was read.
 */
export async function readUpload(c: Context<AppEnv>): Promise<NewFile> {
  if (!c.req.header('content-type')?.toLowerCase().startsWith('multipart/form-data')) throw new AppError('invalid', 'lampiran.multipart_required', 'berkas');
  const body = await c.req.parseBody().catch(() => {
    throw new AppError('invalid', 'lampiran.upload_unreadable', 'berkas');
  });
  const part = body.berkas;
  if (!(part instanceof File) || part.size === 0) throw new AppError('invalid', 'lampiran.file_required', 'berkas');
  if (part.size > LAMPIRAN_MAX_BYTES) throw new AppError('invalid', 'lampiran.too_large', 'berkas', { mb: LAMPIRAN_MAX_BYTES / 1024 / 1024 });
  const title = typeof body.judul === 'string' ? body.judul.trim() : '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters in a title are refused
  if (title.length > 300 || /[\u0000-\u001f\u007f]/.test(title)) throw new AppError('invalid', 'lampiran.title_invalid', 'judul');
  return { title: title || null, fileName: part.name, bytes: Buffer.from(await part.arrayBuffer()) };
}
