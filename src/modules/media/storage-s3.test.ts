import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { TestClient } from '../../test/client.ts';
import { PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta } from '../../test/harness.ts';
import { checkRanges } from './range-checks.ts';
import { s3Storage } from './storage-s3.ts';
import { phoneJpeg, uploadOk, waitProcessed } from './test-media.ts';

// A real S3 server (s3rver: the S3 REST API over HTTP, objects in a folder) that this test starts.
let s3: S3rver;
let folder: string;
let env: Record<string, string>;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'warta-s3-'));
  s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: folder, configureBuckets: [{ name: 'warta-media', configs: [] }] });
  const { port } = await s3.run();
  env = {
    WARTA_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    WARTA_S3_BUCKET: 'warta-media',
    WARTA_S3_REGION: 'us-east-1',
    WARTA_S3_ACCESS_KEY_ID: 'S3RVER',
    WARTA_S3_SECRET_ACCESS_KEY: 'S3RVER',
  };
});
afterAll(async () => {
  await s3.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('S3-compatible storage', () => {
  it('puts, reads, streams, downloads and removes objects; a missing key is null', async () => {
    const config = loadConfig(env);
    expect(config.s3).toMatchObject({ bucket: 'warta-media', forcePathStyle: true });
    const storage = s3Storage(config.s3!);
    const bytes = Buffer.from('isi berkas uji '.repeat(1000));
    await storage.put('t/1/a.bin', bytes, 'application/octet-stream');
    expect((await storage.get('t/1/a.bin'))?.equals(bytes)).toBe(true);
    const opened = await storage.open('t/1/a.bin');
    expect(opened?.bytes).toBe(bytes.length);
    const chunks: Buffer[] = [];
    for await (const chunk of opened!.stream) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    const local = join(folder, 'lokal.bin');
    writeFileSync(local, bytes);
    await storage.putFile('t/1/b.bin', local, 'application/octet-stream');
    const back = join(folder, 'kembali.bin');
    await storage.download('t/1/b.bin', back);
    expect(readFileSync(back).equals(bytes)).toBe(true);
    await storage.remove('t/1/a.bin');
    expect(await storage.get('t/1/a.bin')).toBeNull();
    expect(await storage.open('t/1/tidak-ada')).toBeNull();
    expect(await storage.stat('t/1/tidak-ada')).toBeNull();
    expect(await storage.stat('t/1/b.bin')).toMatchObject({ size: bytes.length, etag: expect.stringMatching(/^"/) });
    const part = await storage.open('t/1/b.bin', { start: 10, end: 19 });
    expect(part).toMatchObject({ bytes: 10, size: bytes.length });
    const got: Buffer[] = [];
    for await (const chunk of part!.stream) got.push(Buffer.from(chunk));
    expect(Buffer.concat(got).equals(bytes.subarray(10, 20))).toBe(true);
  });

  // A whole server, a photo's processing and two files' range cases: slow on a busy machine.
  it('a whole Warta on S3: an uploaded photo is cleaned, its copies stored in the bucket and served', async () => {
    const w = await startTestWarta(env);
    try {
      const f = await seedFixture(w.services);
      const writer = new TestClient(w.app);
      await writer.signIn(f.writerA.email, PASSWORD);
      const id = await uploadOk(writer, await phoneJpeg(700, 500), { filename: 's3.jpg', filetype: 'image/jpeg', unitId: f.unitA.id });
      const item = await waitProcessed(writer, id);
      expect(item.state).toBe('siap');
      const copy = await w.app.request(item.derivatives[0]!.url, { headers: { cookie: writer.cookie! } });
      expect(copy.status).toBe(200);
      // Byte ranges from the bucket: the kept file (the bucket's ETag) and a copy (its own).
      for (const path of [`/api/media/${id}/berkas`, item.derivatives.at(-1)!.url]) {
        await checkRanges((headers = {}) => w.app.request(path, { headers: { cookie: writer.cookie!, ...headers } }));
      }
      const storage = s3Storage(w.config.s3!);
      expect(await storage.get(`${f.tenant.id}/${id}/asli.jpg`)).not.toBeNull();
      // Nothing went to the data folder.
      expect(() => readFileSync(join(w.config.dataDir, 'media', f.tenant.id, id, 'asli.jpg'))).toThrow();
    } finally {
      await w.stop();
    }
  }, 90_000);
});
