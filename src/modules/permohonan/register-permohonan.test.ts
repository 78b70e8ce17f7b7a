import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { historyOf } from './load-permohonan.ts';
import { registerPermohonan } from './register-permohonan.ts';
import { allocateRegistrationNumber } from './registration-number.ts';
import { permohonan } from './schema.ts';
import { sampleRequest } from './test-fixture.ts';
import { trackingTokenMatches } from './tracking-token.ts';

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

const register = (unit = f.unitA, receivedAt = new Date('2026-03-12T16:30:00Z')) =>
  registerPermohonan(w.services, f.tenant, unit, sampleRequest({ receivedAt }), null);

describe('registering a request', () => {
  it('counts the due date from the receipt date in the tenant’s zone, receipt day = day 0', async () => {
    // 16:30Z on Thursday 12 March is 00:30 WITA on Friday 13 March; then 16–17 March, the Nyepi and
    // Idul Fitri closures of 18–24 March, 25 March … 2 April, Good Friday 3 April: the 10th is 6 April.
    const { permohonan: row, trackingToken } = await register();
    expect(row.dueDate).toBe('2026-04-06');
    expect(row.extendedDueDate).toBeNull();
    expect(row.status).toBe('terdaftar');
    expect(row.number).toMatch(/^PPID\/DINAS-A\/2026\/\d{5}$/);
    expect(row.trackingTokenHash).not.toContain(trackingToken);
    expect(trackingTokenMatches(trackingToken, row.trackingTokenHash)).toBe(true);
    expect(await historyOf(w.services.db, row.id)).toMatchObject([{ fromStatus: null, toStatus: 'terdaftar', actorUserId: null }]);
    const [audit] = await w.services.db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(audit).toMatchObject({ action: 'permohonan.registered', actorLabel: 'pemohon (formulir publik)' });
    // The audit chain keeps the case, not the requester.
    expect(JSON.stringify(audit!.after)).not.toContain('Maria');
  });

  it('numbers by the local year, and still registers when that year’s calendar is missing', async () => {
    // 16:30Z on 31 December 2027 is already 1 January 2028 in WITA; no 2028 calendar is shipped.
    const { permohonan: row } = await register(f.unitA, new Date('2027-12-31T16:30:00Z'));
    expect(row.number).toBe('PPID/DINAS-A/2028/00001');
    expect(row.dueDate).toBeNull();
  });

  it('issues numbers per unit and year without duplicates or gaps under concurrent registrations', async () => {
    const before = await w.services.db.select({ sequence: permohonan.sequence }).from(permohonan).where(eq(permohonan.unitId, f.unitB.id));
    expect(before).toHaveLength(0);
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => register(i % 3 === 0 ? f.unitA : f.unitB)));
    const numbersB = results.filter((r) => r.permohonan.unitId === f.unitB.id).map((r) => r.permohonan.number);
    expect(new Set(numbersB).size).toBe(16);
    expect([...numbersB].sort()).toEqual(Array.from({ length: 16 }, (_, i) => `PPID/BADAN-B/2026/${String(i + 1).padStart(5, '0')}`));
    // Unit A had one 2026 request before; its sequence runs on from there, just as contiguous.
    const rowsA = await w.services.db
      .select({ s: permohonan.sequence })
      .from(permohonan)
      .where(and(eq(permohonan.unitId, f.unitA.id), eq(permohonan.year, 2026)));
    expect(rowsA.map((r) => r.s).sort((a, b) => a - b)).toEqual(Array.from({ length: 9 }, (_, i) => i + 1));
  });

  it('a registration that fails after taking a number gives it back, leaving no gap', async () => {
    const first = await register(f.unitA, new Date('2025-06-02T02:00:00Z'));
    expect(first.permohonan.number).toBe('PPID/DINAS-A/2025/00001');
    await expect(
      inTransaction(w.services.db, async (tx) => {
        await allocateRegistrationNumber(tx, f.unitA, 2025);
        throw new Error('the insert failed');
      }),
    ).rejects.toThrow('the insert failed');
    const next = await register(f.unitA, new Date('2025-06-03T02:00:00Z'));
    expect(next.permohonan.number).toBe('PPID/DINAS-A/2025/00002');
  });
});
