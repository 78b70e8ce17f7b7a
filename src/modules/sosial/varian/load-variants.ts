import { and, asc, eq, inArray, ne, or } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import type { KontenRow, RevisiRow } from '../../konten/load-konten.ts';
import { publicSegmentsOf } from '../../konten/public-path.ts';
import type { JenisKonten } from '../../konten/terms.ts';
import { mediaFacts } from '../../media/media-facts.ts';
import { listBidang } from '../../org/find-units.ts';
import { getTenant } from '../../org/get-tenant.ts';
import { unitInTenant } from '../../org/load-in-tenant.ts';
import { siteAddressOf, unitUrl } from '../../site/meta/site-address.ts';
import { platformNames } from '../messages.ts';
import { type Platform, platforms } from '../platform.ts';
import { sosialAkun, sosialVarian } from '../schema.ts';
import { effectiveVariant, type ItemSource, mediaOf, type VariantFields } from './derive.ts';
import { type AccountFacts, type CheckedVariant, variantProblems } from './problems.ts';

export type AkunRow = typeof sosialAkun.$inferSelect;
export type VarianRow = typeof sosialVarian.$inferSelect;

/** An item's variants with what they are made of: the revision's defaults, the unit's accounts and the stored rows. */
export type VariantSet = { item: ItemSource; accounts: AkunRow[]; rows: Map<string, VarianRow> };

/**
 * The variants of an item at one revision. The accounts are the unit's, except those an admin
 * disconnected (unless the item already has a variant for one), in platform order.
 */
export async function loadVariants(db: Queryable, publicUrl: string, row: KontenRow, revisi: RevisiRow): Promise<VariantSet> {
  const stored = await db.select().from(sosialVarian).where(eq(sosialVarian.kontenId, row.id));
  const rows = new Map(stored.map((r) => [r.akunId, r]));
  const listed = await db
    .select()
    .from(sosialAkun)
    .where(
      and(
        eq(sosialAkun.tenantId, row.tenantId),
        eq(sosialAkun.unitId, row.unitId),
        rows.size ? or(ne(sosialAkun.status, 'terputus'), inArray(sosialAkun.id, [...rows.keys()])) : ne(sosialAkun.status, 'terputus'),
      ),
    )
    .orderBy(asc(sosialAkun.nama), asc(sosialAkun.id));
  const accounts = listed.sort((a, b) => platforms.indexOf(a.platform as Platform) - platforms.indexOf(b.platform as Platform));
  return { item: await itemSource(db, publicUrl, row, revisi), accounts, rows };
}

/** The defaults' material: the revision's words, media and the item's public address. */
export async function itemSource(db: Queryable, publicUrl: string, row: KontenRow, revisi: RevisiRow): Promise<ItemSource> {
  const ids = [...new Set([...(revisi.coverMediaId ? [revisi.coverMediaId] : []), ...revisi.mediaIds])];
  return {
    judul: revisi.judul,
    ringkasan: revisi.ringkasan,
    link: await itemLink(db, publicUrl, row, revisi),
    coverMediaId: revisi.coverMediaId,
    tags: revisi.tags,
    media: await mediaFacts(db, row.tenantId, ids),
  };
}

/** The item's public page at a revision (its bidang and category are part of the address). */
export async function itemLink(db: Queryable, publicUrl: string, row: KontenRow, revisi: RevisiRow): Promise<string> {
  const tenant = await getTenant(db, row.tenantId);
  const unit = await unitInTenant(db, row.tenantId, row.unitId);
  const slugs = new Map((await listBidang(db, row.unitId)).map((b) => [b.id, b.slug]));
  const segments = publicSegmentsOf({ jenis: row.jenis as JenisKonten, slug: row.slug, bidangId: revisi.bidangId, atribut: revisi.atribut }, slugs);
  return unitUrl(siteAddressOf(publicUrl, tenant, unit), segments);
}

/** TikTok's privacy levels for this creator, as the account's last connection read them; null until connected. */
export function privacyOptionsOf(akun: AkunRow): readonly string[] | null {
  return akun.opsiPrivasi ?? null;
}

/** What the limit check needs of an account. */
export function accountFacts(akun: AkunRow, item: ItemSource): AccountFacts {
  return { platform: akun.platform as Platform, mode: akun.mode, privacyOptions: privacyOptionsOf(akun), link: item.link };
}

/** A variant's effective fields as checked: the media facts in its order. */
export function checkedOf(fields: VariantFields, item: ItemSource): CheckedVariant {
  return { text: fields.teks, title: fields.judul, thread: fields.utas, media: mediaOf(item, fields.mediaIds), settings: fields.pengaturan };
}

/** One account's variant as it stands, with its problems ("X “Humas NTT”" names it when `named`). */
export function variantOf(set: VariantSet, akun: AkunRow, named = false) {
  const platform = akun.platform as Platform;
  const fields = effectiveVariant(platform, set.rows.get(akun.id) ?? null, set.item);
  const label = named ? `${platformNames[platform]} “${akun.nama}”` : undefined;
  return { fields, problems: variantProblems(checkedOf(fields, set.item), accountFacts(akun, set.item), label) };
}
