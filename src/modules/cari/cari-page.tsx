import type { Queryable } from '../../db/types.ts';
import { type MessageKey, t } from '../../i18n/catalogue.ts';
import { publicSegmentsOf } from '../konten/public-path.ts';
import { tanggalPanjang } from '../konten/views/tanggal.ts';
import { type Bidang, listBidang, listUnits, type Unit } from '../org/find-units.ts';
import { type SiteContext, siteHref } from '../site/resolve-site.ts';
import { type PageSpec, pageTrail } from '../site/unit-pages/page-trail.ts';
import { EmptyState } from '../site/views/empty-state.tsx';
import type { Crumb } from '../site/views/layout.tsx';
import { Pager, pageCount, pagedHref } from '../site/views/pager.tsx';
import { Highlighted } from './highlight.tsx';
import { type CariRequest, readCariQuery } from './read-cari-query.ts';
import { bidangMatching, type CariHit, searchSite } from './search-site.ts';
import { suggestWords } from './suggest-words.ts';
import { CARI_CANDIDATES, CARI_MAX_PAGE, CARI_PAGE_SIZE } from './terms.ts';
import { CariForm } from './views/cari-form.tsx';

/** The search page's path on this site: `/{unit}/cari`, or `/cari` on the pemda's or a unit's own host. */
const cariPath = (ctx: SiteContext) => `${ctx.base}/cari`;

function crumbsOf(ctx: SiteContext): Crumb[] {
  const here = { label: t(ctx.lang, 'cari.title'), href: siteHref(ctx, cariPath(ctx)) };
  return ctx.unit ? [...pageTrail(ctx, ctx.unit).home, here] : [{ label: ctx.tenant.name, href: siteHref(ctx, '/') }, here];
}

/** The search page in the site frame, or the form with the wrong field named (400); `notice` is a 429's text. */
export async function cariPage(db: Queryable, ctx: SiteContext, query: URLSearchParams, limited?: string): Promise<PageSpec> {
  const bidang = ctx.unit ? await listBidang(db, ctx.unit.id) : [];
  const frame = (content: PageSpec['content'], title: string, status?: PageSpec['status']): PageSpec => ({
    title,
    section: 'beranda',
    crumbs: crumbsOf(ctx),
    content,
    meta: { noindex: true },
    status,
    private: status === 400 || status === 429,
  });
  const parsed = readCariQuery(query);
  const q = query.get('q') ?? '';
  if (limited)
    return frame(
      <CariForm ctx={ctx} action={cariPath(ctx)} bidang={bidang} request={{ q, words: [], halaman: 1 }} notice={limited} />,
      t(ctx.lang, 'cari.title'),
      429,
    );
  if (!parsed.ok) {
    const form = <CariForm ctx={ctx} action={cariPath(ctx)} bidang={bidang} request={{ q, words: [], halaman: 1 }} error={parsed.problem} />;
    return frame(form, t(ctx.lang, 'cari.title'), 400);
  }
  const request = parsed.request;
  const bidangId = request.bidang ? bidang.find((b) => b.slug === request.bidang)?.id : undefined;
  if (request.bidang && !bidangId) {
    const form = <CariForm ctx={ctx} action={cariPath(ctx)} bidang={bidang} request={request} error={{ field: 'bidang', key: 'cari.bad_bidang' }} />;
    return frame(form, t(ctx.lang, 'cari.title'), 400);
  }
  const form = <CariForm ctx={ctx} action={cariPath(ctx)} bidang={bidang} request={request} />;
  if (request.words.length === 0)
    return frame(
      <>
        {form}
        <p>{t(ctx.lang, 'cari.prompt')}</p>
      </>,
      t(ctx.lang, 'cari.title'),
    );
  const found = await runSearch(db, ctx, request, bidangId);
  const title = t(ctx.lang, 'cari.title_q', { q: request.q });
  // Past the last page no row carries the count: such an address is not a page of results.
  if (found.total === 0 && request.halaman > 1) return frame(form, title, 404);
  if (found.total === 0)
    return frame(
      <>
        {form}
        <EmptyState text={t(ctx.lang, 'cari.empty', { q: request.q })} />
      </>,
      title,
    );
  const pages = Math.min(pageCount(found.total, CARI_PAGE_SIZE), CARI_MAX_PAGE);
  if (request.halaman > pages)
    return frame(
      <CariForm ctx={ctx} action={cariPath(ctx)} bidang={bidang} request={request} error={{ field: 'halaman', key: 'cari.bad_halaman' }} />,
      title,
      404,
    );
  const units = ctx.unit ? [ctx.unit] : await listUnits(db, ctx.tenant.id);
  const slugs = await bidangSlugsOf(db, found.hits, bidang, ctx.unit);
  const params = paramsOf(request);
  return frame(
    <>
      {form}
      <p role="status">
        {found.koreksi
          ? t(ctx.lang, 'cari.corrected', { q: request.q, koreksi: found.koreksi.join(' ') })
          : found.capped
            ? t(ctx.lang, 'cari.count_capped', { n: CARI_CANDIDATES })
            : t(ctx.lang, 'cari.count', { n: found.total })}
      </p>
      <ol class="kabar-list hasil-cari">
        {found.hits.map((hit) => (
          <HitItem key={`${hit.sumber}-${hit.id}`} ctx={ctx} hit={hit} units={units} slugs={slugs} />
        ))}
      </ol>
      <Pager ctx={ctx} label={t(ctx.lang, 'cari.pages')} page={request.halaman} pages={pages} href={(n) => pagedHref(cariPath(ctx), params, n, ctx.lang)} />
    </>,
    title,
  );
}

