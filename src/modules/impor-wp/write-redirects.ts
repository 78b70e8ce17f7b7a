import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/types.ts';
import { imporWpAlamat, imporWpObjek } from './schema.ts';

type Scope = { tenantId: string; unitId: string; siteUrl: string; imporId: string; at: Date };

/** Records what a WordPress object became, so the next import of the same site updates it. */
export async function rememberObject(tx: Tx, scope: Scope, o: { wpKey: string; wpType: string; guid: string; entity: 'konten' | 'media'; entityId: string }) {
  await tx
    .insert(imporWpObjek)
    .values({ tenantId: scope.tenantId, unitId: scope.unitId, siteUrl: scope.siteUrl, imporId: scope.imporId, updatedAt: scope.at, ...o })
    .onConflictDoUpdate({
      target: [imporWpObjek.unitId, imporWpObjek.siteUrl, imporWpObjek.wpKey],
      set: { entity: o.entity, entityId: o.entityId, guid: o.guid, imporId: scope.imporId, updatedAt: scope.at },
    });
}

/** Points old addresses at a new page; the latest import of an address wins. */
export async function writeRedirects(tx: Tx, scope: Scope, rows: Array<{ oldPath: string; targetPath: string; wpId: number }>): Promise<void> {
  // Chunks keep each statement's parameters well under PostgreSQL's limit.
  for (let at = 0; at < rows.length; at += 500) {
    const chunk = rows.slice(at, at + 500);
    await tx
      .insert(imporWpAlamat)
      .values(chunk.map((r) => ({ tenantId: scope.tenantId, unitId: scope.unitId, siteUrl: scope.siteUrl, updatedAt: scope.at, ...r })))
      .onConflictDoUpdate({
        target: [imporWpAlamat.tenantId, imporWpAlamat.oldPath],
        set: {
          unitId: sql`excluded.unit_id`,
          targetPath: sql`excluded.target_path`,
          siteUrl: sql`excluded.site_url`,
          wpId: sql`excluded.wp_id`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
  }
}
