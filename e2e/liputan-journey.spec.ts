import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

// The publication team plans, assigns and covers: the redaktur at a desk, the camera operator on a phone.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name, exact: true });

async function signIn(email: string, viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 401/.test(msg.text())) problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(`${inject('baseUrl')}/admin/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Menunggu Anda' }).waitFor();
  return { page, problems };
}

describe('plan and cover', () => {
  it('the redaktur plans an item and assigns its coverage; the camera operator marks it covered on a phone', { timeout: 120_000 }, async () => {
    const { page, problems } = await signIn('redaktur@nusalontar.example', { width: 1280, height: 900 });
    await menu(page, 'Rencana redaksi').click();
    await page.getByRole('heading', { name: 'Rencana redaksi', level: 1 }).waitFor();
    await page.locator('.fc-daygrid-event').first().waitFor();
    await page.getByRole('button', { name: 'Tambah rencana' }).first().click();
    await page.getByLabel('Judul').fill('Video pendek Hari Guru di kelas pelatihan');
    await page.getByLabel('YouTube').check();
    await page.getByLabel('Jenis konten').selectOption('video');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Rencana ditambahkan.').waitFor();
    await page.locator('.fc-event', { hasText: 'Video pendek Hari Guru' }).first().waitFor();
    // The calendar's styles are in force under the admin's CSP.
    expect(await page.locator('.fc').evaluate((el) => getComputedStyle(el).display)).toBe('flex');

    await menu(page, 'Penugasan liputan').click();
    await page.getByRole('link', { name: 'Penugasan unit' }).click();
    await page.getByRole('link', { name: 'Penugasan baru' }).click();
    await page.getByLabel('Kegiatan').fill('Peluncuran aplikasi absensi pelatihan');
    await page.getByLabel('Tempat').fill('Ruang Multimedia BPSDMD');
    await page.locator('.crew-pick', { hasText: 'Petrus Lay Riwu' }).getByLabel('Kameramen').check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: 'Peluncuran aplikasi absensi pelatihan', level: 1 }).waitFor();
    await page.getByText('Penugasan dibuat dan petugas diberi tahu lewat e-mail.').waitFor();
    // Its product: the unit's content is searched by title and linked, shown with its stage in words.
    await page.getByLabel('Cari konten unit ini').fill('Analisis Jabatan');
    await page.getByRole('button', { name: 'Tautkan: Bimbingan Teknis Analisis Jabatan bagi Pengelola Kepegawaian' }).click();
    await page.getByText('Tautan konten disimpan.').waitFor();
    const linked = page.locator('.linked-konten li', { hasText: 'Bimbingan Teknis Analisis Jabatan' });
    await linked.getByRole('link', { name: 'Bimbingan Teknis Analisis Jabatan bagi Pengelola Kepegawaian' }).waitFor();
    expect(await linked.textContent()).toContain('Terbit');
    expect(problems).toEqual([]);

    const phone = await signIn('kameramen@nusalontar.example', { width: 390, height: 844 });
    await phone.page.getByRole('link', { name: 'Peluncuran aplikasi absensi pelatihan' }).click();
    await phone.page.getByRole('button', { name: 'Tandai sudah diliput' }).click();
    await phone.page.getByText('Status penugasan diubah.').waitFor();
    await phone.page.getByRole('button', { name: 'Tandai dalam produksi' }).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // On a phone the menu folds behind its button; the plan's address opens it directly.
    await phone.page.goto(`${inject('baseUrl')}/admin/rencana`);
    await phone.page.locator('.fc-list-event', { hasText: 'Video pendek Hari Guru' }).first().waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(phone.problems).toEqual([]);
  });
});
