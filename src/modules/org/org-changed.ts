type OrgListener = () => void;

const listeners = new Set<OrgListener>();

/**
 * Registers code that keeps tenants or units in memory (the public sites' lookup of host and unit
 * slug) and must forget them when one is created or changed. Returns a function that unregisters it.
 */
export function onOrgChanged(listener: OrgListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener that a tenant or unit changed; called after the change is committed. */
export function notifyOrgChanged(): void {
  for (const listener of listeners) listener();
}
