/** Team roles of DOMAIN.md §2, each scoped to one unit. Values are stable identifiers; labels are for people. */
export const teamRoles = [
  'penanggung_jawab',
  'redaktur',
  'editor',
  'editor_video',
  'kameramen',
  'kontributor',
  'admin_medsos',
  'developer',
  'bidang_terkait',
  'koordinator_media_center',
  'admin_pendamping',
  'ppid_utama',
  'ppid_pelaksana',
  'atasan_ppid',
  'evaluator',
  'anggota',
] as const;

export type TeamRole = (typeof teamRoles)[number];

export const teamRoleLabels: Record<TeamRole, { id: string; en: string }> = {
  penanggung_jawab: { id: 'Penanggung jawab / Kepala unit', en: 'Head of unit (approver)' },
  redaktur: { id: 'Redaktur', en: 'Managing editor' },
  editor: { id: 'Editor / Penyunting', en: 'Editor' },
  editor_video: { id: 'Editor video', en: 'Video editor' },
  kameramen: { id: 'Kameramen / Pilot drone', en: 'Camera operator / drone pilot' },
  kontributor: { id: 'Pembuat artikel / Kontributor', en: 'Writer / contributor' },
  admin_medsos: { id: 'Admin media sosial / Administrator website', en: 'Social media / website administrator' },
  developer: { id: 'Pengembang website', en: 'Website developer' },
  bidang_terkait: { id: 'Bidang terkait', en: 'Related division' },
  koordinator_media_center: { id: 'Koordinator Media Center', en: 'Media Center coordinator' },
  admin_pendamping: { id: 'Admin pendamping Media Center', en: 'Media Center assisting admin' },
  ppid_utama: { id: 'PPID Utama', en: 'Principal information officer (PPID Utama)' },
  ppid_pelaksana: { id: 'PPID Pelaksana', en: 'Unit information officer (PPID Pelaksana)' },
  atasan_ppid: { id: 'Atasan PPID', en: 'PPID superior (decides objections)' },
  evaluator: { id: 'Evaluator Diskominfo', en: 'Diskominfo evaluator' },
  anggota: { id: 'Anggota tim publikasi', en: 'Publication team member' },
};

export const timeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TimeZone = (typeof timeZones)[number];
export const timeZoneLabel: Record<TimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export const unitKinds = ['pemda', 'dinas', 'badan', 'biro', 'sekretariat', 'inspektorat', 'pusat', 'balai', 'kantor', 'rsud', 'lainnya'] as const;
export type UnitKind = (typeof unitKinds)[number];

export const tenantKinds = ['provinsi', 'kabupaten', 'kota', 'kementerian', 'lembaga'] as const;
