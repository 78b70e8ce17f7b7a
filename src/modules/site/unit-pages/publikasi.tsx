import { t } from '../../../i18n/catalogue.ts';
import { type PublicationKind, publicationKinds, publicationLabel } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import type { PageSpec, Trail } from './page-trail.ts';
import { sectionPage } from './section-page.tsx';

/** Publikasi: materi, peraturan, proyek perubahan. No publications module yet: honest empty states. */
export function publikasiPage(trail: Trail, sub: string | undefined): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  return sectionPage(trail, {
    section: 'publikasi',
    items: publicationKinds.map((kind) => trail.crumb(publicationLabel(ctx, kind), 'publikasi', kind)),
    sub,
    indexOf: (slug) => publicationKinds.indexOf(slug as PublicationKind),
    intro: t(ctx.lang, 'site.intro.publikasi', { unit: unit.name }),
    page: (position) => <EmptyState text={t(ctx.lang, `site.empty.${publicationKinds[position]!}`)} />,
  });
}
