import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { AppEnv } from '../../../http/env.ts';
import type { Unit } from '../../org/find-units.ts';
import { type SiteContext, siteHref } from '../resolve-site.ts';
import { type Section, sectionLabel, unitPath } from '../site-menu.ts';
import type { PageMeta } from '../views/head.tsx';
import type { Crumb } from '../views/layout.tsx';

/** One public page of a unit site, ready for the layout. */
export type PageSpec = {
  title: string;
  section: Section;
  crumbs: Crumb[];
  content: JSX.Element;
  /** Description, canonical address, preview image, structured data and feeds of the page. */
  meta?: PageMeta;
  /** Pages that show one person's data (a request's tracking page) must never be cached by anyone. */
  private?: boolean;
  status?: 200 | 400 | 404 | 429;
  /**
   * Set on an address that is not an HTML page (a calendar feed, a publication's file): it answers
   * the request itself (null: the site's 404 page), and the rest of the spec is not used.
   */
  send?(c: Context<AppEnv>): Promise<Response | null>;
};

/** What every unit page builder needs: the request's site, its unit, and its breadcrumb trail. */
export type Trail = {
  ctx: SiteContext;
  unit: Unit;
  /** A crumb to a unit page: `crumb('Sejarah', 'profil', 'sejarah')`. */
  crumb(label: string, ...parts: string[]): Crumb;
  /** The trail to the unit's home: the pemda first, unless on the unit's own host. */
  home: Crumb[];
  /** The trail to a section's index page. */
  inSection(section: Section): Crumb[];
};

/** Builds the breadcrumb helpers of one unit page request. */
export function pageTrail(ctx: SiteContext, unit: Unit): Trail {
  const crumb = (label: string, ...parts: string[]): Crumb => ({ label, href: siteHref(ctx, unitPath(ctx, ...parts)) });
  const home = ctx.onUnitHost ? [crumb(unit.name)] : [{ label: ctx.tenant.name, href: siteHref(ctx, '/') }, crumb(unit.name)];
  return { ctx, unit, crumb, home, inSection: (section) => [...home, crumb(sectionLabel(ctx, section), section)] };
}
