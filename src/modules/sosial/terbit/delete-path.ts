import type { Platform } from '../platform.ts';

/**
 * The platforms whose API deletes a post: Facebook Graph `DELETE /{post-id}` (or `/{video-id}`),
 * X `DELETE /2/tweets/:id`, YouTube `videos.delete`. Instagram's and TikTok's publishing APIs have
 * no delete call: a person deletes the post in the app and confirms it in Warta.
 */
export const apiDeletePlatforms: readonly Platform[] = ['facebook', 'x', 'youtube'];

/**
 * How a published post of this account comes down: `api` when Warta can delete it itself (a
 * platform with a delete call, an account connected through the API and still connected), else
 * `manual` (the admin deletes it on the platform and confirms: "Sudah saya hapus").
 */
export function deletePathOf(platform: Platform, akun: { mode: string; status: string }): 'api' | 'manual' {
  return apiDeletePlatforms.includes(platform) && akun.mode === 'api' && akun.status === 'terhubung' ? 'api' : 'manual';
}
