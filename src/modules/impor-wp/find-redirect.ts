import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { getUnit } from '../org/find-units.ts';
import { hasWordPressId, oldAddressKey } from './old-address.ts';
import { imporWpAlamat } from './schema.ts';

/**
 * The new address of an old WordPress address of this tenant, or null. Called by the public site
 * before it answers 404, and for a page that exists when the query names a WordPress id (`/?p=12`
 * on the home page), which costs no query otherwise. On a unit's own host a page of that unit is
 * addressed without the unit's prefix.
 */
export async function findWordPressRedirect(
  db: Queryable,
  site: { tenantId: string; hostUnitId: string | null },
  url: URL,
  when: 'found' | 'missing',
): Promise<string | null> {
  if (when === 'found' && !hasWordPressId(url.search)) return null;
  const [row] = await db
    .select({ unitId: imporWpAlamat.unitId, targetPath: imporWpAlamat.targetPath })
    .from(imporWpAlamat)
    .where(and(eq(imporWpAlamat.tenantId, site.tenantId), eq(imporWpAlamat.oldPath, oldAddressKey(url.pathname, url.search))))
    .limit(1);
  if (!row) return null;
  if (site.hostUnitId === row.unitId) return `/${row.targetPath}`;
  const unit = await getUnit(db, row.unitId);
  return unit ? `/${unit.slug}/${row.targetPath}` : null;
}
