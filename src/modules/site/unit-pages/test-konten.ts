import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Fixture } from '../../../test/fixtures.ts';
import type { TestWarta } from '../../../test/harness.ts';
import { type DokumenIsi, konten, kontenRevisi } from '../../konten/schema.ts';
import { syncKontenDaftar } from '../../konten/sync-daftar.ts';
import type { Atribut, JenisKonten } from '../../konten/terms.ts';
import { media, mediaUsage } from '../../media/schema.ts';
import { mediaStorage } from '../../media/storage.ts';

// Test-only: content rows as the workflow leaves them, and a public document in the media library.

export type TestItem = {
  jenis: JenisKonten;
  slug: string;
  judul: string;
  unitId?: string;
  /** false: a draft (no live revision). */
  live?: boolean;
  /** Publication time. */
  publishedAt?: Date;
  atribut?: Atribut;
  cover?: string | null;
  penulisPersonId?: string | null;
  bidangId?: string | null;
  ringkasan?: string;
  /** A later revision (an edit under review) with another title. */
  draftJudul?: string;
};

const doc = (text: string): DokumenIsi => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** Writes an item with its first revision, live unless `live: false`; a draft edit on top when asked. */
export async function addKonten(w: TestWarta, f: Fixture, it: TestItem): Promise<string> {
  const db = w.services.db;
  const id = randomUUID();
  const live = it.live !== false;
  const publishedAt = live ? (it.publishedAt ?? new Date()) : null;
  await db.insert(konten).values({
    id,
    tenantId: f.tenant.id,
    unitId: it.unitId ?? f.unitA.id,
    jenis: it.jenis,
    slug: it.slug,
    status: live ? 'terbit' : 'draf',
    bidangId: it.bidangId ?? null,
    penulisPersonId: it.penulisPersonId ?? null,
    createdBy: f.writerA.id,
    publishedAt,
  });
  const [first] = await db
    .insert(kontenRevisi)
    .values({
      kontenId: id,
      nomor: 1,
      judul: it.judul,
      ringkasan: it.ringkasan ?? `Ringkasan ${it.judul}.`,
      isi: doc(`Isi ${it.judul}.`),
      atribut: it.atribut ?? {},
      coverMediaId: it.cover ?? null,
      bidangId: it.bidangId ?? null,
      penulisPersonId: it.penulisPersonId ?? null,
      mediaIds: [],
      hash: `h-${id}-1`,
      authorLabel: 'Penulis Uji',
      createdAt: publishedAt ?? new Date(),
    })
    .returning();
  let current = first!.id;
  if (it.draftJudul) {
    const [second] = await db
      .insert(kontenRevisi)
      .values({
        kontenId: id,
        nomor: 2,
        judul: it.draftJudul,
        isi: doc('Kalimat draf.'),
        atribut: it.atribut ?? {},
        hash: `h-${id}-2`,
        authorLabel: 'Penulis Uji',
      })
      .returning();
    current = second!.id;
  }
  await db
    .update(konten)
    .set({ currentRevisionId: current, liveRevisionId: live ? first!.id : null, approvedRevisionId: live ? first!.id : null })
    .where(eq(konten.id, id));
  await syncKontenDaftar(db, [id]);
  return id;
}

/** A stored document of unit A's library, used publicly by `entityId` when `isPublic`. */
export async function addDokumen(
  w: TestWarta,
  f: Fixture,
  d: { name: string; mediaType: string; bytes: Buffer; entityId: string; isPublic: boolean; kind?: 'dokumen' | 'video' },
): Promise<string> {
  const id = randomUUID();
  const key = `${f.tenant.id}/${id}/asli`;
  await mediaStorage(w.services.config).put(key, d.bytes, d.mediaType);
  await w.services.db.insert(media).values({
    id,
    tenantId: f.tenant.id,
    unitId: f.unitA.id,
    kind: d.kind ?? 'dokumen',
    originalName: d.name,
    mediaType: d.mediaType,
    sizeBytes: d.bytes.length,
    storageKey: key,
    state: 'siap',
  });
  await w.services.db.insert(mediaUsage).values({ tenantId: f.tenant.id, entity: 'konten', entityId: d.entityId, mediaId: id, isPublic: d.isPublic });
  return id;
}
