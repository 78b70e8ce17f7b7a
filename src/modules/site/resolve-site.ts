import type { Queryable } from '../../db/types.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { findTenantForHost, findUnitByHost, findUnitBySlug, type Unit } from '../org/find-units.ts';
import { getTenant, type Tenant } from '../org/get-tenant.ts';

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

/**
 * Resolves a public request: a unit's mapped host serves that unit at `/…`; otherwise the host's
 * tenant serves its home at `/` and each unit at `/{unitSlug}/…`. Null when no tenant exists.
 */
export async function resolveSite(db: Queryable, host: string | undefined, pathname: string, lang: Lang): Promise<ResolvedSite | null> {
  const segments = pathname.split('/').filter(Boolean).map(decodeSegment);
  const path = `/${segments.map(encodeURIComponent).join('/')}`;
  const hostUnit = await findUnitByHost(db, host);
  if (hostUnit) {
    const tenant = await getTenant(db, hostUnit.tenantId);
    return { ctx: { lang, tenant, unit: hostUnit, base: '', onUnitHost: true, path }, rest: segments };
  }
  const tenant = await findTenantForHost(db, host);
  if (!tenant) return null;
  const unit = segments[0] ? await findUnitBySlug(db, tenant.id, segments[0]) : null;
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
