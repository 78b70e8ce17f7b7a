import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

// The PPID service end to end on the demo province: a citizen's request on the public form, the
// PPID's decision and written notice in the admin, the citizen's objection, and the Atasan PPID's
// answer. Diskominfo holds both PPID roles in the demo (ppid-utama@, atasan-ppid@); neither is an
// administrator, so neither is asked for a second sign-in step.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const UNIT = 'diskominfo';
const NUMBER = /PPID\/DISKOMINFO\/\d{4}\/\d{5}/;

/** Waits for text to appear anywhere in the page or part of it. */
async function see(within: Page | Locator, text: string | RegExp) {
  await within.getByText(text).first().waitFor({ state: 'visible', timeout: 10_000 });
}

/** A value of the public pages' definition lists (receipt, tracking), by its term. */
function definition(page: Page, term: string) {
  return page
    .locator('dl dt')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]')
    .first();
}

/** Fills the public request form and sends it; returns the receipt's number, code and tracking link. */
async function submitRequest(page: Page, base: string, details: string) {
  await page.goto(`${base}/${UNIT}/ppid/permohonan`);
  await page.getByRole('radio', { name: 'Perseorangan' }).check();
  await page.getByLabel(/^Nama pemohon/).fill('Yohana Bria');
  await page.getByLabel(/^Alamat/).fill('Jl. Flamboyan No. 4, Kelurahan Oebufu, Kota Batu Lontar');
  await page.getByRole('textbox', { name: /^E-mail/ }).fill('yohana.bria@warga.example');
  await page.getByLabel(/^Rincian informasi/).fill(details);
  await page.getByLabel(/^Tujuan penggunaan/).fill('Bahan kajian kelompok warga tentang layanan publik.');
  await page.getByRole('radio', { name: 'Mendapatkan salinan informasi (softcopy)' }).check();
  await page.getByRole('radio', { name: 'E-mail' }).check();
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  await see(page, 'Permohonan Anda telah terdaftar.');
  const number = (await definition(page, 'Nomor pendaftaran').textContent())!.trim();
  const token = (await definition(page, 'Kode pelacakan').textContent())!.trim();
  const trackUrl = (await definition(page, 'Tautan pelacakan').getByRole('link').getAttribute('href'))!;
  expect(number).toMatch(NUMBER);
  expect(token.length).toBeGreaterThanOrEqual(8);
  expect(trackUrl).toContain(`/${UNIT}/ppid/permohonan/lacak?`);
  expect(trackUrl).toContain(`token=${encodeURIComponent(token)}`);
  return { number, token, trackUrl };
}

/** Fills the public objection form for a request and sends it. */
async function fileObjection(page: Page, base: string, request: { number: string; token: string }, grounds: string[], reason: string) {
  await page.goto(`${base}/${UNIT}/ppid/keberatan`);
  await page.getByLabel(/^Nomor pendaftaran permohonan/).fill(request.number);
  await page.getByLabel(/^Kode pelacakan permohonan/).fill(request.token);
  for (const ground of grounds) await page.getByRole('checkbox', { name: ground }).check();
  await page.getByLabel(/^Kasus posisi/).fill(reason);
  await page.getByRole('button', { name: 'Kirim keberatan' }).click();
}

/** Opens the admin signed in as a demo account, collecting console errors other than the sign-in probe's 401. */
async function signIn(context: BrowserContext, base: string, email: string) {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 401/.test(msg.text())) problems.push(msg.text());
  });
  // Final decisions ask once more; the journey answers yes.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await see(page, /Selamat datang/);
  return { page, problems };
}

const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name, exact: true });

