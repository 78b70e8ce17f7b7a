import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { type CentralKonten, listCentralKonten, listLatestFromUnits, type UnitTerbaru } from '../../konten/public-central.ts';
import { CentralList, TerbaruList } from '../../konten/views/central-list.tsx';
import { listUnits, type Unit } from '../../org/find-units.ts';
import { unitKinds } from '../../org/roles.ts';
import { type SiteContext, siteHref } from '../resolve-site.ts';
import { EmptyState } from './empty-state.tsx';

export type PemdaHomeData = { units: Unit[]; central: CentralKonten[]; terbaru: UnitTerbaru[] };

/** What the pemda's home shows, in three queries side by side. */
export async function loadPemdaHome(db: Queryable, tenantId: string): Promise<PemdaHomeData> {
  const [units, central, terbaru] = await Promise.all([listUnits(db, tenantId), listCentralKonten(db, tenantId), listLatestFromUnits(db, tenantId)]);
  return { units, central, terbaru };
}

/**
 * The pemda's home, the Media Center's site: what it published centrally from the units, the
 * latest news of every unit, then every active unit by kind.
 */
export function PemdaHome({ ctx, units, central, terbaru }: { ctx: SiteContext } & PemdaHomeData) {
  // Units arrive ordered by tier then name; grouping keeps that order inside each kind.
  const groups = unitKinds
    .map((kind) => ({ kind, units: units.filter((u) => (unitKinds.includes(u.kind as never) ? u.kind : 'lainnya') === kind) }))
    .filter((g) => g.units.length > 0);
  return (
    <>
      <p class="lead">{t(ctx.lang, 'site.home.intro', { tenant: ctx.tenant.name })}</p>
      <CentralList ctx={ctx} items={central} />
      <TerbaruList ctx={ctx} items={terbaru} />
      <h2 id="perangkat-daerah">{t(ctx.lang, 'site.home.units')}</h2>
      {groups.length === 0 ? <EmptyState text={t(ctx.lang, 'site.empty.units')} /> : null}
      <div class="groups">
        {groups.map((group) => (
          <section key={group.kind} aria-labelledby={`jenis-${group.kind}`}>
            <h3 id={`jenis-${group.kind}`}>{t(ctx.lang, `site.kind.${group.kind}`)}</h3>
            <ul class="links">
              {group.units.map((unit) => (
                <li key={unit.id}>
                  <a href={siteHref(ctx, `/${encodeURIComponent(unit.slug)}`)}>{unit.name}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
