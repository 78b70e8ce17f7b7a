import { desc, sql } from 'drizzle-orm';
import type { Tx } from '../../db/types.ts';
import { canonicalJson } from '../../lib/canonical-json.ts';
import { installedAuditKey } from './audit-key.ts';
import { auditHash, GENESIS_HASH } from './hash.ts';
import { auditLog } from './schema.ts';

export type Actor = { userId: string | null; label: string; tenantId: string | null };

export const systemActor: Actor = { userId: null, label: 'sistem', tenantId: null };

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  tenantId?: string | null;
  before?: unknown;
  after?: unknown;
};

// Keys never copied into the audit trail: they are secrets, not history.
const secretKeys = /password|secret|token|totp/i;

function withoutSecrets(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(canonicalJson(value), (key, v) => (key && secretKeys.test(key) ? '[hidden]' : v));
}

/**
 * Appends one audit row inside the caller's transaction, chained to the previous row by an HMAC
 * under the audit key.
 * The advisory lock serialises writers so two transactions cannot chain to the same row.
 */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('warta:audit'))`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const row = {
    tenantId: entry.tenantId ?? actor.tenantId,
    at: new Date(),
    actorId: actor.userId,
    actorLabel: actor.label,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: withoutSecrets(entry.before),
    after: withoutSecrets(entry.after),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditLog).values({ ...row, hash: auditHash(row, installedAuditKey()) });
}

/** The audit actor for a signed-in user. */
export function actorOf(user: { id: string; email: string; tenantId: string }): Actor {
  return { userId: user.id, label: user.email, tenantId: user.tenantId };
}
