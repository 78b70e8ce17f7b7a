import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { queryClient } from '../query.ts';
import type { Items, Unit } from '../types.ts';
import type { KontenDetail } from './types.ts';

/** One item with what the person may do with it now (also prefetched by its routes while the screen's code loads). */
export const kontenItemQuery = (id: string) => queryOptions({ queryKey: ['konten', 'item', id], queryFn: () => api<KontenDetail>(`/konten/${id}`) });

export function useKonten(id: string) {
  return useQuery(kontenItemQuery(id));
}

/** The tenant's units (the unit filter and the new item's unit). */
export function useUnits() {
  return useQuery({ queryKey: ['units'], queryFn: () => api<Items<Unit>>('/units'), staleTime: 60_000 });
}

/**
 * After a change to an item: its own answer is put in the cache at once, and the lists, the board,
 * the histories and the home counts are read again.
 */
export function afterChange(detail?: KontenDetail): void {
  if (detail) queryClient.setQueryData(['konten', 'item', detail.item.id], detail);
  void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'konten' && q.queryKey[1] !== 'katalog' && q.queryKey[1] !== 'item' });
  if (detail) void queryClient.invalidateQueries({ queryKey: ['konten', 'item', detail.item.id], refetchType: 'none' });
  void queryClient.invalidateQueries({ queryKey: ['beranda'] });
}
