// wrk, the HTTP load generator the page benches use (`apt-get install -y wrk`), and what its report says.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type WrkReport = {
  /** As wrk prints it (not rounded). */
  requestsPerSec: number;
  /** Latency percentiles from `--latency`, in ms to 0.1 ms. */
  p50Ms: number;
  p99Ms: number;
  /** The slowest answer, in ms (not rounded). */
  maxMs: number;
  non2xx: number;
  /** Connect, read, write and timeout errors together. */
  errors: number;
  /** Requests answered during the run. */
  answered: number;
};

const ms = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60000 }[unit] ?? Number.NaN);

/** Reads the report of `wrk --latency`. */
export function parseWrk(stdout: string): WrkReport {
  const lat = (q: string) => {
    const m = stdout.match(new RegExp(`^\\s+${q}%\\s+([\\d.]+)(us|ms|s|m)`, 'm'));
    return m ? Math.round(ms(m[1] as string, m[2] as string) * 10) / 10 : Number.NaN;
  };
  const max = stdout.match(/Latency\s+\S+\s+\S+\s+([\d.]+)(us|ms|s|m)/);
  const errors = stdout.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    requestsPerSec: Number(stdout.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN),
    p50Ms: lat('50'),
    p99Ms: lat('99'),
    maxMs: max ? ms(max[1] as string, max[2] as string) : Number.NaN,
    non2xx: Number(stdout.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
    errors: errors ? errors.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    answered: Number(stdout.match(/(\d+) requests in/)?.[1] ?? 0),
  };
}

/**
 * `wrk -t2` with `connections` for `seconds` against `url`, asking for compressed answers
 * (`Accept-Encoding: br, gzip`) as browsers do. `requestTimeout` (s) replaces wrk's 2 s, after
 * which it drops an answer as a timeout instead of counting it.
 */
export async function wrk(url: string, o: { connections: number; seconds: number; requestTimeout?: number }): Promise<WrkReport> {
  const timeout = o.requestTimeout ? ['--timeout', `${o.requestTimeout}s`] : [];
  const { stdout } = await run('wrk', ['-t2', `-c${o.connections}`, `-d${o.seconds}s`, ...timeout, '--latency', '-H', 'Accept-Encoding: br, gzip', url], {
    timeout: (o.seconds + 60) * 1000,
  });
  return parseWrk(stdout);
}
