import type { Queryable } from '../../db/types.ts';

/** What changed on the public site of a tenant: one unit's pages, or (unitId null) the pemda's. */
export type SiteChange = {
  tenantId: string;
  unitId: string | null;
  /** Why, for the log and the tests: 'konten', 'halaman', 'unit', 'dip', 'alumni', 'pengalihan'… */
  reason: string;
};

type SiteListener = (change: SiteChange) => void;
const listeners = new Set<SiteListener>();

/** Registers code that keeps rendered public pages and must drop them when what they show changes. */
export function onSiteChanged(listener: SiteListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Says that what a public page shows has changed. Every write that changes published content, a
 * unit's settings or menu, the DIP or anything else a public page shows calls this with the same
 * `db` (the transaction) it wrote with, so the page cache can never serve what is no longer true.
 */
export async function markSiteChanged(_db: Queryable, change: SiteChange): Promise<void> {
  for (const listener of listeners) listener(change);
}
