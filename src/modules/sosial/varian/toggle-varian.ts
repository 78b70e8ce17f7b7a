import { inTransaction } from '../../../db/transaction.ts';
import type { Services } from '../../../services.ts';
import type { Platform } from '../platform.ts';
import { derivableFields, effectiveVariant } from './derive.ts';
import { type By, openVariant, writeVariant } from './write-varian.ts';

/**
 * Turns an account on or off for an item, keeping the rest of its variant (a variant never saved
 * keeps following the item). A change after approval sends the item back to review.
 */
export async function toggleVarian(services: Services, by: By, kontenId: string, akunId: string, aktif: boolean): Promise<void> {
  await inTransaction(services.db, async (tx, afterCommit) => {
    const scope = await openVariant(tx, services, by, kontenId, akunId);
    const { stored } = scope;
    if (stored) return writeVariant(tx, services, afterCommit, by, scope, { ...stored, aktif });
    const fields = effectiveVariant(scope.akun.platform as Platform, null, scope.item);
    // Only the switch is a person's choice: the text, title, media and settings go on following the item.
    return writeVariant(tx, services, afterCommit, by, scope, { ...fields, aktif, pengaturan: {}, turunan: [...derivableFields] });
  });
}
