import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { totpCode, totpStep } from '../src/modules/auth/totp.ts';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name, exact: true });

/** Waits for text to appear anywhere in the page. */
async function see(page: Page, text: string | RegExp) {
  await page.getByText(text).first().waitFor({ state: 'visible', timeout: 10_000 });
}

describe('a newcomer administers the demo province', () => {
  it('signs in, turns on 2FA, adds a unit and a team member, edits a profile page and sees it published', { timeout: 120_000 }, async () => {
    const base = inject('baseUrl');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    page.on('console', (msg) => {
      // A 401 from /api/auth/me is how the admin learns nobody is signed in; anything else is a defect.
      if (msg.type() === 'error' && !/status of 401/.test(msg.text())) problems.push(msg.text());
    });

    await page.goto(`${base}/admin/`);
    await page.getByLabel('E-mail').fill('admin@nusalontar.example');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await see(page, /Selamat datang/);

    // Two-step sign-in: scan (here: read) the secret, confirm with a code from it.
    await menu(page, 'Keamanan akun').click();
    await page.getByRole('button', { name: 'Aktifkan verifikasi dua langkah' }).click();
    const secret = (await page.locator('code.secret').textContent())!.replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel('Kode autentikasi').fill(totpCode(secret, totpStep()));
    await page.getByRole('button', { name: 'Konfirmasi' }).click();
    await see(page, 'Verifikasi dua langkah sudah aktif.');

    // A new unit.
    await menu(page, 'Unit kerja').click();
    await page.getByRole('button', { name: 'Tambah unit' }).click();
    await page.getByLabel('Nama', { exact: true }).fill('Dinas Pariwisata');
    await page.getByLabel('Nama singkat').fill('Dispar');
    await page.getByLabel('Slug').fill('dinas-pariwisata');
    await page.getByLabel('Jenis').selectOption('dinas');
    await page.getByRole('button', { name: 'Simpan unit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dinas Pariwisata' }).waitFor();

    // A team member: first the person, then their role in the new unit.
    await menu(page, 'Orang').click();
    await page.getByRole('button', { name: 'Tambah orang' }).click();
    await page.getByLabel('Nama lengkap').fill('Yulius Nenobais, S.Par');
    await page.getByLabel(/^NIP/).fill('19910405 201903 1 007');
    await page.getByLabel(/^Jabatan/).fill('Pranata Humas Ahli Pertama');
    await page.getByRole('button', { name: 'Simpan data orang' }).click();
    await see(page, 'Tersimpan.');

    await menu(page, 'Unit kerja').click();
    await page.getByRole('link', { name: 'Dinas Pariwisata' }).first().click();
    await page.getByRole('link', { name: 'Anggota tim' }).click();
    await page.getByLabel('Orang', { exact: true }).selectOption({ label: 'Yulius Nenobais, S.Par — 199104052019031007' });
    await page.getByLabel('Peran').selectOption('admin_medsos');
    await page.getByRole('button', { name: 'Tambah anggota' }).click();
    await page.getByRole('button', { name: /Keluarkan Yulius Nenobais/ }).waitFor();

    // A profile page, and the public site shows it.
    await page.getByRole('link', { name: 'Halaman situs' }).click();
    await page.getByRole('button', { name: /Ubah halaman Sejarah/ }).click();
    await page.getByLabel('Judul halaman').fill('Sejarah Dinas Pariwisata');
    await page.getByLabel('Isi halaman').fill('Dinas Pariwisata dibentuk pada tahun 2001.\n\n- Pantai Lontar Indah\n- Desa adat Batu Putih');
    await page.getByRole('button', { name: 'Simpan halaman' }).click();
    await see(page, 'Tersimpan.');

    const site = await context.newPage();
    await site.goto(`${base}/dinas-pariwisata/profil/sejarah`);
    expect(await site.getByRole('heading', { level: 1 }).textContent()).toBe('Sejarah Dinas Pariwisata');
    expect(await site.locator('main li').allTextContents()).toEqual(expect.arrayContaining(['Pantai Lontar Indah', 'Desa adat Batu Putih']));

    // The next sign-in asks for a code.
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByLabel('E-mail').fill('admin@nusalontar.example');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByLabel('Kode autentikasi').fill(totpCode(secret, totpStep() + 1));
    await page.getByRole('button', { name: 'Verifikasi' }).click();
    await see(page, /Selamat datang/);
    expect(problems).toEqual([]);

    // The same page with JavaScript disabled.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${base}/dinas-pariwisata/profil/sejarah`);
    expect(await plain.getByRole('heading', { level: 1 }).textContent()).toBe('Sejarah Dinas Pariwisata');
    await noJs.close();
    await context.close();
  });
});
