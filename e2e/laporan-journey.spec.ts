import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

// The KIP report in the admin on the demo province: BPSDMD's PPID Pelaksana (not an
// administrator, so no second sign-in step) opens the current quarter's report, reads its tables
// and the requests behind a number, writes the obstacles text and downloads the report.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Opens the admin signed in as a demo account; console errors other than the sign-in probe's 401 are collected. */
async function signIn(browser: Browser, base: string, email: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 401/.test(msg.text())) problems.push(msg.text());
  });
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByText(/Selamat datang/).waitFor();
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Laporan KIP', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Laporan KIP' }).waitFor();
  return { context, page, problems };
}

/** Clicks a download button and returns the first bytes and the file name the browser saved. */
async function download(page: Page, button: string): Promise<{ name: string; head: string }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), head: (await readFile((await file.path())!)).subarray(0, 5).toString('latin1') };
}

describe('the KIP report in the admin', () => {
  it('current quarter → tables → rows behind a number → obstacles saved → DOCX and PDF', { timeout: 180_000 }, async () => {
    const base = inject('baseUrl');
    const { context, page, problems } = await signIn(browser, base, 'ppid-pelaksana@nusalontar.example');
    // Without a choice it is the unit's report for the quarter that holds today.
    expect(await page.getByRole('radio', { name: 'Triwulan' }).isChecked()).toBe(true);
    await page.getByRole('heading', { level: 2, name: 'Laporan Implementasi Keterbukaan Informasi Publik' }).waitFor();
    await page.getByText(/— Triwulan (I|II|III|IV) \(.+\) Tahun \d{4}$/).waitFor();
    const channels = page.getByRole('table', { name: 'Jumlah permohonan informasi per media' });
    await channels.waitFor();
    for (const name of ['Data pemohon informasi (seluruh media)', 'Status pelayanan informasi (seluruh media)', 'Sebaran waktu pelayanan']) {
      await page.getByRole('table', { name }).waitFor();
    }

    // The total opens the requests it counts (the demo's requests are days old, so the quarter has some
    // unless today is one of its first days); the list has as many rows as the number says.
    const total = channels.getByRole('link', { name: /— Jumlah$/ });
    if ((await total.count()) > 0) {
      const n = Number(await total.textContent());
      await total.click();
      const rows = page.getByRole('table', { name: /^Permohonan yang dihitung: / });
      await rows.waitFor();
      expect(await rows.locator('tbody tr').count()).toBe(Math.min(n, 100));
      await page.getByRole('button', { name: 'Tutup rincian' }).click();
      await rows.waitFor({ state: 'detached' });
    }

    // The obstacles text is saved for this unit and quarter and is there after a reload.
    const obstacles = 'Petugas layanan informasi merangkap tugas kehumasan selama triwulan ini.';
    await page.getByLabel('Kendala dalam layanan informasi publik').fill(obstacles);
    await page.getByRole('button', { name: 'Simpan teks laporan' }).click();
    await page.getByText('Teks laporan tersimpan.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Kendala dalam layanan informasi publik').inputValue()).toBe(obstacles);

    // The PPID may take the register with contacts; it is set apart and labelled.
    await page.getByRole('region', { name: 'Register dengan data pribadi pemohon' }).waitFor();

    const docx = await download(page, 'Laporan (.docx, dapat diedit)');
    expect(docx.name).toMatch(/^laporan-kip-triwulan-.+\.docx$/);
    expect(docx.head.slice(0, 2)).toBe('PK');
    const pdf = await download(page, 'Laporan (.pdf)');
    expect(pdf.name).toMatch(/^laporan-kip-triwulan-.+\.pdf$/);
    expect(pdf.head).toBe('%PDF-');

    // On a phone the tables scroll inside their own boxes, not the page.
    await page.setViewportSize({ width: 390, height: 844 });
    await channels.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an evaluator reads every unit’s report without writing; a reversed range is refused at its field', { timeout: 60_000 }, async () => {
    const { context, page, problems } = await signIn(browser, inject('baseUrl'), 'evaluator@nusalontar.example');
    expect(await page.getByLabel('Unit').inputValue()).toBe('semua');
    await page.getByText(/^Seluruh perangkat daerah .+ — Triwulan/).waitFor();
    await page.getByRole('table', { name: 'Jumlah permohonan informasi per media' }).waitFor();
    await page.getByText('Anda hanya dapat membaca laporan ini. Teks laporan diisi oleh PPID unit atau admin.').waitFor();
    expect(await page.getByRole('button', { name: 'Simpan teks laporan' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Register dengan data pribadi pemohon' }).count()).toBe(0);

    // A running quarter is counted as of today; the basis can be chosen and stays in the address.
    await page.getByText(/^Status permohonan per hari ini, /).waitFor();
    await page.getByRole('radio', { name: /^Hari ini/ }).check();
    await page.getByRole('button', { name: 'Tampilkan laporan' }).click();
    await expect.poll(() => page.url()).toContain('statusPer=hari-ini');
    await page.getByRole('table', { name: 'Status pelayanan informasi (seluruh media)' }).getByRole('rowheader', { name: 'Ditolak/tidak dijawab' }).waitFor();
    expect(await page.getByRole('radio', { name: /^Hari ini/ }).isChecked()).toBe(true);

    await page.getByRole('radio', { name: 'Rentang tanggal lain' }).check();
    await page.getByLabel('Dari tanggal').fill('2026-03-31');
    await page.getByLabel('Sampai tanggal').fill('2026-01-01');
    await page.getByRole('button', { name: 'Tampilkan laporan' }).click();
    await page.getByText('Tanggal akhir tidak boleh sebelum tanggal awal.').waitFor();
    expect(await page.getByLabel('Sampai tanggal').getAttribute('aria-invalid')).toBe('true');
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
    await context.close();
  });
});
