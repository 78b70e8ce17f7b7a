import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import type { AppEnv } from '../../http/env.ts';
import { parseWith } from '../../http/validate.ts';
import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import { loadActor } from '../org/actor.ts';
import { holidayTypes } from './data/types.ts';
import { type ImportDate, importHolidays } from './import-holidays.ts';
import { type IcalSkipped, parseIcal } from './parse-ical.ts';
import { assertHariKerja } from './policy.ts';

/** A year of national holidays is a few KB; several years of a public calendar stay far below this. */
export const ICAL_MAX_BYTES = 512 * 1024;

const PATH = '/hari-kerja/libur/impor';

const form = z.object({
  file: z.instanceof(File, { message: 'msg:hari_kerja.import.file_missing' }),
  jenis: z.enum(holidayTypes, { message: 'msg:hari_kerja.import.type_invalid' }),
  sumber: z.string({ message: 'msg:hari_kerja.source_required' }).trim().min(3, { message: 'msg:hari_kerja.source_required' }).max(500),
  dryRun: z.enum(['true', 'false'], { message: 'msg:hari_kerja.import.dry_run_invalid' }).default('false'),
});

const outcomeLabel: Record<ImportDate['outcome'], string> = { new: 'baru', present: 'sudah_ada', repeated: 'ganda' };

const skippedJson = (lang: Lang, list: IcalSkipped[]) =>
  list.map((s) => ({ ringkasan: s.summary, baris: s.line, alasan: s.reason, keterangan: t(lang, `hari_kerja.import.skip.${s.reason}` as MessageKey) }));

// The multipart body is refused before it is read when it is too large; the form's own fields are a
// few hundred bytes. Without a session the route answers 401 without reading the body at all.
const limit = bodyLimit({
  maxSize: ICAL_MAX_BYTES + 16 * 1024,
  onError: () => {
    throw new AppError('invalid', 'hari_kerja.import.file_too_large', 'file', { kb: ICAL_MAX_BYTES / 1024 });
  },
});
const limitSignedIn: MiddlewareHandler<AppEnv> = (c, next) => (c.get('user') ? limit(c, next) : next());

/** POST /hari-kerja/libur/impor: an .ics upload (multipart: file, jenis, sumber, dryRun), previewed or imported. */
export function registerHolidayImport(api: ApiRouter): void {
  api.app.use(PATH, limitSignedIn);
  api.route(
    {
      method: 'post',
      path: PATH,
      summary: 'Import all-day events of an iCalendar file as closures or national dates (multipart: file, jenis, sumber, dryRun)',
      auth: 'user',
    },
    async (c, _input, { user }) => {
      const services = c.get('services');
      const lang = c.get('lang');
      const actor = await loadActor(services.db, user);
      assertHariKerja(actor, 'holiday.manage');
      const raw = await c.req.parseBody().catch(() => {
        throw new AppError('invalid', 'hari_kerja.import.file_missing', 'file');
      });
      const input = parseWith(form, raw, lang);
      if (input.file.size > ICAL_MAX_BYTES) throw new AppError('invalid', 'hari_kerja.import.file_too_large', 'file', { kb: ICAL_MAX_BYTES / 1024 });
      const parsed = readCalendar(new Uint8Array(await input.file.arrayBuffer()));
      if (parsed.events.length === 0) {
        return c.json({ code: 'invalid', message: t(lang, 'hari_kerja.import.no_events'), field: 'file', dilewati: skippedJson(lang, parsed.skipped) }, 400);
      }
      const dryRun = input.dryRun === 'true';
      const result = await importHolidays(services, user, actor, parsed.events, { type: input.jenis, source: input.sumber, dryRun, fileName: input.file.name });
      return c.json(
        {
          dryRun,
          jenis: result.type,
          sumber: input.sumber,
          dibuat: result.created,
          tanggal: result.dates.map((d) => ({ tanggal: d.date, nama: d.name, baris: d.line, status: outcomeLabel[d.outcome] })),
          dilewati: skippedJson(lang, parsed.skipped),
        },
        dryRun ? 200 : 201,
      );
    },
  );
}

/** The parser's answer; bytes that are not UTF-8 are a bad file, not a server error. */
function readCalendar(bytes: Uint8Array) {
  try {
    return parseIcal(bytes);
  } catch (err) {
    if (err instanceof TypeError) throw new AppError('invalid', 'hari_kerja.import.encoding', 'file');
    throw err;
  }
}
