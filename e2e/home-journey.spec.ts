import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

// Each demo role lands on a home that says what waits on it, and a menu with only what it may open.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const nav = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' });

async function signIn(email: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 401/.test(msg.text())) problems.push(msg.text());
  });
  await page.goto(`${inject('baseUrl')}/admin/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Menunggu Anda' }).waitFor();
  return { page, problems };
}

const menuLabels = async (page: Page) => (await nav(page).getByRole('link').allInnerTexts()).map((s) => s.trim());

describe('the admin home per role', () => {
  it('gives the unit PPID its unit’s requests, linked to the register', { timeout: 90_000 }, async () => {
    const { page, problems } = await signIn('ppid-pelaksana@nusalontar.example');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Badan Pengembangan Sumber Daya Manusia Daerah' }) });
    await card.getByRole('link', { name: /permohonan baru belum diproses/ }).waitFor();
    await expect(card.getByRole('link', { name: /keberatan menunggu keputusan Atasan PPID/ }).count()).resolves.toBe(0);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['Permohonan informasi', 'Keberatan', 'Daftar informasi', 'Laporan KIP']));
    await card.getByRole('link', { name: /permohonan baru belum diproses/ }).click();
    await page.getByRole('heading', { name: 'Permohonan informasi', level: 1 }).waitFor();
    expect(page.url()).toContain('status=terdaftar');
    // The heading takes focus for screen readers, without an outline boxing it.
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.evaluate((h) => document.activeElement === h && getComputedStyle(h).outlineStyle)).toBe('none');
    expect(problems).toEqual([]);
  });

  it('gives the Atasan PPID the objections to decide and no requests to process', { timeout: 90_000 }, async () => {
    const { page, problems } = await signIn('atasan-ppid@nusalontar.example');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Dinas Komunikasi dan Informatika' }) });
    await card.getByRole('link', { name: /keberatan menunggu keputusan Atasan PPID/ }).waitFor();
    await expect(card.getByRole('link', { name: /permohonan baru belum diproses/ }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows the evaluator reports and audit, not the registers it would be refused', { timeout: 90_000 }, async () => {
    const { page, problems } = await signIn('evaluator@nusalontar.example');
    await page.getByText('Sebagai evaluator Diskominfo').waitFor();
    const labels = await menuLabels(page);
    expect(labels).toEqual(expect.arrayContaining(['Laporan KIP', 'Log audit']));
    expect(labels).not.toContain('Permohonan informasi');
    expect(labels).not.toContain('Keberatan');
    // Typed in by hand, the address answers in words without asking the API for what it would refuse.
    await page.goto(`${inject('baseUrl')}/admin/permohonan`);
    await page.getByRole('heading', { name: 'Tidak berhak', level: 1 }).waitFor();
    expect(problems).toEqual([]);
  });
});
