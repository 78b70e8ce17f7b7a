import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import type { MediaView } from './media-view.ts';

// Test-only: photos as phones make them (location and camera in EXIF), and a tus client over app.request().

/** A JPEG with GPS coordinates, camera make and model, and orientation 6 (turned a quarter). */
export async function phoneJpeg(width = 2000, height = 1500): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .jpeg({ quality: 70 })
    .withExif({
      IFD0: { Make: 'FonselUji', Model: 'Kamera Uji 9' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 10/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 49/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/**
 * A HEIC photo from a phone's format, 64×48, with GPS in its EXIF. Made once with Debian's
 * libheif-examples from a JPEG carrying GPS: `heif-enc -q 30 gps.jpg -o phone-gps.heic` (heif-enc
 * copies the EXIF); sharp cannot write HEVC, so the file is committed (883 bytes).
 */
export const phoneHeic = () => readFileSync(join(import.meta.dirname, 'test-files', 'phone-gps.heic'));

/** A few bytes of an MP4 header and then filler: recognised as a video, not decodable. */
export function syntheticMp4(bytes: number): Buffer {
  const out = Buffer.alloc(bytes, 0x2a);
  Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 2, 0, 0x69, 0x73, 0x6f, 0x6d, 0x6d, 0x70, 0x34, 0x31]).copy(out);
  return out;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** The Upload-Metadata header of tus. */
export const tusMetadata = (meta: Record<string, string>) =>
  Object.entries(meta)
    .map(([k, v]) => `${k} ${b64(v)}`)
    .join(',');

/** Headers of a signed-in admin client on a tus request. */
export function tusHeaders(client: TestClient, extra: Record<string, string> = {}): Record<string, string> {
  return { 'tus-resumable': '1.0.0', ...(client.cookie ? { cookie: client.cookie } : {}), ...(client.csrf ? { 'x-csrf-token': client.csrf } : {}), ...extra };
}

/** Creates a tus upload; the response as it came. */
export function createUpload(client: TestClient, size: number, meta: Record<string, string>, extra: Record<string, string> = {}) {
  return client.app.request('/api/media/unggah', {
    method: 'POST',
    headers: tusHeaders(client, { 'upload-length': String(size), 'upload-metadata': tusMetadata(meta), ...extra }),
  });
}

/** Uploads a file in one PATCH; the finishing response (its `warta-media-id` names the item). */
export async function uploadWhole(client: TestClient, bytes: Buffer, meta: Record<string, string>): Promise<Response> {
  const created = await createUpload(client, bytes.length, meta);
  if (created.status !== 201) return created;
  return client.app.request(created.headers.get('location')!, {
    method: 'PATCH',
    headers: tusHeaders(client, { 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' }),
    body: new Uint8Array(bytes),
  });
}

/** Uploads and returns the new media id, failing the test on any refusal. */
export async function uploadOk(client: TestClient, bytes: Buffer, meta: Record<string, string>): Promise<string> {
  const res = await uploadWhole(client, bytes, meta);
  expect(res.status, await res.clone().text()).toBe(204);
  return res.headers.get('warta-media-id')!;
}

/** Waits until the processing job has handled a media item (pg-boss polls every second). */
export async function waitProcessed(client: TestClient, id: string, timeoutMs = 30_000): Promise<MediaView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const reply = await client.get(`/api/media/${id}`);
    if (reply.body.state !== 'menunggu') return reply.body;
    if (Date.now() > until) throw new Error(`media ${id} still waiting`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
