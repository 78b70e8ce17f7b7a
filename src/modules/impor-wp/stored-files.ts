import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { readUploadsZip, type UploadsArchive } from './read-uploads-zip.ts';
import { readWxr, type WxrExport } from './read-wxr.ts';
import { imporWp } from './schema.ts';

export type ImporRow = typeof imporWp.$inferSelect;

// Between upload and run the files wait in the data folder, never in the database.
const folderOf = (services: Services, id: string) => join(services.config.dataDir, 'impor-wp', id);

/** Where an upload's export waits. */
export const exportPathOf = (services: Services, id: string) => join(folderOf(services, id), 'export.xml');

/** Keeps an upload's files until the import runs. */
export async function storeFiles(services: Services, id: string, wxr: Buffer, zip: Buffer | null): Promise<void> {
  const folder = folderOf(services, id);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'export.xml'), wxr);
  if (zip) await writeFile(join(folder, 'uploads.zip'), zip);
}

/** How long an upload that never ran keeps its files. */
export const KEEP_UNRUN_MS = 3 * 24 * 3600 * 1000;

/** Removes the files of uploads that were never run within KEEP_UNRUN_MS (their rows stay, answering "upload again"). */
export async function sweepOldFiles(services: Services, now = Date.now()): Promise<void> {
  const root = join(services.config.dataDir, 'impor-wp');
  const names = await readdir(root).catch(() => [] as string[]);
  for (const name of names) {
    const info = await stat(join(root, name)).catch(() => null);
    if (info && now - info.mtimeMs > KEEP_UNRUN_MS) await rm(join(root, name), { recursive: true, force: true });
  }
}

/** Removes an import's files (after a successful run, or when the upload is refused). */
export async function removeFiles(services: Services, id: string): Promise<void> {
  await rm(folderOf(services, id), { recursive: true, force: true });
}

/** An import of the tenant, or 404. */
export async function imporInTenant(db: Queryable, tenantId: string, id: string): Promise<ImporRow> {
  const [row] = await db
    .select()
    .from(imporWp)
    .where(and(eq(imporWp.id, id), eq(imporWp.tenantId, tenantId)));
  if (!row) throw new AppError('not_found', 'impor_wp.not_found');
  return row;
}

/** The export and uploads of an import, read again from its files (refused once it has run). */
export async function readStored(services: Services, row: ImporRow): Promise<{ wxr: WxrExport; archive: UploadsArchive | null }> {
  const folder = folderOf(services, row.id);
  const xml = await readFile(exportPathOf(services, row.id), 'utf8').catch(() => {
    throw new AppError('conflict', 'impor_wp.files_gone');
  });
  const zip = row.hasUploads ? await readFile(join(folder, 'uploads.zip')) : null;
  return { wxr: readWxr(xml), archive: zip ? await readUploadsZip(zip) : null };
}
