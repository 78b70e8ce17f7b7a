import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishRequest, SocialAdapter } from '../adapter.ts';
import { createAdapter } from '../adapters/index.ts';
import { platforms } from '../platform.ts';
import { type RunningFakes, startPlatformFakes } from './start-fakes.ts';

let running: RunningFakes;
beforeAll(async () => {
  running = await startPlatformFakes();
});
afterAll(() => running.stop());

const video = (() => {
  const data = new Uint8Array(300 * 1024);
  return {
    kind: 'video' as const,
    mimeType: 'video/mp4',
    bytes: data.length,
    url: 'https://media.example.go.id/v.mp4',
    durationSec: 20,
    read: async (a: number, b: number) => data.subarray(a, b),
  };
})();

/** prepare → publish → confirm (polling pending answers) with the fakes' fast settings. */
async function publishThrough(adapter: SocialAdapter, req: PublishRequest) {
  const prepared = await adapter.prepare(req);
  if (prepared.status !== 'done') return prepared;
  const published = await adapter.publish(req, prepared.value);
  if (published.status !== 'done') return published;
  let confirmed = await adapter.confirm(req, published.value);
  for (let i = 0; i < 5 && confirmed.status === 'pending'; i++) confirmed = await adapter.confirm(req, published.value);
  return confirmed;
}

describe('startPlatformFakes', () => {
  it('starts all five fakes and every adapter publishes through them with the demo accounts', async () => {
    for (const platform of platforms) {
      const config = { ...running.config, [platform]: { ...running.config[platform], pollIntervalMs: 0 } };
      const adapter = createAdapter(platform, config);
      const media =
        platform === 'facebook' || platform === 'x' ? [] : platform === 'instagram' ? [{ ...video, kind: 'image' as const, mimeType: 'image/jpeg' }] : [video];
      const out = await publishThrough(adapter, {
        credentials: running.accounts[platform],
        text: `Uji jalur ${platform}`,
        title: 'Uji jalur',
        media,
        settings: { privacyLevel: 'PUBLIC_TO_EVERYONE' },
      });
      expect(out, platform).toMatchObject({ status: 'done', value: { externalId: expect.any(String) } });
    }
  });
});
