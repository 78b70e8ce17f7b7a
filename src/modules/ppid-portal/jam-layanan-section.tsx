import { t } from '../../i18n/catalogue.ts';
import { type TimeZone, timeZoneLabel } from '../org/roles.ts';
import { formatDate } from '../permohonan/format.ts';
import { getSitePage } from '../site/list-site-pages.ts';
import { pageTitleIn } from '../site/page-title.ts';
import type { PortalSection } from '../site/portal.ts';
import type { Trail } from '../site/unit-pages/page-trail.ts';
import { EmptyState } from '../site/views/empty-state.tsx';
import { PageBody } from '../site/views/page-body.tsx';
import { portalPage } from './portal-page.ts';
import { ppidPages } from './ppid-pages.ts';
import { daysLabel, openDays, parseServiceHours, type ServiceHours } from './service-hours.ts';
import { TableRegion } from './table-region.tsx';
import { CLOSURE_WINDOW_DAYS, type Closure, upcomingClosures } from './upcoming-closures.ts';

/**
 * Service hours at `/{unit}/ppid/jam-layanan`: the schedule the PPID wrote as a table, its notes,
 * and the coming closures on service days from the working-day calendar.
 */
export const jamLayananSection: PortalSection = {
  segment: 'jam-layanan',
  label: { id: t('id', 'ppid_portal.label.jam'), en: t('en', 'ppid_portal.label.jam') },
  async page(db, trail, rest) {
    if (rest.length > 0) return null;
    const { ctx } = trail;
    const page = await getSitePage(db, trail.unit.id, 'ppid-jam-layanan');
    const title = pageTitleIn(page, ppidPages['ppid-jam-layanan'].title, ctx.lang);
    const parsed = parseServiceHours(page.updatedAt ? page.body : '');
    // Bodies are checked on save, so a failure here means nothing usable was written.
    const hours: ServiceHours = parsed.ok ? parsed : { rows: [], notes: '' };
    if (hours.rows.length === 0 && hours.notes === '')
      return portalPage(trail, 'jam-layanan', title, <EmptyState text={t(ctx.lang, 'ppid_portal.empty.jam')} />);
    const open = openDays(hours);
    // With no schedule table, the calendar's closures are shown for the usual Monday–Friday.
    const closures = await upcomingClosures(db, ctx.tenant.id, ctx.tenant.timeZone, open.size > 0 ? open : new Set([1, 2, 3, 4, 5]));
    return portalPage(
      trail,
      'jam-layanan',
      title,
      <>
        {hours.rows.length > 0 ? <ScheduleTable trail={trail} hours={hours} /> : null}
        {hours.notes ? (
          <div class="body">
            <PageBody source={hours.notes} />
          </div>
        ) : null}
        <Closures trail={trail} closures={closures} />
      </>,
    );
  },
};

function ScheduleTable({ trail, hours }: { trail: Trail; hours: ServiceHours }) {
  const { lang, tenant } = trail.ctx;
  const zone = timeZoneLabel[tenant.timeZone as TimeZone] ?? tenant.timeZone;
  const listed = new Set(hours.rows.flatMap((r) => r.days));
  return (
    <>
      <TableRegion captionId="jam-caption">
        <table>
          <caption id="jam-caption">{t(lang, 'ppid_portal.jam.caption', { zone })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'ppid_portal.jam.day')}</th>
              <th scope="col">{t(lang, 'ppid_portal.jam.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {hours.rows.map((row) => (
              <tr key={row.days.join()}>
                <th scope="row">{daysLabel(row.days, lang)}</th>
                <td>
                  {row.slots.length === 0
                    ? t(lang, 'ppid_portal.jam.closed')
                    : row.slots.map((s, i) => (
                        <span key={s.from} class="slot">
                          {i > 0 ? ', ' : ''}
                          {`${s.from}–${s.to}`}
                          {s.note ? ` (${s.note})` : ''}
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {listed.size < 7 ? <p class="meta">{t(lang, 'ppid_portal.jam.other_days')}</p> : null}
    </>
  );
}

function Closures({ trail, closures }: { trail: Trail; closures: Closure[] }) {
  const { lang } = trail.ctx;
  return (
    <section aria-labelledby="penutupan">
      <h2 id="penutupan">{t(lang, 'ppid_portal.jam.closures', { days: CLOSURE_WINDOW_DAYS })}</h2>
      {closures.length === 0 ? (
        <p>{t(lang, 'ppid_portal.jam.closures_none', { days: CLOSURE_WINDOW_DAYS })}</p>
      ) : (
        <ul>
          {closures.map((c) => (
            <li key={c.date}>
              <strong>{formatDate(c.date, lang)}</strong>: {c.names.join('; ')}
            </li>
          ))}
        </ul>
      )}
      <p>{t(lang, 'ppid_portal.jam.closures_note')}</p>
    </section>
  );
}
