import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdSessionLock } from '../../../db/session-lock.ts';
import type { TestWarta } from '../../../test/harness.ts';
import { sosialKiriman } from '../schema.ts';
import { claimKiriman } from './kiriman-lease.ts';
import { openState } from './kiriman-state.ts';
import { OWNER_LOCK_SPACE } from './owner-lock.ts';
import { runKiriman } from './run-kiriman.ts';
import { sweepKiriman } from './terbit-job.ts';
import { addKiriman, approvedItem } from './test-fixture.ts';
import { type PublishingWorld, startPublishingWorld, until } from './test-world.ts';

let world: PublishingWorld;
let w: TestWarta;
let serial = 700;

beforeAll(async () => {
  world = await startPublishingWorld();
  w = world.w;
}, 60_000);
afterAll(async () => {
  await world?.stop();
});

const onPostgres = () => w.services.database.kind === 'postgres';
const rowOf = async (id: string) => (await w.services.db.select().from(sosialKiriman).where(eq(sosialKiriman.id, id)))[0]!;
const opts = { timeoutMs: 10_000, inlineWaitSec: 3 };

async function kiriman(platform: 'facebook' | 'x') {
  const n = ++serial;
  const row = await addKiriman(w, world.f, await approvedItem(w, world.f, `Item ${n}`), world.akun[platform], platform, world.m, n);
  return { id: row.id, n };
}

/** As another Warta process's claim leaves a row: its owner with its key, and a lease with a minute left. */
const leasedTo = (id: string, key: number) =>
  w.services.db
    .update(sosialKiriman)
    .set({ leaseOwner: `4242-other:c1a1m000:${key}`, leaseUntil: sql`now() + interval '60 seconds'` })
    .where(eq(sosialKiriman.id, id));
const randomKey = () => Math.floor(Math.random() * 2 ** 30) + 1;

function facebookPosts(n: number): number {
  return [...world.fakes.fakes.facebook.posts.values()].filter((p) => JSON.stringify(p).includes(`nomor ${n} dari`)).length;
}

describe('a row whose owner process is gone', () => {
  it('our claims carry this process’s key on PostgreSQL, and none on PGlite (one process: nothing to prove)', async () => {
    const k = await kiriman('x');
    const claimed = await claimKiriman(w.services, k.id, 15);
    expect(claimed?.owner).toMatch(onPostgres() ? /^[^:]+:[^:]+:-?\d+$/ : /^[^:]+:[^:]+$/);
    await w.services.db.update(sosialKiriman).set({ leaseOwner: null, leaseUntil: null }).where(eq(sosialKiriman.id, k.id));
  });

  it('a live owner keeps its row; once its lock connection closes the row is taken at once, its lease still running', async () => {
    const k = await kiriman('x');
    const key = randomKey();
    // The other process, alive: its lock held on a connection of its own.
    const other = onPostgres() ? await holdSessionLock(w.services.database.url!, OWNER_LOCK_SPACE, key, w.services.log) : null;
    try {
      await leasedTo(k.id, key);
      expect(await claimKiriman(w.services, k.id, 15)).toBeNull();
      expect(await runKiriman(w.services, k.id, opts)).toBe('not_claimed');
    } finally {
      // It dies: the server drops its lock with the connection.
      await other?.release();
    }
    if (!onPostgres()) {
      // PGlite: only the lease frees a row, and it has a minute left.
      expect(await claimKiriman(w.services, k.id, 15)).toBeNull();
      return;
    }
    const taken = await claimKiriman(w.services, k.id, 15);
    expect(taken).not.toBeNull();
    expect(taken!.row.leaseOwner).not.toContain(`:${key}`);
  });

  it('the sweep hands a gone owner’s row to the workers without the quiet period, and it is published once', async () => {
    const k = await kiriman('facebook');
    await leasedTo(k.id, randomKey());
    if (!onPostgres()) {
      // PGlite: the lease is the only signal; the row waits for it.
      await w.services.db.update(sosialKiriman).set({ updatedAt: sql`now() - interval '1 minute'` }).where(eq(sosialKiriman.id, k.id));
      await sweepKiriman(w.services);
      expect((await rowOf(k.id)).leaseOwner).toMatch(/^4242-other:/);
      return;
    }
    expect(await sweepKiriman(w.services)).toBeGreaterThanOrEqual(1);
    // Ahead of posts not yet begun, so a large batch queued before it cannot hold it up.
    const { rows } = await w.services.database.executeSql(`select priority from pgboss.job where name = 'sosial.kiriman' and data->>'kirimanId' = $1`, [k.id]);
    expect(rows.map((r) => r.priority)).toContain(1);
    const done = await until(
      () => rowOf(k.id),
      (r) => r.status === 'terbit',
    );
    expect(done.status).toBe('terbit');
    expect(facebookPosts(k.n)).toBe(1);
  }, 60_000);

  it('taken while its publish call was out: reconcile once that call would have timed out, never a second publish', async () => {
    const k = await kiriman('facebook');
    world.fakes.fakes.facebook.server.failNext('feed.create', 'lost_answer');
    // The owner sends the publish call; the platform takes it and never answers.
    const first = runKiriman(w.services, k.id, { ...opts, timeoutMs: 12_000 });
    await until(
      async () => facebookPosts(k.n),
      (n) => n === 1,
      5000,
    );
    const mid = await rowOf(k.id);
    const sentAt = Date.parse(openState(w.services, mid.state).publishSentAt as string);
    expect(mid.tahap).toBe('publish');
    // Then its process dies: the row names a key whose lock nobody holds, its long lease still running.
    await leasedTo(k.id, randomKey());
    const taken = await runKiriman(w.services, k.id, opts);
    if (!onPostgres()) {
      expect(taken).toBe('not_claimed');
      await w.services.db.update(sosialKiriman).set({ leaseOwner: null, leaseUntil: null }).where(eq(sosialKiriman.id, k.id));
      expect(await first).toBe('lost_lease');
      return;
    }
    // Taken over at once, but not reconciled yet: the platform may still be making that post.
    expect(taken).toBe('waiting');
    const waiting = await rowOf(k.id);
    expect(waiting).toMatchObject({ status: 'belum_pasti', tahap: 'reconcile', leaseOwner: null });
    // No sooner than the call's timeout (10 s) and the settling margin (5 s) after it was sent.
    expect(waiting.dijadwalkan.getTime() - sentAt).toBeGreaterThanOrEqual(14_000);
    expect(waiting.dijadwalkan.getTime() - sentAt).toBeLessThan(20_000);
    expect(waiting.langkah.map((l) => `${l.step}:${l.status}`).slice(-1)).toEqual(['publish:tidak_terjawab']);
    // The old owner, were it still running, can write nothing more.
    expect(await first).toBe('lost_lease');
    await w.services.db.update(sosialKiriman).set({ dijadwalkan: sql`now()` }).where(eq(sosialKiriman.id, k.id));
    expect(await runKiriman(w.services, k.id, opts)).toBe('finished');
    const row = await rowOf(k.id);
    expect(row.status).toBe('terbit');
    expect(row.langkah.filter((l) => l.step === 'publish' && l.status === 'dikirim')).toHaveLength(1);
    expect(row.langkah.map((l) => `${l.step}:${l.status}`)).toContain('reconcile:done');
    expect(facebookPosts(k.n)).toBe(1);
  }, 60_000);
});
