import { z } from 'zod';
import type { AccountCredentials, Confirmed, JsonObject, MediaSource, PostToDelete, Prepared, Published, PublishRequest, SocialAdapter } from '../adapter.ts';
import { fail, type Http, Pending, runStep, StepFailure, TransportError } from '../http.ts';
import { deleteFacebookPost } from './facebook-delete.ts';
import { idAnswer, MetaAdapterBase, type MetaOptions, sameText, type UploadFile } from './meta-graph.ts';

const permalinkAnswer = z.object({ id: z.string(), permalink_url: z.string().optional() });
const phase = z.object({ status: z.string() }).optional();
const videoAnswer = z.object({
  id: z.string(),
  permalink_url: z.string().optional(),
  status: z.object({ video_status: z.string(), processing_progress: z.number().optional(), uploading_phase: phase, publishing_phase: phase }).optional(),
});
const postsAnswer = z.object({
  data: z.array(z.object({ id: z.string(), message: z.string().optional(), created_time: z.string(), permalink_url: z.string().optional() })),
  paging: z.object({ cursors: z.object({ after: z.string().optional() }).optional(), next: z.string().optional() }).optional(),
});
// The Video API's resumable protocol answers offsets as strings.
const offsets = { start_offset: z.coerce.number(), end_offset: z.coerce.number() };
const startAnswer = z.object({ upload_session_id: z.string(), video_id: z.string(), ...offsets });
const transferAnswer = z.object(offsets);
const finishAnswer = z.object({ success: z.boolean() });

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

type PostType = 'link' | 'photos' | 'video';

/** The variant's choice (`settings.postType`); rows from before the switch existed follow their media. */
export function facebookPostType(req: PublishRequest): PostType {
  const chosen = req.settings?.postType;
  if (chosen === 'link' || chosen === 'photos' || chosen === 'video') return chosen;
  if (req.media.some((m) => m.kind === 'video')) return 'video';
  return req.media.some((m) => m.kind === 'image') ? 'photos' : 'link';
}

/** A media item's bytes [start, end) as pieces: streamed when the source can, else read at once (a photo). */
function piecesOf(media: MediaSource, start: number, end: number): () => AsyncIterable<Uint8Array> {
  if (media.stream) return () => media.stream!(start, end);
  if (!media.read) fail('permanent', 'facebook_media_unreadable', 'the file cannot be read for upload');
  const read = media.read;
  return async function* () {
    yield await read(start, end);
  };
}

/**
 * A Facebook Page through the Graph API, with the post type the variant chose. Every file is pushed
 * (multipart), so Facebook never needs Warta's public address:
 * - link: `/{page}/feed` with `message` and `link`;
 * - photos: prepare uploads each photo to `/{page}/photos` with `source` and `published=false`
 *   (invisible until attached); publish is one `/{page}/feed` post with `attached_media`;
 * - video: prepare runs the Video API's resumable upload on `/{page}/videos` (`upload_phase=start`,
 *   then `transfer` chunk by chunk at the offsets Facebook names); publish is `upload_phase=finish`
 *   — until then nothing is visible — and confirm waits for `video_status = ready`.
 * The Resumable Upload API of `/{app-id}/uploads` is not used: it needs the User token of a person
 * with a role on the app, and Warta keeps only the Page token.
 */
export class FacebookAdapter extends MetaAdapterBase implements SocialAdapter {
  readonly platform = 'facebook' as const;
  constructor(options: MetaOptions) {
    super(options, facebookScopes);
  }

  prepare(req: PublishRequest, previous?: JsonObject) {
    return runStep<Prepared>(this.timeout, false, async (http): Promise<Prepared> => {
      const type = facebookPostType(req);
      if (type === 'photos') return { state: await this.stagePhotos(http, req, previous) };
      if (type === 'video') return { state: await this.uploadVideo(http, req, previous) };
      return { state: {} };
    });
  }

  /** Staged photos are invisible until attached; staging again after a crash only leaves an unused unpublished photo. */
  private async stagePhotos(http: Http, req: PublishRequest, previous?: JsonObject): Promise<JsonObject> {
    const images = req.media.filter((m) => m.kind === 'image');
    if (images.length === 0) fail('permanent', 'facebook_photos_required', 'a photo post needs at least one photo');
    const staged = [...((previous?.mediaFbids as string[] | undefined) ?? [])];
    for (const [i, image] of images.slice(staged.length).entries()) {
      const file: UploadFile = {
        field: 'source',
        name: `foto-${staged.length + i + 1}.jpg`,
        mimeType: image.mimeType,
        length: image.bytes,
        chunks: piecesOf(image, 0, image.bytes),
      };
      const params = { published: 'false', alt_text_custom: image.altText };
      const answer = await this.keeping({ mediaFbids: staged }, () =>
        this.graph.upload(http, req.credentials.accessToken, `${req.credentials.externalAccountId}/photos`, params, file, idAnswer),
      );
      staged.push(answer.id);
    }
    return { mediaFbids: staged };
  }

