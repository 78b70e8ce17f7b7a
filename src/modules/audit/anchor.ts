import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { desc, sql } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Db } from '../../db/types.ts';
import type { Services } from '../../services.ts';
import { auditKeyOf } from './audit-key.ts';
import { type AnchorFields, anchorMac } from './hash.ts';
import { auditAnchors, auditLog } from './schema.ts';

export type Anchor = AnchorFields & { mac: string };

/** The file beside the data that keeps the latest head, out of reach of whoever holds only the database. */
export function anchorFileOf(dataDir: string): string {
  return join(dataDir, 'audit-anchor.json');
}

/** The head kept in the file, or null when there is none yet. A file that is not an anchor is reported as one that cannot match. */
export function readAnchorFile(file: string): Anchor | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const a = JSON.parse(text) as Anchor;
    return { rows: Number(a.rows), lastId: Number(a.lastId), lastHash: String(a.lastHash), at: String(a.at), mac: String(a.mac) };
  } catch {
    return { rows: Number.NaN, lastId: Number.NaN, lastHash: '', at: new Date(0).toISOString(), mac: '' };
  }
}

/**
 * Writes the head to the file, unless the file holds a later one: that evidence of a cut is kept
 * for audit-verify. Only a restore, the operator's deliberate new start, replaces it regardless.
 */
function writeAnchorFile(file: string, anchor: Anchor, replace: boolean): boolean {
  const kept = replace ? null : readAnchorFile(file);
  if (kept && !(kept.lastId <= anchor.lastId)) return false;
  mkdirSync(dirname(file), { recursive: true });
  const part = `${file}.${process.pid}.tmp`;
  writeFileSync(part, `${JSON.stringify({ ...anchor, at: new Date(anchor.at).toISOString() })}\n`, { mode: 0o600 });
  renameSync(part, file);
  return true;
}

/**
 * Records the chain's current head: in the append-only anchor table (when it moved since the
 * last anchor) and in the file. Taken under the audit writers' lock so the head is consistent.
 */
export async function recordAuditAnchor(
  db: Db,
  key: Buffer,
  file: string | null,
  opts: { replaceFile?: boolean } = {},
): Promise<{ anchor: Anchor | null; fileWritten: boolean }> {
  const anchor = await inTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('warta:audit'))`);
    const [last] = await tx.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    if (!last) return null;
    const [{ rows } = { rows: 0 }] = await tx.select({ rows: sql<number>`count(*)::int` }).from(auditLog);
    const [previous] = await tx.select().from(auditAnchors).orderBy(desc(auditAnchors.id)).limit(1);
    if (previous && previous.lastId === last.id) return previous;
    const head = { rows: Number(rows), lastId: last.id, lastHash: last.hash, at: new Date() };
    const [inserted] = await tx
      .insert(auditAnchors)
      .values({ ...head, mac: anchorMac(head, key) })
      .returning();
    return inserted!;
  });
  return { anchor, fileWritten: anchor !== null && file !== null && writeAnchorFile(file, anchor, opts.replaceFile ?? false) };
}

export const AUDIT_ANCHOR_QUEUE = 'audit.anchor';
/** Every ten minutes: at most the last ten minutes of rows can be cut off unnoticed. */
export const AUDIT_ANCHOR_CRON = '*/10 * * * *';

/** Registers the periodic anchor; the returned function records a last one (called at shutdown). */
export async function startAuditAnchorJob(services: Services): Promise<() => Promise<void>> {
  const key = auditKeyOf(services.secrets);
  const file = anchorFileOf(services.config.dataDir);
  const anchorNow = async () => {
    const { anchor, fileWritten } = await recordAuditAnchor(services.db, key, file);
    if (anchor && !fileWritten) services.log.error('audit log is behind its anchor file: run audit-verify', { file });
  };
  await services.jobs.work(AUDIT_ANCHOR_QUEUE, { retryLimit: 2, retryDelaySeconds: 60 }, anchorNow);
  await services.jobs.schedule(AUDIT_ANCHOR_QUEUE, AUDIT_ANCHOR_CRON, {});
  await anchorNow();
  return () => anchorNow().catch((err) => services.log.error('audit anchor at shutdown failed', { err }));
}
