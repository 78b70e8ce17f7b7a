import { tryGetContext } from 'hono/context-storage';
import type { AppEnv } from '../../../http/env.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import { type PublicSitus, publicSitus } from '../public-settings.ts';

/**
 * The settings of the site a page belongs to, for the layout's header and footer. The layout is
 * rendered from many places (pages, forms, 404s) that all pass only the SiteContext, so the database
 * comes from the request being served (Hono's context storage, registered in app.ts). Outside a
 * request (a view rendered on its own) there are no settings and the frame shows its defaults.
 */
export async function situsOf(ctx: SiteContext): Promise<PublicSitus | null> {
  const c = tryGetContext<AppEnv>();
  const db = c?.var.services?.db;
  if (!db) return null;
  const unit = ctx.unit;
  return publicSitus(
    db,
    { tenantId: ctx.tenant.id, unitId: unit?.id ?? null },
    { address: unit?.address ?? null, phone: unit?.phone ?? null, email: unit?.email ?? null },
  );
}
