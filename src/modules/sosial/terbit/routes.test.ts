import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client.ts';
import type { Fixture } from '../../../test/fixtures.ts';
import type { TestWarta } from '../../../test/harness.ts';
import { auditLog } from '../../audit/schema.ts';
import { pengumuman } from '../../konten/test-fixture.ts';
import type { RunningFakes } from '../fakes/start-fakes.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun, sosialKiriman, sosialVarian } from '../schema.ts';
import { signedMediaUrl } from './media-url.ts';
import { addManualAccount, addVariants, approvedItem, rebindApproval } from './test-fixture.ts';
import { type PublishingWorld, publishingClients, startPublishingWorld, until } from './test-world.ts';

let w: TestWarta;
let f: Fixture;
let fakes: RunningFakes;
let akun: Record<Platform, string>;
let m: { foto: string; video: string };
let anon: TestClient;
let publisher: TestClient;
let writer: TestClient;
let outsider: TestClient;
let world: PublishingWorld;

beforeAll(async () => {
  world = await startPublishingWorld();
  ({ w, f, fakes, akun, m } = world);
  ({ anon, publisher, writer, outsider } = await publishingClients(w, f));
}, 60_000);
afterAll(async () => {
  await world?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const panel = (id: string) => publisher.get(`/api/sosial/konten/${id}/kiriman`);

describe('publish everywhere', () => {
  it('POST /terbitkan: 401, 403 for a writer and an outsider, 400 naming the field, 409 when not approved, 201', async () => {
    const id = await approvedItem(w, f, 'Terbit ke semua');
    await addVariants(w, id, akun, m, 7001);
    const url = `/api/sosial/konten/${id}/terbitkan`;
    expect((await anon.post(url, {})).status).toBe(401);
    expect((await writer.post(url, {})).status).toBe(403);
    expect((await outsider.post(url, {})).status).toBe(403);
    const bad = await publisher.post(url, { jadwal: 'besok pagi' });
    expect([bad.status, bad.body.field]).toEqual([400, 'jadwal']);
    const past = await publisher.post(url, { jadwal: '2020-01-01T08:00:00+07:00' });
    expect([past.status, past.body.field]).toEqual([400, 'jadwal']);
    const draft = await writer.post('/api/konten', pengumuman(f, 'Belum disetujui'));
    const refused = await publisher.post(`/api/sosial/konten/${draft.body.item.id}/terbitkan`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('disetujui');

    const res = await publisher.post(url, {});
    expect(res.status).toBe(201);
    expect(res.body.dibuat).toHaveLength(5);
    // A second click (or a second tab) posts nothing twice.
    expect((await publisher.post(url, {})).body.dibuat).toHaveLength(0);
    const audits = await w.services.db.select().from(auditLog).where(like(auditLog.action, 'sosial_kiriman.%'));
    expect(audits.filter((a) => a.action === 'sosial_kiriman.dibuat').length).toBeGreaterThanOrEqual(5);

    // The job runs each account's steps against the fakes.
    const done = await until(
      () => panel(id),
      (r) => r.body.akun.every((a: { kiriman: { status: string } }) => a.kiriman?.status === 'terbit'),
    );
    expect(done.status).toBe(200);
    expect(done.body.akun.map((a: { kiriman: { permalink: string | null } }) => a.kiriman.permalink).filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(done.body)).not.toMatch(/token|sessionUri|_code|meta_/i);
    const moves = await w.services.db.select().from(auditLog).where(eq(auditLog.action, 'sosial_kiriman.terbit'));
    expect(moves.length).toBeGreaterThanOrEqual(5);
  }, 60_000);

  it('an item whose approval no longer holds is refused', async () => {
    const id = await approvedItem(w, f, 'Diubah setelah disetujui');
    await addVariants(w, id, akun, m, 7002);
    const detail = await writer.get(`/api/konten/${id}`);
    await w.services.db.execute(`update konten set approved_hash = 'lain' where id = '${id}'`);
    expect(detail.status).toBe(200);
    expect((await publisher.post(`/api/sosial/konten/${id}/terbitkan`, {})).status).toBe(409);
  });

  it('scheduled at a minute: queued, not run before it', async () => {
    const id = await approvedItem(w, f, 'Terjadwal');
    await w.services.db.insert(sosialVarian).values({ kontenId: id, akunId: akun.x, teks: 'Kabar terjadwal nomor 7003 dari Diskominfo.' });
    await rebindApproval(w, id);
    const at = new Date(Date.now() + 3_600_000);
    const res = await publisher.post(`/api/sosial/konten/${id}/terbitkan`, { jadwal: at.toISOString() });
    expect(res.status).toBe(201);
    await sleep(1500);
    const [row] = await w.services.db.select().from(sosialKiriman).where(eq(sosialKiriman.kontenId, id));
    expect(row).toMatchObject({ status: 'antri', dijadwalkan: at });
  });

  it('GET /kiriman: 401, 403 outside the unit, 200 with each account and what is missing', async () => {
    const id = await approvedItem(w, f, 'Panel kosong');
    expect((await anon.get(`/api/sosial/konten/${id}/kiriman`)).status).toBe(401);
    expect((await outsider.get(`/api/sosial/konten/${id}/kiriman`)).status).toBe(403);
    const res = await panel(id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ akun: [], bolehTerbitkan: true, adaGagal: false, platformTanpaAlamatPublik: [] });
    expect((await publisher.get('/api/sosial/konten/bukan-uuid/kiriman')).body.field).toBe('kontenId');
  });
});

describe('partial failure and retry of the failed ones only', () => {
  it('POST /ulang: 401, 403, 200; only the failed account runs again', async () => {
    const id = await approvedItem(w, f, 'Sebagian gagal');
    await addVariants(w, id, { facebook: akun.facebook, x: akun.x }, m, 7004);
    fakes.fakes.facebook.server.setTokenState(fakes.accounts.facebook.accessToken, 'revoked');
    await publisher.post(`/api/sosial/konten/${id}/terbitkan`, {});
    const failed = await until(
      () => panel(id),
      (r) => r.body.akun.every((a: { kiriman: { status: string } }) => ['terbit', 'gagal'].includes(a.kiriman?.status)),
    );
    const byPlatform = (r: typeof failed, p: string) => r.body.akun.find((a: { platform: string }) => a.platform === p);
    expect(byPlatform(failed, 'facebook').kiriman.status).toBe('gagal');
    expect(byPlatform(failed, 'facebook').kiriman.masalah).toBe('Akun Facebook perlu disambungkan ulang oleh admin.');
    expect(byPlatform(failed, 'facebook').perluSambungUlang).toBe(true);
    expect(byPlatform(failed, 'x').kiriman.status).toBe('terbit');
    expect(failed.body.adaGagal).toBe(true);
    const xPermalink = byPlatform(failed, 'x').kiriman.permalink;

    const url = `/api/sosial/konten/${id}/ulang`;
    expect((await anon.post(url)).status).toBe(401);
    expect((await writer.post(url)).status).toBe(403);
    // The admin reconnects the account (the accounts module), then retries.
    fakes.fakes.facebook.server.setTokenState(fakes.accounts.facebook.accessToken, 'valid');
    await w.services.db.update(sosialAkun).set({ status: 'terhubung' }).where(eq(sosialAkun.id, akun.facebook));
    const retried = await publisher.post(url);
    expect(retried.status).toBe(200);
    expect(retried.body.diulang).toHaveLength(1);
    const after = await until(
      () => panel(id),
      (r) => byPlatform(r, 'facebook').kiriman.status === 'terbit',
    );
    expect(byPlatform(after, 'facebook').kiriman.status).toBe('terbit');
    expect(byPlatform(after, 'x').kiriman.permalink).toBe(xPermalink);
    const tweets = [...fakes.fakes.x.tweets.values()].filter((t) => t.text.includes('nomor 7004 dari'));
    expect(tweets).toHaveLength(1);
  }, 60_000);
});

describe('manual mode', () => {
  it('POST /tautan: 401, 403, 400 for another platform’s link, 200 counts it as published, 409 after', async () => {
    const manualTikTok = await addManualAccount(w, f, 'tiktok');
    const id = await approvedItem(w, f, 'Manual TikTok');
    await w.services.db.insert(sosialVarian).values({ kontenId: id, akunId: manualTikTok, teks: 'Caption manual', mediaIds: [m.video] });
    await rebindApproval(w, id);
    const created = await publisher.post(`/api/sosial/konten/${id}/terbitkan`, {});
    expect(created.body.dibuat).toMatchObject([{ status: 'manual' }]);
    const kirimanId = created.body.dibuat[0].id;
    const shown = await panel(id);
    const entry = shown.body.akun[0];
    expect(entry.manual.teks).toBe('Caption manual');
    expect(entry.manual.berkas[0].url).toMatch(/^\/sosial\/berkas\/.+\/asli\?exp=\d+&sig=/);
    const file = await anon.get(entry.manual.berkas[0].url);
    expect(file.status).toBe(200);

    const url = `/api/sosial/kiriman/${kirimanId}/tautan`;
    const good = 'https://www.tiktok.com/@diskominfo.fiktif/video/7300000000000000001?is_from_webapp=1';
    expect((await anon.post(url, { url: good })).status).toBe(401);
    expect((await writer.post(url, { url: good })).status).toBe(403);
    const wrong = await publisher.post(url, { url: 'https://www.instagram.com/p/Cabc123/' });
    expect([wrong.status, wrong.body.field]).toEqual([400, 'url']);
    expect(wrong.body.message).toContain('TikTok');
    expect((await publisher.post(url, { url: 'http://www.tiktok.com/@a/video/1' })).status).toBe(400);
    expect((await publisher.post(url, {})).body.field).toBe('url');
    const ok = await publisher.post(url, { url: good });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'terbit', permalink: 'https://www.tiktok.com/@diskominfo.fiktif/video/7300000000000000001' });
    const [row] = await w.services.db.select().from(sosialKiriman).where(eq(sosialKiriman.id, kirimanId));
    expect(row).toMatchObject({ status: 'terbit', externalId: '7300000000000000001' });
    expect((await publisher.post(url, { url: good })).status).toBe(409);
    const audit = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'sosial_kiriman.terbit'), eq(auditLog.entityId, kirimanId)));
    expect(audit).toHaveLength(1);
  });
});

describe('signed media links', () => {
  it('serves the file only with a valid, unexpired signature for that very file', async () => {
    const url = signedMediaUrl(w.services, m.foto, '1600.jpg') as string;
    expect(url).toMatch(/^https:\/\/media\.example\.go\.id\/sosial\/berkas\//);
    const path = url.replace('https://media.example.go.id', '');
    const ok = await anon.get(path);
    expect([ok.status, ok.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
    expect((await anon.get(path.replace(/sig=[^&]+/, 'sig=AAAA'))).status).toBe(404);
    expect((await anon.get(path.replace(/exp=\d+/, 'exp=99999999999'))).status).toBe(404);
    expect((await anon.get(path.replace(m.foto, m.video))).status).toBe(404);
    const expired = (signedMediaUrl(w.services, m.foto, '1600.jpg', Date.now() - 3 * 3600_000) as string).replace('https://media.example.go.id', '');
    expect((await anon.get(expired)).status).toBe(404);
  });
});
