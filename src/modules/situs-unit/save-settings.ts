import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Db } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { SitusSettingsInput } from './fields.ts';
import { loadSettingsRow, type SettingsRow, type SiteKey } from './load-settings.ts';
import { assertLogoUsable, setLogoUsage } from './media-port.ts';
import { type SocialLinks, situsPengaturan } from './schema.ts';

const audited = (row: SettingsRow | null) =>
  row
    ? {
        unitId: row.unitId,
        logoMediaId: row.logoMediaId,
        accentColor: row.accentColor,
        address: row.address,
        openingHours: row.openingHours,
        mapUrl: row.mapUrl,
        email: row.email,
        phone: row.phone,
        complaintUrl: row.complaintUrl,
        elearningUrl: row.elearningUrl,
        social: row.social,
      }
    : null;

/**
 * Saves a site's settings (a unit's or the pemda's root site), creating the row on the first save:
 * the logo is checked and marked used by the site, the change is audited, and the public pages that
 * show the header and footer are told (markSiteChanged) in the same transaction.
 */
export async function saveSettings(db: Db, key: SiteKey, input: SitusSettingsInput, user: SessionUser): Promise<SettingsRow> {
  if (input.logoMediaId) await assertLogoUsable(db, key.tenantId, input.logoMediaId);
  return inTransaction(db, async (tx) => {
    const before = await loadSettingsRow(tx, key);
    // Only the accounts given are kept: an emptied field leaves the row without that network.
    const social: SocialLinks = Object.fromEntries(Object.entries(input.social ?? {}).filter(([, url]) => url));
    const values = { ...input, social, updatedAt: new Date(), updatedBy: user.id };
    const [saved] = before
      ? await tx.update(situsPengaturan).set(values).where(eq(situsPengaturan.id, before.id)).returning()
      : await tx
          .insert(situsPengaturan)
          .values({ tenantId: key.tenantId, unitId: key.unitId, ...values })
          .returning();
    const row = saved as SettingsRow;
    await setLogoUsage(tx, key.tenantId, row.id, row.logoMediaId);
    await recordAudit(tx, actorOf(user), {
      action: 'situs.settings_updated',
      entity: 'situs',
      entityId: row.id,
      tenantId: key.tenantId,
      before: audited(before),
      after: audited(row),
    });
    await markSiteChanged(tx, { tenantId: key.tenantId, unitId: key.unitId, reason: 'situs' });
    return row;
  });
}
