import { t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import type { LampiranView } from '../lampiran-view.ts';
import { fileFacts } from './file-facts.ts';

/**
 * The information attached to a granted request, on its tracking page. A file is fetched by a
 * POST of the request's number and tracking code, checked again on each download, so no address
 * that opens the file is left in the history, a log or a forwarded link. Links are shown as they are.
 */
export function TrackingDownloads({
  ctx,
  action,
  number,
  token,
  items,
}: {
  ctx: SiteContext;
  action: string;
  number: string;
  token: string;
  items: LampiranView[];
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="lampiran">
      <h2 id="lampiran">{t(ctx.lang, 'lampiran.track.heading')}</h2>
      <p>{t(ctx.lang, 'lampiran.track.intro')}</p>
      <ul class="links">
        {items.map((item) => (
          <li key={item.id}>
            {item.kind === 'file' ? (
              <form method="post" action={action}>
                <input type="hidden" name="nomor" value={number} />
                <input type="hidden" name="token" value={token} />
                <input type="hidden" name="lampiran" value={item.id} />
                <button type="submit">
                  {t(ctx.lang, 'lampiran.download')}: {item.title}
                </button>{' '}
                <span class="meta">({fileFacts(item, ctx.lang)})</span>
              </form>
            ) : (
              <>
                <a href={item.url ?? ''} rel="noopener noreferrer">
                  {item.title}
                </a>{' '}
                <span class="meta">({fileFacts(item, ctx.lang)})</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
