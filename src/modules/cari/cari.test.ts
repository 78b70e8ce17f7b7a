import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { informasi } from '../informasi/schema.ts';
import { revisiOf } from '../konten/load-konten.ts';
import { type DokumenIsi, konten, kontenRevisi } from '../konten/schema.ts';
import type { JenisKonten } from '../konten/terms.ts';
import { addContentTeam, type ContentTeam, clientFor, pengumuman, saveBody } from '../konten/test-fixture.ts';
import { bidang } from '../org/schema.ts';
import { queryWords } from './query-words.ts';
import { kontenCari } from './schema.ts';
import { syncKontenCari } from './sync-konten-cari.ts';

let w: TestWarta;
let f: Fixture;
let umumId: string;
let teknisId: string;

const doc = (text: string): DokumenIsi => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

type Item = {
  unitId?: string;
  jenis?: JenisKonten;
  slug: string;
  judul: string;
  ringkasan?: string;
  isi?: string;
  tags?: string[];
  bidangId?: string;
  live?: boolean;
  at?: string;
};

/** An item as the workflow leaves it: one revision, live unless said otherwise. */
async function addItem(it: Item): Promise<string> {
  const db = w.services.db;
  const id = randomUUID();
  const publishedAt = it.live === false ? null : new Date(it.at ?? '2026-06-01T03:00:00Z');
  await db.insert(konten).values({
    id,
    tenantId: f.tenant.id,
    unitId: it.unitId ?? f.unitA.id,
    jenis: it.jenis ?? 'berita',
    slug: it.slug,
    status: it.live === false ? 'draf' : 'terbit',
    bidangId: it.bidangId ?? umumId,
    createdBy: f.writerA.id,
    publishedAt,
  });
  const [rev] = await db
    .insert(kontenRevisi)
    .values({
      kontenId: id,
      nomor: 1,
      judul: it.judul,
      ringkasan: it.ringkasan ?? '',
      isi: doc(it.isi ?? 'Isi naskah.'),
      bidangId: it.bidangId ?? umumId,
      tags: it.tags ?? [],
      hash: `h-${id}`,
      authorLabel: 'Penulis Uji',
    })
    .returning();
  await db
    .update(konten)
    .set({ currentRevisionId: rev!.id, liveRevisionId: it.live === false ? null : rev!.id })
    .where(eq(konten.id, id));
  await syncKontenCari(db, [id]);
  return id;
}

// Each page comes from its own address, so the searches of these tests stay under the rate limit
// that the last test reaches from one address.
let visitor = 0;
const page = async (path: string) => {
  const remoteAddress = `10.0.${Math.floor(++visitor / 250)}.${visitor % 250}`;
  const res = await w.app.request(path, { headers: { host: 'ujiprov.go.id' } }, { incoming: { socket: { remoteAddress } } });
  return { status: res.status, html: await res.text() };
};

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  const db = w.services.db;
  umumId = (await db.select().from(bidang).where(eq(bidang.unitId, f.unitA.id)))[0]!.id;
  teknisId = (await db.insert(bidang).values({ unitId: f.unitA.id, slug: 'teknis', name: 'Bidang Teknis dan Fungsional' }).returning())[0]!.id;
  await addItem({ slug: 'latsar', judul: 'Pelatihan Dasar Kepemimpinan Angkatan V', ringkasan: 'Pembukaan oleh kepala badan.', tags: ['Diklat'] });
  await addItem({ jenis: 'artikel', slug: 'catatan', judul: 'Catatan akhir tahun', isi: 'Sepanjang tahun ini pelatihan aparatur berjalan baik di Kupang.' });
  await addItem({
    jenis: 'pengumuman',
    slug: 'jadwal',
    judul: 'Jadwal <script>alert(1)</script> ujian',
    ringkasan: 'Ujian akhir <img src=x onerror=alert(2)> & "pelatihan" wajib diikuti.',
  });
  await addItem({ slug: 'konsep', judul: 'Konsep rahasiadraf pelatihan', live: false });
  await addItem({ slug: 'teknis', judul: 'Bimbingan teknis pengelolaan arsip', bidangId: teknisId });
  await addItem({ jenis: 'agenda', slug: 'jurnalistik', judul: 'Pelatihan jurnalistik humas', at: '2025-03-10T02:00:00Z' });
  const [umumB] = await db.select().from(bidang).where(eq(bidang.unitId, f.unitB.id));
  await addItem({ unitId: f.unitB.id, slug: 'b-pelatihan', judul: 'Pelatihan di Badan B', bidangId: umumB!.id });
  for (let i = 1; i <= 11; i++) await addItem({ jenis: 'pengumuman', slug: `sos-${i}`, judul: `Sosialisasi ke-${i} aturan baru` });
  await db.insert(informasi).values({
    tenantId: f.tenant.id,
    unitId: f.unitA.id,
    klasifikasi: 'berkala',
    judul: 'Laporan realisasi anggaran pelatihan',
    ringkasan: 'Realisasi anggaran program pelatihan per triwulan.',
    penguasaInformasi: 'Sekretariat',
    bentuk: 'softcopy',
    tanggalTerbit: '2026-02-01',
  });
});
afterAll(() => w.stop());

