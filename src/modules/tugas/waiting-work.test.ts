import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { shippedCalendars } from '../hari-kerja/data/index.ts';
import { seedHolidays } from '../hari-kerja/seed-holidays.ts';
import { registerKeberatan } from '../keberatan/register-keberatan.ts';
import { keberatan } from '../keberatan/schema.ts';
import { makeRequest, sampleObjection, sessionUser } from '../keberatan/test-fixture.ts';
import { loadActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { tenants } from '../org/schema.ts';
import { permohonan } from '../permohonan/schema.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { waitingWork } from './waiting-work.ts';

// What waits on whom. Due dates are set by hand so every count below can be checked against this
// list. On Tuesday 10 March 2026 (WITA) "due soon" runs to Thursday 12 March (two working days).
//
// Unit A requests          status        due (extended)        on 10 March            today (after March 2026)
//   a1                     terdaftar     5 Mar                 new, overdue           new, overdue
//   a2                     diproses      11 Mar                due soon               overdue
//   a3                     diperpanjang  1 Mar (12 Mar)        due soon               overdue
//   a4                     diproses      20 Mar                –                      overdue
//   a5                     ditolak       1 Mar                 – (closed)             – (closed)
//   a6                     terdaftar     10 Mar                new, due soon          new, overdue
// Unit B request b1        terdaftar     25 Mar                new                    new, overdue
// Unit A objections k1 terdaftar due 9 Mar (overdue), k2 diproses due 12 Mar (due soon), k3 diputus (closed).

let w: TestWarta;
let f: Fixture;
const march10 = new Date('2026-03-10T02:00:00Z');

async function request(unit: Fixture['unitA'], status: string, dueDate: string, extendedDueDate: string | null = null) {
  const r = await makeRequest(w.services, f, { unit, receivedAt: new Date('2026-02-20T01:00:00Z') });
  await w.services.db.update(permohonan).set({ status, dueDate, extendedDueDate }).where(eq(permohonan.id, r.id));
  return r;
}

async function objection(on: { id: string; number: string }, status: string, dueDate: string) {
  const tenant = await getTenant(w.services.db, f.tenant.id);
  const row = await registerKeberatan(w.services, tenant, f.unitA, sampleObjection(on, { receivedAt: new Date('2026-02-23T01:00:00Z') }), null);
  await w.services.db.update(keberatan).set({ status, dueDate }).where(eq(keberatan.id, row.id));
}

const signedIn = async (email: string) => {
  const client = new TestClient(w.app);
  expect((await client.signIn(email, PASSWORD)).status).toBe(200);
  return client;
};

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await seedHolidays(w.services.db);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'atasan_ppid', 'atasan-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'evaluator', 'evaluator', PASSWORD);
  const a1 = await request(f.unitA, 'terdaftar', '2026-03-05');
  await request(f.unitA, 'diproses', '2026-03-11');
  await request(f.unitA, 'diperpanjang', '2026-03-01', '2026-03-12');
  await request(f.unitA, 'diproses', '2026-03-20');
  await request(f.unitA, 'ditolak', '2026-03-01');
  await request(f.unitA, 'terdaftar', '2026-03-10');
  await request(f.unitB, 'terdaftar', '2026-03-25');
  await objection(a1, 'terdaftar', '2026-03-09');
  await objection(a1, 'diproses', '2026-03-12');
  await objection(a1, 'diputus', '2026-03-01');
});
afterAll(() => w.stop());

const actorFor = async (email: string) => {
  const [user] = await w.services.db.query.users.findMany({ where: (u, { eq: is }) => is(u.email, email) });
  return loadActor(w.services.db, sessionUser(user!));
};

