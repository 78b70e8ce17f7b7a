import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { loadActor } from '../org/actor.ts';
import { getUnit, type Unit } from '../org/find-units.ts';
import { assertOrg } from '../org/policy.ts';
import { listSitePages } from './list-site-pages.ts';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, profileSlugs } from './profile-pages.ts';
import { updateSitePage } from './update-site-page.ts';

const unitParams = z.object({ id: z.uuid() });
const pageParams = z.object({ id: z.uuid(), slug: z.enum(profileSlugs, { message: 'msg:site.slug_unknown' }) });
const pageBody = z.object({
  title: z.string().trim().min(1, 'msg:site.title_required').max(MAX_TITLE_LENGTH, 'msg:site.title_too_long'),
  body: z.string().max(MAX_BODY_LENGTH, 'msg:site.body_too_long'),
});
const page = z.object({ slug: z.string(), title: z.string(), body: z.string(), updatedAt: z.string().nullable() });

/** Site API: profile pages edited in the admin. */
export function registerSiteApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/units/:id/pages',
      summary: 'Profile pages of a unit site',
      auth: 'user',
      params: unitParams,
      response: z.object({ items: z.array(page) }),
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      const unit = await editableUnit(services, user, params.id);
      return c.json({ items: await listSitePages(services.db, unit.id) });
    },
  );

  api.route(
    {
      method: 'put',
      path: '/units/:id/pages/:slug',
      summary: 'Save a profile page of a unit site',
      auth: 'user',
      params: pageParams,
      body: pageBody,
      response: page,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const unit = await editableUnit(services, user, params.id);
      return c.json(await updateSitePage(services.db, { unit, slug: params.slug, title: body.title, body: body.body, user }));
    },
  );
}

// A unit of another tenant is "not found", so ids cannot be probed across tenants.
async function editableUnit(services: Services, user: SessionUser, unitId: string): Promise<Unit> {
  const unit = await getUnit(services.db, unitId);
  if (!unit || unit.tenantId !== user.tenantId) throw new AppError('not_found', 'error.not_found');
  assertOrg(await loadActor(services.db, user), 'site.edit', unit.id);
  return unit;
}
