import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Db } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { AlumniInput } from './fields.ts';
import { type AlumniRow, alumni } from './schema.ts';

const shown = (r: AlumniRow) => ({
  program: r.program,
  tahun: r.tahun,
  angkatan: r.angkatan,
  nama: r.nama,
  nip: r.nip,
  instansi: r.instansi,
  jabatan: r.jabatan,
});

/** Changes one participant (the caller checked it belongs to a unit the user keeps), audited with before and after. */
export async function updateAlumni(db: Db, user: SessionUser, before: AlumniRow, input: AlumniInput): Promise<AlumniRow> {
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .update(alumni)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(alumni.id, before.id))
      .returning();
    await recordAudit(tx, actorOf(user), {
      action: 'alumni.updated',
      entity: 'alumni',
      entityId: before.id,
      tenantId: before.tenantId,
      before: shown(before),
      after: shown(row!),
    });
    await markSiteChanged(tx, { tenantId: before.tenantId, unitId: before.unitId, reason: 'alumni' });
    return row!;
  });
}

/** Removes one participant from the list, audited with what was removed. */
export async function deleteAlumni(db: Db, user: SessionUser, before: AlumniRow): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.delete(alumni).where(eq(alumni.id, before.id));
    await recordAudit(tx, actorOf(user), { action: 'alumni.deleted', entity: 'alumni', entityId: before.id, tenantId: before.tenantId, before: shown(before) });
    await markSiteChanged(tx, { tenantId: before.tenantId, unitId: before.unitId, reason: 'alumni' });
  });
}
