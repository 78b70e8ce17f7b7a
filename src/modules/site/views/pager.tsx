import { t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../resolve-site.ts';

/** The `?halaman=` of a paged public list: 1 when absent, null when it is not a page number. */
export function requestedPage(query: URLSearchParams): number | null {
  const raw = query.get('halaman');
  if (raw === null || raw === '') return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

/** How many pages `total` rows fill, at least one (an empty list still has its first page). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

// The pages linked by number: the first, the last and two either side of the current one.
function numbered(page: number, pages: number): Array<number | null> {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const n of shown) {
    const last = out.at(-1);
    if (typeof last === 'number' && n > last + 1) out.push(null);
    out.push(n);
  }
  return out;
}

type PagerProps = {
  ctx: SiteContext;
  /** The navigation's accessible name: "Halaman DIP", "Halaman register". */
  label: string;
  page: number;
  pages: number;
  /** The address of a page, keeping the list's other parameters (search words, year, language). */
  href(page: number): string;
};

/**
 * Links between the pages of a long public list: previous, numbered pages, next. Plain links
 * with stable addresses (`?halaman=2`), so they work without JavaScript and can be bookmarked.
 */
export function Pager({ ctx, label, page, pages, href }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={label}>
      <p>{t(ctx.lang, 'site.pager.page', { page, pages })}</p>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t(ctx.lang, 'site.pager.prev')}
            </a>
          </li>
        ) : null}
        {numbered(page, pages).map((n, i) =>
          n === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity of its own
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={String(n)}>
              {n === page ? (
                <span aria-current="page">{n}</span>
              ) : (
                <a href={href(n)} aria-label={t(ctx.lang, 'site.pager.go', { page: n })}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t(ctx.lang, 'site.pager.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** A list's address with its query: `pagedHref('/a/ppid/dip', { q: 'dana' }, 2, 'en')` → `/a/ppid/dip?q=dana&halaman=2&lang=en`. */
export function pagedHref(path: string, params: Record<string, string>, page: number, lang: SiteContext['lang']): string {
  const query = new URLSearchParams(params);
  if (page > 1) query.set('halaman', String(page));
  if (lang === 'en') query.set('lang', 'en');
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}
