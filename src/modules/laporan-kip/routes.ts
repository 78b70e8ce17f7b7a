import type { Context } from 'hono';
import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import type { AppEnv } from '../../http/env.ts';
import { asOfQuery } from './as-of.ts';
import { cellRows } from './cell-rows.ts';
import { compileReport, loadCounted, scopeOf } from './compile-report.ts';
import { exportRegister } from './export-register.ts';
import { periodQuery } from './period.ts';
import { renderReportFile } from './report-files.ts';
import { reportContext } from './report-scope.ts';
import { saveReportTexts } from './save-report-texts.ts';

/**
 * Which report: `unit` (omit for the whole tenant), `jenis` triwulan|tahunan, `dari`/`sampai` or
 * neither, and `statusPer`: akhir-periode (default, status on the period's last day) or hari-ini.
 */
const reportQuery = periodQuery.extend({ unit: z.uuid({ message: 'msg:org.unit_invalid' }).optional(), statusPer: asOfQuery });

const text = z.string().max(20_000, { message: 'msg:laporan_kip.invalid.text' });
const textsBody = reportQuery.extend({ kendala: text, rekomendasi: text, tindakLanjut: text });

const file = (c: Context<AppEnv>, f: { filename: string; contentType: string; body: Buffer }) =>
  c.body(new Uint8Array(f.body), 200, {
    'Content-Type': f.contentType,
    'Content-Disposition': `attachment; filename="${f.filename}"`,
    'Cache-Control': 'private, no-store',
  });

/**
 * KIP reports from the request register (status as of the period's last day unless `statusPer=hari-ini`): the quarterly implementation report (seed 003) and
 * the annual service report (UU 14/2008 Pasal 12, Perki 1/2021 Pasal 56), as JSON, Word and PDF;
 * the requests behind any number; the officer's texts; the register as CSV and XLSX.
 */
export function registerLaporanKipApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/laporan-kip',
      summary: 'A KIP report of a unit or the whole tenant for a quarter, a year or any period',
      auth: 'user',
      query: reportQuery,
    },
    async (c, { query }, { user }) => {
      const services = c.get('services');
      const ctx = await reportContext(services, user, query, 'view');
      return c.json((await compileReport(services.db, ctx, c.get('lang'))).report);
    },
  );

  for (const format of ['docx', 'pdf'] as const) {
    api.route(
      {
        method: 'get',
        path: `/laporan-kip/laporan.${format}`,
        summary: format === 'docx' ? 'The report as an editable Word document with charts' : 'The report as a PDF with charts (503 without Chromium)',
        auth: 'user',
        query: reportQuery,
      },
      async (c, { query }, { user }) => {
        const services = c.get('services');
        const lang = c.get('lang');
        const ctx = await reportContext(services, user, query, 'view');
        return file(c, await renderReportFile((await compileReport(services.db, ctx, lang)).report, format, lang));
      },
    );
  }

  api.route(
    {
      method: 'get',
      path: '/laporan-kip/rincian',
      summary: 'The requests (or disputes) a report cell counted, selected by the cell’s `sel`',
      auth: 'user',
      query: reportQuery.extend({ sel: z.string().min(1, { message: 'msg:laporan_kip.invalid.sel' }).max(200, { message: 'msg:laporan_kip.invalid.sel' }) }),
    },
    async (c, { query }, { user }) => {
      const services = c.get('services');
      const ctx = await reportContext(services, user, query, 'view');
      const { requests, sengketa } = await loadCounted(services.db, ctx);
      return c.json(cellRows(requests, sengketa, query.sel));
    },
  );

  api.route(
    {
      method: 'put',
      path: '/laporan-kip/teks',
      summary: 'Write the report’s obstacles, recommendations and follow-up for its scope and period (audited)',
      auth: 'user',
      body: textsBody,
      // Three texts of up to 20,000 characters, which may take three bytes each.
      bodyLimit: 256 * 1024,
    },
    async (c, { body }, { user }) => {
      const services = c.get('services');
      const { kendala, rekomendasi, tindakLanjut, ...which } = body;
      const ctx = await reportContext(services, user, which, 'edit');
      const teks = await saveReportTexts(services, user, scopeOf(ctx), ctx.period, { kendala, rekomendasi, tindakLanjut });
      return c.json({ periode: ctx.period, unit: ctx.unit?.id ?? null, teks });
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    api.route(
      {
        method: 'get',
        path: `/laporan-kip/register.${format}`,
        summary: `The request register of the period as ${format.toUpperCase()}; dataPribadi=1 adds requesters’ contacts (unit PPID or admin, audited)`,
        auth: 'user',
        query: reportQuery.extend({ dataPribadi: z.enum(['0', '1'], { message: 'msg:laporan_kip.invalid.data_pribadi' }).default('0') }),
      },
      async (c, { query }, { user }) => {
        const services = c.get('services');
        const withPersonal = query.dataPribadi === '1';
        const ctx = await reportContext(services, user, query, withPersonal ? 'personal' : 'view');
        return file(c, await exportRegister(services, user, ctx, format, withPersonal, c.get('lang')));
      },
    );
  }
}
