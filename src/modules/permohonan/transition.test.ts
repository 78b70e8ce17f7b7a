import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { loadActor } from '../org/actor.ts';
import { deadlineCalendar, extendedDeadline } from './deadlines.ts';
import { historyOf } from './load-permohonan.ts';
import { registerPermohonan } from './register-permohonan.ts';
import { permohonan } from './schema.ts';
import { type Status, statuses } from './terms.ts';
import { addOfficer, sampleRequest } from './test-fixture.ts';
import { allowedTransitions, type TransitionInput, transitionPermohonan } from './transition.ts';

let w: TestWarta;
let f: Fixture;
let admin: SessionUser;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  admin = sessionUser(f.admin);
});
afterAll(() => w.stop());

function sessionUser(u: { id: string; tenantId: string; personId: string | null; email: string; displayName: string; isAdmin: boolean }): SessionUser {
  return { ...u, totpEnabled: false, mustEnable2fa: false };
}

/** A valid body for each target status: what the law asks for that step. */
const inputFor: Record<Status, TransitionInput | null> = {
  terdaftar: null,
  diproses: { ke: 'diproses', alasan: 'Diteruskan ke bidang terkait' },
  diperpanjang: { ke: 'diperpanjang', alasan: 'Informasi tersebar di beberapa bidang' },
  dikabulkan_seluruhnya: { ke: 'dikabulkan_seluruhnya' },
  dikabulkan_sebagian: { ke: 'dikabulkan_sebagian', bagian: [{ bagian: 'Daftar nama penerima', alasan: 'Data pribadi (Pasal 17 huruf h)' }] },
  ditolak: { ke: 'ditolak', dasar: 'pasal_17_b' },
  ditarik: { ke: 'ditarik', alasan: 'Pemohon menarik permohonan melalui telepon' },
  diteruskan: { ke: 'diteruskan', tujuan: 'Badan Uji B' },
};

/** A registered request put straight into `status`, as if its earlier steps had happened. */
async function requestIn(status: Status) {
  const { permohonan: row } = await registerPermohonan(w.services, f.tenant, f.unitA, sampleRequest(), admin);
  if (status !== 'terdaftar') await w.services.db.update(permohonan).set({ status }).where(eq(permohonan.id, row.id));
  return row;
}

async function statusOf(id: string) {
  const [row] = await w.services.db.select().from(permohonan).where(eq(permohonan.id, id));
  return row!;
}

const pairs = statuses.flatMap((from) =>
  statuses.filter((to) => to !== 'terdaftar').map((to) => ({ from, to, allowed: allowedTransitions[from].includes(to) })),
);

describe('the request state machine', () => {
  it('allows exactly the transitions of UU 14/2008 Pasal 22', () => {
    expect(pairs.filter((p) => p.allowed).map((p) => `${p.from}>${p.to}`)).toEqual([
      'terdaftar>diproses',
      'terdaftar>ditarik',
      'terdaftar>diteruskan',
      'diproses>diperpanjang',
      'diproses>dikabulkan_seluruhnya',
      'diproses>dikabulkan_sebagian',
      'diproses>ditolak',
      'diproses>ditarik',
      'diproses>diteruskan',
      'diperpanjang>dikabulkan_seluruhnya',
      'diperpanjang>dikabulkan_sebagian',
      'diperpanjang>ditolak',
      'diperpanjang>ditarik',
      'diperpanjang>diteruskan',
    ]);
  });

  it.each(pairs.filter((p) => p.allowed))('$from → $to is allowed and writes history and audit', async ({ from, to }) => {
    const row = await requestIn(from);
    const updated = await transitionPermohonan(w.services, admin, await loadActor(w.services.db, admin), row.id, inputFor[to]!);
    expect(updated.status).toBe(to);
    expect((await statusOf(row.id)).status).toBe(to);
    const last = (await historyOf(w.services.db, row.id)).at(-1)!;
    expect(last).toMatchObject({ fromStatus: from, toStatus: to, actorUserId: admin.id, actorLabel: admin.email });
    const audits = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, row.id), eq(auditLog.action, `permohonan.${to}`)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.before).toMatchObject({ status: from });
    expect(audits[0]!.after).toMatchObject({ status: to });
    if (to === 'diperpanjang') expect(updated.extendedDueDate).toBe(extendedDeadline(await deadlineCalendar(w.services.db, f.tenant.id, 2026), row.dueDate!));
    if (['dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak', 'ditarik', 'diteruskan'].includes(to)) {
      expect(updated.decidedAt).toBeInstanceOf(Date);
      expect(updated.decision).toMatchObject({ kind: to });
    }
  });

  it.each(pairs.filter((p) => !p.allowed))('$from → $to is refused and changes nothing', async ({ from, to }) => {
    const row = await requestIn(from);
    const before = await historyOf(w.services.db, row.id);
    const attempt = transitionPermohonan(w.services, admin, await loadActor(w.services.db, admin), row.id, inputFor[to]!);
    await expect(attempt).rejects.toMatchObject({ code: 'conflict', messageKey: 'permohonan.transition_refused', field: 'ke' });
    expect((await statusOf(row.id)).status).toBe(from);
    expect(await historyOf(w.services.db, row.id)).toHaveLength(before.length);
  });
});

