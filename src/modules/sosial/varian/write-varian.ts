import { and, eq } from 'drizzle-orm';
import type { AfterCommit } from '../../../db/transaction.ts';
import type { Tx } from '../../../db/types.ts';
import type { SessionUser } from '../../../http/env.ts';
import { canonicalJson } from '../../../lib/canonical-json.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import { actorOf, recordAudit } from '../../audit/record-audit.ts';
import { canEditIn } from '../../konten/get-konten.ts';
import { type KontenRow, kontenInTenant, revisiOf } from '../../konten/load-konten.ts';
import { reopenAfterEdit } from '../../konten/reopen-after-edit.ts';
import type { OrgActor } from '../../org/actor.ts';
import { assertOrg } from '../../org/policy.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun, sosialVarian } from '../schema.ts';
import { effectiveVariant, type ItemSource, type StoredVariant } from './derive.ts';
import { type AkunRow, itemSource, type VarianRow } from './load-variants.ts';

export type By = { user: SessionUser; actor: OrgActor };
/** What a change of a variant works on: the locked item, its account, the stored row and the item's defaults. */
export type VariantScope = { row: KontenRow; akun: AkunRow; stored: VarianRow | null; item: ItemSource };

/** Locks the item (as a content edit does, so approval and edits queue), checks the writer's role and finds the account in the item's unit. */
export async function openVariant(tx: Tx, services: Services, by: By, kontenId: string, akunId: string): Promise<VariantScope> {
  const row = await kontenInTenant(tx, by.user.tenantId, kontenId, { lock: true });
  assertOrg(by.actor, 'konten.write', row.unitId);
  if (!canEditIn(row.status)) throw new AppError('conflict', 'konten.not_editable', 'ke');
  const [akun] = await tx
    .select()
    .from(sosialAkun)
    .where(and(eq(sosialAkun.id, akunId), eq(sosialAkun.unitId, row.unitId), eq(sosialAkun.tenantId, row.tenantId)));
  if (!akun) throw new AppError('not_found', 'sosial.varian.account_not_found', 'akunId');
  const [stored] = await tx
    .select()
    .from(sosialVarian)
    .where(and(eq(sosialVarian.kontenId, row.id), eq(sosialVarian.akunId, akun.id)));
  const item = await itemSource(tx, services.config.publicUrl, row, await revisiOf(tx, row.id, row.currentRevisionId as string));
  return { row, akun, stored: stored ?? null, item };
}

const storedOf = (r: VarianRow | null): StoredVariant | null => r && { ...r };
const snapshot = (v: StoredVariant) => ({
  aktif: v.aktif,
  teks: v.teks,
  judul: v.judul,
  utas: v.utas,
  mediaIds: v.mediaIds,
  pengaturan: v.pengaturan,
  turunan: v.turunan,
});

/**
 * Writes a variant and its audit row. When what would be sent changes — an active variant's
 * effective text, media or switches, or whether it is active — an item past approval goes back to
 * review through the content workflow (the same path as an edit of the text). Nothing changed:
 * nothing is written.
 */
export async function writeVariant(tx: Tx, services: Services, afterCommit: AfterCommit, by: By, scope: VariantScope, next: StoredVariant): Promise<void> {
  const { row, akun, stored, item } = scope;
  const platform = akun.platform as Platform;
  const before = stored ? snapshot(stored) : null;
  if (before && canonicalJson(before) === canonicalJson(snapshot(next))) return;
  const [written] = await tx
    .insert(sosialVarian)
    .values({ kontenId: row.id, akunId: akun.id, ...snapshot(next), updatedBy: by.user.id })
    .onConflictDoUpdate({ target: [sosialVarian.kontenId, sosialVarian.akunId], set: { ...snapshot(next), updatedBy: by.user.id, updatedAt: new Date() } })
    .returning({ id: sosialVarian.id });
  await recordAudit(tx, actorOf(by.user), {
    action: 'sosial.varian_saved',
    entity: 'sosial_varian',
    entityId: written?.id ?? null,
    before: before && { kontenId: row.id, akunId: akun.id, ...before },
    after: { kontenId: row.id, akunId: akun.id, ...snapshot(next) },
  });
  const was = effectiveVariant(platform, storedOf(stored), item);
  const now = effectiveVariant(platform, next, item);
  const sent = (v: typeof was) => (v.aktif ? canonicalJson(v) : 'inactive');
  if (sent(was) !== sent(now)) await reopenAfterEdit(tx, services, afterCommit, row, by);
}
