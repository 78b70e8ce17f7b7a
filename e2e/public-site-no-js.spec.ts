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

  it('a citizen on a phone reads the news list, a bidang, a news item and an article without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(inject('baseUrl')) && !req.url().startsWith('data:')) blocked.push(req.url());
    });

    await page.goto(`${inject('baseUrl')}/bpsdmd`);
    const latest = page.getByRole('region', { name: 'Berita terbaru' });
    expect(await latest.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(4);

    await page
      .getByRole('navigation', { name: /menu utama/i })
      .getByRole('link', { name: 'Berita', exact: true })
      .click();
    expect(page.url()).toBe(`${inject('baseUrl')}/bpsdmd/berita`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Berita');
    const items = page.locator('main ol.kabar-list > li');
    expect(await items.count()).toBeGreaterThanOrEqual(4);

    // One bidang's news, then an item: its title is the page's heading and its text is there.
    await page
      .getByRole('navigation', { name: /sub-menu berita/i })
      .getByRole('link', { name: 'Teknis', exact: true })
      .click();
    expect(page.url()).toBe(`${inject('baseUrl')}/bpsdmd/berita/teknis`);
    const first = page.locator('main ol.kabar-list > li h2 a').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    expect(page.url()).toMatch(/\/bpsdmd\/berita\/teknis\/[a-z0-9-]+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.locator('main .meta time').textContent()).toMatch(/^Terbit \d{1,2} \w+ \d{4}$/);
    expect((await page.locator('main .body').textContent())?.length ?? 0).toBeGreaterThan(200);

    await page.goto(`${inject('baseUrl')}/bpsdmd/artikel`);
    await page.locator('main ol.kabar-list > li h2 a').first().click();
    expect(await page.locator('main .meta').textContent()).toMatch(/Oleh /);

    // In English the same page keeps its text and dates the item the English way.
    await page.goto(`${page.url()}?lang=en`);
    expect(await page.locator('main .meta time').textContent()).toMatch(/^Published \d{1,2} [A-Z][a-z]+ \d{4}$/);

    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    expect(blocked).toEqual([]);
    await context.close();
  });
});
