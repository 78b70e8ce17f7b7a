import { t } from '../../i18n/catalogue.ts';
import { RECEIPT_MINUTES } from '../permohonan/receipt-cookie.ts';
import { siteHref } from '../site/resolve-site.ts';
import { unitPath } from '../site/site-menu.ts';
import type { PageSpec, Trail } from '../site/unit-pages/page-trail.ts';
import type { Keberatan } from './load-keberatan.ts';
import type { FormErrors, FormValues } from './views/fields.tsx';
import { ObjectionForm } from './views/objection-form.tsx';
import { ObjectionReceipt } from './views/receipt.tsx';

// The pages of the objection section of a unit's PPID portal, built for the site frame.

function crumbs(trail: Trail) {
  return [...trail.inSection('ppid'), trail.crumb(t(trail.ctx.lang, 'keberatan.portal_label'), 'ppid', 'keberatan')];
}

type FormState = { values?: FormValues; errors?: FormErrors; notice?: string; status?: 400 | 429; prefilled?: boolean };

/**
 * The objection form; after a failed post it is private, since it holds what the visitor typed,
 * and so is a form filled in from a link: one cached copy per request number serves nobody.
 */
export function objectionFormPage(trail: Trail, { prefilled, ...state }: FormState = {}): PageSpec {
  const action = siteHref(trail.ctx, unitPath(trail.ctx, 'ppid', 'keberatan'));
  return {
    title: t(trail.ctx.lang, 'keberatan.form.title'),
    section: 'ppid',
    crumbs: crumbs(trail),
    content: <ObjectionForm ctx={trail.ctx} action={action} {...state} />,
    ...(state.status ? { status: state.status, private: true } : {}),
    ...(prefilled ? { private: true } : {}),
  };
}

/** The receipt after a successful post: a case of one person, so never cached. `repeated`: the same objection sent again. */
export function objectionReceiptPage(trail: Trail, keberatan: Keberatan, repeated = false): PageSpec {
  return {
    title: t(trail.ctx.lang, 'keberatan.receipt.title'),
    section: 'ppid',
    crumbs: crumbs(trail),
    private: true,
    content: <ObjectionReceipt ctx={trail.ctx} keberatan={keberatan} repeated={repeated} />,
  };
}

/** The receipt address opened without this browser's receipt: where to follow an objection, nothing of any case. */
export function objectionReceiptGonePage(trail: Trail): PageSpec {
  const { ctx } = trail;
  const track = siteHref(ctx, unitPath(ctx, 'ppid', 'permohonan', 'lacak'));
  return {
    title: t(ctx.lang, 'keberatan.receipt.gone_title'),
    section: 'ppid',
    crumbs: crumbs(trail),
    private: true,
    content: (
      <>
        <p>{t(ctx.lang, 'keberatan.receipt.gone', { minutes: RECEIPT_MINUTES })}</p>
        <p>
          <a href={track}>{t(ctx.lang, 'permohonan.track.title')}</a>
        </p>
      </>
    ),
  };
}
