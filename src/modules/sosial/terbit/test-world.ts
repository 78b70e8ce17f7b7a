import { TestClient } from '../../../test/client.ts';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../../test/harness.ts';
import { addContentTeam, clientFor } from '../../konten/test-fixture.ts';
import { type RunningFakes, startPlatformFakes } from '../fakes/start-fakes.ts';
import type { Platform } from '../platform.ts';
import { pointAdaptersAt } from './account-adapter.ts';
import { addAccounts, addMedia } from './test-fixture.ts';

/** Warta's public media address in the publishing tests; pass `{}` for a Warta the internet cannot reach. */
export const PUBLIC_MEDIA = { WARTA_SOSIAL_MEDIA_URL: 'https://media.example.go.id' };

export type PublishingWorld = {
  w: TestWarta;
  f: Fixture;
  fakes: RunningFakes;
  /** One connected account per platform in unit A, by platform. */
  akun: Record<Platform, string>;
  /** A photo and a video in the media library. */
  m: { foto: string; video: string };
  stop: () => Promise<void>;
};

/** The publishing tests' world: a Warta whose adapters speak to the platform fakes, its accounts and media. */
export async function startPublishingWorld(env: Record<string, string> = PUBLIC_MEDIA): Promise<PublishingWorld> {
  const w = await startTestWarta(env);
  const f = await seedFixture(w.services);
  const fakes = await startPlatformFakes();
  pointAdaptersAt(w.services, fakes.config);
  const akun = await addAccounts(w, f, fakes);
  const m = { foto: await addMedia(w, f, 'foto'), video: await addMedia(w, f, 'video') };
  const stop = async () => {
    await fakes.stop();
    await w.stop();
  };
  return { w, f, fakes, akun, m, stop };
}

/** The people the routes' tests call as: no one, unit A's social media admin, a writer, and someone of another unit. */
export async function publishingClients(w: TestWarta, f: Fixture) {
  const team = await addContentTeam(w, f);
  return {
    team,
    anon: new TestClient(w.app),
    publisher: await clientFor(w, team.publisher.email),
    writer: await clientFor(w, f.writerA.email),
    outsider: await clientFor(w, f.outsider.email),
  };
}

/** Reads until `ok` holds or `ms` pass, and answers the last reading (the test asserts on it). */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}
