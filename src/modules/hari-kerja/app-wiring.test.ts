import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';

let w: TestWarta;
beforeAll(async () => {
  w = await startTestWarta();
  await seedFixture(w.services);
});
afterAll(() => w.stop());

describe('the deadline checker in the assembled app', () => {
  it('counts over the Idul Fitri 2025 closures with the calendar seeded at start', async () => {
    // Received Thu 27 Mar 2025 (day 0). Not working: 28 Mar (cuti bersama), 29–30 weekend,
    // 31 Mar–1 Apr (Idul Fitri), 2–4 and 7 Apr (cuti bersama), 5–6 weekend. Working days:
    // 8(1) 9(2) 10(3) 11(4) 14(5) 15(6) 16(7) 17(8), 18 Good Friday, 21(9) 22(10).
    const res = await new TestClient(w.app).get('/api/hari-kerja/jatuh-tempo?mulai=2025-03-27&hari=10');
    expect(res.status).toBe(200);
    expect(res.body.jatuhTempo).toBe('2025-04-22');
    expect(res.body.dilewati.map((d: { tanggal: string }) => d.tanggal)).toContain('2025-04-18');
    const bad = await new TestClient(w.app).get('/api/hari-kerja/jatuh-tempo?mulai=2025-02-30&hari=10');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('mulai');
  });
});
