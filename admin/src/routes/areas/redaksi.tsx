import { getRouteApi } from '@tanstack/react-router';
import { LiputanListPage } from '../../pages/liputan.tsx';
import { LiputanDetailPage } from '../../pages/liputan-detail.tsx';
import { LiputanNewPage } from '../../pages/liputan-form.tsx';
import { RencanaPage } from '../../pages/rencana.tsx';

// The newsroom's screens (one chunk, with the plan's calendar): the editorial plan and coverage assignments.
const rencana = getRouteApi('/signedIn/rencana');
const liputanList = getRouteApi('/signedIn/liputan/');
const liputanNew = getRouteApi('/signedIn/liputan/baru');
const liputanItem = getRouteApi('/signedIn/liputan/$id');

export function RencanaScreen() {
  const { unit } = rencana.useSearch();
  return <RencanaPage key={unit ?? ''} unit={unit} />;
}

export function LiputanListScreen() {
  return <LiputanListPage search={liputanList.useSearch()} />;
}

export function LiputanNewScreen() {
  const { unit } = liputanNew.useSearch();
  return <LiputanNewPage key={unit ?? ''} unit={unit} />;
}

export function LiputanDetailScreen() {
  const { id } = liputanItem.useParams();
  const { baru } = liputanItem.useSearch();
  return <LiputanDetailPage key={id} id={id} justCreated={Boolean(baru)} />;
}
