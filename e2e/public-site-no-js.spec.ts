import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('public site with JavaScript disabled', () => {
  it('a citizen on a phone reads the pemda home, a unit, its profile and contact pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(inject('baseUrl')) && !req.url().startsWith('data:')) blocked.push(req.url());
    });
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });

    const home = await page.goto(`${inject('baseUrl')}/`);
    expect(home?.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Pemerintah Provinsi Nusa Lontar');

    await page.getByRole('link', { name: 'Badan Pengembangan Sumber Daya Manusia Daerah' }).click();
    expect(page.url()).toBe(`${inject('baseUrl')}/bpsdmd`);
    const nav = page.getByRole('navigation', { name: /menu utama/i });
    for (const item of ['Beranda', 'Profil', 'Berita', 'Publikasi', 'Kalender', 'Artikel', 'Kontak', 'PPID']) {
      expect(await nav.getByRole('link', { name: item, exact: true }).count()).toBeGreaterThan(0);
    }

    await page.goto(`${inject('baseUrl')}/bpsdmd/profil/sejarah`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sejarah Singkat');
    expect(await page.locator('main').textContent()).toContain('Balai Pendidikan dan Pelatihan Pegawai');

    await nav.getByRole('link', { name: 'Kontak', exact: true }).click();
    expect(await page.locator('main').textContent()).toContain('Jl. Cendana No. 21');

    // The skip link is the first thing a keyboard reaches, and it lands on the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Langsung ke isi/);

    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    expect(blocked).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });
});
