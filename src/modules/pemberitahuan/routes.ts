import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { loadActor } from '../org/actor.ts';
import { downloadNotice, type NoticeFormat } from './download-notice.ts';
import { sendNotice } from './send-notice.ts';

const idParams = z.object({ id: z.uuid() });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);

/** What staff may set on a notice: the cost, how to pay, when the information is delivered. */
const noticeOptions = z.object({ biaya: optionalText(300), caraPembayaran: optionalText(500), waktuPenyediaan: optionalText(300) });

/** The written notice of Pasal 22(7): Word and PDF downloads and sending it to the requester. */
export function registerPemberitahuanApi(api: ApiRouter): void {
  for (const format of ['docx', 'pdf'] as const satisfies readonly NoticeFormat[]) {
    api.route(
      {
        method: 'get',
        path: `/permohonan/:id/pemberitahuan.${format}`,
        summary: `The written notice of a decided request as ${format === 'docx' ? 'an editable Word document' : 'a PDF (503 without Chromium)'}; the download is audited`,
        auth: 'user',
        params: idParams,
        query: noticeOptions,
      },
      async (c, { params, query }, { user }) => {
        const services = c.get('services');
        const file = await downloadNotice(services, user, await loadActor(services.db, user), params.id, format, query, c.get('lang'));
        return c.body(new Uint8Array(file.body), 200, {
          'Content-Type': file.contentType,
          'Content-Disposition': `attachment; filename="${file.filename}"`,
          'Cache-Control': 'private, no-store',
        });
      },
    );
  }

  api.route(
    {
      method: 'post',
      path: '/permohonan/:id/pemberitahuan/kirim',
      summary: 'E-mail the written notice to the requester; noted in the request’s history and audited',
      auth: 'user',
      params: idParams,
      body: noticeOptions.extend({ bahasa: z.enum(['id', 'en']).default('id') }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const { bahasa, ...options } = body;
      return c.json(await sendNotice(services, user, await loadActor(services.db, user), params.id, options, bahasa));
    },
  );
}
