import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { calendarStatus } from './calendar-status.ts';
import { seedHolidays } from './seed-holidays.ts';

// GET /api/hari-kerja/status names the year its warning is about, so the admin screens can link
// to that year's calendar. The warning itself depends on today; the route must agree with it.

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await seedHolidays(w.services.db);
});
afterAll(() => w.stop());

describe('GET /api/hari-kerja/status', () => {
  it('gives the warning’s year with its text, or neither', async () => {
    const admin = new TestClient(w.app);
    expect((await admin.signIn(f.admin.email, PASSWORD)).status).toBe(200);
    const res = await admin.get('/api/hari-kerja/status');
    expect(res.status).toBe(200);
    const expected = (await calendarStatus(w.services.db, 'Asia/Makassar')).warning;
    expect(res.body.peringatanTahun).toBe(expected?.year ?? null);
    if (expected) expect(res.body.peringatan).toContain(String(expected.year));
    else expect(res.body.peringatan).toBeNull();
  });
});
