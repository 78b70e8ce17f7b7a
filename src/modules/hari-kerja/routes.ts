import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { rateLimit } from '../../http/rate-limit.ts';
import { t } from '../../i18n/catalogue.ts';
import { loadActor } from '../org/actor.ts';
import { findTenantForHost } from '../org/find-units.ts';
import { getTenant } from '../org/get-tenant.ts';
import { timeZones } from '../org/roles.ts';
import { addHoliday } from './add-holiday.ts';
import { calendarStatus } from './calendar-status.ts';
import { completeYear } from './complete-year.ts';
import { computeDueDate } from './compute-due-date.ts';
import { holidayTypes } from './data/types.ts';
import { deleteHoliday } from './delete-holiday.ts';
import { registerHolidayImport } from './import-route.ts';
import { listHolidays } from './list-holidays.ts';
import { isLocalDate } from './local-date.ts';
import { assertHariKerja } from './policy.ts';

const dateField = z.string().refine(isLocalDate, { message: 'msg:hari_kerja.date_invalid' });
const yearField = z
  .string()
  .regex(/^\d{4}$/, { message: 'msg:hari_kerja.date_invalid' })
  .transform(Number);
const sourceField = z.string({ message: 'msg:hari_kerja.source_required' }).trim().min(3, { message: 'msg:hari_kerja.source_required' }).max(500);

/** The working-day calendar: the public deadline calculator and the holiday admin. */
export function registerHariKerjaApi(api: ApiRouter): void {
  // Public and unauthenticated, so limited per address like the other public endpoints.
  api.app.use('/hari-kerja/jatuh-tempo', rateLimit('hari-kerja', 60, 60));
  api.route(
    {
      method: 'get',
      path: '/hari-kerja/jatuh-tempo',
      summary: 'Due date: the n-th working day after a receipt date (day 0), with the skipped dates',
      auth: 'public',
      query: z.object({
        mulai: z.string({ message: 'msg:hari_kerja.start_invalid' }).max(40),
        hari: z
          .string({ message: 'msg:hari_kerja.days_range' })
          .regex(/^\d{1,3}$/, { message: 'msg:hari_kerja.days_range' })
          .transform(Number),
        tz: z.enum(timeZones, { message: 'msg:hari_kerja.tz_unknown' }).optional(),
      }),
    },
    async (c, { query }) => {
      const db = c.get('services').db;
      const tenant = await findTenantForHost(db, c.req.header('host'));
      const timeZone = query.tz ?? tenant?.timeZone ?? 'Asia/Jakarta';
      const result = await computeDueDate(db, { start: query.mulai, days: query.hari, timeZone, tenantId: tenant?.id ?? null });
      return c.json({
        mulai: result.start,
        hari: query.hari,
        tz: timeZone,
        jatuhTempo: result.due,
        dilewati: result.skipped.map((s) => ({ tanggal: s.date, alasan: s.reason, jenis: s.kind, sumber: s.source })),
      });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/hari-kerja/libur',
      summary: 'National holidays and this agency’s closures of a year',
      auth: 'user',
      query: z.object({ tahun: yearField }),
    },
    async (c, { query }, { user }) => {
      const db = c.get('services').db;
      assertHariKerja(await loadActor(db, user), 'holiday.view');
      return c.json({ tahun: query.tahun, libur: await listHolidays(db, user.tenantId, query.tahun) });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/hari-kerja/libur',
      summary: 'Add a closure of this agency (lokal) or a national date from a newly published decree',
      auth: 'user',
      body: z.object({ tanggal: dateField, jenis: z.enum(holidayTypes), nama: z.string().trim().min(3).max(200), sumber: sourceField }),
    },
    async (c, { body }, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      const row = await addHoliday(services, user, actor, { date: body.tanggal, type: body.jenis, name: body.nama, source: body.sumber });
      return c.json(row, 201);
    },
  );

  registerHolidayImport(api);

  api.route(
    { method: 'delete', path: '/hari-kerja/libur/:id', summary: 'Remove a date an admin entered', auth: 'user', params: z.object({ id: z.uuid() }) },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      await deleteHoliday(services, user, await loadActor(services.db, user), params.id);
      return c.json({ ok: true });
    },
  );

  api.route(
    {
      method: 'put',
      path: '/hari-kerja/tahun/:tahun',
      summary: 'Declare a year’s national calendar complete, naming its SKB',
      auth: 'user',
      params: z.object({ tahun: yearField }),
      body: z.object({ sumber: sourceField }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await completeYear(services, user, await loadActor(services.db, user), params.tahun, body.sumber));
    },
  );

  api.route(
    { method: 'get', path: '/hari-kerja/status', summary: 'Years with a complete calendar, and a warning when one is due', auth: 'user' },
    async (c, _input, { user }) => {
      const db = c.get('services').db;
      assertHariKerja(await loadActor(db, user), 'holiday.view');
      const status = await calendarStatus(db, (await getTenant(db, user.tenantId)).timeZone);
      const lang = c.get('lang');
      return c.json({
        hariIni: status.today,
        tahun: status.years.map((y) => ({ tahun: y.year, sumber: y.source })),
        peringatan: status.warning ? t(lang, status.warning.key, { year: status.warning.year }) : null,
        peringatanTahun: status.warning?.year ?? null,
      });
    },
  );
}