/** The search, and when it found nothing the same search with each unknown word corrected. */
async function runSearch(db: Queryable, ctx: SiteContext, request: CariRequest, bidangId: string | undefined) {
  const unitId = ctx.unit?.id ?? null;
  const filter = { tenantId: ctx.tenant.id, unitId, jenis: request.jenis, bidangId, tahun: request.tahun, halaman: request.halaman };
  const matched = await bidangMatching(db, ctx.tenant.id, unitId, request.words);
  const first = await searchSite(db, { ...filter, words: request.words }, matched);
  if (first.total > 0 || request.halaman > 1) return { ...first, koreksi: null };
  const koreksi = await suggestWords(db, ctx.tenant.id, unitId, request.words);
  if (!koreksi) return { ...first, koreksi: null };
  const second = await searchSite(db, { ...filter, words: koreksi }, await bidangMatching(db, ctx.tenant.id, unitId, koreksi));
  return { ...second, koreksi: second.total > 0 ? koreksi : null };
}

// The pager keeps the other parameters; empty ones are left out of the address.
function paramsOf(r: CariRequest): Record<string, string> {
  const out: Record<string, string> = { q: r.q };
  if (r.jenis) out.jenis = r.jenis;
  if (r.bidang) out.bidang = r.bidang;
  if (r.tahun) out.tahun = String(r.tahun);
  return out;
}

/** Bidang slugs by id for the berita addresses: the unit's own, or on the pemda's search those of the units found. */
async function bidangSlugsOf(db: Queryable, hits: CariHit[], own: Bidang[], unit: Unit | null): Promise<Map<string, string>> {
  if (unit) return new Map(own.map((b) => [b.id, b.slug]));
  const unitIds = [...new Set(hits.filter((h) => h.jenis === 'berita').map((h) => h.unitId))];
  const lists = await Promise.all(unitIds.map((id) => listBidang(db, id)));
  return new Map(lists.flat().map((b) => [b.id, b.slug]));
}

type HitProps = { ctx: SiteContext; hit: CariHit; units: Unit[]; slugs: Map<string, string> };

function HitItem({ ctx, hit, units, slugs }: HitProps) {
  const unit = units.find((u) => u.id === hit.unitId);
  const segments =
    hit.sumber === 'dip'
      ? ['ppid', 'dip', hit.id]
      : publicSegmentsOf({ jenis: hit.jenis as never, slug: hit.slug ?? '', bidangId: hit.bidangId, atribut: hit.atribut }, slugs);
  // On a unit's site its own prefix; on the pemda's site the unit's path below the pemda.
  const base = ctx.unit ? ctx.base : `/${unit?.slug ?? ''}`;
  const href = siteHref(ctx, `${base}/${segments.map(encodeURIComponent).join('/')}`);
  const kind = hit.jenis === 'dip' ? t(ctx.lang, 'cari.jenis.dip') : t(ctx.lang, `konten.jenis.${hit.jenis}` as MessageKey);
  return (
    <li class="kabar">
      <h2>
        <a href={href}>{hit.judul}</a>
      </h2>
      <p class="meta">
        {kind}
        {hit.tanggal ? (
          <>
            {' · '}
            <time datetime={hit.tanggal.toISOString()}>{tanggalPanjang(ctx.lang, ctx.tenant.timeZone, hit.tanggal)}</time>
          </>
        ) : null}
        {!ctx.unit && unit ? ` · ${unit.name}` : null}
      </p>
      {hit.cuplikan ? (
        <p>
          <Highlighted text={hit.cuplikan} />
        </p>
      ) : null}
    </li>
  );
}
