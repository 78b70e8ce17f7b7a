import type { MessageKey } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import type { InformasiChange, InformasiInput } from './fields.ts';
import { addMonths, BERKALA_MONTHS } from './informasi-dates.ts';
import type { InformasiRow } from './schema.ts';

type Stored = Omit<InformasiRow, 'id' | 'tenantId' | 'unitId' | 'diarsipkanAt' | 'alasanArsip' | 'createdAt' | 'updatedAt'>;

// Perki 1/2021 Pasal 49: an exemption stands only with its ground, basis, test, period and decision.
const ujiKonsekuensiFields = ['pasal17Huruf', 'dasarHukum', 'ujiKonsekuensi', 'pengecualianBerakhir', 'penetapanNomor', 'penetapanTanggal'] as const;
const exemptionFields = [...ujiKonsekuensiFields, 'masaPengecualian'] as const;

function refuse(messageKey: MessageKey, field: string, params: Record<string, string> = {}): never {
  throw new AppError('invalid', messageKey, field, params);
}

/**
 * The values to store for an item after a create (no `before`) or a change: fills the default
 * next update of berkala information, clears fields that do not belong to the class, and refuses
 * an incomplete consequence test or an update schedule longer than six months, naming the field.
 */
export function settleInformasi(change: InformasiInput | InformasiChange, before?: InformasiRow): Stored {
  const base: Partial<Stored> = before ?? {};
  const item = { ...base, ...definedOnly(change) } as Stored;
  if (item.klasifikasi !== 'dikecualikan' && !item.tanggalTerbit) refuse('informasi.tanggal_terbit_required', 'tanggalTerbit');

  if (item.klasifikasi === 'berkala') {
    const recompute = change.pembaruanBerikutnya === undefined && (change.tanggalTerbit !== undefined || !item.pembaruanBerikutnya);
    const max = addMonths(item.tanggalTerbit!, BERKALA_MONTHS);
    if (recompute) item.pembaruanBerikutnya = max;
    const next = item.pembaruanBerikutnya;
    if (!next || next <= item.tanggalTerbit! || next > max) refuse('informasi.pembaruan_range', 'pembaruanBerikutnya', { max });
  } else {
    item.pembaruanBerikutnya = null;
  }

  if (item.klasifikasi === 'dikecualikan') {
    for (const field of ujiKonsekuensiFields) if (!item[field]) refuse(`informasi.incomplete.${field}`, field);
    if (item.pengecualianBerakhir! <= item.penetapanTanggal!) refuse('informasi.pengecualian_range', 'pengecualianBerakhir');
  } else {
    for (const field of exemptionFields) item[field] = null;
  }
  return item;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
