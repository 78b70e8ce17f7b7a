import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { AppError } from '../../lib/errors.ts';
import { loadActor } from '../org/actor.ts';
import { getUnit } from '../org/find-units.ts';
import { getTenant } from '../org/get-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import type { PortalSection } from '../site/portal.ts';
import { emonevEvidence, emonevIndicators } from './emonev-evidence.ts';

const evidence = z.object({
  id: z.string(),
  indicator: z.enum(emonevIndicators),
  label: z.string(),
  /** Where the evidence is published on the unit's path-based site; null when it is not a public page. */
  href: z.string().nullable(),
  present: z.boolean(),
  detail: z.string().nullable(),
});

/** PPID portal API: the e-Monev evidence list of a unit, for its PPID, admins and Diskominfo evaluators. */
export function registerPpidPortalApi(api: ApiRouter, portal: readonly PortalSection[]): void {
  api.route(
    {
      method: 'get',
      path: '/units/:id/emonev',
      summary: 'e-Monev evidence of a unit: each item the Komisi Informasi questionnaire asks for, its public link and whether it is present',
      auth: 'user',
      params: z.object({ id: z.uuid() }),
      response: z.object({ items: z.array(evidence), present: z.number(), total: z.number() }),
    },
    async (c, { params }, { user }) => {
      const { db } = c.get('services');
      const unit = await getUnit(db, params.id);
      // A unit of another tenant is "not found", so ids cannot be probed across tenants.
      if (!unit || unit.tenantId !== user.tenantId) throw new AppError('not_found', 'error.not_found');
      assertOrg(await loadActor(db, user), 'laporan.view', unit.id);
      const tenant = await getTenant(db, unit.tenantId);
      const found = await emonevEvidence(db, unit, tenant.timeZone, new Set(portal.map((s) => s.segment)), c.get('lang'));
      const items = found.map(({ path, ...e }) => ({ ...e, href: path ? `/${[unit.slug, ...path].join('/')}` : null }));
      return c.json({ items, present: items.filter((e) => e.present).length, total: items.length });
    },
  );
}
