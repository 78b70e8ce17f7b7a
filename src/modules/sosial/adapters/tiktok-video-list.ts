import { z } from 'zod';
import type { PublishRequest } from '../adapter.ts';
import { fail, StepFailure } from '../http.ts';

/** One page of `POST /v2/video/list/` (scope video.list): newest first, `cursor` to the next page while `has_more`. */
export const videoListPage = z.object({
  videos: z
    .array(
      z.object({
        id: z.string(),
        title: z.string().optional(),
        video_description: z.string().optional(),
        create_time: z.number(),
        share_url: z.string().optional(),
      }),
    )
    .default([]),
  cursor: z.number().optional(),
  has_more: z.boolean().default(false),
});
export type VideoListPage = z.infer<typeof videoListPage>;
export type ListedVideo = VideoListPage['videos'][number];

export const videoListFields = { fields: 'id,title,video_description,create_time,share_url' };

/** Pages of 20 videos read back to the send before giving up proving a post absent. */
const PAGES = 10;
/**
 * TikTok lists a post once it has processed it (about a minute, the Get Post Status reference
 * says, sometimes much longer): a post missing from the list right after the send proves nothing.
 * Reconcile waits and looks again until this long after `since` (which run-kiriman puts 5 minutes
 * before the send), and only then takes "not listed" as "not posted".
 */
export const LISTING_SETTLE_MS = 15 * 60_000;
// Clocks differ a little between Warta and TikTok.
const SKEW_MS = 60_000;
const same = (a: string | undefined, b: string) => (a ?? '').replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * The post a lost init made, among the account's videos since the send: the caption matches (a
 * video's title, a photo post's description) and it was created after the send. Newest first, page
 * by page until a page reaches back past the send. Null = not there (publishing again is safe).
 * Without the video.list scope the answer cannot be known: a permanent failure that a person
 * resolves (Warta never guesses and posts again).
 */
export async function findPostedVideo(
  list: (body: { max_count: number; cursor?: number }) => Promise<VideoListPage>,
  req: PublishRequest,
  since: Date,
): Promise<ListedVideo | null> {
  const from = since.getTime() - SKEW_MS;
  const photo = !req.media.some((m) => m.kind === 'video');
  const ours = (v: ListedVideo) => v.create_time * 1000 >= from && (same(v.video_description, req.text) || (!photo && same(v.title, req.text)));
  let cursor: number | undefined;
  for (let page = 0; page < PAGES; page++) {
    let answer: VideoListPage;
    try {
      answer = await list({ max_count: 20, ...(cursor !== undefined ? { cursor } : {}) });
    } catch (err) {
      // TikTok's scope_not_authorized / scope_permission_missed: elsewhere a reason to reconnect, here only a limit of what reconcile can know.
      if (err instanceof StepFailure && /^tiktok_scope_/.test(err.error.code))
        fail('permanent', 'tiktok_reconcile_needs_video_list', 'the app may not list the account’s videos (scope video.list): a lost post cannot be found');
      throw err;
    }
    const hits = answer.videos.filter(ours);
    // Two matches since the send: the earlier is the one the lost call made.
    if (hits.length) return hits.reduce((a, b) => (b.create_time < a.create_time ? b : a));
    const reachedSend = answer.videos.some((v) => v.create_time * 1000 < from);
    if (!answer.has_more || reachedSend || answer.cursor === undefined) return null;
    cursor = answer.cursor;
  }
  return fail('server_error', 'tiktok_reconcile_too_many_videos', `more than ${PAGES * 20} videos since the send; not proven absent`);
}
