import { z } from 'zod';
import type { AccountCredentials, AuthorizeRequest, Confirmed, PostToDelete, Prepared, Published, PublishRequest, SocialAdapter } from '../adapter.ts';
import { fail, Pending, runStep } from '../http.ts';
import { deleteFacebookPost } from './facebook-delete.ts';
import { MetaGraph, type MetaOptions, sameText } from './meta-graph.ts';

const idAnswer = z.object({ id: z.string(), post_id: z.string().optional() });
const permalinkAnswer = z.object({ id: z.string(), permalink_url: z.string().optional() });
const videoAnswer = z.object({
  id: z.string(),
  permalink_url: z.string().optional(),
  status: z.object({ video_status: z.string(), processing_progress: z.number().optional() }).optional(),
});
const postsAnswer = z.object({
  data: z.array(z.object({ id: z.string(), message: z.string().optional(), created_time: z.string(), permalink_url: z.string().optional() })),
  paging: z.object({ cursors: z.object({ after: z.string().optional() }).optional(), next: z.string().optional() }).optional(),
});

/** Pages of 100 posts reconcile reads before it gives up proving a post absent. */
const RECONCILE_PAGES = 20;

export const facebookScopes = [
  'pages_show_list',
  'pages_manage_posts',
  'pages_read_engagement',
  'pages_manage_engagement',
  'pages_read_user_engagement',
  'publish_video',
];

/**
 * A Facebook Page through the Graph API. Text and link posts go to `/{page}/feed`; one photo to
 * `/{page}/photos`; several photos are staged unpublished (prepare) and attached to one feed post
 * (publish); a video goes to `/{page}/videos` and is confirmed when `video_status` is `ready`.
 */
export class FacebookAdapter implements SocialAdapter {
  readonly platform = 'facebook' as const;
  private readonly graph: MetaGraph;
  constructor(private readonly options: MetaOptions) {
    this.graph = new MetaGraph(options);
  }

  private get timeout() {
    return this.options.timeoutMs ?? 30_000;
  }

  authorizeUrl(req: AuthorizeRequest) {
    return this.graph.authorizeUrl(req, facebookScopes);
  }
  exchangeCode(code: string, redirectUri: string) {
    return this.graph.exchangeCode(code, redirectUri);
  }
  refreshToken(credentials: AccountCredentials) {
    return this.graph.refresh(credentials.accessToken);
  }

  prepare(req: PublishRequest, previous?: Prepared['state']) {
    return runStep<Prepared>(this.timeout, false, async (http): Promise<Prepared> => {
      const images = req.media.filter((m) => m.kind === 'image');
      if (images.length < 2 || req.media.some((m) => m.kind === 'video')) return { state: {} };
      // Staged photos are invisible until attached; staging again after a crash only leaves an
      // unused unpublished photo, never a visible duplicate.
      const staged = [...((previous?.mediaFbids as string[] | undefined) ?? [])];
      for (const image of images.slice(staged.length)) {
        const answer = await this.graph.call(
          http,
          req.credentials.accessToken,
          'POST',
          `${req.credentials.externalAccountId}/photos`,
          { url: image.url, published: 'false', alt_text_custom: image.altText },
          idAnswer,
        );
        staged.push(answer.id);
      }
      return { state: { mediaFbids: staged } };
    });
  }

  publish(req: PublishRequest, prepared: Prepared) {
    return runStep<Published>(this.timeout, true, async (http): Promise<Published> => {
      const page = req.credentials.externalAccountId;
      const token = req.credentials.accessToken;
      const video = req.media.find((m) => m.kind === 'video');
      const images = req.media.filter((m) => m.kind === 'image');
      if (video) {
        const answer = await this.graph.call(
          http,
          token,
          'POST',
          `${page}/videos`,
          { file_url: video.url, description: req.text, title: req.title, published: 'true' },
          idAnswer,
        );
        return { externalId: answer.id, state: { kind: 'video', videoId: answer.id } };
      }
      if (images.length === 1) {
        const answer = await this.graph.call(
          http,
          token,
          'POST',
          `${page}/photos`,
          { url: images[0]!.url, message: req.text, published: 'true', alt_text_custom: images[0]!.altText },
          idAnswer,
        );
        return { externalId: answer.post_id ?? answer.id, state: { kind: 'photo', photoId: answer.id } };
      }
      const mediaFbids = (prepared.state.mediaFbids as string[] | undefined) ?? [];
      const answer = await this.graph.call(
        http,
        token,
        'POST',
        `${page}/feed`,
        {
          message: req.text || undefined,
          link: req.link,
          attached_media: mediaFbids.length ? JSON.stringify(mediaFbids.map((media_fbid) => ({ media_fbid }))) : undefined,
        },
        idAnswer,
      );
      return { externalId: answer.id, state: { kind: 'post' } };
    });
  }

  confirm(req: PublishRequest, published: Published) {
    return runStep<Confirmed>(this.timeout, false, async (http) => {
      const token = req.credentials.accessToken;
      if (published.state.kind === 'video') {
        const video = await this.graph.call(http, token, 'GET', published.externalId, { fields: 'status,permalink_url' }, videoAnswer);
        const status = video.status?.video_status;
        if (status === 'error') fail('permanent', 'facebook_video_error', 'Facebook could not process the video');
        if (status !== 'ready') return new Pending(published.state, 30);
        return { externalId: video.id, permalink: absolute(video.permalink_url) };
      }
      const post = await this.graph.call(http, token, 'GET', published.externalId, { fields: 'permalink_url' }, permalinkAnswer);
      return { externalId: post.id, permalink: absolute(post.permalink_url) };
    });
  }

  reconcile(req: PublishRequest, since: Date) {
    return runStep<Confirmed | null>(this.timeout, false, async (http) => {
      // Every post since the send, page by page (cursor `after`): on a busy Page the lost post may
      // be far down, and "not there" lets the job publish again, so a first page alone is not enough.
      let after: string | undefined;
      for (let page = 0; page < RECONCILE_PAGES; page++) {
        const posts = await this.graph.call(
          http,
          req.credentials.accessToken,
          'GET',
          `${req.credentials.externalAccountId}/published_posts`,
          { fields: 'id,message,created_time,permalink_url', since: String(Math.floor(since.getTime() / 1000)), limit: '100', ...(after ? { after } : {}) },
          postsAnswer,
        );
        const found = posts.data.find((p) => sameText(p.message, req.text) && Date.parse(p.created_time) >= since.getTime() - 60_000);
        if (found) return { externalId: found.id, permalink: absolute(found.permalink_url) };
        after = posts.paging?.next ? posts.paging.cursors?.after : undefined;
        if (!after) return null;
      }
      return fail('server_error', 'fb_reconcile_too_many_posts', `more than ${RECONCILE_PAGES * 100} posts since the send; not proven absent`);
    });
  }

  /** `DELETE /{post-id}` or `/{video-id}` (facebook-delete.ts); "does not exist" counts as deleted. */
  deletePost(credentials: AccountCredentials, post: PostToDelete) {
    return deleteFacebookPost(this.graph, this.timeout, credentials, post);
  }
}

// Video permalinks come back relative ("/page/videos/123/").
const absolute = (url: string | undefined) => (url ? new URL(url, 'https://www.facebook.com').toString() : null);
