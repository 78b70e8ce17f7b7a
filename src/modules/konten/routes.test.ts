import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import type { Fixture } from '../../test/fixtures.ts';
import type { TestWarta } from '../../test/harness.ts';
import { listSteps } from '../alur/list-steps.ts';
import { bidang } from '../org/schema.ts';
import { revisiOf } from './load-konten.ts';
import { konten } from './schema.ts';
import { type ContentTeam, doc, pengumuman, saveBody, startContentWarta } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let team: ContentTeam;
let anon: TestClient;
let writer: TestClient;
let writerB: TestClient;
let redaktur: TestClient;
let head: TestClient;
let publisher: TestClient;
let evaluator: TestClient;
let outsider: TestClient;
let koordinator: TestClient;
let pendamping: TestClient;
let item: { id: string; revisiId: string };
const bogus = '00000000-0000-4000-8000-00000000abcd';

beforeAll(async () => {
  let sign: (u: { email: string }) => Promise<TestClient>;
  ({ w, f, team, anon, sign } = await startContentWarta());
  [writer, writerB, redaktur, head, publisher] = [
    await sign(f.writerA),
    await sign(team.writerB),
    await sign(team.redaktur),
    await sign(f.headA),
    await sign(team.publisher),
  ];
  [evaluator, outsider, koordinator, pendamping] = [
    await sign(team.evaluator),
    await sign(f.outsider),
    await sign(team.koordinator),
    await sign(team.pendamping),
  ];
  const created = await writer.post('/api/konten', pengumuman(f, 'Naskah rute'));
  item = { id: created.body.item.id, revisiId: created.body.revisi.id };
});
afterAll(() => w.stop());

/** Puts an item straight into the approved stage (the head's approval bound to its current revision). */
async function approve(id: string) {
  const [row] = await w.services.db.select().from(konten).where(eq(konten.id, id));
  const rev = await revisiOf(w.services.db, id, row!.currentRevisionId as string);
  await w.services.db
    .update(konten)
    .set({ status: 'disetujui', approvedRevisionId: rev.id, approvedHash: rev.hash, approvedBy: f.headA.id })
    .where(eq(konten.id, id));
}

