import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { exeFile } from '../lampiran/test-files.ts';
import { createUpload, syntheticMp4, tusHeaders, tusMetadata, uploadWhole, waitProcessed } from './test-media.ts';

let w: TestWarta;
let f: Fixture;
let writer: TestClient;
let admin: TestClient;
let outsider: TestClient;
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  writer = new TestClient(w.app);
  await writer.signIn(f.writerA.email, PASSWORD);
  admin = new TestClient(w.app);
  await admin.signIn(f.admin.email, PASSWORD);
  outsider = new TestClient(w.app);
  await outsider.signIn(f.outsider.email, PASSWORD);
  server = serve({ fetch: w.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await w.stop();
});

const meta = (extra: Record<string, string> = {}) => ({ filename: 'video.mp4', filetype: 'video/mp4', unitId: f.unitA.id, ...extra });
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Sends the first `sendBytes` of a PATCH body over a real socket, then cuts the connection. */
function cutPatch(url: string, bytes: Buffer, sendBytes: number): Promise<void> {
  return new Promise((resolve) => {
    const req = httpRequest(url, {
      method: 'PATCH',
      headers: { ...tusHeaders(writer, { 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' }), 'content-length': String(bytes.length) },
    });
    req.on('error', () => resolve());
    req.on('response', () => resolve());
    req.write(bytes.subarray(0, sendBytes), () => {
      // Give the server a moment to write what arrived, as a phone losing its signal would.
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
  });
}

describe('a resumable upload survives a cut connection', () => {
  it('PATCH part, connection lost, HEAD tells the offset, PATCH the rest: the stored bytes are exactly the file', async () => {
    const video = syntheticMp4(8 * 1024 * 1024 + 123);
    const created = await fetch(`${base}/api/media/unggah`, {
      method: 'POST',
      headers: tusHeaders(writer, { 'upload-length': String(video.length), 'upload-metadata': tusMetadata(meta()) }),
    });
    expect(created.status).toBe(201);
    const url = `${base}${created.headers.get('location')}`;
    await cutPatch(url, video, 3 * 1024 * 1024);
    const head = await fetch(url, { method: 'HEAD', headers: tusHeaders(writer) });
    expect(head.status).toBe(200);
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(video.length);
    const rest = await fetch(url, {
      method: 'PATCH',
      headers: tusHeaders(writer, { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }),
      body: new Uint8Array(video.subarray(offset)),
    });
    expect(rest.status, await rest.clone().text()).toBe(204);
    const id = rest.headers.get('warta-media-id')!;
    const item = await waitProcessed(writer, id);
    expect(item.kind).toBe('video');
    expect(item.sizeBytes).toBe(video.length);
    const download = await fetch(`${base}${item.downloadUrl}`, { headers: { cookie: writer.cookie! } });
    expect(download.status).toBe(200);
    expect(sha(Buffer.from(await download.arrayBuffer()))).toBe(sha(video));
  });

  it('another person cannot resume, inspect or cancel someone’s upload', async () => {
    const created = await createUpload(writer, 100, meta());
    const location = created.headers.get('location')!;
    const other = new TestClient(w.app);
    await other.signIn(f.headA.email, PASSWORD);
    expect((await w.app.request(location, { method: 'HEAD', headers: tusHeaders(other) })).status).toBe(404);
    const patch = await w.app.request(location, {
      method: 'PATCH',
      headers: tusHeaders(other, { 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' }),
      body: Buffer.alloc(100),
    });
    expect(patch.status).toBe(404);
  });
});

describe('who may upload', () => {
  it('401 without a session, 403 without the CSRF token, 403 without a role in the unit, 400 without a unit', async () => {
    const anonymous = new TestClient(w.app);
    expect((await createUpload(anonymous, 10, meta())).status).toBe(401);
    const noCsrf = await w.app.request('/api/media/unggah', {
      method: 'POST',
      headers: { 'tus-resumable': '1.0.0', cookie: writer.cookie!, 'upload-length': '10', 'upload-metadata': tusMetadata(meta()) },
    });
    expect(noCsrf.status).toBe(403);
    const refused = await createUpload(outsider, 10, meta());
    expect(refused.status).toBe(403);
    expect(JSON.parse(await refused.text()).message).toBeTruthy();
    // A kontributor of unit A uploads to unit A only.
    expect((await createUpload(writer, 10, meta({ unitId: f.unitB.id }))).status).toBe(403);
    const noUnit = await createUpload(writer, 10, { filename: 'a.mp4', filetype: 'video/mp4' });
    expect(noUnit.status).toBe(400);
    expect(JSON.parse(await noUnit.text()).field).toBe('unitId');
    expect((await createUpload(writer, 10, meta())).status).toBe(201);
  });
});

describe('types by content', () => {
  it('a program named like a photo is refused at the end, and nothing is kept', async () => {
    const res = await uploadWhole(writer, exeFile(), { filename: 'liburan.jpg', filetype: 'image/jpeg', unitId: f.unitA.id });
    expect(res.status).toBe(400);
    const body = JSON.parse(await res.text());
    expect(body.field).toBe('berkas');
    expect(body.message).toMatch(/dikenali dari isinya/);
    expect((await writer.get('/api/media')).body.items.some((m: any) => m.originalName === 'liburan.jpg')).toBe(false);
  });

  it('an HTML page sent as a PDF is refused', async () => {
    const res = await uploadWhole(writer, Buffer.from('<html><script>alert(1)</script></html>'), {
      filename: 'surat.pdf',
      filetype: 'application/pdf',
      unitId: f.unitA.id,
    });
    expect(res.status).toBe(400);
  });
});

describe('size limits per kind, set by the admin', () => {
  it('GET/PUT /api/media/batas: 401, 403, 400 and success', async () => {
    const anonymous = new TestClient(w.app);
    expect((await anonymous.get('/api/media/batas')).status).toBe(401);
    expect((await outsider.get('/api/media/batas')).status).toBe(403);
    expect((await writer.get('/api/media/batas')).body).toEqual({ fotoMb: 20, videoMb: 2048, dokumenMb: 50 });
    expect((await anonymous.put('/api/media/batas', { fotoMb: 1, videoMb: 10, dokumenMb: 5 })).status).toBe(401);
    expect((await writer.put('/api/media/batas', { fotoMb: 1, videoMb: 10, dokumenMb: 5 })).status).toBe(403);
    const bad = await admin.put('/api/media/batas', { fotoMb: 0, videoMb: 10, dokumenMb: 5 });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('fotoMb');
    const ok = await admin.put('/api/media/batas', { fotoMb: 1, videoMb: 10, dokumenMb: 5 });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ fotoMb: 1, videoMb: 10, dokumenMb: 5 });
  });

  it('a photo over the photo limit is refused at creation, and one declared as a video is refused at the end', async () => {
    await admin.put('/api/media/batas', { fotoMb: 1, videoMb: 10, dokumenMb: 5 });
    // Noise does not compress: 1200×1200 of it is well over 1 MB as a JPEG.
    const big = await sharp({ create: { width: 1200, height: 1200, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .jpeg({ quality: 95 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const early = await createUpload(writer, big.length, { filename: 'besar.jpg', filetype: 'image/jpeg', unitId: f.unitA.id });
    expect(early.status).toBe(413);
    // Declared as a video (10 MB allowed) to slip past: its content is a photo, so the photo limit holds.
    const late = await uploadWhole(writer, big, { filename: 'besar.mp4', filetype: 'video/mp4', unitId: f.unitA.id });
    expect(late.status).toBe(413);
    expect(JSON.parse(await late.text()).message).toMatch(/1 MB/);
    // Above every limit: tus's own maximum refuses before anything is written.
    expect((await createUpload(writer, 11 * 1024 * 1024, meta())).status).toBe(413);
    await admin.put('/api/media/batas', { fotoMb: 20, videoMb: 2048, dokumenMb: 50 });
  });
});
