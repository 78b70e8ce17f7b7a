import { lazy, type ReactNode, Suspense } from 'react';
import { t } from '../i18n.ts';
import { match, type Route } from '../router.ts';

// Loaded when first opened, so the admin's first load does not grow with them.
const SitusSettingsPage = lazy(() => import('./situs-settings.tsx').then((m) => ({ default: m.SitusSettingsPage })));
const PesanMasukPage = lazy(() => import('./pesan-masuk.tsx').then((m) => ({ default: m.PesanMasukPage })));
const PesanPage = lazy(() => import('./pesan-masuk.tsx').then((m) => ({ default: m.PesanPage })));

const loading = <p className="loading">{t('app.loading')}</p>;

/** The site settings' and the inbox's addresses, so screens.tsx needs one line; null when the path is not one. */
export function situsScreen(route: Route): ReactNode {
  const { path, query } = route;
  const screen = (node: ReactNode) => <Suspense fallback={loading}>{node}</Suspense>;
  if (path === '/pengaturan-situs') return screen(<SitusSettingsPage />);
  if (path === '/pesan-masuk') return screen(<PesanMasukPage query={query} />);
  const pesan = match('/pesan-masuk/:id', path);
  if (pesan?.id) return screen(<PesanPage key={pesan.id} id={pesan.id} />);
  return null;
}
