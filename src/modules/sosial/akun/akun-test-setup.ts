import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { TestClient } from '../../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../../test/harness.ts';
import { auditLog } from '../../audit/schema.ts';
import { clientFor } from '../../konten/test-fixture.ts';
import { addOfficer } from '../../permohonan/test-fixture.ts';
import { seedSimulatedApps } from '../aplikasi/seed-simulated-apps.ts';
import { pressConsent } from '../fakes/consent-page.ts';
import { startPlatformFakesOnFreeBlock } from '../fakes/start-fakes.ts';

/** Warta with the platform fakes on a free block of five ports, simulated apps, and a unit A admin media sosial. */
export async function startAkunWarta(env: Record<string, string> = {}) {
  const { fakes, basePort } = await startPlatformFakesOnFreeBlock();
  const w: TestWarta = await startTestWarta({ ...env, WARTA_PLATFORM_FAKES: '1', WARTA_PLATFORM_FAKES_PORT: String(basePort) });
  const f: Fixture = await seedFixture(w.services);
  await seedSimulatedApps(w.services);
  // The unit's admin media sosial, as the content tests' team has them.
  const medsos = await addOfficer(w.services, f.tenant.id, f.unitA.id, 'admin_medsos', 'medsos-a', PASSWORD);
  const db = w.services.db;
  const as = async (email?: string) => (email ? clientFor(w, email) : new TestClient(w.app));
  const audits = (action: string, entityId: string) =>
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
  return {
    w,
    f,
    fakes,
    as,
    audits,
    medsos: medsos.email,
    async stop() {
      await w.stop();
      await fakes.stop();
    },
  };
}

/**
 * Goes through the platform's (simulated) permission page as a person would: it is shown, the
 * person presses "Izinkan" or "Tolak", and the platform's redirect brings the callback back to
 * Warta as this client.
 */
export async function throughPlatform(client: TestClient, authorizeUrl: string, extra: Record<string, string> = {}, decision: 'izinkan' | 'tolak' = 'izinkan') {
  const shown = await fetch(authorizeUrl);
  expect(shown.status).toBe(200);
  expect(await shown.text()).toContain('Simulasi');
  const res = await pressConsent(authorizeUrl, decision);
  expect(res.status).toBe(302);
  const back = new URL(res.headers.get('location')!);
  for (const [k, v] of Object.entries(extra)) back.searchParams.set(k, v);
  const reply = await client.get(back.pathname + back.search);
  expect(reply.status).toBe(303);
  return { reply, landed: new URL(reply.headers.get('location')!, 'http://warta.test'), callback: back };
}
