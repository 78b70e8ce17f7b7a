import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client.ts';
import type { Fixture } from '../../../test/fixtures.ts';
import type { TestWarta } from '../../../test/harness.ts';
import { auditLog } from '../../audit/schema.ts';
import type { RunningFakes } from '../fakes/start-fakes.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun, sosialKiriman, sosialVarian } from '../schema.ts';
import type { VarianSnapshot } from './kiriman-state.ts';
import { runKiriman } from './run-kiriman.ts';
import { approvedItem } from './test-fixture.ts';
import { type PublishingWorld, publishingClients, startPublishingWorld, until } from './test-world.ts';

/*
 * Warta with NO public address (WARTA_SOSIAL_MEDIA_URL unset): Facebook still publishes, because
 * its files are pushed; Instagram cannot, and the panel says so. And a TikTok post whose init answer
 * was lost on an app without video.list: reconcile cannot know, the row waits for a person, who
 * pastes the link or marks it not published — Warta never guesses and posts again by itself.
 */

let w: TestWarta;
let f: Fixture;
let fakes: RunningFakes;
let akun: Record<Platform, string>;
let m: { foto: string; video: string };
let anon: TestClient;
let publisher: TestClient;
let writer: TestClient;
let world: PublishingWorld;
let serial = 500;

beforeAll(async () => {
  world = await startPublishingWorld({});
  ({ w, f, fakes, akun, m } = world);
  ({ anon, publisher, writer } = await publishingClients(w, f));
}, 60_000);
afterAll(async () => {
  await world?.stop();
});
afterEach(() => {
  for (const fake of Object.values(fakes.fakes)) fake.server.clearSwitches();
});

const opts = { timeoutMs: 10_000, inlineWaitSec: 3 };
const rowOf = async (id: string) => (await w.services.db.select().from(sosialKiriman).where(eq(sosialKiriman.id, id)))[0]!;

/** An item with one active variant on this account and its queued kiriman (no job sent: the test runs it). */
async function kirimanWith(akunId: string, platform: Platform, v: Partial<VarianSnapshot>) {
  const n = ++serial;
  const kontenId = await approvedItem(w, f, `Item ${n}`);
  const varian: VarianSnapshot = {
    teks: `Kabar ${platform} nomor ${n} dari Diskominfo.`,
    judul: null,
    utas: [],
    mediaIds: [],
    pengaturan: {},
    link: null,
    ...v,
  };
  await w.services.db.insert(sosialVarian).values({ kontenId, akunId, teks: varian.teks, mediaIds: varian.mediaIds, pengaturan: varian.pengaturan });
  const [row] = await w.services.db.insert(sosialKiriman).values({ tenantId: f.tenant.id, unitId: f.unitA.id, kontenId, akunId, platform, varian }).returning();
  return { id: row!.id, kontenId, n, text: varian.teks };
}

describe('no public address: Facebook pushes its files', () => {
  it('a photo post and a video post publish on Facebook; Instagram stops with the reason, and only it is named', async () => {
    const fb = fakes.fakes.facebook;
    const photos = await kirimanWith(akun.facebook, 'facebook', { mediaIds: [m.foto], pengaturan: { postType: 'photos' } });
    expect(await runKiriman(w.services, photos.id, opts)).toBe('finished');
    expect(await rowOf(photos.id)).toMatchObject({ status: 'terbit', error: null });
    const post = [...fb.posts.values()].find((p) => p.message === photos.text)!;
    expect(post.attached).toHaveLength(1);
    expect(fb.photos.get(post.attached[0]!)).toMatchObject({ url: 'upload' });

    const video = await kirimanWith(akun.facebook, 'facebook', { mediaIds: [m.video], pengaturan: { postType: 'video' } });
    let result = await runKiriman(w.services, video.id, opts);
    for (let i = 0; i < 5 && result === 'waiting'; i++) {
      await w.services.db.update(sosialKiriman).set({ dijadwalkan: new Date() }).where(eq(sosialKiriman.id, video.id));
      result = await runKiriman(w.services, video.id, opts);
    }
    expect(await rowOf(video.id)).toMatchObject({ status: 'terbit' });
    expect([...fb.sessions.values()].some((s) => s.size === 300_000 && s.received === 300_000)).toBe(true);
    expect([...fb.posts.values()].filter((p) => p.message === video.text)).toHaveLength(1);

    const ig = await kirimanWith(akun.instagram, 'instagram', { mediaIds: [m.foto] });
    expect(await runKiriman(w.services, ig.id, opts)).toBe('finished');
    expect(await rowOf(ig.id)).toMatchObject({ status: 'gagal', error: { code: 'media_unreachable' } });

    // The panel of an item with both: only Instagram needs the public address.
    const kontenId = await approvedItem(w, f, 'Panel tanpa alamat publik');
    await w.services.db.insert(sosialVarian).values([
      { kontenId, akunId: akun.facebook, teks: 'Foto', mediaIds: [m.foto], pengaturan: { postType: 'photos' } },
      { kontenId, akunId: akun.instagram, teks: 'Foto', mediaIds: [m.foto] },
    ]);
    const panel = await publisher.get(`/api/sosial/konten/${kontenId}/kiriman`);
    expect(panel.body.platformTanpaAlamatPublik).toEqual(['Instagram']);
  }, 60_000);
});

