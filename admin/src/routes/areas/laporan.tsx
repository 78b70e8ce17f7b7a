import { getRouteApi } from '@tanstack/react-router';
import { LaporanPage } from '../../pages/laporan-kip.tsx';

// The KIP report (its own chunk: tables and downloads only its readers need).
const laporan = getRouteApi('/signedIn/laporan');

export function LaporanScreen() {
  return <LaporanPage search={laporan.useSearch()} />;
}
