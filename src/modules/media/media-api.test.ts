import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../lib/errors.ts';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { docxFile } from '../lampiran/test-files.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { setMediaUsage } from './media-usage.ts';
import { assertMediaReady, getMediaForRender } from './render-media.ts';
import { phoneJpeg, uploadOk, waitProcessed } from './test-media.ts';

let w: TestWarta;
let f: Fixture;
let writer: TestClient;
let head: TestClient;
let outsider: TestClient;
let evaluator: TestClient;
let anonymous: TestClient;
let photoId: string;
let docId: string;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitB.id, 'evaluator', 'evaluator', PASSWORD);
  writer = new TestClient(w.app);
  await writer.signIn(f.writerA.email, PASSWORD);
  head = new TestClient(w.app);
  await head.signIn(f.headA.email, PASSWORD);
  outsider = new TestClient(w.app);
  await outsider.signIn(f.outsider.email, PASSWORD);
  evaluator = new TestClient(w.app);
  await evaluator.signIn('evaluator@uji.test', PASSWORD);
  anonymous = new TestClient(w.app);
  photoId = await uploadOk(writer, await phoneJpeg(800, 600), { filename: 'Rapat koordinasi.jpg', filetype: 'image/jpeg', unitId: f.unitA.id });
  docId = await uploadOk(writer, docxFile(), { filename: 'Undangan.docx', filetype: 'application/octet-stream', unitId: f.unitA.id });
  await waitProcessed(writer, photoId);
});
afterAll(() => w.stop());

const use = (entityId: string, mediaIds: string[], isPublic: boolean) =>
  inTransaction(w.services.db, (tx) => setMediaUsage(tx, { tenantId: f.tenant.id, entity: 'konten', entityId, mediaIds, isPublic }));

describe('GET /api/media', () => {
  it('401, 400, success; an outsider sees nothing, the evaluator sees every unit', async () => {
    expect((await anonymous.get('/api/media')).status).toBe(401);
    expect((await writer.get('/api/media?kind=audio')).status).toBe(400);
    const all = await writer.get('/api/media');
    expect(all.status).toBe(200);
    expect(all.body.items.map((m: any) => m.id).sort()).toEqual([photoId, docId].sort());
    expect((await outsider.get('/api/media')).body.items).toEqual([]);
    expect((await evaluator.get('/api/media')).body.total).toBe(2);
    expect((await writer.get('/api/media?kind=dokumen')).body.items.map((m: any) => m.id)).toEqual([docId]);
    expect((await writer.get(`/api/media?unitId=${f.unitB.id}`)).body.items).toEqual([]);
  });

  it('searches name, alt text, caption and tags; filters by tag', async () => {
    await writer.patch(`/api/media/${photoId}`, { altText: 'Kepala dinas memimpin rapat', caption: 'Rapat di aula', tags: ['Rapat', 'aula'] });
    const ids = async (q: string) => (await writer.get(`/api/media?${q}`)).body.items.map((m: any) => m.id);
    expect(await ids('q=memimpin')).toEqual([photoId]);
    expect(await ids('q=undangan')).toEqual([docId]);
    expect(await ids('q=aula')).toEqual([photoId]);
    expect(await ids('tag=rapat')).toEqual([photoId]);
    expect(await ids('q=tidak-ada-yang-cocok')).toEqual([]);
  });
});

