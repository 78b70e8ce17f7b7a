import { inTransaction } from '../../../db/transaction.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import { platformNames } from '../messages.ts';
import type { Platform } from '../platform.ts';
import { type DerivableField, derivedFields } from './derive.ts';
import { settingsSchemas } from './settings.ts';
import { type By, openVariant, writeVariant } from './write-varian.ts';

/** A variant as the editor sends it: `null` in teks, judul or mediaIds means "follow the website item". */
export type SaveVarian = {
  aktif: boolean;
  teks: string | null;
  judul: string | null;
  utas: string[];
  mediaIds: string[] | null;
  pengaturan: Record<string, unknown>;
};

/**
 * Saves one account's variant of an item (the writers and editors of its unit, as for the text).
 * The switches are checked with the platform's schema and the media must be the item's photos or
 * videos (400 naming the field); limits are not refused here — the editor shows them, approval
 * refuses them. A change after approval sends the item back to review.
 */
export async function saveVarian(services: Services, by: By, kontenId: string, akunId: string, input: SaveVarian): Promise<void> {
  await inTransaction(services.db, async (tx, afterCommit) => {
    const scope = await openVariant(tx, services, by, kontenId, akunId);
    const platform = scope.akun.platform as Platform;
    const parsed = settingsSchemas[platform].safeParse(input.pengaturan);
    if (!parsed.success) {
      const field = `pengaturan.${parsed.error.issues[0]?.path.join('.') ?? ''}`.replace(/\.$/, '');
      throw new AppError('invalid', 'sosial.varian.settings_invalid', field, { platform: platformNames[platform], field });
    }
    if (platform !== 'x' && input.utas.length > 0) throw new AppError('invalid', 'sosial.varian.thread_only_x', 'utas');
    input.mediaIds?.forEach((id, i) => {
      if (!scope.item.media.some((m) => m.id === id)) throw new AppError('invalid', 'sosial.varian.media_not_in_item', `mediaIds.${i}`, { index: i + 1 });
    });
    const derived = derivedFields(platform, scope.item);
    const turunan: DerivableField[] = [];
    if (input.teks === null) turunan.push('teks');
    if (input.judul === null) turunan.push('judul');
    if (input.mediaIds === null) turunan.push('mediaIds');
    await writeVariant(tx, services, afterCommit, by, scope, {
      aktif: input.aktif,
      teks: input.teks ?? derived.teks,
      judul: input.judul === null ? derived.judul : input.judul,
      utas: input.utas,
      mediaIds: input.mediaIds ?? derived.mediaIds,
      pengaturan: parsed.data,
      turunan,
    });
  });
}
