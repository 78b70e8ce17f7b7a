import { describe, expect, it } from 'vitest';
import { id } from '../messages.ts';
import { formatMessage } from '../plural.ts';
import { akunExpiry } from './akun-sosial-expiry.ts';

const connected = { mode: 'api' as const, status: 'terhubung' as const, peringatan: null, peringatanSampai: null };
const say = (a: Parameters<typeof akunExpiry>[0]) => {
  const w = akunExpiry(a);
  return w ? formatMessage('id', id[w.key], { date: w.date ?? 'NO DATE' }) : '—';
};

describe('the accounts table’s validity column', () => {
  it('shows no two-hour token end a person cannot act on: a renewing token reads "renewed automatically"', () => {
    expect(say({ ...connected, tokenExpiresAt: '2026-12-08T01:29:00Z' })).toBe('Diperbarui otomatis oleh Warta');
    expect(say({ ...connected, tokenExpiresAt: null })).toBe('Tidak kedaluwarsa');
  });

  it('names the date a person must reconnect before, the one the warning names', () => {
    const warned = {
      ...connected,
      tokenExpiresAt: '2026-12-09T00:00:00Z',
      peringatan: 'segera_kedaluwarsa' as const,
      peringatanSampai: '2026-12-12T23:30:00Z',
    };
    expect(akunExpiry(warned)).toEqual({ key: 'sosial.expiresOn', date: '2026-12-12T23:30:00Z' });
    expect(say(warned)).toBe('Sampai 2026-12-12T23:30:00Z');
  });

  it('says nothing for manual, disconnected or must-reconnect accounts (their state column says it)', () => {
    expect(say({ ...connected, mode: 'manual', tokenExpiresAt: null })).toBe('—');
    expect(say({ ...connected, status: 'terputus', tokenExpiresAt: '2026-12-08T01:29:00Z' })).toBe('—');
    expect(say({ ...connected, status: 'perlu_sambung_ulang', peringatan: 'perlu_sambung_ulang', tokenExpiresAt: '2026-12-08T01:29:00Z' })).toBe('—');
  });
});
