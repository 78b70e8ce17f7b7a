import type { Platform } from '../platform.ts';

// The hosts and paths of a post's address on each platform (what "Share → Copy link" gives).
const shapes: Record<Platform, { hosts: string[]; path: RegExp }> = {
  facebook: { hosts: ['facebook.com', 'www.facebook.com', 'm.facebook.com', 'web.facebook.com', 'fb.watch'], path: /^\/.+/ },
  instagram: { hosts: ['instagram.com', 'www.instagram.com'], path: /^\/(p|reel|reels|tv)\/[\w-]+\/?$/ },
  x: { hosts: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'], path: /^\/\w{1,15}\/status\/\d+\/?$/ },
  youtube: { hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be'], path: /^\/(watch|shorts\/[\w-]{6,}|live\/[\w-]{6,}|[\w-]{6,})\/?$/ },
  tiktok: { hosts: ['tiktok.com', 'www.tiktok.com', 'vm.tiktok.com', 'vt.tiktok.com'], path: /^\/(@[\w.]+\/(video|photo)\/\d+|[\w]+)\/?$/ },
};

/**
 * A pasted post address checked against its platform (https, the platform's own host, a post's
 * path): the normalised link and the post's id as far as the address shows it, or null.
 */
export function parsePostLink(platform: Platform, input: string): { permalink: string; externalId: string } | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  const shape = shapes[platform];
  if (url.protocol !== 'https:' || url.username || url.password || !shape.hosts.includes(url.hostname.toLowerCase())) return null;
  if (!shape.path.test(url.pathname)) return null;
  const videoParam = platform === 'youtube' && url.pathname.startsWith('/watch') ? url.searchParams.get('v') : null;
  if (platform === 'youtube' && url.pathname.startsWith('/watch') && !videoParam) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const externalId = videoParam ?? segments[segments.length - 1] ?? url.pathname;
  // Query strings carry tracking (igshid, si, s=…), except YouTube's video id.
  const permalink = `https://${url.hostname.toLowerCase()}${url.pathname}${videoParam ? `?v=${encodeURIComponent(videoParam)}` : ''}`;
  return { permalink, externalId };
}
