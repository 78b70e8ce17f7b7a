import { AppError } from '../../lib/errors.ts';
import { daysBetween } from '../hari-kerja/local-date.ts';
import type { OrgActor } from '../org/actor.ts';
import { canOrg } from '../org/policy.ts';
import { rencanaAlur } from './alur.ts';
import type { RencanaListed } from './list-rencana.ts';
import type { RencanaRow } from './load-rencana.ts';
import type { StatusRencana } from './terms.ts';

/** A plan item as the admin reads it, with what this person may do with it. */
export function rencanaView(row: RencanaRow & { pemilikNama?: string | null }, actor: OrgActor) {
  return {
    id: row.id,
    unitId: row.unitId,
    judul: row.judul,
    tema: row.tema,
    tanggal: row.tanggal,
    jam: row.jam,
    platform: row.platform,
    jenis: row.jenis,
    pemilikPersonId: row.pemilikPersonId,
    pemilikNama: row.pemilikNama ?? null,
    catatan: row.catatan,
    status: row.status,
    kontenId: row.kontenId,
    bisaUbah: canOrg(actor, 'rencana.manage', row.unitId),
    langkah: rencanaAlur.movesFor(actor, row.unitId, row.status as StatusRencana, undefined),
  };
}

export type RencanaView = ReturnType<typeof rencanaView>;
export type { RencanaListed };

/** The longest period one request may ask for: a year and a little, for a year's export. */
export const MAX_PERIOD_DAYS = 400;

/** Refuses a period that ends before it starts or spans more than MAX_PERIOD_DAYS. */
export function assertPeriod(from: string, to: string): void {
  const days = daysBetween(from, to);
  if (days <= 0 || days > MAX_PERIOD_DAYS) throw new AppError('invalid', 'rencana.period_invalid', 'sampai');
}