describe('GET/PATCH/DELETE /api/media/:id', () => {
  it('GET: 401, 403, 400, success', async () => {
    expect((await anonymous.get(`/api/media/${photoId}`)).status).toBe(401);
    expect((await outsider.get(`/api/media/${photoId}`)).status).toBe(403);
    expect((await writer.get('/api/media/bukan-id')).status).toBe(400);
    const got = await writer.get(`/api/media/${photoId}`);
    expect(got.status).toBe(200);
    // Taken sideways (orientation 6): kept upright, 600×800.
    expect(got.body).toMatchObject({ kind: 'foto', width: 600, height: 800, state: 'siap' });
    expect(got.body.storageKey).toBeUndefined();
  });

  it('PATCH: 401, 403 (outsider and evaluator, who only reads), 400, success, audited', async () => {
    const change = { altText: 'Peserta rapat', credit: 'Humas Dinas A', privacy: true };
    expect((await anonymous.patch(`/api/media/${photoId}`, change)).status).toBe(401);
    expect((await outsider.patch(`/api/media/${photoId}`, change)).status).toBe(403);
    expect((await evaluator.patch(`/api/media/${photoId}`, change)).status).toBe(403);
    const bad = await writer.patch(`/api/media/${photoId}`, { tags: ['<script>'] });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('tags.0');
    const ok = await head.patch(`/api/media/${photoId}`, change);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject(change);
    const audited = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'media.updated'), eq(auditLog.entityId, photoId)));
    expect(audited.at(-1)?.after).toMatchObject(change);
  });

  it('GET dipakai and DELETE: refused while used, allowed once released', async () => {
    const entity = crypto.randomUUID();
    expect((await anonymous.get(`/api/media/${docId}/dipakai`)).status).toBe(401);
    expect((await outsider.get(`/api/media/${docId}/dipakai`)).status).toBe(403);
    expect((await writer.get('/api/media/x/dipakai')).status).toBe(400);
    await use(entity, [docId], false);
    const used = await writer.get(`/api/media/${docId}/dipakai`);
    expect(used.status).toBe(200);
    expect(used.body.items).toMatchObject([{ entity: 'konten', entityId: entity, isPublic: false }]);
    expect((await anonymous.delete(`/api/media/${docId}`)).status).toBe(401);
    expect((await outsider.delete(`/api/media/${docId}`)).status).toBe(403);
    expect((await writer.delete('/api/media/x')).status).toBe(400);
    const refused = await writer.delete(`/api/media/${docId}`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/masih dipakai/);
    await use(entity, [], false);
    expect((await writer.get(`/api/media/${docId}/dipakai`)).body.items).toEqual([]);
    expect((await writer.delete(`/api/media/${docId}`)).status).toBe(200);
    expect((await writer.get(`/api/media/${docId}`)).status).toBe(404);
  });

  it('GET berkas: 401, 403, 400, success with the file as kept', async () => {
    expect((await anonymous.get(`/api/media/${photoId}/berkas`)).status).toBe(401);
    expect((await outsider.get(`/api/media/${photoId}/berkas`)).status).toBe(403);
    expect((await writer.get('/api/media/x/berkas')).status).toBe(400);
    const res = await w.app.request(`/api/media/${photoId}/berkas`, { headers: { cookie: writer.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="Rapat koordinasi.jpg"/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(600);
  });
});

describe('public copies at /media/{id}/{file}', () => {
  it('hidden from the public until something public uses the item; staff preview meanwhile', async () => {
    const url = `/media/${photoId}/320.webp`;
    expect((await w.app.request(url)).status).toBe(404);
    expect((await w.app.request(url, { headers: { cookie: outsider.cookie! } })).status).toBe(404);
    const preview = await w.app.request(url, { headers: { cookie: writer.cookie! } });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('cache-control')).toBe('private, no-cache');
    const entity = crypto.randomUUID();
    await use(entity, [photoId], true);
    const open = await w.app.request(url);
    expect(open.status).toBe(200);
    expect(open.headers.get('content-type')).toBe('image/webp');
    expect(open.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(open.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = open.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect((await sharp(Buffer.from(await open.arrayBuffer())).metadata()).width).toBe(320);
    expect((await w.app.request(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await w.app.request(`/media/${photoId}/999.webp`)).status).toBe(404);
    expect((await w.app.request(`/media/${photoId}/..%2Fasli.jpg`)).status).toBe(404);
    await use(entity, [], false);
    expect((await w.app.request(url)).status).toBe(404);
  });
});

describe('exported operations for the content module', () => {
  it('getMediaForRender gives alt, size and copy URLs; assertMediaReady wants alt text on a photo', async () => {
    const [render] = await getMediaForRender(w.services.db, [photoId]);
    expect(render).toMatchObject({ id: photoId, altText: 'Peserta rapat', width: 600, height: 800 });
    expect(render!.sources.map((s) => `${s.width}.${s.format}`)).toEqual(['320.jpeg', '320.webp', '600.jpeg', '600.webp']);
    expect(render!.sources[0]!.url).toBe(`/media/${photoId}/320.jpg`);
    await expect(assertMediaReady(w.services.db, f.tenant.id, [photoId])).resolves.toBeUndefined();
    const bare = await uploadOk(writer, await phoneJpeg(400, 300), { filename: 'tanpa-alt.jpg', filetype: 'image/jpeg', unitId: f.unitA.id });
    await waitProcessed(writer, bare);
    const refusal = await assertMediaReady(w.services.db, f.tenant.id, [photoId, bare]).catch((e) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ messageKey: 'media.alt_required', field: 'media.1' });
    const unknown = await assertMediaReady(w.services.db, f.tenant.id, [crypto.randomUUID()]).catch((e) => e);
    expect(unknown).toMatchObject({ messageKey: 'media.unknown', field: 'media.0' });
  });

  it('setMediaUsage refuses media of another tenant or unknown ids', async () => {
    const err = await use(crypto.randomUUID(), [crypto.randomUUID()], true).catch((e) => e);
    expect(err).toMatchObject({ messageKey: 'media.unknown', field: 'mediaIds' });
  });
});
