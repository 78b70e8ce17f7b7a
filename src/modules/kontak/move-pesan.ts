import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Db, Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { OrgActor } from '../org/actor.ts';
import { pesanAlur } from './alur.ts';
import type { Pesan } from './receive-pesan.ts';
import { pesanMasuk } from './schema.ts';
import type { StatusPesan } from './terms.ts';

/** One message of the user's tenant; another tenant's is "not found", so ids cannot be probed. */
export async function pesanInTenant(db: Queryable, tenantId: string, id: string, opts: { lock?: boolean } = {}): Promise<Pesan> {
  const query = db
    .select()
    .from(pesanMasuk)
    .where(and(eq(pesanMasuk.id, id), eq(pesanMasuk.tenantId, tenantId)));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'error.not_found');
  return row;
}

/** Moves a message along its workflow (read, answered, archived), with its history step and audit row. */
export async function movePesan(db: Db, user: SessionUser, actor: OrgActor, id: string, to: StatusPesan): Promise<Pesan> {
  return inTransaction(db, async (tx) => {
    const row = await pesanInTenant(tx, user.tenantId, id, { lock: true });
    return pesanAlur.move(
      tx,
      { by: { user, actor }, unitId: row.unitId, entityId: row.id, from: row.status as StatusPesan, to, ctx: undefined },
      async (at) => {
        const [updated] = await tx.update(pesanMasuk).set({ status: to, updatedAt: at }).where(eq(pesanMasuk.id, row.id)).returning();
        return { result: updated as Pesan };
      },
    );
  });
}
