import { describe, expect, it } from 'vitest';
import { chromiumAvailable, htmlToPdf } from '../../lib/chromium.ts';
import type { Notice } from './notice.ts';
import { renderNoticeHtml } from './render-html.tsx';

// A fictional notice as content; the HTML is what Chromium prints to the PDF.
const notice: Notice = {
  letterhead: [
    'PEMERINTAH PROVINSI UJI',
    'DINAS UJI A',
    'Pejabat Pengelola Informasi dan Dokumentasi (PPID)',
    'Jalan Khayalan No. 1, Kupang · 0380 000000 · ppid@uji.test',
  ],
  title: 'PEMBERITAHUAN TERTULIS',
  subtitle: ['Nomor: 001/PPID/2026', 'Tanggal: 10 Maret 2026'],
  intro: 'Berdasarkan permohonan informasi yang diterima pada 2 Maret 2026 dengan nomor 001/PMH/2026,',
  requester: [['Nama', 'Pemohon Fiktif']],
  asFollows: 'dengan ini kami sampaikan:',
  elements: [
    { label: 'a. Informasi dapat diberikan', lines: ['Seluruhnya'] },
    { label: 'b. Bentuk informasi', lines: ['Salinan elektronik'] },
  ],
  attachments: null,
  objection: { title: 'Hak mengajukan keberatan', text: 'Pemohon dapat mengajukan keberatan kepada Atasan PPID.' },
  signature: { placeDate: 'Kupang, 10 Maret 2026', role: 'PPID Pelaksana Dinas Uji A', name: 'Petugas Fiktif', nip: 'NIP 198001012005011001' },
};

describe('the notice HTML', () => {
  it('opens with a text letterhead: tenant, unit, the office and its address and contacts', async () => {
    const html = await renderNoticeHtml(notice, 'id');
    const header = /<header class="letterhead">([\s\S]*?)<\/header>/.exec(html)?.[1] ?? '';
    expect(header).toContain('<p class="tenant">PEMERINTAH PROVINSI UJI</p>');
    expect(header).toContain('<p class="unit">DINAS UJI A</p>');
    expect(header).toContain('<p class="office">Pejabat Pengelola Informasi dan Dokumentasi (PPID)</p>');
    expect(header).toContain('Jalan Khayalan No. 1, Kupang');
  });

  it('keeps the signature with the section before it, so it never stands alone on a page', async () => {
    const html = await renderNoticeHtml(notice, 'id');
    expect(html).toMatch(/\.closing \{ break-inside: avoid; \}/);
    const closing = /<div class="closing">([\s\S]*)<\/div>\s*<\/body>/.exec(html)?.[1] ?? '';
    // The last section (here the right to object) sits inside the unbreakable block, with the signature.
    expect(closing).toContain('<h2>Hak mengajukan keberatan</h2>');
    expect(closing).toContain('<p class="name">Petugas Fiktif</p>');
    expect(closing).not.toContain('b. Bentuk informasi');
    // Without an objection section the last lettered part goes with the signature.
    const granted = await renderNoticeHtml({ ...notice, objection: null }, 'id');
    expect(/<div class="closing">([\s\S]*)<\/div>\s*<\/body>/.exec(granted)?.[1]).toContain('b. Bentuk informasi');
  });

  it.skipIf(!chromiumAvailable())(
    'prints to a tagged (accessible) PDF',
    async () => {
      const pdf = await htmlToPdf(await renderNoticeHtml(notice, 'id'), 'pemberitahuan.pdf_unavailable');
      const text = new TextDecoder('latin1').decode(pdf);
      expect(text.startsWith('%PDF-')).toBe(true);
      expect(text).toContain('/StructTreeRoot');
      expect(text).toMatch(/\/MarkInfo\s*<<[^>]*\/Marked true/);
      // The document language reaches the PDF, so a screen reader reads it with Indonesian rules.
      expect(text).toContain('/Lang (id)');
    },
    60_000,
  );
});
