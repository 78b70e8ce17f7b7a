import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { type Lang, t } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { queueMail } from '../mail/queue-mail.ts';
import type { OrgActor } from '../org/actor.ts';
import { recordHistory } from '../permohonan/history.ts';
import type { Status } from '../permohonan/terms.ts';
import { trackingLink } from '../permohonan/tracking-link.ts';
import type { NoticeOptions } from './notice.ts';
import { noticeText } from './notice-text.ts';
import { prepareNotice } from './prepare-notice.ts';

export type SentNotice = { outboxId: string; to: string };

/**
 * E-mails the written notice to the requester as plain text with the tracking address, notes it in
 * the request's history (the status stays) and audits it, in one transaction; the mail leaves
 * only after it commits.
 */
export async function sendNotice(services: Services, user: SessionUser, actor: OrgActor, id: string, options: NoticeOptions, lang: Lang): Promise<SentNotice> {
  return inTransaction(services.db, async (tx, afterCommit) => {
    const { request, unit, notice } = await prepareNotice(tx, user, actor, id, options, lang);
    const to = request.requesterEmail;
    if (!to) throw new AppError('conflict', 'pemberitahuan.no_email');
    // The link carries the number only; the tracking page asks for the code (see tracking-link.ts).
    const trackUrl = trackingLink(services.config.publicUrl, unit, request.number, lang);
    const text = `${noticeText(notice)}\n\n${t(lang, 'pemberitahuan.mail.track', { url: trackUrl })}\n`;
    const outboxId = await queueMail(tx, services, afterCommit, {
      tenantId: request.tenantId,
      to,
      subject: t(lang, 'pemberitahuan.mail.subject', { number: request.number }),
      text,
      purpose: 'permohonan.pemberitahuan',
    });
    const status = request.status as Status;
    const note = t(lang, 'pemberitahuan.history_note', { email: to });
    await recordHistory(tx, actorOf(user), request.id, status, status, note, new Date());
    await recordAudit(tx, actorOf(user), {
      action: 'permohonan.pemberitahuan_dikirim',
      entity: 'permohonan',
      entityId: request.id,
      after: { number: request.number, outboxId, options },
    });
    return { outboxId, to };
  });
}
