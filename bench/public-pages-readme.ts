// The public-pages section of bench/README.md: one table row per database and page, then memory
// and the yardsticks beside Warta's own numbers.
import type { benchPublicPages } from './public-pages.ts';
import { writeReadmeSection } from './readme.ts';

type PublicPagesResults = Awaited<ReturnType<typeof benchPublicPages>>;

/** Rewrites the public-pages section of bench/README.md with a run's results. */
export function writePublicPagesReadme(r: PublicPagesResults) {
  const kb = (b: number) => (b / 1024).toFixed(1);
  const m = r.machine;
  const lines = [
    `Recorded ${r.date.slice(0, 10)} on ${m.cpus} cores (${m.cpuModel ?? 'unknown CPU'}), ${m.memoryGb} GB, Node ${m.node}; load average ${m.loadAtStart.join(' / ')} at start, ${m.loadAtEnd.join(' / ')} at the end (the machine was shared; wrk runs on the same 2 cores). ${r.setup.items} DIP items + ${r.setup.dik} DIK entries and ${r.setup.requests} requests in one unit; wrk, ${r.setup.connections} connections, ${r.setup.secondsPerPage} s per page, \`Accept-Encoding: ${r.setup.acceptEncoding}\`.`,
    '',
    `Page cache ${r.setup.pageCache ? 'on (32 MB, the default)' : 'off (`--cache=0`)'}. First view = the page and every stylesheet, script, font or icon it links, before images: requests, and bytes on the wire (compressed bodies + headers).`,
    '',
    '| database | page | req/s | p50 | p99 | max | server CPU per request | load average | HTML + CSS (raw) | HTML as sent (compressed) | first view |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.runs.flatMap((run) =>
      run.pages.map(
        (p) =>
          `| ${run.driver} | \`${p.path}\` | ${p.load.requestsPerSec} | ${p.load.p50Ms} ms | ${p.load.p99Ms} ms | ${p.load.maxMs} ms | ${p.load.serverCpuMsPerRequest} ms | ${p.load.loadAverage} | ${kb(p.weight.totalBytes)} KB${p.weight.withinBudget ? '' : ' (over budget)'} | ${kb(p.weight.wireBytes)} KB ${p.weight.encoding ?? 'uncompressed'} | ${p.weight.firstViewRequests} req, ${kb(p.weight.firstViewWireBytes)} KB |`,
      ),
    ),
    '',
    ...r.runs.map(
      (run) =>
        `- ${run.driver}: server RSS idle ${run.idleRssMb} MB, peak under load ${run.peakRssMb} MB (VmRSS of the Warta process${run.driver === 'pglite' ? '' : '; the PostgreSQL server is not included'}).`,
    ),
    ...r.runs.flatMap((run) =>
      run.nginx.map((n) => {
        const warta = run.pages.find((p) => p.path === n.path && p.round === n.round)?.load.requestsPerSec ?? Number.NaN;
        return `- ${n.server} serving the same ${n.bytes} bytes and headers of \`${n.path}\`, measured beside the ${run.driver} run: ${n.requestsPerSec} req/s, p99 ${n.p99Ms} ms, ${n.cpuMsPerRequest} ms CPU per request (load ${n.loadAverage}); Warta's ${warta} req/s is ${Math.round((warta / n.requestsPerSec) * 100)} %.`;
      }),
    ),
  ].join('\n');
  writeReadmeSection('public-pages', lines);
}

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const us = (ms: number) => Math.round(ms * 1000);
const pct = (a: number, b: number) => Math.round((a / b) * 100);

/**
 * Rewrites the issue-9 section of bench/README.md (cached pages against nginx and a bare node:http
 * process) from a run with yardsticks: one row per engine, page and round, then the medians.
 */
