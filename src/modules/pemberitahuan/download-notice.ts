import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { htmlToPdf } from '../../lib/chromium.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import type { NoticeOptions } from './notice.ts';
import { prepareNotice } from './prepare-notice.ts';
import { renderNoticeDocx } from './render-docx.ts';
import { renderNoticeHtml } from './render-html.tsx';

export type NoticeFormat = 'docx' | 'pdf';
export type NoticeFile = { filename: string; contentType: string; body: Buffer };

const contentTypes: Record<NoticeFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * The written notice of a decided request as a Word or PDF file. It carries the requester's
 * personal data, so each download is recorded in the audit trail — after the file was made, so a
 * failed PDF leaves no trace of a download that never happened.
 */
export async function downloadNotice(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  id: string,
  format: NoticeFormat,
  options: NoticeOptions,
  lang: Lang,
): Promise<NoticeFile> {
  const { request, notice } = await prepareNotice(services.db, user, actor, id, options, lang);
  const body = format === 'docx' ? await renderNoticeDocx(notice) : await htmlToPdf(await renderNoticeHtml(notice, lang), 'pemberitahuan.pdf_unavailable');
  await inTransaction(services.db, (tx) =>
    recordAudit(tx, actorOf(user), {
      action: 'permohonan.pemberitahuan_diunduh',
      entity: 'permohonan',
      entityId: request.id,
      after: { number: request.number, format, options },
    }),
  );
  const filename = `pemberitahuan-${request.number.replace(/[^A-Za-z0-9]+/g, '-')}.${format}`;
  return { filename, contentType: contentTypes[format], body };
}