describe('waitingWork on 10 March 2026', () => {
  it('gives the unit’s PPID its new, due-soon and overdue requests and the objections to take up, not those to decide', async () => {
    const work = await waitingWork(w.services.db, await actorFor('ppid-a@uji.test'), 'Asia/Makassar', march10);
    expect(work.today).toBe('2026-03-10');
    expect(work.dueSoonUntil).toBe('2026-03-12');
    expect(work.calendar).toBeNull();
    expect(work.units).toHaveLength(1);
    expect(work.units[0]).toMatchObject({
      unitId: f.unitA.id,
      name: 'Dinas Uji A',
      roles: ['ppid_pelaksana'],
      requests: { baru: 2, segera: 3, terlambat: 1 },
      objections: { untukDiproses: 1, untukDiputus: null, segera: 1, terlambat: 1 },
    });
  });

  it('gives the Atasan PPID the objections to decide, and no request counts', async () => {
    const work = await waitingWork(w.services.db, await actorFor('atasan-a@uji.test'), 'Asia/Makassar', march10);
    expect(work.units).toEqual([
      {
        unitId: f.unitA.id,
        name: 'Dinas Uji A',
        slug: 'dinas-a',
        roles: ['atasan_ppid'],
        requests: null,
        objections: { untukDiproses: null, untukDiputus: 1, segera: 1, terlambat: 1 },
      },
    ]);
  });

  // Units come in the order of the unit list (tier, then name).
  it('gives an admin every unit with something open, and the calendar warning from 1 October while next year is missing', async () => {
    const work = await waitingWork(w.services.db, await actorFor(f.admin.email), 'Asia/Makassar', march10);
    expect(work.units.map((u) => [u.name, u.requests, u.objections])).toEqual([
      ['Badan Uji B', { baru: 1, segera: 0, terlambat: 0 }, { untukDiproses: 0, untukDiputus: 0, segera: 0, terlambat: 0 }],
      ['Dinas Uji A', { baru: 2, segera: 3, terlambat: 1 }, { untukDiproses: 1, untukDiputus: 1, segera: 1, terlambat: 1 }],
    ]);
    const last = Math.max(...shippedCalendars.map((c) => c.year));
    const october = await waitingWork(w.services.db, await actorFor(f.admin.email), 'Asia/Makassar', new Date(`${last}-10-01T01:00:00Z`));
    expect(october.calendar).toEqual({ year: last + 1, key: 'hari_kerja.next_year_missing' });
    const september = await waitingWork(w.services.db, await actorFor(f.admin.email), 'Asia/Makassar', new Date(`${last}-09-30T01:00:00Z`));
    expect(september.calendar).toBeNull();
    // The warning is the admins' (they complete the calendar), not the PPID's.
    const ppid = await waitingWork(w.services.db, await actorFor('ppid-a@uji.test'), 'Asia/Makassar', new Date(`${last}-10-01T01:00:00Z`));
    expect(ppid.calendar).toBeNull();
  });

  it('has no unit work for roles outside the PPID service', async () => {
    for (const email of ['evaluator@uji.test', f.writerA.email, f.outsider.email]) {
      expect((await waitingWork(w.services.db, await actorFor(email), 'Asia/Makassar', march10)).units).toEqual([]);
    }
  });
});

describe('GET /api/beranda', () => {
  it('answers 401 without a session', async () => {
    const res = await new TestClient(w.app).get('/api/beranda');
    expect(res.status).toBe(401);
  });

  it('counts on today’s date: everything open from March 2026 is overdue now', async () => {
    const res = await (await signedIn('ppid-a@uji.test')).get('/api/beranda');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control') ?? '').not.toContain('public');
    expect(res.body.unit).toEqual([
      {
        id: f.unitA.id,
        nama: 'Dinas Uji A',
        slug: 'dinas-a',
        peran: ['ppid_pelaksana'],
        permohonan: { baru: 2, segera: 0, terlambat: 5 },
        keberatan: { untukDiproses: 1, untukDiputus: null, segera: 0, terlambat: 2 },
      },
    ]);
    expect(res.body.hariIni).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.body.kalender).toBeNull();
  });

  it('shows an admin the other unit too, and an evaluator an empty list', async () => {
    const admin = await (await signedIn(f.admin.email)).get('/api/beranda');
    expect(admin.status).toBe(200);
    expect(admin.body.unit.map((u: { nama: string; permohonan: unknown }) => [u.nama, u.permohonan])).toEqual([
      ['Badan Uji B', { baru: 1, segera: 0, terlambat: 1 }],
      ['Dinas Uji A', { baru: 2, segera: 0, terlambat: 5 }],
    ]);
    const evaluator = await (await signedIn('evaluator@uji.test')).get('/api/beranda');
    expect(evaluator.status).toBe(200);
    expect(evaluator.body.unit).toEqual([]);
  });

  it('answers 403 to an admin who must first turn on two-step sign-in', async () => {
    await w.services.db.update(tenants).set({ require2faForAdmins: true }).where(eq(tenants.id, f.tenant.id));
    try {
      const res = await (await signedIn(f.admin.email)).get('/api/beranda');
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('forbidden');
    } finally {
      await w.services.db.update(tenants).set({ require2faForAdmins: false }).where(eq(tenants.id, f.tenant.id));
    }
  });
});
