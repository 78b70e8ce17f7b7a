import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot, type Running } from '../../boot.ts';
import type { SessionUser } from '../../http/env.ts';
import { createLogger } from '../../lib/log.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, TEST_SECRET_KEY, type TestWarta } from '../../test/harness.ts';
import { listSteps } from '../alur/list-steps.ts';
import { auditLog } from '../audit/schema.ts';
import { listOutbox } from '../mail/list-outbox.ts';
import { loadActor } from '../org/actor.ts';
import { createKonten } from './create-konten.ts';
import { getKonten } from './get-konten.ts';
import { revisiOf } from './load-konten.ts';
import { moveKonten } from './move-konten.ts';
import { PUBLICATION_QUEUE, type PublicationJob, publishScheduled, sweepScheduled } from './publication-job.ts';
import { saveKonten } from './save-konten.ts';
import { konten } from './schema.ts';
import { addContentTeam, type ContentTeam, doc } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let team: ContentTeam;
let second: Running | null = null;

type Account = Fixture['writerA'];
const as = async (u: Pick<Account, 'id' | 'tenantId' | 'personId' | 'email' | 'displayName' | 'isAdmin'>) => {
  const user: SessionUser = { ...u, totpEnabled: false, mustEnable2fa: false };
  return { user, actor: await loadActor(w.services.db, user) };
};

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  team = await addContentTeam(w, f);
});
afterAll(async () => {
  // The second back end shares the first one's database: stop its jobs, the first closes the rest.
  await second?.services.jobs.stop();
  await w.stop();
});

/** An approved item of unit A, then scheduled by the publisher for `at`. */
async function scheduled(at = new Date(Date.now() + 120_000)) {
  const writer = await as(f.writerA);
  const d = await createKonten(w.services, writer.user, writer.actor, {
    unitId: f.unitA.id,
    jenis: 'pengumuman',
    judul: `Terjadwal ${Math.random()}`,
    ringkasan: '',
    isi: doc('Isi.'),
    atribut: {},
    tags: [],
  });
  const rev = await revisiOf(w.services.db, d.item.id, d.revisi.id);
  await w.services.db
    .update(konten)
    .set({ status: 'disetujui', approvedRevisionId: rev.id, approvedHash: rev.hash, approvedBy: f.headA.id, approvedAt: new Date() })
    .where(eq(konten.id, d.item.id));
  const pub = await as(team.publisher);
  await moveKonten(w.services, pub.user, pub.actor, d.item.id, { ke: 'dijadwalkan', jadwal: at });
  const job: PublicationJob = { kontenId: d.item.id, revisionId: rev.id, at: at.toISOString() };
  return { id: d.item.id, job, at };
}

const publications = async (id: string) => (await listSteps(w.services.db, 'konten', id)).filter((s) => s.toStatus === 'terbit');
const statusOf = async (id: string) => (await getKonten(w.services.db, (await as(f.admin)).actor, id)).item;

