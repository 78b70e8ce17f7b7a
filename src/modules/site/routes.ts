import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import type { SessionUser } from '../../http/env.ts';
import { t } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { loadActor, type OrgActor } from '../org/actor.ts';
import { getUnit, type Unit } from '../org/find-units.ts';
import { canOrg } from '../org/policy.ts';
import { editablePage, type SitePageSlug, sitePageSlugs } from './editable-pages.ts';
import { listSitePages } from './list-site-pages.ts';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH } from './profile-pages.ts';
import { updateSitePage } from './update-site-page.ts';

const unitParams = z.object({ id: z.uuid() });
const pageParams = z.object({ id: z.uuid(), slug: z.enum(sitePageSlugs, { message: 'msg:site.slug_unknown' }) });
const pageBody = z.object({
  title: z.string().trim().min(1, 'msg:site.title_required').max(MAX_TITLE_LENGTH, 'msg:site.title_too_long'),
  body: z.string().max(MAX_BODY_LENGTH, 'msg:site.body_too_long'),
});
const page = z.object({ slug: z.string(), title: z.string(), body: z.string(), updatedAt: z.string().nullable() });
const listedPage = page.extend({
  /** The page's public address on the unit's path-based site. */
  href: z.string(),
  /** How the body is written, when it has a structure beyond the plain markup; in the reader's language. */
  hint: z.string().nullable(),
});

/** Site API: the unit pages kept in `site_pages` (Profil, and the PPID's maklumat, SOP, service hours). */
export function registerSiteApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/units/:id/pages',
      summary: 'Pages of a unit site the user may edit: Profil for the site team, maklumat/SOP/service hours for the PPID',
      auth: 'user',
      params: unitParams,
      response: z.object({ items: z.array(listedPage) }),
    },
    async (c, { params }, { user }) => {
      const { db } = c.get('services');
      const { unit, actor } = await unitOfTenant(c.get('services'), user, params.id);
      const slugs = sitePageSlugs.filter((slug) => canOrg(actor, editablePage(slug).action, unit.id));
      if (slugs.length === 0) throw new AppError('forbidden', 'error.forbidden');
      const lang = c.get('lang');
      const items = (await listSitePages<SitePageSlug>(db, unit.id, slugs)).map((p) => {
        const spec = editablePage(p.slug);
        return { ...p, href: `/${[unit.slug, ...spec.path].join('/')}`, hint: spec.hint ? t(lang, spec.hint) : null };
      });
      return c.json({ items });
    },
  );

  api.route(
    {
      method: 'put',
      path: '/units/:id/pages/:slug',
      summary: 'Save a page of a unit site',
      auth: 'user',
      params: pageParams,
      body: pageBody,
      // A page of up to MAX_BODY_LENGTH characters, which may take three bytes each.
      bodyLimit: 256 * 1024,
      response: page,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const { unit, actor } = await unitOfTenant(services, user, params.id);
      const spec = editablePage(params.slug);
      if (!canOrg(actor, spec.action, unit.id)) throw new AppError('forbidden', 'error.forbidden');
      const problem = spec.check?.(body.body);
      if (problem) throw new AppError('invalid', problem.message, 'body', { line: problem.line });
      return c.json(await updateSitePage(services.db, { unit, slug: params.slug, title: body.title, body: body.body, user }));
    },
  );
}

// A unit of another tenant is "not found", so ids cannot be probed across tenants.
async function unitOfTenant(services: Services, user: SessionUser, unitId: string): Promise<{ unit: Unit; actor: OrgActor }> {
  const unit = await getUnit(services.db, unitId);
  if (!unit || unit.tenantId !== user.tenantId) throw new AppError('not_found', 'error.not_found');
  return { unit, actor: await loadActor(services.db, user) };
}
