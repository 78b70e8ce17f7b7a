import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MediaSource, PublishRequest } from '../adapter.ts';
import { createInstagramFake, type InstagramFake } from '../fakes/fake-instagram.ts';
import { nextAction } from '../next-step.ts';
import { InstagramAdapter } from './instagram.ts';

let fake: InstagramFake;
let adapter: InstagramAdapter;

beforeAll(async () => {
  fake = createInstagramFake();
  const base = await fake.server.start();
  adapter = new InstagramAdapter({ clientId: 'ig-app', clientSecret: 'ig-secret', graphBase: base, timeoutMs: 1500, pollIntervalMs: 0, maxPolls: 5 });
});
afterAll(() => fake.server.stop());
afterEach(() => {
  fake.server.clearSwitches();
  Object.assign(fake.settings, { containerOutcome: 'FINISHED', pollsBeforeDone: 1, quotaTotal: 50 });
});

const image: MediaSource = { kind: 'image', mimeType: 'image/jpeg', bytes: 1000, url: 'https://media.example.go.id/story.jpg' };
const clip: MediaSource = { kind: 'video', mimeType: 'video/mp4', bytes: 9000, url: 'https://media.example.go.id/story.mp4', durationSec: 20 };
const story = (text: string, media: MediaSource[]): PublishRequest => ({
  credentials: { externalAccountId: fake.igUserId, accessToken: fake.token },
  text,
  media,
  settings: { postType: 'story' },
});

describe('Instagram stories (Content Publishing, media_type=STORIES)', () => {
  it.each([
    ['photo', image],
    ['video', clip],
  ] as const)('a %s story: a STORIES container without the caption, published and confirmed', async (_kind, media) => {
    const req = story('Teks ini tidak ikut ke story', [media]);
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error(prepared.status);
    const container = fake.containers.get(prepared.value.state.containerId as string)!;
    expect(container).toMatchObject({ kind: 'STORIES', caption: undefined });
    const published = await adapter.publish(req, prepared.value);
    if (published.status !== 'done') throw new Error(published.status);
    expect(fake.media.get(published.value.externalId)).toMatchObject({ story: true });
    expect(await adapter.confirm(req, published.value)).toMatchObject({ status: 'done', value: { externalId: published.value.externalId } });
  });

  it('a story holds exactly one photo or video', async () => {
    const out = await adapter.prepare(story('Dua', [image, clip]));
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'ig_story_one_media' } });
  });

  it('container ERROR is permanent; EXPIRED prepares afresh once (nextAction)', async () => {
    fake.settings.containerOutcome = 'ERROR';
    const failed = await adapter.prepare(story('Rusak', [clip]));
    expect(failed).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'ig_container_error' } });
    expect(nextAction('prepare', failed)).toMatchObject({ action: 'give_up' });
    fake.settings.containerOutcome = 'EXPIRED';
    const expired = await adapter.prepare(story('Kedaluwarsa', [image]));
    expect(expired).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'ig_container_expired' } });
    expect(nextAction('publish', expired, 0)).toMatchObject({ action: 'run', step: 'prepare' });
  });

  it('429 on the container: rate_limited with the BUC wait', async () => {
    fake.server.failNext('media.create', 'rate_limit');
    expect(await adapter.prepare(story('Sibuk', [image]))).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', retryAfterSec: 420 } });
  });

  it('a lost media_publish answer: reconcile finds the story among the account’s stories, exactly once', async () => {
    const since = new Date(Date.now() - 1000);
    const req = story('', [image]);
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error(prepared.status);
    const storiesBefore = [...fake.media.values()].filter((m) => m.story).length;
    fake.server.failNext('media.publish', 'lost_answer');
    expect(await adapter.publish(req, prepared.value)).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish' } });
    const found = await adapter.reconcile(req, since, prepared.value.state);
    expect(found).toMatchObject({ status: 'done', value: { externalId: expect.any(String), permalink: expect.stringContaining('/stories/') } });
    const stories = [...fake.media.values()].filter((m) => m.story);
    expect(stories.length).toBe(storiesBefore + 1);
    expect(found).toMatchObject({ value: { externalId: stories.at(-1)!.id } });
  });

  it('a publish that never reached Instagram: the container is still FINISHED, reconcile says "not there"', async () => {
    const req = story('', [clip]);
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error(prepared.status);
    fake.server.failNext('media.publish', 'drop');
    expect((await adapter.publish(req, prepared.value)).status).toBe('failed');
    expect(await adapter.reconcile(req, new Date(Date.now() - 1000), prepared.value.state)).toMatchObject({ status: 'done', value: null });
    expect((await adapter.publish(req, prepared.value)).status).toBe('done');
  });
});
