import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const csv = (rows: string[]) => ({ name: 'peserta.csv', mimeType: 'text/csv', buffer: Buffer.from(['nama,instansi,program,tahun', ...rows].join('\n')) });

describe('a unit imports its training alumni from a spreadsheet', () => {
  it('sees the bad row named, fixes the file, and imports every row', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${inject('baseUrl')}/admin/`);
    await page.getByLabel('E-mail').fill('admin-medsos@nusalontar.example');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Alumni', exact: true }).click();

    const importCard = page.getByRole('region', { name: 'Impor dari CSV atau XLSX' });
    const program = 'Pelatihan Uji Impor Berkas';
    await importCard.getByLabel('Berkas').setInputFiles(csv([`Maria Goreti Bria,Dinas Kesehatan,${program},2026`, `,Dinas Sosial,${program},2026`]));
    await importCard.getByRole('button', { name: 'Periksa berkas' }).click();
    await importCard.getByRole('alert').filter({ hasText: 'Ada 1 baris bermasalah' }).waitFor();
    // The row is named by its number in the file (the header is row 1), and nothing was stored.
    const badRow = importCard.locator('tr.row-error');
    expect(await badRow.getByRole('rowheader').textContent()).toBe('3');
    expect(await importCard.getByRole('button', { name: 'Impor semua baris' }).count()).toBe(0);

    await importCard
      .getByLabel('Berkas')
      .setInputFiles(csv([`Maria Goreti Bria,Dinas Kesehatan,${program},2026`, `Yohanes Seran,Dinas Sosial,${program},2026`]));
    await importCard.getByRole('button', { name: 'Periksa berkas' }).click();
    await importCard.getByText('Semua baris benar.').waitFor();
    await importCard.getByRole('button', { name: 'Impor semua baris' }).click();
    await importCard.getByText('2 peserta baru disimpan.').waitFor();
    // The list now offers the programme, and under it both participants.
    const list = page.getByRole('region', { name: 'Alumni pelatihan' });
    await expect.poll(() => list.getByLabel('Program pelatihan').locator('option').allTextContents()).toContain(program);
    await list.getByLabel('Program pelatihan').selectOption(program);
    await page.getByRole('rowheader', { name: 'Yohanes Seran' }).waitFor();
    await page.getByRole('rowheader', { name: 'Maria Goreti Bria' }).waitFor();
    await context.close();
  });
});
