import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { unitOwned } from '../org/schema.ts';
import { unitYearCounters } from '../org/unit-year-counter.ts';
import type { Decision } from './terms.ts';

/**
 * One public information request (UU 14/2008 Pasal 22). Only the SHA-256 of the requester's
 * tracking token is kept. `receivedAt` is when it reached the agency (the deadline's day 0);
 * `registeredAt` is when it was entered, which for a letter or a call can be later.
 */
export const permohonan = pgTable(
  'permohonan',
  {
    ...unitOwned(),
    number: text().notNull(),
    year: integer().notNull(),
    sequence: integer().notNull(),
    trackingTokenHash: text().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    registeredBy: uuid(),
    channel: text().notNull(),
    requesterType: text().notNull(),
    requesterName: text().notNull(),
    requesterAddress: text().notNull(),
    requesterOccupation: text(),
    requesterPhone: text(),
    requesterEmail: text(),
    informationDetails: text().notNull(),
    purpose: text().notNull(),
    obtainMethod: text().notNull(),
    copyDelivery: text(),
    status: text().notNull().default('terdaftar'),
    /** Null while the working-day calendar of a year it crosses is not yet entered. */
    dueDate: date({ mode: 'string' }),
    extendedDueDate: date({ mode: 'string' }),
    extensionReason: text(),
    decidedAt: timestamp({ withTimezone: true }),
    decision: jsonb().$type<Decision>(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('permohonan_tenant_number').on(t.tenantId, t.number),
    uniqueIndex('permohonan_unit_year_sequence').on(t.unitId, t.year, t.sequence),
    index('permohonan_unit_status').on(t.unitId, t.status),
  ],
);

/**
 * The last registration sequence issued per unit and year. A registration locks its row
 * (`FOR UPDATE`) in the same transaction as the insert, so numbers have no gaps or duplicates.
 */
export const permohonanCounters = unitYearCounters('permohonan_counters');

/**
 * The optional copy of the requester's identity (KTP/SIM/passport or a legal entity's deed), at most
 * one per request, stripped of location metadata and sealed with the installation key (SecretBox,
 * AES-256-GCM). Retention: `purgeAfter` is two years after receipt, fixed at registration, and a daily
 * job deletes expired rows. Two years rather than "a year after closing" because it needs no update
 * on every status change and still outlasts the dispute path that may need the copy (objection 30
 * working days, Komisi Informasi settlement 100 working days, then court).
 */
export const permohonanIdentitas = pgTable(
  'permohonan_identitas',
  {
    permohonanId: uuid()
      .primaryKey()
      .references(() => permohonan.id),
    mediaType: text().notNull(),
    size: integer().notNull(),
    /** The file as SecretBox.seal of its base64 text. */
    sealed: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    purgeAfter: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('permohonan_identitas_purge_after').on(t.purgeAfter)],
);

/**
 * The few minutes after a request from the public form during which the same request sent again
 * (a double click, the back button, a lost answer) is answered with this one's receipt instead of
 * a new number. `fingerprint` is the SHA-256 of the unit, the requester's identity and the
 * information asked for; `sealedToken` the tracking token under SecretBox, so that receipt can be
 * shown again. Rows past `expiresAt` are deleted at the next registration and by the daily purge job.
 */
export const permohonanResubmission = pgTable(
  'permohonan_resubmission',
  {
    permohonanId: uuid()
      .primaryKey()
      .references(() => permohonan.id, { onDelete: 'cascade' }),
    fingerprint: text().notNull(),
    sealedToken: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('permohonan_resubmission_fingerprint').on(t.fingerprint), index('permohonan_resubmission_expires_at').on(t.expiresAt)],
);
