/**
 * One Warta process for bench/sosial-terbit.ts: the whole back end (boot: migrations, pg-boss,
 * every worker), with the adapters pointed at the bench's contract fakes. Prints "ready" once the
 * fakes' configuration is in place; the bench sends the jobs after that.
 */
import { boot } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/lib/log.ts';
import { pointAdaptersAt } from '../src/modules/sosial/terbit/account-adapter.ts';

const config = loadConfig(process.env);
const running = await boot(config, { log: createLogger('warn') });
pointAdaptersAt(running.services, JSON.parse(process.env.BENCH_SOSIAL_FAKES as string));
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  running.stop().then(() => process.exit(0));
});
