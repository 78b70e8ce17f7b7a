import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { MessageKey } from '../i18n/catalogue.ts';
import { AppError } from './errors.ts';

/** Where Debian installs Chromium; `CHROMIUM_PATH` points elsewhere. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether a Chromium binary is installed where Warta looks for it. */
export const chromiumAvailable = (): boolean => existsSync(chromiumPath());

export type ChromiumLimits = {
  /** Documents rendered at the same time (each is a page in the one browser). */
  rendering: number;
  /** Documents waiting for a turn; one more is refused at once with 503 (error.renderer_busy). */
  waiting: number;
  /** A browser unused this long is closed (its ~100 MB go back); the next document launches it again. */
  idleMs: number;
};

async function launchChromium(): Promise<Browser> {
  // Loaded on first use: playwright-core adds ~0.6 s to every start, and only PDFs need it.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/**
 * One headless Chromium for the whole process, launched on first use, shared by every document:
 * at most `rendering` at once, at most `waiting` in line, the rest refused. A browser that crashed
 * or was closed is launched again by the next document.
 */
export class ChromiumPool {
  private browser: Promise<Browser> | null = null;
  private active = 0;
  private readonly queue: Array<() => void> = [];
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly launch: () => Promise<Browser> = launchChromium,
    readonly limits: ChromiumLimits = { rendering: 2, waiting: 8, idleMs: 120_000 },
  ) {}

  /** Runs `work` with the shared browser. Without Chromium (or when it will not start) the caller gets `unavailable` (503) carrying `messageKey`. */
  async use<T>(messageKey: MessageKey, work: (browser: Browser) => Promise<T>): Promise<T> {
    await this.takeTurn();
    clearTimeout(this.idleTimer);
    try {
      const browser = await this.current().catch(() => {
        throw new AppError('unavailable', messageKey);
      });
      try {
        return await work(browser);
      } catch (err) {
        // The browser went away under this document (crash, killed): say unavailable, not 500.
        if (!browser.isConnected()) throw new AppError('unavailable', messageKey);
        throw err;
      }
    } finally {
      this.endTurn();
    }
  }

  /** Closes the browser (shutdown); a later document launches a new one. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const browser = this.browser;
    this.browser = null;
    const open = await browser?.catch(() => null);
    await open?.close().catch(() => {});
  }

  get stats() {
    return { rendering: this.active, waiting: this.queue.length, launched: this.browser !== null };
  }

  private current(): Promise<Browser> {
    if (this.browser) return this.browser;
    const launching = this.launch().then((browser) => {
      browser.on('disconnected', () => {
        if (this.browser === launching) this.browser = null;
      });
      return browser;
    });
    launching.catch(() => {
      if (this.browser === launching) this.browser = null;
    });
    this.browser = launching;
    return launching;
  }

  private async takeTurn(): Promise<void> {
    if (this.active < this.limits.rendering) {
      this.active++;
      return;
    }
    if (this.queue.length >= this.limits.waiting) throw new AppError('unavailable', 'error.renderer_busy');
    // The turn is handed over by endTurn: `active` stays counted for the waiter.
    await new Promise<void>((resolve) => this.queue.push(resolve));
  }

  private endTurn(): void {
    const next = this.queue.shift();
    if (next) {
      next();
      return;
    }
    this.active--;
    if (this.active === 0 && this.browser) {
      this.idleTimer = setTimeout(() => void this.close(), this.limits.idleMs);
      this.idleTimer.unref();
    }
  }
}

const shared = new ChromiumPool();

/** Runs `work` with the process's shared headless Chromium (see ChromiumPool). */
export function withChromium<T>(messageKey: MessageKey, work: (browser: Browser) => Promise<T>): Promise<T> {
  if (!chromiumAvailable()) return Promise.reject(new AppError('unavailable', messageKey));
  return shared.use(messageKey, work);
}

/** Closes the shared browser, if one runs (on shutdown). */
export const closeChromium = (): Promise<void> => shared.close();

/**
 * Prints a self-contained HTML document to an A4 PDF. The page gets no network and no script:
 * everything it shows is in the HTML, and a request's text typed by the public must not run.
 */
export function htmlToPdf(html: string, messageKey: MessageKey): Promise<Buffer> {
  return withChromium(messageKey, async (browser) => {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true });
    } finally {
      await context.close().catch(() => {});
    }
  });
}

/** Renders SVG pictures to PNG at twice their size (sharp when printed), in one page of the shared browser. */
export async function svgsToPng(svgs: readonly string[], messageKey: MessageKey): Promise<Buffer[]> {
  if (svgs.length === 0) return [];
  return withChromium(messageKey, async (browser) => {
    const context = await browser.newContext({ deviceScaleFactor: 2, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      const pngs: Buffer[] = [];
      for (const svg of svgs) {
        await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
        pngs.push(await page.locator('svg').first().screenshot({ type: 'png' }));
      }
      return pngs;
    } finally {
      await context.close().catch(() => {});
    }
  });
}
