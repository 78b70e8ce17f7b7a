import { type FakeRequest, fakeId } from './fake-server.ts';
import { addMetaOAuth, createMetaServer, isoSeconds, metaAuth, metaError } from './meta-common.ts';

type Status = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED' | 'PUBLISHED';
interface Container {
  id: string;
  kind: 'IMAGE' | 'REELS' | 'VIDEO' | 'CAROUSEL' | 'STORIES';
  caption?: string;
  children: string[];
  isChild: boolean;
  polls: number;
  status: Status;
}

/**
 * Instagram Content Publishing (graph.facebook.com path) for one professional account: image,
 * REELS, carousel and STORIES containers, media_publish, the media and stories lists. Switches:
 * `containerOutcome` (FINISHED, ERROR or EXPIRED after `pollsBeforeDone` reads), `quotaTotal`.
 */
export function createInstagramFake(app = { clientId: 'ig-app', clientSecret: 'ig-secret' }) {
  const igUserId = '17841400000000001';
  const server = createMetaServer(() => igUserId);
  const containers = new Map<string, Container>();
  const media = new Map<string, { id: string; caption?: string; created: Date; containerId: string; story: boolean }>();
  const publishedAt: number[] = [];
  const settings = { containerOutcome: 'FINISHED' as 'FINISHED' | 'ERROR' | 'EXPIRED', pollsBeforeDone: 1, quotaTotal: 50 };
  const token = server.issueToken(igUserId, 'instagram_basic,instagram_content_publish');
  addMetaOAuth(server, app, () => igUserId, 'instagram_basic,instagram_content_publish', 'Instagram');

  const usage = () => publishedAt.filter((t) => t > Date.now() - 86_400_000).length;
  const guard = (req: FakeRequest) =>
    metaAuth(server, req) ?? (req.params.ig !== igUserId ? metaError(400, 100, `(#100) Object with ID '${req.params.ig}' does not exist`, 33) : undefined);

  // The professional account is found through the Page it is linked to.
  server.route('me.accounts', 'GET', '/:v/me/accounts', (req) => {
    const denied = metaAuth(server, req);
    if (denied) return denied;
    const data = [{ id: '104000000000001', name: 'Dinas Kominfo Simulasi', instagram_business_account: { id: igUserId, username: 'kominfo.simulasi' } }];
    return { status: 200, json: { data, paging: { cursors: { before: 'b', after: 'a' } } } };
  });

  server.route('media.create', 'POST', '/:v/:ig/media', async (req) => {
    const denied = guard(req);
    if (denied) return denied;
    const f = await req.form();
    const type = (f.get('media_type') as string | undefined) ?? 'IMAGE';
    const isChild = f.get('is_carousel_item') === 'true';
    const base = { id: fakeId('179'), caption: f.get('caption') as string | undefined, isChild, polls: 0, status: 'IN_PROGRESS' as Status };
    if (type === 'CAROUSEL') {
      const children = String(f.get('children') ?? '')
        .split(',')
        .filter(Boolean);
      if (children.length < 2 || children.length > 10) return metaError(400, 100, '(#100) The carousel must have between 2 and 10 children.', 2207013);
      const bad = children.find((c) => !containers.get(c)?.isChild || containers.get(c)?.status !== 'FINISHED');
      if (bad) return metaError(400, 100, `(#100) Invalid child container ${bad}`, 2207005);
      containers.set(base.id, { ...base, kind: 'CAROUSEL', children, status: 'FINISHED' });
      return { status: 200, json: { id: base.id } };
    }
    if (type === 'STORIES') {
      if (isChild) return metaError(400, 100, '(#100) Stories cannot be carousel items.');
      if (!f.get('image_url') === !f.get('video_url')) return metaError(400, 100, '(#100) A story takes either image_url or video_url.');
    }
    if (type === 'IMAGE' && !f.get('image_url')) return metaError(400, 100, '(#100) The parameter image_url is required.');
    if ((type === 'REELS' || type === 'VIDEO') && !f.get('video_url')) return metaError(400, 100, '(#100) The parameter video_url is required.');
    if (type === 'VIDEO' && !isChild) return metaError(400, 100, '(#100) The VIDEO media_type is only supported for carousel items; use REELS.', 2207067);
    if (!['IMAGE', 'REELS', 'VIDEO', 'STORIES'].includes(type))
      return metaError(400, 100, '(#100) Param media_type must be one of {VIDEO, REELS, CAROUSEL, STORIES}');
    containers.set(base.id, { ...base, kind: type as Container['kind'], children: [] });
    return { status: 200, json: { id: base.id } };
  });

  server.route('media.publish', 'POST', '/:v/:ig/media_publish', async (req) => {
    const denied = guard(req);
    if (denied) return denied;
    const f = await req.form();
    const id = f.get('creation_id') as string | undefined;
    if (!id) return metaError(400, 100, '(#100) The parameter creation_id is required.');
    const c = containers.get(id);
    if (!c || c.isChild) return metaError(400, 100, `(#100) Unsupported post request. Object with ID '${id}' does not exist`, 33);
    if (c.status === 'PUBLISHED') return metaError(400, 9007, 'The media has already been published.', 2207008);
    if (c.status !== 'FINISHED') return metaError(400, 9007, 'Media ID is not available', 2207027);
    if (usage() >= settings.quotaTotal) return metaError(400, 9, 'Application request limit reached', 2207042);
    c.status = 'PUBLISHED';
    publishedAt.push(Date.now());
    const m = { id: fakeId('180'), caption: c.caption, created: new Date(), containerId: id, story: c.kind === 'STORIES' };
    media.set(m.id, m);
    return { status: 200, json: { id: m.id } };
  });

  server.route('limit.read', 'GET', '/:v/:ig/content_publishing_limit', (req) => {
    const denied = guard(req);
    if (denied) return denied;
    return { status: 200, json: { data: [{ quota_usage: usage(), config: { quota_total: settings.quotaTotal, quota_duration: 86400 } }] } };
  });

  server.route('media.list', 'GET', '/:v/:ig/media', (req) => {
    const denied = guard(req);
    if (denied) return denied;
    // Stories are not in the media list: they have their own edge.
    const data = [...media.values()]
      .filter((m) => !m.story)
      .reverse()
      .map((m) => ({ id: m.id, caption: m.caption, timestamp: isoSeconds(m.created), permalink: `https://www.instagram.com/p/${m.id}/` }));
    return { status: 200, json: { data } };
  });

  server.route('stories.list', 'GET', '/:v/:ig/stories', (req) => {
    const denied = guard(req);
    if (denied) return denied;
    const dayAgo = Date.now() - 86_400_000;
    const data = [...media.values()]
      .filter((m) => m.story && m.created.getTime() > dayAgo)
      .reverse()
      .map((m) => ({ id: m.id, timestamp: isoSeconds(m.created), permalink: `https://www.instagram.com/stories/kominfo.simulasi/${m.id}/` }));
    return { status: 200, json: { data } };
  });

  server.route('object.read', 'GET', '/:v/:id', (req) => {
    const denied = metaAuth(server, req);
    if (denied) return denied;
    const { id } = req.params as { id: string };
    const c = containers.get(id);
    if (c) {
      c.polls += 1;
      if (c.status === 'IN_PROGRESS' && c.polls > settings.pollsBeforeDone) c.status = settings.containerOutcome;
      return { status: 200, json: { id, status_code: c.status, ...(c.status === 'ERROR' ? { status: 'Error: 2207026' } : {}) } };
    }
    const m = media.get(id);
    if (m) return { status: 200, json: { id, permalink: `https://www.instagram.com/p/${id}/` } };
    return metaError(400, 100, `(#100) Object with ID '${id}' does not exist`, 33);
  });

  return { server, igUserId, token, containers, media, settings, app };
}
export type InstagramFake = ReturnType<typeof createInstagramFake>;
