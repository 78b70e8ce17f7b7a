import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { loadActor, type OrgActor } from '../org/actor.ts';
import { getUnit, listUnits } from '../org/find-units.ts';
import { getTenant } from '../org/get-tenant.ts';
import { situsSettingsBody } from './fields.ts';
import { loadSettingsRow, type SiteKey } from './load-settings.ts';
import { canEditSitus, canViewSitus } from './policy.ts';
import { saveSettings } from './save-settings.ts';
import { type RecordContact, settingsView } from './settings-view.ts';

// `pemda` names the tenant's root site; any other value is a unit id.
const siteParams = z.object({ site: z.union([z.literal('pemda'), z.uuid()]) });

type Site = { key: SiteKey; name: string; record: RecordContact | null; actor: OrgActor };

/** The site behind the address: a unit of the user's tenant (another tenant's is "not found") or the root site. */
async function siteOf(services: Services, user: SessionUser, site: string): Promise<Site> {
  const actor = await loadActor(services.db, user);
  if (site === 'pemda') {
    const tenant = await getTenant(services.db, user.tenantId);
    return { key: { tenantId: tenant.id, unitId: null }, name: tenant.name, record: null, actor };
  }
  const unit = await getUnit(services.db, site);
  if (!unit || unit.tenantId !== user.tenantId) throw new AppError('not_found', 'error.not_found');
  return { key: { tenantId: unit.tenantId, unitId: unit.id }, name: unit.name, record: { address: unit.address, phone: unit.phone, email: unit.email }, actor };
}

/** Site settings API: logo, accent colour, contact details and links of each unit's site and the pemda's. */
export function registerSitusApi(api: ApiRouter): void {
  api.route(
    { method: 'get', path: '/situs', summary: 'The sites whose settings this person may read, and whether they may change them', auth: 'user' },
    async (c, _input, { user }) => {
      const { db } = c.get('services');
      const actor = await loadActor(db, user);
      const tenant = await getTenant(db, user.tenantId);
      const sites = [{ site: 'pemda', name: tenant.name }, ...(await listUnits(db, tenant.id)).map((u) => ({ site: u.id, name: u.name }))];
      const items = sites
        .map((s) => ({ ...s, canEdit: canEditSitus(actor, s.site === 'pemda' ? null : s.site) }))
        .filter((s) => canViewSitus(actor, s.site === 'pemda' ? null : s.site));
      if (items.length === 0) throw new AppError('forbidden', 'error.forbidden');
      return c.json({ items });
    },
  );

  api.route(
    { method: 'get', path: '/situs/:site', summary: 'One site’s settings, with the accent colour actually used', auth: 'user', params: siteParams },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      const site = await siteOf(services, user, params.site);
      if (!canViewSitus(site.actor, site.key.unitId)) throw new AppError('forbidden', 'error.forbidden');
      const row = await loadSettingsRow(services.db, site.key);
      const view = await settingsView(services.db, row, site.record, c.get('lang'));
      return c.json({ ...view, name: site.name, canEdit: canEditSitus(site.actor, site.key.unitId) });
    },
  );

  api.route(
    { method: 'put', path: '/situs/:site', summary: 'Save one site’s settings', auth: 'user', params: siteParams, body: situsSettingsBody },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const site = await siteOf(services, user, params.site);
      if (!canEditSitus(site.actor, site.key.unitId)) throw new AppError('forbidden', 'error.forbidden');
      const row = await saveSettings(services.db, site.key, body, user);
      const view = await settingsView(services.db, row, site.record, c.get('lang'));
      return c.json({ ...view, name: site.name, canEdit: true });
    },
  );
}