  /**
   * The resumable protocol: `start` names the session and the first range; each `transfer` sends the
   * range Facebook asked for and answers the next; equal offsets mean every byte arrived. The state
   * after each chunk lets a failed prepare resume at the chunk that failed, not at byte 0.
   */
  private async uploadVideo(http: Http, req: PublishRequest, previous?: JsonObject): Promise<JsonObject> {
    const video = req.media.find((m) => m.kind === 'video');
    if (!video || req.media.length !== 1) fail('permanent', 'facebook_video_required', 'a video post holds exactly one video');
    const token = req.credentials.accessToken;
    const path = `${req.credentials.externalAccountId}/videos`;
    let state: JsonObject = previous?.uploadSessionId ? { ...previous } : {};
    if (!state.uploadSessionId) {
      const start = await this.graph.videoCall(http, token, path, { upload_phase: 'start', file_size: String(video.bytes) }, startAnswer);
      state = { uploadSessionId: start.upload_session_id, videoId: start.video_id, startOffset: start.start_offset, endOffset: start.end_offset };
    }
    while ((state.startOffset as number) < (state.endOffset as number)) {
      const from = state.startOffset as number;
      const to = Math.min(state.endOffset as number, video.bytes);
      const file: UploadFile = {
        field: 'video_file_chunk',
        name: 'chunk',
        mimeType: 'application/octet-stream',
        length: to - from,
        chunks: piecesOf(video, from, to),
      };
      const params = { upload_phase: 'transfer', upload_session_id: state.uploadSessionId as string, start_offset: String(from) };
      const next = await this.keeping(state, () => this.graph.upload(http, token, path, params, file, transferAnswer, { video: true }));
      state = { ...state, startOffset: next.start_offset, endOffset: next.end_offset };
    }
    return { ...state, kind: 'video' };
  }

  /** Runs an upload; a failure carries the progress so far, so the step resumes rather than restarts. */
  private async keeping<T>(state: JsonObject, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof StepFailure) throw new StepFailure(err.error, { ...state });
      if (err instanceof TransportError)
        throw new StepFailure({ kind: 'server_error', code: err.timedOut ? 'timeout' : 'network', detail: 'upload interrupted' }, { ...state });
      throw err;
    }
  }

  publish(req: PublishRequest, prepared: Prepared) {
    return runStep<Published>(this.timeout, true, async (http): Promise<Published> => {
      const page = req.credentials.externalAccountId;
      const token = req.credentials.accessToken;
      const type = facebookPostType(req);
      if (type === 'video') {
        const { uploadSessionId, videoId } = prepared.state;
        if (typeof uploadSessionId !== 'string' || typeof videoId !== 'string') fail('permanent', 'facebook_not_prepared', 'no uploaded video to publish');
        const params = { upload_phase: 'finish', upload_session_id: uploadSessionId, description: req.text || undefined, title: req.title, published: 'true' };
        const answer = await this.graph.videoCall(http, token, `${page}/videos`, params, finishAnswer);
        if (!answer.success) fail('permanent', 'facebook_video_finish_refused', 'Facebook did not accept the finished upload');
        return { externalId: videoId, state: { kind: 'video', videoId } };
      }
      const mediaFbids = type === 'photos' ? ((prepared.state.mediaFbids as string[] | undefined) ?? []) : [];
      if (type === 'photos' && mediaFbids.length === 0) fail('permanent', 'facebook_not_prepared', 'no staged photos to attach');
      const params = {
        message: req.text || undefined,
        link: type === 'link' ? req.link : undefined,
        attached_media: mediaFbids.length ? JSON.stringify(mediaFbids.map((media_fbid) => ({ media_fbid }))) : undefined,
      };
      const answer = await this.graph.call(http, token, 'POST', `${page}/feed`, params, idAnswer);
      return { externalId: answer.id, state: { kind: 'post' } };
    });
  }

  confirm(req: PublishRequest, published: Published) {
    return runStep<Confirmed>(this.timeout, false, async (http) => {
      const token = req.credentials.accessToken;
      if (published.state.kind === 'video') return this.videoConfirmed(http, token, published.externalId, published.state);
      const post = await this.graph.call(http, token, 'GET', published.externalId, { fields: 'permalink_url' }, permalinkAnswer);
      return { externalId: post.id, permalink: absolute(post.permalink_url) };
    });
  }

  private async videoConfirmed(http: Http, token: string, videoId: string, state: JsonObject): Promise<Confirmed | Pending> {
    const video = await this.graph.call(http, token, 'GET', videoId, { fields: 'status,permalink_url' }, videoAnswer);
    const status = video.status?.video_status;
    if (status === 'error') fail('permanent', 'facebook_video_error', 'Facebook could not process the video');
    if (status !== 'ready') return new Pending(state, 30);
    return { externalId: video.id, permalink: absolute(video.permalink_url) };
  }

  reconcile(req: PublishRequest, since: Date, state?: JsonObject) {
    return runStep<Confirmed | null>(this.timeout, false, async (http): Promise<Confirmed | null | Pending> => {
      const token = req.credentials.accessToken;
      if (typeof state?.videoId === 'string') {
        // The video exists from `start`, but stays unpublished until `finish` arrives: its publishing
        // phase tells whether the lost call got there. Not started = finishing again cannot duplicate.
        const video = await this.graph.call(http, token, 'GET', state.videoId, { fields: 'status,permalink_url' }, videoAnswer);
        const publishing = video.status?.publishing_phase?.status;
        if (!publishing || publishing === 'not_started') return null;
        return this.videoConfirmed(http, token, state.videoId, { ...state, kind: 'video' });
      }
      return this.findPost(http, req, since);
    });
  }

  /** Every post since the send, page by page (cursor `after`): on a busy Page the lost post may be far down. */
  private async findPost(http: Http, req: PublishRequest, since: Date): Promise<Confirmed | null> {
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
  }

  /** `DELETE /{post-id}` or `/{video-id}` (facebook-delete.ts); "does not exist" counts as deleted. */
  deletePost(credentials: AccountCredentials, post: PostToDelete) {
    return deleteFacebookPost(this.graph, this.timeout, credentials, post);
  }
}

// Video permalinks come back relative ("/page/videos/123/").
const absolute = (url: string | undefined) => (url ? new URL(url, 'https://www.facebook.com').toString() : null);