describe('scheduled publication', () => {
  it('publishes at its time as the system, exactly once however often the job runs', async () => {
    const { id, job, at } = await scheduled();
    const later = new Date(at.getTime() + 1000);
    const results = await Promise.all([publishScheduled(w.services, job, later), publishScheduled(w.services, job, later)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await publishScheduled(w.services, job, later)).toBe(false);
    expect(await sweepScheduled(w.services, later)).toBe(0);
    const steps = await publications(id);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ fromStatus: 'dijadwalkan', actorUserId: null, actorLabel: 'sistem' });
    // The system's move is in the tenant's own audit trail.
    const audits = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'konten.terbit')));
    expect(audits.map((a) => [a.tenantId, a.actorLabel])).toEqual([[f.tenant.id, 'sistem']]);
    const item = await statusOf(id);
    expect([item.status, item.liveRevisionId, item.scheduledAt]).toEqual(['terbit', job.revisionId, null]);
    // The writer hears of it once.
    const mails = await listOutbox(w.services.db, f.tenant.id, { purpose: 'konten.terbit', limit: 50 });
    expect(mails.filter((m) => m.text.includes(item.judul)).map((m) => m.toAddress)).toEqual([f.writerA.email]);
  });

  it('is not published before its time', async () => {
    const { id, job } = await scheduled();
    await expect(publishScheduled(w.services, job, new Date())).rejects.toThrow(/before its time/);
    expect(await sweepScheduled(w.services, new Date())).toBe(0);
    expect((await statusOf(id)).status).toBe('dijadwalkan');
  });

  it('does not fire once the schedule was cancelled, moved or the item edited', async () => {
    const pub = await as(team.publisher);
    const cancelled = await scheduled();
    await moveKonten(w.services, pub.user, pub.actor, cancelled.id, { ke: 'disetujui' });
    expect(await publishScheduled(w.services, cancelled.job, new Date(cancelled.at.getTime() + 1000))).toBe(false);
    expect((await statusOf(cancelled.id)).status).toBe('disetujui');

    // Cancelled and scheduled again for another minute: only the new time's job publishes.
    const later = new Date(cancelled.at.getTime() + 300_000);
    await moveKonten(w.services, pub.user, pub.actor, cancelled.id, { ke: 'dijadwalkan', jadwal: later });
    expect(await publishScheduled(w.services, cancelled.job, new Date(later.getTime() + 1000))).toBe(false);
    expect(await publishScheduled(w.services, { ...cancelled.job, at: later.toISOString() }, new Date(later.getTime() + 1000))).toBe(true);

    const edited = await scheduled();
    const writer = await as(f.writerA);
    const d = await getKonten(w.services.db, writer.actor, edited.id);
    await saveKonten(w.services, writer.user, writer.actor, edited.id, {
      baseRevisionId: d.revisi.id,
      judul: 'Diubah sebelum terbit',
      ringkasan: '',
      isi: doc('Isi.'),
      atribut: {},
      tags: [],
    });
    expect(await publishScheduled(w.services, edited.job, new Date(edited.at.getTime() + 1000))).toBe(false);
    const item = await statusOf(edited.id);
    expect([item.status, item.liveRevisionId, item.scheduledAt]).toEqual(['ditinjau', null, null]);
  });

  it('runs through the durable job queue, and a second delivery of the job changes nothing', async () => {
    const { id } = await scheduled();
    // Its minute has come: the row says so, and a job for that minute is delivered now.
    const past = new Date(Date.now() - 1000);
    await w.services.db.update(konten).set({ scheduledAt: past }).where(eq(konten.id, id));
    const [row] = await w.services.db.select().from(konten).where(eq(konten.id, id));
    const job: PublicationJob = { kontenId: id, revisionId: row!.approvedRevisionId as string, at: past.toISOString() };
    await w.services.jobs.send(PUBLICATION_QUEUE, job);
    await w.services.jobs.send(PUBLICATION_QUEUE, job);
    const deadline = Date.now() + 20_000;
    while ((await statusOf(id)).status !== 'terbit' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 1500));
    expect((await statusOf(id)).status).toBe('terbit');
    expect(await publications(id)).toHaveLength(1);
  });

  it('after a restart, publishes what came due while Warta was down, once', async () => {
    const { id } = await scheduled();
    // Warta stops; the scheduled minute passes while it is down.
    await w.services.jobs.stop();
    await w.services.db
      .update(konten)
      .set({ scheduledAt: new Date(Date.now() - 60_000) })
      .where(eq(konten.id, id));
    // A new back end on the same database: its start-up sweep publishes the item.
    second = await boot(w.config, { database: w.services.database, secretKey: TEST_SECRET_KEY, log: createLogger('silent') });
    expect((await statusOf(id)).status).toBe('terbit');
    expect(await sweepScheduled(second.services)).toBe(0);
    expect(await publications(id)).toHaveLength(1);
  });
});
