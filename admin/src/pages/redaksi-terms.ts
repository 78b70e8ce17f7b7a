import type { KontenTautan } from '../konten/konten-picker.tsx';
import { useSession } from '../session.tsx';
import type { Items, Me, Unit } from '../types.ts';
import { type Loaded, useLoad } from '../ui/load.tsx';
import { zoneLabel } from '../zone.ts';

/** The shapes of src/modules/rencana/routes.ts and src/modules/liputan/routes.ts. */
export type RencanaItem = {
  id: string;
  unitId: string;
  judul: string;
  tema: string;
  tanggal: string;
  jam: string | null;
  platform: string[];
  jenis: string;
  pemilikPersonId: string | null;
  pemilikNama: string | null;
  catatan: string;
  status: string;
  kontenId: string | null;
  /** The linked content item with its stage (list, detail and saves carry it). */
  konten?: KontenTautan | null;
  bisaUbah: boolean;
  langkah: string[];
};

export type Published = { id: string; jenis: string; slug: string; judul: string; publishedAt: string };
export type Realisasi = {
  terencanaTerbit: Array<{ rencana: { id: string; judul: string; tanggal: string }; konten: Published }>;
  terencanaBelumTerbit: RencanaItem[];
  terbitTanpaRencana: Published[];
  jumlah: { terencanaTerbit: number; terencanaBelumTerbit: number; terbitTanpaRencana: number; dibatalkan: number };
};

export type Petugas = { personId: string; peran: string; nama: string };
export type Liputan = {
  id: string;
  unitId: string;
  unitNama: string | null;
  kegiatan: string;
  mulai: string;
  tanggal: string;
  jam: string;
  tempat: string;
  catatan: string;
  status: string;
  rencanaItemId: string | null;
  petugas: Petugas[];
  kontenIds?: string[];
  /** The products with their stage (the detail carries them). */
  konten?: KontenTautan[];
  saya: boolean;
  bisaUbah: boolean;
  langkah: string[];
};
export type Riwayat = Array<{ dari: string | null; ke: string; oleh: string; pada: string; catatan: string | null }>;
export type TeamPick = { personId: string; nama: string; peran: string[] };

export const platforms = ['website', 'facebook', 'instagram', 'x', 'youtube', 'tiktok'] as const;
export const jenisList = ['berita', 'artikel', 'pengumuman', 'publikasi', 'agenda', 'galeri', 'video'] as const;
export const peranList = ['kameramen', 'kontributor', 'editor_video', 'penulis'] as const;

/** Who plans and assigns in a unit (policy.ts `rencana.manage`, `liputan.manage`). */
export const plannerRoles = ['penanggung_jawab', 'redaktur', 'editor', 'admin_medsos'];

/** The zone's short name, as people in Indonesia write it. */
export function zoneName(me: Me): string {
  return zoneLabel(me.tenant.timeZone);
}

export type NewsroomUnits = { loaded: Loaded<Items<Unit>>; units: Unit[]; chosen: Unit | null };

/**
 * The units whose plan and assignments this person reads: every active unit for admins and
 * evaluators, else the units of their teams. The chosen one comes from `?unit=`, else the first
 * where they plan, else the first.
 */
export function useNewsroomUnits(wanted: string | null): NewsroomUnits {
  const { me } = useSession();
  const loaded = useLoad<Items<Unit>>('/units');
  const everyUnit = me.user.isAdmin || me.roles.some((r) => r.role === 'evaluator');
  const member = (unitId: string) => me.roles.some((r) => r.unitId === unitId);
  const units = (loaded.data?.items ?? []).filter((u) => u.active && (everyUnit || member(u.id)));
  const plans = (unitId: string) => me.roles.some((r) => r.unitId === unitId && plannerRoles.includes(r.role));
  const chosen = units.find((u) => u.id === wanted) ?? units.find((u) => plans(u.id)) ?? units[0] ?? null;
  return { loaded, units, chosen };
}
