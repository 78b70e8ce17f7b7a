import type { ReactNode } from 'react';
import { match, type Route } from '../router.ts';
import { LaporanPage } from './laporan-kip.tsx';
import { HariKerjaPage } from './ppid-hari-kerja.tsx';
import { InformasiListPage } from './ppid-informasi.tsx';
import { InformasiItemPage, InformasiNewPage } from './ppid-informasi-item.tsx';
import { KeberatanListPage } from './ppid-keberatan.tsx';
import { KeberatanNewPage } from './ppid-keberatan-baru.tsx';
import { KeberatanDetailPage } from './ppid-keberatan-detail.tsx';
import { PermohonanListPage } from './ppid-permohonan.tsx';
import { PermohonanNewPage } from './ppid-permohonan-baru.tsx';
import { PermohonanDetailPage } from './ppid-permohonan-detail.tsx';

/** The PPID screens' addresses, so screens.tsx needs one line for all of them; null when the path is not one. */
export function ppidScreen(route: Route): ReactNode {
  const { path, query } = route;
  if (path === '/permohonan') return <PermohonanListPage query={query} />;
  if (path === '/permohonan/baru') return <PermohonanNewPage key={query.toString()} query={query} />;
  const permohonan = match('/permohonan/:id', path);
  if (permohonan?.id) return <PermohonanDetailPage key={permohonan.id} id={permohonan.id} />;
  if (path === '/keberatan') return <KeberatanListPage query={query} />;
  if (path === '/keberatan/baru') return <KeberatanNewPage key={query.toString()} query={query} />;
  const keberatan = match('/keberatan/:id', path);
  if (keberatan?.id) return <KeberatanDetailPage key={keberatan.id} id={keberatan.id} />;
  if (path === '/informasi') return <InformasiListPage query={query} />;
  if (path === '/informasi/baru') return <InformasiNewPage key={query.toString()} query={query} />;
  const informasi = match('/informasi/:id', path);
  if (informasi?.id) return <InformasiItemPage key={informasi.id} id={informasi.id} />;
  if (path === '/hari-kerja') return <HariKerjaPage query={query} />;
  if (path === '/laporan') return <LaporanPage query={query} />;
  return null;
}
