import { lazy, type ReactNode, Suspense } from 'react';
import { t } from '../i18n.ts';
import { match, type Route } from '../router.ts';

// The plan and assignment screens load when first opened, keeping the admin's first load as it was.
const RencanaPage = lazy(() => import('./rencana.tsx').then((m) => ({ default: m.RencanaPage })));
const LiputanListPage = lazy(() => import('./liputan.tsx').then((m) => ({ default: m.LiputanListPage })));
const LiputanNewPage = lazy(() => import('./liputan-form.tsx').then((m) => ({ default: m.LiputanNewPage })));
const LiputanDetailPage = lazy(() => import('./liputan-detail.tsx').then((m) => ({ default: m.LiputanDetailPage })));

const loading = <p className="loading">{t('app.loading')}</p>;

/** The editorial plan's and the assignments' addresses, so screens.tsx needs one line; null when the path is not one. */
export function redaksiScreen(route: Route): ReactNode {
  const { path, query } = route;
  const screen = (node: ReactNode) => <Suspense fallback={loading}>{node}</Suspense>;
  if (path === '/rencana') return screen(<RencanaPage key={query.get('unit') ?? ''} query={query} />);
  if (path === '/liputan') return screen(<LiputanListPage query={query} />);
  if (path === '/liputan/baru') return screen(<LiputanNewPage key={query.toString()} query={query} />);
  const liputan = match('/liputan/:id', path);
  if (liputan?.id) return screen(<LiputanDetailPage key={liputan.id} id={liputan.id} query={query} />);
  return null;
}
