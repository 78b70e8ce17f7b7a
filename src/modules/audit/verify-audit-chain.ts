import { asc, gt } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { Anchor } from './anchor.ts';
import { anchorMac, auditHash, GENESIS_HASH, legacyAuditHash } from './hash.ts';
import { auditAnchors, auditLog } from './schema.ts';

/**
 * - hash: a row's content no longer matches its HMAC (changed, or the chain was rebuilt without the key)
 * - link: a row does not point at the one before it (a row removed or inserted in the middle)
 * - anchor: a recorded head names a row whose hash or position differs (rows removed or rewritten before it)
 * - truncated: a recorded head names a row that is no longer there (the end of the log was cut off)
 * - anchor_forged: a recorded head's own HMAC is wrong
 *
 * Rows written before the audit key existed carry an unkeyed SHA-256. They are accepted only as the
 * chain's first rows and only when a keyed head recorded at or after the last of them pins them:
 * anyone can recompute SHA-256, but not that head's HMAC.
 */
export type ChainFault = 'hash' | 'link' | 'anchor' | 'truncated' | 'anchor_forged';
export type ChainReport = { ok: true; rows: number; anchors: number } | { ok: false; rows: number; brokenAt: number; reason: ChainFault; anchorRows?: number };

/**
 * Walks the whole audit log in order, recomputes every HMAC and checks it against every recorded
 * head: those in the anchor table and, when given, the one kept in the file outside the database.
 */
export async function verifyAuditChain(db: Queryable, key: Buffer, opts: { fileAnchor?: Anchor | null; pageSize?: number } = {}): Promise<ChainReport> {
  const pageSize = opts.pageSize ?? 1000;
  const anchors: Anchor[] = await db.select().from(auditAnchors).orderBy(asc(auditAnchors.id));
  if (opts.fileAnchor) anchors.push(opts.fileAnchor);
  for (const a of anchors) {
    if (a.mac !== anchorMac(a, key)) return { ok: false, rows: 0, brokenAt: a.lastId, reason: 'anchor_forged', anchorRows: a.rows };
  }
  const byLastId = new Map<number, Anchor[]>();
  for (const a of anchors) byLastId.set(a.lastId, [...(byLastId.get(a.lastId) ?? []), a]);
  let prev = GENESIS_HASH;
  let lastId = 0;
  let rows = 0;
  let legacy = true;
  let lastLegacyId = 0;
  for (;;) {
    const page = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(pageSize);
    for (const row of page) {
      rows++;
      if (row.prevHash !== prev) return { ok: false, rows, brokenAt: row.id, reason: 'link' };
      if (auditHash(row, key) === row.hash) legacy = false;
      else if (legacy && legacyAuditHash(row) === row.hash) lastLegacyId = row.id;
      else return { ok: false, rows, brokenAt: row.id, reason: 'hash' };
      for (const a of byLastId.get(row.id) ?? []) {
        if (a.lastHash !== row.hash || a.rows !== rows) return { ok: false, rows, brokenAt: row.id, reason: 'anchor', anchorRows: a.rows };
      }
      byLastId.delete(row.id);
      prev = row.hash;
      lastId = row.id;
    }
    if (page.length < pageSize) break;
  }
  // Any head still unmatched names a row the log no longer reaches.
  const missing = [...byLastId.values()].flat().sort((a, b) => b.rows - a.rows)[0];
  if (missing) return { ok: false, rows, brokenAt: missing.lastId, reason: 'truncated', anchorRows: missing.rows };
  if (lastLegacyId > 0 && !anchors.some((a) => a.lastId >= lastLegacyId)) return { ok: false, rows, brokenAt: lastLegacyId, reason: 'hash' };
  return { ok: true, rows, anchors: anchors.length };
}
