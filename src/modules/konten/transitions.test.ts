import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { listSteps } from '../alur/list-steps.ts';
import { loadActor } from '../org/actor.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { kontenAlur } from './alur.ts';
import { createKonten } from './create-konten.ts';
import { getKonten } from './get-konten.ts';
import { revisiOf } from './load-konten.ts';
import { moveKonten } from './move-konten.ts';
import { saveKonten } from './save-konten.ts';
import { konten, kontenFbs } from './schema.ts';
import { savePengaturan } from './settings.ts';
import { type StatusKonten, statusKonten } from './terms.ts';
import { addContentTeam, type ContentTeam, doc } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let team: ContentTeam;

type Account = { id: string; tenantId: string; personId: string | null; email: string; displayName: string; isAdmin: boolean };
const session = (u: Account): SessionUser => ({ ...u, totpEnabled: false, mustEnable2fa: false });
const as = async (u: Account) => {
  const user = session(u);
  return { user, actor: await loadActor(w.services.db, user) };
};

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  team = await addContentTeam(w, f);
  // Unit B works without the redaktur step; its head says so.
  const headB = await addOfficer(w.services, f.tenant.id, f.unitB.id, 'penanggung_jawab', 'kepala-b', PASSWORD);
  const { user, actor } = await as(headB);
  await savePengaturan(w.services, user, actor, f.unitB.id, { wajibRedaktur: false });
});
afterAll(() => w.stop());

/** A new pengumuman of a unit, written by unit A's writer (or `by`). */
async function newItem(by: Account = f.writerA, unitId = f.unitA.id) {
  const { user, actor } = await as(by);
  return createKonten(w.services, user, actor, {
    unitId,
    jenis: 'pengumuman',
    judul: `Uji ${Math.random()}`,
    ringkasan: '',
    isi: doc('Isi.'),
    atribut: {},
    tags: [],
  });
}

/** An item put straight into a stage with what that stage implies (approval, live revision, schedule, the nine FBS items). */
async function itemIn(status: StatusKonten, unitId = f.unitA.id) {
  const d = await newItem(unitId === f.unitA.id ? f.writerA : team.writerB, unitId);
  const id = d.item.id;
  const rev = await revisiOf(w.services.db, id, d.revisi.id);
  const approved = ['disetujui', 'dijadwalkan', 'terbit', 'ditarik'].includes(status);
  await w.services.db
    .update(konten)
    .set({
      status,
      ...(approved ? { approvedRevisionId: rev.id, approvedHash: rev.hash, approvedBy: f.headA.id, approvedAt: new Date() } : {}),
      ...(status === 'terbit' ? { liveRevisionId: rev.id, publishedAt: new Date() } : {}),
      ...(status === 'dijadwalkan' ? { scheduledAt: new Date(Date.now() + 3600_000) } : {}),
    })
    .where(eq(konten.id, id));
  if (status === 'ditinjau')
    for (let item = 1; item <= 9; item++)
      await w.services.db.insert(kontenFbs).values({ kontenId: id, round: 1, item, revisionId: rev.id, confirmedBy: team.redaktur.id, confirmedLabel: 'r' });
  return id;
}

/** The one person of unit A who holds the role a move needs. */
function personFor(action: string): Account {
  const byAction: Record<string, Account> = {
    'konten.write': f.writerA,
    'konten.review': team.redaktur,
    'konten.approve': f.headA,
    'konten.publish': team.publisher,
    'konten.archive': team.publisher,
  };
  return byAction[action] as Account;
}

async function attempt(id: string, by: Account, ke: StatusKonten, extra: { catatan?: string | null; jadwal?: Date | null } = {}) {
  const { user, actor } = await as(by);
  try {
    await moveKonten(w.services, user, actor, id, { ke, catatan: 'Catatan uji', jadwal: new Date(Date.now() + 3600_000), ...extra });
    return 'allowed';
  } catch (err) {
    if (err instanceof AppError) return `${err.code}:${err.field ?? ''}`;
    throw err;
  }
}

// The contract's table, written out here on its own so the workflow's table is checked against it.
const allowed: Record<StatusKonten, StatusKonten[]> = {
  draf: ['diajukan', 'diarsipkan'],
  dikembalikan: ['diajukan', 'diarsipkan'],
  diajukan: ['ditinjau', 'dikembalikan', 'diarsipkan'],
  ditinjau: ['menunggu_persetujuan', 'dikembalikan', 'diarsipkan'],
  menunggu_persetujuan: ['disetujui', 'dikembalikan', 'diarsipkan'],
  disetujui: ['dijadwalkan', 'terbit', 'diarsipkan'],
  dijadwalkan: ['terbit', 'disetujui', 'diarsipkan'],
  terbit: ['ditarik'],
  ditarik: ['terbit', 'diarsipkan'],
  diarsipkan: [],
};

