import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';

/**
 * What changed on the public site of a tenant: one unit's pages, or (unitId null) all of the
 * tenant's. `tenantId: null` is a change of every tenant (the national holiday calendar).
 */
export type SiteChange = {
  tenantId: string | null;
  unitId: string | null;
  /** Why, for the log and the tests: 'konten', 'halaman', 'unit', 'dip', 'alumni', 'pengalihan'… */
  reason: string;
};

/** A change as announced on the channel: `tag` names the process and the call that made it. */
export type SiteChangeMessage = SiteChange & { tag: string };

/** The PostgreSQL NOTIFY channel of committed site changes (the page cache listens on it). */
export const SITE_CHANNEL = 'warta_site';

type SiteListener = (change: SiteChange) => void;
type PendingListener = (tag: string, tenantId: string | null) => void;
const listeners = new Set<SiteListener>();
const pending = new Set<PendingListener>();
const origin = randomUUID();
let sequence = 0;

/**
 * Registers code that keeps what public pages show and must drop it when a change has committed
 * (in any process: the page cache's feed delivers what it hears on the channel).
 */
export function onSiteChanged(listener: SiteListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the change feed for every committed change it hears. */
export function deliverSiteChange(change: SiteChange): void {
  for (const listener of listeners) listener(change);
}

/** The page cache's hook: a change of this process is on its way (its transaction not yet over). */
export function onSiteChangePending(listener: PendingListener): () => void {
  pending.add(listener);
  return () => pending.delete(listener);
}

/**
 * Says that what a public page shows has changed. Every write that changes published content, a
 * unit's settings or menu, the DIP or anything else a public page shows calls this with the same
 * `db` (the transaction) it wrote with. The change is announced with `pg_notify` inside that
 * transaction, so PostgreSQL (and PGlite) deliver it to every listening process when, and only
 * when, it commits; until then this process neither serves nor stores the tenant's pages, so a
 * page rendered from the rows before the commit can never be kept. Pass `unitId: null` when the
 * change shows on every page of the tenant (its name, a unit's name or address, the menu frame).
 */
export async function markSiteChanged(db: Queryable, change: SiteChange): Promise<void> {
  const message: SiteChangeMessage = { tenantId: change.tenantId, unitId: change.unitId, reason: change.reason, tag: `${origin}:${++sequence}` };
  for (const listener of pending) listener(message.tag, change.tenantId);
  await db.execute(sql`select pg_notify(${SITE_CHANNEL}, ${JSON.stringify(message)})`);
}
