// What a first visit to a public page downloads: the page and its stylesheets raw (against the
// 30 KB budget), and as sent compressed, with every script, font or icon it links.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PAGE_BUDGET_BYTES } from './measure.ts';

const run = promisify(execFile);

export type Weight = {
  status: number;
  htmlBytes: number;
  cssBytes: number;
  totalBytes: number;
  encoding: string | null;
  wireBytes: number;
  withinBudget: boolean;
  /** A first visit before images: the page and every stylesheet, script, font or icon it links. */
  firstViewRequests: number;
  /** Those requests' bodies as sent (compressed), plus the response headers. */
  firstViewWireBytes: number;
};

/** Body and header bytes of one GET as curl receives them with `Accept-Encoding: br, gzip`. */
async function onWire(url: string): Promise<{ body: number; headers: number; encoding: string | null }> {
  const { stdout } = await run('curl', [
    '-s',
    '-o',
    '/dev/null',
    '-w',
    '%{size_download} %{size_header} %header{content-encoding}',
    '-H',
    'accept-encoding: br, gzip',
    url,
  ]);
  const [body, headers, encoding] = stdout.trim().split(' ');
  return { body: Number(body), headers: Number(headers), encoding: encoding || null };
}

/** Bytes of a page and its stylesheets as a first visit downloads them, raw and as sent compressed. */
export async function weigh(baseUrl: string, path: string): Promise<Weight> {
  const raw = await fetch(baseUrl + path, { headers: { 'accept-encoding': 'identity' } });
  const html = await raw.text();
  const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] as string);
  // Everything else fetched before images: scripts, preloads, fonts, icons (a `data:` icon costs no request).
  const others = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:preload|modulepreload|icon|manifest)"[^>]*href="([^"]+)"/g),
  ]
    .map((m) => m[1] as string)
    .filter((href) => !href.startsWith('data:'));
  const subresources = [...sheets, ...others].map((href) => new URL(href, baseUrl).toString());
  const firstView = await Promise.all([baseUrl + path, ...subresources].map(onWire));
  const css = (await Promise.all(sheets.map((href) => fetch(new URL(href, baseUrl).toString()).then((r) => r.text())))).join('');
  // fetch decompresses, so the compressed size is taken from a plain HTTP/1.1 read by curl.
  const wire = await run('curl', [
    '-s',
    '-o',
    '/dev/null',
    '-w',
    '%{size_download} %header{content-encoding}',
    '-H',
    'accept-encoding: br, gzip',
    baseUrl + path,
  ]);
  const [size, encoding] = wire.stdout.trim().split(' ');
  const htmlBytes = Buffer.byteLength(html);
  const cssBytes = Buffer.byteLength(css);
  const totalBytes = htmlBytes + cssBytes;
  return {
    status: raw.status,
    htmlBytes,
    cssBytes,
    totalBytes,
    encoding: encoding || null,
    wireBytes: Number(size),
    withinBudget: totalBytes <= PAGE_BUDGET_BYTES,
    firstViewRequests: firstView.length,
    firstViewWireBytes: firstView.reduce((sum, r) => sum + r.body + r.headers, 0),
  };
}
