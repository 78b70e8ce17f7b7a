import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Fixture } from '../../../test/fixtures.ts';
import type { TestWarta } from '../../../test/harness.ts';
import type { GambarRender } from '../../konten/render-isi.ts';
import { konten, kontenRevisi } from '../../konten/schema.ts';
import { syncKontenDaftar } from '../../konten/sync-daftar.ts';
import type { Atribut, JenisKonten, StatusKonten } from '../../konten/terms.ts';

/** Every photo id a page asks for exists, in four widths and two formats (as the media module makes them). */
export function fakeMedia(ids: string[]): Map<string, GambarRender> {
  return new Map(
    ids.map((id) => {
      const set = (ext: string) => [320, 640, 1024, 1600].map((w) => `/media/${id}/${w}.${ext} ${w}w`).join(', ');
      return [
        id,
        {
          alt: 'Peserta rapat di aula',
          width: 1600,
          height: 1000,
          src: `/media/${id}/1024.jpg`,
          srcsetWebp: set('webp'),
          srcsetJpeg: set('jpg'),
          credit: null,
        },
      ];
    }),
  );
}

export type TestItem = {
  unitId: string;
  jenis?: JenisKonten;
  slug: string;
  judul: string;
  ringkasan?: string;
  status?: StatusKonten;
  bidangId?: string | null;
  live?: boolean;
  /** Hours before now of the first publication. */
  hoursAgo?: number;
  atribut?: Atribut;
  cover?: boolean;
  /** The body (the editor's document); by default one paragraph naming the title. */
  isi?: { type: 'doc'; content: unknown[] };
  scheduledAt?: Date;
};

/** Writes an item the way the workflow leaves it: a revision, and liveRevisionId only when published. */
export async function addItem(w: TestWarta, f: Fixture, it: TestItem): Promise<{ id: string; revisionId: string }> {
  const db = w.services.db;
  const id = randomUUID();
  const live = it.live !== false;
  const publishedAt = live ? new Date(Date.now() - (it.hoursAgo ?? 24) * 3_600_000) : null;
  await db.insert(konten).values({
    id,
    tenantId: f.tenant.id,
    unitId: it.unitId,
    jenis: it.jenis ?? 'berita',
    slug: it.slug,
    status: it.status ?? (live ? 'terbit' : 'draf'),
    bidangId: it.bidangId ?? null,
    createdBy: f.writerA.id,
    publishedAt,
    scheduledAt: it.scheduledAt ?? null,
  });
  const cover = it.cover ? randomUUID() : null;
  const [rev] = await db
    .insert(kontenRevisi)
    .values({
      kontenId: id,
      nomor: 1,
      judul: it.judul,
      ringkasan: it.ringkasan ?? `Ringkasan ${it.judul}.`,
      isi: (it.isi ?? { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Isi ${it.judul}.` }] }] }) as never,
      atribut: it.atribut ?? {},
      coverMediaId: cover,
      bidangId: it.bidangId ?? null,
      mediaIds: [...(cover ? [cover] : []), ...bodyPhotos(it.isi)],
      hash: `h-${id}`,
      authorLabel: 'Penulis Uji',
      createdAt: publishedAt ?? new Date(),
    })
    .returning();
  await db
    .update(konten)
    .set({ currentRevisionId: rev!.id, liveRevisionId: live ? rev!.id : null, approvedRevisionId: live ? rev!.id : null })
    .where(eq(konten.id, id));
  await syncKontenDaftar(db, [id]);
  return { id, revisionId: rev!.id };
}

/** Takes an item off the site (as unpublishing does) or puts it (back) on. */
export async function setLive(w: TestWarta, item: { id: string; revisionId: string }, live: boolean): Promise<void> {
  await w.services.db
    .update(konten)
    .set(live ? { liveRevisionId: item.revisionId, status: 'terbit', publishedAt: new Date() } : { liveRevisionId: null, status: 'ditarik' })
    .where(eq(konten.id, item.id));
  await syncKontenDaftar(w.services.db, [item.id]);
}

// The photos a test body shows, as the revision's mediaIds lists them.
function bodyPhotos(isi: TestItem['isi']): string[] {
  return (isi?.content ?? []).flatMap((b) => {
    const block = b as { type: string; attrs?: { mediaId?: string } };
    return block.type === 'mediaImage' && block.attrs?.mediaId ? [block.attrs.mediaId] : [];
  });
}
