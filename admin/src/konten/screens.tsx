import type { ReactNode } from 'react';
import { match, type Route } from '../router.ts';
import { ApprovePage } from './approve-page.tsx';
import { EditKontenPage } from './edit-page.tsx';
import { KontenPage } from './konten-page.tsx';
import { MediaCenterPage } from './media-center-page.tsx';
import { NewKontenPage } from './new-page.tsx';

/** The content screens' addresses, so screens.tsx needs one line for all of them; null when the path is not one. */
export function kontenScreen(route: Route): ReactNode {
  const { path, query } = route;
  if (path === '/konten') return <KontenPage query={query} />;
  if (path === '/konten/baru') return <NewKontenPage key={query.toString()} query={query} />;
  if (path === '/media-center') return <MediaCenterPage query={query} />;
  const approve = match('/konten/:id/setujui', path);
  if (approve?.id) return <ApprovePage key={approve.id} id={approve.id} />;
  const item = match('/konten/:id', path);
  if (item?.id) return <EditKontenPage key={item.id} id={item.id} />;
  return null;
}