export function writeCachedPagesReadme(r: PublicPagesResults, resultsFile: string) {
  const m = r.machine;
  const rows = r.runs.flatMap((run) =>
    run.pages
      .map((p) => {
        const beside = (server: string) => run.nginx.find((n) => n.path === p.path && n.round === p.round && n.server.startsWith(server));
        const [one, two, node] = [beside('nginx (1'), beside('nginx (2'), beside('node:http')];
        if (!one || !two || !node) return null;
        return {
          driver: run.driver,
          page: p.key === 'news-item' ? 'news item' : p.key === 'news-list' ? 'listing' : p.key,
          round: p.round,
          load: p.load,
          one,
          two,
          node,
        };
      })
      .filter((row) => row !== null),
  );
  if (rows.length === 0) return;
  const heads = rows[0] as NonNullable<(typeof rows)[number]>;
  const lines = [
    `Recorded ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} cores (${m.cpuModel ?? 'unknown CPU'}), Node ${m.node}; load average ${m.loadAtStart.join(' / ')} at the start, ${m.loadAtEnd.join(' / ')} at the end (the machine was shared; wrk, Warta and the yardsticks run on the same cores). wrk -t2 -c${r.setup.connections} -d${r.setup.secondsPerPage}s, \`Accept-Encoding: ${r.setup.acceptEncoding}\`, ${r.setup.rounds} round(s); \`results/${resultsFile}\`. CPU per request in µs (user + system from /proc, 10 ms ticks, over the answered requests).`,
    '',
    '| engine | page | round | Warta req/s | p99 | CPU/req | nginx 1 worker req/s | p99 | CPU/req | nginx 2 workers req/s | p99 | CPU/req | bare node:http req/s | CPU/req | Warta / nginx 1 | Warta / nginx 2 | Warta / bare node | load |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (x) =>
        `| ${x.driver} | ${x.page} | ${x.round} | ${x.load.requestsPerSec} | ${x.load.p99Ms} ms | ${us(x.load.serverCpuMsPerRequest)} µs | ${x.one.requestsPerSec} | ${x.one.p99Ms} ms | ${us(x.one.cpuMsPerRequest)} µs | ${x.two.requestsPerSec} | ${x.two.p99Ms} ms | ${us(x.two.cpuMsPerRequest)} µs | ${x.node.requestsPerSec} | ${us(x.node.cpuMsPerRequest)} µs | ${pct(x.load.requestsPerSec, x.one.requestsPerSec)} % | ${pct(x.load.requestsPerSec, x.two.requestsPerSec)} % | ${pct(x.load.requestsPerSec, x.node.requestsPerSec)} % | ${x.load.loadAverage} |`,
    ),
    '',
    ...r.runs
      .map((run) => rows.filter((x) => x.driver === run.driver))
      .filter((own) => own.length > 0)
      .map((own) => {
        const med = (f: (x: (typeof own)[number]) => number) => Math.round(median(own.map(f)));
        return `- ${own[0]?.driver}, medians of ${own.length} rows: CPU per request Warta ${med((x) => us(x.load.serverCpuMsPerRequest))} µs, nginx ${med((x) => us(x.one.cpuMsPerRequest))} µs (1 worker) / ${med((x) => us(x.two.cpuMsPerRequest))} µs (2), bare node:http ${med((x) => us(x.node.cpuMsPerRequest))} µs; Warta at ${med((x) => pct(x.load.requestsPerSec, x.one.requestsPerSec))} % / ${med((x) => pct(x.load.requestsPerSec, x.two.requestsPerSec))} % of nginx with 1 / 2 workers (≥ 50 % in ${own.filter((x) => x.load.requestsPerSec >= x.one.requestsPerSec / 2).length} / ${own.filter((x) => x.load.requestsPerSec >= x.two.requestsPerSec / 2).length} of ${own.length} rows) and ${med((x) => pct(x.load.requestsPerSec, x.node.requestsPerSec))} % of the bare node:http process; Warta's p99 ${Math.min(...own.map((x) => x.load.p99Ms))}–${Math.max(...own.map((x) => x.load.p99Ms))} ms.`;
      }),
    `- Head of the answer on the wire (brotli, status line and headers): Warta ${heads.one.wartaHeadBytes} bytes, nginx ${heads.one.headBytes} (its Server and Last-Modified lines, no Keep-Alive line), bare node:http ${heads.node.headBytes}; bodies identical (checked for brotli, gzip and identity before each nginx load).`,
  ];
  writeReadmeSection('cached-pages', lines.join('\n'));
}
