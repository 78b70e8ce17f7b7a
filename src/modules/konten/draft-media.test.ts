import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { importMediaFile } from '../media/import-media.ts';
import { clientFor, doc, pengumuman, saveBody } from './test-fixture.ts';

// A photo that only a draft uses is in use: the library lists the draft and refuses to delete it.

let w: TestWarta;
let f: Fixture;
let writer: TestClient;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  writer = await clientFor(w, f.writerA.email);
});
afterAll(() => w.stop());

async function photo(name: string): Promise<string> {
  const bytes = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#6a4' } })
    .jpeg()
    .toBuffer();
  const row = await importMediaFile(
    w.services,
    { ...f.writerA, totpEnabled: false, mustEnable2fa: false },
    {
      unitId: f.unitA.id,
      bytes,
      name,
      altText: 'Halaman kantor pada pagi hari',
    },
  );
  return row.id;
}

const usesOf = async (id: string) => (await writer.get(`/api/media/${id}/dipakai`)).body.items;

describe('media of drafts in "where used"', () => {
  it("records the current revision's photos on create, save and restore; deleting is refused until no revision uses them", async () => {
    const cover = await photo('sampul.jpg');
    const inText = await photo('isi.jpg');
    const isi = { type: 'doc', content: [...doc('Isi naskah.').content, { type: 'mediaImage', attrs: { mediaId: inText, caption: null } }] };
    const created = await writer.post('/api/konten', { ...pengumuman(f, 'Naskah berfoto'), isi, coverMediaId: cover });
    expect(created.status).toBe(201);
    const id = created.body.item.id;
    for (const m of [cover, inText]) expect(await usesOf(m)).toMatchObject([{ entity: 'konten_draf', entityId: id, isPublic: false }]);
    const refused = await writer.delete(`/api/media/${inText}`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/masih dipakai/);

    // Saved without the photo in the text: that one is released, the cover is still used.
    const saved = await writer.put(`/api/konten/${id}`, saveBody(created.body, { isi: doc('Tanpa foto di isi.'), coverMediaId: cover }));
    expect(saved.status).toBe(200);
    expect(await usesOf(inText)).toEqual([]);
    expect(await usesOf(cover)).toHaveLength(1);

    // Restoring the first revision uses it again.
    const restored = await writer.post(`/api/konten/${id}/revisi/${created.body.revisi.id}/pulihkan`, {});
    expect(restored.status).toBe(200);
    expect(await usesOf(inText)).toMatchObject([{ entity: 'konten_draf', entityId: id }]);
    expect((await writer.delete(`/api/media/${inText}`)).status).toBe(409);

    // Without either photo, both may go.
    const bare = await writer.put(`/api/konten/${id}`, saveBody(restored.body, { isi: doc('Tanpa foto.'), coverMediaId: null }));
    expect(bare.status).toBe(200);
    for (const m of [cover, inText]) {
      expect(await usesOf(m)).toEqual([]);
      expect((await writer.delete(`/api/media/${m}`)).status).toBe(200);
    }
  });

  it('keeps a draft that names an id the library does not know (approval refuses it later), recording nothing for it', async () => {
    const known = await photo('dikenal.jpg');
    const unknown = '00000000-0000-4000-8000-00000000f0f0';
    const created = await writer.post('/api/konten', { ...pengumuman(f, 'Naskah id asing'), jenis: 'galeri', atribut: { foto: [known, unknown] } });
    expect(created.status).toBe(201);
    expect(created.body.revisi.mediaIds).toEqual([known, unknown]);
    expect(await usesOf(known)).toMatchObject([{ entity: 'konten_draf', entityId: created.body.item.id }]);
  });
});
