import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../http/env.ts';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { importMediaFile } from './import-media.ts';

let w: TestWarta;
let f: Fixture;
let writer: TestClient;
let user: SessionUser;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  writer = new TestClient(w.app);
  await writer.signIn(f.writerA.email, PASSWORD);
  user = { ...f.writerA, totpEnabled: false, mustEnable2fa: false };
});
afterAll(() => w.stop());

const photo = () =>
  sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 40, g: 110, b: 70 } } })
    .jpeg()
    .toBuffer();

describe('importMediaFile', () => {
  it('stores, processes at once and sets the words: the item is ready with its copies when it returns', async () => {
    const row = await importMediaFile(w.services, user, {
      unitId: f.unitA.id,
      bytes: await photo(),
      name: 'sawah.jpg',
      altText: 'Sawah hijau di kaki bukit',
      credit: 'Tim Uji',
    });
    expect(row).toMatchObject({
      state: 'siap',
      kind: 'foto',
      width: 1200,
      height: 675,
      altText: 'Sawah hijau di kaki bukit',
      credit: 'Tim Uji',
      uploadedBy: user.id,
    });
    expect(row.derivatives.map((d) => `${d.width}.${d.format}`).sort()).toEqual(
      ['320.jpeg', '320.webp', '640.jpeg', '640.webp', '1024.jpeg', '1024.webp', '1200.jpeg', '1200.webp'].sort(),
    );
    const audit = await w.services.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['media.processed', 'media.updated', 'media.uploaded']);
    const view = await writer.get(`/api/media/${row.id}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ state: 'siap', altText: 'Sawah hijau di kaki bukit' });
    const copy = await w.app.request(view.body.derivatives[0].url, { headers: { cookie: writer.cookie! } });
    expect(copy.status).toBe(200);
  });

  it('gives a photo exactly as wide as the largest copy that copy too (the demo photos are 1600 px)', async () => {
    const bytes = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#468' } })
      .jpeg()
      .toBuffer();
    const row = await importMediaFile(w.services, user, { unitId: f.unitA.id, bytes, name: 'lebar.jpg', altText: 'Langit biru' });
    expect([...new Set(row.derivatives.map((d) => d.width))].sort((a, b) => a - b)).toEqual([320, 640, 1024, 1600]);
  });

  it('refuses what is not a photo, video or document, and keeps nothing', async () => {
    await expect(
      importMediaFile(w.services, user, { unitId: f.unitA.id, bytes: Buffer.from('bukan gambar sama sekali, hanya teks'), name: 'a.txt', altText: 'x' }),
    ).rejects.toMatchObject({ code: 'invalid', field: 'berkas' });
  });

  it('refuses a file that only starts like a JPEG', async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    await expect(importMediaFile(w.services, user, { unitId: f.unitA.id, bytes: broken, name: 'rusak.jpg', altText: 'x' })).rejects.toMatchObject({
      field: 'berkas',
    });
  });
});
