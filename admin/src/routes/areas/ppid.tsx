import { getRouteApi } from '@tanstack/react-router';
import { HariKerjaPage } from '../../pages/ppid-hari-kerja.tsx';
import { InformasiListPage } from '../../pages/ppid-informasi.tsx';
import { InformasiItemPage, InformasiNewPage } from '../../pages/ppid-informasi-item.tsx';
import { KeberatanListPage } from '../../pages/ppid-keberatan.tsx';
import { KeberatanNewPage } from '../../pages/ppid-keberatan-baru.tsx';
import { KeberatanDetailPage } from '../../pages/ppid-keberatan-detail.tsx';
import { PermohonanListPage } from '../../pages/ppid-permohonan.tsx';
import { PermohonanNewPage } from '../../pages/ppid-permohonan-baru.tsx';
import { PermohonanDetailPage } from '../../pages/ppid-permohonan-detail.tsx';

// The PPID area's screens (one chunk): requests, objections, the information list, working days.
const permohonanList = getRouteApi('/signedIn/permohonan/');
const permohonanNew = getRouteApi('/signedIn/permohonan/baru');
const permohonanItem = getRouteApi('/signedIn/permohonan/$id');
const keberatanList = getRouteApi('/signedIn/keberatan/');
const keberatanNew = getRouteApi('/signedIn/keberatan/baru');
const keberatanItem = getRouteApi('/signedIn/keberatan/$id');
const informasiList = getRouteApi('/signedIn/informasi/');
const informasiNew = getRouteApi('/signedIn/informasi/baru');
const informasiItem = getRouteApi('/signedIn/informasi/$id');
const hariKerja = getRouteApi('/signedIn/hari-kerja');

export function PermohonanListScreen() {
  return <PermohonanListPage search={permohonanList.useSearch()} />;
}

export function PermohonanNewScreen() {
  const { unit } = permohonanNew.useSearch();
  return <PermohonanNewPage key={unit ?? ''} unit={unit} />;
}

export function PermohonanDetailScreen() {
  const { id } = permohonanItem.useParams();
  return <PermohonanDetailPage key={id} id={id} />;
}

export function KeberatanListScreen() {
  return <KeberatanListPage search={keberatanList.useSearch()} />;
}

export function KeberatanNewScreen() {
  const search = keberatanNew.useSearch();
  return <KeberatanNewPage key={JSON.stringify(search)} search={search} />;
}

export function KeberatanDetailScreen() {
  const { id } = keberatanItem.useParams();
  return <KeberatanDetailPage key={id} id={id} />;
}

export function InformasiListScreen() {
  return <InformasiListPage search={informasiList.useSearch()} />;
}

export function InformasiNewScreen() {
  const { unit } = informasiNew.useSearch();
  return <InformasiNewPage key={unit ?? ''} unit={unit} />;
}

export function InformasiItemScreen() {
  const { id } = informasiItem.useParams();
  return <InformasiItemPage key={id} id={id} />;
}

export function HariKerjaScreen() {
  return <HariKerjaPage tahun={hariKerja.useSearch().tahun} />;
}
