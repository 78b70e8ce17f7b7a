import { t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import type { LampiranView } from '../lampiran-view.ts';
import { fileFacts } from './file-facts.ts';

/**
 * The documents of a public information item: each file a plain download link to `fileHref(id)`
 * with its type and size, each link to its address. Nothing when there are none.
 */
export function PublicLampiranList({ ctx, items, fileHref }: { ctx: SiteContext; items: LampiranView[]; fileHref: (id: string) => string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="lampiran">
      <h2 id="lampiran">{t(ctx.lang, 'lampiran.heading')}</h2>
      <ul class="links">
        {items.map((item) => (
          <li key={item.id}>
            {item.kind === 'file' ? (
              <a href={fileHref(item.id)} download={item.fileName ?? ''}>
                {item.title}
              </a>
            ) : (
              <a href={item.url ?? ''} rel="noopener noreferrer">
                {item.title}
              </a>
            )}{' '}
            <span class="meta">({fileFacts(item, ctx.lang)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
