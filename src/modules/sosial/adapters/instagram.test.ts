import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PublishRequest } from '../adapter.ts';
import { createInstagramFake, type InstagramFake } from '../fakes/fake-instagram.ts';
import { InstagramAdapter } from './instagram.ts';

let fake: InstagramFake;
let adapter: InstagramAdapter;

beforeAll(async () => {
  fake = createInstagramFake();
  const base = await fake.server.start();
  adapter = new InstagramAdapter({ clientId: 'ig-app', clientSecret: 'ig-secret', graphBase: base, timeoutMs: 2000, pollIntervalMs: 0, maxPolls: 5 });
});
afterAll(() => fake.server.stop());
afterEach(() => {
  fake.server.clearSwitches();
  Object.assign(fake.settings, { containerOutcome: 'FINISHED', pollsBeforeDone: 1, quotaTotal: 50 });
});

const image = (n: number) => ({ kind: 'image' as const, mimeType: 'image/jpeg', bytes: 1000, url: `https://media.example.go.id/ig-${n}.jpg` });
const video = { kind: 'video' as const, mimeType: 'video/mp4', bytes: 9000, url: 'https://media.example.go.id/reel.mp4' };
const request = (text: string, media: PublishRequest['media']): PublishRequest => ({
  credentials: { externalAccountId: fake.igUserId, accessToken: fake.token },
  text,
  media,
});

describe('Instagram adapter against the contract fake', () => {
  it('publishes one image: container → FINISHED → media_publish → permalink', async () => {
    const req = request('Foto kegiatan #Jatim', [image(1)]);
    const prepared = await adapter.prepare(req);
    expect(prepared).toMatchObject({ status: 'done', value: { state: { containerId: expect.any(String) } } });
    if (prepared.status !== 'done') return;
    const published = await adapter.publish(req, prepared.value);
    if (published.status !== 'done') throw new Error('publish failed');
    const confirmed = await adapter.confirm(req, published.value);
    expect(confirmed).toMatchObject({ status: 'done', value: { permalink: `https://www.instagram.com/p/${published.value.externalId}/` } });
  });

  it('builds a carousel of children then the parent with the caption, and a Reel as REELS', async () => {
    const req = request('Karusel', [image(1), image(2), video]);
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error(prepared.status);
    const parent = fake.containers.get(prepared.value.state.containerId as string)!;
    expect(parent).toMatchObject({ kind: 'CAROUSEL', caption: 'Karusel' });
    expect(parent.children.map((c) => fake.containers.get(c)!.kind)).toEqual(['IMAGE', 'IMAGE', 'VIDEO']);
    expect(fake.containers.get(parent.children[0]!)!.caption).toBeUndefined();
    const reel = await adapter.prepare(request('Reel', [video]));
    if (reel.status !== 'done') throw new Error(reel.status);
    expect(fake.containers.get(reel.value.state.containerId as string)!.kind).toBe('REELS');
  });

  it('answers pending while the container is IN_PROGRESS and resumes from the state', async () => {
    fake.settings.pollsBeforeDone = 8;
    const req = request('Lambat', [video]);
    const first = await adapter.prepare(req);
    expect(first).toMatchObject({ status: 'pending', checkAfterSec: 30 });
    if (first.status !== 'pending') return;
    const created = fake.server.calls('media.create');
    const second = await adapter.prepare(req, first.state);
    expect(second.status).toBe('done');
    expect(fake.server.calls('media.create')).toBe(created);
  });

  it('container ERROR and EXPIRED are permanent with their own codes', async () => {
    fake.settings.containerOutcome = 'ERROR';
    expect(await adapter.prepare(request('Rusak', [image(1)]))).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'ig_container_error' } });
    fake.settings.containerOutcome = 'EXPIRED';
    expect(await adapter.prepare(request('Kedaluwarsa', [image(1)]))).toMatchObject({
      status: 'failed',
      error: { kind: 'permanent', code: 'ig_container_expired' },
    });
  });

  it('stops before creating containers when content_publishing_limit is used up', async () => {
    fake.settings.quotaTotal = 0;
    const before = fake.server.calls('media.create');
    expect(await adapter.prepare(request('Kuota', [image(1)]))).toMatchObject({
      status: 'failed',
      error: { kind: 'rate_limited', code: 'ig_publishing_limit', retryAfterSec: 3600 },
    });
    expect(fake.server.calls('media.create')).toBe(before);
  });

  it('a publish refused for the daily limit (code 9) is rate_limited', async () => {
    const req = request('Batas', [image(1)]);
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error(prepared.status);
    fake.settings.quotaTotal = 0;
    expect(await adapter.publish(req, prepared.value)).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', code: 'meta_9_2207042' } });
  });

  it('throttling (code 32 + BUC header) and 5xx are classified', async () => {
    fake.server.failNext('limit.read', 'rate_limit');
    expect(await adapter.prepare(request('x', [image(1)]))).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', retryAfterSec: 420 } });
    fake.server.failNext('media.create', 'server_error');
    expect(await adapter.prepare(request('x', [image(1)]))).toMatchObject({ status: 'failed', error: { kind: 'server_error' } });
  });

  it('a lost media_publish answer: reconcile sees the container PUBLISHED and finds the media once', async () => {
    const since = new Date(Date.now() - 1000);
    const req = request('Jawaban publikasi hilang', [image(3)]);
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error(prepared.status);
    fake.server.failNext('media.publish', 'lost_answer');
    expect(await adapter.publish(req, prepared.value)).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish' } });
    const found = await adapter.reconcile(req, since, prepared.value.state);
    expect(found).toMatchObject({ status: 'done', value: { externalId: expect.any(String), permalink: expect.stringContaining('instagram.com/p/') } });
    expect([...fake.media.values()].filter((m) => m.caption === req.text)).toHaveLength(1);
  });

  it('reconcile answers null when the container was never published (safe to publish it)', async () => {
    const req = request('Tidak terkirim', [image(4)]);
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error(prepared.status);
    fake.server.failNext('media.publish', 'drop');
    expect(await adapter.publish(req, prepared.value)).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish', code: 'network' } });
    expect(await adapter.reconcile(req, new Date(Date.now() - 1000), prepared.value.state)).toMatchObject({ status: 'done', value: null });
    expect(await adapter.publish(req, prepared.value)).toMatchObject({ status: 'done' });
  });

  it('confirm keeps the published id when Graph cannot load the new media (code 100, subcode 33)', async () => {
    const out = await adapter.confirm(request('x', [image(1)]), { externalId: '18000000000000000', state: {} });
    expect(out).toMatchObject({ status: 'done', value: { externalId: '18000000000000000', permalink: null, warnings: ['ig_permalink_unavailable'] } });
  });

  it('expired and revoked tokens', async () => {
    const token = fake.server.issueToken(fake.igUserId, 'instagram_basic');
    const req = { ...request('t', [image(1)]), credentials: { externalAccountId: fake.igUserId, accessToken: token } };
    fake.server.setTokenState(token, 'expired');
    expect(await adapter.prepare(req)).toMatchObject({ status: 'failed', error: { kind: 'token_expired' } });
    const refreshed = await adapter.refreshToken(req.credentials);
    expect(refreshed.status).toBe('done');
    fake.server.setTokenState(token, 'revoked');
    expect(await adapter.prepare(req)).toMatchObject({ status: 'failed', error: { kind: 'token_revoked' } });
  });
});
