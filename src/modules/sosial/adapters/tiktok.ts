import { z } from 'zod';
import type {
  AccountCredentials,
  AdapterOptions,
  AuthorizeRequest,
  Confirmed,
  JsonObject,
  MediaSource,
  Prepared,
  Published,
  PublishRequest,
  SocialAdapter,
  TokenSet,
} from '../adapter.ts';
import { fail, type Http, joinUrl, Pending, runStep, StepFailure, sleep, TransportError } from '../http.ts';
import { throwTikTokError, tiktokChunks } from './tiktok-rules.ts';
import { findPostedVideo, LISTING_SETTLE_MS, videoListFields, videoListPage } from './tiktok-video-list.ts';

export { tiktokChunks };

export interface TikTokOptions extends AdapterOptions {
  apiBase?: string;
  authorizeBase?: string;
  /** FILE_UPLOAD chunk size: 5–64 MB (TikTok Media Transfer Guide). */
  chunkBytes?: number;
}

export const tiktokScopes = ['user.info.basic', 'video.publish', 'video.upload', 'video.list'];

const envelope = z.object({
  data: z.unknown().optional(),
  error: z.object({ code: z.string(), message: z.string().default(''), log_id: z.string().optional() }),
});
const creatorInfo = z.object({
  creator_username: z.string(),
  creator_nickname: z.string(),
  privacy_level_options: z.array(z.string()),
  comment_disabled: z.boolean().default(false),
  duet_disabled: z.boolean().default(false),
  stitch_disabled: z.boolean().default(false),
  max_video_post_duration_sec: z.number().default(600),
});
const initAnswer = z.object({ publish_id: z.string(), upload_url: z.string().optional() });
const statusAnswer = z.object({
  status: z.enum(['PROCESSING_UPLOAD', 'PROCESSING_DOWNLOAD', 'SEND_TO_USER_INBOX', 'PUBLISH_COMPLETE', 'FAILED']),
  fail_reason: z.string().optional(),
  // Spelled this way by TikTok.
  publicaly_available_post_id: z.array(z.union([z.string(), z.number()])).default([]),
  uploaded_bytes: z.number().optional(),
});
const tokenAnswer = z.object({
  access_token: z.string(),
  refresh_token: z.string().optional(),
  expires_in: z.number(),
  refresh_expires_in: z.number().optional(),
  scope: z.string().optional(),
  open_id: z.string().optional(),
});

/**
 * How long TikTok's count of received bytes must stand still before a partial upload counts as
 * abandoned. TikTok posts nothing it has not wholly received, but the bytes a killed process left
 * in its socket are still sent by the kernel after it died (4 MB of send buffer on a 1 Mbit/s
 * uplink is half a minute): only once nothing has arrived for this long is a new init safe.
 */
export const UPLOAD_STILL_MS = 60_000;

/** A partial upload: null (safe to publish again) once its byte count stood still long enough; else look again. */
function uploadStopped(state: JsonObject, bytes: number): null | Pending {
  const seen = state.uploadSeen as { bytes: number; at: number } | undefined;
  if (seen?.bytes === bytes && Date.now() - seen.at >= UPLOAD_STILL_MS) return null;
  return new Pending({ ...state, uploadSeen: seen?.bytes === bytes ? seen : { bytes, at: Date.now() } }, 30);
}

/**
 * TikTok Content Posting API (Direct Post). prepare queries creator_info (mandatory before
 * posting) and checks the chosen privacy level against the creator's options — there is no
 * default: the person must choose. publish is the init call (video FILE_UPLOAD with the chunks,
 * video PULL_FROM_URL from a verified domain, or photos pulled from URLs); confirm reads
 * status/fetch until PUBLISH_COMPLETE.
 */
export class TikTokAdapter implements SocialAdapter {
  readonly platform = 'tiktok' as const;
  private readonly api: string;
  constructor(private readonly options: TikTokOptions) {
    this.api = options.apiBase ?? 'https://open.tiktokapis.com';
  }
  private get timeout() {
    return this.options.timeoutMs ?? 30_000;
  }

