import type { Queryable } from '../../db/types.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import type { OrgActor } from '../org/actor.ts';
import { listBidang } from '../org/find-units.ts';
import { getTenant } from '../org/get-tenant.ts';
import { personInTenant, unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import type { SiteContext } from '../site/resolve-site.ts';
import { contentOf, type KontenInput } from './fields.ts';
import { kontenInTenant } from './load-konten.ts';
import { getMediaForRender } from './media-port.ts';
import type { PublicKonten } from './public-item.ts';
import type { Atribut, JenisKonten } from './terms.ts';
import { KontenPage } from './views/konten-page.tsx';

export type PreviewInput = KontenInput & { unitId: string; jenis: JenisKonten; kontenId?: string | null };

/**
 * The public page's content as the site renders it, for the editor's live preview and the head's
 * approval: the title and the very component of the item page (date line, bidang, byline, agenda
 * facts, cover, body), after the same validation as a save (nothing is stored). The library's
 * photos are shown even before they are public. With `kontenId`, the date line is the item's own:
 * its publication date once published, else its scheduled time, else "not yet published".
 */
export async function previewKonten(db: Queryable, actor: OrgActor, lang: Lang, input: PreviewInput) {
  const unit = await unitInTenant(db, actor.tenantId, input.unitId, 'unitId');
  assertOrg(actor, 'konten.write', unit.id);
  const existing = input.kontenId ? await kontenInTenant(db, actor.tenantId, input.kontenId) : null;
  // The date line of another unit's item would not be this page's.
  if (existing && existing.unitId !== unit.id) throw new AppError('invalid', 'konten.not_found', 'kontenId');
  const c = await contentOf(db, { tenantId: actor.tenantId, unitId: unit.id, jenis: input.jenis }, input);
  const [tenant, bidang, gambar, penulis] = await Promise.all([
    getTenant(db, actor.tenantId),
    listBidang(db, unit.id),
    getMediaForRender(db, [...new Set([c.coverMediaId, ...c.mediaIds, ...((c.atribut as Atribut).foto ?? [])].filter((id): id is string => !!id))]),
    input.jenis === 'artikel' && c.penulisPersonId ? personInTenant(db, actor.tenantId, c.penulisPersonId) : null,
  ]);
  const now = new Date();
  const publishedAt = existing?.publishedAt ?? null;
  const item: PublicKonten = {
    id: existing?.id ?? '',
    jenis: input.jenis,
    slug: existing?.slug ?? '',
    bidangId: c.bidangId,
    publishedAt: publishedAt ?? now,
    judul: c.judul,
    ringkasan: c.ringkasan,
    coverMediaId: c.coverMediaId,
    atribut: c.atribut as Atribut,
    penulis: penulis?.name ?? null,
    isi: c.isi as PublicKonten['isi'],
    tags: c.tags,
    mediaIds: c.mediaIds,
    revisedAt: now,
  };
  const ctx: SiteContext = { lang, tenant, unit, base: unit.host ? '' : `/${unit.slug}`, onUnitHost: !!unit.host, path: '' };
  const page = (
    <>
      <h1>{c.judul}</h1>
      <KontenPage
        ctx={ctx}
        item={item}
        gambar={gambar}
        bidang={new Map(bidang.map((b) => [b.id, { slug: b.slug, name: b.name }]))}
        belumTerbit={publishedAt ? undefined : { jadwal: existing?.scheduledAt ?? null }}
      />
    </>
  );
  return { html: String(await page.toString()) };
}
