import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { sosialAkun } from '../schema.ts';

export type AkunRow = typeof sosialAkun.$inferSelect;

/** One account of the tenant (404 otherwise); `lock` holds the row for the rest of the transaction. */
export async function akunInTenant(db: Queryable, tenantId: string, id: string, opts: { lock?: boolean } = {}): Promise<AkunRow> {
  const query = db
    .select()
    .from(sosialAkun)
    .where(and(eq(sosialAkun.id, id), eq(sosialAkun.tenantId, tenantId)));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'sosial.akun.not_found');
  return row;
}

/** What the admin and the team see of an account: never a token. */
export function viewAkun(row: AkunRow) {
  return {
    id: row.id,
    unitId: row.unitId,
    platform: row.platform,
    mode: row.mode,
    status: row.status,
    nama: row.nama,
    profileUrl: row.profileUrl,
    externalAccountId: row.externalAccountId,
    tokenExpiresAt: row.tokenExpiresAt?.toISOString() ?? null,
    lastErrorCode: row.lastErrorCode,
    simulasi: row.simulasi,
    connectedAt: row.connectedAt?.toISOString() ?? null,
  };
}
export type AkunView = ReturnType<typeof viewAkun>;
