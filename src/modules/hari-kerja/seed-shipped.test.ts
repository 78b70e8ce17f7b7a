import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetNationalYear } from '../../test/calendar.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { registerKeberatan } from '../keberatan/register-keberatan.ts';
import { keberatan } from '../keberatan/schema.ts';
import { makeRequest, sampleObjection, sessionUser } from '../keberatan/test-fixture.ts';
import { getTenant } from '../org/get-tenant.ts';
import { seedShippedCalendars } from './seed-holidays.ts';

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

describe('a release that ships a new year’s SKB', () => {
  it('brings the year in at start and fills the deadlines that waited on it, once', async () => {
    // The installation as it was before this release: no 2027 calendar.
    await forgetNationalYear(w.services.db, 2027);
    const tenant = await getTenant(w.services.db, f.tenant.id);
    const request = await makeRequest(w.services, f, { receivedAt: new Date('2026-11-20T01:00:00Z') });
    // Monday 23 November 2026 (WITA): the 30th working day falls in 2027.
    const open = await registerKeberatan(
      w.services,
      tenant,
      f.unitA,
      sampleObjection(request, { receivedAt: new Date('2026-11-23T01:00:00Z') }),
      sessionUser(f.admin),
    );
    expect(open.dueDate).toBeNull();

    expect(await seedShippedCalendars(w.services)).toEqual([2027]);
    // 24–27 Nov (4), 30 Nov–4 Dec (9), 7–11 (14), 14–18 (19), 21–23 Dec (22), 24 cuti bersama and
    // 25 Natal skipped, 28–31 Dec (26), 1 Jan Tahun Baru skipped, Mon 4 (27), Tue 5 Isra Mikraj
    // skipped, Wed 6 (28), Thu 7 (29), Fri 8 January 2027 (30).
    const [row] = await w.services.db.select().from(keberatan).where(eq(keberatan.id, open.id));
    expect(row!.dueDate).toBe('2027-01-08');
    expect(await seedShippedCalendars(w.services)).toEqual([]);
  });
});
