/** The five platforms Warta publishes to. The names are stored in attempt rows: never rename one. */
export const platforms = ['facebook', 'instagram', 'x', 'youtube', 'tiktok'] as const;
export type Platform = (typeof platforms)[number];
