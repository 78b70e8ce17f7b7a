import type { SocialAdapter } from '../adapter.ts';
import type { Platform } from '../platform.ts';
import { FacebookAdapter } from './facebook.ts';
import { InstagramAdapter } from './instagram.ts';
import type { MetaOptions } from './meta-graph.ts';
import { TikTokAdapter, type TikTokOptions } from './tiktok.ts';
import { XAdapter, type XOptions } from './x.ts';
import { YouTubeAdapter, type YouTubeOptions } from './youtube.ts';

/** App credentials and endpoints per platform (real endpoints when a base is left out). */
export interface SosialAdapterConfig {
  facebook: MetaOptions;
  instagram: MetaOptions;
  x: XOptions;
  youtube: YouTubeOptions;
  tiktok: TikTokOptions;
}

export function createAdapter<P extends Platform>(platform: P, config: SosialAdapterConfig): SocialAdapter {
  switch (platform) {
    case 'facebook':
      return new FacebookAdapter(config.facebook);
    case 'instagram':
      return new InstagramAdapter(config.instagram);
    case 'x':
      return new XAdapter(config.x);
    case 'youtube':
      return new YouTubeAdapter(config.youtube);
    default:
      return new TikTokAdapter(config.tiktok);
  }
}
