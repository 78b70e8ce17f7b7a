import { raw } from 'hono/html';
import { t } from '../../../i18n/catalogue.ts';
import { type SiteContext, siteHref } from '../../site/resolve-site.ts';
import { unitPath } from '../../site/site-menu.ts';
import type { Block } from '../isi-schema.ts';
import type { DokumenPublik } from '../public-dokumen.ts';
import type { PublicKonten } from '../public-item.ts';
import { type GambarRender, type RenderOptions, renderGambar, renderIsi } from '../render-isi.ts';
import { DokumenList } from './dokumen-list.tsx';
import { GaleriGrid } from './galeri.tsx';
import type { BidangPublik } from './konten-list.tsx';
import { tanggalPanjang, tanggalWaktu } from './tanggal.ts';
import { VideoUnggahan, VideoYoutube } from './video-poster.tsx';

export type KontenPageProps = {
  ctx: SiteContext;
  item: PublicKonten;
  gambar: ReadonlyMap<string, GambarRender>;
  bidang: BidangPublik;
  /**
   * Set by the preview of an item that is not on the site yet: the date line says "not yet
   * published" or the scheduled time instead of the publication date. Everything else is the page.
   */
  belumTerbit?: { jadwal: Date | null };
  /** publikasi: its documents as the site serves them, and each one's download address. */
  dokumen?: { list: DokumenPublik[]; hrefOf(id: string): string };
  /** video: an uploaded video's address on the site and its type (a YouTube video needs none). */
  videoFile?: { src: string; type: string };
};

// A revision written more than a day after the first publication is worth telling the reader about.
const UPDATE_WORTH_NOTING_MS = 24 * 60 * 60 * 1000;

/** The YouTube video id of a watch, short or embed address; null for anything else. */
export function youtubeIdOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const m = /^https?:\/\/(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/)|youtu\.be\/)([A-Za-z0-9_-]{11})/.exec(address);
  return m?.[1] ?? null;
}

/**
 * The public page of one live item (the page's h1 is its title, from the layout): the date in the
 * tenant's zone, bidang or byline, the cover photo (loaded at once), the body through the
 * allow-list renderer (its photos load lazily), the kind's own facts, and the tags.
 */
export function KontenPage({ ctx, item, gambar, bidang, belumTerbit, dokumen, videoFile }: KontenPageProps) {
  const o: RenderOptions = { lang: ctx.lang, gambar };
  const zone = ctx.tenant.timeZone;
  const division = item.bidangId ? bidang.get(item.bidangId) : undefined;
  const updated = item.revisedAt.getTime() - item.publishedAt.getTime() > UPDATE_WORTH_NOTING_MS;
  const video = item.jenis === 'video' ? youtubeIdOf(item.atribut.youtube) : null;
  // A video's cover is its poster, a gallery's photos are its grid: neither repeats above the text.
  const poster = item.jenis === 'video' && item.coverMediaId ? gambar.get(item.coverMediaId) : undefined;
  const showCover = item.jenis !== 'video' || (!video && !videoFile);
  return (
    <article class="konten">
      <p class="meta">
        {belumTerbit ? (
          <DateNotYet ctx={ctx} jadwal={belumTerbit.jadwal} />
        ) : (
          <time datetime={item.publishedAt.toISOString()}>
            {t(ctx.lang, 'konten.publik.terbit', { date: tanggalPanjang(ctx.lang, zone, item.publishedAt) })}
          </time>
        )}
        {updated && !belumTerbit ? ` · ${t(ctx.lang, 'konten.publik.diperbarui', { date: tanggalPanjang(ctx.lang, zone, item.revisedAt) })}` : null}
        {division ? (
          <>
            {' · '}
            <a href={siteHref(ctx, unitPath(ctx, 'berita', division.slug))}>{division.name}</a>
          </>
        ) : null}
        {item.penulis ? ` · ${t(ctx.lang, 'konten.publik.oleh', { nama: item.penulis })}` : null}
      </p>
      {showCover ? raw(renderGambar(item.coverMediaId, { ...o, eager: true })) : null}
      {video ? <VideoYoutube ctx={ctx} videoId={video} poster={poster} /> : null}
      {!video && videoFile ? <VideoUnggahan src={videoFile.src} type={videoFile.type} poster={poster} /> : null}
      {item.ringkasan ? <p class="lead">{item.ringkasan}</p> : null}
      {item.jenis === 'agenda' ? <AgendaFacts ctx={ctx} item={item} /> : null}
      <div class="body">{raw(renderIsi({ content: (item.isi.content ?? []) as Block[] }, o))}</div>
      {item.jenis === 'galeri' ? <GaleriGrid ctx={ctx} ids={item.atribut.foto ?? []} gambar={gambar} /> : null}
      {dokumen ? <DokumenList ctx={ctx} dokumen={dokumen.list} hrefOf={dokumen.hrefOf} /> : null}
      {item.tags.length > 0 ? (
        <div class="tags">
          <h2>{t(ctx.lang, 'konten.publik.tag')}</h2>
          <ul>
            {item.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}

/** The preview's date line: the scheduled time, or that the item is not published yet. */
function DateNotYet({ ctx, jadwal }: { ctx: SiteContext; jadwal: Date | null }) {
  if (!jadwal) return <span class="belum-terbit">{t(ctx.lang, 'konten.publik.belum_terbit')}</span>;
  return <time datetime={jadwal.toISOString()}>{t(ctx.lang, 'konten.publik.dijadwalkan', { date: tanggalWaktu(ctx.lang, ctx.tenant.timeZone, jadwal) })}</time>;
}

function AgendaFacts({ ctx, item }: { ctx: SiteContext; item: PublicKonten }) {
  const { mulai, selesai, tempat } = item.atribut;
  const zone = ctx.tenant.timeZone;
  const when = mulai ? tanggalWaktu(ctx.lang, zone, new Date(mulai)) + (selesai ? ` – ${tanggalWaktu(ctx.lang, zone, new Date(selesai))}` : '') : null;
  if (!when && !tempat) return null;
  return (
    <dl class="facts">
      {when ? (
        <>
          <dt>{t(ctx.lang, 'konten.publik.agenda_waktu')}</dt>
          <dd>{when}</dd>
        </>
      ) : null}
      {tempat ? (
        <>
          <dt>{t(ctx.lang, 'konten.publik.agenda_tempat')}</dt>
          <dd>{tempat}</dd>
        </>
      ) : null}
    </dl>
  );
}
