import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Db } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { Unit } from '../org/find-units.ts';
import type { SitePageSlug } from './editable-pages.ts';
import type { SitePage } from './list-site-pages.ts';
import { sitePages } from './schema.ts';
import { markSiteChanged } from './site-changed.ts';

export type UpdateSitePage = { unit: Unit; slug: SitePageSlug; title: string; body: string; user: SessionUser };

/** Saves a page of a unit site (profile or PPID page) (creating it on first edit) and audits the change. */
export async function updateSitePage(db: Db, { unit, slug, title, body, user }: UpdateSitePage): Promise<SitePage<SitePageSlug>> {
  return inTransaction(db, async (tx) => {
    const [before] = await tx
      .select()
      .from(sitePages)
      .where(and(eq(sitePages.unitId, unit.id), eq(sitePages.slug, slug)))
      .for('update');
    const now = new Date();
    const [saved] = await tx
      .insert(sitePages)
      .values({ unitId: unit.id, slug, title, body, updatedAt: now, updatedBy: user.id })
      .onConflictDoUpdate({ target: [sitePages.unitId, sitePages.slug], set: { title, body, updatedAt: now, updatedBy: user.id } })
      .returning();
    const page = saved!;
    await recordAudit(tx, actorOf(user), {
      action: 'site_page.updated',
      entity: 'site_page',
      entityId: page.id,
      tenantId: unit.tenantId,
      before: before ? { unitId: unit.id, slug, title: before.title, body: before.body } : null,
      after: { unitId: unit.id, slug, title: page.title, body: page.body },
    });
    await markSiteChanged(tx, { tenantId: unit.tenantId, unitId: unit.id, reason: 'halaman' });
    return { slug, title: page.title, body: page.body, updatedAt: page.updatedAt };
  });
}
