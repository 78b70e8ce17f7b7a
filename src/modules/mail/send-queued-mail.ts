import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Services } from '../../services.ts';
import { lampiranStorage } from '../lampiran/storage.ts';
import { MAIL_QUEUE } from './queue-mail.ts';
import { type MailAttachment, outbox } from './schema.ts';

export const MAIL_RETRY_LIMIT = 5;

/** Builds one SMTP transport from the configuration; the password never leaves this object. */
export function smtpTransport(services: Services) {
  const smtp = services.config.smtp;
  if (!smtp) return null;
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ignoreTLS: smtp.ignoreTls,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
  });
}

/** Registers the mail worker and re-queues mails a crash left unsent. */
export async function startMailWorker(services: Services): Promise<void> {
  const transport = smtpTransport(services);
  if (!transport) return;
  await services.jobs.work<{ outboxId: string }>(
    MAIL_QUEUE,
    { retryLimit: MAIL_RETRY_LIMIT, retryDelaySeconds: 30, retryBackoff: true },
    async ({ outboxId }, meta) => {
      const [mail] = await services.db.select().from(outbox).where(eq(outbox.id, outboxId));
      if (!mail || mail.status === 'sent') return;
      try {
        const attachments = await attachmentsOf(services, mail.attachments);
        await transport.sendMail({ from: services.config.mailFrom, to: mail.toAddress, subject: mail.subject, text: mail.text, attachments });
        await services.db
          .update(outbox)
          .set({ status: 'sent', sentAt: new Date(), attempts: mail.attempts + 1, lastError: null })
          .where(eq(outbox.id, outboxId));
      } catch (err) {
        const final = meta.retryCount >= MAIL_RETRY_LIMIT;
        await services.db
          .update(outbox)
          .set({ status: final ? 'failed' : 'queued', attempts: mail.attempts + 1, lastError: (err as Error).message.slice(0, 500) })
          .where(eq(outbox.id, outboxId));
        throw err;
      }
    },
  );
  const pending = await services.db.select({ id: outbox.id }).from(outbox).where(eq(outbox.status, 'queued'));
  for (const { id } of pending) await services.jobs.send(MAIL_QUEUE, { outboxId: id }, { singletonKey: id });
}

// A file removed after the mail was queued is not sent: its removal is the newer decision.
async function attachmentsOf(services: Services, refs: MailAttachment[]) {
  const files = [];
  for (const ref of refs) {
    const content = await lampiranStorage.get(services.db, ref.lampiranId);
    if (content) files.push({ filename: ref.fileName, content, contentType: ref.mediaType });
  }
  return files;
}
