import { z } from 'zod';
import type { AccountCredentials, Deleted, PostToDelete, StepOutcome } from '../adapter.ts';
import { fail, runStep } from '../http.ts';
import { type MetaGraph, metaErrorBody, throwMetaError } from './meta-graph.ts';

const deleteAnswer = z.object({ success: z.boolean() });

/**
 * `DELETE /{post-id}` (a feed, link or photo post: `{page-id}_{post-id}`) or `DELETE /{video-id}`
 * (a video post is kept by its video id) with the Page token; Graph answers `{"success": true}`.
 *
 * "Already gone": Graph answers a missing object with HTTP 400, code 100, subcode 33 ("Unsupported
 * delete request. Object with ID … does not exist, cannot be loaded due to missing permissions, or
 * does not support this operation"), and some paths with 404. The same message also covers a
 * missing permission, but a Page token that lost `pages_manage_posts` or its Page answers code 10,
 * 200–299 or 190 first, which `throwMetaError` maps to a reconnect; the post was made by this
 * Page's own token, so 100/33 here means the post is gone (deleted by hand, or an earlier delete
 * whose answer was lost).
 */
export function deleteFacebookPost(graph: MetaGraph, timeoutMs: number, credentials: AccountCredentials, post: PostToDelete): Promise<StepOutcome<Deleted>> {
  return runStep<Deleted>(timeoutMs, false, async (http) => {
    const res = await http.request('DELETE', graph.url(post.externalId), { headers: { authorization: `Bearer ${credentials.accessToken}` } });
    if (res.status === 404) return { alreadyGone: true };
    if (res.status < 200 || res.status >= 300) {
      const parsed = metaErrorBody.safeParse(res.body);
      if (parsed.success && parsed.data.error.code === 100 && parsed.data.error.error_subcode === 33) return { alreadyGone: true };
      throwMetaError(res);
    }
    const answer = deleteAnswer.safeParse(res.body);
    if (!answer.success) fail('server_error', 'meta_unexpected_answer', 'unexpected answer to the delete call', { httpStatus: res.status });
    if (!answer.data.success) fail('permanent', 'facebook_not_deleted', 'Graph answered success: false', { httpStatus: res.status });
    return { alreadyGone: false };
  });
}
