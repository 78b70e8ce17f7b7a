import { z } from 'zod';
import type { StepOutcome, TokenSet } from '../adapter.ts';
import type { SosialAdapterConfig } from '../adapters/index.ts';
import { MetaGraph } from '../adapters/meta-graph.ts';
import { fail, joinUrl, runStep } from '../http.ts';
import type { Platform } from '../platform.ts';

/** An account the signed-in person may connect: a Page, an Instagram professional account, a user, a channel. */
export type Identity = {
  externalAccountId: string;
  nama: string;
  profileUrl: string | null;
  /** Facebook: the Page's own token (it replaces the user token, and does not expire). */
  accessToken?: string;
  /** TikTok: the privacy levels the creator may post with (creator_info), when it answered. */
  privacyOptions?: string[];
};

const creatorPrivacy = z.object({ data: z.object({ privacy_level_options: z.array(z.string()) }) });

const pages = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      link: z.string().optional(),
      access_token: z.string().optional(),
      instagram_business_account: z.object({ id: z.string(), username: z.string().optional() }).optional(),
    }),
  ),
});

/**
 * After the code exchange: which account(s) the token speaks for. Facebook lists the Pages the
 * person manages (each with its Page token); Instagram the professional accounts linked to those
 * Pages; X, YouTube and TikTok the one signed-in account. Tokens travel in headers only.
 */
export function discoverIdentities(platform: Platform, options: SosialAdapterConfig[Platform], tokens: TokenSet): Promise<StepOutcome<Identity[]>> {
  return runStep(options.timeoutMs ?? 30_000, false, async (http) => {
    const bearer = { authorization: `Bearer ${tokens.accessToken}` };
    if (platform === 'facebook' || platform === 'instagram') {
      const graph = new MetaGraph(options);
      const fields = platform === 'facebook' ? 'id,name,link,access_token' : 'id,name,instagram_business_account{id,username}';
      const answer = await graph.call(http, tokens.accessToken, 'GET', 'me/accounts', { fields, limit: '100' }, pages);
      if (platform === 'facebook')
        return answer.data
          .filter((p) => p.access_token)
          .map((p) => ({ externalAccountId: p.id, nama: p.name, profileUrl: p.link ?? `https://www.facebook.com/${p.id}`, accessToken: p.access_token }));
      return answer.data.flatMap((p) => {
        const ig = p.instagram_business_account;
        if (!ig) return [];
        const handle = ig.username ?? ig.id;
        return [{ externalAccountId: ig.id, nama: `@${handle} (${p.name})`, profileUrl: ig.username ? `https://www.instagram.com/${ig.username}` : null }];
      });
    }
    if (platform === 'x') {
      const o = options as SosialAdapterConfig['x'];
      const res = await http.request('GET', joinUrl(o.apiBase ?? 'https://api.x.com', '2/users/me'), { headers: bearer });
      const me = z.object({ data: z.object({ id: z.string(), name: z.string(), username: z.string() }) }).safeParse(res.body);
      if (res.status !== 200 || !me.success) fail('permanent', `x_users_me_${res.status}`, 'users/me did not answer the user');
      return [{ externalAccountId: me.data.data.id, nama: `@${me.data.data.username}`, profileUrl: `https://x.com/${me.data.data.username}` }];
    }
    if (platform === 'youtube') {
      const o = options as SosialAdapterConfig['youtube'];
      const url = joinUrl(o.apiBase ?? 'https://www.googleapis.com/youtube/v3', 'channels', { part: 'snippet', mine: 'true' });
      const res = await http.request('GET', url, { headers: bearer });
      const answer = z
        .object({
          items: z.array(z.object({ id: z.string(), snippet: z.object({ title: z.string(), customUrl: z.string().optional() }).optional() })).default([]),
        })
        .safeParse(res.body);
      if (res.status !== 200 || !answer.success) fail('permanent', `youtube_channels_${res.status}`, 'channels.list did not answer');
      return answer.data.items.map((c) => ({
        externalAccountId: c.id,
        nama: c.snippet?.title ?? c.id,
        profileUrl: c.snippet?.customUrl ? `https://www.youtube.com/${c.snippet.customUrl}` : `https://www.youtube.com/channel/${c.id}`,
      }));
    }
    const o = options as SosialAdapterConfig['tiktok'];
    const url = joinUrl(o.apiBase ?? 'https://open.tiktokapis.com', 'v2/user/info/', { fields: 'open_id,display_name,profile_deep_link' });
    const res = await http.request('GET', url, { headers: bearer });
    const answer = z
      .object({ data: z.object({ user: z.object({ open_id: z.string(), display_name: z.string().optional(), profile_deep_link: z.string().optional() }) }) })
      .safeParse(res.body);
    if (res.status !== 200 || !answer.success) fail('permanent', `tiktok_user_info_${res.status}`, 'user/info did not answer');
    const u = answer.data.data.user;
    // The variant editor offers exactly these levels, with none chosen in advance (TikTok's rule).
    const info = await http.request('POST', joinUrl(o.apiBase ?? 'https://open.tiktokapis.com', 'v2/post/publish/creator_info/query/'), {
      headers: bearer,
      json: {},
    });
    const privacy = creatorPrivacy.safeParse(info.body);
    const privacyOptions = info.status === 200 && privacy.success ? { privacyOptions: privacy.data.data.privacy_level_options } : {};
    return [{ externalAccountId: u.open_id, nama: u.display_name ?? 'TikTok', profileUrl: u.profile_deep_link ?? null, ...privacyOptions }];
  });
}
