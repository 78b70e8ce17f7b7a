import type { Tx } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import { actorOf, recordAudit, systemActor } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg, canOrg, type OrgAction } from '../org/policy.ts';
import { recordStep } from './record-step.ts';

/** A precondition of a move: null when it holds, else the error that refuses the move. */
export type Guard<S extends string, C> = (ctx: C, from: S) => AppError | null;

/** What a workflow is: its states, the allowed moves, who may make them and what they need. */
export type AlurDefinition<S extends string, C> = {
  /** The workflow's name: the history's and the audit's entity, the prefix of its audit actions. */
  entity: string;
  /** Every state with the states it may move to; a final state lists none. */
  transitions: Record<S, readonly S[]>;
  /** The organisation action a move to `to` needs in the row's unit. */
  may: (to: S, from: S) => OrgAction;
  /** Preconditions per target state, checked after the role and the table. */
  guards?: Partial<Record<S, Guard<S, C>>>;
  /** Targets the system itself may move to, with no person acting (a scheduled publication firing). */
  bySystem?: readonly S[];
  /** The catalogue key of the refusal of a move the table does not allow (params `from`, `to`). */
  refusedKey: ConstructorParameters<typeof AppError>[1];
};

/** One status change as the caller asks for it. */
export type Move<S extends string, C> = {
  /** The person moving it, or `'system'` for a move listed in `bySystem` (no role to check). */
  by: { user: SessionUser; actor: OrgActor } | 'system';
  unitId: string;
  entityId: string;
  from: S;
  to: S;
  ctx: C;
  /** Audit `before`; defaults to `{ status: from }`. */
  before?: Record<string, unknown>;
  at?: Date;
  /** The row's tenant, so a move by the system (no account) is still in that tenant's audit trail. */
  tenantId?: string;
};

/** What the caller's write returns: its result, the audit `after` and the history note. */
export type Applied<R> = { result: R; after?: Record<string, unknown>; note?: string | null };

/** A workflow: checks a move, lets the caller write it, then records its history step and audit row. */
export type Alur<S extends string, C> = AlurDefinition<S, C> & {
  canTransition(from: S, to: S): boolean;
  /** The states this actor may move a row in `from` to, in this unit, with this context (for screens). */
  movesFor(actor: OrgActor, unitId: string, from: S, ctx: C): S[];
  /** Refuses a move by role (403), table (409) or precondition (its own error); else returns. */
  check(actor: OrgActor, unitId: string, from: S, to: S, ctx: C): void;
  /** Checks, runs `apply` (the caller's write), records the step and the audit row, all in `tx`. */
  move<R>(tx: Tx, m: Move<S, C>, apply: (at: Date) => Promise<Applied<R>>): Promise<R>;
};

/**
 * Builds a workflow from its definition. Every state change of a workflow goes through its
 * `move`, so the role, the table and the preconditions are checked in one place and the history
 * and the audit trail can never disagree with the row.
 */
export function defineAlur<S extends string, C = undefined>(def: AlurDefinition<S, C>): Alur<S, C> {
  const canTransition = (from: S, to: S) => def.transitions[from]?.includes(to) ?? false;
  const refusal = (from: S, to: S, ctx: C): AppError | null => {
    if (!canTransition(from, to)) return new AppError('conflict', def.refusedKey, 'ke', { from, to });
    return def.guards?.[to]?.(ctx, from) ?? null;
  };
  const check = (actor: OrgActor, unitId: string, from: S, to: S, ctx: C) => {
    assertOrg(actor, def.may(to, from), unitId);
    const refused = refusal(from, to, ctx);
    if (refused) throw refused;
  };
  return {
    ...def,
    canTransition,
    check,
    movesFor(actor, unitId, from, ctx) {
      return (def.transitions[from] ?? []).filter((to) => canOrg(actor, def.may(to, from), unitId) && !refusal(from, to, ctx));
    },
    async move(tx, m, apply) {
      if (m.by === 'system') {
        if (!def.bySystem?.includes(m.to)) throw new Error(`${def.entity}: the system may not move to ${m.to}`);
        const refused = refusal(m.from, m.to, m.ctx);
        if (refused) throw refused;
      } else check(m.by.actor, m.unitId, m.from, m.to, m.ctx);
      const at = m.at ?? new Date();
      const applied = await apply(at);
      const actor = m.by === 'system' ? systemActor : actorOf(m.by.user);
      const note = applied.note?.trim() || null;
      await recordStep(tx, actor, { entity: def.entity, entityId: m.entityId, from: m.from, to: m.to, note, at });
      await recordAudit(tx, actor, {
        action: `${def.entity}.${m.to}`,
        entity: def.entity,
        entityId: m.entityId,
        tenantId: m.tenantId,
        before: m.before ?? { status: m.from },
        after: applied.after ?? { status: m.to, note },
      });
      return applied.result;
    },
  };
}
