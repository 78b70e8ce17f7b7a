import { z } from 'zod';
import type {
  AccountCredentials,
  AdapterOptions,
  AuthorizeRequest,
  Confirmed,
  Deleted,
  JsonObject,
  PostToDelete,
  Prepared,
  Published,
  PublishRequest,
  SocialAdapter,
  TokenSet,
} from '../adapter.ts';
import { fail, type Http, joinUrl, Pending, runStep, sleep, TransportError } from '../http.ts';
import { secondsUntilPacificMidnight, throwGoogleError } from './youtube-errors.ts';

export { secondsUntilPacificMidnight };

export interface YouTubeOptions extends AdapterOptions {
  uploadBase?: string;
  apiBase?: string;
  authBase?: string;
  tokenUrl?: string;
  /** Bytes per PUT; must be a multiple of 256 KiB (Google's rule for every chunk but the last). */
  chunkBytes?: number;
}

// `youtube.force-ssl` is the narrowest scope `videos.delete` accepts (with `youtube` and
// `youtubepartner`); accounts connected before it was asked for get 403 insufficientPermissions on delete.
export const youtubeScopes = [
  'https://www.googleapis.com/auth/youtube.upload',
  'https://www.googleapis.com/auth/youtube.readonly',
  'https://www.googleapis.com/auth/youtube.force-ssl',
];

const videoResource = z.object({
  id: z.string(),
  status: z
    .object({
      uploadStatus: z.string().optional(),
      privacyStatus: z.string().optional(),
      failureReason: z.string().optional(),
      rejectionReason: z.string().optional(),
    })
    .optional(),
});
const videoList = z.object({ items: z.array(videoResource) });
const channelList = z.object({ items: z.array(z.object({ contentDetails: z.object({ relatedPlaylists: z.object({ uploads: z.string() }) }) })) });
const playlistItems = z.object({
  items: z.array(z.object({ snippet: z.object({ title: z.string(), publishedAt: z.string(), resourceId: z.object({ videoId: z.string() }) }) })),
});
const tokenAnswer = z.object({ access_token: z.string(), expires_in: z.number(), refresh_token: z.string().optional(), scope: z.string().optional() });

const KIB256 = 256 * 1024;

/**
 * YouTube Data API v3, resumable upload. prepare opens the session and sends every chunk except
 * the last (a 308 answer each time; after a dropped connection it asks the session how far it got
 * with `Content-Range: bytes *\/total` and resumes); publish sends the last chunk, the moment the
 * video comes to exist. A lost answer is reconciled by asking the same session: 200/201 gives the
 * video, 308 means it does not exist yet.
 */
export class YouTubeAdapter implements SocialAdapter {
  readonly platform = 'youtube' as const;
  constructor(private readonly options: YouTubeOptions) {}
  private get timeout() {
    return this.options.timeoutMs ?? 60_000;
  }
  private get chunk() {
    const size = this.options.chunkBytes ?? 8 * 1024 * 1024;
    if (size % KIB256 !== 0) throw new Error('chunkBytes must be a multiple of 256 KiB');
    return size;
  }
  private api(path: string, query: Record<string, string>) {
    return joinUrl(this.options.apiBase ?? 'https://www.googleapis.com/youtube/v3', path, query);
  }

  authorizeUrl(req: AuthorizeRequest) {
    return joinUrl(this.options.authBase ?? 'https://accounts.google.com', 'o/oauth2/v2/auth', {
      client_id: this.options.clientId,
      redirect_uri: req.redirectUri,
      response_type: 'code',
      scope: youtubeScopes.join(' '),
      access_type: 'offline',
      prompt: 'consent',
      state: req.state,
    });
  }

