import { t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import type { PublicSitus } from '../public-settings.ts';
import { situsOf } from './site-situs.ts';

const socialNames = { facebook: 'Facebook', instagram: 'Instagram', x: 'X', youtube: 'YouTube', tiktok: 'TikTok' } as const;

/** A phone number as a `tel:` link: digits and the leading plus only. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** The footer's contact block: address, opening hours, map, phone, e-mail, complaint channel, e-learning, social accounts. */
export async function SitusFooter({ ctx }: { ctx: SiteContext }) {
  const s = await situsOf(ctx);
  if (!s) return ctx.unit?.address ? <p>{ctx.unit.address}</p> : null;
  return <SitusContact ctx={ctx} s={s} />;
}

/** The same details as a list, for the footer and the contact page. */
export function SitusContact({ ctx, s }: { ctx: SiteContext; s: PublicSitus }) {
  const l = (key: Parameters<typeof t>[1]) => t(ctx.lang, key);
  const links = [
    s.complaintUrl ? { href: s.complaintUrl, label: l('situs.public.complaint') } : null,
    s.elearningUrl ? { href: s.elearningUrl, label: l('situs.public.elearning') } : null,
  ].filter((x) => x !== null);
  const details = s.address || s.openingHours || s.phone || s.email;
  if (!details && links.length === 0 && s.social.length === 0) return null;
  return (
    <div class="situs-contact">
      {details ? (
        <dl>
          {s.address ? (
            <>
              <dt>{l('situs.public.address')}</dt>
              <dd>
                {s.address}
                {s.mapUrl ? (
                  <>
                    {' '}
                    (<a href={s.mapUrl}>{l('situs.public.map')}</a>)
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          {s.openingHours ? (
            <>
              <dt>{l('situs.public.hours')}</dt>
              <dd>{s.openingHours}</dd>
            </>
          ) : null}
          {s.phone ? (
            <>
              <dt>{l('situs.public.phone')}</dt>
              <dd>
                <a href={telHref(s.phone)}>{s.phone}</a>
              </dd>
            </>
          ) : null}
          {s.email ? (
            <>
              <dt>{l('situs.public.email')}</dt>
              <dd>
                <a href={`mailto:${s.email}`}>{s.email}</a>
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {links.length > 0 ? (
        <ul class="situs-links">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {s.social.length > 0 ? (
        <ul class="situs-social" aria-label={l('situs.public.social')}>
          {s.social.map((a) => (
            <li key={a.network}>
              <a href={a.url} rel="me noopener">
                {socialNames[a.network]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
