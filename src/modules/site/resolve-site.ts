import type { Queryable } from '../../db/types.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { perDatabase, TtlCache } from '../../lib/ttl-cache.ts';
import { findTenantForHost, findUnitByHost, findUnitBySlug, type Unit } from '../org/find-units.ts';
import { getTenant, type Tenant } from '../org/get-tenant.ts';
import { onOrgChanged } from '../org/org-changed.ts';

/** Where a public request landed: the pemda site or one unit's site, and under which path prefix. */
export type SiteContext = {
  lang: Lang;
  tenant: Tenant;
  /** null on the pemda site. */
  unit: Unit | null;
  /** The unit's path prefix: `/dinas-a`, or '' on the unit's own host and on the pemda site. */
  base: string;
  /** The request served on a unit's own host, where the pemda site is not reachable by path. */
  onUnitHost: boolean;
  /** The request path rebuilt from its segments, so it can never become `//other-host`. */
  path: string;
};

export type ResolvedSite = { ctx: SiteContext; rest: string[] };

// Tenants and units change rarely and every public request needs them: each process keeps what
// a host and first path segment resolved to. A change made here clears it at once (onOrgChanged);
// another process's change (several servers on one PostgreSQL) shows within the lifetime.
const SITE_TTL_MS = 60_000;
type Found = { hostUnit: Unit | null; tenant: Tenant | null; unit: Unit | null };
const resolved = perDatabase(() => new TtlCache<Found>(SITE_TTL_MS, 1000));
onOrgChanged(() => resolved.clearAll());

async function lookUp(db: Queryable, host: string | undefined, first: string | undefined): Promise<Found> {
  const hostUnit = await findUnitByHost(db, host);
  if (hostUnit) return { hostUnit, tenant: await getTenant(db, hostUnit.tenantId), unit: hostUnit };
  const tenant = await findTenantForHost(db, host);
  const unit = tenant && first ? await findUnitBySlug(db, tenant.id, first) : null;
  return { hostUnit: null, tenant, unit };
}

/**
 * Resolves a public request: a unit's mapped host serves that unit at `/…`; otherwise the host's
 * tenant serves its home at `/` and each unit at `/{unitSlug}/…`. Null when no tenant exists.
 */
export async function resolveSite(db: Queryable, host: string | undefined, pathname: string, lang: Lang): Promise<ResolvedSite | null> {
  const segments = pathname.split('/').filter(Boolean).map(decodeSegment);
  const path = `/${segments.map(encodeURIComponent).join('/')}`;
  const bare = host?.split(':')[0]?.toLowerCase() ?? '';
  const first = segments[0];
  // Keyed by host and first path segment, the two things the lookup reads (the segment may name a unit).
  const found = await resolved.of(db).get(`${bare}\u0000${first ?? ''}`, () => lookUp(db, host, first));
  if (found.hostUnit && found.tenant) {
    return { ctx: { lang, tenant: found.tenant, unit: found.hostUnit, base: '', onUnitHost: true, path }, rest: segments };
  }
  const { tenant, unit } = found;
  if (!tenant) return null;
  if (!unit) return { ctx: { lang, tenant, unit: null, base: '', onUnitHost: false, path }, rest: segments };
  return { ctx: { lang, tenant, unit, base: `/${unit.slug}`, onUnitHost: false, path }, rest: segments.slice(1) };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A site path with the chrome language kept: `?lang=en` is the only query public pages know. */
export function siteHref(ctx: SiteContext, path: string): string {
  return ctx.lang === 'en' ? `${path}?lang=en` : path;
}
