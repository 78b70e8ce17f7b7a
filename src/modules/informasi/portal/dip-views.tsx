import { t } from '../../../i18n/catalogue.ts';
import type { LampiranView } from '../../lampiran/lampiran-view.ts';
import { PublicLampiranList } from '../../lampiran/views/public-list.tsx';
import { siteHref } from '../../site/resolve-site.ts';
import { unitPath } from '../../site/site-menu.ts';
import type { Trail } from '../../site/unit-pages/page-trail.ts';
import { EmptyState } from '../../site/views/empty-state.tsx';
import type { InformasiView } from '../informasi-view.ts';
import { dipKlasifikasi, type Klasifikasi } from '../klasifikasi.ts';
import { dipFileHref } from './dip-files.ts';
import { PUBLIC_LIST_PAGE_SIZE, type PublicListRow } from './list-public-page.ts';
import { formatDate } from './portal-frame.tsx';

const detailHref = (trail: Trail, id: string) => siteHref(trail.ctx, unitPath(trail.ctx, 'ppid', 'dip', id));

/** The search box: a plain GET form, so it works without JavaScript and its results have an address. */
export function SearchForm({ trail, q }: { trail: Trail; q: string }) {
  const { ctx } = trail;
  return (
    <search>
      <form class="search" method="get" action={unitPath(ctx, 'ppid', 'dip')}>
        <label for="q">{t(ctx.lang, 'informasi.search.label')}</label>
        <span>
          <input id="q" name="q" type="search" value={q} maxlength={200} />
          {ctx.lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
          <button type="submit">{t(ctx.lang, 'informasi.search.button')}</button>
        </span>
      </form>
    </search>
  );
}

/** A DIP item as the list shows it, with its renewal warning for today. */
export type ListedItem = PublicListRow & { perluDiperbarui: boolean };

type GroupsProps = {
  trail: Trail;
  /** This page's items, in list order (class by class). */
  items: ListedItem[];
  /** Matching items per class over all pages. */
  counts: Map<Klasifikasi, number>;
  href(page: number): string;
  searching: boolean;
};

/**
 * The DIP grouped by class, one page of it: every class keeps its heading and count on every
 * page, with its items when they fall on this page and otherwise a link to the page where the
 * class starts. While searching, only classes with matches are shown.
 */
export function DipGroups({ trail, items, counts, href, searching }: GroupsProps) {
  const { lang } = trail.ctx;
  let before = 0;
  return (
    <>
      {dipKlasifikasi.map((klasifikasi) => {
        const count = counts.get(klasifikasi) ?? 0;
        const startPage = Math.floor(before / PUBLIC_LIST_PAGE_SIZE) + 1;
        before += count;
        if (searching && count === 0) return null;
        const group = items.filter((item) => item.klasifikasi === klasifikasi);
        return (
          <section key={klasifikasi} aria-labelledby={`k-${klasifikasi}`}>
            <h2 id={`k-${klasifikasi}`}>{t(lang, `informasi.klasifikasi.${klasifikasi}`)}</h2>
            {count === 0 ? <EmptyState text={t(lang, 'informasi.empty.group')} /> : <p class="meta">{t(lang, 'informasi.group.count', { count })}</p>}
            {count > 0 && group.length === 0 ? (
              <p>
                <a href={`${href(startPage)}#k-${klasifikasi}`}>{t(lang, 'informasi.group.elsewhere', { page: startPage })}</a>
              </p>
            ) : null}
            {group.length > 0 ? (
              <ul class="info-list">
                {group.map((item) => (
                  <li key={item.id}>
                    <a href={detailHref(trail, item.id)}>{item.judul}</a>
                    <p>{item.ringkasan}</p>
                    <p class="meta">
                      {item.penguasaInformasi}
                      {item.tanggalTerbit ? ` · ${formatDate(trail, item.tanggalTerbit)}` : ''}
                    </p>
                    {item.perluDiperbarui ? <p class="flag">{t(lang, 'informasi.overdue')}</p> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </>
  );
}

/**
 * One DIP item with the columns of the list (Perki 1/2021): who holds it, when and where made, form,
 * retention; then its documents (files to download, with type and size, and links).
 */
export function DipDetail({ trail, item, documents = [] }: { trail: Trail; item: InformasiView; documents?: LampiranView[] }) {
  const { lang } = trail.ctx;
  const label = (field: Parameters<typeof fieldKey>[0]) => capitalise(t(lang, fieldKey(field)));
  const waktuTempat = [item.waktuPembuatan, item.tempatPembuatan].filter(Boolean).join(', ');
  return (
    <>
      <p class="meta">{t(lang, `informasi.klasifikasi.${item.klasifikasi as (typeof dipKlasifikasi)[number]}`)}</p>
      <p class="body">{item.ringkasan}</p>
      {item.perluDiperbarui ? <p class="flag">{t(lang, 'informasi.overdue')}</p> : null}
      <dl class="facts">
        <dt>{label('penguasaInformasi')}</dt>
        <dd>{item.penguasaInformasi}</dd>
        {waktuTempat ? (
          <>
            <dt>{label('waktuTempat')}</dt>
            <dd>{waktuTempat}</dd>
          </>
        ) : null}
        <dt>{label('bentuk')}</dt>
        <dd>{t(lang, `informasi.bentuk.${item.bentuk as 'softcopy' | 'hardcopy' | 'keduanya'}`)}</dd>
        {item.jangkaWaktuPenyimpanan ? (
          <>
            <dt>{label('jangkaWaktuPenyimpanan')}</dt>
            <dd>{item.jangkaWaktuPenyimpanan}</dd>
          </>
        ) : null}
        {item.tanggalTerbit ? (
          <>
            <dt>{label('tanggalTerbit')}</dt>
            <dd>{formatDate(trail, item.tanggalTerbit)}</dd>
          </>
        ) : null}
        {item.pembaruanBerikutnya ? (
          <>
            <dt>{label('pembaruanBerikutnya')}</dt>
            <dd>{formatDate(trail, item.pembaruanBerikutnya)}</dd>
          </>
        ) : null}
      </dl>
      {item.tautan.length > 0 ? (
        <>
          <h2>{label('tautan')}</h2>
          <ul class="links">
            {item.tautan.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer">
                  {link.judul}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <PublicLampiranList ctx={trail.ctx} items={documents} fileHref={(id) => dipFileHref(trail, item.id, id)} />
    </>
  );
}

function fieldKey(field: 'penguasaInformasi' | 'waktuTempat' | 'bentuk' | 'jangkaWaktuPenyimpanan' | 'tanggalTerbit' | 'pembaruanBerikutnya' | 'tautan') {
  return `informasi.field.${field}` as const;
}

/** Field labels are lower case for use inside sentences; headings and terms start upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
