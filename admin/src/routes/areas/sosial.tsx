import { getRouteApi } from '@tanstack/react-router';
import { AkunSosialPage } from '../../pages/akun-sosial.tsx';

// Social media's screens (one chunk).
const akun = getRouteApi('/signedIn/akun-sosial');

export function AkunSosialScreen() {
  return <AkunSosialPage search={akun.useSearch()} />;
}
