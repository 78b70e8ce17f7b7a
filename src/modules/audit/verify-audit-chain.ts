import { asc, gt } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { auditHash, GENESIS_HASH } from './hash.ts';
import { auditLog } from './schema.ts';

export type ChainReport = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: number; reason: 'hash' | 'link' };

/** Walks the whole audit log in order and recomputes every hash; reports the first broken row. */
export async function verifyAuditChain(db: Queryable, pageSize = 1000): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let lastId = 0;
  let rows = 0;
  for (;;) {
    const page = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(pageSize);
    for (const row of page) {
      rows++;
      if (row.prevHash !== prev) return { ok: false, rows, brokenAt: row.id, reason: 'link' };
      if (auditHash(row) !== row.hash) return { ok: false, rows, brokenAt: row.id, reason: 'hash' };
      prev = row.hash;
      lastId = row.id;
    }
    if (page.length < pageSize) return { ok: true, rows };
  }
}