describe('what each step needs', () => {
  const act = async (id: string, input: TransitionInput, user = admin) =>
    transitionPermohonan(w.services, user, await loadActor(w.services.db, user), id, input);

  it('an extension needs a written reason and must come before the deadline', async () => {
    const row = await requestIn('diproses');
    await expect(act(row.id, { ke: 'diperpanjang', alasan: '  ' })).rejects.toMatchObject({ code: 'invalid', field: 'alasan' });
    await w.services.db.update(permohonan).set({ dueDate: '2026-01-05' }).where(eq(permohonan.id, row.id));
    await expect(act(row.id, inputFor.diperpanjang!)).rejects.toMatchObject({ code: 'conflict', messageKey: 'permohonan.extension_too_late' });
    expect((await statusOf(row.id)).extendedDueDate).toBeNull();
  });

  it('the extension adds 7 working days to the original due date, skipping holidays', async () => {
    const calendar = await deadlineCalendar(w.services.db, f.tenant.id, 2026);
    // Due Monday 6 April 2026: Tue 7 … Wed 15 April are the 7 working days (no holiday in between).
    expect(extendedDeadline(calendar, '2026-04-06')).toBe('2026-04-15');
    // Due Tuesday 17 March 2026: 18 cuti bersama, 19 Nyepi, 20 cuti bersama, 21–22 Idul Fitri, 23–24 cuti
    // bersama; then 25, 26, 27, 30, 31 March, 1 and 2 April.
    expect(extendedDeadline(calendar, '2026-03-17')).toBe('2026-04-02');
  });

  it('a partial grant names every withheld part with its reason', async () => {
    const row = await requestIn('diproses');
    await expect(act(row.id, { ke: 'dikabulkan_sebagian', bagian: [] })).rejects.toMatchObject({ code: 'invalid', field: 'bagian' });
    await expect(act(row.id, { ke: 'dikabulkan_sebagian', bagian: [{ bagian: 'Lampiran 2', alasan: ' ' }] })).rejects.toMatchObject({ field: 'bagian.0' });
    const done = await act(row.id, inputFor.dikabulkan_sebagian!);
    expect(done.decision).toEqual({ kind: 'dikabulkan_sebagian', bagian: [{ bagian: 'Daftar nama penerima', alasan: 'Data pribadi (Pasal 17 huruf h)' }] });
  });

  it('a refusal because the information is not held names who holds it', async () => {
    const row = await requestIn('diproses');
    await expect(act(row.id, { ke: 'ditolak', dasar: 'tidak_dikuasai' })).rejects.toMatchObject({ code: 'invalid', field: 'pemegang' });
    const done = await act(row.id, { ke: 'ditolak', dasar: 'tidak_dikuasai', pemegang: 'Badan Pusat Statistik Provinsi Uji' });
    expect(done.decision).toEqual({ kind: 'ditolak', dasar: 'tidak_dikuasai', pemegang: 'Badan Pusat Statistik Provinsi Uji' });
  });

  it('a forward names where it went', async () => {
    const row = await requestIn('terdaftar');
    await expect(act(row.id, { ke: 'diteruskan', tujuan: ' ' })).rejects.toMatchObject({ code: 'invalid', field: 'tujuan' });
  });

  it('only admins and the unit’s own PPID may process its requests', async () => {
    const pelaksanaA = sessionUser(await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-pelaksana-a', PASSWORD));
    const utamaB = sessionUser(await addOfficer(w.services, f.tenant.id, f.unitB.id, 'ppid_utama', 'ppid-utama-b', PASSWORD));
    const row = await requestIn('terdaftar');
    for (const outsider of [sessionUser(f.writerA), sessionUser(f.headA), utamaB]) {
      const attempt = act(row.id, inputFor.diproses!, outsider);
      await expect(attempt).rejects.toBeInstanceOf(AppError);
      await expect(attempt).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect((await act(row.id, inputFor.diproses!, pelaksanaA)).status).toBe('diproses');
  });
});
