import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

// axe-core's own build, injected into each page; the site's CSP forbids scripts, so the test's
// context bypasses it (the pages themselves run no script).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// WCAG 2.0, 2.1 and 2.2 at levels A and AA: what public sites of Indonesian agencies are held to.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = { id: string; impact: string | null; help: string; targets: string[] };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function violationsOf(page: Page, url: string): Promise<{ status: number; violations: Violation[] }> {
  const res = await page.goto(url);
  return { status: res?.status() ?? 0, violations: await axeOf(page) };
}

/** The kontak form sent with its fields empty (after the wait the form asks of a person): the page with its errors. */
async function kontakWithErrors(page: Page, url: string): Promise<{ status: number; violations: Violation[] }> {
  await page.goto(url);
  // The browser's own checks would stop an empty form before it is sent; the server's answer is what is tested.
  await page.locator('main form').evaluate((form) => form.setAttribute('novalidate', ''));
  await page.waitForTimeout(3200);
  const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('main form button[type="submit"]').click()]);
  await page.waitForLoadState('load');
  expect(await page.locator('main .field-error').count(), url).toBeGreaterThan(0);
  return { status: res.status(), violations: await axeOf(page) };
}

async function axeOf(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global the injected script defines
    const axe = (window as any).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, wcagTags);
  return violations;
}

/** One programme's year of alumni, as the alumni page links it. */
async function alumniYearPage(base: string): Promise<string | undefined> {
  const html = await (await fetch(`${base}/bpsdmd/alumni`)).text();
  const href = /<a href="(\/bpsdmd\/alumni\?program=[^"]+)"/.exec(html)?.[1];
  return href ? `${base}${href.replaceAll('&amp;', '&')}` : undefined;
}

/** The first address in the unit's sitemap matching a pattern, on the test server's origin. */
function firstLike(locs: string[], pattern: RegExp): string | undefined {
  return locs.find((l) => pattern.test(new URL(l).pathname));
}

describe('public templates pass axe (WCAG 2.2 AA rules)', () => {
  it('every public template has no violation, on a phone in Indonesian and English and on a desktop', async () => {
    const base = inject('baseUrl');
    // Every page the sitemaps name (the pemda's index, then each unit's), on the test server's origin:
    // the sitemaps name pages at the site's canonical address, and the test server answers them by path.
    const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
    const read = async (loc: string) => parser.parse(await (await fetch(`${base}${new URL(loc).pathname}`)).text());
    const index = await read(`${base}/sitemap.xml`);
    const unitMaps: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc).filter((l: string) => /\/[^/]+\/sitemap\.xml$/.test(l));
    const locs: string[] = [];
    for (const map of unitMaps) locs.push(...((await read(map)).urlset.url ?? []).map((u: { loc: string }) => `${base}${new URL(u.loc).pathname}`));
    const templates: Record<string, string | undefined> = {
      'unit home': `${base}/bpsdmd`,
      'pemda home': `${base}/`,
      'berita list': `${base}/bpsdmd/berita`,
      'berita bidang list': firstLike(locs, /^\/bpsdmd\/berita\/[^/]+$/),
      'berita item': firstLike(locs, /^\/bpsdmd\/berita\/[^/]+\/[^/]+$/),
      'artikel list': `${base}/bpsdmd/artikel`,
      'artikel item': firstLike(locs, /^\/bpsdmd\/artikel\/[^/]+$/),
      'pengumuman item': firstLike(locs, /^\/[^/]+\/pengumuman\/[^/]+$/),
      'publikasi index': `${base}/bpsdmd/publikasi`,
      'publikasi list': `${base}/bpsdmd/publikasi/materi`,
      'publikasi item': firstLike(locs, /^\/[^/]+\/publikasi\/[^/]+\/[^/]+$/),
      kalender: `${base}/bpsdmd/kalender`,
      'agenda item': firstLike(locs, /^\/[^/]+\/agenda\/[^/]+$/),
      'galeri item': firstLike(locs, /^\/[^/]+\/galeri\/[^/]+$/),
      'video item': firstLike(locs, /^\/[^/]+\/video\/[^/]+$/),
      'profil index': `${base}/bpsdmd/profil`,
      'profil page': `${base}/bpsdmd/profil/sejarah`,
      kontak: `${base}/bpsdmd/kontak`,
      'ppid landing': `${base}/bpsdmd/ppid`,
      ...Object.fromEntries(
        locs.filter((l) => /^\/bpsdmd\/ppid\/[^/]+$/.test(new URL(l).pathname)).map((l) => [`ppid ${new URL(l).pathname.split('/').at(-1)}`, l]),
      ),
      'kalender month': `${base}/bpsdmd/kalender/bulan/${new Date().toISOString().slice(0, 7)}`,
      'kalender past': `${base}/bpsdmd/kalender/lalu`,
      'search results': `${base}/bpsdmd/cari?q=pelatihan`,
      'search without results': `${base}/bpsdmd/cari?q=zzzqqqxxx`,
      'pemda search results': `${base}/cari?q=pelatihan`,
      'alumni index': `${base}/bpsdmd/alumni`,
      'alumni programme year': await alumniYearPage(base),
      'kontak after a validation error': `${base}/bpsdmd/kontak`,
      '404': `${base}/bpsdmd/halaman-yang-tidak-ada`,
    };
    const statusOf = (name: string) => (name === '404' ? 404 : name.startsWith('kontak after') ? 400 : 200);
    const missing = Object.entries(templates)
      .filter(([, url]) => !url)
      .map(([name]) => name);
    const report: Record<string, Violation[]> = {};
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 900 },
    ]) {
      const context = await browser.newContext({ bypassCSP: true, viewport, locale: 'id-ID' });
      const page = await context.newPage();
      for (const [name, url] of Object.entries(templates)) {
        if (!url) continue;
        // Both languages on a phone, where most readers are; the desktop layout in Indonesian.
        for (const lang of viewport.width < 600 ? ['id', 'en'] : ['id']) {
          const address = lang === 'en' ? `${url}${url.includes('?') ? '&' : '?'}lang=en` : url;
          const { status, violations } = await (name.startsWith('kontak after') ? kontakWithErrors : violationsOf)(page, address);
          expect(status, `${name} ${address}`).toBe(statusOf(name));
          if (violations.length > 0) report[`${name} (${lang}, ${viewport.width}px)`] = violations;
        }
      }
      await context.close();
    }
    console.info(`axe: ${Object.keys(templates).length - missing.length} templates checked`);
    // Every template is checked: a demo without an item of some kind is a gap in coverage, and fails.
    expect(missing).toEqual([]);
    expect(report).toEqual({});
  }, 600_000);
});
