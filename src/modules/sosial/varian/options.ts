/** The choices of each platform's switches, without zod, so the admin's editor can list them cheaply. */

/** X: who may reply (API v2 `reply_settings`; `everyone` is the platform's default and sends nothing). */
export const xReplySettings = ['everyone', 'following', 'mentionedUsers', 'subscribers', 'verified'] as const;
export const instagramPostTypes = ['single', 'carousel', 'reel', 'story'] as const;
export const facebookPostTypes = ['link', 'photos', 'video'] as const;
export const youtubePrivacy = ['public', 'unlisted', 'private'] as const;
/** The values TikTok's creator_info may offer; a creator is offered a subset. */
export const tiktokPrivacyLevels = ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'FOLLOWER_OF_CREATOR', 'SELF_ONLY'] as const;
export const tiktokPostModes = ['DIRECT_POST', 'MEDIA_UPLOAD'] as const;
/** YouTube video categories that fit a government channel (the ids of videoCategories.list, region ID). */
export const youtubeCategories = ['25', '27', '22', '29', '19', '17', '10', '24', '28'] as const;