const order = (html: string, ...titles: string[]) => titles.map((t) => html.indexOf(t));

describe('queryWords', () => {
  it('drops function words, punctuation and case, and bounds the count', () => {
    expect(queryWords('Pelatihan di KUPANG, yang baru!')).toEqual(['pelatihan', 'kupang', 'baru']);
    expect(queryWords('dan yang')).toEqual(['dan', 'yang']);
    expect(queryWords('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10')).toHaveLength(8);
    expect(queryWords('x'.repeat(500))[0]).toHaveLength(100);
  });
});

describe('GET /{unit}/cari', () => {
  it('ranks a title match above a body match, stems Indonesian words, and leaves drafts and other units out', async () => {
    const { status, html } = await page('/dinas-a/cari?q=pelatihan');
    expect(status).toBe(200);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    const [title, body] = order(html, 'Pelatihan Dasar Kepemimpinan', 'Catatan akhir tahun');
    expect(title).toBeGreaterThan(0);
    expect(body).toBeGreaterThan(title!);
    expect(html).toContain('Laporan realisasi anggaran pelatihan');
    expect(html).not.toContain('rahasiadraf');
    expect(html).not.toContain('Pelatihan di Badan B');
    // Five live matches in unit A: berita, artikel, pengumuman, agenda, DIP.
    expect(html).toContain('5 hasil ditemukan.');
    // "melatih" and "pelatihan" share the stem "latih".
    expect((await page('/dinas-a/cari?q=melatih')).html).toContain('Pelatihan Dasar Kepemimpinan');
  });

  it('marks the matched words and escapes whatever the content holds', async () => {
    const { html } = await page('/dinas-a/cari?q=ujian');
    expect(html).toMatch(/<mark>[Uu]jian<\/mark>/);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('Jadwal &lt;script&gt;alert(1)&lt;/script&gt; ujian');
    // A visitor's own markup in the query is shown as text too.
    const echoed = await page('/dinas-a/cari?q=%3Cb%3Ehalo%3C%2Fb%3E');
    expect(echoed.html).not.toContain('<b>halo');
    expect(echoed.html).toContain('&lt;b&gt;halo&lt;/b&gt;');
  });

  it('narrows by kind, bidang and year, and names a wrong filter (400)', async () => {
    const artikel = (await page('/dinas-a/cari?q=pelatihan&jenis=artikel')).html;
    expect(artikel).toContain('1 hasil ditemukan.');
    expect(artikel).toContain('Catatan akhir tahun');
    const dip = (await page('/dinas-a/cari?q=pelatihan&jenis=dip')).html;
    expect(dip).toContain('href="/dinas-a/ppid/dip/');
    expect(dip).toContain('1 hasil ditemukan.');
    const y2025 = (await page('/dinas-a/cari?q=pelatihan&tahun=2025')).html;
    expect(y2025).toContain('Pelatihan jurnalistik humas');
    expect(y2025).toContain('1 hasil ditemukan.');
    const teknis = (await page('/dinas-a/cari?q=arsip&bidang=teknis')).html;
    expect(teknis).toContain('href="/dinas-a/berita/teknis/teknis"');
    expect((await page('/dinas-a/cari?q=pelatihan&bidang=teknis')).html).toContain('Tidak ada hasil');
    // The bidang's name is searched too: "fungsional" finds the item filed under it.
    expect((await page('/dinas-a/cari?q=fungsional')).html).toContain('Bimbingan teknis pengelolaan arsip');
    const bad = await page('/dinas-a/cari?q=pelatihan&jenis=rahasia');
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('Jenis yang dipilih tidak dikenal.');
    expect((await page('/dinas-a/cari?q=pelatihan&tahun=1999')).status).toBe(400);
    expect((await page('/dinas-a/cari?q=pelatihan&bidang=entah')).status).toBe(400);
  });

  it('finds "pelatihan" for the typo "pelatihn" and says so', async () => {
    const { html } = await page('/dinas-a/cari?q=pelatihn');
    expect(html).toContain('Menampilkan hasil untuk “pelatihan”');
    expect(html).toContain('Pelatihan Dasar Kepemimpinan');
    // Draft words are never suggested.
    expect((await page('/dinas-a/cari?q=rahasiadrav')).html).toContain('Tidak ada hasil untuk “rahasiadrav”.');
  });

  it('pages ten results at a time and keeps the filters in the pager', async () => {
    const first = (await page('/dinas-a/cari?q=sosialisasi&jenis=pengumuman')).html;
    expect(first).toContain('11 hasil ditemukan.');
    expect(first).toContain('href="/dinas-a/cari?q=sosialisasi&amp;jenis=pengumuman&amp;halaman=2"');
    const second = (await page('/dinas-a/cari?q=sosialisasi&jenis=pengumuman&halaman=2')).html;
    expect(second.match(/<li class="kabar">/g)).toHaveLength(1);
    expect((await page('/dinas-a/cari?q=sosialisasi&halaman=3')).status).toBe(404);
  });

  it('speaks English with ?lang=en and asks for words when there are none', async () => {
    expect((await page('/dinas-a/cari?q=pelatihan&lang=en')).html).toContain('5 results found.');
    expect((await page('/dinas-a/cari')).html).toContain('Tulis satu kata atau lebih');
  });
});

