import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { loadActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { historyOf } from './load-keberatan.ts';
import { registerKeberatan } from './register-keberatan.ts';
import { type Status, statuses } from './terms.ts';
import { atasanOf, completeCalendarAhead, makeRequest, sampleObjection, sessionUser, todayWita } from './test-fixture.ts';
import { allowedTransitions, type TransitionInput, transitionKeberatan } from './transition.ts';

let w: TestWarta;
let f: Fixture;
let admin: SessionUser;
let request: { id: string; number: string };
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await completeCalendarAhead(w.services, f);
  admin = sessionUser(f.admin);
  request = await makeRequest(w.services, f);
});
afterAll(() => w.stop());

const inputFor = (to: Status): TransitionInput | null => {
  switch (to) {
    case 'terdaftar':
      return null;
    case 'diproses':
      return { ke: 'diproses', alasan: 'Diteruskan kepada Atasan PPID' };
    case 'ditarik':
      return { ke: 'ditarik', alasan: 'Pemohon mencabut keberatan secara tertulis' };
    case 'diputus':
      return { ke: 'diputus', putusan: 'ditolak', tanggal: todayWita(), tanggapan: 'Biaya sesuai standar biaya', alasan: 'Tarif sesuai Perda' };
  }
};
/** The allowed steps that bring a new objection to each status. */
const pathTo: Record<Status, Status[]> = { terdaftar: [], diproses: ['diproses'], diputus: ['diproses', 'diputus'], ditarik: ['ditarik'] };

async function objectionIn(status: Status) {
  const tenant = await getTenant(w.services.db, f.tenant.id);
  const row = await registerKeberatan(w.services, tenant, f.unitA, sampleObjection(request), admin);
  for (const step of pathTo[status]) await transitionKeberatan(w.services, ...(await actingFor(step)), row.id, inputFor(step)!);
  return row.id;
}

/** Who may take a step: the Atasan PPID decides, an admin (standing in for the PPID) does the rest. */
async function actingFor(to: Status) {
  return to === 'diputus' ? atasanOf(w.services, f) : ([admin, await loadActor(w.services.db, admin)] as const);
}

describe('the objection state machine', () => {
  const pairs = statuses.flatMap((from) => statuses.filter((to) => to !== 'terdaftar').map((to) => [from, to] as const));

  it.each(pairs)('%s → %s follows the table', async (from, to) => {
    const id = await objectionIn(from);
    const attempt = transitionKeberatan(w.services, ...(await actingFor(to)), id, inputFor(to)!);
    if (allowedTransitions[from].includes(to)) {
      expect((await attempt).status).toBe(to);
      const history = await historyOf(w.services.db, id);
      expect(history.at(-1)).toMatchObject({ fromStatus: from, toStatus: to, actorLabel: to === 'diputus' ? 'atasan-fixture@uji.test' : 'admin@uji.test' });
      const audits = await w.services.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, id), eq(auditLog.action, `keberatan.${to}`)));
      expect(audits).toHaveLength(1);
    } else {
      await expect(attempt).rejects.toMatchObject({ code: 'conflict', messageKey: 'keberatan.transition_refused', field: 'ke' });
      expect((await historyOf(w.services.db, id)).at(-1)?.toStatus).toBe(from === 'terdaftar' ? 'terdaftar' : from);
    }
  });

  it('lets only the unit’s Atasan PPID decide (not an admin), while the PPID may process', async () => {
    const ppid = await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-sm', 'kata-sandi-uji-123');
    const atasan = await addOfficer(w.services, f.tenant.id, f.unitA.id, 'atasan_ppid', 'atasan-sm', 'kata-sandi-uji-123');
    const atasanB = await addOfficer(w.services, f.tenant.id, f.unitB.id, 'atasan_ppid', 'atasan-b-sm', 'kata-sandi-uji-123');
    const as = async (u: typeof ppid) => [sessionUser(u), await loadActor(w.services.db, sessionUser(u))] as const;
    const id = await objectionIn('terdaftar');
    expect((await transitionKeberatan(w.services, ...(await as(ppid)), id, { ke: 'diproses' })).status).toBe('diproses');
    const decide = inputFor('diputus')!;
    await expect(transitionKeberatan(w.services, ...(await as(ppid)), id, decide)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(transitionKeberatan(w.services, ...(await as(atasanB)), id, decide)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(transitionKeberatan(w.services, admin, await loadActor(w.services.db, admin), id, decide)).rejects.toMatchObject({ code: 'forbidden' });
    const decided = await transitionKeberatan(w.services, ...(await as(atasan)), id, {
      ke: 'diputus',
      putusan: 'dikabulkan',
      tanggal: todayWita(),
      tanggapan: 'Keberatan beralasan.',
      perintah: 'PPID memberikan salinan tanpa biaya dalam 3 hari kerja',
    });
    expect(decided).toMatchObject({
      status: 'diputus',
      decision: { putusan: 'dikabulkan', perintah: 'PPID memberikan salinan tanpa biaya dalam 3 hari kerja' },
    });
    expect(decided.decidedAt).toBeInstanceOf(Date);
  });

  it('refuses an answer dated before the objection was received or in the future', async () => {
    const id = await objectionIn('diproses');
    const [atasan, actor] = await atasanOf(w.services, f);
    const base = { ke: 'diputus', putusan: 'ditolak', tanggapan: 'Ditolak', alasan: 'Alasan' } as const;
    for (const tanggal of ['2020-01-02', '2999-01-01']) {
      const err = await transitionKeberatan(w.services, atasan, actor, id, { ...base, tanggal }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: 'invalid', field: 'tanggal', messageKey: 'keberatan.answer_date_range' });
    }
    const blank = await transitionKeberatan(w.services, atasan, actor, id, { ...base, tanggal: todayWita(), alasan: '  ' }).catch((e: unknown) => e);
    expect(blank).toMatchObject({ field: 'alasan', messageKey: 'keberatan.reasons_required' });
  });
});
