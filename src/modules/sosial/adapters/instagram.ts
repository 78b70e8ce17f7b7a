import { z } from 'zod';
import type { Confirmed, JsonObject, MediaSource, Prepared, Published, PublishRequest, SocialAdapter } from '../adapter.ts';
import { fail, type Http, Pending, runStep, StepFailure, sleep } from '../http.ts';
import { idAnswer, MetaAdapterBase, type MetaOptions, sameText } from './meta-graph.ts';

const containerAnswer = z.object({
  id: z.string().optional(),
  status_code: z.enum(['EXPIRED', 'ERROR', 'FINISHED', 'IN_PROGRESS', 'PUBLISHED']),
  status: z.string().optional(),
});
const limitAnswer = z.object({
  data: z.array(z.object({ quota_usage: z.number(), config: z.object({ quota_total: z.number(), quota_duration: z.number() }).optional() })),
});
const mediaAnswer = z.object({ id: z.string(), permalink: z.string().optional() });
const mediaList = z.object({
  data: z.array(z.object({ id: z.string(), caption: z.string().optional(), timestamp: z.string(), permalink: z.string().optional() })),
});

/** The variant asked for a story (`settings.postType`): one photo or video, no caption, gone after 24 h. */
const isStory = (req: PublishRequest) => req.settings?.postType === 'story';

export const instagramScopes = ['instagram_basic', 'instagram_content_publish', 'pages_show_list', 'pages_read_engagement'];

/**
 * An Instagram professional account through Content Publishing (Facebook Login path):
 * prepare reads `content_publishing_limit`, creates the containers (children first for a carousel;
 * `media_type=STORIES` for a story) and polls each until FINISHED; publish is `media_publish`;
 * confirm reads the permalink; reconcile asks the container itself (status PUBLISHED) and then
 * finds the media by caption (a story, which has none, among the account's stories since the send).
 */
export class InstagramAdapter extends MetaAdapterBase implements SocialAdapter {
  readonly platform = 'instagram' as const;
  constructor(options: MetaOptions) {
    super(options, instagramScopes);
  }

  /** Polls containers until all are FINISHED; ERROR and EXPIRED are final. */
  private async waitFinished(http: Http, token: string, ids: string[]): Promise<boolean> {
    const polls = this.options.maxPolls ?? 10;
    for (let i = 0; i < polls; i++) {
      let allDone = true;
      for (const id of ids) {
        const c = await this.graph.call(http, token, 'GET', id, { fields: 'status_code,status' }, containerAnswer);
        if (c.status_code === 'ERROR') fail('permanent', 'ig_container_error', `container ${id}: ${c.status ?? 'ERROR'}`);
        // An expired container (24 h) cannot be published: prepare again without the old state.
        if (c.status_code === 'EXPIRED') fail('permanent', 'ig_container_expired', `container ${id} expired`);
        if (c.status_code !== 'FINISHED' && c.status_code !== 'PUBLISHED') allDone = false;
      }
      if (allDone) return true;
      await sleep(this.options.pollIntervalMs ?? 5000);
    }
    return false;
  }

  private createContainer(http: Http, req: PublishRequest, params: Record<string, string | undefined>) {
    return this.graph.call(http, req.credentials.accessToken, 'POST', `${req.credentials.externalAccountId}/media`, params, idAnswer);
  }

  /** A story container: the media by URL and nothing else (the API takes no caption or stickers for stories). */
  private storyParams(item: MediaSource): Record<string, string | undefined> {
    return item.kind === 'image' ? { media_type: 'STORIES', image_url: item.url } : { media_type: 'STORIES', video_url: item.url };
  }

  private itemParams(item: MediaSource, asChild: boolean): Record<string, string | undefined> {
    if (item.kind === 'image') return { image_url: item.url, is_carousel_item: asChild ? 'true' : undefined };
    // Since 2023 every single-video feed post is a Reel; inside a carousel a video is VIDEO.
    return { video_url: item.url, media_type: asChild ? 'VIDEO' : 'REELS', is_carousel_item: asChild ? 'true' : undefined };
  }

