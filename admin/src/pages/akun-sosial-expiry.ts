import type { MessageKey } from '../messages.ts';
import type { Akun } from './akun-sosial-types.ts';
import type { Words } from './kiriman-words.ts';

/**
 * What the accounts table says about how long a connection lasts. Warta renews access tokens by
 * itself (X's live two hours, Google's one), so their end is no date a person must act on: the
 * column says they renew, and names a date only when a person must reconnect before it.
 */
export function akunExpiry(a: Pick<Akun, 'mode' | 'status' | 'tokenExpiresAt' | 'peringatan' | 'peringatanSampai'>): Words | null {
  if (a.mode === 'manual' || a.status !== 'terhubung') return null;
  if (a.peringatan === 'segera_kedaluwarsa') return { key: 'sosial.expiresOn', date: a.peringatanSampai ?? a.tokenExpiresAt ?? undefined };
  const key: MessageKey = a.tokenExpiresAt ? 'sosial.autoRenewed' : 'sosial.noExpiry';
  return { key };
}
