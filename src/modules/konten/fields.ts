import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/types.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import { personInTenant } from '../org/load-in-tenant.ts';
import { bidang } from '../org/schema.ts';
import { mediaIdsOf, parseIsi } from './isi-schema.ts';
import type { RevisionContent } from './revision-hash.ts';
import { type Atribut, type JenisKonten, jenisKonten, kategoriPublikasi } from './terms.ts';

const mediaId = z.uuid();
const instant = z.iso.datetime({ offset: true });

/** The kind-specific fields as the API takes them; what a kind needs is checked in `contentOf`. */
export const atributBody = z
  .object({
    mulai: instant.nullish(),
    selesai: instant.nullish(),
    tempat: z.string().trim().max(300).nullish(),
    kategori: z.enum(kategoriPublikasi).nullish(),
    dokumen: z.array(mediaId).max(50).nullish(),
    foto: z.array(mediaId).max(200).nullish(),
    youtube: z.string().trim().max(300).nullish(),
    videoMediaId: mediaId.nullish(),
  })
  .default({});

/** The editable fields of an item (create, save, preview). */
export const kontenFields = {
  judul: z.string().trim().min(1, { message: 'msg:konten.invalid.judul' }).max(300),
  ringkasan: z.string().trim().max(1000).default(''),
  isi: z.unknown(),
  atribut: atributBody,
  bidangId: z.uuid().nullish(),
  penulisPersonId: z.uuid().nullish(),
  coverMediaId: z.uuid().nullish(),
  tags: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
};
export const jenisField = z.enum(jenisKonten);

export type KontenInput = {
  judul: string;
  ringkasan: string;
  isi: unknown;
  atribut: z.output<typeof atributBody>;
  bidangId?: string | null;
  penulisPersonId?: string | null;
  coverMediaId?: string | null;
  tags: string[];
};

const invalid = (field: string, key: MessageKey): never => {
  throw new AppError('invalid', key, field);
};

// YouTube addresses people paste: watch?v=, youtu.be/, shorts/ and embed/.
const youtubePattern = /^https:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch\?(?:.*&)?v=|shorts\/|embed\/)|youtu\.be\/)([A-Za-z0-9_-]{11})(?:[?&#].*)?$/;

/** The video id of a YouTube address, or null when it is not one. */
export function youtubeId(url: string): string | null {
  return youtubePattern.exec(url)?.[1] ?? null;
}

/** Keeps the fields of this kind only and refuses what the kind needs but lacks. */
function atributOf(jenis: JenisKonten, a: KontenInput['atribut']): Atribut {
  switch (jenis) {
    case 'agenda': {
      if (!a.mulai) return invalid('atribut.mulai', 'konten.invalid.mulai');
      if (!a.tempat) return invalid('atribut.tempat', 'konten.invalid.tempat');
      if (a.selesai && Date.parse(a.selesai) < Date.parse(a.mulai)) return invalid('atribut.selesai', 'konten.invalid.selesai');
      return { mulai: a.mulai, selesai: a.selesai ?? null, tempat: a.tempat };
    }
    case 'publikasi':
      if (!a.kategori) return invalid('atribut.kategori', 'konten.invalid.kategori');
      if (!a.dokumen?.length) return invalid('atribut.dokumen', 'konten.invalid.dokumen');
      return { kategori: a.kategori, dokumen: [...new Set(a.dokumen)] };
    case 'galeri':
      if (!a.foto?.length) return invalid('atribut.foto', 'konten.invalid.foto');
      return { foto: [...new Set(a.foto)] };
    case 'video': {
      if (a.youtube && !youtubeId(a.youtube)) return invalid('atribut.youtube', 'konten.invalid.video');
      if (!a.youtube && !a.videoMediaId) return invalid('atribut.youtube', 'konten.invalid.video');
      return { youtube: a.youtube || null, videoMediaId: a.videoMediaId ?? null };
    }
    default:
      return {};
  }
}

/**
 * Turns what the editor sent into a revision's content: the body through the allow-list, the
 * kind's fields checked (berita: a bidang of the unit; artikel: an author of the tenant), and the
 * list of every media item it shows.
 */
export async function contentOf(db: Queryable, scope: { tenantId: string; unitId: string; jenis: JenisKonten }, input: KontenInput): Promise<RevisionContent> {
  const isi = parseIsi(input.isi);
  const atribut = atributOf(scope.jenis, input.atribut);
  let bidangId: string | null = null;
  let penulisPersonId: string | null = null;
  if (scope.jenis === 'berita') {
    if (!input.bidangId) return invalid('bidangId', 'konten.invalid.bidangId');
    const [row] = await db
      .select({ id: bidang.id })
      .from(bidang)
      .where(and(eq(bidang.id, input.bidangId), eq(bidang.unitId, scope.unitId)));
    if (!row) return invalid('bidangId', 'konten.invalid.bidangId');
    bidangId = row.id;
  }
  if (scope.jenis === 'artikel') {
    if (!input.penulisPersonId) return invalid('penulisPersonId', 'konten.invalid.penulisPersonId');
    penulisPersonId = (await personInTenant(db, scope.tenantId, input.penulisPersonId, 'penulisPersonId')).id;
  }
  const coverMediaId = input.coverMediaId ?? null;
  const mediaIds = [
    ...new Set([
      ...(coverMediaId ? [coverMediaId] : []),
      ...mediaIdsOf(isi),
      ...(atribut.foto ?? []),
      ...(atribut.dokumen ?? []),
      ...(atribut.videoMediaId ? [atribut.videoMediaId] : []),
    ]),
  ];
  const tags = [...new Set(input.tags.map((tag) => tag.trim()).filter(Boolean))];
  return { judul: input.judul.trim(), ringkasan: input.ringkasan.trim(), isi, atribut, coverMediaId, tags, mediaIds, bidangId, penulisPersonId };
}