  private token(form: Record<string, string>, keepRefresh?: string) {
    return runStep<TokenSet>(this.timeout, false, async (http) => {
      const res = await http.request('POST', this.options.tokenUrl ?? 'https://oauth2.googleapis.com/token', {
        form: { ...form, client_id: this.options.clientId, client_secret: this.options.clientSecret ?? '' },
      });
      if (res.status === 400 || res.status === 401)
        fail(form.grant_type === 'refresh_token' ? 'token_revoked' : 'permanent', 'youtube_invalid_grant', res.text, { httpStatus: res.status });
      if (res.status !== 200) throwGoogleError(res);
      const body = tokenAnswer.safeParse(res.body);
      if (!body.success) fail('server_error', 'youtube_unexpected_answer', 'unexpected token answer');
      // Google keeps the refresh token; it only sends one on the first consent.
      return {
        accessToken: body.data.access_token,
        refreshToken: body.data.refresh_token ?? keepRefresh,
        expiresAt: new Date(Date.now() + body.data.expires_in * 1000).toISOString(),
        scope: body.data.scope,
      };
    });
  }
  exchangeCode(code: string, redirectUri: string) {
    return this.token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri });
  }
  refreshToken(credentials: AccountCredentials) {
    return this.token({ grant_type: 'refresh_token', refresh_token: credentials.refreshToken ?? '' }, credentials.refreshToken);
  }

  private async openSession(http: Http, req: PublishRequest, video: PublishRequest['media'][number]): Promise<string> {
    const settings = req.settings ?? {};
    const res = await http.request(
      'POST',
      joinUrl(this.options.uploadBase ?? 'https://www.googleapis.com/upload/youtube/v3', 'videos', { uploadType: 'resumable', part: 'snippet,status' }),
      {
        headers: {
          authorization: `Bearer ${req.credentials.accessToken}`,
          'x-upload-content-length': String(video.bytes),
          'x-upload-content-type': video.mimeType,
        },
        json: {
          snippet: {
            title: req.title ?? '',
            description: req.text,
            tags: (settings.tags as string[] | undefined) ?? [],
            categoryId: (settings.categoryId as string | undefined) ?? '25',
          },
          status: {
            privacyStatus: (settings.privacyStatus as string | undefined) ?? 'public',
            // The variant's made-for-kids declaration (COPPA); a government channel's default is no.
            selfDeclaredMadeForKids: settings.madeForKids === true,
            ...(settings.publishAt ? { publishAt: settings.publishAt } : {}),
          },
        },
      },
    );
    if (res.status !== 200) throwGoogleError(res);
    const location = res.headers.get('location');
    if (!location) fail('server_error', 'youtube_no_session', 'no Location header on the resumable session answer');
    return location;
  }

  /** Asks the session how many bytes it holds; a finished upload answers with the video. */
  private async progress(
    http: Http,
    token: string,
    sessionUri: string,
    total: number,
  ): Promise<{ offset: number } | { videoId: string; body: unknown } | 'gone'> {
    const res = await http.request('PUT', sessionUri, {
      headers: { authorization: `Bearer ${token}`, 'content-range': `bytes */${total}` },
      body: '',
      redirect: 'manual',
    });
    if (res.status === 200 || res.status === 201) return { videoId: videoResource.parse(res.body).id, body: res.body };
    if (res.status === 308) return { offset: rangeEnd(res.headers.get('range')) };
    if (res.status === 404 || res.status === 410) return 'gone';
    throwGoogleError(res);
  }

  /** Sends bytes [offset, end) and answers the server's new offset, or the video when it completed. */
  private async sendChunk(
    http: Http,
    token: string,
    sessionUri: string,
    video: PublishRequest['media'][number],
    offset: number,
    end: number,
  ): Promise<{ offset: number } | { video: z.infer<typeof videoResource> }> {
    const bytes = await video.read!(offset, end);
    const res = await http.request('PUT', sessionUri, {
      headers: { authorization: `Bearer ${token}`, 'content-type': video.mimeType, 'content-range': `bytes ${offset}-${end - 1}/${video.bytes}` },
      body: bytes,
      redirect: 'manual',
    });
    if (res.status === 308) return { offset: rangeEnd(res.headers.get('range')) };
    if (res.status === 200 || res.status === 201) return { video: videoResource.parse(res.body) };
    throwGoogleError(res);
  }

  prepare(req: PublishRequest, previous?: JsonObject) {
    return runStep<Prepared>(this.timeout, false, async (http): Promise<Prepared> => {
      const video = req.media.find((m) => m.kind === 'video');
      if (!video?.read) fail('permanent', 'youtube_video_required', 'YouTube needs a readable video');
      const token = req.credentials.accessToken;
      let sessionUri = typeof previous?.sessionUri === 'string' ? previous.sessionUri : undefined;
      let offset = 0;
      if (sessionUri) {
        const at = await this.progress(http, token, sessionUri, video.bytes);
        if (at === 'gone') sessionUri = undefined;
        else if ('videoId' in at) return { state: { sessionUri, offset: video.bytes, total: video.bytes, videoId: at.videoId } };
        else offset = at.offset;
      }
      sessionUri ??= await this.openSession(http, req, video);
      const lastLength = video.bytes % this.chunk || this.chunk;
      const finalStart = Math.max(0, video.bytes - lastLength);
      let drops = 0;
      while (offset < finalStart) {
        try {
          const sent = await this.sendChunk(http, token, sessionUri, video, offset, Math.min(offset + this.chunk, finalStart));
          if ('video' in sent) return { state: { sessionUri, offset: video.bytes, total: video.bytes, videoId: sent.video.id } };
          offset = sent.offset;
        } catch (err) {
          // A dropped connection: ask the session where it stands and go on from there (3 times).
          if (!(err instanceof TransportError) || ++drops > 3) throw err;
          await sleep(this.options.pollIntervalMs ?? 1000);
          const at = await this.progress(http, token, sessionUri, video.bytes);
          if (at === 'gone') fail('server_error', 'youtube_session_gone', 'the upload session expired; prepare again');
          if ('videoId' in at) return { state: { sessionUri, offset: video.bytes, total: video.bytes, videoId: at.videoId } };
          offset = at.offset;
        }
      }
      return { state: { sessionUri, offset, total: video.bytes } };
    });
  }

  publish(req: PublishRequest, prepared: Prepared) {
    return runStep<Published>(this.timeout, true, async (http): Promise<Published> => {
      const { sessionUri, videoId } = prepared.state as { sessionUri?: string; videoId?: string };
      if (videoId) return { externalId: videoId, state: { sessionUri: sessionUri ?? null } };
      const video = req.media.find((m) => m.kind === 'video');
      if (!sessionUri || !video?.read) fail('permanent', 'youtube_not_prepared', 'no upload session');
      let offset = Number(prepared.state.offset ?? 0);
      for (let rounds = 0; rounds < 1000; rounds++) {
        const sent = await this.sendChunk(http, req.credentials.accessToken, sessionUri, video, offset, Math.min(video.bytes, offset + this.chunk));
        if ('video' in sent) return { externalId: sent.video.id, state: { sessionUri } };
        offset = sent.offset;
      }
      fail('server_error', 'youtube_upload_stuck', 'the session never completed');
    });
  }

  confirm(req: PublishRequest, published: Published) {
    return runStep<Confirmed>(this.timeout, false, async (http): Promise<Confirmed | Pending> => {
      for (let i = 0; i < (this.options.maxPolls ?? 3); i++) {
        const res = await http.request('GET', this.api('videos', { part: 'status', id: published.externalId }), {
          headers: { authorization: `Bearer ${req.credentials.accessToken}` },
        });
        if (res.status !== 200) throwGoogleError(res);
        const status = videoList.parse(res.body).items[0]?.status;
        if (status?.uploadStatus === 'failed' || status?.uploadStatus === 'rejected') {
          fail('permanent', `youtube_${status.uploadStatus}`, status.failureReason ?? status.rejectionReason ?? status.uploadStatus);
        }
        if (status?.uploadStatus === 'processed') {
          const asked = (req.settings?.privacyStatus as string | undefined) ?? 'public';
          // Projects not yet audited get every upload locked to private.
          const warnings = asked !== 'private' && status.privacyStatus === 'private' ? ['youtube_locked_private'] : [];
          return {
            externalId: published.externalId,
            permalink: `https://www.youtube.com/watch?v=${published.externalId}`,
            ...(warnings.length ? { warnings } : {}),
          };
        }
        await sleep(this.options.pollIntervalMs ?? 10_000);
      }
      return new Pending(published.state, 60);
    });
  }

  reconcile(req: PublishRequest, since: Date, state?: JsonObject) {
    return runStep<Confirmed | null>(this.timeout, false, async (http) => {
      const token = req.credentials.accessToken;
      const video = req.media.find((m) => m.kind === 'video');
      if (typeof state?.sessionUri === 'string' && video) {
        const at = await this.progress(http, token, state.sessionUri, video.bytes);
        if (at !== 'gone') return 'videoId' in at ? { externalId: at.videoId, permalink: `https://www.youtube.com/watch?v=${at.videoId}` } : null;
      }
      const headers = { authorization: `Bearer ${token}` };
      const channels = await http.request('GET', this.api('channels', { part: 'contentDetails', mine: 'true' }), { headers });
      if (channels.status !== 200) throwGoogleError(channels);
      const uploads = channelList.parse(channels.body).items[0]?.contentDetails.relatedPlaylists.uploads;
      if (!uploads) return null;
      const items = await http.request('GET', this.api('playlistItems', { part: 'snippet', playlistId: uploads, maxResults: '10' }), { headers });
      if (items.status !== 200) throwGoogleError(items);
      const hit = playlistItems
        .parse(items.body)
        .items.find((i) => i.snippet.title === req.title && Date.parse(i.snippet.publishedAt) >= since.getTime() - 60_000);
      return hit ? { externalId: hit.snippet.resourceId.videoId, permalink: `https://www.youtube.com/watch?v=${hit.snippet.resourceId.videoId}` } : null;
    });
  }

  /**
   * `videos.delete`: `DELETE /youtube/v3/videos?id=…`, no body, 204 No Content (50 quota units).
   * 404 `videoNotFound` counts as deleted (safe to repeat). 403 `insufficientPermissions`: the
   * account was connected without the delete scope; 403 `forbidden`: this video cannot be deleted
   * by this channel. Neither means the token is dead, so neither marks the account.
   */
  deletePost(credentials: AccountCredentials, post: PostToDelete) {
    return runStep<Deleted>(this.timeout, false, async (http) => {
      const res = await http.request('DELETE', this.api('videos', { id: post.externalId }), {
        headers: { authorization: `Bearer ${credentials.accessToken}` },
      });
      if (res.status === 204 || res.status === 200) return { alreadyGone: false };
      if (res.status === 404) return { alreadyGone: true };
      const reason = (res.body as { error?: { errors?: { reason?: string }[] } } | undefined)?.error?.errors?.[0]?.reason;
      if (res.status === 403 && reason === 'insufficientPermissions')
        fail('permanent', 'youtube_delete_scope_missing', 'the token lacks a scope videos.delete accepts', { httpStatus: 403 });
      if (res.status === 403 && reason === 'forbidden') fail('permanent', 'youtube_delete_forbidden', 'the video cannot be deleted', { httpStatus: 403 });
      throwGoogleError(res);
    });
  }
}

/** `Range: bytes=0-n` → the next offset n+1; no header means nothing was stored. */
function rangeEnd(range: string | null): number {
  const m = /bytes=0-(\d+)/.exec(range ?? '');
  return m ? Number(m[1]) + 1 : 0;
}
