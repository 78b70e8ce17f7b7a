import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { type ReportContext, scopeOf } from './compile-report.ts';
import { calendarFor } from './count-requests.ts';
import { loadRegister } from './load-register.ts';
import { registerCsv, registerXlsx } from './register-files.ts';
import { registerTable } from './register-table.ts';

export type RegisterFormat = 'csv' | 'xlsx';

const contentTypes: Record<RegisterFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The request register of a report's scope and period as CSV or XLSX. By default it carries no
 * requester's name, address or contact: a register sent along with a report is read by people who
 * do not handle the requests. With `withPersonal` (the caller's right was checked) those columns
 * are added and the export is audited as a view of personal data, in the same transaction that
 * reads the rows.
 */
export async function exportRegister(services: Services, user: SessionUser, ctx: ReportContext, format: RegisterFormat, withPersonal: boolean, lang: Lang) {
  const zone = ctx.tenant.timeZone;
  const rows = await inTransaction(services.db, async (tx) => {
    const found = await loadRegister(tx, scopeOf(ctx), ctx.period, zone, withPersonal);
    if (withPersonal)
      await recordAudit(tx, actorOf(user), {
        action: 'laporan_kip.register_personal_exported',
        entity: ctx.unit ? 'unit' : 'tenant',
        entityId: ctx.unit?.id ?? ctx.tenant.id,
        after: { dari: ctx.period.dari, sampai: ctx.period.sampai, format, rows: found.length, numbers: found.map((r) => r.number) },
      });
    return found;
  });
  const table = registerTable(rows, withPersonal, await calendarFor(services.db, ctx.tenant.id, rows), zone, lang);
  const body = format === 'csv' ? registerCsv(table) : await registerXlsx(table, `Register ${ctx.period.dari}`);
  const filename = `register-permohonan-${ctx.unit?.slug ?? 'semua-unit'}-${ctx.period.dari}-${ctx.period.sampai}${withPersonal ? '-data-pribadi' : ''}.${format}`;
  return { filename, contentType: contentTypes[format], body };
}
