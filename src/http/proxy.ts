import type { Context } from 'hono';
import type { Config } from '../config.ts';
import type { AppEnv } from './env.ts';

/**
 * The entry of a forwarding header (`X-Forwarded-For`, `-Proto`) that the trusted proxies wrote,
 * or undefined when Warta is not behind a trusted proxy or the header is absent. Each proxy
 * appends what it saw to the right, so with `hops` trusted proxies the entry `hops` places from
 * the right is the one the outermost trusted proxy appended; everything left of it came from the
 * client, who can write anything there (the leftmost entry is the one a spoofer picks).
 */
export function fromTrustedProxy(c: Context<AppEnv>, header: 'x-forwarded-for' | 'x-forwarded-proto'): string | undefined {
  const config = c.get('services')?.config;
  return config ? trustedEntry(config, c.req.header(header)) : undefined;
}

/** `fromTrustedProxy` on a header's value as received (several lines joined with ", "). */
export function trustedEntry(config: Pick<Config, 'trustProxy' | 'trustProxyHops'>, value: string | undefined): string | undefined {
  if (!config.trustProxy) return undefined;
  // Several header lines arrive joined with ", ", which is the same list.
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  return entries[Math.max(0, entries.length - config.trustProxyHops)];
}