describe('GET /cari (the pemda)', () => {
  it("searches every unit's live items and links them under their unit", async () => {
    const { status, html } = await page('/cari?q=pelatihan');
    expect(status).toBe(200);
    expect(html).toContain('href="/badan-b/berita/umum/b-pelatihan"');
    expect(html).toContain('href="/dinas-a/berita/umum/latsar"');
    expect(html).toContain('Badan Uji B');
  });
});

describe('the index follows publication', () => {
  let team: ContentTeam;
  beforeAll(async () => {
    team = await addContentTeam(w, f);
  });

  // The head's approval of the current revision, as the workflow leaves it (its own tests are in konten).
  const approve = async (id: string) => {
    const [row] = await w.services.db.select().from(konten).where(eq(konten.id, id));
    const rev = await revisiOf(w.services.db, id, row!.currentRevisionId as string);
    await w.services.db
      .update(konten)
      .set({ status: 'disetujui', approvedRevisionId: rev.id, approvedHash: rev.hash, approvedBy: f.headA.id })
      .where(eq(konten.id, id));
  };

  it('finds an item once published and not after it is withdrawn; a later draft’s words stay out', async () => {
    const writer = await clientFor(w, f.writerA.email);
    const publisher = await clientFor(w, team.publisher.email);
    const id = (await writer.post('/api/konten', pengumuman(f, 'Lokakarya zebrakuda terbuka'))).body.item.id as string;
    expect((await page('/dinas-a/cari?q=zebrakuda')).html).toContain('Tidak ada hasil');
    await approve(id);
    expect((await publisher.post(`/api/konten/${id}/status`, { ke: 'terbit' })).status).toBe(200);
    expect((await page('/dinas-a/cari?q=zebrakuda')).html).toContain('Lokakarya zebrakuda terbuka');
    expect((await publisher.post(`/api/konten/${id}/status`, { ke: 'ditarik' })).status).toBe(200);
    expect((await page('/dinas-a/cari?q=zebrakuda')).html).toContain('Tidak ada hasil');
    expect(await w.services.db.select().from(kontenCari).where(eq(kontenCari.kontenId, id))).toHaveLength(0);
  });

  it('finds a republished item by its new title only; the edit waiting for approval is not searched', async () => {
    const writer = await clientFor(w, f.writerA.email);
    const publisher = await clientFor(w, team.publisher.email);
    const id = (await writer.post('/api/konten', pengumuman(f, 'Pelantikan kudanilungu pertama'))).body.item.id as string;
    await approve(id);
    expect((await publisher.post(`/api/konten/${id}/status`, { ke: 'terbit' })).status).toBe(200);
    expect((await page('/dinas-a/cari?q=kudanilungu')).html).toContain('Pelantikan kudanilungu pertama');
    // The writer retitles the live item: the public (and the search) keep the published title.
    const detail = (await writer.get(`/api/konten/${id}`)).body;
    expect((await writer.put(`/api/konten/${id}`, saveBody(detail, { judul: 'Pelantikan gajahbiruan kedua' }))).status).toBe(200);
    expect((await page('/dinas-a/cari?q=gajahbiruan')).html).toContain('Tidak ada hasil');
    expect((await page('/dinas-a/cari?q=kudanilungu')).html).toContain('Pelantikan kudanilungu pertama');
    // Approved and published again: the new title is found at once, the old one no longer.
    await approve(id);
    expect((await publisher.post(`/api/konten/${id}/status`, { ke: 'terbit' })).status).toBe(200);
    const found = (await page('/dinas-a/cari?q=gajahbiruan')).html;
    expect(found).toContain('Pelantikan gajahbiruan kedua');
    expect(found).toContain('1 hasil ditemukan.');
    expect((await page('/dinas-a/cari?q=kudanilungu')).html).toContain('Tidak ada hasil');
    const [indexed] = await w.services.db.select().from(kontenCari).where(eq(kontenCari.kontenId, id));
    const [item] = await w.services.db.select().from(konten).where(eq(konten.id, id));
    expect(indexed?.revisiId).toBe(item?.liveRevisionId);
  });
});

