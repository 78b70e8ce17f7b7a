import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { adjustAccent } from '../src/modules/situs-unit/contrast.ts';
import { launchChromium } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('a unit site’s settings and contact form, JavaScript off', () => {
  it('shows the accent and the footer details, and takes a message through the form to the "sent" page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    const offSite: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(inject('baseUrl')) && !req.url().startsWith('data:')) offSite.push(req.url());
    });

    await page.goto(`${inject('baseUrl')}/dinas-pupr/kontak`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kontak');
    // Construction yellow, darkened for contrast, arrives through the per-site stylesheet (no inline style).
    const header = await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(header).toBe(rgb(adjustAccent('#f9a825').used));
    const footer = page.locator('footer');
    expect(await footer.textContent()).toContain('Senin–Jumat 08.00–15.30 WITA');
    expect(await footer.getByRole('link', { name: 'X', exact: true }).getAttribute('href')).toBe('https://x.com/puprnusalontardemo');

    const form = page.locator('main form');
    await form.getByLabel('Nama *').fill('Warga Uji Peramban');
    await form.getByLabel('E-mail *').fill('warga.uji@contoh.example');
    await form.getByLabel('Perihal *').fill('Jalan berlubang di Jalan Sasando');
    await form.getByLabel('Pesan *').fill('Mohon perbaikan jalan berlubang di depan pasar. Terima kasih.');
    // The honeypot is out of the tab order: from the last field the keyboard goes to the button.
    await form.getByLabel('Pesan *').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kirim pesan');
    // A person takes more than three seconds over a form; the form refuses anything faster.
    await page.waitForTimeout(3200);
    await form.getByRole('button', { name: 'Kirim pesan' }).click();
    await page.waitForURL(`${inject('baseUrl')}/dinas-pupr/kontak/terkirim`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pesan terkirim');
    // Post/redirect/get: reloading shows the page again and sends nothing.
    const again = await page.reload();
    expect(again?.request().method()).toBe('GET');
    expect(again?.status()).toBe(200);

    // Sent at once, the form comes back with what was typed and says why.
    await page.goto(`${inject('baseUrl')}/dinas-pupr/kontak`);
    await form.getByLabel('Nama *').fill('Pengirim Kilat');
    await form.getByLabel('E-mail *').fill('kilat@contoh.example');
    await form.getByLabel('Perihal *').fill('Pesan kilat');
    await form.getByLabel('Pesan *').fill('Pesan ini dikirim terlalu cepat oleh sebuah skrip.');
    await form.getByRole('button', { name: 'Kirim pesan' }).click();
    expect(await page.getByRole('alert').first().textContent()).toContain('terlalu cepat');
    expect(await form.getByLabel('Nama *').inputValue()).toBe('Pengirim Kilat');

    expect(violations).toEqual([]);
    expect(offSite).toEqual([]);
    await context.close();
  });

  it('the unit head reads the inbox, a message opens as read and is marked answered; the settings explain the colour', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${inject('baseUrl')}/admin/`);
    await page.getByLabel('E-mail').fill('kepala@nusalontar.example');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('link', { name: 'Pesan masuk' }).click();
    await page.getByRole('heading', { name: 'Pesan masuk', level: 1 }).waitFor();
    await page.getByText('2 belum dibaca').waitFor();
    await page.getByRole('link', { name: 'Jadwal pelatihan dasar CPNS' }).click();
    await page.getByRole('heading', { name: 'Jadwal pelatihan dasar CPNS', level: 1 }).waitFor();
    // Opening it marks it read.
    await page.getByText(/Dibaca \(/).waitFor();
    await page.getByRole('button', { name: 'Tandai sudah dijawab' }).click();
    await page.getByText(/Dijawab \(/).waitFor();
    await page.getByRole('link', { name: 'Kembali ke pesan masuk' }).click();
    await page.getByText('1 belum dibaca').waitFor();
    // Searching finds the other one.
    await page.getByLabel('Cari nama, e-mail, perihal, atau isi').fill('sertifikat');
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.getByText('1 pesan').waitFor();

    await page.getByRole('link', { name: 'Pengaturan situs' }).click();
    await page.getByRole('heading', { name: 'Pengaturan situs', level: 1 }).waitFor();
    await page.getByText(/Warna yang dipakai situs: #2e6b34/).waitFor();
    expect(await page.getByLabel('Alamat').count()).toBeGreaterThan(0);
    await context.close();
  });
});
