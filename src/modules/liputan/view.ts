import { clockTimeOf } from '../../lib/zoned-time.ts';
import type { KontenTautan } from '../konten/linked-konten.ts';
import type { OrgActor } from '../org/actor.ts';
import { canOrg } from '../org/policy.ts';
import { type LiputanCtx, liputanAlur } from './alur.ts';
import type { LiputanRow, Petugas } from './load-liputan.ts';
import type { StatusLiputan } from './terms.ts';

/** An assignment as the admin reads it: times in the tenant's zone, the crew, and what this person may do. */
export function liputanView(
  row: LiputanRow & { unitNama?: string },
  crew: Petugas[],
  actor: OrgActor,
  personId: string | null,
  timeZone: string,
  extra: { kontenIds?: string[]; konten?: KontenTautan[] } = {},
) {
  const ctx: LiputanCtx = { petugas: personId !== null && crew.some((p) => p.personId === personId), pengelola: canOrg(actor, 'liputan.manage', row.unitId) };
  return {
    id: row.id,
    unitId: row.unitId,
    unitNama: row.unitNama ?? null,
    kegiatan: row.kegiatan,
    mulai: row.mulai.toISOString(),
    tanggal: row.tanggal,
    jam: clockTimeOf(row.mulai, timeZone),
    tempat: row.tempat,
    catatan: row.catatan,
    status: row.status,
    rencanaItemId: row.rencanaItemId,
    petugas: crew.map(({ personId: id, peran, nama }) => ({ personId: id, peran, nama })),
    ...(extra.kontenIds ? { kontenIds: extra.kontenIds, konten: extra.konten ?? [] } : {}),
    saya: ctx.petugas,
    bisaUbah: ctx.pengelola,
    langkah: liputanAlur.movesFor(actor, row.unitId, row.status as StatusLiputan, ctx),
  };
}
