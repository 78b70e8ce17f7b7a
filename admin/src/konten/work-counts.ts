import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { MessageKey } from '../messages.ts';

/** One kind of waiting content work on GET /api/beranda: how many, and the newest few. */
export type WaitingBlock = { count: number; items: { id: string; judul: string; unitId: string; unitName: string; status: string; updatedAt: string }[] };

/** The content block of GET /api/beranda (src/modules/konten/waiting-konten.ts); null blocks are not this person's. */
export type KontenWork = Record<
  'untukDitinjau' | 'untukDisetujui' | 'untukDiterbitkan' | 'dikembalikan' | 'mediaCenterKeputusan' | 'mediaCenterTerbit',
  WaitingBlock | null
>;

/** Each block's words and the screen it opens. */
export const kontenLines: Array<{ key: keyof KontenWork; label: MessageKey; to: string; menu: '/konten' | '/media-center' }> = [
  { key: 'dikembalikan', label: 'work.kontenReturned', to: '/konten?tampilan=daftar&status=dikembalikan', menu: '/konten' },
  { key: 'untukDitinjau', label: 'work.kontenToReview', to: '/konten?tampilan=daftar&status=diajukan', menu: '/konten' },
  { key: 'untukDisetujui', label: 'work.kontenToApprove', to: '/konten?tampilan=daftar&status=menunggu_persetujuan', menu: '/konten' },
  { key: 'untukDiterbitkan', label: 'work.kontenToPublish', to: '/konten?tampilan=daftar&status=disetujui', menu: '/konten' },
  { key: 'mediaCenterKeputusan', label: 'work.kontenMediaCenter', to: '/media-center?status=diusulkan', menu: '/media-center' },
  { key: 'mediaCenterTerbit', label: 'work.kontenMediaCenterPublish', to: '/media-center?status=diterima', menu: '/media-center' },
];

/** GET /api/beranda's content part, cached: the home and the menu badges read the same answer, refreshed after every content change. */
export function useKontenWork() {
  return useQuery({ queryKey: ['beranda'], queryFn: () => api<{ konten?: KontenWork }>('/beranda'), staleTime: 60_000 });
}

/** Counts for the menu's badges. */
export function useMenuCounts(): Record<string, number> {
  const work = useKontenWork().data?.konten;
  const counts: Record<string, number> = {};
  if (!work) return counts;
  for (const line of kontenLines) counts[line.menu] = (counts[line.menu] ?? 0) + (work[line.key]?.count ?? 0);
  return counts;
}
