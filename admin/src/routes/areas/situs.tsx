import { getRouteApi } from '@tanstack/react-router';
import { AlumniPage } from '../../pages/alumni.tsx';
import { ImporWordPressPage } from '../../pages/impor-wordpress.tsx';
import { PesanMasukPage, PesanPage } from '../../pages/pesan-masuk.tsx';
import { SitusSettingsPage } from '../../pages/situs-settings.tsx';

// The website's own screens (one chunk): site settings, the contact inbox, alumni, the WordPress import.
const pesanList = getRouteApi('/signedIn/pesan-masuk/');
const pesan = getRouteApi('/signedIn/pesan-masuk/$id');

export const AlumniScreen = AlumniPage;
export const ImporWordPressScreen = ImporWordPressPage;
export const SitusSettingsScreen = SitusSettingsPage;

export function PesanMasukScreen() {
  return <PesanMasukPage search={pesanList.useSearch()} />;
}

export function PesanScreen() {
  const { id } = pesan.useParams();
  return <PesanPage key={id} id={id} />;
}
