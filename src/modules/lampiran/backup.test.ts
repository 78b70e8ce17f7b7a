import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/open.ts';
import { restoreBackup } from '../../ops/restore-backup.ts';
import { freshPglite, freshPostgres, seedBackupData, testAuditKey } from '../../ops/test-databases.ts';
import { writeBackup } from '../../ops/write-backup.ts';
import { lampiran, lampiranIsi } from './schema.ts';
import { lampiranStorage } from './storage.ts';

const onPostgres = process.env.WARTA_TEST_DRIVER === 'postgres';
const cleanups: Array<() => Promise<void>> = [];
let dir: string;

async function fresh(): Promise<Database> {
  if (onPostgres) {
    const opened = await freshPostgres(process.env.TEST_DATABASE_URL as string);
    cleanups.push(opened.drop);
    return opened.database;
  }
  const database = await freshPglite();
  cleanups.push(() => database.close());
  return database;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-lampiran-'));
});
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('attachments in a backup', () => {
  it('come back byte for byte after backup and restore (every byte value, 256 KB long)', async () => {
    const source = await fresh();
    const { tenant } = await seedBackupData(source);
    const bytes = Buffer.alloc(256 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + (i >> 8)) & 0xff;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const [row] = await source.db
      .insert(lampiran)
      .values({
        tenantId: tenant.id,
        ownerKind: 'informasi',
        ownerId: '00000000-0000-4000-8000-0000000000aa',
        kind: 'file',
        title: 'Uji',
        fileName: 'uji.zip',
        mediaType: 'application/zip',
        size: bytes.length,
        sha256,
      })
      .returning();
    await lampiranStorage.put(source.db, row!.id, bytes);

    const file = join(dir, `cadangan-${process.env.WARTA_TEST_DRIVER}.jsonl.gz`);
    await writeBackup(source, file);
    const target = await fresh();
    expect((await restoreBackup(target, file, testAuditKey())).audit.ok).toBe(true);
    const restored = await lampiranStorage.get(target.db, row!.id);
    expect(restored?.length).toBe(bytes.length);
    expect(createHash('sha256').update(restored!).digest('hex')).toBe(sha256);
    expect(await target.db.select().from(lampiran)).toEqual(await source.db.select().from(lampiran));
    expect(await target.db.select({ id: lampiranIsi.lampiranId }).from(lampiranIsi)).toEqual([{ id: row!.id }]);
  });
});
