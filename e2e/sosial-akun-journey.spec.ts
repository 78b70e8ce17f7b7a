import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { createApp } from '../src/http/app.ts';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { seedDemoIfEmpty } from '../src/modules/demo/seed-demo.ts';
import { konten } from '../src/modules/konten/schema.ts';
import { type RunningFakes, startPlatformFakes } from '../src/modules/sosial/fakes/start-fakes.ts';
import type { Services } from '../src/services.ts';
import { launchChromium } from './browser.ts';

// A Warta of its own with the platform fakes (WARTA_PLATFORM_FAKES=1) and no app credentials yet:
// the tenant admin enters them here. Its own server, because another journey turns on the shared
// demo admin's two-step sign-in.
let browser: Browser;
let base = '';
let stop: () => Promise<void> = async () => {};
let services: Services;
let platforms: RunningFakes;
beforeAll(async () => {
  let fakes: RunningFakes | undefined;
  let basePort = 0;
  for (let i = 0; i < 8 && !fakes; i++) {
    basePort = 28_000 + Math.floor(Math.random() * 1_000) * 5;
    fakes = await startPlatformFakes({ basePort }).catch(() => undefined);
  }
  if (!fakes) throw new Error('no free ports for the platform fakes');
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-e2e-sosial-'));
  const config = loadConfig({
    WARTA_DATA_DIR: dataDir,
    WARTA_LOG_LEVEL: 'warn',
    PORT: '0',
    WARTA_PLATFORM_FAKES: '1',
    WARTA_PLATFORM_FAKES_PORT: String(basePort),
  });
  const running = await boot(config);
  services = running.services;
  platforms = fakes;
  await seedDemoIfEmpty(running.services);
  const server = serve({ fetch: createApp(running.services).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  running.services.config.publicUrl = base;
  browser = await launchChromium();
  stop = async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await running.stop();
    await fakes.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}, 120_000);
afterAll(() => stop());

async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Menunggu Anda' }).waitFor();
  return page;
}

async function see(page: Page, text: string | RegExp) {
  await page.getByText(text).first().waitFor({ state: 'visible', timeout: 15_000 });
}

describe('an admin connects the unit’s accounts through the platforms’ permission screens', () => {
  it('enters the agency apps, connects a Facebook Page and X (simulated, refusing X once), sees them labelled, disconnects X', {
    timeout: 150_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/status of 401/.test(msg.text())) problems.push(msg.text());
    });
    await page.goto(`${base}/admin/`);
    await page.getByLabel('E-mail').fill('admin@nusalontar.example');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await see(page, /Selamat datang/);
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Akun media sosial', exact: true }).click();
    await page.getByRole('heading', { name: 'Akun media sosial', level: 1 }).waitFor();

    // The agency's apps: the callback address to register is shown; the admin enters the client id and secret.
    const facebookApp = page.getByRole('region', { name: /^Facebook/ });
    await facebookApp.getByText(`${base}/api/sosial/oauth/facebook/callback`).waitFor();
    await facebookApp.getByLabel('ID aplikasi (client ID)').fill('fb-app');
    await facebookApp.getByLabel('Rahasia aplikasi (client secret)').fill('fb-secret');
    await facebookApp.getByRole('button', { name: 'Simpan aplikasi Facebook' }).click();
    await facebookApp.getByText('Tersimpan.', { exact: true }).waitFor();
    await facebookApp.getByText('Simulasi', { exact: true }).waitFor();
    expect(await facebookApp.getByLabel('Rahasia aplikasi (client secret)').inputValue()).toBe('');
    const xApp = page.getByRole('region', { name: /^X/ });
    await xApp.getByLabel('ID aplikasi (client ID)').fill('x-client');
    await xApp.getByRole('button', { name: 'Simpan aplikasi X' }).click();
    await xApp.getByText('Tersimpan.', { exact: true }).waitFor();

    // Facebook: the platform's permission page, back to Warta, and the Page chosen from those the login manages.
    const unit = () => page.getByRole('region', { name: /^Badan Pengembangan Sumber Daya Manusia Daerah/ });
    await unit().getByText('Unit ini belum punya akun media sosial.', { exact: false }).waitFor();
    await unit().getByLabel('Platform').first().selectOption('facebook');
    await unit().getByRole('button', { name: 'Sambungkan', exact: true }).click();
    // The simulated permission page: labelled, naming the app and what it asks for.
    await page.getByRole('heading', { name: 'Facebook', level: 1 }).waitFor();
    await see(page, /halaman ini meniru layar izin Facebook/);
    await see(page, 'Membuat, mengubah, dan menghapus postingan Halaman');
    await page.getByRole('button', { name: 'Izinkan' }).click();
    await page.getByRole('heading', { name: 'Pilih akun yang disambungkan' }).waitFor();
    expect(page.url()).toContain('pilih=');
    await page.getByLabel('Media Center Simulasi').check();
    await page.getByRole('button', { name: 'Sambungkan akun ini' }).click();
    await unit().getByRole('link', { name: 'Media Center Simulasi' }).waitFor();

    // X (OAuth 2.0 with PKCE): refused first, which lands back on the accounts screen with words, then allowed.
    await unit().getByLabel('Platform').first().selectOption('x');
    await unit().getByRole('button', { name: 'Sambungkan', exact: true }).click();
    await page.getByRole('heading', { name: 'X', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Tolak' }).click();
    await page.getByRole('heading', { name: 'Akun media sosial', level: 1 }).waitFor();
    await see(page, 'Izin tidak diberikan di platform. Akun belum tersambung.');
    expect(new URL(page.url()).pathname).toBe('/admin/akun-sosial');
    expect(
      await unit()
        .getByRole('row', { name: /@kominfo_simulasi/ })
        .count(),
    ).toBe(0);
    await unit().getByLabel('Platform').first().selectOption('x');
    await unit().getByRole('button', { name: 'Sambungkan', exact: true }).click();
    await page.getByRole('button', { name: 'Izinkan' }).click();
    await see(page, 'Akun tersambung.');
    const xRow = unit().getByRole('row', { name: /@kominfo_simulasi/ });
    await xRow.waitFor();
    await xRow.getByText('Simulasi', { exact: true }).waitFor();
    await xRow.getByText('Tersambung', { exact: true }).waitFor();
    await unit()
      .getByRole('row', { name: /Media Center Simulasi/ })
      .getByText('Simulasi', { exact: true })
      .waitFor();
    // No token ever reaches the page.
    expect(await page.content()).not.toMatch(/tok\d{6}/);

    // Disconnect X: its tokens are dropped and it is listed as disconnected.
    page.once('dialog', (dialog) => void dialog.accept());
    await xRow.getByRole('button', { name: /Putuskan/ }).click();
    await see(page, '@kominfo_simulasi diputus. Token aksesnya sudah dihapus.');
    await unit()
      .getByRole('row', { name: /@kominfo_simulasi/ })
      .getByText('Diputus', { exact: true })
      .waitFor();
    await unit()
      .getByRole('row', { name: /Media Center Simulasi/ })
      .getByText('Tersambung', { exact: true })
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the head approves an item with its Facebook version; the social media admin publishes it everywhere, sees the link, unpublishes the item and deletes the post', {
    timeout: 150_000,
  }, async () => {
    const judul = 'Alumni Pelatihan Dasar Terapkan Aktualisasi di Kantor Kecamatan';
    const [item] = await services.db.select({ id: konten.id }).from(konten).where(eq(konten.judul, judul));
    const head = await signIn('kepala@nusalontar.example');
    await head.goto(`${base}/admin/konten/${item?.id}/setujui`);
    await head.getByRole('region', { name: 'Versi media sosial' }).getByText('Media Center Simulasi').first().waitFor();
    await head.getByRole('button', { name: 'Setujui', exact: true }).click();
    await head.getByText('Naskah disetujui.').waitFor();

    const admin = await signIn('admin-medsos@nusalontar.example');
    await admin.goto(`${base}/admin/konten/${item?.id}`);
    const panel = admin.getByRole('region', { name: 'Terbitkan ke media sosial' });
    await panel.getByRole('button', { name: 'Terbitkan ke semua akun' }).click();
    // The job posts to the simulated Page; the panel follows it to the post's link.
    await panel.getByRole('link', { name: 'Lihat unggahan di Facebook' }).waitFor({ timeout: 60_000 });
    const posted = [...platforms.fakes.facebook.posts.values()].filter((p) => p.message?.includes(judul));
    expect(posted).toHaveLength(1);
    // A second press posts nothing twice.
    expect(await panel.getByRole('button', { name: 'Terbitkan ke semua akun' }).count()).toBe(0);

    // The item goes on the website and is taken off again: the post still up on Facebook is offered for deletion.
    await admin.getByRole('button', { name: 'Terbitkan sekarang' }).click();
    await admin.getByRole('button', { name: 'Tarik dari situs' }).click();
    const stillUp = panel.getByRole('region', { name: 'Kiriman yang masih tayang di media sosial' });
    admin.once('dialog', (dialog) => void dialog.accept());
    await stillUp.getByRole('button', { name: 'Hapus dari Facebook' }).click();
    // The delete job runs; once nothing is up any more the section goes away and the fake holds no post of the item.
    await stillUp.waitFor({ state: 'detached', timeout: 60_000 });
    expect([...platforms.fakes.facebook.posts.values()].filter((p) => p.message?.includes(judul))).toHaveLength(0);
    await head.context().close();
    await admin.context().close();
  });
});
