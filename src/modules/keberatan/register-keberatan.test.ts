import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { getTenant } from '../org/get-tenant.ts';
import { registerKeberatan } from './register-keberatan.ts';
import { makeRequest, sampleObjection } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

describe('objection numbers', () => {
  it('are issued per unit and year without gaps or duplicates, also when registrations run at once', async () => {
    const tenant = await getTenant(w.services.db, f.tenant.id);
    const inA = await makeRequest(w.services, f, { receivedAt: new Date('2026-02-02T01:00:00Z') });
    const inB = await makeRequest(w.services, f, { unit: f.unitB, receivedAt: new Date('2026-02-02T01:00:00Z') });
    const at = new Date('2026-03-02T01:00:00Z');
    const rows = await Promise.all(
      Array.from({ length: 8 }, () => registerKeberatan(w.services, tenant, f.unitA, sampleObjection(inA, { receivedAt: at }), null)),
    );
    expect(rows.map((r) => r.number).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `KEB/DINAS-A/2026/${String(i + 1).padStart(5, '0')}`));
    const other = await registerKeberatan(w.services, tenant, f.unitB, sampleObjection(inB, { receivedAt: at }), null);
    expect(other.number).toBe('KEB/BADAN-B/2026/00001');
    // A refused registration (a withdrawn request) takes no number.
    const withdrawn = sampleObjection(inA, { receivedAt: at });
    await expect(
      registerKeberatan(w.services, tenant, f.unitA, { ...withdrawn, request: { ...withdrawn.request, status: 'ditarik' } }, null),
    ).rejects.toMatchObject({
      messageKey: 'keberatan.request_withdrawn',
    });
    const next = await registerKeberatan(w.services, tenant, f.unitA, sampleObjection(inA, { receivedAt: at }), null);
    expect(next.number).toBe('KEB/DINAS-A/2026/00009');
  });
});
