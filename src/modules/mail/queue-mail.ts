import type { AfterCommit } from '../../db/transaction.ts';
import type { Tx } from '../../db/types.ts';
import type { Services } from '../../services.ts';
import type { MailPurpose } from './mail-labels.ts';
import { type MailAttachment, outbox } from './schema.ts';

export const MAIL_QUEUE = 'mail.send';

export type MailDraft = {
  tenantId: string | null;
  to: string;
  subject: string;
  text: string;
  purpose: MailPurpose;
  attachments?: MailAttachment[];
  /** Values for the recipient alone (a tracking code): the mail carries them, the outbox shows them masked. */
  secrets?: string[];
};

/** What the outbox shows in place of a secret. */
export const MASKED = '••••••';

/** The text with every secret masked; null when there is nothing to mask (the outbox then shows the text). */
export function maskSecrets(text: string, secrets: readonly string[] = []): string | null {
  const present = secrets.filter((secret) => secret.length > 0 && text.includes(secret));
  return present.length === 0 ? null : present.reduce((shown, secret) => shown.split(secret).join(MASKED), text);
}

/**
 * Puts a mail in the outbox inside the caller's transaction. With SMTP configured it is sent by a
 * job once the transaction commits; without SMTP it is held in the outbox for an admin to read.
 */
export async function queueMail(tx: Tx, services: Services, afterCommit: AfterCommit, draft: MailDraft): Promise<string> {
  const status = services.config.smtp ? 'queued' : 'held';
  const [row] = await tx
    .insert(outbox)
    .values({
      tenantId: draft.tenantId,
      toAddress: draft.to,
      subject: draft.subject,
      text: draft.text,
      shownText: maskSecrets(draft.text, draft.secrets),
      purpose: draft.purpose,
      attachments: draft.attachments ?? [],
      status,
    })
    .returning({ id: outbox.id });
  const id = row?.id as string;
  if (status === 'queued') afterCommit(() => services.jobs.send(MAIL_QUEUE, { outboxId: id }));
  return id;
}
