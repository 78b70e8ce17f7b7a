import { getRouteApi } from '@tanstack/react-router';
import { MediaPage } from '../../pages/media.tsx';
import { MediaItemPage } from '../../pages/media-item.tsx';

// The media library's screens (one chunk).
const list = getRouteApi('/signedIn/media/');
const item = getRouteApi('/signedIn/media/$id');

export function MediaScreen() {
  return <MediaPage search={list.useSearch()} />;
}

export function MediaItemScreen() {
  const { id } = item.useParams();
  return <MediaItemPage key={id} id={id} />;
}
