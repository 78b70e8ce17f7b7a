import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { bidang, tenants, units } from './schema.ts';

export type Unit = typeof units.$inferSelect;
export type Bidang = typeof bidang.$inferSelect;

/** The tenant a public request belongs to: the one whose domain is the host, else the first one. */
export async function findTenantForHost(db: Queryable, host: string | undefined) {
  const bare = host?.split(':')[0]?.toLowerCase();
  if (bare) {
    const [byDomain] = await db.select().from(tenants).where(eq(tenants.domain, bare));
    if (byDomain) return byDomain;
  }
  const [first] = await db.select().from(tenants).orderBy(asc(tenants.createdAt)).limit(1);
  return first ?? null;
}

/** The active unit whose own subdomain is this host, if one is mapped. */
export async function findUnitByHost(db: Queryable, host: string | undefined): Promise<Unit | null> {
  const bare = host?.split(':')[0]?.toLowerCase();
  if (!bare) return null;
  const [unit] = await db
    .select()
    .from(units)
    .where(and(eq(units.host, bare), eq(units.active, true)));
  return unit ?? null;
}

export async function findUnitBySlug(db: Queryable, tenantId: string, slug: string): Promise<Unit | null> {
  const [unit] = await db
    .select()
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.slug, slug), eq(units.active, true)));
  return unit ?? null;
}

export async function getUnit(db: Queryable, unitId: string): Promise<Unit | null> {
  const [unit] = await db.select().from(units).where(eq(units.id, unitId));
  return unit ?? null;
}

/** A tenant's units in display order (tier, then name); inactive ones only when asked. */
export async function listUnits(db: Queryable, tenantId: string, opts: { includeInactive?: boolean } = {}): Promise<Unit[]> {
  const where = opts.includeInactive ? eq(units.tenantId, tenantId) : and(eq(units.tenantId, tenantId), eq(units.active, true));
  return db.select().from(units).where(where).orderBy(asc(units.tier), asc(units.name));
}

export async function listBidang(db: Queryable, unitId: string): Promise<Bidang[]> {
  return db.select().from(bidang).where(eq(bidang.unitId, unitId)).orderBy(asc(bidang.sortOrder), asc(bidang.name));
}
