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
