import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { bidang } from '../org/schema.ts';
import { addContentTeam, type ContentTeam, clientFor, doc } from './test-fixture.ts';

// What the head approves in the preview is what the site shows: the same component renders both.

let w: TestWarta;
let f: Fixture;
let team: ContentTeam;
let umumA: string;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  team = await addContentTeam(w, f);
  umumA = (await w.services.db.select({ id: bidang.id }).from(bidang).where(eq(bidang.unitId, f.unitA.id)))[0]!.id;
});
afterAll(() => w.stop());

const articleOf = (html: string) => /<article class="konten">[\s\S]*?<\/article>/.exec(html)?.[0];

describe('preview equals the site', () => {
  it('renders the item page’s article: “belum terbit” before, the very public markup after publication', async () => {
    const [writer, head, publisher] = await Promise.all([clientFor(w, f.writerA.email), clientFor(w, f.headA.email), clientFor(w, team.publisher.email)]);
    expect((await head.put(`/api/konten/pengaturan/${f.unitA.id}`, { wajibRedaktur: false })).status).toBe(200);
    const fields = {
      judul: 'Rapat Kerja Humas & Protokol',
      ringkasan: 'Rapat kerja tahunan.',
      isi: doc('Rapat dibuka oleh kepala dinas.'),
      bidangId: umumA,
      tags: ['rapat', 'humas'],
    };
    const created = await writer.post('/api/konten', { unitId: f.unitA.id, jenis: 'berita', ...fields });
    expect(created.status, created.text).toBe(201);
    const id = created.body.item.id;
    const preview = async () => {
      const res = await writer.post('/api/konten/pratinjau', { unitId: f.unitA.id, jenis: 'berita', kontenId: id, ...fields });
      expect(res.status, res.text).toBe(200);
      return res.body.html as string;
    };
    const before = await preview();
    expect(before).toContain('<h1>Rapat Kerja Humas &amp; Protokol</h1>');
    expect(before).toContain('Belum terbit');
    expect(before).toContain('<a href="/dinas-a/berita/umum">Umum</a>');
    expect(before).toContain('<p class="lead">Rapat kerja tahunan.</p>');
    expect(before).toContain('<li>rapat</li><li>humas</li>');

    for (const [client, ke] of [
      [writer, 'menunggu_persetujuan'],
      [head, 'disetujui'],
      [publisher, 'terbit'],
    ] as const)
      expect((await client.post(`/api/konten/${id}/status`, { ke })).status).toBe(200);
    const slug = (await writer.get(`/api/konten/${id}`)).body.item.slug;
    const site = await w.app.request(`/dinas-a/berita/umum/${slug}`, { headers: { host: 'ujiprov.go.id' } });
    expect(site.status).toBe(200);
    const siteHtml = await site.text();
    const after = await preview();
    expect(articleOf(siteHtml)).toBeDefined();
    expect(articleOf(after)).toBe(articleOf(siteHtml));
    expect(siteHtml).toContain(after.slice(0, after.indexOf('<article')));
    expect(after).not.toContain('Belum terbit');
  });

  it('shows an artikel’s byline, an agenda’s facts and a scheduled item’s time; refuses another unit’s item', async () => {
    const writer = await clientFor(w, f.writerA.email);
    const artikel = await writer.post('/api/konten/pratinjau', {
      unitId: f.unitA.id,
      jenis: 'artikel',
      judul: 'Menulis untuk publik',
      isi: doc('Tulisan.'),
      penulisPersonId: f.headA.person.id,
    });
    expect(artikel.body.html).toContain(`Oleh ${f.headA.person.name}`);
    const agenda = await writer.post('/api/konten/pratinjau', {
      unitId: f.unitA.id,
      jenis: 'agenda',
      judul: 'Rakor',
      isi: doc('Agenda.'),
      atribut: { mulai: '2026-12-20T01:00:00Z', tempat: 'Aula Utama' },
    });
    expect(agenda.body.html).toContain('<dd>Aula Utama</dd>');
    expect(agenda.body.html).toContain('Belum terbit');
    // Scheduled: the date line names the time it will go out.
    const [head, publisher] = await Promise.all([clientFor(w, f.headA.email), clientFor(w, team.publisher.email)]);
    const body = { unitId: f.unitA.id, jenis: 'pengumuman', judul: 'Pengumuman terjadwal', isi: doc('Isi.') };
    const id = (await writer.post('/api/konten', body)).body.item.id;
    const jadwal = new Date(Date.now() + 2 * 86_400_000).toISOString();
    for (const [client, move] of [
      [writer, { ke: 'menunggu_persetujuan' }],
      [head, { ke: 'disetujui' }],
      [publisher, { ke: 'dijadwalkan', jadwal }],
    ] as const)
      expect((await client.post(`/api/konten/${id}/status`, move)).status).toBe(200);
    const scheduled = (await writer.post('/api/konten/pratinjau', { ...body, kontenId: id })).body.html as string;
    expect(scheduled).toContain(`<time datetime="${jadwal}">Dijadwalkan terbit `);
    expect(scheduled).not.toContain('Belum terbit');
    const writerB = await clientFor(w, team.writerB.email);
    const other = await writerB.post('/api/konten', { unitId: f.unitB.id, jenis: 'pengumuman', judul: 'Unit B', isi: doc('B') });
    const refused = await writer.post('/api/konten/pratinjau', {
      unitId: f.unitA.id,
      jenis: 'pengumuman',
      judul: 'x',
      isi: doc('x'),
      kontenId: other.body.item.id,
    });
    expect([refused.status, refused.body.field]).toEqual([400, 'kontenId']);
  });
});
