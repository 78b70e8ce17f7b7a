import { getRouteApi } from '@tanstack/react-router';
import { ApprovePage } from '../../konten/approve-page.tsx';
import { EditKontenPage } from '../../konten/edit-page.tsx';
import { KontenPage } from '../../konten/konten-page.tsx';
import { MediaCenterPage } from '../../konten/media-center-page.tsx';
import { NewKontenPage } from '../../konten/new-page.tsx';

// The content area's screens (one chunk): each reads its typed address and hands it to the page.
const list = getRouteApi('/signedIn/konten/');
const create = getRouteApi('/signedIn/konten/baru');
const item = getRouteApi('/signedIn/konten/$id');
const approve = getRouteApi('/signedIn/konten/$id/setujui');
const mediaCenter = getRouteApi('/signedIn/media-center');

export function KontenScreen() {
  return <KontenPage search={list.useSearch()} />;
}

export function KontenNewScreen() {
  const search = create.useSearch();
  // A new address (another unit or kind) starts a fresh form.
  return <NewKontenPage key={JSON.stringify(search)} search={search} />;
}

export function KontenItemScreen() {
  const { id } = item.useParams();
  return <EditKontenPage key={id} id={id} />;
}

export function KontenApproveScreen() {
  const { id } = approve.useParams();
  return <ApprovePage key={id} id={id} />;
}

export function MediaCenterScreen() {
  return <MediaCenterPage tab={mediaCenter.useSearch().status} />;
}
