import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client.ts';
import type { Fixture } from '../../../test/fixtures.ts';
import type { TestWarta } from '../../../test/harness.ts';
import { auditLog } from '../../audit/schema.ts';
import type { RunningFakes } from '../fakes/start-fakes.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun, sosialKiriman, sosialVarian } from '../schema.ts';
import { runHapus } from './run-hapus.ts';
import { sweepKiriman } from './terbit-job.ts';
import { addKiriman, addManualAccount, approvedItem, rebindApproval } from './test-fixture.ts';
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

const rowOf = async (id: string) => (await w.services.db.select().from(sosialKiriman).where(eq(sosialKiriman.id, id)))[0]!;
const panel = (kontenId: string) => publisher.get(`/api/sosial/konten/${kontenId}/kiriman`);
type PanelAkun = { platform: string; kiriman: { id: string; status: string; masalah: string | null; hapus: string | null } | null };
const entry = (body: { akun: PanelAkun[] }, platform: string) => body.akun.find((a) => a.platform === platform)!;

let serial = 0;
/** A post that is up on the platform's fake, and its kiriman row in `terbit` (the item taken off the website). */
async function livePost(kontenId: string, platform: Platform, akunId = akun[platform]) {
  const n = ++serial;
  let externalId = `ext${n}`;
  if (platform === 'facebook') {
    externalId = `${fakes.fakes.facebook.pageId}_${9000 + n}`;
    fakes.fakes.facebook.posts.set(externalId, { id: externalId, message: `Kabar ${n}`, created: new Date(), attached: [] });
  } else if (platform === 'x') {
    externalId = `19${String(n).padStart(12, '0')}`;
    fakes.fakes.x.tweets.set(externalId, { id: externalId, text: `Kabar ${n}`, created: new Date(), mediaIds: [] });
  } else if (platform === 'youtube') {
    externalId = `yt${String(n).padStart(9, '0')}`;
    fakes.fakes.youtube.videos.set(externalId, {
      id: externalId,
      title: 'V',
      description: '',
      privacy: 'public',
      madeForKids: false,
      created: new Date(),
      polls: 0,
    });
  }
  const row = await addKiriman(w, f, kontenId, akunId, platform, m, n);
  const permalink = `https://example.invalid/${platform}/${externalId}`;
  await w.services.db.update(sosialKiriman).set({ status: 'terbit', externalId, permalink, terbitAt: new Date() }).where(eq(sosialKiriman.id, row.id));
  await w.services.db
    .insert(sosialVarian)
    .values({ kontenId, akunId, teks: `Kabar ${n}` })
    .onConflictDoNothing();
  return { id: row.id, externalId };
}

