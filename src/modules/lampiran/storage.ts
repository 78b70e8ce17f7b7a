import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { lampiranIsi } from './schema.ts';

/**
 * Where attachment bytes live. Today in the database (`lampiran_isi`): backups carry them and every
 * process on one PostgreSQL sees them. A media library can later put them in a folder or S3
 * behind the same three calls.
 */
export type LampiranStorage = {
  put(db: Queryable, lampiranId: string, bytes: Buffer): Promise<void>;
  get(db: Queryable, lampiranId: string): Promise<Buffer | null>;
  remove(db: Queryable, lampiranId: string): Promise<void>;
};

export const databaseStorage: LampiranStorage = {
  async put(db, lampiranId, bytes) {
    await db.insert(lampiranIsi).values({ lampiranId, bytes });
  },
  async get(db, lampiranId) {
    const [row] = await db.select({ bytes: lampiranIsi.bytes }).from(lampiranIsi).where(eq(lampiranIsi.lampiranId, lampiranId));
    return row?.bytes ?? null;
  },
  async remove(db, lampiranId) {
    await db.delete(lampiranIsi).where(eq(lampiranIsi.lampiranId, lampiranId));
  },
};

/** The storage in use. */
export const lampiranStorage: LampiranStorage = databaseStorage;
