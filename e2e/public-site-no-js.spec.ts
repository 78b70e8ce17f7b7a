import type { Browser } from 'playwright-core';

// With JavaScript off, a click's navigation commits before the new page is parsed; each click waits
// for the load so a count never reads a half-parsed document.
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
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${inject('baseUrl')}/bpsdmd`);
    const nav = page.getByRole('navigation', { name: /menu utama/i });
    const missing: string[] = [];
    for (const item of ['Beranda', 'Profil', 'Berita', 'Publikasi', 'Kalender', 'Artikel', 'Pengumuman', 'Galeri', 'Video', 'Kontak', 'PPID']) {
      if ((await nav.getByRole('link', { name: item, exact: true }).count()) === 0) missing.push(item);
    }
    expect(missing).toEqual([]);

    await page.goto(`${inject('baseUrl')}/bpsdmd/profil/sejarah`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sejarah Singkat');
    expect(await page.locator('main').textContent()).toContain('Balai Pendidikan dan Pelatihan Pegawai');

    await nav.getByRole('link', { name: 'Kontak', exact: true }).click();
    await page.waitForLoadState('load');
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
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${inject('baseUrl')}/bpsdmd/berita`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Berita');
    const items = page.locator('main ol.kabar-list > li');
    expect(await items.count()).toBeGreaterThanOrEqual(4);

    // One bidang's news, then an item: its title is the page's heading and its text is there.
    await page
      .getByRole('navigation', { name: /sub-menu berita/i })
      .getByRole('link', { name: 'Teknis', exact: true })
      .click();
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${inject('baseUrl')}/bpsdmd/berita/teknis`);
    const first = page.locator('main ol.kabar-list > li h2 a').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/bpsdmd\/berita\/teknis\/[a-z0-9-]+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.locator('main .meta time').textContent()).toMatch(/^Terbit \d{1,2} \w+ \d{4}$/);
    expect((await page.locator('main .body').textContent())?.length ?? 0).toBeGreaterThan(200);

    await page.goto(`${inject('baseUrl')}/bpsdmd/artikel`);
    await page.locator('main ol.kabar-list > li h2 a').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('main .meta').textContent()).toMatch(/Oleh /);

    // In English the same page keeps its text and dates the item the English way.
    await page.goto(`${page.url()}?lang=en`);
    expect(await page.locator('main .meta time').textContent()).toMatch(/^Published \d{1,2} [A-Z][a-z]+ \d{4}$/);

    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    expect(blocked).toEqual([]);
    await context.close();
  });
  it('a citizen on a phone visits every section without JavaScript, and nothing loads from elsewhere', async () => {
    const base = inject('baseUrl');
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(base) && !req.url().startsWith('data:')) blocked.push(req.url());
    });
    const h1 = () => page.getByRole('heading', { level: 1 }).textContent();
    const main = () => page.locator('main').textContent();
    const fits = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const menu = (name: string) =>
      page
        .getByRole('navigation', { name: /menu utama/i })
        .getByRole('link', { name, exact: true })
        .click()
        .then(() => page.waitForLoadState('load'));

    // The pemda home: the Media Center's news and the latest of every unit.
    await page.goto(`${base}/`);
    expect(await page.getByRole('region', { name: 'Berita terbaru perangkat daerah' }).getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);

    // Beranda: coming events, announcements, quick links.
    await page.goto(`${base}/bpsdmd`);
    expect(await page.getByRole('region', { name: 'Agenda mendatang' }).getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'Pengumuman terbaru' }).getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('navigation', { name: 'Tautan cepat' }).getByRole('link').count()).toBeGreaterThanOrEqual(2);
    await fits();

    await menu('Pengumuman');
    expect(await h1()).toBe('Pengumuman');
    await page.locator('main ol.kabar-list > li h2 a').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/bpsdmd\/pengumuman\/[a-z0-9-]+$/);

    // Kalender: the coming list, the month table, past events, an event, the feed.
    await menu('Kalender');
    expect(await page.locator('main ol.kabar-list > li').count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('link', { name: 'Tampilan bulan' }).click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/bpsdmd\/kalender\/bulan\/\d{4}-\d{2}$/);
    expect(await page.locator('main table caption').textContent()).toMatch(/^Kegiatan \w+ \d{4}, satu baris per minggu$/);
    expect(await page.locator('main table thead th').count()).toBe(7);
    await fits();
    await page.getByRole('link', { name: 'Kegiatan yang telah berlangsung' }).click();
    await page.waitForLoadState('load');
    expect(await h1()).toBe('Kegiatan yang telah berlangsung');
    await page.locator('main ol.kabar-list > li h2 a').first().click();
    await page.waitForLoadState('load');
    expect(await main()).toMatch(/Waktu.*Tempat/s);
    const feed = await context.request.get(`${base}/bpsdmd/kalender.ics`);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain('DTSTART;TZID=Asia/Makassar:');

    // Publikasi: a document with its type and size on the link.
    await page.goto(`${base}/bpsdmd/publikasi/materi`);
    await page.locator('main ol.kabar-list > li h2 a').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('main .dokumen li').first().textContent()).toMatch(/^Unduh .+\.pdf \(PDF, [\d,]+ (B|KB)\)$/);

    // Galeri and video: photos from the site's own library; the video is a link, nothing from YouTube.
    await menu('Galeri');
    await page.locator('main ol.kabar-list > li h2 a').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('main ul.galeri img').count()).toBeGreaterThanOrEqual(2);
    await fits();
    await menu('Video');
    await page.locator('main ol.kabar-list > li h2 a').first().click();
    await page.waitForLoadState('load');
    expect(await page.getByRole('link', { name: /Tonton di YouTube/ }).getAttribute('href')).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=/);

    // Artikel by author, E-Learning, and the English chrome of a section.
    await page.goto(`${base}/bpsdmd/artikel/penulis`);
    await page.locator('main ul.link-list a').first().click();
    await page.waitForLoadState('load');
    expect(await h1()).toMatch(/^Artikel oleh /);
    await page.goto(`${base}/bpsdmd/e-learning`);
    expect(await main()).toContain('belum tersedia');
    await page.goto(`${base}/bpsdmd/kalender?lang=en`);
    expect(await h1()).toBe('Calendar');
    expect(await main()).toContain('Upcoming events');
    await fits();

    expect(blocked).toEqual([]);
    await context.close();
  });

  it('a citizen on a phone searches from the header of any page without JavaScript, in both languages', async () => {
    const base = inject('baseUrl');
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(base) && !req.url().startsWith('data:')) blocked.push(req.url());
    });
    const fits = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // From a news item: the box is in the header, named, labelled, and a 44 px target.
    await page.goto(`${base}/bpsdmd/berita`);
    const search = page.getByRole('search', { name: 'Pencarian situs' });
    const box = search.getByRole('searchbox', { name: 'Cari di situs ini' });
    expect(await page.locator('header').getByRole('search').count()).toBe(1);
    for (const target of [box, search.getByRole('button', { name: 'Cari' })]) expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await fits();
    // The keyboard reaches it right after the site's name, and its focus shows.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cari-situs');
    expect(await box.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

    await box.fill('pelatihan');
    await box.press('Enter');
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${base}/bpsdmd/cari?q=pelatihan`);
    expect(await page.locator('main').getByRole('searchbox').inputValue()).toBe('pelatihan');
    expect(await page.locator('main ol.hasil-cari > li').count()).toBeGreaterThan(0);
    expect(await page.locator('main ol.hasil-cari mark').count()).toBeGreaterThan(0);
    await fits();

    // In English the box keeps the language; the button sends the form too.
    await page.goto(`${base}/bpsdmd/kalender?lang=en`);
    const en = page.getByRole('search', { name: 'Site search' });
    await en.getByRole('searchbox').fill('pelatihan');
    await en.getByRole('button', { name: 'Search' }).click();
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${base}/bpsdmd/cari?q=pelatihan&lang=en`);
    expect(await page.locator('main ol.hasil-cari > li').count()).toBeGreaterThan(0);
    await fits();

    // The pemda home searches every unit.
    await page.goto(`${base}/`);
    await page.getByRole('search', { name: 'Pencarian situs' }).getByRole('searchbox').fill('pelatihan');
    await page.getByRole('search', { name: 'Pencarian situs' }).getByRole('button', { name: 'Cari' }).click();
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${base}/cari?q=pelatihan`);
    expect(await page.locator('main ol.hasil-cari > li').count()).toBeGreaterThan(0);
    await fits();

    expect(blocked).toEqual([]);
    await context.close();
  });
});