describe('POST /sosial/kiriman/:id/hapus', () => {
  it('401, 403 for a writer and an outsider, 400 naming the id, 404, 409 for a post not up and for Instagram; 202 deletes it through the job', async () => {
    const kontenId = await approvedItem(w, f, 'Hapus satu');
    const post = await livePost(kontenId, 'facebook');
    const url = `/api/sosial/kiriman/${post.id}/hapus`;
    expect((await anon.post(url)).status).toBe(401);
    expect((await writer.post(url)).status).toBe(403);
    expect((await outsider.post(url)).status).toBe(403);
    const bad = await publisher.post('/api/sosial/kiriman/bukan-uuid/hapus');
    expect([bad.status, bad.body.field]).toEqual([400, 'id']);
    expect((await publisher.post('/api/sosial/kiriman/00000000-0000-4000-8000-000000000000/hapus')).status).toBe(404);
    const queued = await addKiriman(w, f, kontenId, akun.x, 'x', m, 99);
    const notUp = await publisher.post(`/api/sosial/kiriman/${queued.id}/hapus`);
    expect(notUp.status).toBe(409);
    expect(notUp.body.message).toBe('Unggahan ini tidak sedang tayang di X, jadi tidak ada yang perlu dihapus.');
    const ig = await livePost(kontenId, 'instagram');
    const unsupported = await publisher.post(`/api/sosial/kiriman/${ig.id}/hapus`);
    expect(unsupported.status).toBe(409);
    expect(unsupported.body.message).toBe('Instagram tidak menyediakan penghapusan lewat API; hapus unggahan ini langsung di Instagram.');

    const res = await publisher.post(url);
    expect([res.status, res.body.status]).toEqual([202, 'menghapus']);
    // A second click while it runs changes nothing.
    expect((await publisher.post(url)).status).toBe(202);
    const done = await until(
      () => rowOf(post.id),
      (r) => r.status === 'dihapus',
    );
    expect(done.status).toBe('dihapus');
    expect(fakes.fakes.facebook.posts.has(post.externalId)).toBe(false);
    expect(done.langkah.at(-1)).toMatchObject({ step: 'hapus', status: 'done' });
    const audits = await w.services.db.select().from(auditLog).where(eq(auditLog.entityId, post.id)).orderBy(auditLog.id);
    expect(audits.map((a) => a.action).filter((a) => a !== 'sosial_kiriman.dibuat')).toEqual(['sosial_kiriman.menghapus', 'sosial_kiriman.dihapus']);
    // Deleted: nothing more to delete.
    expect((await publisher.post(url)).status).toBe(409);
  }, 60_000);

  it('a post deleted by hand already (404) counts as deleted', async () => {
    const kontenId = await approvedItem(w, f, 'Sudah hilang');
    const post = await livePost(kontenId, 'youtube');
    fakes.fakes.youtube.videos.delete(post.externalId);
    expect((await publisher.post(`/api/sosial/kiriman/${post.id}/hapus`)).status).toBe(202);
    const done = await until(
      () => rowOf(post.id),
      (r) => r.status === 'dihapus',
    );
    expect(done.status).toBe('dihapus');
    const [step] = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, post.id), eq(auditLog.action, 'sosial_kiriman.dihapus')));
    expect(step).toBeDefined();
  }, 60_000);

  it('a rate limit waits (the row stays "being deleted", the wait in words) and the next run deletes', async () => {
    const kontenId = await approvedItem(w, f, 'Dibatasi');
    const post = await livePost(kontenId, 'youtube');
    fakes.fakes.youtube.server.failNext('videos.delete', 'rate_limit');
    expect((await publisher.post(`/api/sosial/kiriman/${post.id}/hapus`)).status).toBe(202);
    const waiting = await until(
      () => rowOf(post.id),
      (r) => r.percobaan === 1,
    );
    expect(waiting).toMatchObject({ status: 'menghapus', error: { kind: 'rate_limited', retryAfterSec: 30 } });
    expect(waiting.dijadwalkan.getTime()).toBeGreaterThan(Date.now() + 20_000);
    expect(entry((await panel(kontenId)).body, 'youtube').kiriman?.masalah).toBe('YouTube meminta jeda; Warta mencoba menghapus lagi otomatis.');
    expect(fakes.fakes.youtube.videos.has(post.externalId)).toBe(true);
    // Its minute comes (moved forward here): the run deletes it.
    await w.services.db.update(sosialKiriman).set({ dijadwalkan: new Date() }).where(eq(sosialKiriman.id, post.id));
    await runHapus(w.services, post.id);
    expect((await rowOf(post.id)).status).toBe('dihapus');
    expect(fakes.fakes.youtube.videos.has(post.externalId)).toBe(false);
  }, 60_000);

  it('a dead token: the row fails in words and the account is marked for reconnecting; the post stays', async () => {
    const kontenId = await approvedItem(w, f, 'Token mati');
    const [fbAkun] = await w.services.db
      .insert(sosialAkun)
      .values({
        tenantId: f.tenant.id,
        unitId: f.unitA.id,
        platform: 'facebook',
        nama: 'Halaman kedua',
        externalAccountId: `${fakes.fakes.facebook.pageId}-mati`,
        credentialsSealed: w.services.secrets.seal(
          JSON.stringify({
            externalAccountId: fakes.fakes.facebook.pageId,
            accessToken: fakes.fakes.facebook.server.issueToken(fakes.fakes.facebook.pageId, 'x'),
          }),
        ),
        simulasi: true,
      })
      .returning();
    const post = await livePost(kontenId, 'facebook', fbAkun!.id);
    const token = JSON.parse(w.services.secrets.open(fbAkun!.credentialsSealed!)).accessToken as string;
    fakes.fakes.facebook.server.setTokenState(token, 'revoked');
    expect((await publisher.post(`/api/sosial/kiriman/${post.id}/hapus`)).status).toBe(202);
    const failed = await until(
      () => rowOf(post.id),
      (r) => r.status === 'gagal_hapus',
    );
    expect(failed).toMatchObject({ status: 'gagal_hapus', error: { kind: 'token_revoked' } });
    const [a] = await w.services.db.select().from(sosialAkun).where(eq(sosialAkun.id, fbAkun!.id));
    expect(a!.status).toBe('perlu_sambung_ulang');
    const shown = entry((await panel(kontenId)).body, 'facebook');
    expect(shown.kiriman).toMatchObject({ status: 'gagal_hapus', hapus: 'manual' });
    expect(shown.kiriman!.masalah).toBe(
      'Akun Facebook perlu disambungkan ulang sebelum unggahan bisa dihapus. Atau hapus langsung di Facebook lalu tandai sudah dihapus.',
    );
    expect(fakes.fakes.facebook.posts.has(post.externalId)).toBe(true);
    // Asking again while the account is not connected is refused in words.
    const again = await publisher.post(`/api/sosial/kiriman/${post.id}/hapus`);
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('perlu disambungkan ulang');
    // Deleted by hand and confirmed.
    expect((await publisher.post(`/api/sosial/kiriman/${post.id}/sudah-dihapus`)).status).toBe(200);
    expect((await rowOf(post.id)).status).toBe('dihapus');
  }, 60_000);
});