describe('the PPID service from request to objection', () => {
  it('request → partial grant with notice → tracking → objection → Atasan PPID’s answer', { timeout: 180_000 }, async () => {
    const base = inject('baseUrl');

    // A citizen on a phone sends a request.
    const citizen = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID', isMobile: true, hasTouch: true, acceptDownloads: true });
    const public1 = await citizen.newPage();
    public1.setDefaultTimeout(10_000);
    const request = await submitRequest(public1, base, 'Daftar penerima beasiswa daerah tahun 2025 beserta besaran bantuannya.');

    // The PPID finds it in the register, takes it up and grants it in part.
    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID', acceptDownloads: true });
    const ppid = await signIn(staff, base, 'ppid-utama@nusalontar.example');
    await menu(ppid.page, 'Permohonan informasi').click();
    // The register finds it by its number and says in words how many are overdue or due soon.
    await ppid.page.getByLabel('Cari', { exact: true }).fill(request.number);
    await ppid.page.getByRole('button', { name: 'Tampilkan', exact: true }).click();
    await ppid.page.getByText(/^1 permohonan: \d+ tidak dijawab \(lewat batas waktu\), \d+ segera jatuh tempo\.$/).waitFor();
    await ppid.page.getByRole('link', { name: `Buka permohonan ${request.number}` }).click();
    await ppid.page.getByRole('heading', { level: 1, name: `Permohonan ${request.number}` }).waitFor();
    await ppid.page.getByRole('radio', { name: 'Proses', exact: true }).check();
    await ppid.page.getByRole('button', { name: 'Proses permohonan' }).click();
    await see(ppid.page, 'Status permohonan menjadi "Sedang diproses".');
    await ppid.page.getByRole('radio', { name: 'Kabulkan sebagian' }).check();
    await ppid.page.getByLabel('Bagian informasi (1)').fill('Nomor rekening penerima');
    await ppid.page.getByLabel('Alasan (1)').fill('Data pribadi, Pasal 17 huruf h');
    // The notice is dated today unless the PPID enters the day it was signed and sent.
    expect(await ppid.page.getByLabel('Tanggal surat pemberitahuan').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await ppid.page.getByRole('button', { name: 'Kabulkan sebagian' }).click();
    await see(ppid.page, 'Status permohonan menjadi "Dikabulkan sebagian".');

    // The information given, attached to the decision (the browser claims a type; the server reads the bytes).
    const attachments = ppid.page.getByRole('region', { name: 'Lampiran' });
    const list = 'nama;besaran\nPenerima A;2500000\n';
    await attachments
      .getByLabel('Berkas', { exact: true })
      .setInputFiles({ name: 'penerima-beasiswa-2025.csv', mimeType: 'application/pdf', buffer: Buffer.from(list) });
    await attachments.getByLabel('Judul (opsional)').fill('Daftar penerima beasiswa 2025');
    await attachments.getByRole('button', { name: 'Unggah' }).click();
    await see(attachments, 'Berkas dilampirkan.');
    await see(attachments, 'penerima-beasiswa-2025.csv, CSV, 32 B');

    // The written notice: PDF and Word downloads, then by e-mail to the requester.
    const notice = ppid.page.getByRole('region', { name: 'Surat pemberitahuan tertulis' });
    await notice.getByLabel(/^Waktu penyediaan/).fill('paling lambat 3 hari kerja');
    const [pdf] = await Promise.all([ppid.page.waitForEvent('download'), notice.getByRole('button', { name: 'Unduh pemberitahuan (.pdf)' }).click()]);
    expect(pdf.suggestedFilename()).toBe(`pemberitahuan-${request.number.replace(/\//g, '-')}.pdf`);
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
    const [docx] = await Promise.all([ppid.page.waitForEvent('download'), notice.getByRole('button', { name: 'Unduh pemberitahuan (.docx)' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    expect((await readFile((await docx.path())!)).subarray(0, 2).toString()).toBe('PK');
    await notice.getByRole('button', { name: 'Kirim pemberitahuan ke yohana.bria@warga.example' }).click();
    await see(ppid.page, 'Pemberitahuan dikirim ke yohana.bria@warga.example dan dicatat di riwayat.');

    // An objection that came by letter is entered from the request's page.
    await ppid.page.getByRole('link', { name: 'Catat keberatan atas permohonan ini' }).click();
    expect(await ppid.page.getByLabel('Nomor pendaftaran permohonan').inputValue()).toBe(request.number);
    await ppid.page.getByLabel('Saluran').selectOption({ label: 'Surat' });
    await ppid.page.getByRole('checkbox', { name: /^g\. / }).check();
    await ppid.page.getByLabel('Kasus posisi (uraian keberatan)').fill('Salinan yang dijanjikan belum diterima melalui e-mail.');
    await ppid.page.getByRole('button', { name: 'Simpan dan daftarkan' }).click();
    await ppid.page.getByRole('heading', { level: 2, name: /^Keberatan .+ terdaftar$/ }).waitFor();

    // The citizen reads the decision on the tracking page, then objects.
    await public1.goto(request.trackUrl);
    await expect.poll(() => definition(public1, 'Status').textContent()).toBe('Dikabulkan sebagian');
    await see(public1, 'Nomor rekening penerima');
    const [copy] = await Promise.all([public1.waitForEvent('download'), public1.getByRole('button', { name: 'Unduh: Daftar penerima beasiswa 2025' }).click()]);
    expect(copy.suggestedFilename()).toBe('penerima-beasiswa-2025.csv');
    expect(await readFile((await copy.path())!, 'utf8')).toBe(list);
    await fileObjection(
      public1,
      base,
      request,
      ['a. Permohonan informasi ditolak dengan alasan pengecualian Pasal 17', 'e. Permohonan informasi tidak dipenuhi'],
      'Nomor rekening tidak saya minta; yang saya perlukan adalah besaran bantuan per penerima, yang juga dihitamkan.',
    );
    await see(public1, 'Keberatan Anda telah terdaftar.');
    const objection = (await definition(public1, 'Nomor registrasi keberatan').textContent())!.trim();
    expect(await definition(public1, 'Nomor pendaftaran permohonan').textContent()).toBe(request.number);

    // The PPID sees it in the register and takes it up, but the decision is not theirs.
    await menu(ppid.page, 'Keberatan').click();
    await ppid.page.getByRole('link', { name: `Buka keberatan ${objection}` }).click();
    await ppid.page.getByRole('heading', { level: 1, name: `Keberatan ${objection}` }).waitFor();
    await ppid.page.getByRole('radio', { name: 'Proses', exact: true }).check();
    await ppid.page.getByRole('button', { name: 'Proses keberatan' }).click();
    await see(ppid.page, 'Putusan atas keberatan hanya dapat diberikan oleh Atasan PPID unit ini.');
    expect(await ppid.page.getByRole('radio', { name: /Putuskan keberatan/ }).count()).toBe(0);
    expect(ppid.problems).toEqual([]);

    // The Atasan PPID finds it in the register and decides it with a written answer.
    const chief = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const atasan = await signIn(chief, base, 'atasan-ppid@nusalontar.example');
    await menu(atasan.page, 'Keberatan').click();
    const row = atasan.page.getByRole('row').filter({ has: atasan.page.getByRole('link', { name: `Buka keberatan ${objection}` }) });
    await expect.poll(() => row.getByRole('cell').nth(1).textContent()).toBe('Diproses');
    // Registering, processing and withdrawing are the PPID's: the Atasan PPID is offered only the decision.
    expect(await atasan.page.getByRole('link', { name: 'Catat keberatan', exact: true }).count()).toBe(0);
    await row.getByRole('link', { name: `Buka keberatan ${objection}` }).click();
    await atasan.page.getByRole('radio', { name: 'Putuskan keberatan (Atasan PPID)' }).waitFor();
    expect(await atasan.page.getByRole('radio', { name: 'Catat penarikan oleh pemohon' }).count()).toBe(0);
    await see(atasan.page, 'Keberatan dicatat, diproses, dan dicabut oleh PPID unit ini; Atasan PPID membaca dan memutusnya.');
    await atasan.page.getByRole('radio', { name: 'Putuskan keberatan (Atasan PPID)' }).check();
    await atasan.page.getByRole('radio', { name: 'Keberatan dikabulkan' }).check();
    await atasan.page.getByLabel('Isi tanggapan tertulis').fill('Besaran bantuan per penerima bukan data pribadi yang dikecualikan.');
    await atasan.page.getByLabel('Perintah kepada PPID').fill('Berikan besaran bantuan per penerima paling lambat 5 hari kerja.');
    await atasan.page.getByRole('button', { name: 'Simpan putusan' }).click();
    const answer = atasan.page.getByRole('region', { name: 'Tanggapan tertulis Atasan PPID' });
    await answer.waitFor();
    await see(answer, 'Keberatan dikabulkan');
    const history = atasan.page.getByRole('region', { name: 'Riwayat' });
    await see(history, 'Diproses → Diputus Atasan PPID');

    // The Atasan PPID's part ends with the decision: recording the dispute is the PPID's.
    expect(await atasan.page.getByRole('button', { name: 'Catat sengketa' }).count()).toBe(0);
    expect(atasan.problems).toEqual([]);

    // The requester takes it to the Komisi Informasi; the PPID follows the case to the ruling and its compliance.
    await ppid.page.reload();
    const dispute = ppid.page.getByRole('region', { name: 'Sengketa di Komisi Informasi' });
    await dispute.getByLabel('Nomor registrasi di Komisi Informasi').fill('012/XI/KI-NL-PS/2026');
    await dispute.getByRole('button', { name: 'Catat sengketa' }).click();
    await see(dispute, '012/XI/KI-NL-PS/2026');
    await dispute.getByLabel('Tahap', { exact: true }).selectOption({ label: 'Putusan' });
    await dispute.getByLabel('Putusan Komisi Informasi').fill('Mengabulkan permohonan Pemohon untuk sebagian.');
    await dispute.getByRole('button', { name: 'Simpan tahap' }).click();
    await dispute.getByRole('radio', { name: 'Sudah dipatuhi' }).check();
    await dispute.getByRole('button', { name: 'Simpan kepatuhan' }).click();
    await expect.poll(() => definition(ppid.page, 'Kepatuhan atas putusan').textContent()).toBe('Sudah dipatuhi');
    expect(await definition(ppid.page, 'Tahap').textContent()).toBe('Putusan');
    expect(ppid.problems).toEqual([]);

    // On a phone the case and the register fit the screen's width.
    for (const page of [atasan.page, ppid.page]) await page.setViewportSize({ width: 390, height: 844 });
    await ppid.page.getByRole('button', { name: 'Menu' }).click();
    await menu(ppid.page, 'Keberatan').click();
    await ppid.page.getByRole('link', { name: `Buka keberatan ${objection}` }).waitFor();
    for (const page of [atasan.page, ppid.page]) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await citizen.close();
    await staff.close();
    await chief.close();
  });

  it('the public part works without JavaScript', { timeout: 60_000 }, async () => {
    const base = inject('baseUrl');
    const noJs = await browser.newContext({ javaScriptEnabled: false, locale: 'id-ID' });
    const page = await noJs.newPage();
    page.setDefaultTimeout(10_000);
    const request = await submitRequest(page, base, 'Rencana kerja tahunan Dinas Komunikasi dan Informatika tahun 2026.');

    await page.goto(request.trackUrl);
    expect(await definition(page, 'Status').textContent()).toBe('Terdaftar');

    // A wrong code comes back to the form, at its field, with what was typed.
    await fileObjection(
      page,
      base,
      { number: request.number, token: 'bukan-kode-yang-benar' },
      ['b. Informasi berkala (Pasal 9) tidak disediakan'],
      'Rencana kerja tahunan tidak diumumkan di situs web.',
    );
    await see(page, /Permohonan dengan nomor dan kode pelacakan tersebut tidak ditemukan/);
    expect(await page.getByLabel(/^Nomor pendaftaran permohonan/).inputValue()).toBe(request.number);

    // Periodic information not published (ground b) may be objected to at any time.
    await fileObjection(page, base, request, ['b. Informasi berkala (Pasal 9) tidak disediakan'], 'Rencana kerja tahunan tidak diumumkan di situs web.');
    await see(page, 'Keberatan Anda telah terdaftar.');
    expect(await definition(page, 'Nomor pendaftaran permohonan').textContent()).toBe(request.number);
    await noJs.close();
  });
});
