import type { AccountCredentials } from '../adapter.ts';
import type { SosialAdapterConfig } from '../adapters/index.ts';
import type { Platform } from '../platform.ts';
import { createFacebookFake } from './fake-facebook.ts';
import { createInstagramFake } from './fake-instagram.ts';
import { createTikTokFake } from './fake-tiktok.ts';
import { createXFake } from './fake-x.ts';
import { createYouTubeFake } from './fake-youtube.ts';

export interface RunningFakes {
  /** Adapter configuration pointing at the fakes (fake app credentials included). */
  config: SosialAdapterConfig;
  /** One connected demo account per platform, as the accounts store would hold it. */
  accounts: Record<Platform, AccountCredentials>;
  fakes: {
    facebook: ReturnType<typeof createFacebookFake>;
    instagram: ReturnType<typeof createInstagramFake>;
    x: ReturnType<typeof createXFake>;
    youtube: ReturnType<typeof createYouTubeFake>;
    tiktok: ReturnType<typeof createTikTokFake>;
  };
  stop(): Promise<void>;
}

/** Where the fakes listen when started with a fixed base port (`WARTA_PLATFORM_FAKES_PORT`). */
export function fakeBaseUrls(basePort: number, host = '127.0.0.1'): Record<Platform, string> {
  return {
    facebook: `http://${host}:${basePort}`,
    instagram: `http://${host}:${basePort + 1}`,
    x: `http://${host}:${basePort + 2}`,
    youtube: `http://${host}:${basePort + 3}`,
    tiktok: `http://${host}:${basePort + 4}`,
  };
}

/**
 * The adapter configuration of the fakes at these base URLs, with the fakes' own app credentials
 * (their defaults in fake-*.ts). The one place that knows the fakes' endpoints: tests and the
 * accounts module (simulated apps) both read it.
 */
export function fakeAdapterConfig(bases: Record<Platform, string>): SosialAdapterConfig {
  const { facebook: fb, instagram: ig, x, youtube: yt, tiktok: tt } = bases;
  return {
    facebook: { clientId: 'fb-app', clientSecret: 'fb-secret', graphBase: fb, dialogBase: fb },
    instagram: { clientId: 'ig-app', clientSecret: 'ig-secret', graphBase: ig, dialogBase: ig },
    x: { clientId: 'x-client', apiBase: x, authorizeBase: x },
    youtube: {
      clientId: 'yt-client',
      clientSecret: 'yt-secret',
      uploadBase: `${yt}/upload/youtube/v3`,
      apiBase: `${yt}/youtube/v3`,
      authBase: yt,
      tokenUrl: `${yt}/token`,
      chunkBytes: 256 * 1024,
    },
    tiktok: { clientId: 'tt-client', clientSecret: 'tt-secret', apiBase: tt, authorizeBase: tt },
  };
}

/**
 * Starts the five contract fakes, for tests (port 0: any free port) and for `npm start` with
 * `WARTA_PLATFORM_FAKES=1` (the integrator calls this from boot with a fixed base port: the fakes
 * listen on basePort … basePort + 4, on 127.0.0.1 only).
 */
export async function startPlatformFakes(options: { basePort?: number; host?: string } = {}): Promise<RunningFakes> {
  const host = options.host ?? '127.0.0.1';
  const port = (i: number) => (options.basePort ? options.basePort + i : 0);
  const fakes = {
    facebook: createFacebookFake(),
    instagram: createInstagramFake(),
    x: createXFake(),
    youtube: createYouTubeFake(),
    tiktok: createTikTokFake(),
  };
  const stopAll = async () => {
    await Promise.all(Object.values(fakes).map((f) => f.server.stop()));
  };
  const bases: string[] = [];
  try {
    for (const [i, f] of Object.values(fakes).entries()) bases.push(await f.server.start(port(i), host));
  } catch (err) {
    await stopAll(); // one busy port: free the ones already taken, so the caller can try another block
    throw err;
  }
  const [fb, ig, x, yt, tt] = bases as [string, string, string, string, string];
  const config = fakeAdapterConfig({ facebook: fb, instagram: ig, x, youtube: yt, tiktok: tt });
  const refreshOf = (server: { tokens: Map<string, { refreshToken?: string }> }, token: string) => server.tokens.get(token)?.refreshToken;
  const accounts: Record<Platform, AccountCredentials> = {
    facebook: { externalAccountId: fakes.facebook.pageId, accessToken: fakes.facebook.pageToken },
    instagram: { externalAccountId: fakes.instagram.igUserId, accessToken: fakes.instagram.token },
    x: { externalAccountId: fakes.x.userId, accessToken: fakes.x.token, refreshToken: refreshOf(fakes.x.server, fakes.x.token) },
    youtube: {
      externalAccountId: fakes.youtube.channelId,
      accessToken: fakes.youtube.token,
      refreshToken: refreshOf(fakes.youtube.server, fakes.youtube.token),
    },
    tiktok: { externalAccountId: fakes.tiktok.openId, accessToken: fakes.tiktok.token, refreshToken: refreshOf(fakes.tiktok.server, fakes.tiktok.token) },
  };
  return {
    config,
    accounts,
    fakes,
    stop: stopAll,
  };
}

/** For tests that need the fakes on a fixed block of five ports (as `npm start` uses them): tries random free blocks. */
export async function startPlatformFakesOnFreeBlock(): Promise<{ fakes: RunningFakes; basePort: number }> {
  for (let i = 0; i < 12; i++) {
    const basePort = 20_000 + Math.floor(Math.random() * 8_000) * 5;
    const fakes = await startPlatformFakes({ basePort }).catch(() => undefined);
    if (fakes) return { fakes, basePort };
  }
  throw new Error('no free block of five ports for the platform fakes');
}

/**
 * The boot hook for `npm start`: starts the fakes only when `WARTA_PLATFORM_FAKES=1`, on
 * `WARTA_PLATFORM_FAKES_PORT` (default 4710) … +4. Never meant for production: the fakes accept
 * any request from the local machine.
 */
export async function maybeStartPlatformFakes(env: Record<string, string | undefined> = process.env): Promise<RunningFakes | undefined> {
  if (env.WARTA_PLATFORM_FAKES !== '1') return undefined;
  const basePort = Number(env.WARTA_PLATFORM_FAKES_PORT ?? 4710);
  if (!Number.isInteger(basePort) || basePort < 1024 || basePort > 65530) throw new Error('WARTA_PLATFORM_FAKES_PORT must be a port between 1024 and 65530');
  return startPlatformFakes({ basePort });
}
