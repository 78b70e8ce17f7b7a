import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { MessageKey } from '../i18n/catalogue.ts';
import { AppError } from './errors.ts';

/** Where Debian installs Chromium; `CHROMIUM_PATH` points elsewhere. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether a Chromium binary is installed where Warta looks for it. */
export const chromiumAvailable = (): boolean => existsSync(chromiumPath());

/**
 * Runs `work` with a headless Chromium that is closed afterwards. Chromium is optional: without it
 * (or when it will not start) the caller gets `unavailable` (503) carrying `messageKey`, which
 * should point to the Word version, since that needs no browser.
 */
export async function withChromium<T>(messageKey: MessageKey, work: (browser: Browser) => Promise<T>): Promise<T> {
  if (!chromiumAvailable()) throw new AppError('unavailable', messageKey);
  // Loaded on first use: playwright-core adds ~0.6 s to every start, and only PDFs need it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium
    .launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] })
    .catch(() => {
      throw new AppError('unavailable', messageKey);
    });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Prints a self-contained HTML document to an A4 PDF. The page gets no network and no script:
 * everything it shows is in the HTML, and a request's text typed by the public must not run.
 */
export function htmlToPdf(html: string, messageKey: MessageKey): Promise<Buffer> {
  return withChromium(messageKey, async (browser) => {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true });
  });
}

/** Renders SVG pictures to PNG at twice their size (sharp when printed), in one browser session. */
export async function svgsToPng(svgs: readonly string[], messageKey: MessageKey): Promise<Buffer[]> {
  if (svgs.length === 0) return [];
  return withChromium(messageKey, async (browser) => {
    const page = await browser.newPage({ deviceScaleFactor: 2, javaScriptEnabled: false });
    await page.route('**/*', (route) => route.abort());
    const pngs: Buffer[] = [];
    for (const svg of svgs) {
      await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
      pngs.push(await page.locator('svg').first().screenshot({ type: 'png' }));
    }
    return pngs;
  });
}
