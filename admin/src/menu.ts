import type { MessageKey } from './messages.ts';
import type { Abilities } from './session.tsx';

/** A screen of the main menu: its address, its label and the ability that opens it. */
export type MenuItem = { to: string; label: MessageKey; may: keyof Abilities | null };

/**
 * The main menu in order. The same table hides an entry (shell.tsx) and guards its screens: each
 * area's route has `beforeLoad: guardArea('/area')` (routes/guard.ts), which covers every address
 * below it, so a person never sees a menu entry that answers "not allowed".
 */
export const menu: readonly MenuItem[] = [
  { to: '/', label: 'nav.home', may: null },
  { to: '/konten', label: 'nav.konten', may: 'konten' },
  { to: '/media-center', label: 'nav.mediaCenter', may: 'mediaCenter' },
  { to: '/unit', label: 'nav.units', may: null },
  { to: '/orang', label: 'nav.people', may: 'people' },
  { to: '/rencana', label: 'nav.rencana', may: 'newsroom' },
  { to: '/liputan', label: 'nav.liputan', may: 'assignments' },
  { to: '/permohonan', label: 'nav.permohonan', may: 'requests' },
  { to: '/keberatan', label: 'nav.keberatan', may: 'objections' },
  { to: '/informasi', label: 'nav.informasi', may: 'informasi' },
  { to: '/media', label: 'nav.media', may: 'media' },
  { to: '/akun-sosial', label: 'nav.sosialAkun', may: 'sosialAkun' },
  { to: '/alumni', label: 'nav.alumni', may: 'media' },
  { to: '/hari-kerja', label: 'nav.hariKerja', may: 'calendar' },
  { to: '/laporan', label: 'nav.laporan', may: 'reports' },
  { to: '/sk', label: 'nav.decrees', may: 'admin' },
  { to: '/impor', label: 'nav.import', may: 'admin' },
  { to: '/impor-wordpress', label: 'nav.imporWp', may: 'admin' },
  { to: '/akun', label: 'nav.accounts', may: 'admin' },
  { to: '/audit', label: 'nav.audit', may: 'audit' },
  { to: '/pesan-masuk', label: 'nav.pesan', may: 'inbox' },
  { to: '/pengaturan-situs', label: 'nav.situs', may: 'siteSettings' },
  { to: '/kotak-keluar', label: 'nav.outbox', may: 'admin' },
  { to: '/instansi', label: 'nav.tenant', may: 'admin' },
  { to: '/keamanan', label: 'nav.security', may: null },
];

/** Whether a menu address is the path or holds it (`/permohonan` holds `/permohonan/…`). */
export function holds(to: string, path: string): boolean {
  return to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`);
}

/** Whether this person may open the area at `path` (or an address below it): false only for a menu area their abilities do not open. */
export function mayOpen(path: string, can: Abilities): boolean {
  const item = menu.find((m) => m.to !== '/' && holds(m.to, path));
  return !item || item.may === null || can[item.may];
}
