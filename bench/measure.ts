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
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 10) / 10;
  return { path: new URL(url).pathname, n, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
}