describe('an expired token', () => {
  it('is refreshed once (X rotates the refresh token, and the new pair is kept), then the delete goes through', async () => {
    const kontenId = await approvedItem(w, f, 'Token kedaluwarsa');
    const x = fakes.fakes.x;
    const expired = x.server.issueToken(x.userId, 'tweet.read tweet.write users.read offline.access', 'rt-hapus');
    x.server.setTokenState(expired, 'expired');
    const [xAkun] = await w.services.db
      .insert(sosialAkun)
      .values({
        tenantId: f.tenant.id,
        unitId: f.unitA.id,
        platform: 'x',
        nama: 'X kedua',
        externalAccountId: `${x.userId}-kedua`,
        credentialsSealed: w.services.secrets.seal(JSON.stringify({ externalAccountId: x.userId, accessToken: expired, refreshToken: 'rt-hapus' })),
        simulasi: true,
      })
      .returning();
    const post = await livePost(kontenId, 'x', xAkun!.id);
    expect((await publisher.post(`/api/sosial/kiriman/${post.id}/hapus`)).status).toBe(202);
    const done = await until(
      () => rowOf(post.id),
      (r) => r.status === 'dihapus' || r.status === 'gagal_hapus',
    );
    expect(done.status).toBe('dihapus');
    expect(x.tweets.has(post.externalId)).toBe(false);
    // The first try answered 401, the second went through with the fresh token.
    expect(done.langkah.slice(-2).map((l) => [l.step, l.status])).toEqual([
      ['hapus', 'failed'],
      ['hapus', 'done'],
    ]);
    const [a] = await w.services.db.select().from(sosialAkun).where(eq(sosialAkun.id, xAkun!.id));
    const stored = JSON.parse(w.services.secrets.open(a!.credentialsSealed!));
    expect(stored.accessToken).not.toBe(expired);
    expect(stored.refreshToken).not.toBe('rt-hapus');
    expect(a!.status).toBe('terhubung');
  }, 60_000);
});

describe('a deletion nobody runs (its job lost, its process killed)', () => {
  it('is found by the sweep and sent to the delete queue', async () => {
    const kontenId = await approvedItem(w, f, 'Tersapu');
    const post = await livePost(kontenId, 'x');
    const old = new Date(Date.now() - 60_000);
    // As a process killed mid-delete leaves it: menghapus, its lease expired, no job in the queue.
    await w.services.db
      .update(sosialKiriman)
      .set({ status: 'menghapus', tahap: 'hapus', dijadwalkan: old, updatedAt: old, leaseOwner: 'mati:1', leaseUntil: old })
      .where(eq(sosialKiriman.id, post.id));
    expect(await sweepKiriman(w.services)).toBeGreaterThanOrEqual(1);
    const done = await until(
      () => rowOf(post.id),
      (r) => r.status === 'dihapus',
    );
    expect(done.status).toBe('dihapus');
    expect(fakes.fakes.x.tweets.has(post.externalId)).toBe(false);
  }, 60_000);
});

describe('POST /sosial/konten/:kontenId/hapus ("Hapus dari semua")', () => {
  it('401, 403, 400 naming akunIds; 202 deletes what Warta can and names what a person must delete', async () => {
    const kontenId = await approvedItem(w, f, 'Hapus semua');
    const posts = {} as Record<Platform, { id: string; externalId: string }>;
    for (const p of ['facebook', 'x', 'youtube', 'instagram', 'tiktok'] as const) posts[p] = await livePost(kontenId, p);
    const url = `/api/sosial/konten/${kontenId}/hapus`;
    expect((await anon.post(url, {})).status).toBe(401);
    expect((await writer.post(url, {})).status).toBe(403);
    expect((await outsider.post(url, {})).status).toBe(403);
    const bad = await publisher.post(url, { akunIds: ['bukan'] });
    expect([bad.status, bad.body.field]).toEqual([400, 'akunIds.0']);
    const before = await panel(kontenId);
    expect(before.body).toMatchObject({ kontenTayang: false, adaTayang: true, bolehHapusSemua: true });
    expect(entry(before.body, 'instagram').kiriman).toMatchObject({ status: 'terbit', hapus: 'manual' });
    expect(entry(before.body, 'x').kiriman).toMatchObject({ status: 'terbit', hapus: 'api' });

    const res = await publisher.post(url, {});
    expect(res.status).toBe(202);
    expect([...res.body.dihapus].sort()).toEqual([posts.facebook.id, posts.x.id, posts.youtube.id].sort());
    expect(res.body.manual.map((r: { platform: string }) => r.platform).sort()).toEqual(['instagram', 'tiktok']);
    const after = await until(
      () => panel(kontenId),
      (r) => ['facebook', 'x', 'youtube'].every((p) => entry(r.body, p).kiriman?.status === 'dihapus'),
    );
    for (const p of ['facebook', 'x', 'youtube']) expect(entry(after.body, p).kiriman).toMatchObject({ status: 'dihapus', hapus: null });
    expect(fakes.fakes.facebook.posts.has(posts.facebook.externalId)).toBe(false);
    expect(fakes.fakes.x.tweets.has(posts.x.externalId)).toBe(false);
    expect(fakes.fakes.youtube.videos.has(posts.youtube.externalId)).toBe(false);
    expect(after.body.adaTayang).toBe(true);
    expect(after.body.bolehHapusSemua).toBe(false);
  }, 60_000);
});

