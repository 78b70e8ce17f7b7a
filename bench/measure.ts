import { gzipSync } from 'node:zlib';

export type PageWeight = { path: string; htmlBytes: number; cssBytes: number; totalBytes: number; gzipBytes: number; withinBudget: boolean };

export const PAGE_BUDGET_BYTES = 30 * 1024;

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return res.text();
}

/** HTML plus every stylesheet it links, as a first visit downloads them (images excluded). */
export async function pageWeight(baseUrl: string, path: string): Promise<{ weight: PageWeight; html: string }> {
  const html = await fetchText(baseUrl + path);
  const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] as string);
  const css = (await Promise.all(sheets.map((href) => fetchText(new URL(href, baseUrl + path).toString())))).join('');
  const htmlBytes = Buffer.byteLength(html);
  const cssBytes = Buffer.byteLength(css);
  const totalBytes = htmlBytes + cssBytes;
  return {
    html,
    weight: { path, htmlBytes, cssBytes, totalBytes, gzipBytes: gzipSync(html).length + gzipSync(css).length, withinBudget: totalBytes <= PAGE_BUDGET_BYTES },
  };
}

/** Same-site links of a page that lead to other public pages (not the admin, API or assets). */
export function publicLinks(html: string): string[] {
  const links = [...html.matchAll(/href="(\/[^"#?]*)"/g)].map((m) => m[1] as string);
  return [...new Set(links)].filter((l) => l !== '/' && !/^\/(admin|api|assets)(\/|$)/.test(l));
}

export type Latency = { path: string; n: number; p50Ms: number; p95Ms: number; maxMs: number };

/** N sequential requests; percentiles of the full response time including reading the body. */
export async function latency(url: string, n: number, headers: Record<string, string> = {}): Promise<Latency> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const began = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    times.push(performance.now() - began);
  }
  const { p50Ms, p95Ms, maxMs } = summarize(times);
  return { path: new URL(url).pathname, n, p50Ms, p95Ms, maxMs };
}

/** Rounded to a tenth (of a millisecond, as the benches record times). */
export const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The sample at quantile `q` (0 to 1) of samples sorted ascending, by nearest rank: the smallest
 * sample that at least q of all samples are at or below (the median of 10 is the 5th, p95 of 200
 * the 190th, q = 1 the largest). Every bench's percentiles come from here, so they compare.
 */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  // The small epsilon keeps a product like 0.57 × 100 = 56.99999999999999 on its whole rank.
  const rank = Math.ceil(q * sorted.length - 1e-9);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

/** The median of samples in any order. */
export const median = (samples: readonly number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );

export type Summary = { n: number; minMs: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };

/** Timings (ms, any order) summed up as the benches record them: rounded to 0.1 ms. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => round1(percentile(sorted, q));
  return { n: sorted.length, minMs: at(0), p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), maxMs: at(1) };
}
