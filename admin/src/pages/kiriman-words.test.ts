import { describe, expect, it } from 'vitest';
import { en, id } from '../messages.ts';
import { formatMessage } from '../plural.ts';
import { kirimanWords } from './kiriman-words.ts';

const say = (catalogue: typeof id | typeof en, post: Parameters<typeof kirimanWords>[0]) =>
  kirimanWords(post)
    .map((w, i) => {
      const text = formatMessage('id', catalogue[w.key], w.date ? { date: 'DATE' } : {});
      return i === 0 ? text : ` (${text})`;
    })
    .join('');

describe('the publishing panel’s words for one post', () => {
  it('names a published post’s minute once: "Terbit DATE", never "Terbit (terbit DATE)"', () => {
    const post = { status: 'terbit', dijadwalkan: '2026-12-08T00:00:00Z', terbitAt: '2026-12-08T00:01:00Z' };
    expect(say(id, post)).toBe('Terbit DATE');
    expect(say(en, post)).toBe('Published DATE');
  });

  it('names a queued post by its minute, a deleted one with when it had gone up, an unsent one plainly', () => {
    expect(say(id, { status: 'antri', dijadwalkan: '2026-12-09T00:00:00Z', terbitAt: null })).toBe('Dijadwalkan DATE');
    expect(say(id, { status: 'dihapus', dijadwalkan: '2026-12-08T00:00:00Z', terbitAt: '2026-12-08T00:01:00Z' })).toBe('Dihapus (terbit DATE)');
    expect(say(id, { status: 'gagal', dijadwalkan: '2026-12-08T00:00:00Z', terbitAt: null })).toBe('Gagal');
    expect(say(id, null)).toBe('Belum dikirim');
  });

  it('has a word in both languages for every state the server sends', () => {
    for (const status of ['antri', 'berjalan', 'belum_pasti', 'terbit', 'gagal', 'manual', 'dihapus', 'menghapus', 'gagal_hapus']) {
      for (const w of kirimanWords({ status, dijadwalkan: '2026-12-08T00:00:00Z', terbitAt: null })) {
        expect(id[w.key], status).toBeTruthy();
        expect(en[w.key], status).toBeTruthy();
      }
    }
  });
});
