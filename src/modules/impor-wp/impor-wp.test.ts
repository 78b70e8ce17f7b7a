import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { alurRiwayat } from '../alur/schema.ts';
import { auditLog } from '../audit/schema.ts';
import { konten, kontenRevisi } from '../konten/schema.ts';
import { media } from '../media/schema.ts';
import { bidang } from '../org/schema.ts';
import type { ImportState } from './import-state.ts';
import type { Mapping } from './mapping.ts';
import { imporWp, imporWpAlamat } from './schema.ts';
import { settled } from './test-wait.ts';

const xml = readFileSync('/work/shared/fixtures/wordpress-export.xml');
const uploadsZip = readFileSync('/work/shared/fixtures/wordpress-uploads.zip');

let w: TestWarta;
let f: Fixture;
let admin: TestClient;
let head: TestClient;
let anon: TestClient;
let pelatihanId: string;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  const [pelatihan] = await w.services.db.insert(bidang).values({ unitId: f.unitA.id, slug: 'pelatihan', name: 'Pelatihan' }).returning();
  pelatihanId = pelatihan!.id;
  admin = new TestClient(w.app);
  await admin.signIn(f.admin.email, PASSWORD);
  head = new TestClient(w.app);
  await head.signIn(f.headA.email, PASSWORD);
  anon = new TestClient(w.app);
  // Starting a database and signing in takes long on a busy machine.
}, 180_000);
afterAll(() => w.stop());

/** Posts the upload form the way the admin screen does. */
async function upload(client: TestClient, files: { wxr?: Buffer | string; arsip?: Buffer }, unitId = f.unitA.id) {
  const form = new FormData();
  form.set('unitId', unitId);
  if (files.wxr !== undefined) form.set('wxr', new File([typeof files.wxr === 'string' ? files.wxr : new Uint8Array(files.wxr)], 'ekspor.xml'));
  if (files.arsip) form.set('arsip', new File([new Uint8Array(files.arsip)], 'uploads.zip'));
  const headers: Record<string, string> = { 'accept-language': 'id' };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrf) headers['x-csrf-token'] = client.csrf;
  const res = await w.app.request('/api/impor-wp', { method: 'POST', body: form, headers });
  return { status: res.status, body: await res.json() };
}

// What the synchronous import (main at 9a87508) reported for the fixture with the mapping below.
const oldCounts = {
  posts: 201,
  pages: 4,
  published: 203,
  drafts: 2,
  updates: 0,
  categories: 6,
  tags: 3,
  authors: 1,
  images: 1,
  newImages: 1,
  missingImages: 0,
  redirects: 806,
  rowsWithErrors: 0,
  skipped: 0,
};

const site = (path: string) => w.app.request(path, { headers: { host: 'ujiprov.go.id' } });
const unitKonten = () => w.services.db.select().from(konten).where(eq(konten.unitId, f.unitA.id));

