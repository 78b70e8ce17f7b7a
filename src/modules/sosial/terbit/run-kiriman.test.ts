import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/fixtures.ts';
import type { TestWarta } from '../../../test/harness.ts';
import type { RunningFakes } from '../fakes/start-fakes.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun, sosialKiriman } from '../schema.ts';
import { claimKiriman, Lease } from './kiriman-lease.ts';
import { openState } from './kiriman-state.ts';
import { runKiriman } from './run-kiriman.ts';
import { addKiriman, ageSend, approvedItem } from './test-fixture.ts';
import { type PublishingWorld, startPublishingWorld } from './test-world.ts';

let w: TestWarta;
let f: Fixture;
let fakes: RunningFakes;
let akun: Record<Platform, string>;
let m: { foto: string; video: string };
let world: PublishingWorld;
let serial = 100;

beforeAll(async () => {
  world = await startPublishingWorld();
  ({ w, f, fakes, akun, m } = world);
}, 60_000);
afterAll(async () => {
  await world?.stop();
});
afterEach(() => {
  for (const fake of Object.values(fakes.fakes)) fake.server.clearSwitches();
  Object.assign(fakes.fakes.instagram.settings, { containerOutcome: 'FINISHED' });
  Object.assign(fakes.fakes.x.settings, { mediaProcessing: 'succeeded' });
  Object.assign(fakes.fakes.tiktok.settings, { unaudited: false, publishOutcome: 'PUBLISH_COMPLETE' });
});

// A generous timeout (the machine may be busy); the lost-answer tests wait for theirs on purpose.
const opts = { timeoutMs: 10_000, inlineWaitSec: 3 };
const lostOpts = { ...opts, timeoutMs: 1500 };
const rowOf = async (id: string) => (await w.services.db.select().from(sosialKiriman).where(eq(sosialKiriman.id, id)))[0]!;
/** Makes a row waiting for a later run due now (as time passing would). */
const dueNow = (id: string) => w.services.db.update(sosialKiriman).set({ dijadwalkan: sql`now()` }).where(eq(sosialKiriman.id, id));
/** Runs the kiriman again each time it waits, as the job would once it is due: how it ends. */
async function runUntilSettled(id: string) {
  let result = await runKiriman(w.services, id, opts);
  while (result === 'waiting') {
    await dueNow(id);
    result = await runKiriman(w.services, id, opts);
  }
  return result;
}
/** As if the run holding the row had died a minute after its publish call was sent: its heartbeat gone, its lease run out. */
async function ownerDied(id: string) {
  await ageSend(w, id, 1);
  await w.services.db.update(sosialKiriman).set({ leaseOwner: 'dead-process', leaseUntil: sql`now() - interval '1 second'` }).where(eq(sosialKiriman.id, id));
}

/** The posts the fake holds that carry this kiriman's text: exactly one when published, none when not. */
function postsAt(platform: Platform, n: number): number {
  const marker = `nomor ${n} dari`;
  const title = `Video kegiatan ${n}`;
  const stores: Record<Platform, Iterable<unknown>> = {
    facebook: fakes.fakes.facebook.posts.values(),
    instagram: fakes.fakes.instagram.media.values(),
    x: fakes.fakes.x.tweets.values(),
    youtube: fakes.fakes.youtube.videos.values(),
    // A TikTok publish counts once its file is in (an init whose upload never came posts nothing).
    tiktok: [...fakes.fakes.tiktok.publishes.values()].filter((p) => p.received >= p.size),
  };
  return [...stores[platform]].filter((p) => {
    const s = JSON.stringify(p);
    return s.includes(marker) || s.includes(title);
  }).length;
}

async function kiriman(platform: Platform) {
  const n = ++serial;
  const row = await addKiriman(w, f, await approvedItem(w, f, `Item ${n}`), akun[platform], platform, m, n);
  return { id: row.id, n };
}

