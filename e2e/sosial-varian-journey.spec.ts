import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

// Issue 10's variants: Dinas PUPR's social media admin composes the X variant of an item waiting
// for approval, sees the limit live as X counts it, saves it; the head's approval is refused naming
// the account; the admin lets the variant follow the item again and the head approves.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const judul = 'Dinas PUPR Latih Pengelola Barang Milik Daerah';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA violations inside the "Versi media sosial" panel (axe-core, injected). */
async function panelViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global the injected script defines
    const axe = (window as any).axe;
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const result = await axe.run('section.varian', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function signIn(key: string): Promise<{ page: Page; problems: string[] }> {
  // bypassCSP: the axe script is injected by the test; the admin itself runs only its own scripts.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of (401|409)/.test(msg.text())) problems.push(msg.text());
  });
  await page.goto(`${inject('baseUrl')}/admin/`);
  await page.getByLabel('E-mail').fill(`${key}@nusalontar.example`);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Menunggu Anda' }).waitFor();
  return { page, problems };
}

describe('social variants of an item', () => {
  it('are composed with live limits, refuse the approval while one breaks a limit, then pass', { timeout: 180_000 }, async () => {
    const base = inject('baseUrl');
    const admin = await signIn('medsos-pupr');
    const id = await admin.page.evaluate(async (title) => {
      const res = await fetch('/api/konten?status=menunggu_persetujuan', { credentials: 'same-origin' });
      const body = (await res.json()) as { items: { id: string; judul: string }[] };
      return body.items.find((i) => i.judul === title)?.id;
    }, judul);
    expect(id).toBeTruthy();
    await admin.page.goto(`${base}/admin/konten/${id}`);
    const panel = admin.page.getByRole('region', { name: 'Versi media sosial' });
    const x = panel.getByRole('article', { name: /^X · / });
    // Filled from the item: title and the public link, counted X's way (a link is 23).
    const text = x.getByLabel(/^Teks/);
    await expect(text.inputValue()).resolves.toMatch(new RegExp(`^${judul}\\n\\nhttp`));
    await x.getByText(`${judul.length + 2 + 23} dari 280`).waitFor();
    // TikTok waits for a person; YouTube has no video to send.
    await expect(
      panel
        .getByRole('article', { name: /^TikTok · / })
        .getByLabel('Kirim ke akun ini')
        .isChecked(),
    ).resolves.toBe(false);

    await text.fill(`${'Pelatihan pengelola barang milik daerah. '.repeat(7)}#PUPR`);
    await x.getByText('Teks terlalu panjang untuk X: 292 dari paling banyak 280 karakter.').waitFor();
    await x.getByText('1 hal perlu diperbaiki sebelum disetujui.').waitFor();
    await x.getByRole('button', { name: 'Simpan varian' }).click();
    await x.getByText('Varian tersimpan.').waitFor();
    await expect(panelViolations(admin.page)).resolves.toEqual([]);

    const head = await signIn('pj-pupr');
    await head.page.goto(`${base}/admin/konten/${id}/setujui`);
    // The head sees every variant being approved, with its problem, beside the item.
    await head.page
      .getByRole('region', { name: 'Versi media sosial' })
      .getByText('Teks terlalu panjang untuk X: 292 dari paling banyak 280 karakter.')
      .waitFor();
    await head.page.getByRole('button', { name: 'Setujui', exact: true }).click();
    await head.page
      .getByRole('alert')
      .getByText('Teks terlalu panjang untuk X “Humas Dinas Pekerjaan Umum dan Penataan Ruang (x)”: 292 dari paling banyak 280 karakter.')
      .waitFor();

    await x.getByRole('button', { name: 'Kembali ikuti naskah' }).click();
    await x.getByText('Memenuhi batas platform.').waitFor();
    await x.getByRole('button', { name: 'Simpan varian' }).click();
    await x.getByText('Varian tersimpan.').waitFor();

    await head.page.reload();
    await head.page.getByRole('button', { name: 'Setujui', exact: true }).click();
    await head.page.getByText('Naskah disetujui. Admin medsos dapat menerbitkan atau menjadwalkannya.').waitFor();
    expect([...admin.problems, ...head.problems]).toEqual([]);
  });
});
