import type { Queryable } from '../../../db/types.ts';
import type { Lang } from '../../../i18n/catalogue.ts';
import { canEditIn } from '../../konten/get-konten.ts';
import { kontenInTenant, revisiOf } from '../../konten/load-konten.ts';
import type { OrgActor } from '../../org/actor.ts';
import { assertOrg, canOrg } from '../../org/policy.ts';
import type { Platform } from '../platform.ts';
import { derivedFields } from './derive.ts';
import { accountFacts, loadVariants, variantOf } from './load-variants.ts';

/**
 * An item's variants for the editor: one per account of its unit, each as it stands (the item's
 * defaults where nobody edited it), with the fields still following the item and its problems in
 * the reader's language. The item's media and each account's facts come along so the editor can
 * run the same limit check live while typing, without asking the server.
 */
export async function listVarian(db: Queryable, publicUrl: string, actor: OrgActor, lang: Lang, kontenId: string) {
  const row = await kontenInTenant(db, actor.tenantId, kontenId);
  assertOrg(actor, 'konten.view', row.unitId);
  const revisi = await revisiOf(db, row.id, row.currentRevisionId as string);
  const set = await loadVariants(db, publicUrl, row, revisi);
  return {
    kontenId: row.id,
    unitId: row.unitId,
    canEdit: canEditIn(row.status) && canOrg(actor, 'konten.write', row.unitId),
    item: set.item,
    accounts: set.accounts.map((akun) => {
      const platform = akun.platform as Platform;
      const { fields, problems } = variantOf(set, akun);
      const stored = set.rows.get(akun.id);
      return {
        akun: { id: akun.id, platform, nama: akun.nama, mode: akun.mode, status: akun.status, simulasi: akun.simulasi, profileUrl: akun.profileUrl },
        facts: accountFacts(akun, set.item),
        varian: fields,
        /** The fields still following the item; a variant never saved follows it wholly. */
        turunan: stored?.turunan ?? ['teks', 'judul', 'mediaIds'],
        /** Saved switches (the rest are defaults), so the editor derives the same defaults. */
        pengaturanTersimpan: stored?.pengaturan ?? {},
        bawaan: derivedFields(platform, set.item),
        /** Connected after the head approved: the approval wrote a row for every account it covers, none for this one. */
        setelahPersetujuan: row.approvedHash !== null && !stored,
        problems: problems.map((p) => ({ field: p.field, message: p.message[lang] })),
      };
    }),
  };
}
export type VarianList = Awaited<ReturnType<typeof listVarian>>;