describe('POST /sosial/kiriman/:id/sudah-dihapus ("Sudah saya hapus")', () => {
  it('401, 403, 400; 409 for a post Warta can delete itself; 200 for Instagram and a manual account; 409 once deleted', async () => {
    const kontenId = await approvedItem(w, f, 'Dihapus manual');
    const ig = await livePost(kontenId, 'instagram');
    const fb = await livePost(kontenId, 'facebook');
    const manualX = await livePost(kontenId, 'x', await addManualAccount(w, f, 'x'));
    const url = `/api/sosial/kiriman/${ig.id}/sudah-dihapus`;
    expect((await anon.post(url)).status).toBe(401);
    expect((await writer.post(url)).status).toBe(403);
    expect((await outsider.post(url)).status).toBe(403);
    expect((await publisher.post('/api/sosial/kiriman/123/sudah-dihapus')).body.field).toBe('id');
    const refused = await publisher.post(`/api/sosial/kiriman/${fb.id}/sudah-dihapus`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('Unggahan Facebook ini bisa dihapus oleh Warta: gunakan tombol "Hapus dari Facebook".');
    const ok = await publisher.post(url);
    expect([ok.status, ok.body.status]).toEqual([200, 'dihapus']);
    expect((await publisher.post(`/api/sosial/kiriman/${manualX.id}/sudah-dihapus`)).status).toBe(200);
    expect((await publisher.post(url)).status).toBe(409);
    const audit = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, ig.id), eq(auditLog.action, 'sosial_kiriman.dihapus')));
    expect(audit).toHaveLength(1);
  });
});

describe('the journey: publish, take the item off the website, delete the Facebook post', () => {
  it('publishes on Facebook, unpublishes the item, deletes: the fake holds no post of it', async () => {
    const kontenId = await approvedItem(w, f, 'Perjalanan hapus');
    await w.services.db.insert(sosialVarian).values({ kontenId, akunId: akun.facebook, teks: 'Kabar perjalanan hapus nomor 8801.' });
    await rebindApproval(w, kontenId);
    expect((await publisher.post(`/api/konten/${kontenId}/status`, { ke: 'terbit' })).status).toBe(200);
    expect((await publisher.post(`/api/sosial/konten/${kontenId}/terbitkan`, { akunIds: [akun.facebook] })).status).toBe(201);
    const published = await until(
      () => panel(kontenId),
      (r) => entry(r.body, 'facebook').kiriman?.status === 'terbit',
    );
    expect(published.body.kontenTayang).toBe(true);
    const mine = () => [...fakes.fakes.facebook.posts.values()].filter((p) => p.message === 'Kabar perjalanan hapus nomor 8801.');
    expect(mine()).toHaveLength(1);

    expect((await publisher.post(`/api/konten/${kontenId}/status`, { ke: 'ditarik', catatan: 'Data diralat' })).status).toBe(200);
    const offered = await panel(kontenId);
    expect(offered.body).toMatchObject({ kontenTayang: false, adaTayang: true, bolehHapusSemua: true });
    const fb = entry(offered.body, 'facebook').kiriman!;
    expect(fb.hapus).toBe('api');
    expect((await publisher.post(`/api/sosial/kiriman/${fb.id}/hapus`)).status).toBe(202);
    const gone = await until(
      () => panel(kontenId),
      (r) => entry(r.body, 'facebook').kiriman?.status === 'dihapus',
    );
    expect(entry(gone.body, 'facebook').kiriman?.status).toBe('dihapus');
    expect(gone.body.adaTayang).toBe(false);
    expect(mine()).toHaveLength(0);
  }, 60_000);
});
