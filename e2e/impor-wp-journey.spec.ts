import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

// An admin brings an old WordPress site in: upload, the dry run's report, the run as a job the
// screen follows, the result, and the old address answering 301.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const site = 'https://lama-e2e.example.go.id';
const post = (id: number, slug: string, title: string) => `<item><title><![CDATA[${title}]]></title><link>${site}/${slug}/</link>
<guid isPermaLink="false">${site}/?p=${id}</guid><dc:creator><![CDATA[redaksi]]></dc:creator>
<content:encoded><![CDATA[<p>${title} diberitakan dari situs lama.</p>]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date><![CDATA[2025-02-0${id} 09:00:00]]></wp:post_date><wp:post_date_gmt><![CDATA[2025-02-0${id} 01:00:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[${slug}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_parent>0</wp:post_parent><wp:post_type><![CDATA[post]]></wp:post_type></item>`;
const wxr = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
<channel><title>Situs Lama</title><link>${site}</link><wp:base_site_url>${site}</wp:base_site_url>
<wp:author><wp:author_login><![CDATA[redaksi]]></wp:author_login><wp:author_email><![CDATA[redaksi@lama.test]]></wp:author_email><wp:author_display_name><![CDATA[Redaksi]]></wp:author_display_name></wp:author>
${post(1, 'jembatan-desa-diresmikan-e2e', 'Jembatan Desa Diresmikan')}
${post(2, 'pasar-rakyat-dibuka-e2e', 'Pasar Rakyat Dibuka')}
</channel></rss>`;

describe('the WordPress import screen', () => {
  it('upload, dry run report, the run followed to its result; the old address moves to the new page', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ locale: 'id-ID' });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/status of 401/.test(msg.text())) problems.push(msg.text());
    });
    await page.goto(`${inject('baseUrl')}/admin/`);
    await page.getByLabel('E-mail').fill('admin-kedua@nusalontar.example');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Impor WordPress' }).click();
    await page.getByRole('heading', { name: 'Impor dari WordPress', level: 1 }).waitFor();
    const unit = page.getByLabel('Unit tujuan');
    await unit.selectOption({ index: 1 });
    await page.getByLabel('Berkas ekspor WordPress (.xml)').setInputFiles({ name: 'ekspor.xml', mimeType: 'text/xml', buffer: Buffer.from(wxr) });
    await page.getByRole('button', { name: 'Unggah dan baca' }).click();
    await page.getByRole('heading', { name: 'Pemetaan' }).waitFor();
    await page.getByRole('button', { name: 'Uji coba (tanpa menyimpan)' }).click();
    await page.getByRole('heading', { name: 'Laporan uji coba' }).waitFor();
    await page.getByText('Semua entri siap diimpor').waitFor();
    await page
      .getByRole('row', { name: /Jembatan Desa Diresmikan/ })
      .getByText('Baru')
      .waitFor();
    await page.getByRole('button', { name: 'Jalankan impor' }).click();
    // The request answers at once; the screen follows the job until its result.
    await page.getByRole('heading', { name: 'Hasil impor' }).waitFor();
    await page.getByText(/Impor selesai: 2 naskah baru, 0 diperbarui, 0 tidak berubah, 0 gambar/).waitFor();
    // The mapping form is gone: a re-import starts from a new upload.
    expect(await page.getByRole('button', { name: 'Jalankan impor' }).count()).toBe(0);
    const moved = await context.request.get(`${inject('baseUrl')}/jembatan-desa-diresmikan-e2e/`, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    const target = moved.headers().location!;
    expect(target).toMatch(/\/berita\/[^/]+\/jembatan-desa-diresmikan-e2e$/);
    expect((await context.request.get(`${inject('baseUrl')}${target}`)).status()).toBe(200);
    expect(problems).toEqual([]);
  });
});