describe('every stage × every target, asked for directly in a unit with the redaktur step', () => {
  for (const from of statusKonten)
    it(`from ${from}`, async () => {
      const results: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const to of statusKonten) {
        const id = await itemIn(from);
        results[to] = await attempt(id, personFor(kontenAlur.may(to, from)), to);
        // Refused moves are conflicts on `ke`: outside the table, only reached by an edit, the
        // redaktur step skipped, or archiving what is still live.
        expected[to] = allowed[from].includes(to) ? 'allowed' : 'conflict:ke';
        if (results[to] === 'allowed') expect((await getKonten(w.services.db, (await as(f.admin)).actor, id)).item.status).toBe(to);
      }
      expect(results).toEqual(expected);
    });
});

describe('who may move', () => {
  it('refuses every role but the one the move belongs to (403), and everyone outside the unit', async () => {
    const cases: Array<[StatusKonten, StatusKonten, Account[]]> = [
      ['draf', 'diajukan', [team.writerB, team.evaluator, team.koordinator]],
      ['diajukan', 'ditinjau', [f.writerA, f.headA, team.publisher]],
      ['ditinjau', 'menunggu_persetujuan', [f.writerA, f.headA]],
      ['menunggu_persetujuan', 'disetujui', [f.writerA, team.redaktur, team.publisher, team.evaluator]],
      ['disetujui', 'terbit', [f.writerA, team.redaktur, f.headA]],
      ['terbit', 'ditarik', [f.writerA, f.headA]],
    ];
    for (const [from, to, refused] of cases)
      for (const who of refused)
        expect(`${from}→${to} by ${who.email}: ${await attempt(await itemIn(from), who, to)}`).toBe(`${from}→${to} by ${who.email}: forbidden:`);
  });

  it('never lets the head approve their own work, as creator or as writer of a revision (403 on ke)', async () => {
    const own = await newItem(f.headA);
    await w.services.db.update(konten).set({ status: 'menunggu_persetujuan' }).where(eq(konten.id, own.item.id));
    expect(await attempt(own.item.id, f.headA, 'disetujui')).toBe('forbidden:ke');

    const id = await itemIn('draf');
    const head = await as(f.headA);
    const d = await getKonten(w.services.db, head.actor, id);
    await saveKonten(w.services, head.user, head.actor, id, {
      baseRevisionId: d.revisi.id,
      judul: 'Disunting kepala',
      ringkasan: '',
      isi: doc('Isi.'),
      atribut: {},
      tags: [],
    });
    await w.services.db.update(konten).set({ status: 'menunggu_persetujuan' }).where(eq(konten.id, id));
    expect(await attempt(id, f.headA, 'disetujui')).toBe('forbidden:ke');
    expect((await getKonten(w.services.db, head.actor, id)).moves).not.toContain('disetujui');
    // An admin is no exception.
    const adminOwn = await newItem(f.admin);
    await w.services.db.update(konten).set({ status: 'menunggu_persetujuan' }).where(eq(konten.id, adminOwn.item.id));
    expect(await attempt(adminOwn.item.id, f.admin, 'disetujui')).toBe('forbidden:ke');
  });

  it('needs a note to return, a time at least a minute ahead to schedule, the nine FBS items to send for approval', async () => {
    expect(await attempt(await itemIn('diajukan'), team.redaktur, 'dikembalikan', { catatan: '  ' })).toBe('invalid:catatan');
    expect(await attempt(await itemIn('menunggu_persetujuan'), f.headA, 'dikembalikan', { catatan: null })).toBe('invalid:catatan');
    expect(await attempt(await itemIn('disetujui'), team.publisher, 'dijadwalkan', { jadwal: new Date(Date.now() + 30_000) })).toBe('invalid:jadwal');
    expect(await attempt(await itemIn('disetujui'), team.publisher, 'dijadwalkan', { jadwal: null })).toBe('invalid:jadwal');
    const id = await itemIn('ditinjau');
    await w.services.db.delete(kontenFbs).where(eq(kontenFbs.kontenId, id));
    expect(await attempt(id, team.redaktur, 'menunggu_persetujuan')).toBe('conflict:fbs');
  });
});

describe('a unit without the redaktur step', () => {
  it('sends drafts and returned items straight for approval, never to a redaktur', async () => {
    for (const from of ['draf', 'dikembalikan'] as const) {
      const id = await itemIn(from, f.unitB.id);
      expect(await attempt(id, team.writerB, 'diajukan')).toBe('conflict:ke');
      expect(await attempt(id, team.writerB, 'menunggu_persetujuan')).toBe('allowed');
    }
  });
});