describe('upload (POST /api/impor-wp)', () => {
  it('401 without a session, 403 for a unit head (admins only), 400 without a file or with a file that is not an export', async () => {
    expect((await upload(anon, { wxr: xml })).status).toBe(401);
    expect((await upload(head, { wxr: xml })).status).toBe(403);
    const missing = await upload(admin, {});
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('wxr');
    const notWxr = await upload(admin, { wxr: '<html><body>hai</body></html>' });
    expect(notWxr).toMatchObject({ status: 400, body: { field: 'wxr' } });
  });

  it('400 with a clear message for XXE and billion laughs, storing nothing', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><wp:base_site_url>http://a</wp:base_site_url><title>&x;</title></channel></rss>`;
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><title>&c;</title></channel></rss>`;
    for (const evil of [xxe, laughs]) {
      const reply = await upload(admin, { wxr: evil });
      expect(reply.status).toBe(400);
      expect(reply.body.field).toBe('wxr');
      expect(reply.body.message).toMatch(/DOCTYPE/);
      expect(reply.body.message).not.toMatch(/root:/);
    }
  });

  it('400 on the uploads zip when it holds a path leaving its folder', async () => {
    const { zipSync } = await import('fflate');
    const evil = Buffer.from(zipSync({ '../../../tmp/evil.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0]) }));
    expect(await upload(admin, { wxr: xml, arsip: evil })).toMatchObject({ status: 400, body: { field: 'arsip' } });
  });
});

describe('the real export: preview, dry run, run, redirects, re-import', () => {
  let id: string;
  let mapping: Mapping;

  it('uploads and proposes a mapping: the pelatihan category to its bidang, pengumuman to announcements, pages to articles', async () => {
    const reply = await upload(admin, { wxr: xml, arsip: uploadsZip });
    expect(reply.status).toBe(201);
    id = reply.body.id;
    mapping = reply.body.mapping;
    // The admin edits the proposal: Kepegawaian news under the Umum bidang.
    const umum = reply.body.pilihan.bidang.find((b: { nama: string }) => b.nama === 'Umum').id;
    mapping = { ...mapping, kategori: { ...mapping.kategori, kepegawaian: { jenis: 'berita', bidangId: umum } } };
    expect(reply.body.siteUrl).toBe('http://127.0.0.1:8081');
    expect(reply.body.kategori).toHaveLength(6);
    expect(mapping.kategori.pelatihan).toEqual({ jenis: 'berita', bidangId: pelatihanId });
    expect(mapping.kategori.pengumuman).toEqual({ jenis: 'pengumuman', bidangId: null });
    expect(mapping.halaman.jenis).toBe('artikel');
    expect(mapping.penulis.admin).toBe(f.admin.personId);
    expect((await admin.get(`/api/impor-wp/${id}`)).body.id).toBe(id);
    expect((await anon.get(`/api/impor-wp/${id}`)).status).toBe(401);
    expect((await head.get(`/api/impor-wp/${id}`)).status).toBe(403);
    expect((await admin.get('/api/impor-wp/bukan-id')).status).toBe(400);
  });

  it('dry run: queued at once (202), then the job reports counts per type and row errors when the mapping lacks a byline; writes nothing', async () => {
    expect((await anon.post(`/api/impor-wp/${id}/uji`, { mapping })).status).toBe(401);
    expect((await head.post(`/api/impor-wp/${id}/uji`, { mapping })).status).toBe(403);
    const invalid = await admin.post(`/api/impor-wp/${id}/uji`, { mapping: { kategori: {} } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.field).toMatch(/^mapping/);
    const queued = await admin.post(`/api/impor-wp/${id}/uji`, { mapping: { ...mapping, penulis: { admin: null } } });
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({ id, status: 'antre', tugas: 'uji', laporan: null });
    // A second click while the job waits or runs is refused, not queued twice.
    const again = await admin.post(`/api/impor-wp/${id}/uji`, { mapping });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/sedang diproses/);
    const broken = await settled(admin, id);
    expect(broken.status).toBe('diuji');
    expect(broken.laporan!.ok).toBe(false);
    // The 4 pages are articles and need a byline.
    expect(broken.laporan!.counts.rowsWithErrors).toBe(4);
    expect(broken.laporan!.rows.find((r) => r.wpId === 204)!.galat[0]).toMatch(/penulis/);
    expect((await admin.post(`/api/impor-wp/${id}/uji`, { mapping })).status).toBe(202);
    const reply = await settled(admin, id);
    expect(reply.laporan).toMatchObject({ ok: true, dryRun: true });
    expect(reply.laporan!.counts).toEqual(oldCounts);
    expect(await unitKonten()).toHaveLength(0);
    expect(await w.services.db.select().from(media)).toHaveLength(0);
  });

  it('the real run stops on rows with errors before writing anything, and says so in its report', async () => {
    const reply = await admin.post(`/api/impor-wp/${id}/jalankan`, { mapping: { ...mapping, penulis: { admin: null } } });
    expect(reply.status).toBe(202);
    const state = await settled(admin, id);
    expect(state).toMatchObject({ status: 'diuji', tugas: 'impor', galat: null });
    expect(state.laporan).toMatchObject({ ok: false, dryRun: true, counts: { rowsWithErrors: 4 } });
    expect(state.laporan!.hasil).toBeUndefined();
    expect(await unitKonten()).toHaveLength(0);
  });

  it('the state endpoint: 401 without a session, 403 for a unit head, 400 on a malformed id, 404 on an unknown one', async () => {
    expect((await anon.get(`/api/impor-wp/${id}/status`)).status).toBe(401);
    expect((await head.get(`/api/impor-wp/${id}/status`)).status).toBe(403);
    const bad = await admin.get('/api/impor-wp/bukan-id/status');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('id');
    expect((await admin.get('/api/impor-wp/00000000-0000-4000-8000-000000000000/status')).status).toBe(404);
    expect((await admin.get(`/api/impor-wp/${id}/status`)).body).toMatchObject({ id, status: 'diuji' });
  });

  // 205 items with their history and audit rows: about 2,500 statements, slow on a busy machine.
  it('runs: 205 items, published ones live with their WordPress dates, drafts left as drafts, history and audit say imported', {
    timeout: 180_000,
  }, async () => {
    expect((await anon.post(`/api/impor-wp/${id}/jalankan`, { mapping })).status).toBe(401);
    expect((await head.post(`/api/impor-wp/${id}/jalankan`, { mapping })).status).toBe(403);
    const reply = await admin.post(`/api/impor-wp/${id}/jalankan`, { mapping });
    // The answer comes before the work: queued, no report yet, the items still to be written.
    expect(reply.status).toBe(202);
    expect(reply.body).toMatchObject({ id, status: 'antre', tugas: 'impor', laporan: null, galat: null });
    expect((await unitKonten()).length).toBeLessThan(205);
    const seen: ImportState[] = [];
    const done = await settled(admin, id, seen);
    // While it ran the screen saw the counts grow: some items written, not yet all.
    const midway = seen.filter((s) => s.status === 'berjalan' && s.progres?.tahap === 'entri');
    expect(midway.some((s) => s.progres!.selesai > 1 && s.progres!.selesai < s.progres!.total && s.progres!.hasil.baru > 0)).toBe(true);
    expect(done).toMatchObject({ status: 'selesai', galat: null, progres: { tahap: 'selesai', selesai: 206, total: 206 } });
    // The job's result is the old synchronous run's, to the count and to every redirect.
    expect(done.laporan).toMatchObject({ ok: true, dryRun: false });
    expect(done.laporan!.hasil).toEqual({ baru: 205, diperbarui: 0, tetap: 0, media: 1, pengalihan: 813 });
    expect(done.laporan!.counts).toEqual(oldCounts);
    const [row] = await w.services.db.select().from(imporWp).where(eq(imporWp.id, id));
    expect(row!.leaseUntil).toBeNull();
    const rows = await unitKonten();
    expect(rows).toHaveLength(205);
    expect(rows.filter((r) => r.status === 'terbit' && r.liveRevisionId === r.approvedRevisionId && r.liveRevisionId)).toHaveLength(203);
    expect(rows.filter((r) => r.status === 'draf' && !r.liveRevisionId)).toHaveLength(2);
    expect(rows.filter((r) => r.jenis === 'artikel')).toHaveLength(4);
    const post100 = rows.find((r) => r.slug === 'rapat-koordinasi-informasi-publik-tahun-2024-nomor-100')!;
    expect(post100.publishedAt?.toISOString()).toBe('2024-05-28T20:00:00.000Z');
    expect(post100.approvedBy).toBe(f.admin.id);
    const [revisi] = await w.services.db.select().from(kontenRevisi).where(eq(kontenRevisi.id, post100.liveRevisionId!));
    const [foto] = await w.services.db.select().from(media);
    expect(foto).toMatchObject({ state: 'siap', altText: 'Peserta pelatihan berbaris di halaman kantor', unitId: f.unitA.id });
    expect(foto!.derivatives.length).toBeGreaterThan(0);
    expect(revisi!.coverMediaId).toBe(foto!.id);
    expect(JSON.stringify(revisi!.isi)).toContain(foto!.id);
    const steps = await w.services.db.select().from(alurRiwayat).where(eq(alurRiwayat.entityId, post100.id));
    expect(steps).toMatchObject([
      { fromStatus: null, toStatus: 'terbit', actorUserId: f.admin.id, note: 'Diimpor dari WordPress (http://127.0.0.1:8081, #103)' },
    ]);
    const audit = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, post100.id), eq(auditLog.action, 'impor_wp.konten')));
    expect(audit).toHaveLength(1);
    expect((await w.services.db.select().from(auditLog).where(eq(auditLog.action, 'impor_wp.selesai'))).length).toBe(1);
    const tagged = await w.services.db
      .select()
      .from(kontenRevisi)
      .where(
        inArray(
          kontenRevisi.id,
          rows.map((r) => r.currentRevisionId!),
        ),
      );
    expect(tagged.filter((r) => r.tags.length > 0)).toHaveLength(10);
    expect((await admin.post(`/api/impor-wp/${id}/jalankan`, { mapping })).status).toBe(409);
  });

  it('every old address answers 301 to the new page, which answers 200', async () => {
    const slug = 'rapat-koordinasi-informasi-publik-tahun-2024-nomor-100';
    const target = `/dinas-a/berita/umum/${slug}`;
    for (const old of [`/${slug}/`, '/?p=103', `/2024/05/${slug}/`, `/2024/05/29/${slug}`, `/${slug}/peserta-latsar-cpns/`, '/?attachment_id=207']) {
      const res = await site(old);
      expect([old, res.status, res.headers.get('location')]).toEqual([old, 301, target]);
    }
    expect((await site(target)).status).toBe(200);
    const page = await site('/profil/sejarah-singkat/');
    expect(page.status).toBe(301);
    expect(page.headers.get('location')).toMatch(/^\/dinas-a\/artikel\/sejarah-singkat$/);
    expect((await site('/?page_id=205')).headers.get('location')).toBe(page.headers.get('location'));
    const archive = await site('/category/pelatihan/');
    expect([archive.status, archive.headers.get('location')]).toEqual([301, '/dinas-a/berita/pelatihan']);
    expect((await site('/dinas-a/berita/pelatihan')).status).toBe(200);
    // Drafts had no public address; an unknown address stays 404.
    expect((await site('/?p=206')).status).toBe(200);
    expect((await site('/tidak-pernah-ada/')).status).toBe(404);
    const count = await w.services.db.select().from(imporWpAlamat);
    expect(count.length).toBe(813);
    // The sorted [old, new] pairs the synchronous import (main at 9a87508) wrote for this export and mapping.
    const pairs = count.map((r) => [r.oldPath, r.targetPath]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    expect(createHash('sha256').update(JSON.stringify(pairs)).digest('hex')).toBe('5205a7da845dab2422b8e59edb770b6691aca4e4cd1693e7f5272060a1e6d14e');
  });

  it('a re-import of the same site updates instead of duplicating, and reuses the photo', { timeout: 120_000 }, async () => {
    const changed = xml.toString('utf8').replace('Tahun 2024 Nomor 100]]></title>', 'Tahun 2024 Nomor 100 (diperbarui)]]></title>');
    const again = await upload(admin, { wxr: Buffer.from(changed), arsip: uploadsZip });
    expect(again.status).toBe(201);
    expect((await admin.post(`/api/impor-wp/${again.body.id}/uji`, { mapping })).status).toBe(202);
    const dry = await settled(admin, again.body.id);
    expect(dry.laporan!.counts).toMatchObject({ updates: 205, newImages: 0 });
    expect((await admin.post(`/api/impor-wp/${again.body.id}/jalankan`, { mapping })).status).toBe(202);
    const reply = await settled(admin, again.body.id);
    expect(reply.status).toBe('selesai');
    expect(reply.laporan!.hasil).toEqual({ baru: 0, diperbarui: 1, tetap: 204, media: 0, pengalihan: 813 });
    const rows = await unitKonten();
    expect(rows).toHaveLength(205);
    expect(rows.find((r) => r.judul.endsWith('(diperbarui)'))?.slug).toBe('rapat-koordinasi-informasi-publik-tahun-2024-nomor-100');
    expect(await w.services.db.select().from(media)).toHaveLength(1);
  });
});
