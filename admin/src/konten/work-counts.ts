import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { MessageKey } from '../messages.ts';

/** The content block of one unit on GET /api/beranda: counts of what waits on this person (null blocks are not theirs). */
export type KontenWork = Partial<Record<'untukDitinjau' | 'untukDisetujui' | 'dikembalikan' | 'untukTerbit', number | null>>;

/** Each count's words and the board or list it opens. */
export const kontenLines: Array<{ key: keyof KontenWork; label: MessageKey; status: string }> = [
  { key: 'dikembalikan', label: 'work.kontenReturned', status: 'dikembalikan' },
  { key: 'untukDitinjau', label: 'work.kontenToReview', status: 'diajukan' },
  { key: 'untukDisetujui', label: 'work.kontenToApprove', status: 'menunggu_persetujuan' },
  { key: 'untukTerbit', label: 'work.kontenToPublish', status: 'disetujui' },
];

type BerandaCounts = { unit: Array<{ konten?: KontenWork | null }>; mediaCenter?: number | null };

/** The sum of a unit's content counts. */
export function kontenTotal(work: KontenWork | null | undefined): number {
  return kontenLines.reduce((sum, line) => sum + (work?.[line.key] ?? 0), 0);
}

/** Counts for the menu's badges, from the same answer as the home (cached; read again after every content change). */
export function useMenuCounts(): Record<string, number> {
  const beranda = useQuery({ queryKey: ['beranda'], queryFn: () => api<BerandaCounts>('/beranda'), staleTime: 60_000 });
  const data = beranda.data;
  if (!data) return {};
  return { '/konten': data.unit.reduce((sum, u) => sum + kontenTotal(u.konten), 0), '/media-center': data.mediaCenter ?? 0 };
}
