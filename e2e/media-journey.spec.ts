import exifr from 'exifr';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

// A contributor on a phone-sized screen fills the media library: upload, thumbnail, alt text.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the media library on a phone', () => {
  it('a contributor uploads a photo with GPS; it is shown cleaned, and gets its alt text', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/status of 401/.test(msg.text())) problems.push(msg.text());
    });
    await page.goto(`${inject('baseUrl')}/admin/`);
    await page.getByLabel('E-mail').fill('kontributor@nusalontar.example');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Menunggu Anda' }).waitFor();
    await page.goto(`${inject('baseUrl')}/admin/media`);
    await page.getByRole('heading', { name: 'Pustaka media', level: 1 }).waitFor();
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2a6' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'FonselUji' },
        IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '10/1 10/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '123/1 35/1 0/1' },
      })
      .toBuffer();
    await page.locator('input[type=file]').setInputFiles({ name: 'apel-pagi.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByText('apel-pagi.jpg: selesai.').waitFor();
    // The grid shows the new photo once the job has made its copies.
    const tile = page.locator('.media-tile').filter({ hasText: 'apel-pagi.jpg' });
    for (let i = 0; i < 40 && (await tile.locator('img').count()) === 0; i++) {
      await page.waitForTimeout(500);
      await page.reload();
    }
    await tile.getByText('Belum ada teks alternatif').waitFor();
    await tile.getByRole('link').click();
    await page.getByLabel('Teks alternatif').fill('Apel pagi pegawai di halaman kantor');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tersimpan.').waitFor();
    const id = page.url().split('/').pop();
    const kept = await context.request.get(`${inject('baseUrl')}/api/media/${id}/berkas`);
    expect(kept.status()).toBe(200);
    expect(await exifr.gps(Buffer.from(await kept.body()))).toBeUndefined();
    // Nothing wider than the screen: the page is comfortable at 390 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
  });
});
