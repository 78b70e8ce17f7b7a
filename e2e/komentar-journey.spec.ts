import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

// A note on an item mentions a team member: typing "@" and part of a name narrows the picker, the keyboard ticks.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('comments with mentions', () => {
  it('the redaktur types @ and a name, ticks the person with the keyboard and sends', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto(`${inject('baseUrl')}/admin/`);
    await page.getByLabel('E-mail').fill('redaktur@nusalontar.example');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Menunggu Anda' }).waitFor();
    await page.goto(`${inject('baseUrl')}/admin/konten`);
    await page.getByRole('link', { name: 'Bimbingan Teknis Analisis Jabatan bagi Pengelola Kepegawaian' }).first().click();
    const box = page.getByRole('group', { name: 'Sebut orang (mereka menerima e-mail)' });
    await box.waitFor();
    const everyone = await box.getByRole('checkbox').count();
    expect(everyone).toBeGreaterThan(3);
    const text = page.getByLabel('Komentar', { exact: true });
    await text.fill('Mohon foto sampulnya diganti, @Agust');
    await box.getByText('Menampilkan nama yang memuat "Agust".').waitFor();
    expect(await box.getByRole('checkbox').count()).toBe(1);
    const person = box.getByRole('checkbox', { name: /Agustina Bere/ });
    await person.focus();
    await page.keyboard.press('Space');
    expect(await person.isChecked()).toBe(true);
    expect(await text.inputValue()).toMatch(/@Agustina Bere, S\.T $/);
    // With the name completed the whole list is back, the ticked person still ticked.
    expect(await box.getByRole('checkbox').count()).toBe(everyone);
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await page.getByText('Komentar terkirim.').waitFor();
    await page.locator('.comments li', { hasText: 'Mohon foto sampulnya diganti' }).getByText('@ Agustina Bere, S.T').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