describe('edits after approval', () => {
  const save = async (id: string, by: Account, judul: string) => {
    const { user, actor } = await as(by);
    const d = await getKonten(w.services.db, actor, id);
    return saveKonten(w.services, user, actor, id, {
      baseRevisionId: d.revisi.id,
      judul,
      ringkasan: d.revisi.ringkasan,
      isi: d.revisi.isi,
      atribut: {},
      tags: [],
    });
  };

  it('reopens review from every approved stage and drops the approval and the schedule', async () => {
    for (const from of ['menunggu_persetujuan', 'disetujui', 'dijadwalkan', 'terbit', 'ditarik'] as const) {
      const id = await itemIn(from);
      const d = await save(id, f.writerA, `Suntingan setelah ${from}`);
      expect([from, d.item.status]).toEqual([from, 'ditinjau']);
      expect([d.item.approvedRevisionId, d.item.approvedHash, d.item.scheduledAt]).toEqual([null, null, null]);
      const steps = await listSteps(w.services.db, 'konten', id);
      expect(steps.at(-1)).toMatchObject({ fromStatus: from, toStatus: 'ditinjau', actorUserId: f.writerA.id });
    }
  });

  it('keeps the stage of work in progress, and an unchanged save writes no revision', async () => {
    for (const from of ['draf', 'dikembalikan', 'diajukan', 'ditinjau'] as const) {
      const id = await itemIn(from);
      const d = await save(id, from === 'ditinjau' ? team.redaktur : f.writerA, `Suntingan ${from}`);
      expect([from, d.item.status, d.revisi.nomor]).toEqual([from, from, 2]);
      const again = await save(id, f.writerA, `Suntingan ${from}`);
      expect(again.revisi.id).toBe(d.revisi.id);
    }
  });

  it('in a unit without the redaktur step, goes back to the head', async () => {
    const id = await itemIn('terbit', f.unitB.id);
    expect((await save(id, team.writerB, 'Suntingan B')).item.status).toBe('menunggu_persetujuan');
  });

  it('keeps the live revision up while its successor is reviewed, and replaces it only when the successor is published', async () => {
    const id = await itemIn('terbit');
    const live = (await getKonten(w.services.db, (await as(f.admin)).actor, id)).revisi.id;
    const edited = await save(id, f.writerA, 'Versi kedua');
    expect(edited.item.status).toBe('ditinjau');
    expect(edited.liveRevisionId).toBe(live);
    expect(edited.revisi.id).not.toBe(live);
    // Nobody can publish the unapproved successor.
    for (let item = 1; item <= 9; item++)
      await w.services.db
        .insert(kontenFbs)
        .values({ kontenId: id, round: 1, item, revisionId: edited.revisi.id, confirmedBy: team.redaktur.id, confirmedLabel: 'r' })
        .onConflictDoNothing();
    expect(await attempt(id, team.publisher, 'terbit')).toBe('conflict:ke');
    expect(await attempt(id, team.redaktur, 'menunggu_persetujuan')).toBe('allowed');
    expect((await getKonten(w.services.db, (await as(f.admin)).actor, id)).liveRevisionId).toBe(live);
    expect(await attempt(id, f.headA, 'disetujui')).toBe('allowed');
    expect((await getKonten(w.services.db, (await as(f.admin)).actor, id)).liveRevisionId).toBe(live);
    expect(await attempt(id, team.publisher, 'terbit')).toBe('allowed');
    const after = await getKonten(w.services.db, (await as(f.admin)).actor, id);
    expect(after.liveRevisionId).toBe(edited.revisi.id);
    expect(after.item.status).toBe('terbit');
  });

  it('publishes only while the approved hash still matches the approved revision', async () => {
    const id = await itemIn('disetujui');
    await w.services.db.update(konten).set({ approvedHash: 'tampered' }).where(eq(konten.id, id));
    expect(await attempt(id, team.publisher, 'terbit')).toBe('conflict:ke');
    expect(await attempt(id, team.publisher, 'dijadwalkan')).toBe('conflict:ke');
    const [row] = await w.services.db.select().from(konten).where(eq(konten.id, id));
    expect(row?.liveRevisionId).toBeNull();
  });

  it('refuses a save based on a revision someone else replaced (409 baseRevisionId)', async () => {
    const id = await itemIn('draf');
    const { user, actor } = await as(f.writerA);
    const d = await getKonten(w.services.db, actor, id);
    await save(id, f.writerA, 'Lebih dulu');
    await expect(
      saveKonten(w.services, user, actor, id, { baseRevisionId: d.revisi.id, judul: 'Belakangan', ringkasan: '', isi: doc('x'), atribut: {}, tags: [] }),
    ).rejects.toMatchObject({ code: 'conflict', field: 'baseRevisionId' });
  });
});
