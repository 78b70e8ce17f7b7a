import { canonicalJson } from '../../lib/canonical-json.ts';
import { sha256 } from '../../lib/crypto.ts';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainedFields = {
  tenantId: string | null;
  at: Date | string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
};

/** The hash of one audit row, over its content and the previous row's hash. */
export function auditHash(row: ChainedFields): string {
  return sha256(
    canonicalJson({
      tenantId: row.tenantId,
      at: new Date(row.at).toISOString(),
      actorId: row.actorId,
      actorLabel: row.actorLabel,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      before: row.before ?? null,
      after: row.after ?? null,
      prevHash: row.prevHash,
    }),
  );
}
