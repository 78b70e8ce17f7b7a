import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { teamRoles } from '../org/roles.ts';
import { DEMO_PASSWORD, demoPeople } from './demo-data.ts';
import { seedDemoIfEmpty } from './seed-demo.ts';

let w: TestWarta;
beforeAll(async () => {
  w = await startTestWarta();
});
afterAll(() => w.stop());

describe('demo seed', () => {
  it('fills an empty installation once, with one account per team role, all audited', async () => {
    const first = await seedDemoIfEmpty(w.services);
    expect(first?.logins).toHaveLength(teamRoles.length + 1);
    expect(new Set(demoPeople.map((p) => p.role))).toEqual(new Set(teamRoles));

    const admin = new TestClient(w.app);
    expect((await admin.signIn('admin@nusalontar.example', DEMO_PASSWORD)).status).toBe(200);
    const me = await admin.get('/api/auth/me');
    expect(me.body.tenant).toMatchObject({ name: 'Pemerintah Provinsi Nusa Lontar', timeZone: 'Asia/Makassar' });
    const units = await admin.get('/api/units');
    expect(units.body.items.map((u: { slug: string }) => u.slug).sort()).toEqual(['bpsdmd', 'dinas-pupr', 'diskominfo']);

    const head = new TestClient(w.app);
    expect((await head.signIn('kepala@nusalontar.example', DEMO_PASSWORD)).status).toBe(200);
    expect((await head.get('/api/auth/me')).body.roles).toEqual([expect.objectContaining({ role: 'penanggung_jawab' })]);

    const again = await seedDemoIfEmpty(w.services);
    expect(again?.logins).toEqual(first?.logins);
    expect((await admin.get('/api/units')).body.items).toHaveLength(3);
    expect(await verifyAuditChain(w.services.db)).toMatchObject({ ok: true });
  });
});
