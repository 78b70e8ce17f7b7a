import { z } from 'zod';
import { HEX_COLOR } from './contrast.ts';

export const socialNetworks = ['facebook', 'instagram', 'x', 'youtube', 'tiktok'] as const;
export type SocialNetwork = (typeof socialNetworks)[number];

/** The hosts an account address of each network may have (with or without `www.`/`m.`). */
const socialHosts: Record<SocialNetwork, readonly string[]> = {
  facebook: ['facebook.com', 'fb.com'],
  instagram: ['instagram.com'],
  x: ['x.com', 'twitter.com'],
  youtube: ['youtube.com'],
  tiktok: ['tiktok.com'],
};

const msg = (key: string) => `msg:situs.invalid.${key}`;

/** Empty, missing or null all mean "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z
    .union([schema, z.literal('')])
    .nullish()
    .transform((v) => (v ? (v as z.output<T>) : null));

const parsedUrl = (value: string) => (URL.canParse(value) ? new URL(value) : null);

/** A web address people can open: http(s) only, so no `javascript:` or `data:` link reaches a page. */
const webUrl = (field: string, httpsOnly = false) =>
  optional(
    z
      .string()
      .trim()
      .max(500, { message: msg(field) })
      .refine(
        (v) => {
          const url = parsedUrl(v);
          return url !== null && (url.protocol === 'https:' || (!httpsOnly && url.protocol === 'http:')) && url.hostname.includes('.');
        },
        { message: msg(field) },
      ),
  );

/** An account address on its network's own host, over https. */
const socialUrl = (network: SocialNetwork) =>
  optional(
    z
      .string()
      .trim()
      .max(300, { message: msg(`social.${network}`) })
      .refine(
        (v) => {
          const url = parsedUrl(v);
          if (url?.protocol !== 'https:' || url.pathname.length < 2) return false;
          const host = url.hostname.toLowerCase().replace(/^(www|m)\./, '');
          return socialHosts[network].includes(host);
        },
        { message: msg(`social.${network}`) },
      ),
  );

/** What the settings screen sends; every field may be left empty. */
export const situsSettingsBody = z.object({
  logoMediaId: optional(z.uuid({ message: msg('logo') })),
  accentColor: optional(
    z
      .string()
      .trim()
      .regex(HEX_COLOR, { message: msg('accentColor') }),
  ).transform((v) => v?.toLowerCase() ?? null),
  address: optional(
    z
      .string()
      .trim()
      .max(500, { message: msg('address') }),
  ),
  openingHours: optional(
    z
      .string()
      .trim()
      .max(500, { message: msg('openingHours') }),
  ),
  mapUrl: webUrl('mapUrl', true),
  email: optional(z.email({ message: msg('email') }).max(200, { message: msg('email') })),
  phone: optional(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9(][0-9 ()-]{5,28}$/, { message: msg('phone') }),
  ),
  complaintUrl: webUrl('complaintUrl'),
  elearningUrl: webUrl('elearningUrl'),
  social: z
    .object(Object.fromEntries(socialNetworks.map((n) => [n, socialUrl(n)])) as Record<SocialNetwork, ReturnType<typeof socialUrl>>)
    .partial()
    .default({}),
});
export type SitusSettingsInput = z.output<typeof situsSettingsBody>;
