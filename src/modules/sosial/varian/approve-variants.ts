import type { Tx } from '../../../db/types.ts';
import type { MessageKey } from '../../../i18n/catalogue.ts';
import { AppError } from '../../../lib/errors.ts';
import type { KontenRow, RevisiRow } from '../../konten/load-konten.ts';
import { sosialVarian } from '../schema.ts';
import { approvalHash, type BoundVariant } from './approval-hash.ts';
import { derivableFields } from './derive.ts';
import { loadVariants, variantOf } from './load-variants.ts';

/**
 * The variants' part of the head's approval, in the approval's transaction: refuses (409, the
 * account and field named) while an active variant breaks a limit, then writes every variant as
 * it stands — the fields still following the item included — so the rows are exactly what was
 * approved and sent, and answers the approval hash over the active ones.
 */
export async function approveVariants(tx: Tx, publicUrl: string, row: KontenRow, revisi: RevisiRow): Promise<string> {
  const set = await loadVariants(tx, publicUrl, row, revisi);
  const bound: BoundVariant[] = [];
  const at = new Date();
  for (const akun of set.accounts) {
    const { fields, problems } = variantOf(set, akun, true);
    const problem = fields.aktif ? problems[0] : undefined;
    if (problem) throw new AppError('conflict', problem.code as MessageKey, `varian.${akun.id}.${problem.field}`, problem.params);
    const values = {
      aktif: fields.aktif,
      teks: fields.teks,
      judul: fields.judul,
      utas: fields.utas,
      // Media the item no longer shows are not sent.
      mediaIds: fields.mediaIds.filter((id) => set.item.media.some((m) => m.id === id)),
      pengaturan: fields.pengaturan as Record<string, unknown>,
    };
    await tx
      .insert(sosialVarian)
      .values({ kontenId: row.id, akunId: akun.id, ...values, turunan: set.rows.get(akun.id)?.turunan ?? [...derivableFields], updatedAt: at })
      .onConflictDoUpdate({ target: [sosialVarian.kontenId, sosialVarian.akunId], set: values });
    if (values.aktif) bound.push({ akunId: akun.id, ...values });
  }
  return approvalHash(revisi.hash, bound);
}
