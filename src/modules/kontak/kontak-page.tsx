import type { Queryable } from '../../db/types.ts';
import { type MessageKey, t } from '../../i18n/catalogue.ts';
import { siteHref } from '../site/resolve-site.ts';
import { sectionLabel, unitPath } from '../site/site-menu.ts';
import type { PageSpec, Trail } from '../site/unit-pages/page-trail.ts';
import { EmptyState } from '../site/views/empty-state.tsx';
import type { FormErrors, FormValues } from '../site/views/form-fields.tsx';
import { publicSitus } from '../situs-unit/public-settings.ts';
import { SitusContact } from '../situs-unit/views/situs-footer.tsx';
import { KontakForm } from './views/kontak-form.tsx';

export type FormState = { token: string | null; values?: FormValues; errors?: FormErrors; notice?: string; status?: 200 | 400 | 429 };

/**
 * The unit's Kontak page: its contact details from the site settings, then the contact form. Never
 * cached: the form carries a token of when it was served (and after a failed post, what was typed).
 */
export async function kontakPage(db: Queryable, trail: Trail, form: FormState): Promise<PageSpec> {
  const { ctx, unit } = trail;
  const s = await publicSitus(db, { tenantId: ctx.tenant.id, unitId: unit.id }, { address: unit.address, phone: unit.phone, email: unit.email });
  const hasDetails = s.address || s.phone || s.email || s.openingHours;
  return {
    title: sectionLabel(ctx, 'kontak'),
    section: 'kontak',
    crumbs: trail.inSection('kontak'),
    private: true,
    status: form.status,
    meta: { noindex: form.status !== undefined && form.status !== 200 },
    content: (
      <>
        {hasDetails ? <SitusContact ctx={ctx} s={s} /> : <EmptyState text={t(ctx.lang, 'site.kontak.none')} />}
        <KontakForm ctx={ctx} action={siteHref(ctx, unitPath(ctx, 'kontak'))} {...form} />
      </>
    ),
  };
}

/** The page the form redirects to once the message is stored (post/redirect/get). */
export function kontakSentPage(trail: Trail): PageSpec {
  const { ctx } = trail;
  const l = (key: MessageKey) => t(ctx.lang, key);
  return {
    title: l('kontak.sent.title'),
    section: 'kontak',
    crumbs: [...trail.inSection('kontak'), trail.crumb(l('kontak.sent.title'), 'kontak', 'terkirim')],
    meta: { noindex: true },
    content: (
      <>
        <p class="lead" role="status">
          {l('kontak.sent.text')}
        </p>
        <p>
          <a href={siteHref(ctx, unitPath(ctx))}>{t(ctx.lang, 'kontak.sent.home', { unit: trail.unit.name })}</a>
        </p>
      </>
    ),
  };
}
