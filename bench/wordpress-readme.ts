// The wordpress section of bench/README.md: each page on each site, then the ratios against the target.
import { writeReadmeSection } from './readme.ts';
import type { benchWordPress } from './wordpress.ts';

/** Rewrites the wordpress section of bench/README.md with a run's results. */
export function writeWordPressReadme(r: NonNullable<Awaited<ReturnType<typeof benchWordPress>>>) {
  const m = r.machine;
  const lines = [
    `Recorded ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} cores (${m.cpuModel ?? 'unknown CPU'}), Node ${m.node}; load average ${m.loadAtStart.join(' / ')} at start, ${m.loadAtEnd.join(' / ')} at the end (the machine was shared; wrk, nginx, php-fpm, MariaDB and Warta share the 2 cores). WordPress ${r.setup.wordpress}; wrk -t2 -c${r.setup.connections} -d${r.setup.seconds}s --timeout 10s, \`Accept-Encoding: ${r.setup.acceptEncoding}\`; Warta measured ${r.setup.warmupSeconds} s after it answered.`,
    '',
    '| page | site | address | req/s | p50 | p99 | errors | CPU per request (all its processes) | load average | body on the wire |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...r.results.map(
      (x) =>
        `| ${x.page} | ${x.site} | \`${x.url.replace(/^http:\/\/[^/]+/, '')}\` | ${x.requestsPerSec} | ${x.p50Ms} ms | ${x.p99Ms} ms | ${x.non2xx + x.errors} | ${x.cpuMsPerRequest} ms | ${x.loadAverage} | ${(x.wireBytes / 1024).toFixed(1)} KB ${x.encoding ?? 'uncompressed'} |`,
    ),
    '',
    ...r.ratios.map(
      (x) =>
        `- ${x.page}: Warta serves ${x.wartaOverWordPress}× the requests per second of WordPress (target ≥ 100×); WordPress spends ${x.cpuRatio}× Warta's CPU per request.`,
    ),
    `- Loading the export: WordPress's install and \`wp_insert_post\` of 205 entries ${r.setup.loading.wordpressSeconds} s; Warta's import job (205 entries and the photo, queued → done) ${r.setup.loading.seconds} s.`,
  ].join('\n');
  writeReadmeSection('wordpress', lines);
}
