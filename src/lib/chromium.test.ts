import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ChromiumPool, chromiumAvailable } from './chromium.ts';
import { AppError } from './errors.ts';

/** Stands in for Playwright's Browser: connected until it "crashes" or is closed. */
class FakeBrowser extends EventEmitter {
  connected = true;
  closed = 0;
  isConnected() {
    return this.connected;
  }
  async close() {
    this.closed++;
    this.crash();
  }
  crash() {
    this.connected = false;
    this.emit('disconnected');
  }
}

function fakePool(limits = { rendering: 2, waiting: 1, idleMs: 60_000 }) {
  const launched: FakeBrowser[] = [];
  const pool = new ChromiumPool(async () => {
    const b = new FakeBrowser();
    launched.push(b);
    return b as unknown as Browser;
  }, limits);
  return { pool, launched };
}

const gate = () => {
  let open = () => {};
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { open, opened };
};

const key = 'laporan_kip.pdf_unavailable' as const;

describe('ChromiumPool', () => {
  it('renders at most 2 at once, queues 1, refuses the next at once with error.renderer_busy, and shares one browser', async () => {
    const { pool, launched } = fakePool();
    let running = 0;
    let most = 0;
    const gates = [gate(), gate(), gate()];
    const jobs = gates.map((g, i) =>
      pool.use(key, async () => {
        running++;
        most = Math.max(most, running);
        await g.opened;
        running--;
        return i;
      }),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(pool.stats).toEqual({ rendering: 2, waiting: 1, launched: true });
    const refused = await pool.use(key, async () => 'never').catch((e) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'unavailable', messageKey: 'error.renderer_busy' });
    for (const g of gates) g.open();
    expect(await Promise.all(jobs)).toEqual([0, 1, 2]);
    expect(most).toBe(2);
    expect(launched).toHaveLength(1);
    expect(pool.stats).toEqual({ rendering: 0, waiting: 0, launched: true });
    // The line is free again.
    expect(await pool.use(key, async () => 'again')).toBe('again');
  });

  it('a queued document gets its turn when a running one fails', async () => {
    const { pool } = fakePool({ rendering: 1, waiting: 1, idleMs: 60_000 });
    const failing = pool.use(key, async () => {
      throw new Error('template broke');
    });
    const next = pool.use(key, async () => 'rendered');
    await expect(failing).rejects.toThrow('template broke');
    expect(await next).toBe('rendered');
  });

  it('launches a new browser after the old one crashed, and the document caught in the crash answers unavailable with its own message', async () => {
    const { pool, launched } = fakePool();
    expect(await pool.use(key, async () => 'first')).toBe('first');
    const caught = await pool
      .use(key, async (browser) => {
        (browser as unknown as FakeBrowser).crash();
        throw new Error('Target page, context or browser has been closed');
      })
      .catch((e) => e);
    expect(caught).toMatchObject({ code: 'unavailable', messageKey: key });
    expect(await pool.use(key, async (browser) => browser.isConnected())).toBe(true);
    expect(launched).toHaveLength(2);
  });

  it('answers unavailable when Chromium will not start, and tries again next time', async () => {
    let attempts = 0;
    const pool = new ChromiumPool(async () => {
      attempts++;
      if (attempts === 1) throw new Error('spawn ENOENT');
      return new FakeBrowser() as unknown as Browser;
    });
    await expect(pool.use(key, async () => 'x')).rejects.toMatchObject({ code: 'unavailable', messageKey: key });
    expect(await pool.use(key, async () => 'y')).toBe('y');
    expect(attempts).toBe(2);
  });

  it('close() shuts the browser; the next document launches a new one', async () => {
    const { pool, launched } = fakePool();
    await pool.use(key, async () => null);
    await pool.close();
    expect(launched[0]?.closed).toBe(1);
    expect(pool.stats.launched).toBe(false);
    await pool.use(key, async () => null);
    expect(launched).toHaveLength(2);
  });

  it('closes a browser left idle', async () => {
    const { pool, launched } = fakePool({ rendering: 2, waiting: 1, idleMs: 20 });
    await pool.use(key, async () => null);
    await new Promise((r) => setTimeout(r, 80));
    expect(launched[0]?.closed).toBe(1);
    expect(pool.stats.launched).toBe(false);
  });
});

/** Chromium processes started by this test process (its direct children). */
function chromiumChildren(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && /chrom/i.test(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.runIf(chromiumAvailable() && process.env.WARTA_TEST_DRIVER !== 'postgres')('ChromiumPool with the real Chromium', { timeout: 60_000 }, () => {
  it('prints in one browser, and after the browser is killed (-9) launches a new one', async () => {
    const pool = new ChromiumPool();
    const pdf = (text: string) =>
      pool.use(key, async (browser) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          await page.setContent(`<p>${text}</p>`);
          return await page.pdf({ format: 'A4' });
        } finally {
          await context.close();
        }
      });
    try {
      const [a, b] = await Promise.all([pdf('satu'), pdf('dua')]);
      expect(a.subarray(0, 5).toString()).toBe('%PDF-');
      expect(b.subarray(0, 5).toString()).toBe('%PDF-');
      const browsers = chromiumChildren();
      expect(browsers).toHaveLength(1);
      process.kill(browsers[0] as number, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 500));
      const c = await pdf('tiga');
      expect(c.subarray(0, 5).toString()).toBe('%PDF-');
      const relaunched = chromiumChildren();
      expect(relaunched).toHaveLength(1);
      expect(relaunched[0]).not.toBe(browsers[0]);
    } finally {
      await pool.close();
    }
  });
});
