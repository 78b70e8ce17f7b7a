import type { APIRequestContext, Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

// Issue 9's journey: a news item the team publishes is, within a second, on the unit's home, its
// bidang's list, the unit's feed, the sitemap and the search. Every one of those pages is read
// first, so a page cache that kept the page from before the publication fails here.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

type Staff = { request: APIRequestContext; csrf: string };

async function staff(key: string): Promise<Staff> {
  const context = await browser.newContext();
  const res = await context.request.post(`${inject('baseUrl')}/api/auth/sign-in`, {
    data: { email: `${key}@nusalontar.example`, password: DEMO_PASSWORD },
  });
  expect(res.status(), `sign-in ${key}`).toBe(200);
  return { request: context.request, csrf: (await res.json()).csrfToken };
}

async function call(who: Staff, method: 'get' | 'post' | 'put', path: string, data?: unknown) {
  const res = await who.request.fetch(`${inject('baseUrl')}/api${path}`, { method, data, headers: { 'x-csrf-token': who.csrf } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('a published news item reaches every public page at once', () => {
  it('is on the unit home, its bidang list, the feed, the sitemap and the search within a second', { timeout: 120_000 }, async () => {
    const base = inject('baseUrl');
    const word = `Lontarsari${Date.now() % 100_000}`;
    const judul = `Sosialisasi Jabatan Fungsional di Desa ${word}`;
    const reader = await browser.newContext({ javaScriptEnabled: false });
    const text = async (path: string) => {
      const res = await reader.request.get(`${base}${path}`);
      expect(res.status(), path).toBe(200);
      return res.text();
    };

    const kontributor = await staff('kontributor');
    const units: { id: string; slug: string }[] = (await call(kontributor, 'get', '/units')).items;
    const unit = units.find((u) => u.slug === 'bpsdmd')!;
    const bidangList: { id: string; slug: string }[] = (await call(kontributor, 'get', `/units/${unit.id}/bidang`)).items;
    const bidang = bidangList.find((b) => b.slug === 'teknis') ?? bidangList[0]!;
    // Each page links the item at its address, whose slug comes from the title (the search page
    // repeats the query, so the word alone would be found there before the item exists).
    const slug = `sosialisasi-jabatan-fungsional-di-desa-${word.toLowerCase()}`;
    const pages = ['/bpsdmd', `/bpsdmd/berita/${bidang.slug}`, '/bpsdmd/rss.xml', '/bpsdmd/sitemap.xml', `/bpsdmd/cari?q=${word}`];
    // Read (and so cache) every page before the news exists.
    for (const path of pages) expect(await text(path), path).not.toContain(slug);

    const created = await call(kontributor, 'post', '/konten', {
      unitId: unit.id,
      jenis: 'berita',
      bidangId: bidang.id,
      judul,
      ringkasan: `Tim BPSDMD menyosialisasikan jabatan fungsional kepada perangkat desa ${word}.`,
      isi: doc('Sosialisasi diikuti perangkat desa dan pengelola kepegawaian kecamatan.'),
    });
    const id: string = created.item?.id ?? created.id;
    await call(kontributor, 'post', `/konten/${id}/status`, { ke: 'diajukan' });
    const redaktur = await staff('redaktur');
    await call(redaktur, 'post', `/konten/${id}/status`, { ke: 'ditinjau' });
    for (let n = 1; n <= 9; n++) await call(redaktur, 'put', `/konten/${id}/fbs/${n}`, {});
    await call(redaktur, 'post', `/konten/${id}/status`, { ke: 'menunggu_persetujuan' });
    await call(await staff('kepala'), 'post', `/konten/${id}/status`, { ke: 'disetujui' });
    await call(await staff('admin-medsos'), 'post', `/konten/${id}/status`, { ke: 'terbit' });
    const publishedAt = Date.now();

    for (const path of pages) expect(await text(path), path).toContain(slug);
    expect(Date.now() - publishedAt).toBeLessThan(1_000);
    await reader.close();
  });
});
