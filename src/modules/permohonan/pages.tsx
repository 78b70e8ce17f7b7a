import { t } from '../../i18n/catalogue.ts';
import { TrackingDownloads } from '../lampiran/views/tracking-downloads.tsx';
import { siteHref } from '../site/resolve-site.ts';
import { unitPath } from '../site/site-menu.ts';
import type { PageSpec, Trail } from '../site/unit-pages/page-trail.ts';
import type { Permohonan } from './load-permohonan.ts';
import { RECEIPT_MINUTES } from './receipt-cookie.ts';
import type { TrackedPermohonan } from './track-permohonan.ts';
import { Receipt } from './views/receipt.tsx';
import { type FormErrors, type FormValues, RequestForm } from './views/request-form.tsx';
import { TrackingForm, TrackingResult } from './views/tracking.tsx';
import { TrackingObjections } from './views/tracking-objections.tsx';

// The pages of the request section of a unit's PPID portal, built for the site frame.

/** Where the form posts and the tracking page lives, in the page's language. */
export function permohonanPaths(trail: Trail) {
  const { ctx } = trail;
  return {
    form: siteHref(ctx, unitPath(ctx, 'ppid', 'permohonan')),
    track: siteHref(ctx, unitPath(ctx, 'ppid', 'permohonan', 'lacak')),
    download: siteHref(ctx, unitPath(ctx, 'ppid', 'permohonan', 'lacak', 'berkas')),
  };
}

function crumbs(trail: Trail, ...below: Array<[string, string[]]>) {
  const section = trail.crumb(t(trail.ctx.lang, 'permohonan.portal_label'), 'ppid', 'permohonan');
  return [...trail.inSection('ppid'), section, ...below.map(([label, parts]) => trail.crumb(label, ...parts))];
}

type FormState = { values?: FormValues; errors?: FormErrors; notice?: string; status?: 400 | 429 };

/** The request form; after a failed post it is private, since it holds what the visitor typed. */
export function formPage(trail: Trail, state: FormState = {}): PageSpec {
  const paths = permohonanPaths(trail);
  return {
    title: t(trail.ctx.lang, 'permohonan.form.title'),
    section: 'ppid',
    crumbs: crumbs(trail),
    content: <RequestForm ctx={trail.ctx} action={paths.form} trackHref={paths.track} {...state} />,
    ...(state.status ? { status: state.status, private: true } : {}),
  };
}

/**
 * The receipt after a successful post: personal data and the code, so never cached. `repeated`
 * says the same request sent again was answered with this earlier receipt.
 */
export function receiptPage(trail: Trail, permohonan: Permohonan, token: string, origin: string, repeated = false): PageSpec {
  const { ctx } = trail;
  const query = new URLSearchParams({ nomor: permohonan.number, token });
  if (ctx.lang === 'en') query.set('lang', 'en');
  const trackUrl = new URL(`${unitPath(ctx, 'ppid', 'permohonan', 'lacak')}?${query}`, origin).toString();
  const title = t(ctx.lang, 'permohonan.receipt.title');
  return {
    title,
    section: 'ppid',
    crumbs: crumbs(trail),
    private: true,
    content: <Receipt ctx={ctx} permohonan={permohonan} token={token} trackUrl={trackUrl} repeated={repeated} />,
  };
}

/** The receipt address opened without this browser's receipt: where to go instead, nothing of any case. */
export function receiptGonePage(trail: Trail): PageSpec {
  const { ctx } = trail;
  const title = t(ctx.lang, 'permohonan.receipt.gone_title');
  const paths = permohonanPaths(trail);
  return {
    title,
    section: 'ppid',
    crumbs: crumbs(trail),
    private: true,
    content: (
      <>
        <p>{t(ctx.lang, 'permohonan.receipt.gone', { minutes: RECEIPT_MINUTES })}</p>
        <p>
          <a href={paths.track}>{t(ctx.lang, 'permohonan.track.title')}</a>
        </p>
      </>
    ),
  };
}

/** The objection form of the unit, with the request number filled in. */
function objectionFormHref(trail: Trail, number: string): string {
  const query = new URLSearchParams({ nomor: number });
  if (trail.ctx.lang === 'en') query.set('lang', 'en');
  return `${unitPath(trail.ctx, 'ppid', 'keberatan')}?${query}`;
}

/**
 * The tracking page: the form alone, or with the case found by number and code. Not found looks
 * the same for an unknown number and a wrong code. Opened with a number but no code (the link of
 * an e-mail), the form comes filled in and asks for the code, whether or not the number exists.
 * A found request also shows its objections and, while one may still be filed, the way to the
 * objection form. Private: the address carries the code.
 */
export function trackingPage(
  trail: Trail,
  asked: { number: string; token: string } | null,
  found: TrackedPermohonan | null,
  ask: 'lookup' | 'code_needed' = 'lookup',
): PageSpec {
  const { ctx } = trail;
  const title = t(ctx.lang, 'permohonan.track.title');
  const codeNeeded = ask === 'code_needed' && asked !== null;
  const form = <TrackingForm ctx={ctx} action={permohonanPaths(trail).track} number={asked?.number} token={asked?.token} />;
  const content = found ? (
    <>
      <TrackingResult ctx={ctx} p={found} />
      <TrackingDownloads ctx={ctx} action={permohonanPaths(trail).download} number={found.number} token={asked?.token ?? ''} items={found.lampiran} />
      <TrackingObjections ctx={ctx} objections={found.objections} formHref={objectionFormHref(trail, found.number)} />
      {form}
    </>
  ) : (
    <>
      {codeNeeded ? (
        <p class="lead" role="status">
          {t(ctx.lang, 'permohonan.track.code_needed', { number: asked.number })}
        </p>
      ) : asked ? (
        <p class="form-alert" role="alert">
          {t(ctx.lang, 'permohonan.track.not_found')}
        </p>
      ) : null}
      {form}
    </>
  );
  const spec: PageSpec = { title, section: 'ppid', crumbs: crumbs(trail, [title, ['ppid', 'permohonan', 'lacak']]), content, private: true };
  return asked && !found && !codeNeeded ? { ...spec, status: 404 } : spec;
}