describe('items', () => {
  it('POST /api/konten: 401, 403 outside one’s units, 400 per kind, 201', async () => {
    expect((await anon.post('/api/konten', pengumuman(f))).status).toBe(401);
    expect((await outsider.post('/api/konten', pengumuman(f))).status).toBe(403);
    expect((await writerB.post('/api/konten', pengumuman(f))).status).toBe(403);
    expect((await evaluator.post('/api/konten', pengumuman(f))).status).toBe(403);
    const invalid = async (body: Record<string, unknown>) => {
      const res = await writer.post('/api/konten', { ...pengumuman(f), ...body });
      return `${res.status}:${res.body.field}`;
    };
    expect(await invalid({ judul: '' })).toBe('400:judul');
    expect(await invalid({ isi: { type: 'doc', content: [{ type: 'script' }] } })).toBe('400:isi');
    expect(await invalid({ jenis: 'berita' })).toBe('400:bidangId');
    const [bidangB] = await w.services.db.select().from(bidang).where(eq(bidang.unitId, f.unitB.id));
    expect(await invalid({ jenis: 'berita', bidangId: bidangB!.id })).toBe('400:bidangId');
    expect(await invalid({ jenis: 'artikel' })).toBe('400:penulisPersonId');
    expect(await invalid({ jenis: 'artikel', penulisPersonId: bogus })).toBe('400:penulisPersonId');
    expect(await invalid({ jenis: 'agenda', atribut: { tempat: 'Aula' } })).toBe('400:atribut.mulai');
    expect(await invalid({ jenis: 'agenda', atribut: { mulai: '2027-01-05T09:00:00+08:00' } })).toBe('400:atribut.tempat');
    expect(await invalid({ jenis: 'agenda', atribut: { mulai: '2027-01-05T09:00:00+08:00', selesai: '2027-01-05T08:00:00+08:00', tempat: 'Aula' } })).toBe(
      '400:atribut.selesai',
    );
    expect(await invalid({ jenis: 'publikasi', atribut: { dokumen: [bogus] } })).toBe('400:atribut.kategori');
    expect(await invalid({ jenis: 'publikasi', atribut: { kategori: 'materi' } })).toBe('400:atribut.dokumen');
    expect(await invalid({ jenis: 'galeri' })).toBe('400:atribut.foto');
    expect(await invalid({ jenis: 'video', atribut: { youtube: 'https://vimeo.com/123' } })).toBe('400:atribut.youtube');
    expect(await invalid({ jenis: 'video' })).toBe('400:atribut.youtube');

    const [bidangA] = await w.services.db.select().from(bidang).where(eq(bidang.unitId, f.unitA.id));
    const berita = await writer.post('/api/konten', { ...pengumuman(f, 'Berita pertama'), jenis: 'berita', bidangId: bidangA!.id, tags: ['uji', 'uji'] });
    expect(berita.status, berita.text).toBe(201);
    expect(berita.body.item).toMatchObject({ status: 'draf', jenis: 'berita', slug: 'berita-pertama', bidangName: 'Umum', unitName: 'Dinas Uji A' });
    expect(berita.body.revisi).toMatchObject({ nomor: 1, tags: ['uji'], authorLabel: 'Orang penulis-a' });
    expect(berita.body.revisi.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await writer.post('/api/konten', { ...pengumuman(f, 'Berita pertama'), jenis: 'berita', bidangId: bidangA!.id })).body.item.slug).toBe(
      'berita-pertama-2',
    );
    const artikel = await writer.post('/api/konten', { ...pengumuman(f, 'Artikel'), jenis: 'artikel', penulisPersonId: f.headA.personId });
    expect([artikel.status, artikel.body.item.penulisPersonId]).toEqual([201, f.headA.personId]);
    const video = await writer.post('/api/konten', {
      ...pengumuman(f, 'Video'),
      jenis: 'video',
      atribut: { youtube: 'https://youtu.be/dQw4w9WgXcQ', tempat: 'dibuang' },
    });
    expect(video.body.revisi.atribut).toEqual({ youtube: 'https://youtu.be/dQw4w9WgXcQ', videoMediaId: null });
    const galeri = await writer.post('/api/konten', { ...pengumuman(f, 'Galeri'), jenis: 'galeri', atribut: { foto: [bogus] }, coverMediaId: bogus });
    expect(galeri.body.revisi.mediaIds).toEqual([bogus]);
  });

  it('GET /api/konten/:id: 401, 403 for another unit, 400 for a bad id, 404 unknown, 200 with what I may do', async () => {
    expect((await anon.get(`/api/konten/${item.id}`)).status).toBe(401);
    expect((await writerB.get(`/api/konten/${item.id}`)).status).toBe(403);
    expect((await outsider.get(`/api/konten/${item.id}`)).status).toBe(403);
    expect((await writer.get('/api/konten/bukan-id')).status).toBe(400);
    expect((await writer.get(`/api/konten/${bogus}`)).status).toBe(404);
    const mine = await writer.get(`/api/konten/${item.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ moves: ['diajukan'], canEdit: true, wajibRedaktur: true, mediaCenter: null, liveRevisionId: null });
    expect(mine.body.fbs.items).toHaveLength(9);
    // The evaluator reads every unit's items and may do nothing with them.
    const read = await evaluator.get(`/api/konten/${item.id}`);
    expect([read.status, read.body.moves, read.body.canEdit]).toEqual([200, [], false]);
  });

  it('PUT /api/konten/:id: 401, 403, 400, 409 on a stale base, 200 with a new revision', async () => {
    const d = (await writer.get(`/api/konten/${item.id}`)).body;
    expect((await anon.put(`/api/konten/${item.id}`, saveBody(d))).status).toBe(401);
    expect((await writerB.put(`/api/konten/${item.id}`, saveBody(d))).status).toBe(403);
    expect((await evaluator.put(`/api/konten/${item.id}`, saveBody(d))).status).toBe(403);
    expect((await writer.put(`/api/konten/${item.id}`, saveBody(d, { judul: ' ' }))).body.field).toBe('judul');
    expect((await writer.put(`/api/konten/${item.id}`, saveBody(d, { baseRevisionId: 'x' }))).status).toBe(400);
    const saved = await writer.put(`/api/konten/${item.id}`, saveBody(d, { judul: 'Naskah rute, disunting', isi: doc('Isi baru.') }));
    expect([saved.status, saved.body.revisi.nomor, saved.body.item.judul]).toEqual([200, 2, 'Naskah rute, disunting']);
    const stale = await writer.put(`/api/konten/${item.id}`, saveBody(d, { judul: 'Basi' }));
    expect([stale.status, stale.body.field]).toEqual([409, 'baseRevisionId']);
    item.revisiId = saved.body.revisi.id;
  });

  it('POST /api/konten/:id/status: 401, 403, 400, 409, 200', async () => {
    expect((await anon.post(`/api/konten/${item.id}/status`, { ke: 'diajukan' })).status).toBe(401);
    expect((await writerB.post(`/api/konten/${item.id}/status`, { ke: 'diajukan' })).status).toBe(403);
    expect((await writer.post(`/api/konten/${item.id}/status`, { ke: 'entah' })).status).toBe(400);
    expect((await writer.post(`/api/konten/${item.id}/status`, { ke: 'diajukan', jadwal: 'besok' })).status).toBe(400);
    const refused = await writer.post(`/api/konten/${item.id}/status`, { ke: 'terbit' });
    expect([refused.status]).toEqual([403]);
    expect((await redaktur.post(`/api/konten/${item.id}/status`, { ke: 'ditinjau' })).status).toBe(409);
    const moved = await writer.post(`/api/konten/${item.id}/status`, { ke: 'diajukan' });
    expect([moved.status, moved.body.item.status]).toEqual([200, 'diajukan']);
    expect((await redaktur.post(`/api/konten/${item.id}/status`, { ke: 'ditinjau' })).body.item.status).toBe('ditinjau');
  });

  it('PUT and DELETE /api/konten/:id/fbs/:item: 401, 403, 400, 409 outside review, 200 with who and when', async () => {
    expect((await anon.put(`/api/konten/${item.id}/fbs/1`, {})).status).toBe(401);
    expect((await writer.put(`/api/konten/${item.id}/fbs/1`, {})).status).toBe(403);
    expect((await head.put(`/api/konten/${item.id}/fbs/1`, {})).status).toBe(403);
    expect((await redaktur.put(`/api/konten/${item.id}/fbs/10`, {})).status).toBe(400);
    expect((await redaktur.put(`/api/konten/${item.id}/fbs/0`, {})).status).toBe(400);
    const ok = await redaktur.put(`/api/konten/${item.id}/fbs/3`, { catatan: 'Sumber resmi.' });
    expect(ok.status).toBe(200);
    expect(ok.body.fbs.items[2]).toMatchObject({ item: 3, confirmedBy: team.redaktur.id, confirmedLabel: 'Petugas redaktur-a', note: 'Sumber resmi.' });
    expect((await anon.delete(`/api/konten/${item.id}/fbs/3`)).status).toBe(401);
    expect((await writer.delete(`/api/konten/${item.id}/fbs/3`)).status).toBe(403);
    expect((await redaktur.delete(`/api/konten/${item.id}/fbs/x`)).status).toBe(400);
    const undone = await redaktur.delete(`/api/konten/${item.id}/fbs/3`);
    expect([undone.status, undone.body.fbs.items[2].confirmedBy]).toEqual([200, null]);
    const draft = (await writer.post('/api/konten', pengumuman(f, 'Belum ditinjau'))).body.item.id;
    expect((await redaktur.put(`/api/konten/${draft}/fbs/1`, {})).status).toBe(409);
    expect((await redaktur.delete(`/api/konten/${draft}/fbs/1`)).status).toBe(409);
  });

  it('GET /api/konten/:id/revisi, /revisi/:revisiId and POST …/pulihkan: 401, 403, 400, 200', async () => {
    const list = await writer.get(`/api/konten/${item.id}/revisi`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { nomor: number }) => r.nomor)).toEqual([2, 1]);
    const first = list.body.items[1].id;
    for (const path of [`/api/konten/${item.id}/revisi`, `/api/konten/${item.id}/revisi/${first}`]) {
      expect((await anon.get(path)).status).toBe(401);
      expect((await writerB.get(path)).status).toBe(403);
    }
    expect((await writer.get(`/api/konten/${item.id}/revisi/nope`)).status).toBe(400);
    expect((await writer.get(`/api/konten/${item.id}/revisi/${bogus}`)).status).toBe(404);
    const one = await evaluator.get(`/api/konten/${item.id}/revisi/${first}`);
    expect([one.status, one.body.judul, one.body.nomor]).toEqual([200, 'Naskah rute', 1]);

    const restore = `/api/konten/${item.id}/revisi/${first}/pulihkan`;
    expect((await anon.post(restore)).status).toBe(401);
    expect((await evaluator.post(restore)).status).toBe(403);
    expect((await writer.post(`/api/konten/${item.id}/revisi/nope/pulihkan`)).status).toBe(400);
    const restored = await redaktur.post(restore);
    expect([restored.status, restored.body.revisi.nomor, restored.body.revisi.judul, restored.body.item.status]).toEqual([200, 3, 'Naskah rute', 'ditinjau']);
    expect(restored.body.revisi.hash).toBe(one.body.hash);
  });

  it('GET /api/konten/:id/riwayat: 401, 403, 400, 200 from the workflow history', async () => {
    expect((await anon.get(`/api/konten/${item.id}/riwayat`)).status).toBe(401);
    expect((await writerB.get(`/api/konten/${item.id}/riwayat`)).status).toBe(403);
    expect((await writer.get('/api/konten/x/riwayat')).status).toBe(400);
    const res = await writer.get(`/api/konten/${item.id}/riwayat`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((s: { from: string | null; to: string }) => [s.from, s.to])).toEqual([
      [null, 'draf'],
      ['draf', 'diajukan'],
      ['diajukan', 'ditinjau'],
    ]);
  });

  it('GET and POST /api/konten/:id/komentar: 401, 403, 400, 200/201', async () => {
    expect((await anon.post(`/api/konten/${item.id}/komentar`, { isi: 'x' })).status).toBe(401);
    expect((await writerB.post(`/api/konten/${item.id}/komentar`, { isi: 'x' })).status).toBe(403);
    expect((await evaluator.post(`/api/konten/${item.id}/komentar`, { isi: 'x' })).status).toBe(403);
    expect((await writer.post(`/api/konten/${item.id}/komentar`, { isi: '' })).status).toBe(400);
    expect((await writer.post(`/api/konten/${item.id}/komentar`, { isi: 'Catatan', mentions: ['x'] })).status).toBe(400);
    const added = await head.post(`/api/konten/${item.id}/komentar`, { isi: 'Foto kurang tajam.' });
    expect([added.status, added.body.authorLabel]).toEqual([201, 'Orang kepala-a']);
    expect((await anon.get(`/api/konten/${item.id}/komentar`)).status).toBe(401);
    expect((await writerB.get(`/api/konten/${item.id}/komentar`)).status).toBe(403);
    expect((await writer.get('/api/konten/x/komentar')).status).toBe(400);
    const list = await evaluator.get(`/api/konten/${item.id}/komentar`);
    expect([list.status, list.body.items.map((c: { isi: string }) => c.isi)]).toEqual([200, ['Foto kurang tajam.']]);
  });
});

describe('lists', () => {
  it('GET /api/konten: 401, 403 for a unit outside mine, 400, 200 filtered and searched within my units', async () => {
    expect((await anon.get('/api/konten')).status).toBe(401);
    expect((await writer.get(`/api/konten?unitId=${f.unitB.id}`)).status).toBe(403);
    expect((await writer.get('/api/konten?status=entah')).status).toBe(400);
    expect((await writer.get('/api/konten?halaman=0')).status).toBe(400);
    await writerB.post('/api/konten', { ...pengumuman(f, 'Naskah unit B'), unitId: f.unitB.id });
    const mine = await writer.get('/api/konten');
    expect(mine.status).toBe(200);
    expect(mine.body.items.every((i: { unitId: string }) => i.unitId === f.unitA.id)).toBe(true);
    expect(mine.body).toMatchObject({ halaman: 1, perHalaman: 25 });
    const all = await evaluator.get('/api/konten');
    expect(all.body.total).toBe(mine.body.total + 1);
    expect((await outsider.get('/api/konten')).body).toMatchObject({ items: [], total: 0 });
    const found = await writer.get(`/api/konten?q=${encodeURIComponent('naskah RUT')}`);
    expect(found.body.items.map((i: { judul: string }) => i.judul)).toEqual(['Naskah rute']);
    expect(found.body.items[0]).toMatchObject({ unitName: 'Dinas Uji A', status: 'ditinjau', penulis: 'Orang penulis-a', isLive: false, jenis: 'pengumuman' });
    const berita = await writer.get('/api/konten?jenis=berita');
    expect(berita.body.items.map((i: { judul: string }) => i.judul)).toEqual(['Berita pertama', 'Berita pertama']);
    expect(berita.body.items[0].bidangName).toBe('Umum');
    const artikel = await writer.get('/api/konten?jenis=artikel');
    expect(artikel.body.items[0].penulis).toBe('Orang kepala-a');
    expect((await writer.get('/api/konten?status=ditinjau')).body.total).toBe(1);
  });

  it('GET /api/konten/papan: 401, 403, 400, 200 one column per stage', async () => {
    expect((await anon.get('/api/konten/papan')).status).toBe(401);
    expect((await writer.get(`/api/konten/papan?unitId=${f.unitB.id}`)).status).toBe(403);
    expect((await writer.get('/api/konten/papan?unitId=x')).status).toBe(400);
    const res = await writer.get(`/api/konten/papan?unitId=${f.unitA.id}`);
    expect(res.status).toBe(200);
    expect(res.body.columns).toHaveLength(10);
    const col = (s: string) => res.body.columns.find((c: { status: string }) => c.status === s);
    expect(col('ditinjau')).toMatchObject({ total: 1 });
    expect(col('draf').total).toBe(col('draf').items.length);
  });

  it('GET /api/konten/katalog: 401, 200 in the reader’s language (anyone signed in may read the words)', async () => {
    expect((await anon.get('/api/konten/katalog')).status).toBe(401);
    const res = await outsider.get('/api/konten/katalog');
    expect(res.status).toBe(200);
    expect(res.body.status.find((s: { code: string }) => s.code === 'menunggu_persetujuan').label).toBe('Menunggu persetujuan');
    expect(res.body.fbs).toHaveLength(9);
    outsider.lang = 'en';
    expect((await outsider.get('/api/konten/katalog')).body.jenis[0]).toEqual({ code: 'berita', label: 'News' });
    outsider.lang = 'id';
  });
});

describe('preview and settings', () => {
  it('POST /api/konten/pratinjau: 401, 403, 400, 200 with the escaped page body', async () => {
    const body = { ...pengumuman(f, 'Judul <b>pratinjau</b>'), isi: doc('Isi & lainnya') };
    expect((await anon.post('/api/konten/pratinjau', body)).status).toBe(401);
    expect((await writerB.post('/api/konten/pratinjau', body)).status).toBe(403);
    expect((await writer.post('/api/konten/pratinjau', { ...body, isi: { type: 'doc', content: [{ type: 'iframe' }] } })).body.field).toBe('isi');
    const res = await writer.post('/api/konten/pratinjau', body);
    expect(res.status).toBe(200);
    expect(res.body.html).toContain('<h1>Judul &lt;b&gt;pratinjau&lt;/b&gt;</h1><article class="konten">');
    expect(res.body.html).toContain('<p class="lead">Ringkas</p>');
    expect(res.body.html).toContain('<div class="body"><p>Isi &amp; lainnya</p></div>');
  });

  it('GET and PUT /api/konten/pengaturan/:unitId: 401, 403, 400, 200', async () => {
    const path = `/api/konten/pengaturan/${f.unitA.id}`;
    expect((await anon.get(path)).status).toBe(401);
    expect((await outsider.get(path)).status).toBe(403);
    expect((await writer.get('/api/konten/pengaturan/x')).status).toBe(400);
    expect((await writer.get(path)).body).toEqual({ unitId: f.unitA.id, wajibRedaktur: true });
    expect((await anon.put(path, { wajibRedaktur: false })).status).toBe(401);
    expect((await writer.put(path, { wajibRedaktur: false })).status).toBe(403);
    expect((await redaktur.put(path, { wajibRedaktur: false })).status).toBe(403);
    expect((await head.put(path, { wajibRedaktur: 'tidak' })).status).toBe(400);
    expect((await head.put(path, { wajibRedaktur: false })).body).toEqual({ unitId: f.unitA.id, wajibRedaktur: false });
    expect((await writer.get(path)).body.wajibRedaktur).toBe(false);
    expect((await head.put(path, { wajibRedaktur: true })).status).toBe(200);
  });
});

describe('Media Center', () => {
  let approved: string;
  beforeAll(async () => {
    approved = (await writer.post('/api/konten', pengumuman(f, 'Usulan pusat'))).body.item.id;
  });

  it('POST /api/konten/:id/media-center: 401, 403, 400, 409 before approval, 200', async () => {
    const path = `/api/konten/${approved}/media-center`;
    expect((await anon.post(path, {})).status).toBe(401);
    expect((await writer.post(path, {})).status).toBe(403);
    expect((await publisher.post(path, { catatan: 'x'.repeat(5000) })).status).toBe(400);
    expect((await publisher.post(path, {})).status).toBe(409);
    await approve(approved);
    const res = await publisher.post(path, { catatan: 'Layak untuk akun pemda.' });
    expect([res.status, res.body.mediaCenter?.status]).toEqual([200, 'diusulkan']);
    expect((await publisher.post(path, {})).status).toBe(409);
  });

  it('GET /api/media-center: 401, 403, 400, 200 for the coordinator and assisting admins', async () => {
    expect((await anon.get('/api/media-center')).status).toBe(401);
    expect((await writer.get('/api/media-center')).status).toBe(403);
    expect((await head.get('/api/media-center')).status).toBe(403);
    expect((await koordinator.get('/api/media-center?status=entah')).status).toBe(400);
    const res = await koordinator.get('/api/media-center?status=diusulkan');
    expect(res.status).toBe(200);
    expect(res.body.items).toMatchObject([{ kontenId: approved, judul: 'Usulan pusat', unitName: 'Dinas Uji A', note: 'Layak untuk akun pemda.' }]);
    expect((await pendamping.get('/api/media-center')).status).toBe(200);
  });

  it('POST /api/media-center/:kontenId/status: 401, 403, 400, 409, 200 through accept and central publication', async () => {
    const path = `/api/media-center/${approved}/status`;
    expect((await anon.post(path, { ke: 'diterima' })).status).toBe(401);
    expect((await publisher.post(path, { ke: 'diterima' })).status).toBe(403);
    expect((await pendamping.post(path, { ke: 'diterima' })).status).toBe(403);
    expect((await koordinator.post(path, { ke: 'entah' })).status).toBe(400);
    expect((await koordinator.post(path, { ke: 'ditolak' })).body.field).toBe('catatan');
    expect((await pendamping.post(path, { ke: 'terbit_pusat' })).status).toBe(409);
    expect((await koordinator.post(`/api/media-center/${item.id}/status`, { ke: 'diterima' })).status).toBe(404);
    expect((await koordinator.post(path, { ke: 'diterima' })).status).toBe(200);
    expect((await koordinator.post(path, { ke: 'terbit_pusat' })).status).toBe(403);
    expect((await pendamping.post(path, { ke: 'terbit_pusat' })).status).toBe(200);
    const detail = await writer.get(`/api/konten/${approved}`);
    expect(detail.body.mediaCenter.status).toBe('terbit_pusat');
    const history = await listSteps(w.services.db, 'konten_media_center', approved);
    expect(history.map((s) => [s.fromStatus, s.toStatus])).toEqual([
      [null, 'diusulkan'],
      ['diusulkan', 'diterima'],
      ['diterima', 'terbit_pusat'],
    ]);
  });

  it("shows a centrally published item on the pemda's home while its unit keeps it live", async () => {
    const home = async () => (await (await w.app.request('/', { headers: { host: 'ujiprov.go.id' } })).text()) as string;
    // Accepted and published centrally, but not yet live on its unit's site: the centre shows nothing.
    expect(await home()).not.toContain('Usulan pusat');
    expect((await publisher.post(`/api/konten/${approved}/status`, { ke: 'terbit' })).status).toBe(200);
    const live = await home();
    expect(live).toContain('Dari perangkat daerah');
    expect(live).toContain('href="/dinas-a/pengumuman/');
    expect(live).toContain('Usulan pusat</a>');
    // Withdrawn by its unit, it leaves the centre too.
    expect((await publisher.post(`/api/konten/${approved}/status`, { ke: 'ditarik' })).status).toBe(200);
    expect(await home()).not.toContain('Usulan pusat');
  });

  it('lets a declined item be proposed again', async () => {
    const id = (await writer.post('/api/konten', pengumuman(f, 'Ditolak pusat'))).body.item.id;
    await approve(id);
    await head.post(`/api/konten/${id}/media-center`, {});
    expect((await koordinator.post(`/api/media-center/${id}/status`, { ke: 'ditolak', catatan: 'Kurang relevan.' })).status).toBe(200);
    const again = await publisher.post(`/api/konten/${id}/media-center`, { catatan: 'Sudah diperbaiki.' });
    expect([again.status, again.body.mediaCenter.status]).toEqual([200, 'diusulkan']);
  });
});