/** `n` live items of unit A filed under `bidangId`, titled "Rapat koordinasi {word} {i}", published an hour apart from `from`. */
async function addMany(n: number, word: string, bidangId: string, from: Date): Promise<void> {
  const db = w.services.db;
  const rows = await db
    .insert(konten)
    .values(
      Array.from({ length: n }, (_, i) => ({
        tenantId: f.tenant.id,
        unitId: f.unitA.id,
        jenis: 'pengumuman',
        slug: `${word}-${i}`,
        status: 'terbit',
        bidangId,
        createdBy: f.writerA.id,
        publishedAt: new Date(from.getTime() + i * 3_600_000),
      })),
    )
    .returning({ id: konten.id });
  const revs = await db
    .insert(kontenRevisi)
    .values(
      rows.map((r, i) => ({
        kontenId: r.id,
        nomor: 1,
        judul: `Rapat koordinasi ${word} ${i}`,
        isi: doc('Isi.'),
        bidangId,
        hash: `h-${r.id}`,
        authorLabel: 'Uji',
      })),
    )
    .returning({ id: kontenRevisi.id, kontenId: kontenRevisi.kontenId });
  for (const r of revs) await db.update(konten).set({ liveRevisionId: r.id, currentRevisionId: r.id }).where(eq(konten.id, r.kontenId));
  await syncKontenCari(db, null);
}

describe('many matches', () => {
  it('ranks the newest 200 matches and says that more match', async () => {
    await addMany(205, 'zonaxy', umumId, new Date(Date.UTC(2024, 0, 1)));
    const { html } = await page('/dinas-a/cari?q=zonaxy');
    expect(html).toContain('Lebih dari 200 hasil');
    // The newest is among them, the oldest five are not.
    expect(html).toContain('Rapat koordinasi zonaxy 204');
    expect((await page('/dinas-a/cari?q=zonaxy&halaman=20')).html).not.toContain('Rapat koordinasi zonaxy 4<');
    expect((await page('/dinas-a/cari?q=zonaxy&halaman=21')).status).toBe(400);
  });

  it("narrows to the bidang before taking the newest 200: a bidang's older matches are all found under 205 newer ones of another", async () => {
    await addMany(205, 'zonabid', umumId, new Date(Date.UTC(2025, 0, 1)));
    for (let i = 1; i <= 3; i++)
      await addItem({ slug: `zonabid-teknis-${i}`, judul: `Arsip zonabid teknis ${i}`, bidangId: teknisId, at: `2023-01-0${i}T03:00:00Z` });
    // Moved to teknis by an edit not yet published: konten.bidang_id follows the edit, the search the live revision.
    const moved = await addItem({ slug: 'zonabid-pindah', judul: 'Arsip zonabid pindahan', at: '2023-02-01T03:00:00Z' });
    await w.services.db.update(konten).set({ bidangId: teknisId }).where(eq(konten.id, moved));
    const teknis = (await page('/dinas-a/cari?q=zonabid&bidang=teknis')).html;
    expect(teknis).toContain('3 hasil ditemukan.');
    expect(order(teknis, 'Arsip zonabid teknis 3', 'Arsip zonabid teknis 2', 'Arsip zonabid teknis 1').every((at) => at > 0)).toBe(true);
    expect(teknis).not.toContain('Arsip zonabid pindahan');
    expect(teknis).not.toContain('Rapat koordinasi zonabid');
    const umum = (await page('/dinas-a/cari?q=zonabid&bidang=umum')).html;
    expect(umum).toContain('Lebih dari 200 hasil');
    expect(umum).toContain('Rapat koordinasi zonabid 204');
    expect(umum).not.toContain('Arsip zonabid teknis');
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past 30 searches a minute from one address', async () => {
    let last = 200;
    let retry: string | null = null;
    for (let i = 0; i < 40 && last !== 429; i++) {
      const res = await w.app.request('/dinas-a/cari?q=kupang', { headers: { host: 'ujiprov.go.id' } });
      last = res.status;
      retry = res.headers.get('retry-after');
    }
    expect(last).toBe(429);
    expect(Number(retry)).toBeGreaterThan(0);
  });
});
