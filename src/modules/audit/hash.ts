import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json.ts';

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

const hmac = (key: Buffer, value: unknown) => createHmac('sha256', key).update(canonicalJson(value)).digest('hex');

/**
 * The hash of one audit row: an HMAC under the audit key over its content and the previous row's
 * hash, so a chain rebuilt after a change, without the key, does not verify.
 */
export function auditHash(row: ChainedFields, key: Buffer): string {
  return hmac(key, chainedContent(row));
}

/**
 * The unkeyed SHA-256 that rows written before the audit key existed carry (Warta before December
 * 2026). Verification accepts it only for the chain's first rows, and only when a keyed anchor
 * recorded after them pins them (see verifyAuditChain).
 */
export function legacyAuditHash(row: ChainedFields): string {
  return createHash('sha256')
    .update(canonicalJson(chainedContent(row)))
    .digest('hex');
}

function chainedContent(row: ChainedFields) {
  return {
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
  };
}

/** A recorded head of the chain: how many rows, the last row's id and hash, when. */
export type AnchorFields = { rows: number; lastId: number; lastHash: string; at: Date | string };

/** The anchor's own HMAC, so an anchor cannot be written for a rebuilt chain without the key. */
export function anchorMac(anchor: AnchorFields, key: Buffer): string {
  return hmac(key, { kind: 'anchor', rows: anchor.rows, lastId: anchor.lastId, lastHash: anchor.lastHash, at: new Date(anchor.at).toISOString() });
}
