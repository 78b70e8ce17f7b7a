import type { MessageKey } from '../messages.ts';

type Posted = { status: string; dijadwalkan: string; terbitAt: string | null };
/** A message and its date (an ISO time, formatted by the screen in the agency's zone). */
export type Words = { key: MessageKey; date?: string };

/**
 * One post's state as the publishing panel says it: the state, and the minute that belongs to it.
 * A published post reads "Terbit 8 Des 2026, 07.33 WITA" and a queued one "Dijadwalkan …", not the
 * state followed by the same word again in brackets; other states keep their first publication.
 */
export function kirimanWords(k: Posted | null): Words[] {
  if (!k) return [{ key: 'kiriman.notSent' }];
  if (k.status === 'antri') return [{ key: 'kiriman.status.antriAt', date: k.dijadwalkan }];
  if (k.status === 'terbit' && k.terbitAt) return [{ key: 'kiriman.status.terbitAt', date: k.terbitAt }];
  const state: Words = { key: `kiriman.status.${k.status}` as MessageKey };
  return k.terbitAt ? [state, { key: 'kiriman.publishedAt', date: k.terbitAt }] : [state];
}
