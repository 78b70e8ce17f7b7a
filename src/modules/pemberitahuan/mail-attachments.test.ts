import { describe, expect, it } from 'vitest';
import type { LampiranView } from '../lampiran/lampiran-view.ts';
import { NOTICE_MAIL_MAX_BYTES, splitMailAttachments } from './mail-attachments.ts';

const MB = 1024 * 1024;
const file = (id: string, size: number): LampiranView => ({
  id,
  kind: 'file',
  title: id,
  fileName: `${id}.pdf`,
  mediaType: 'application/pdf',
  size,
  sha256: '0'.repeat(64),
  url: null,
  createdAt: '2026-03-02T02:00:00.000Z',
});
const link: LampiranView = { ...file('tautan', 0), kind: 'link', fileName: null, mediaType: null, size: null, url: 'https://uji.test/' };

describe('which files ride with the notice e-mail', () => {
  it('takes files in order while the total stays within 7 MB, skips a file that does not fit, never a link', () => {
    expect(NOTICE_MAIL_MAX_BYTES).toBe(7 * MB);
    // 3 MB fits (3); 5 MB would make 8: left for the tracking page; 2 MB fits (5); 2 MB fits (7 exactly); 1 byte more does not.
    const { attached, tooLarge } = splitMailAttachments([file('a', 3 * MB), file('b', 5 * MB), link, file('c', 2 * MB), file('d', 2 * MB), file('e', 1)]);
    expect(attached.map((a) => a.lampiranId)).toEqual(['a', 'c', 'd']);
    expect(tooLarge.map((a) => a.id)).toEqual(['b', 'e']);
    expect(attached[0]).toEqual({ lampiranId: 'a', fileName: 'a.pdf', mediaType: 'application/pdf' });
  });
});
