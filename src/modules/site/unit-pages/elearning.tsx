import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { siteHref } from '../resolve-site.ts';
import { sectionLabel, unitPath } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import type { PageSpec, Trail } from './page-trail.ts';
import { loadUnitSiteSettings } from './site-settings.ts';

/**
 * E-Learning (seed 000 §8): the unit's online training runs on a site of its own, so this page is
 * the stable address that links to it, or says honestly that there is none yet.
 */
export async function elearningPage(db: Queryable, trail: Trail): Promise<PageSpec> {
  const { ctx, unit } = trail;
  const url = (await loadUnitSiteSettings(db, unit.id))?.elearningUrl ?? null;
  return {
    title: sectionLabel(ctx, 'elearning'),
    section: 'elearning',
    crumbs: [...trail.home, trail.crumb(sectionLabel(ctx, 'elearning'), 'e-learning')],
    content: url ? (
      <>
        <p class="lead">{t(ctx.lang, 'konten.publik.elearning.intro', { unit: unit.name })}</p>
        <p>
          <a class="tombol" href={url} rel="noopener noreferrer">
            {t(ctx.lang, 'konten.publik.elearning.buka', { unit: unit.name })}
          </a>
        </p>
      </>
    ) : (
      <>
        <EmptyState text={t(ctx.lang, 'konten.publik.elearning.belum', { unit: unit.name })} />
        <p>
          <a href={siteHref(ctx, unitPath(ctx, 'kalender'))}>{sectionLabel(ctx, 'kalender')}</a>
        </p>
      </>
    ),
  };
}
