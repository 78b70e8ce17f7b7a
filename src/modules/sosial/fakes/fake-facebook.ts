import { type FakeRequest, fakeId } from './fake-server.ts';
import { addMetaOAuth, createMetaServer, isoSeconds, metaAuth, metaError } from './meta-common.ts';

interface FbPost {
  id: string;
  message?: string;
  link?: string;
  created: Date;
  attached: string[];
}

interface UploadSession {
  videoId: string;
  size: number;
  received: number;
}

const MB = 1024 * 1024;

/**
 * The Graph API of one Facebook Page, as the Facebook adapter uses it: feed posts, photos by `url`
 * or multipart `source` (staged with `published=false`), videos by `file_url`/`source` or the Video
 * API's resumable phases (start → transfer → finish). Switches beyond the shared ones:
 * `videoOutcome` ('ready' or 'error'), `videoPollsBeforeReady`, `videoChunkBytes` (the range
 * `start`/`transfer` ask for).
 */
export function createFacebookFake(app = { clientId: 'fb-app', clientSecret: 'fb-secret' }) {
  const pageId = '104000000000001';
  // The Pages the fake's user manages (the connection lists them and the admin picks one).
  const pages = [
    { id: pageId, name: 'Dinas Kominfo Simulasi' },
    { id: '104000000000002', name: 'Media Center Simulasi' },
  ];
  const server = createMetaServer(() => pageId);
  const posts = new Map<string, FbPost>();
  const photos = new Map<string, { url: string; published: boolean; postId?: string }>();
  const videos = new Map<string, { polls: number; description?: string; postId?: string }>();
  const sessions = new Map<string, UploadSession>();
  const settings = { videoOutcome: 'ready' as 'ready' | 'error', videoPollsBeforeReady: 1, videoChunkBytes: 1 * MB };
  const pageToken = server.issueToken(pageId, 'pages_manage_posts,pages_read_engagement');
  addMetaOAuth(server, app, () => pageId, 'pages_manage_posts');

  const newPost = (fields: Omit<FbPost, 'id' | 'created'>) => {
    const post = { id: `${pageId}_${fakeId()}`, created: new Date(), ...fields };
    posts.set(post.id, post);
    return post;
  };
  const guard = (req: FakeRequest) =>
    metaAuth(server, req) ??
    (!pages.some((p) => p.id === req.params.page)
      ? metaError(400, 100, `(#100) Unsupported post request. Object with ID '${req.params.page}' does not exist`, 33)
      : undefined);

  // Facebook Login for Business: the user token lists the Pages with a Page token each (never expiring).
  server.route('me.accounts', 'GET', '/:v/me/accounts', (req) => {
    const denied = metaAuth(server, req);
    if (denied) return denied;
    const data = pages.map((p) => ({
      id: p.id,
      name: p.name,
      link: `https://www.facebook.com/${p.id}`,
      access_token: server.issueToken(p.id, 'pages_manage_posts,pages_read_engagement'),
      tasks: ['CREATE_CONTENT', 'MANAGE', 'MODERATE'],
    }));
    return { status: 200, json: { data, paging: { cursors: { before: 'b', after: 'a' } } } };
  });

  server.route('feed.create', 'POST', '/:v/:page/feed', async (req) => {
    const denied = guard(req);
    if (denied) return denied;
    const form = await req.form();
    const message = form.get('message') as string | undefined;
    const link = form.get('link') as string | undefined;
    let attached: string[] = [];
    if (form.has('attached_media')) {
      try {
        attached = (JSON.parse(String(form.get('attached_media'))) as { media_fbid: string }[]).map((m) => m.media_fbid);
      } catch {
        return metaError(400, 100, '(#100) param attached_media must be an array.');
      }
      const unknown = attached.find((id) => !photos.get(id) || photos.get(id)!.published);
      if (unknown) return metaError(400, 100, '(#100) Invalid media_fbid', 1366051);
    }
    if (!message && !link && attached.length === 0) return metaError(400, 100, '(#100) Missing message or attachment');
    const post = newPost({ message, link, attached });
    for (const id of attached) photos.get(id)!.postId = post.id;
    return { status: 200, json: { id: post.id } };
  });

  server.route('photos.create', 'POST', '/:v/:page/photos', async (req) => {
    const denied = guard(req);
    if (denied) return denied;
    const form = await req.form();
    const url = form.get('url') as string | undefined;
    const source = form.get('source');
    if (!url && !(source instanceof Blob)) return metaError(400, 324, '(#324) Requires upload file');
    if (url && !/^https?:\/\//.test(url)) return metaError(400, 100, '(#100) url should represent a valid URL');
    if (source instanceof Blob && (source.size > 4 * MB || !['image/jpeg', 'image/png'].includes(source.type)))
      return metaError(400, 100, 'Photo must be under 4MB and in JPG or PNG format.', 1366046);
    const published = form.get('published') !== 'false';
    const photoId = fakeId('9');
    photos.set(photoId, { url: url ?? 'upload', published });
    if (!published) return { status: 200, json: { id: photoId } };
    const post = newPost({ message: form.get('message') as string | undefined, attached: [photoId] });
    photos.get(photoId)!.postId = post.id;
    return { status: 200, json: { id: photoId, post_id: post.id } };
  });

  // `/{page}/videos`: one request with `file_url` or `source`, or the resumable phases.
  server.route('videos.create', 'POST', '/:v/:page/videos', async (req) => {
    const denied = guard(req);
    if (denied) return denied;
    const form = await req.form();
    const phase = form.get('upload_phase') as string | undefined;
    if (phase) return videoPhase(phase, form);
    if (!form.get('file_url') && !form.has('source')) return metaError(400, 100, '(#100) Must specify either a file_url or a source');
    const post = newPost({ message: form.get('description') as string | undefined, attached: [] });
    const videoId = fakeId('8');
    videos.set(videoId, { polls: 0, description: post.message, postId: post.id });
    return { status: 200, json: { id: videoId } };
  });

  const offsets = (s: UploadSession) => ({ start_offset: String(s.received), end_offset: String(Math.min(s.size, s.received + settings.videoChunkBytes)) });
  function videoPhase(phase: string, form: Map<string, string | Blob>) {
    if (phase === 'start') {
      const size = Number(form.get('file_size'));
      if (!Number.isInteger(size) || size < 1024) return metaError(400, 100, 'The video you tried to upload is too small.', 1363022);
      if (size > 10 * 1024 * MB) return metaError(400, 100, 'The video you tried to upload is too large.', 1363023);
      const id = fakeId('7');
      const session = { videoId: fakeId('8'), size, received: 0 };
      sessions.set(id, session);
      videos.set(session.videoId, { polls: 0 });
      return { status: 200, json: { upload_session_id: id, video_id: session.videoId, ...offsets(session) } };
    }
    const session = sessions.get(String(form.get('upload_session_id') ?? ''));
    if (!session) return metaError(400, 100, '(#100) Invalid upload_session_id', 1363020);
    if (phase === 'transfer') {
      const chunk = form.get('video_file_chunk');
      const at = Number(form.get('start_offset'));
      if (!(chunk instanceof Blob)) return metaError(400, 100, '(#100) video_file_chunk is required');
      // A chunk sent again after a lost answer: already here, so answer where the upload stands.
      if (at < session.received && at + chunk.size <= session.received) return { status: 200, json: offsets(session) };
      if (at !== session.received || chunk.size > settings.videoChunkBytes || at + chunk.size > session.size)
        return metaError(400, 6001, 'There was a problem uploading your video file. Please try again.', 1363037);
      session.received += chunk.size;
      return { status: 200, json: offsets(session) };
    }
    if (phase === 'finish') {
      if (session.received !== session.size) return metaError(400, 6001, 'The upload is not complete.', 1363040);
      const video = videos.get(session.videoId)!;
      if (!video.postId) {
        const post = newPost({ message: form.get('description') as string | undefined, attached: [] });
        Object.assign(video, { description: post.message, postId: post.id });
      }
      return { status: 200, json: { success: true } };
    }
    return metaError(400, 100, '(#100) upload_phase must be one of {start, transfer, finish, cancel}');
  }

  server.route('page.published_posts', 'GET', '/:v/:page/published_posts', (req) => {
    const denied = guard(req);
    if (denied) return denied;
    const since = Number(req.query.get('since') ?? 0) * 1000;
    const limit = Number(req.query.get('limit') ?? 25);
    // Cursor paging as the Graph API does it: `after` from the last page, `next` only while more remain.
    const offset = Number(Buffer.from(req.query.get('after') ?? '', 'base64url').toString() || 0);
    const newest = [...posts.values()].filter((p) => p.created.getTime() >= since).reverse();
    const data = newest.slice(offset, offset + limit).map((p) => ({
      id: p.id,
      message: p.message,
      created_time: isoSeconds(p.created),
      permalink_url: `https://www.facebook.com/${p.id.replace('_', '/posts/')}`,
    }));
    const cursor = (n: number) => Buffer.from(String(n)).toString('base64url');
    const after = cursor(offset + data.length);
    const more = offset + data.length < newest.length;
    const next = more ? { next: `https://graph.facebook.com${req.path}?limit=${limit}&after=${after}` } : {};
    return { status: 200, json: { data, paging: { cursors: { before: cursor(offset), after }, ...next } } };
  });

  server.route('object.read', 'GET', '/:v/:id', (req) => {
    const denied = metaAuth(server, req);
    if (denied) return denied;
    const { id } = req.params as { id: string };
    const post = posts.get(id);
    if (post) return { status: 200, json: { id, permalink_url: `https://www.facebook.com/${id.replace('_', '/posts/')}` } };
    const video = videos.get(id);
    if (video && !video.postId) {
      // Started or uploading, never finished: nothing is published.
      const status = { video_status: 'upload_complete', uploading_phase: { status: 'in_progress' }, publishing_phase: { status: 'not_started' } };
      return { status: 200, json: { id, status } };
    }
    if (video) {
      video.polls += 1;
      const state = video.polls > settings.videoPollsBeforeReady ? settings.videoOutcome : 'processing';
      const video_status = state === 'processing' ? 'upload_complete' : state;
      const status = {
        video_status,
        processing_progress: state === 'ready' ? 100 : 50,
        uploading_phase: { status: 'complete' },
        publishing_phase: { status: state === 'ready' ? 'complete' : state === 'error' ? 'error' : 'in_progress' },
      };
      return { status: 200, json: { id, permalink_url: `/${pageId}/videos/${id}/`, status } };
    }
    return metaError(
      400,
      100,
      `(#100) Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation`,
      33,
    );
  });

  // Deleting a post (`{page}_{post}`) or a video (by its video id, with the post it made): `{"success": true}`.
  // A missing object answers as Graph does: 400, code 100, subcode 33.
  server.route('object.delete', 'DELETE', '/:v/:id', (req) => {
    const denied = metaAuth(server, req);
    if (denied) return denied;
    const { id } = req.params as { id: string };
    const video = videos.get(id);
    const postId = video ? video.postId : posts.has(id) ? id : undefined;
    if (!postId || !posts.has(postId)) {
      return metaError(
        400,
        100,
        `(#100) Unsupported delete request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation`,
        33,
      );
    }
    if (video) videos.delete(id);
    for (const photoId of posts.get(postId)!.attached) photos.delete(photoId);
    posts.delete(postId);
    return { status: 200, json: { success: true } };
  });

  return { server, pageId, pages, pageToken, posts, photos, videos, sessions, settings, app };
}
export type FacebookFake = ReturnType<typeof createFacebookFake>;
