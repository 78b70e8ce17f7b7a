import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { loadActor } from '../org/actor.ts';
import { defineAlur } from './define-alur.ts';
import { listSteps, listStepsOf } from './list-steps.ts';

type State = 'draf' | 'diajukan' | 'disetujui' | 'dibatalkan';
type Ctx = { authorId: string; actorId: string };

// A small workflow of its own: the head approves, never their own work; anyone of the team submits.
const uji = defineAlur<State, Ctx>({
  entity: 'uji',
  transitions: { draf: ['diajukan', 'dibatalkan'], diajukan: ['disetujui', 'draf'], disetujui: [], dibatalkan: [] },
  may: (to) => (to === 'disetujui' ? 'team.manage' : 'unit.view'),
  guards: { disetujui: (ctx) => (ctx.authorId === ctx.actorId ? new AppError('forbidden', 'error.forbidden', 'ke') : null) },
  bySystem: ['dibatalkan'],
  refusedKey: 'permohonan.transition_refused',
});

let warta: TestWarta;
let fx: Fixture;
const entityId = '00000000-0000-4000-8000-000000000001';

const sessionUser = (u: Fixture['headA']): SessionUser => ({
  id: u.id,
  tenantId: u.tenantId,
  personId: u.personId,
  email: u.email,
  displayName: u.displayName,
  isAdmin: u.isAdmin,
  totpEnabled: false,
  mustEnable2fa: false,
});

beforeAll(async () => {
  warta = await startTestWarta();
  fx = await seedFixture(warta.services);
});
afterAll(() => warta.stop());

async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
    return 'allowed';
  } catch (err) {
    return err instanceof AppError ? `${err.code}:${err.field ?? ''}` : String(err);
  }
}

describe('defineAlur', () => {
  it('allows only the moves of its table', () => {
    expect(uji.canTransition('draf', 'diajukan')).toBe(true);
    expect(uji.canTransition('draf', 'disetujui')).toBe(false);
    expect(uji.canTransition('disetujui', 'draf')).toBe(false);
  });

  it('checks the role first, then the table, then the preconditions', async () => {
    const head = await loadActor(warta.services.db, sessionUser(fx.headA));
    const writer = await loadActor(warta.services.db, sessionUser(fx.writerA));
    const unit = fx.unitA.id;
    const ctx = { authorId: fx.writerA.id, actorId: fx.headA.id };
    expect(await refusal(() => uji.check(writer, unit, 'diajukan', 'disetujui', ctx))).toBe('forbidden:');
    expect(await refusal(() => uji.check(head, fx.unitB.id, 'diajukan', 'disetujui', ctx))).toBe('forbidden:');
    expect(await refusal(() => uji.check(head, unit, 'draf', 'disetujui', ctx))).toBe('conflict:ke');
    expect(await refusal(() => uji.check(head, unit, 'diajukan', 'disetujui', { ...ctx, authorId: fx.headA.id }))).toBe('forbidden:ke');
    expect(await refusal(() => uji.check(head, unit, 'diajukan', 'disetujui', ctx))).toBe('allowed');
    expect(uji.movesFor(head, unit, 'diajukan', ctx)).toEqual(['disetujui', 'draf']);
    expect(uji.movesFor(writer, unit, 'diajukan', ctx)).toEqual(['draf']);
    expect(uji.movesFor(head, unit, 'diajukan', { ...ctx, authorId: fx.headA.id })).toEqual(['draf']);
  });

  it('writes the step and the audit row with the change, and neither when the change fails', async () => {
    const user = sessionUser(fx.headA);
    const head = await loadActor(warta.services.db, user);
    const ctx = { authorId: fx.writerA.id, actorId: fx.headA.id };
    const base = { by: { user, actor: head }, unitId: fx.unitA.id, entityId, ctx };
    await expect(
      inTransaction(warta.services.db, (tx) =>
        uji.move(tx, { ...base, from: 'draf', to: 'diajukan' }, async () => {
          throw new AppError('invalid', 'error.conflict', 'judul');
        }),
      ),
    ).rejects.toThrow(AppError);
    expect(await listSteps(warta.services.db, 'uji', entityId)).toEqual([]);

    const result = await inTransaction(warta.services.db, (tx) =>
      uji.move(tx, { ...base, from: 'draf', to: 'diajukan' }, async () => ({ result: 'ok', note: '  siap  ' })),
    );
    expect(result).toBe('ok');
    await inTransaction(warta.services.db, (tx) => uji.move(tx, { ...base, from: 'diajukan', to: 'disetujui' }, async () => ({ result: null })));
    const steps = await listSteps(warta.services.db, 'uji', entityId);
    expect(steps.map((s) => [s.fromStatus, s.toStatus, s.note, s.actorUserId])).toEqual([
      ['draf', 'diajukan', 'siap', fx.headA.id],
      ['diajukan', 'disetujui', null, fx.headA.id],
    ]);
    expect((await listStepsOf(warta.services.db, 'uji', [entityId])).get(entityId)).toHaveLength(2);
    const audits = await warta.services.db
      .select({ action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'uji'), eq(auditLog.entityId, entityId)));
    expect(audits.map((a) => a.action)).toEqual(['uji.diajukan', 'uji.disetujui']);
    expect(audits[0]?.after).toEqual({ status: 'diajukan', note: 'siap' });
  });

  it('lets the system make only the moves it lists, still within the table', async () => {
    const sys = { by: 'system' as const, unitId: fx.unitA.id, entityId: '00000000-0000-4000-8000-000000000002', ctx: { authorId: 'x', actorId: 'y' } };
    await expect(
      inTransaction(warta.services.db, (tx) => uji.move(tx, { ...sys, from: 'diajukan', to: 'disetujui' }, async () => ({ result: null }))),
    ).rejects.toThrow(/system may not/);
    await expect(
      inTransaction(warta.services.db, (tx) => uji.move(tx, { ...sys, from: 'diajukan', to: 'dibatalkan' }, async () => ({ result: null }))),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    await inTransaction(warta.services.db, (tx) => uji.move(tx, { ...sys, from: 'draf', to: 'dibatalkan' }, async () => ({ result: null })));
    const [step] = await listSteps(warta.services.db, 'uji', sys.entityId);
    expect([step?.toStatus, step?.actorUserId, step?.actorLabel]).toEqual(['dibatalkan', null, 'sistem']);
  });

  it('refuses a move the table does not allow without calling the write', async () => {
    const user = sessionUser(fx.headA);
    const head = await loadActor(warta.services.db, user);
    let called = false;
    const attempt = inTransaction(warta.services.db, (tx) =>
      uji.move(
        tx,
        { by: { user, actor: head }, unitId: fx.unitA.id, entityId, ctx: { authorId: 'x', actorId: fx.headA.id }, from: 'disetujui', to: 'draf' },
        async () => {
          called = true;
          return { result: null };
        },
      ),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'conflict', field: 'ke' });
    expect(called).toBe(false);
  });
});
