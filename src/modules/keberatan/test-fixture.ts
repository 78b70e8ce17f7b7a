import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import type { Fixture } from '../../test/fixtures.ts';
import { users } from '../auth/schema.ts';
import { completeYear } from '../hari-kerja/complete-year.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import { holidayYears } from '../hari-kerja/schema.ts';
import { loadActor } from '../org/actor.ts';
import type { Unit } from '../org/find-units.ts';
import { getTenant } from '../org/get-tenant.ts';
import { registerPermohonan } from '../permohonan/register-permohonan.ts';
import { addOfficer, sampleRequest } from '../permohonan/test-fixture.ts';
import { type TransitionInput as RequestTransition, transitionPermohonan } from '../permohonan/transition.ts';
import type { NewKeberatan } from './register-keberatan.ts';

// Test-only helpers of the objection module. Fictional people only.

/** The fixture's account as a session user. */
export function sessionUser(u: { id: string; tenantId: string; personId: string | null; email: string; displayName: string; isAdmin: boolean }): SessionUser {
  return { ...u, totpEnabled: false, mustEnable2fa: false };
}

/** Today in the fixture tenant's zone (WITA). */
export const todayWita = () => localDateOf(new Date(), 'Asia/Makassar');

/**
 * Declares this year and the next complete in the test database when the shipped calendar stops
 * short, so a 30-working-day deadline counted from today is known whenever the suite runs.
 */
export async function completeCalendarAhead(services: Services, f: Fixture): Promise<void> {
  const admin = sessionUser(f.admin);
  const year = new Date().getUTCFullYear();
  for (const y of [year, year + 1]) {
    const known = await services.db.select().from(holidayYears).where(eq(holidayYears.year, y));
    if (known.length === 0) await completeYear(services, admin, await loadActor(services.db, admin), y, 'Kalender uji (fiktif)');
  }
}

/** A request registered through the request module, moved through `steps`; returns its number and code. */
export async function makeRequest(services: Services, f: Fixture, opts: { unit?: Unit; receivedAt?: Date; steps?: RequestTransition[] } = {}) {
  const tenant = await getTenant(services.db, f.tenant.id);
  const { permohonan, trackingToken } = await registerPermohonan(
    services,
    tenant,
    opts.unit ?? f.unitA,
    sampleRequest({ receivedAt: opts.receivedAt ?? new Date() }),
    null,
  );
  const admin = sessionUser(f.admin);
  for (const step of opts.steps ?? []) await transitionPermohonan(services, admin, await loadActor(services.db, admin), permohonan.id, step);
  return { id: permohonan.id, number: permohonan.number, token: trackingToken };
}

/** A valid objection on grounds that can arise at any time (b, f), as the operation takes it. */
export function sampleObjection(request: { id: string; number: string }, overrides: Partial<NewKeberatan> = {}): NewKeberatan {
  return {
    request: {
      id: request.id,
      number: request.number,
      status: 'terdaftar',
      receivedAt: new Date('2026-01-02T00:00:00Z'),
      dueDate: null,
      extendedDueDate: null,
      decidedAt: null,
    },
    channel: 'surat',
    receivedAt: new Date(),
    grounds: ['f'],
    reason: 'Biaya penggandaan yang diminta jauh di atas tarif yang ditetapkan.',
    representativeName: null,
    representativeAddress: null,
    representativePhone: null,
    powerOfAttorneyNote: null,
    ...overrides,
  };
}

/**
 * The fixture unit A's Atasan PPID as a session user and actor, created on first use: only they
 * may decide an objection there (an admin may not).
 */
export async function atasanOf(services: Services, f: Fixture): Promise<readonly [SessionUser, Awaited<ReturnType<typeof loadActor>>]> {
  const email = 'atasan-fixture@uji.test';
  const [known] = await services.db.select().from(users).where(eq(users.email, email));
  const row = known ?? (await addOfficer(services, f.tenant.id, f.unitA.id, 'atasan_ppid', 'atasan-fixture', 'kata-sandi-uji-123'));
  const user = sessionUser(row);
  return [user, await loadActor(services.db, user)] as const;
}
