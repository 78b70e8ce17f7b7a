// The CPU of pg-boss's cron check (every 30 s, on the event loop): for each stored schedule it
// parses the expression with cron-parser in the schedule's zone and asks for the previous due
// time. Compares Warta's schedules as they were stored before (local crons in the Indonesian zones)
// with the UTC crons stored now. Each variant runs in a fresh process, so the first check is cold.
// Alone: `npx tsx bench/cron-check.ts` (a few seconds, one core).
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import cronParser from 'cron-parser';
import { AUDIT_ANCHOR_CRON } from '../src/modules/audit/anchor.ts';
import { timeZones } from '../src/modules/org/roles.ts';
import { reminderCron } from '../src/modules/pemberitahuan/reminder-job.ts';
import { IDENTITY_PURGE_CRON } from '../src/modules/permohonan/identity-purge.ts';
import { percentile } from './measure.ts';

type Schedule = { cron: string; tz: string };

const variants: Record<string, Schedule[]> = {
  zoned: [...timeZones.map((tz) => ({ cron: '0 7 * * 1-5', tz })), { cron: '30 2 * * *', tz: 'Asia/Jakarta' }, { cron: AUDIT_ANCHOR_CRON, tz: 'UTC' }],
  utc: [...timeZones.map((tz) => ({ cron: reminderCron(tz), tz: 'UTC' })), { cron: IDENTITY_PURGE_CRON, tz: 'UTC' }, { cron: AUDIT_ANCHOR_CRON, tz: 'UTC' }],
};

const CHECKS = 200;

/** What pg-boss's `shouldSendIt` costs for every schedule, in ms of CPU. */
function check(schedules: Schedule[]): number {
  const start = process.cpuUsage();
  for (const { cron, tz } of schedules) cronParser.parseExpression(cron, { tz }).prev();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function measure(name: string) {
  const schedules = variants[name]!;
  const first = check(schedules);
  const warm = Array.from({ length: CHECKS }, () => check(schedules)).sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    variant: name,
    schedules: schedules.map((s) => `${s.cron} (${s.tz})`),
    firstMs: round(first),
    medianMs: round(percentile(warm, 0.5)),
    p95Ms: round(percentile(warm, 0.95)),
  };
}

const only = process.argv.find((a) => a.startsWith('--variant='))?.slice('--variant='.length);
if (only) {
  process.stdout.write(JSON.stringify(measure(only)));
} else {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
  console.log(`load average ${load}; ${new Date().toISOString()}; ${CHECKS} warm checks after the first, each in a fresh process`);
  for (const name of Object.keys(variants)) {
    const out = execFileSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, `--variant=${name}`], { encoding: 'utf8' });
    const r = JSON.parse(out) as ReturnType<typeof measure>;
    console.log(`${r.variant.padEnd(6)} first check ${r.firstMs} ms, then median ${r.medianMs} ms, p95 ${r.p95Ms} ms — ${r.schedules.join(', ')}`);
  }
}
