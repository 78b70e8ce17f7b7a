import type { ApiRouter } from '../../http/api-router.ts';
import { t } from '../../i18n/catalogue.ts';
import { loadActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { waitingWork } from './waiting-work.ts';

/** The admin home's one read: what waits on the signed-in person, per unit and role. */
export function registerTugasApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/beranda',
      summary:
        'What waits on me: new, due-soon and overdue requests and objections per unit, content at my hand-offs, my coverage assignments, and the calendar warning',
      auth: 'user',
    },
    async (c, _input, { user }) => {
      const db = c.get('services').db;
      const tenant = await getTenant(db, user.tenantId);
      const work = await waitingWork(db, await loadActor(db, user), tenant.timeZone, new Date(), user.personId);
      const lang = c.get('lang');
      return c.json({
        hariIni: work.today,
        segeraSampai: work.dueSoonUntil,
        kalender: work.calendar ? { tahun: work.calendar.year, peringatan: t(lang, work.calendar.key, { year: work.calendar.year }) } : null,
        unit: work.units.map((u) => ({
          id: u.unitId,
          nama: u.name,
          slug: u.slug,
          peran: u.roles,
          permohonan: u.requests,
          keberatan: u.objections,
        })),
        liputan: work.liputan,
        konten: work.konten,
      });
    },
  );
}
