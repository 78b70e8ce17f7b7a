import { createHash } from 'node:crypto';
import type { Queryable } from '../../db/types.ts';
import { perDatabase, TtlCache } from '../../lib/ttl-cache.ts';
import { onSiteChanged } from '../site/site-changed.ts';
import { adjustAccent, darker } from './contrast.ts';
import { type SocialNetwork, socialNetworks } from './fields.ts';
import { loadSettingsRow, type SiteKey } from './load-settings.ts';
import { type LogoForRender, logoForRender } from './media-port.ts';

/** What a public page's header and footer show of a site's settings. */
export type PublicSitus = {
  logo: LogoForRender | null;
  /** The per-site stylesheet carrying the accent colour, or null for the shared default colours. */
  accentHref: string | null;
  address: string | null;
  openingHours: string | null;
  mapUrl: string | null;
  email: string | null;
  phone: string | null;
  complaintUrl: string | null;
  elearningUrl: string | null;
  social: Array<{ network: SocialNetwork; url: string }>;
};

export type Fallback = { address: string | null; phone: string | null; email: string | null };

/** The CSS of a site's accent: custom properties only, read by the shared stylesheet. */
export function accentCss(chosen: string): string {
  const used = adjustAccent(chosen).used;
  return `:root{--accent:${used};--accent-dark:${darker(used)}}\n`;
}

/** The stylesheet's address: by settings row, versioned by its content so it can be cached for a year. */
export function accentHref(settingsId: string, chosen: string): string {
  const v = createHash('sha256').update(accentCss(chosen)).digest('base64url').slice(0, 12);
  return `/assets/situs/${settingsId}.css?v=${v}`;
}

// Every public page needs this; it changes rarely. A save here clears it at once (onSiteChanged);
// another process's save shows within the lifetime, like the pages' own 60 s cache.
const cache = perDatabase(() => new TtlCache<PublicSitus>(60_000, 2000));
onSiteChanged(() => cache.clearAll());

/** A site's public settings (the unit's record filling address, phone and e-mail left empty). */
export function publicSitus(db: Queryable, key: SiteKey, fallback: Fallback): Promise<PublicSitus> {
  return cache.of(db).get(`${key.tenantId}:${key.unitId ?? ''}`, async () => {
    const row = await loadSettingsRow(db, key);
    const social = socialNetworks.flatMap((network) => {
      const url = row?.social[network];
      return url ? [{ network, url }] : [];
    });
    return {
      logo: row?.logoMediaId ? await logoForRender(db, row.logoMediaId) : null,
      accentHref: row?.accentColor ? accentHref(row.id, row.accentColor) : null,
      address: row?.address ?? fallback.address,
      openingHours: row?.openingHours ?? null,
      mapUrl: row?.mapUrl ?? null,
      email: row?.email ?? fallback.email,
      phone: row?.phone ?? fallback.phone,
      complaintUrl: row?.complaintUrl ?? null,
      elearningUrl: row?.elearningUrl ?? null,
      social,
    };
  });
}
