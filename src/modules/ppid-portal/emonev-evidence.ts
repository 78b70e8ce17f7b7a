import type { Queryable } from '../../db/types.ts';
import { type Lang, t } from '../../i18n/catalogue.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import { viewOf } from '../informasi/informasi-view.ts';
import { listInformasi } from '../informasi/list-informasi.ts';
import { listDecrees } from '../org/find-decrees.ts';
import type { Unit } from '../org/find-units.ts';
import { listTeam } from '../org/list-team.ts';
import { listSitePages } from '../site/list-site-pages.ts';
import { countRegister } from './load-public-register.ts';
import { parseServiceHours } from './service-hours.ts';
import { sopList } from './sop-list.ts';

/** The six indicators of the Komisi Informasi's e-Monev self-assessment questionnaire (SAQ). */
export const emonevIndicators = ['jenis_informasi', 'kualitas_informasi', 'pelayanan', 'sarana', 'komitmen', 'digitalisasi'] as const;
export type EmonevIndicator = (typeof emonevIndicators)[number];

/**
 * One piece of supporting evidence (data dukung) the questionnaire asks for: where Warta publishes
 * it (path parts below the unit's site, or null when it is not a public page) and whether it is there.
 */
export type Evidence = { id: string; indicator: EmonevIndicator; label: string; path: string[] | null; present: boolean; detail: string | null };

const ppidRoles = new Set(['ppid_utama', 'ppid_pelaksana']);

/**
 * Checks every evidence item for a unit against what it has actually published. `segments` are
 * the portal sections this installation serves: an item whose page does not exist is missing.
 */
export async function emonevEvidence(
  db: Queryable,
  unit: Unit,
  timeZone: string,
  segments: ReadonlySet<string>,
  lang: Lang,
  now = new Date(),
): Promise<Evidence[]> {
  const today = localDateOf(now, timeZone);
  const year = Number(today.slice(0, 4));
  const items = (await listInformasi(db, { unitId: unit.id })).map((row) => viewOf(row, today));
  const pages = new Map(
    (await listSitePages(db, unit.id, ['ppid-maklumat', 'ppid-sop', 'ppid-jam-layanan', 'fasilitas', 'struktur-organisasi'])).map((p) => [
      p.slug,
      p.updatedAt && p.body.trim() ? p.body : '',
    ]),
  );
  const decreeIds = new Set((await listTeam(db, unit.id)).filter((m) => ppidRoles.has(m.role) && m.decreeId).map((m) => m.decreeId));
  const decrees = decreeIds.size > 0 ? (await listDecrees(db, unit.tenantId)).filter((d) => decreeIds.has(d.id)) : [];
  const requests = await countRegister(db, unit.id, year);

  const count = (k: string) => items.filter((i) => i.klasifikasi === k).length;
  const dipCount = items.length - count('dikecualikan');
  const overdue = items.filter((i) => i.perluDiperbarui).length;
  const sops = sopList(pages.get('ppid-sop') ?? '').sops.length;
  const hours = parseServiceHours(pages.get('ppid-jam-layanan') ?? '');
  const has = (segment: string) => segments.has(segment);
  const n = (key: 'items' | 'sops', value: number) => t(lang, `ppid_portal.emonev.detail.${key}`, { count: value });
  const notBuilt = t(lang, 'ppid_portal.emonev.detail.not_built');

  const list: Array<Omit<Evidence, 'label'>> = [
    { id: 'dip', indicator: 'jenis_informasi', path: ['ppid', 'dip'], present: has('dip') && dipCount > 0, detail: n('items', dipCount) },
    { id: 'berkala', indicator: 'jenis_informasi', path: ['ppid', 'dip'], present: has('dip') && count('berkala') > 0, detail: n('items', count('berkala')) },
    {
      id: 'serta_merta',
      indicator: 'jenis_informasi',
      path: ['ppid', 'dip'],
      present: has('dip') && count('serta_merta') > 0,
      detail: n('items', count('serta_merta')),
    },
    {
      id: 'setiap_saat',
      indicator: 'jenis_informasi',
      path: ['ppid', 'dip'],
      present: has('dip') && count('setiap_saat') > 0,
      detail: n('items', count('setiap_saat')),
    },
    {
      id: 'dik',
      indicator: 'jenis_informasi',
      path: ['ppid', 'dik'],
      present: has('dik') && count('dikecualikan') > 0,
      detail: n('items', count('dikecualikan')),
    },
    {
      id: 'berkala_mutakhir',
      indicator: 'kualitas_informasi',
      path: ['ppid', 'dip'],
      present: has('dip') && count('berkala') > 0 && overdue === 0,
      detail: overdue > 0 ? t(lang, 'ppid_portal.emonev.detail.overdue', { count: overdue }) : null,
    },
    { id: 'maklumat', indicator: 'pelayanan', path: ['ppid', 'maklumat'], present: has('maklumat') && pages.get('ppid-maklumat') !== '', detail: null },
    { id: 'sop', indicator: 'pelayanan', path: ['ppid', 'sop'], present: has('sop') && sops > 0, detail: n('sops', sops) },
    {
      id: 'jam_layanan',
      indicator: 'pelayanan',
      path: ['ppid', 'jam-layanan'],
      present: has('jam-layanan') && hours.ok && hours.rows.length > 0,
      detail: null,
    },
    {
      id: 'formulir_permohonan',
      indicator: 'pelayanan',
      path: ['ppid', 'permohonan'],
      present: has('permohonan'),
      detail: has('permohonan') ? null : notBuilt,
    },
    { id: 'formulir_keberatan', indicator: 'pelayanan', path: ['ppid', 'keberatan'], present: has('keberatan'), detail: has('keberatan') ? null : notBuilt },
    {
      id: 'register',
      indicator: 'pelayanan',
      path: ['ppid', 'register'],
      present: has('register'),
      detail: t(lang, 'ppid_portal.emonev.detail.requests', { count: requests, year }),
    },
    {
      id: 'laporan',
      indicator: 'pelayanan',
      path: has('laporan') ? ['ppid', 'laporan'] : null,
      present: has('laporan'),
      detail: has('laporan') ? null : notBuilt,
    },
    { id: 'fasilitas', indicator: 'sarana', path: ['profil', 'fasilitas'], present: pages.get('fasilitas') !== '', detail: null },
    { id: 'laman_ppid', indicator: 'sarana', path: ['ppid'], present: true, detail: null },
    {
      id: 'sk_ppid',
      indicator: 'komitmen',
      path: null,
      present: decrees.length > 0,
      detail: decrees.length > 0 ? t(lang, 'ppid_portal.emonev.detail.decrees', { numbers: decrees.map((d) => d.number).join(', ') }) : null,
    },
    { id: 'struktur', indicator: 'komitmen', path: ['profil', 'struktur-organisasi'], present: pages.get('struktur-organisasi') !== '', detail: null },
    {
      id: 'lacak',
      indicator: 'digitalisasi',
      path: has('permohonan') ? ['ppid', 'permohonan', 'lacak'] : null,
      present: has('permohonan'),
      detail: has('permohonan') ? null : notBuilt,
    },
  ];
  return list.map((e) => ({ ...e, label: t(lang, `ppid_portal.emonev.item.${e.id}` as Parameters<typeof t>[1]) }));
}
