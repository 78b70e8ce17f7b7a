import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

// The home, website and social media screens as the unit’s team sees them, on a phone.
// The shared demo server: BPSDMD's inbox holds the demo's contact messages.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function signIn(email: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${inject('baseUrl')}/admin/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Menunggu Anda' }).waitFor();
  return page;
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('the team’s home, social media and website screens on a 375 px phone', () => {
  it('offers every team member something on the home when no item waits: writing for a writer, reading for the rest', { timeout: 60_000 }, async () => {
    const member = await signIn('anggota@nusalontar.example', 375);
    const konten = member.getByRole('region', { name: 'Konten' });
    await konten.getByText('Tidak ada naskah yang menunggu Anda saat ini.', { exact: false }).waitFor();
    await konten.getByRole('link', { name: 'Baca naskah unit Anda' }).click();
    await member.waitForURL(/\/admin\/konten/);
    expect(await konten.getByRole('link', { name: 'Tulis naskah baru' }).count()).toBe(0);
    await member.context().close();
    const writer = await signIn('editor-video@nusalontar.example', 375);
    await writer.getByRole('region', { name: 'Konten' }).getByRole('link', { name: 'Tulis naskah baru' }).click();
    await writer.waitForURL(/\/admin\/konten\/baru/);
    await writer.context().close();
  });

  it('adds a manual account; each account is a card that never widens the page', { timeout: 90_000 }, async () => {
    const page = await signIn('admin-medsos@nusalontar.example', 375);
    await page.goto(`${inject('baseUrl')}/admin/akun-sosial`);
    await page.getByRole('heading', { name: 'Akun media sosial', level: 1 }).waitFor();
    const unit = page.getByRole('region', { name: /^Badan Pengembangan Sumber Daya Manusia Daerah/ });
    const name = `Kanal manual ${Date.now().toString(36)}`;
    await unit.locator('summary').click();
    await unit.getByLabel('Nama akun').fill(name);
    await unit.getByLabel('Alamat profil (https://…)').fill('https://www.tiktok.com/@bpsdmd.contoh');
    await unit.getByRole('button', { name: 'Tambah akun manual' }).click();
    const row = unit.getByRole('row', { name: new RegExp(name) });
    await row.getByText('Manual (diunggah sendiri)').waitFor();
    // Each account is a card on the phone: its state reads across the card, not one word per line
    // in a squeezed column, and nothing (not even the "Putuskan <name>" text hidden for screen
    // readers) stretches the page sideways.
    expect(await row.getByText('Manual (diunggah sendiri)').evaluate((el) => el.closest('td')?.getBoundingClientRect().width)).toBeGreaterThan(250);
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    // The agency's apps (client IDs, callback addresses) are the tenant admin's: folded away here.
    const apps = page.getByRole('region', { name: 'Aplikasi instansi' });
    expect(await apps.getByText('Alamat callback untuk didaftarkan').first().isVisible()).toBe(false);
    await apps.getByText('Lihat aplikasi tiap platform').click();
    await apps.getByText('Alamat callback untuk didaftarkan').first().waitFor();
    await page.context().close();
  });

  it('finds the unread contact messages on the home, and an inbox filtered to nothing says so and offers every message', { timeout: 90_000 }, async () => {
    const page = await signIn('admin-medsos@nusalontar.example', 375);
    const card = page.getByRole('region', { name: 'Pesan masuk' });
    const line = card.getByRole('link', { name: /pesan masuk belum dibaca/ });
    const unread = Number((await line.textContent())?.match(/\d+/)?.[0]);
    expect(unread).toBeGreaterThan(0);
    await line.click();
    await page.getByRole('heading', { name: 'Pesan masuk', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('baru');
    await page.getByText(`${unread} belum dibaca`, { exact: false }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);

    // Nothing archived: not "no messages yet" (there are some), but "nothing matches", with the way back.
    await page.getByLabel('Status').selectOption('diarsipkan');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.getByText('Tidak ada pesan yang cocok dengan saringan ini.').waitFor();
    expect(await page.getByText('Belum ada pesan.', { exact: false }).count()).toBe(0);
    await page.getByRole('button', { name: 'Tampilkan semua pesan' }).click();
    await page.locator('ul.rows li').first().waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBeNull();
    await page.context().close();
  });

  it('sees the site’s address and contact under their own heading, not a second "Pengaturan situs"', { timeout: 60_000 }, async () => {
    const page = await signIn('admin-medsos@nusalontar.example', 375);
    await page.goto(`${inject('baseUrl')}/admin/pengaturan-situs`);
    await page
      .getByRole('group', { name: 'Alamat dan kontak' })
      .getByLabel(/^Jam layanan/)
      .waitFor();
    expect(await page.getByRole('group', { name: 'Pengaturan situs' }).count()).toBe(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await page.context().close();
  });

  it('the admin importing a WordPress site chooses a unit from "— pilih —" and maps each author in one sentence', { timeout: 90_000 }, async () => {
    const page = await signIn('admin-kedua@nusalontar.example', 375);
    await page.goto(`${inject('baseUrl')}/admin/impor-wordpress`);
    const unit = page.getByLabel('Unit tujuan');
    expect(await unit.locator('option').first().textContent()).toBe('— pilih —');
    await unit.selectOption({ index: 1 });
    const site = `https://tampilan-${Date.now().toString(36)}.example.go.id`;
    const wxr = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
<channel><title>Situs Lama</title><link>${site}</link><wp:base_site_url>${site}</wp:base_site_url>
<wp:author><wp:author_login><![CDATA[redaksi]]></wp:author_login><wp:author_email><![CDATA[redaksi@lama.test]]></wp:author_email><wp:author_display_name><![CDATA[Redaksi]]></wp:author_display_name></wp:author>
<item><title><![CDATA[Berita Lama]]></title><link>${site}/berita-lama/</link><guid isPermaLink="false">${site}/?p=1</guid><dc:creator><![CDATA[redaksi]]></dc:creator>
<content:encoded><![CDATA[<p>Isi.</p>]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>1</wp:post_id>
<wp:post_date><![CDATA[2025-02-01 09:00:00]]></wp:post_date><wp:post_date_gmt><![CDATA[2025-02-01 01:00:00]]></wp:post_date_gmt><wp:post_name><![CDATA[berita-lama]]></wp:post_name>
<wp:status><![CDATA[draft]]></wp:status><wp:post_parent>0</wp:post_parent><wp:post_type><![CDATA[post]]></wp:post_type></item>
</channel></rss>`;
    await page.getByLabel('Berkas ekspor WordPress (.xml)').setInputFiles({ name: 'ekspor.xml', mimeType: 'text/xml', buffer: Buffer.from(wxr) });
    await page.getByRole('button', { name: 'Unggah dan baca' }).click();
    await page.getByRole('heading', { name: 'Pemetaan' }).waitFor();
    await page.getByLabel('Penulis WordPress “Redaksi” tampil sebagai').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await page.context().close();
  });
});