  private async post<T>(http: Http, token: string, path: string, body: unknown, schema: z.ZodType<T>, query?: Record<string, string>): Promise<T> {
    const res = await http.request('POST', joinUrl(this.api, path, query), { headers: { authorization: `Bearer ${token}` }, json: body });
    const parsed = envelope.safeParse(res.body);
    if (!parsed.success) fail(res.status >= 500 ? 'server_error' : 'permanent', `tiktok_http_${res.status}`, res.text, { httpStatus: res.status });
    if (parsed.data.error.code !== 'ok' || res.status >= 300) throwTikTokError(res, parsed.data.error.code, parsed.data.error.message);
    const data = schema.safeParse(parsed.data.data);
    if (!data.success) fail('server_error', 'tiktok_unexpected_answer', `unexpected answer from ${path}`);
    return data.data;
  }

  authorizeUrl(req: AuthorizeRequest) {
    return joinUrl(this.options.authorizeBase ?? 'https://www.tiktok.com', 'v2/auth/authorize/', {
      client_key: this.options.clientId,
      scope: tiktokScopes.join(','),
      response_type: 'code',
      redirect_uri: req.redirectUri,
      state: req.state,
    });
  }

  private token(form: Record<string, string>) {
    return runStep<TokenSet>(this.timeout, false, async (http) => {
      const res = await http.request('POST', joinUrl(this.api, 'v2/oauth/token/'), {
        form: { ...form, client_key: this.options.clientId, client_secret: this.options.clientSecret ?? '' },
      });
      const error = z.object({ error: z.string(), error_description: z.string().optional() }).safeParse(res.body);
      if (error.success)
        fail(form.grant_type === 'refresh_token' ? 'token_revoked' : 'permanent', `tiktok_${error.data.error}`, error.data.error_description ?? '', {
          httpStatus: res.status,
        });
      if (res.status >= 500) fail('server_error', `tiktok_http_${res.status}`, res.text, { httpStatus: res.status });
      const body = tokenAnswer.safeParse(res.body);
      if (!body.success) fail('server_error', 'tiktok_unexpected_answer', 'unexpected token answer');
      return {
        accessToken: body.data.access_token,
        refreshToken: body.data.refresh_token,
        expiresAt: new Date(Date.now() + body.data.expires_in * 1000).toISOString(),
        ...(body.data.refresh_expires_in ? { refreshExpiresAt: new Date(Date.now() + body.data.refresh_expires_in * 1000).toISOString() } : {}),
        scope: body.data.scope,
      };
    });
  }
  exchangeCode(code: string, redirectUri: string) {
    return this.token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri });
  }
  refreshToken(credentials: AccountCredentials) {
    return this.token({ grant_type: 'refresh_token', refresh_token: credentials.refreshToken ?? '' });
  }

  prepare(req: PublishRequest) {
    return runStep<Prepared>(this.timeout, false, async (http): Promise<Prepared> => {
      const creator = await this.post(http, req.credentials.accessToken, 'v2/post/publish/creator_info/query/', {}, creatorInfo);
      const privacy = req.settings?.privacyLevel;
      const inbox = req.settings?.postMode === 'MEDIA_UPLOAD';
      // A draft sent to the inbox gets its privacy in the TikTok app, from the person.
      if (typeof privacy !== 'string' && !inbox) fail('permanent', 'tiktok_privacy_required', 'TikTok requires the person to choose a privacy level');
      if (typeof privacy === 'string' && !creator.privacy_level_options.includes(privacy))
        fail('permanent', 'tiktok_privacy_level_option_mismatch', `${privacy} is not among ${creator.privacy_level_options.join(', ')}`);
      const video = req.media.find((m) => m.kind === 'video');
      if (video?.durationSec && video.durationSec > creator.max_video_post_duration_sec) {
        fail('permanent', 'tiktok_duration', `the video lasts ${video.durationSec} s; this creator may post ${creator.max_video_post_duration_sec} s`);
      }
      return {
        state: {
          username: creator.creator_username,
          nickname: creator.creator_nickname,
          privacyLevel: typeof privacy === 'string' ? privacy : null,
          // A switch the creator turned off in the app stays off, whatever the variant says.
          disableComment: creator.comment_disabled || req.settings?.disableComment === true,
          disableDuet: creator.duet_disabled || req.settings?.disableDuet === true,
          disableStitch: creator.stitch_disabled || req.settings?.disableStitch === true,
        },
      };
    });
  }

  private async uploadFile(http: Http, uploadUrl: string, video: MediaSource): Promise<void> {
    const { chunkSize, count } = tiktokChunks(video.bytes, this.options.chunkBytes);
    for (let i = 0; i < count; i++) {
      const start = i * chunkSize;
      const end = i === count - 1 ? video.bytes : start + chunkSize;
      const bytes = await video.read!(start, end);
      const res = await http.request('PUT', uploadUrl, {
        headers: { 'content-type': video.mimeType, 'content-range': `bytes ${start}-${end - 1}/${video.bytes}` },
        body: bytes,
      });
      if (res.status !== 206 && res.status !== 201)
        fail(res.status >= 500 ? 'server_error' : 'permanent', `tiktok_upload_${res.status}`, res.text, { httpStatus: res.status });
    }
  }

  publish(req: PublishRequest, prepared: Prepared) {
    return runStep<Published>(this.timeout, true, async (http): Promise<Published> => {
      const s = prepared.state;
      const token = req.credentials.accessToken;
      const video = req.media.find((m) => m.kind === 'video');
      const photos = req.media.filter((m) => m.kind === 'image');
      let publishId: string;
      if (video) {
        const pull = req.settings?.source === 'PULL_FROM_URL';
        if (!pull && !video.read) fail('permanent', 'tiktok_media_unreadable', 'video bytes are not readable');
        const { chunkSize, count } = tiktokChunks(video.bytes, this.options.chunkBytes);
        const sourceInfo = pull
          ? { source: 'PULL_FROM_URL', video_url: video.url }
          : { source: 'FILE_UPLOAD', video_size: video.bytes, chunk_size: chunkSize, total_chunk_count: count };
        // MEDIA_UPLOAD: a draft in the creator's TikTok inbox (scope video.upload); the person
        // finishes the post in the app. The fallback when Direct Post is not approved.
        const inbox = req.settings?.postMode === 'MEDIA_UPLOAD';
        const postInfo = {
          title: req.text,
          privacy_level: s.privacyLevel,
          disable_comment: s.disableComment,
          disable_duet: s.disableDuet,
          disable_stitch: s.disableStitch,
          brand_content_toggle: req.settings?.brandContent === true,
          brand_organic_toggle: req.settings?.brandOrganic === true,
          is_aigc: req.settings?.isAigc === true,
        };
        // Stored before the init: from here on a file's bytes go out only after its publish id is
        // stored too, so a run that finds this mark without an id knows nothing was uploaded.
        if (!pull) await prepared.checkpoint?.({ uploadAfterId: true });
        const init = await this.post(
          http,
          token,
          inbox ? 'v2/post/publish/inbox/video/init/' : 'v2/post/publish/video/init/',
          inbox ? { source_info: sourceInfo } : { post_info: postInfo, source_info: sourceInfo },
          initAnswer,
        );
        publishId = init.publish_id;
        if (!pull) {
          // The upload can take minutes: a process killed during it must leave the id behind, or the
          // next run could only wait for the account's list to settle (LISTING_SETTLE_MS).
          await prepared.checkpoint?.({ publishId });
          try {
            await this.uploadFile(http, init.upload_url ?? fail('server_error', 'tiktok_no_upload_url', 'no upload_url'), video);
          } catch (err) {
            // The init is done: whatever happens now, the attempt must keep the publish id.
            const state = { ...s, publishId };
            if (err instanceof StepFailure) throw new StepFailure({ ...err.error, kind: 'unknown_after_publish' }, state);
            if (err instanceof TransportError)
              throw new StepFailure({ kind: 'unknown_after_publish', code: err.timedOut ? 'timeout' : 'network', detail: 'upload after init' }, state);
            throw err;
          }
        }
      } else {
        const init = await this.post(
          http,
          token,
          'v2/post/publish/content/init/',
          {
            media_type: 'PHOTO',
            post_mode: req.settings?.postMode === 'MEDIA_UPLOAD' ? 'MEDIA_UPLOAD' : 'DIRECT_POST',
            post_info: {
              title: req.title ?? '',
              description: req.text,
              privacy_level: s.privacyLevel,
              disable_comment: s.disableComment,
              auto_add_music: true,
            },
            source_info: { source: 'PULL_FROM_URL', photo_images: photos.map((p) => p.url), photo_cover_index: 0 },
          },
          initAnswer,
        );
        publishId = init.publish_id;
      }
      return { externalId: publishId, state: { ...s, publishId } };
    });
  }

  private async status(http: Http, token: string, publishId: string) {
    return this.post(http, token, 'v2/post/publish/status/fetch/', { publish_id: publishId }, statusAnswer);
  }

  private confirmed(state: JsonObject, publishId: string, ids: (string | number)[]): Confirmed | Pending {
    if (ids.length) return { externalId: String(ids[0]), permalink: `https://www.tiktok.com/@${state.username}/video/${ids[0]}`, extraIds: [publishId] };
    // A private (SELF_ONLY) post never gets a public id; a public one gets it after moderation.
    if (state.privacyLevel === 'SELF_ONLY') return { externalId: publishId, permalink: null, warnings: ['tiktok_private_no_public_id'] };
    return new Pending(state, 60);
  }

  confirm(req: PublishRequest, published: Published) {
    return runStep<Confirmed>(this.timeout, false, async (http): Promise<Confirmed | Pending> => {
      for (let i = 0; i < (this.options.maxPolls ?? 5); i++) {
        const st = await this.status(http, req.credentials.accessToken, published.externalId);
        if (st.status === 'FAILED') fail('permanent', `tiktok_${st.fail_reason ?? 'failed'}`, st.fail_reason ?? 'FAILED');
        if (st.status === 'PUBLISH_COMPLETE') return this.confirmed(published.state, published.externalId, st.publicaly_available_post_id);
        if (st.status === 'SEND_TO_USER_INBOX') return { externalId: published.externalId, permalink: null, warnings: ['tiktok_in_creator_inbox'] };
        await sleep(this.options.pollIntervalMs ?? 5000);
      }
      return new Pending(published.state, 30);
    });
  }

  /**
   * After a lost answer. With a publish id (the init answered, a later call was lost) TikTok's
   * status says where it stands. Without one (the init's own answer was lost) only the account's
   * videos can tell: `video/list` (scope video.list), newest first, page by page back to the send,
   * matching the caption (a video's title, a photo post's description) and the create time; a
   * post not listed yet is looked for again until LISTING_SETTLE_MS after `since`.
   * Without video.list nothing can prove the post absent, and publishing again could post it
   * twice: the step fails with `tiktok_reconcile_needs_video_list` and waits for a person.
   */
  reconcile(req: PublishRequest, since: Date, state?: JsonObject) {
    return runStep<Confirmed | null>(this.timeout, false, async (http): Promise<Confirmed | null | Pending> => {
      const token = req.credentials.accessToken;
      if (typeof state?.publishId === 'string') {
        const st = await this.status(http, token, state.publishId);
        if (st.status === 'FAILED') return null;
        if (st.status === 'PUBLISH_COMPLETE') return this.confirmed(state, state.publishId, st.publicaly_available_post_id);
        if (st.status === 'SEND_TO_USER_INBOX') return { externalId: state.publishId, permalink: null, warnings: ['tiktok_in_creator_inbox'] };
        const video = req.media.find((m) => m.kind === 'video');
        if (st.status === 'PROCESSING_UPLOAD' && video && (st.uploaded_bytes ?? 0) < video.bytes) return uploadStopped(state, st.uploaded_bytes ?? 0);
        return new Pending(state, 30);
      }
      const video = req.media.find((m) => m.kind === 'video');
      // The process stopped before it stored the publish id, so before the first byte of the file
      // left (publish): TikTok posts nothing it has not received. Publishing again is safe now.
      if (state?.uploadAfterId === true && video && req.settings?.source !== 'PULL_FROM_URL') return null;
      const hit = await findPostedVideo((body) => this.post(http, token, 'v2/video/list/', body, videoListPage, videoListFields), req, since);
      // Not listed yet is not proof: TikTok lists a post only once processed. Look again a little later.
      if (!hit && Date.now() - since.getTime() < LISTING_SETTLE_MS) return new Pending({ ...(state ?? {}) }, 60);
      if (!hit) return null;
      const permalink = hit.share_url ?? (state?.username ? `https://www.tiktok.com/@${state.username}/video/${hit.id}` : null);
      return { externalId: hit.id, permalink };
    });
  }
}
