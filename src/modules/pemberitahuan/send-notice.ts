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
import { splitMailAttachments } from './mail-attachments.ts';
import type { NoticeOptions } from './notice.ts';
import { noticeText } from './notice-text.ts';
import { prepareNotice } from './prepare-notice.ts';

export type SentNotice = { outboxId: string; to: string };

/**
 * E-mails the written notice to the requester as plain text with the tracking address and the
 * decision's files attached (as many as fit; the rest are named for the tracking page), notes it in
 * the request's history (the status stays) and audits it, in one transaction; the mail leaves
 * only after it commits.
 */
export async function sendNotice(services: Services, user: SessionUser, actor: OrgActor, id: string, options: NoticeOptions, lang: Lang): Promise<SentNotice> {
  return inTransaction(services.db, async (tx, afterCommit) => {
    const { request, unit, notice, attachments } = await prepareNotice(tx, user, actor, id, options, lang);
    const to = request.requesterEmail;
    if (!to) throw new AppError('conflict', 'pemberitahuan.no_email');
    // The link carries the number only; the tracking page asks for the code (see tracking-link.ts).
    const trackUrl = trackingLink(services.config.publicUrl, unit, request.number, lang);
    const { attached, tooLarge } = splitMailAttachments(attachments);
    const names = (files: Array<{ fileName: string | null }>) => files.map((file) => file.fileName).join(', ');
    const fileLines = [
      ...(attached.length > 0 ? [t(lang, 'pemberitahuan.mail.attached', { names: names(attached) })] : []),
      ...(tooLarge.length > 0 ? [t(lang, 'pemberitahuan.mail.not_attached', { names: names(tooLarge) })] : []),
    ];
    const text = `${[noticeText(notice), ...fileLines, t(lang, 'pemberitahuan.mail.track', { url: trackUrl })].join('\n\n')}\n`;
    const outboxId = await queueMail(tx, services, afterCommit, {
      tenantId: request.tenantId,
      to,
      subject: t(lang, 'pemberitahuan.mail.subject', { number: request.number }),
      text,
      purpose: 'permohonan.pemberitahuan',
      attachments: attached,
    });
    const status = request.status as Status;
    const note = t(lang, 'pemberitahuan.history_note', { email: to });
    await recordHistory(tx, actorOf(user), request.id, status, status, note, new Date());
    await recordAudit(tx, actorOf(user), {
      action: 'permohonan.pemberitahuan_dikirim',
      entity: 'permohonan',
      entityId: request.id,
      after: { number: request.number, outboxId, options, lampiran: attached.map((file) => file.lampiranId) },
    });
    return { outboxId, to };
  });
}
