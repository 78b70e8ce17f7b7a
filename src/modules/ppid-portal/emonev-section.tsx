import { t } from '../../i18n/catalogue.ts';
import type { PortalSection } from '../site/portal.ts';
import { siteHref } from '../site/resolve-site.ts';
import { unitPath } from '../site/site-menu.ts';
import type { Trail } from '../site/unit-pages/page-trail.ts';
import { type Evidence, emonevEvidence, emonevIndicators } from './emonev-evidence.ts';
import { portalPage } from './portal-page.ts';

/**
 * The e-Monev evidence list at `/{unit}/ppid/emonev`, for the evaluators of the Komisi Informasi
 * and the public alike: per indicator, each item, its link and whether it is there.
 * `segments` are the portal sections served, known only once the portal is assembled.
 */
export function emonevSection(segments: () => ReadonlySet<string>): PortalSection {
  return {
    segment: 'emonev',
    label: { id: t('id', 'ppid_portal.label.emonev'), en: t('en', 'ppid_portal.label.emonev') },
    async page(db, trail, rest) {
      if (rest.length > 0) return null;
      const { ctx, unit } = trail;
      const evidence = await emonevEvidence(db, unit, ctx.tenant.timeZone, segments(), ctx.lang);
      const present = evidence.filter((e) => e.present).length;
      return portalPage(
        trail,
        'emonev',
        t(ctx.lang, 'ppid_portal.label.emonev'),
        <>
          <p class="lead">{t(ctx.lang, 'ppid_portal.emonev.intro', { unit: unit.name })}</p>
          <p>{t(ctx.lang, 'ppid_portal.emonev.summary', { present, total: evidence.length })}</p>
          {emonevIndicators.map((indicator) => (
            <section key={indicator} aria-labelledby={`i-${indicator}`}>
              <h2 id={`i-${indicator}`}>{t(ctx.lang, `ppid_portal.emonev.indicator.${indicator}`)}</h2>
              <ul class="info-list">
                {evidence
                  .filter((e) => e.indicator === indicator)
                  .map((e) => (
                    <EvidenceLine key={e.id} trail={trail} item={e} />
                  ))}
              </ul>
            </section>
          ))}
        </>,
      );
    },
  };
}

function EvidenceLine({ trail, item }: { trail: Trail; item: Evidence }) {
  const { ctx } = trail;
  return (
    <li>
      {item.path ? <a href={siteHref(ctx, unitPath(ctx, ...item.path))}>{item.label}</a> : <strong>{item.label}</strong>}
      <p>
        <span class={item.present ? 'state state-ok' : 'state state-missing'}>
          {t(ctx.lang, item.present ? 'ppid_portal.emonev.present' : 'ppid_portal.emonev.missing')}
        </span>
        {item.detail ? ` · ${item.detail}` : ''}
        {item.path ? '' : ` · ${t(ctx.lang, 'ppid_portal.emonev.no_link')}`}
      </p>
    </li>
  );
}