describe('TikTok: a lost init answer on an app without video.list', () => {
  /** A TikTok account whose token lacks video.list, with a kiriman whose init answer is lost. */
  async function unverified() {
    const tt = fakes.fakes.tiktok;
    const token = tt.server.issueToken(tt.openId, 'user.info.basic,video.publish,video.upload', `rft-${++serial}`);
    const [a] = await w.services.db
      .insert(sosialAkun)
      .values({
        tenantId: f.tenant.id,
        unitId: f.unitA.id,
        platform: 'tiktok',
        nama: `TikTok terbatas ${serial}`,
        externalAccountId: `${tt.openId}-${serial}`,
        credentialsSealed: w.services.secrets.seal(JSON.stringify({ externalAccountId: tt.openId, accessToken: token })),
        simulasi: true,
      })
      .returning();
    const k = await kirimanWith(a!.id, 'tiktok', { mediaIds: [m.video], pengaturan: { privacyLevel: 'PUBLIC_TO_EVERYONE' } });
    tt.server.failNext('video.init', 'lost_answer');
    expect(await runKiriman(w.services, k.id, { ...opts, timeoutMs: 1500 })).toBe('finished');
    return k;
  }
  const publishedWith = (text: string) => [...fakes.fakes.tiktok.publishes.values()].filter((p) => p.title === text && p.received >= p.size).length;
  const inits = () => fakes.fakes.tiktok.server.calls('video.init');

  it('the row fails with the reason in words and waits; nothing runs it again by itself', async () => {
    const k = await unverified();
    const row = await rowOf(k.id);
    expect(row).toMatchObject({ status: 'gagal', tahap: 'reconcile', error: { kind: 'permanent', code: 'tiktok_reconcile_needs_video_list' } });
    const before = inits();
    expect(await runKiriman(w.services, k.id, opts)).toBe('not_claimed');
    expect(inits()).toBe(before);
    const panel = await publisher.get(`/api/sosial/konten/${k.kontenId}/kiriman`);
    const entry = panel.body.akun[0];
    expect(entry.kiriman).toMatchObject({ status: 'gagal', perluKepastian: true });
    expect(entry.kiriman.masalah).toContain('tidak bisa memastikan');
    expect(entry.kiriman.masalah).not.toMatch(/tiktok_|video\.list|scope/);
    // "Coba lagi yang gagal" only asks again, and gets the same honest answer: no second init.
    expect((await publisher.post(`/api/sosial/konten/${k.kontenId}/ulang`)).status).toBe(200);
    const again = await until(
      () => rowOf(k.id),
      (r) => r.status === 'gagal' && r.langkah.filter((l) => l.step === 'reconcile').length >= 2,
    );
    expect(again).toMatchObject({ status: 'gagal', tahap: 'reconcile' });
    expect(inits()).toBe(before);
  }, 60_000);

  it('POST /belum-terbit: 401, 403, 400 naming the id, 200 sends it again from the start (posted once), 409 after', async () => {
    const k = await unverified();
    const url = `/api/sosial/kiriman/${k.id}/belum-terbit`;
    expect((await anon.post(url)).status).toBe(401);
    expect((await writer.post(url)).status).toBe(403);
    const bad = await publisher.post('/api/sosial/kiriman/bukan-uuid/belum-terbit');
    expect([bad.status, bad.body.field]).toEqual([400, 'id']);
    const ok = await publisher.post(url);
    expect([ok.status, ok.body.status]).toEqual([200, 'antri']);
    const done = await until(
      () => rowOf(k.id),
      (r) => r.status === 'terbit' || r.status === 'gagal',
    );
    expect(done).toMatchObject({ status: 'terbit' });
    expect(publishedWith(k.text)).toBe(1);
    expect((await publisher.post(url)).status).toBe(409);
    const audit = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'sosial_kiriman.antri'), eq(auditLog.entityId, k.id)));
    expect(audit).toHaveLength(1);
  }, 60_000);

  it('POST /tautan on such a row: the person saw it up, pastes its link, and it counts as published', async () => {
    const k = await unverified();
    const url = `/api/sosial/kiriman/${k.id}/tautan`;
    const link = 'https://www.tiktok.com/@diskominfo.fiktif/video/7300000000000000123';
    expect((await writer.post(url, { url: link })).status).toBe(403);
    expect((await publisher.post(url, { url: 'https://x.com/a/status/1' })).body.field).toBe('url');
    const ok = await publisher.post(url, { url: link });
    expect(ok.status).toBe(200);
    expect(await rowOf(k.id)).toMatchObject({ status: 'terbit', externalId: '7300000000000000123', error: null });
    // Marking it not published is refused once it is published.
    expect((await publisher.post(`/api/sosial/kiriman/${k.id}/belum-terbit`)).status).toBe(409);
  }, 60_000);
});
