// Live news items for the benchmarks, written straight into the tables the way the workflow leaves
// a published item (a revision, and the item pointing to it as current, approved and live).
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/types.ts';
import { syncKontenCari } from '../src/modules/cari/sync-konten-cari.ts';
import { konten, kontenRevisi } from '../src/modules/konten/schema.ts';
import { syncKontenDaftar } from '../src/modules/konten/sync-daftar.ts';

const words = ['pelatihan', 'rapat', 'kunjungan', 'sosialisasi', 'peresmian', 'pelantikan', 'lomba', 'bimbingan', 'festival', 'evaluasi'];
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

type LiveItems = {
  tenantId: string;
  unitId: string;
  /** berita's bidang; null for the other kinds. */
  bidangId: string | null;
  createdBy: string;
  count: number;
  prefix?: string;
  /** berita unless said (artikel with `penulisPersonId`, pengumuman). */
  jenis?: 'berita' | 'artikel' | 'pengumuman';
  penulisPersonId?: string;
  /** Hours before now of the newest item (the others one hour apart, older). */
  startHours?: number;
  /** false: leave the search and list indexes to a later call (several batches, one rebuild). */
  sync?: boolean;
};

/** `count` published items of one unit (news of one bidang unless said), newest first by number; returns their slugs. */
export async function insertLiveNews(db: Db, o: LiveItems) {
  const prefix = o.prefix ?? 'berita';
  const jenis = o.jenis ?? 'berita';
  const slugs: string[] = [];
  const now = Date.now();
  for (let start = 0; start < o.count; start += 1000) {
    const n = Math.min(1000, o.count - start);
    const rows = Array.from({ length: n }, (_, k) => {
      const i = start + k;
      const judul = `${words[i % 10]} ${words[(i * 3) % 10]} aparatur angkatan ${i + 1} di Kota Uji`;
      const slug = `${prefix}-${i + 1}`;
      slugs.push(slug);
      return { id: randomUUID(), i, judul, slug, at: new Date(now - ((o.startHours ?? 0) + i + 1) * 3_600_000) };
    });
    await db.insert(konten).values(
      rows.map((r) => ({
        id: r.id,
        tenantId: o.tenantId,
        unitId: o.unitId,
        jenis,
        slug: r.slug,
        judul: r.judul,
        status: 'terbit',
        bidangId: o.bidangId,
        penulisPersonId: o.penulisPersonId ?? null,
        createdBy: o.createdBy,
        publishedAt: r.at,
      })),
    );
    await db.insert(kontenRevisi).values(
      rows.map((r) => ({
        kontenId: r.id,
        nomor: 1,
        judul: r.judul,
        ringkasan: `Ringkasan fiktif ${r.judul}: kegiatan diikuti aparatur dari seluruh perangkat daerah.`,
        isi: { type: 'doc', content: [para(`Isi fiktif ${r.judul}.`), para('Kegiatan dibuka secara resmi oleh pimpinan dan berlangsung dua hari.')] } as never,
        bidangId: o.bidangId,
        penulisPersonId: o.penulisPersonId ?? null,
        hash: `bench-${r.id}`,
        authorLabel: 'Penulis Uji',
        createdAt: r.at,
      })),
    );
  }
  await db.execute(sql`update ${konten} k set current_revision_id = r.id, live_revision_id = r.id, approved_revision_id = r.id
    from ${kontenRevisi} r where r.konten_id = k.id and k.unit_id = ${o.unitId} and k.live_revision_id is null and k.status = 'terbit'`);
  if (o.sync === false) return slugs;
  // The search index rows each publication writes (module cari).
  await syncKontenCari(db, null);
  // The public lists' index and counts each publication writes (module konten).
  await syncKontenDaftar(db, null);
  return slugs;
}