  prepare(req: PublishRequest, previous?: JsonObject) {
    return runStep<Prepared>(this.timeout, false, async (http): Promise<Prepared | Pending> => {
      const token = req.credentials.accessToken;
      const ig = req.credentials.externalAccountId;
      const limit = await this.graph.call(http, token, 'GET', `${ig}/content_publishing_limit`, { fields: 'quota_usage,config' }, limitAnswer);
      const quota = limit.data[0];
      if (quota?.config && quota.quota_usage >= quota.config.quota_total) {
        fail('rate_limited', 'ig_publishing_limit', `${quota.quota_usage} of ${quota.config.quota_total} posts in ${quota.config.quota_duration} s`, {
          retryAfterSec: 3600,
        });
      }
      if (req.media.length === 0) fail('permanent', 'ig_media_required', 'Instagram needs an image or a video');
      const state: JsonObject = { ...(previous ?? {}) };
      if (isStory(req)) {
        if (req.media.length !== 1) fail('permanent', 'ig_story_one_media', 'a story holds exactly one photo or video');
        state.story = true;
        if (typeof state.containerId !== 'string') state.containerId = (await this.createContainer(http, req, this.storyParams(req.media[0]!))).id;
      } else if (req.media.length === 1) {
        if (typeof state.containerId !== 'string') {
          state.containerId = (await this.createContainer(http, req, { ...this.itemParams(req.media[0]!, false), caption: req.text })).id;
        }
      } else {
        const children = [...((state.children as string[] | undefined) ?? [])];
        for (const item of req.media.slice(children.length)) {
          children.push((await this.createContainer(http, req, this.itemParams(item, true))).id);
          state.children = [...children];
        }
        if (!(await this.waitFinished(http, token, children))) return new Pending(state, 30);
        if (typeof state.containerId !== 'string') {
          state.containerId = (await this.createContainer(http, req, { media_type: 'CAROUSEL', children: children.join(','), caption: req.text })).id;
        }
      }
      if (!(await this.waitFinished(http, token, [state.containerId as string]))) return new Pending(state, 30);
      return { state };
    });
  }

  publish(req: PublishRequest, prepared: Prepared) {
    return runStep<Published>(this.timeout, true, async (http): Promise<Published> => {
      const containerId = prepared.state.containerId;
      if (typeof containerId !== 'string') fail('permanent', 'ig_not_prepared', 'no container to publish');
      const answer = await this.graph.call(
        http,
        req.credentials.accessToken,
        'POST',
        `${req.credentials.externalAccountId}/media_publish`,
        { creation_id: containerId },
        idAnswer,
      );
      return { externalId: answer.id, state: { containerId, ...(isStory(req) ? { story: true } : {}) } };
    });
  }

  confirm(req: PublishRequest, published: Published) {
    return runStep<Confirmed>(this.timeout, false, async (http) => {
      try {
        const media = await this.graph.call(http, req.credentials.accessToken, 'GET', published.externalId, { fields: 'permalink' }, mediaAnswer);
        return { externalId: media.id, permalink: media.permalink ?? null };
      } catch (err) {
        // Graph sometimes cannot load a media it just published (code 100, subcode 33; Postiz
        // #1562). The publish answer already proved the post exists: keep its id, no permalink.
        if (err instanceof StepFailure && err.error.code === 'meta_100_33')
          return { externalId: published.externalId, permalink: null, warnings: ['ig_permalink_unavailable'] };
        throw err;
      }
    });
  }

  reconcile(req: PublishRequest, since: Date, state?: JsonObject) {
    return runStep<Confirmed | null>(this.timeout, false, async (http) => {
      const token = req.credentials.accessToken;
      if (typeof state?.containerId === 'string') {
        const c = await this.graph.call(http, token, 'GET', state.containerId, { fields: 'status_code' }, containerAnswer);
        // FINISHED means the container was never published: publishing it now cannot duplicate.
        if (c.status_code !== 'PUBLISHED') return null;
      }
      const ig = req.credentials.externalAccountId;
      const after = (timestamp: string) => Date.parse(timestamp) >= since.getTime() - 60_000;
      if (isStory(req)) {
        // A story has no caption to match and nothing leads from the container to its media. The
        // container said PUBLISHED, so one of the account's stories since the send is ours: the
        // newest (reconcile runs right after the lost call). Two stories sent in the same minutes
        // could swap links, never post twice. Stories are listed for 24 hours only.
        const stories = await this.graph.call(http, token, 'GET', `${ig}/stories`, { fields: 'id,timestamp,permalink' }, mediaList);
        const found = stories.data.filter((m) => after(m.timestamp)).sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp))[0];
        return found ? { externalId: found.id, permalink: found.permalink ?? null } : null;
      }
      const list = await this.graph.call(http, token, 'GET', `${ig}/media`, { fields: 'id,caption,timestamp,permalink', limit: '25' }, mediaList);
      const found = list.data.find((m) => sameText(m.caption, req.text) && after(m.timestamp));
      return found ? { externalId: found.id, permalink: found.permalink ?? null } : null;
    });
  }
}