describe('a kiriman runs prepare → publish → confirm against the fakes', () => {
  it.each(['facebook', 'instagram', 'x', 'youtube', 'tiktok'] as const)(
    '%s: published once, with external id and link, every step on the row',
    async (platform) => {
      const k = await kiriman(platform);
      expect(await runKiriman(w.services, k.id, opts)).toBe('finished');
      const row = await rowOf(k.id);
      expect(row).toMatchObject({ status: 'terbit', tahap: 'confirm', error: null });
      expect(row.externalId).toBeTruthy();
      expect(row.terbitAt).toBeInstanceOf(Date);
      if (platform !== 'tiktok') expect(row.permalink).toMatch(/^https:\/\//);
      expect(row.langkah.map((l) => `${l.step}:${l.status}`)).toEqual(['prepare:done', 'publish:dikirim', 'publish:done', 'confirm:done']);
      expect(postsAt(platform, k.n)).toBe(1);
      // Done is done: another delivery of the job claims nothing.
      expect(await runKiriman(w.services, k.id, opts)).toBe('not_claimed');
      expect(postsAt(platform, k.n)).toBe(1);
    },
  );
});

describe('failures end in the right state with no duplicate at the fake', () => {
  it('429 with X’s rate-limit headers: waits until the reset, then publishes once', async () => {
    const k = await kiriman('x');
    fakes.fakes.x.server.failNext('tweets.create', 'rate_limit');
    expect(await runKiriman(w.services, k.id, opts)).toBe('waiting');
    const waiting = await rowOf(k.id);
    expect(waiting).toMatchObject({ status: 'berjalan', tahap: 'publish', error: { kind: 'rate_limited', httpStatus: 429 } });
    expect((waiting.error as { retryAfterSec: number }).retryAfterSec).toBeGreaterThan(500);
    expect(waiting.dijadwalkan.getTime()).toBeGreaterThan(Date.now() + 500_000);
    expect(openState(w.services, waiting.state).publishSentAt).toBeUndefined();
    expect(postsAt('x', k.n)).toBe(0);
    // Not due yet: nothing runs.
    expect(await runKiriman(w.services, k.id, opts)).toBe('not_claimed');
    await dueNow(k.id);
    expect(await runKiriman(w.services, k.id, opts)).toBe('finished');
    expect((await rowOf(k.id)).status).toBe('terbit');
    expect(postsAt('x', k.n)).toBe(1);
  });

  it('5xx in prepare (Instagram container): backs off, prepares again, publishes once', async () => {
    const k = await kiriman('instagram');
    fakes.fakes.instagram.server.failNext('media.create', 'server_error');
    expect(await runKiriman(w.services, k.id, opts)).toBe('waiting');
    expect(await rowOf(k.id)).toMatchObject({ status: 'berjalan', tahap: 'prepare', percobaan: 1, error: { kind: 'server_error', httpStatus: 500 } });
    await dueNow(k.id);
    expect(await runKiriman(w.services, k.id, opts)).toBe('finished');
    expect(postsAt('instagram', k.n)).toBe(1);
  });

  it('5xx answering the publish call: unknown, reconcile proves it absent, publishes once', async () => {
    const k = await kiriman('facebook');
    fakes.fakes.facebook.server.failNext('feed.create', 'server_error');
    expect(await runKiriman(w.services, k.id, opts)).toBe('finished');
    const row = await rowOf(k.id);
    expect(row.status).toBe('terbit');
    expect(row.langkah.map((l) => `${l.step}:${l.status}`)).toEqual([
      'prepare:done',
      'publish:dikirim',
      'publish:failed',
      'reconcile:done',
      'publish:dikirim',
      'publish:done',
      'confirm:done',
    ]);
    expect(postsAt('facebook', k.n)).toBe(1);
  });

  it.each([
    ['facebook', 'feed.create', 0],
    ['instagram', 'media.publish', 0],
    ['x', 'tweets.create', 0],
    ['youtube', 'upload.put', 1],
    ['tiktok', 'video.init', 0],
  ] as const)(
    '%s: the answer to the publish call is lost (timeout after it was accepted): reconcile finds the post, none twice',
    async (platform, route, after) => {
      const k = await kiriman(platform);
      fakes.fakes[platform].server.failNext(route, 'lost_answer', 1, after);
      let result = await runKiriman(w.services, k.id, lostOpts);
      expect((await rowOf(k.id)).langkah.some((l) => l.step === 'reconcile')).toBe(true);
      if (platform === 'tiktok') {
        // No publish id, and TikTok lists a post only once processed: reconcile waits and looks again
        // until the settle window has passed; the init's file never came, so then a second init is safe.
        expect([result, (await rowOf(k.id)).status]).toEqual(['waiting', 'belum_pasti']);
        await ageSend(w, k.id, 20);
        await dueNow(k.id);
        result = await runKiriman(w.services, k.id, lostOpts);
      }
      const row = await rowOf(k.id);
      // Elsewhere the post was made and publish is sent exactly once.
      expect(row.langkah.filter((l) => l.step === 'publish' && l.status === 'dikirim')).toHaveLength(platform === 'tiktok' ? 2 : 1);
      if (result === 'waiting') {
        // TikTok: the post is still processing when reconcile finds it; the row waits, never re-posts.
        await dueNow(k.id);
        await runKiriman(w.services, k.id, opts);
      }
      expect((await rowOf(k.id)).status).toBe('terbit');
      expect(postsAt(platform, k.n)).toBe(1);
    },
  );

  it('expired token: refreshed (X rotates the refresh token), kept sealed, then published once', async () => {
    const k = await kiriman('x');
    const [before] = await w.services.db.select().from(sosialAkun).where(eq(sosialAkun.id, akun.x));
    const current = JSON.parse(w.services.secrets.open(before!.credentialsSealed!)).accessToken;
    fakes.fakes.x.server.setTokenState(current, 'expired');
    expect(await runKiriman(w.services, k.id, opts)).toBe('finished');
    const [after] = await w.services.db.select().from(sosialAkun).where(eq(sosialAkun.id, akun.x));
    const opened = JSON.parse(w.services.secrets.open(after!.credentialsSealed!));
    expect(opened.accessToken).not.toBe(current);
    expect(after!.credentialsSealed).not.toContain(opened.accessToken);
    expect((await rowOf(k.id)).langkah.map((l) => l.step)).toContain('refresh_token');
    expect(postsAt('x', k.n)).toBe(1);
  });

  it('revoked token: the row fails, the account waits for reconnection, nothing is posted', async () => {
    const k = await kiriman('facebook');
    fakes.fakes.facebook.server.setTokenState(fakes.accounts.facebook.accessToken, 'revoked');
    try {
      expect(await runKiriman(w.services, k.id, opts)).toBe('finished');
      expect(await rowOf(k.id)).toMatchObject({ status: 'gagal', error: { kind: 'token_revoked' } });
      const [a] = await w.services.db.select().from(sosialAkun).where(eq(sosialAkun.id, akun.facebook));
      expect(a!.status).toBe('perlu_sambung_ulang');
      expect(postsAt('facebook', k.n)).toBe(0);
      // A further row of that account fails at once, before any call.
      const k2 = await kiriman('facebook');
      expect(await runKiriman(w.services, k2.id, opts)).toBe('finished');
      expect(await rowOf(k2.id)).toMatchObject({ status: 'gagal', error: { code: 'account_not_connected' } });
    } finally {
      fakes.fakes.facebook.server.setTokenState(fakes.accounts.facebook.accessToken, 'valid');
      await w.services.db.update(sosialAkun).set({ status: 'terhubung' }).where(eq(sosialAkun.id, akun.facebook));
    }
  });

  it('Instagram container ERROR: fails without publishing', async () => {
    const k = await kiriman('instagram');
    fakes.fakes.instagram.settings.containerOutcome = 'ERROR';
    expect(await runKiriman(w.services, k.id, opts)).toBe('finished');
    expect(await rowOf(k.id)).toMatchObject({ status: 'gagal', error: { kind: 'permanent' } });
    expect(postsAt('instagram', k.n)).toBe(0);
  });

  it('Instagram container EXPIRED: prepares a new container once, then gives up; never published', async () => {
    const k = await kiriman('instagram');
    fakes.fakes.instagram.settings.containerOutcome = 'EXPIRED';
    expect(await runKiriman(w.services, k.id, opts)).toBe('finished');
    const row = await rowOf(k.id);
    expect(row).toMatchObject({ status: 'gagal', error: { code: 'ig_container_expired' } });
    expect(row.langkah.filter((l) => l.step === 'prepare').length).toBe(2);
    expect(postsAt('instagram', k.n)).toBe(0);
  });

  it('YouTube: a dropped chunk upload resumes (308 and bytes */total) and the video is created once', async () => {
    const k = await kiriman('youtube');
    fakes.fakes.youtube.server.failNext('upload.put', 'drop', 1, 0);
    let result = await runKiriman(w.services, k.id, opts);
    if (result === 'waiting') {
      expect((await rowOf(k.id)).tahap).toBe('prepare');
      await dueNow(k.id);
      result = await runKiriman(w.services, k.id, opts);
    }
    expect(result).toBe('finished');
    expect((await rowOf(k.id)).status).toBe('terbit');
    expect(postsAt('youtube', k.n)).toBe(1);
  });

  it('X media processing failed: fails without a post', async () => {
    const n = ++serial;
    const row = await addKiriman(w, f, await approvedItem(w, f, `X media ${n}`), akun.x, 'x', m, n);
    await w.services.db
      .update(sosialKiriman)
      .set({ varian: { ...row.varian, mediaIds: [m.video] } })
      .where(eq(sosialKiriman.id, row.id));
    fakes.fakes.x.settings.mediaProcessing = 'failed';
    expect(await runKiriman(w.services, row.id, opts)).toBe('finished');
    expect(await rowOf(row.id)).toMatchObject({ status: 'gagal', tahap: 'prepare', error: { kind: 'permanent', code: 'x_media_failed' } });
    expect(postsAt('x', n)).toBe(0);
  });

  it('TikTok FAILED after publishing: the post failed at TikTok, the row says so, nothing posted twice', async () => {
    const k = await kiriman('tiktok');
    Object.assign(fakes.fakes.tiktok.settings, { publishOutcome: 'FAILED', failReason: 'file_format_check_failed' });
    await runUntilSettled(k.id);
    expect(await rowOf(k.id)).toMatchObject({ status: 'gagal', tahap: 'confirm', error: { kind: 'permanent' } });
    expect([...fakes.fakes.tiktok.publishes.values()].filter((p) => p.title.includes(`nomor ${k.n} dari`))).toHaveLength(1);
  });

  it('TikTok unaudited client refusing a public post: fails with its reason, nothing posted', async () => {
    const k = await kiriman('tiktok');
    fakes.fakes.tiktok.settings.unaudited = true;
    expect(await runKiriman(w.services, k.id, opts)).toBe('finished');
    expect(await rowOf(k.id)).toMatchObject({ status: 'gagal', error: { code: 'tiktok_unaudited_client' } });
    expect(postsAt('tiktok', k.n)).toBe(0);
  });
});

describe('restarts and concurrency', () => {
  it('a process killed while its publish call was out: the next one reconciles, finds the post, never posts again', async () => {
    const k = await kiriman('facebook');
    fakes.fakes.facebook.server.failNext('feed.create', 'lost_answer');
    // The first "process" waits long for the lost answer; we take its row over as if it had died.
    const first = runKiriman(w.services, k.id, { ...opts, timeoutMs: 12_000, leaseSec: 2 });
    const deadline = Date.now() + 5000;
    while (postsAt('facebook', k.n) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(postsAt('facebook', k.n)).toBe(1);
    const mid = await rowOf(k.id);
    expect(mid).toMatchObject({ status: 'antri', tahap: 'publish' });
    // While the call is out the row holds the long lease (timeout 12 s + 15 s), not the 2-second one.
    expect(mid.leaseUntil!.getTime()).toBeGreaterThan(Date.now() + 20_000);
    expect(openState(w.services, mid.state).publishSentAt).toBeTruthy();
    // Its heartbeat is gone with it: the lease runs out, which takes longer than the call's timeout.
    await ownerDied(k.id);
    expect(await runKiriman(w.services, k.id, opts)).toBe('finished');
    const row = await rowOf(k.id);
    expect(row.status).toBe('terbit');
    expect(row.langkah.map((l) => `${l.step}:${l.status}`)).toContain('publish:tidak_terjawab');
    expect(row.langkah.map((l) => `${l.step}:${l.status}`)).toContain('reconcile:done');
    // The first run wakes up to a row that is no longer its own and writes nothing.
    expect(await first).toBe('lost_lease');
    expect((await rowOf(k.id)).status).toBe('terbit');
    expect(postsAt('facebook', k.n)).toBe(1);
  });

  it('a process killed during a TikTok upload left the publish id it checkpointed: the next run asks TikTok by it, posted once', async () => {
    const k = await kiriman('tiktok');
    const tt = fakes.fakes.tiktok.server;
    tt.failNext('upload.put', 'lost_answer');
    const first = runKiriman(w.services, k.id, { ...opts, timeoutMs: 5000, leaseSec: 2 });
    // The init has answered and the upload is out: the id is in the row before the call ends.
    let publishId: unknown;
    const deadline = Date.now() + 4000;
    while (!publishId && Date.now() < deadline) {
      publishId = openState(w.services, (await rowOf(k.id)).state).pending?.publishId;
      if (!publishId) await new Promise((r) => setTimeout(r, 20));
    }
    expect(publishId).toEqual(expect.any(String));
    await ownerDied(k.id);
    const lists = tt.calls('video.list');
    // The upload may still be landing (as bytes a dead process left in its socket would): the run
    // waits for it rather than sending the video again.
    const result = await runUntilSettled(k.id);
    expect(result).toBe('finished');
    // Without the id the run could only search the account's list and wait for it to settle.
    expect(tt.calls('video.list')).toBe(lists);
    const row = await rowOf(k.id);
    expect(row.status).toBe('terbit');
    expect(row.langkah.map((l) => `${l.step}:${l.status}`)).toContain('reconcile:done');
    expect(await first).toBe('lost_lease');
    expect(postsAt('tiktok', k.n)).toBe(1);
  });

  it('a process killed while TikTok’s init was out never began the upload: the next run publishes again at once, posted once', async () => {
    const k = await kiriman('tiktok');
    const tt = fakes.fakes.tiktok.server;
    tt.failNext('video.init', 'lost_answer');
    const inits = tt.calls('video.init');
    const first = runKiriman(w.services, k.id, { ...opts, timeoutMs: 3000, leaseSec: 2 });
    const deadline = Date.now() + 2500;
    while (tt.calls('video.init') === inits && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(openState(w.services, (await rowOf(k.id)).state).pending).toEqual({ uploadAfterId: true });
    await ownerDied(k.id);
    const lists = tt.calls('video.list');
    const result = await runUntilSettled(k.id);
    expect(result).toBe('finished');
    expect(tt.calls('video.list')).toBe(lists);
    expect((await rowOf(k.id)).status).toBe('terbit');
    expect(await first).toBe('lost_lease');
    expect(postsAt('tiktok', k.n)).toBe(1);
  });

  it('the lease is short while only repeatable steps run, so a killed process frees those rows soon', async () => {
    const k = await kiriman('x');
    const claimed = await claimKiriman(w.services, k.id, 15);
    expect(claimed).not.toBeNull();
    const lease = new Lease(w.services, claimed!.row, claimed!.owner, { shortSec: 15, callSec: 45 });
    const secondsLeft = async () => ((await rowOf(k.id)).leaseUntil!.getTime() - Date.now()) / 1000;
    try {
      await lease.write({ tahap: 'prepare' });
      expect(await secondsLeft()).toBeLessThanOrEqual(16);
      await lease.write({ tahap: 'publish' }, undefined, { callOut: true });
      expect(await secondsLeft()).toBeGreaterThan(40);
      await lease.write({ tahap: 'confirm' });
      expect(await secondsLeft()).toBeLessThanOrEqual(16);
    } finally {
      await lease.release();
    }
    // Released: another process may claim it at once.
    expect(await claimKiriman(w.services, k.id, 15)).not.toBeNull();
  });

  it('two processes running the same kiriman at once: one claims it, the other does nothing', async () => {
    const k = await kiriman('x');
    const results = await Promise.all([runKiriman(w.services, k.id, opts), runKiriman(w.services, k.id, opts)]);
    expect(results.sort()).toEqual(['finished', 'not_claimed']);
    expect(postsAt('x', k.n)).toBe(1);
  });
});
