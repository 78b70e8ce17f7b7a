import { t } from '../../../i18n/catalogue.ts';
import { type SiteContext, siteHref } from '../resolve-site.ts';
import { unitPath } from '../site-menu.ts';
import type { UnitSiteSettings } from '../unit-pages/site-settings.ts';

// Links that leave the site hand it neither the page nor a window handle.
const away = 'noopener noreferrer';

/**
 * The home page's quick links: the PPID portal, the complaint channel (the unit's, or Kontak while
 * none is set), E-Learning and the social accounts when the unit set them.
 */
export function QuickLinks({ ctx, settings }: { ctx: SiteContext; settings: UnitSiteSettings | null }) {
  return (
    <nav class="quick" aria-labelledby="tautan-cepat">
      <h2 id="tautan-cepat">{t(ctx.lang, 'konten.publik.beranda.tautan')}</h2>
      <ul class="link-list">
        <li>
          <a href={siteHref(ctx, unitPath(ctx, 'ppid'))}>{t(ctx.lang, 'konten.publik.beranda.ppid')}</a>
        </li>
        <li>
          {settings?.complaintUrl ? (
            <a href={settings.complaintUrl} rel={away}>
              {t(ctx.lang, 'konten.publik.beranda.pengaduan')}
            </a>
          ) : (
            <a href={siteHref(ctx, unitPath(ctx, 'kontak'))}>{t(ctx.lang, 'konten.publik.beranda.kontak')}</a>
          )}
        </li>
        {settings?.elearningUrl ? (
          <li>
            <a href={siteHref(ctx, unitPath(ctx, 'e-learning'))}>{t(ctx.lang, 'konten.publik.beranda.elearning')}</a>
          </li>
        ) : null}
      </ul>
      {settings && settings.social.length > 0 ? (
        <>
          <h3>{t(ctx.lang, 'konten.publik.beranda.medsos')}</h3>
          <ul class="link-list">
            {settings.social.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel={away}>
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </nav>
  );
}

/** The unit's office on the home page: logo, address, hours and a map link, whichever are set. */
export function UnitCard({ ctx, settings }: { ctx: SiteContext; settings: UnitSiteSettings | null }) {
  if (!settings || !(settings.logo || settings.address || settings.hours || settings.mapUrl)) return null;
  return (
    <div class="unit-card">
      {settings.logo ? <img src={settings.logo.src} width={settings.logo.width} height={settings.logo.height} alt={settings.logo.alt} /> : null}
      {settings.address ? <p>{settings.address}</p> : null}
      {settings.hours ? <p>{settings.hours}</p> : null}
      {settings.mapUrl ? (
        <p>
          <a href={settings.mapUrl} rel={away}>
            {t(ctx.lang, 'konten.publik.beranda.peta')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
