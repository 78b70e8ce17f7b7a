import { eq } from 'drizzle-orm';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { DERIVATIVE_WIDTHS } from './process-image.ts';
import { markFailed } from './process-job.ts';
import { media } from './schema.ts';
import { mediaStorage } from './storage.ts';
import { phoneHeic, phoneJpeg, uploadOk, waitProcessed } from './test-media.ts';

let w: TestWarta;
let f: Fixture;
let writer: TestClient;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  writer = new TestClient(w.app);
  await writer.signIn(f.writerA.email, PASSWORD);
});
afterAll(() => w.stop());

const download = async (path: string) => {
  const res = await w.app.request(path, { headers: { cookie: writer.cookie! } });
  expect(res.status, path).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};

// What exifr finds of where and with what a photo was taken; {} when nothing.
const tracesOf = async (bytes: Buffer) => {
  // exifr does not read WebP: there sharp tells whether any EXIF, XMP or IPTC block is left at all.
  const meta = await sharp(bytes).metadata();
  if (meta.format === 'webp')
    return meta.exif || meta.xmp || meta.iptc ? { latitude: 'metadata left' } : { latitude: undefined, make: undefined, model: undefined };
  const found = (await exifr.parse(bytes, { gps: true, tiff: true, xmp: true, iptc: true, exif: true })) ?? {};
  return { latitude: found.latitude, make: found.Make, model: found.Model };
};

describe('photos lose location and camera metadata', () => {
  it('a phone JPEG: the fixture carries GPS; the kept original and every copy carry none, turned upright', async () => {
    const jpeg = await phoneJpeg(2000, 1500);
    expect((await tracesOf(jpeg)).latitude).toBeCloseTo(-6.1667, 3);
    const id = await uploadOk(writer, jpeg, { filename: 'IMG_0001.jpg', filetype: 'image/jpeg', unitId: f.unitA.id });
    const item = await waitProcessed(writer, id);
    expect(item.state).toBe('siap');
    // Orientation 6 applied: the 2000×1500 sensor picture stands as 1500×2000.
    expect([item.width, item.height]).toEqual([1500, 2000]);
    const original = await download(item.downloadUrl!);
    expect(await tracesOf(original)).toEqual({ latitude: undefined, make: undefined, model: undefined });
    expect((await sharp(original).metadata()).orientation).toBeUndefined();
    for (const d of item.derivatives) expect(await tracesOf(await download(d.url))).toEqual({ latitude: undefined, make: undefined, model: undefined });
  });

  it('a HEIC from a phone: converted to JPEG, no GPS left', async () => {
    const heic = phoneHeic();
    // exifr cannot read this file's EXIF item (stored inside the meta box); libheif through sharp can.
    const exif = (await sharp(heic).metadata()).exif!;
    expect((await exifr.gps(exif))?.latitude).toBeCloseTo(-6.1666, 3);
    const id = await uploadOk(writer, heic, { filename: 'IMG_0002.HEIC', filetype: 'image/heic', unitId: f.unitA.id });
    const item = await waitProcessed(writer, id);
    expect(item.state).toBe('siap');
    expect(item.mediaType).toBe('image/jpeg');
    expect([item.width, item.height]).toEqual([64, 48]);
    const original = await download(item.downloadUrl!);
    expect((await sharp(original).metadata()).format).toBe('jpeg');
    expect(await tracesOf(original)).toEqual({ latitude: undefined, make: undefined, model: undefined });
    expect((await sharp(original).metadata()).exif).toBeUndefined();
  });
});

describe('responsive copies', () => {
  it('WebP and JPEG at 320/640/1024/1600 px for a large photo, each its stated width', async () => {
    const id = await uploadOk(writer, await phoneJpeg(2400, 1800), { filename: 'besar.jpg', filetype: 'image/jpeg', unitId: f.unitA.id });
    const item = await waitProcessed(writer, id);
    const seen = item.derivatives.map((d: any) => `${d.width}.${d.format}`).sort();
    expect(seen).toEqual(DERIVATIVE_WIDTHS.flatMap((wd) => [`${wd}.jpeg`, `${wd}.webp`]).sort());
    for (const d of item.derivatives) {
      const meta = await sharp(await download(d.url)).metadata();
      expect(meta.width).toBe(d.width);
      expect(meta.format).toBe(d.format);
      // 1800×2400 upright: the copies keep the 3:4 shape.
      expect(meta.height).toBe(Math.round((d.width * 2400) / 1800));
    }
  });

  it('never enlarges: a 500 px photo gets 320 and its own 500, nothing wider', async () => {
    const small = await sharp({ create: { width: 500, height: 300, channels: 3, background: '#888' } })
      .png()
      .toBuffer();
    const id = await uploadOk(writer, small, { filename: 'kecil.png', filetype: 'image/png', unitId: f.unitA.id });
    const item = await waitProcessed(writer, id);
    expect(item.mediaType).toBe('image/png');
    expect([...new Set(item.derivatives.map((d: any) => d.width))].sort((a: any, b: any) => a - b)).toEqual([320, 500]);
  });

  it('a file that starts like a JPEG but is not one ends as failed, its bytes removed', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5000, 7)]);
    const id = await uploadOk(writer, fake, { filename: 'rusak.jpg', filetype: 'image/jpeg', unitId: f.unitA.id });
    const item = await waitProcessed(writer, id);
    expect(item.state).toBe('gagal');
    expect(item.downloadUrl).toBeNull();
  });
});

describe('a photo whose processing fails on every attempt', () => {
  it('ends as failed with the reason in words, its upload removed, once', async () => {
    const id = crypto.randomUUID();
    const key = `uji/${id}.masuk`;
    const storage = mediaStorage(w.services.config);
    await storage.put(key, Buffer.from('belum diolah'), 'image/jpeg');
    await w.services.db.insert(media).values({
      id,
      tenantId: f.tenant.id,
      unitId: f.unitA.id,
      kind: 'foto',
      originalName: 'macet.jpg',
      mediaType: 'image/jpeg',
      sizeBytes: 12,
      storageKey: key,
    });
    await markFailed(w.services, id);
    await markFailed(w.services, id);
    const [row] = await w.services.db.select().from(media).where(eq(media.id, id));
    expect({ state: row!.state, note: row!.stateNote, key: row!.storageKey }).toEqual({ state: 'gagal', note: 'processing_failed', key: null });
    expect(await storage.get(key)).toBeNull();
    const { rows } = await w.services.database.executeSql(`select count(*)::int as n from audit_log where entity_id = $1 and action = 'media.processed'`, [id]);
    expect(rows[0]).toEqual({ n: 1 });
  });
});
