import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { addDays, localDateOf } from '../hari-kerja/local-date.ts';
import { permohonan } from './schema.ts';
import { addOfficer, sampleRequestBody } from './test-fixture.ts';

// The unit's request register: search by number or requester name, overdue ("not answered in
// time") and due-soon marks, order by running due date. Due dates are set directly relative to
// today so the marks do not depend on the day the suite runs.

let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
let writer: TestClient;
const ids: Record<string, string> = {};
const numbers: Record<string, string> = {};
const today = () => localDateOf(new Date(), 'Asia/Makassar');
const path = (query = '') => `/api/units/${f.unitA.id}/permohonan${query}`;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  ppid = new TestClient(w.app);
  await ppid.signIn('ppid-a@uji.test', PASSWORD);
  writer = new TestClient(w.app);
  await writer.signIn(f.writerA.email, PASSWORD);
  const names = { late: 'Rina Fiktif Lestari', soon: 'Yosef Fiktif Bere', later: 'Maria 100%_Fiktif', decided: 'Rina Fiktif Ndun' };
  for (const [key, requesterName] of Object.entries(names)) {
    const res = await ppid.post(path(), sampleRequestBody({ requesterName }));
    expect(res.status).toBe(201);
    ids[key] = res.body.permohonan.id;
    numbers[key] = res.body.permohonan.number;
  }
  // Running deadlines: yesterday (overdue), today (due soon), 30 days ahead (neither); `decided` is
  // past its date but answered, so it is neither overdue nor due soon.
  const set = (key: string, values: Partial<typeof permohonan.$inferInsert>) =>
    w.services.db.update(permohonan).set(values).where(eq(permohonan.id, ids[key]!));
  await set('late', { dueDate: addDays(today(), -1) });
  await set('soon', { dueDate: addDays(today(), -20), extendedDueDate: today(), status: 'diperpanjang' });
  await set('later', { dueDate: addDays(today(), 30) });
  await set('decided', { dueDate: addDays(today(), -5), status: 'dikabulkan_seluruhnya', decidedAt: new Date() });
});
afterAll(() => w.stop());

describe('GET /api/units/:id/permohonan: search, marks and order', () => {
  it('401 without a session, 403 without a PPID role, 400 naming the field', async () => {
    expect((await new TestClient(w.app).get(path('?q=Rina'))).status).toBe(401);
    expect((await writer.get(path('?q=Rina'))).status).toBe(403);
    const long = await ppid.get(path(`?q=${'a'.repeat(101)}`));
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ code: 'invalid', field: 'q', message: 'Teks pencarian paling panjang 100 karakter.' });
    expect((await ppid.get(path('?sort=nama'))).body).toMatchObject({ code: 'invalid', field: 'sort' });
  });

  it('marks overdue (not answered in time) and due soon, on the running (extended) deadline; soonest first', async () => {
    const res = await ppid.get(path('?sort=jatuhTempo'));
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.items.map((i: any) => [i.id, [i.overdue, i.dueSoon]]));
    expect(byId).toEqual({
      [ids.late!]: [true, false],
      [ids.soon!]: [false, true],
      [ids.later!]: [false, false],
      [ids.decided!]: [false, false],
    });
    // Running deadlines: decided −5, late −1, soon today (extended), later +30.
    expect(res.body.items.map((i: any) => i.id)).toEqual([ids.decided, ids.late, ids.soon, ids.later]);
    expect(JSON.stringify(res.body)).not.toContain('Fiktif');
  });

  it('finds by part of the number or of the requester’s name, case-insensitive, % and _ taken literally', async () => {
    const find = async (q: string) => (await ppid.get(path(`?q=${encodeURIComponent(q)}`))).body.items.map((i: any) => i.id).sort();
    expect(await find('rina fiktif')).toEqual([ids.late, ids.decided].sort());
    expect(await find('  BERE ')).toEqual([ids.soon]);
    expect(await find(numbers.later!.slice(-5))).toEqual([ids.later]);
    expect(await find('100%_')).toEqual([ids.later]);
    expect(await find('%')).toEqual([ids.later]);
    expect(await find('tidak ada')).toEqual([]);
    const both = await ppid.get(path(`?q=Rina&status=dikabulkan_seluruhnya`));
    expect(both.body.items.map((i: any) => i.id)).toEqual([ids.decided]);
  });
});
