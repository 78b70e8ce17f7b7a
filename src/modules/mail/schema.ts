import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MailStatus } from './mail-labels.ts';

/** A file sent with a mail, by reference: the bytes stay in the attachments' storage until it is sent. */
export type MailAttachment = { lampiranId: string; fileName: string; mediaType: string };

/** Every mail Warta sends. Without SMTP it stays here as 'held' for an admin to read. */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    /** The text as the outbox shows it to admins, when it differs from the mail's: codes meant for the recipient alone masked. */
    shownText: text(),
    purpose: text().notNull(),
    attachments: jsonb().$type<MailAttachment[]>().notNull().default([]),
    status: text().$type<MailStatus>().notNull(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('outbox_tenant_created').on(t.tenantId, t.createdAt)],
);
