import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { unitOwned } from '../org/schema.ts';
import { unitYearCounters } from '../org/unit-year-counter.ts';
import { permohonan } from '../permohonan/schema.ts';
import type { Decision, Ground } from './terms.ts';

/**
 * One objection to the Atasan PPID about an information request (UU 14/2008 Pasal 35–36).
 * `groundArisenOn` is the day the ground arose (day 0 of the 30 working days to object);
 * `dueDate` is the Atasan PPID's answer deadline, 30 working days after receipt.
 */
export const keberatan = pgTable(
  'keberatan',
  {
    ...unitOwned(),
    number: text().notNull(),
    year: integer().notNull(),
    sequence: integer().notNull(),
    permohonanId: uuid()
      .notNull()
      .references(() => permohonan.id),
    permohonanNumber: text().notNull(),
    channel: text().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    registeredBy: uuid(),
    grounds: jsonb().$type<Ground[]>().notNull(),
    reason: text().notNull(),
    representativeName: text(),
    representativeAddress: text(),
    representativePhone: text(),
    /** How the power of attorney (surat kuasa) was presented; required with a representative. */
    powerOfAttorneyNote: text(),
    groundArisenOn: date({ mode: 'string' }).notNull(),
    /** Null while the working-day calendar of a year it crosses is not yet entered. */
    filingDeadline: date({ mode: 'string' }),
    /** Staff's note when they register an objection filed after the filing deadline. */
    lateNote: text(),
    status: text().notNull().default('terdaftar'),
    dueDate: date({ mode: 'string' }),
    decidedAt: timestamp({ withTimezone: true }),
    decision: jsonb().$type<Decision>(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('keberatan_tenant_number').on(t.tenantId, t.number),
    uniqueIndex('keberatan_unit_year_sequence').on(t.unitId, t.year, t.sequence),
    index('keberatan_unit_status').on(t.unitId, t.status),
    index('keberatan_permohonan').on(t.permohonanId),
  ],
);

/** The last objection number issued per unit and year, locked `FOR UPDATE` by each registration. */
export const keberatanCounters = unitYearCounters('keberatan_counters');

/**
 * The dispute an objection led to at the Komisi Informasi (Pasal 37), one per objection, tracked
 * stage by stage to the ruling and whether the agency complied with it.
 */
export const sengketa = pgTable(
  'sengketa',
  {
    ...unitOwned(),
    keberatanId: uuid()
      .notNull()
      .references(() => keberatan.id),
    kiRegistrationNumber: text().notNull(),
    commission: text(),
    stage: text().notNull().default('registrasi'),
    registeredOn: date({ mode: 'string' }).notNull(),
    /** 14 working days after the Atasan PPID's answer (or its missed deadline); null when uncountable. */
    filingDeadline: date({ mode: 'string' }),
    /** Registered at the Komisi after that deadline; the Komisi decides whether it still hears it. */
    filedLate: boolean().notNull().default(false),
    mediationOn: date({ mode: 'string' }),
    adjudicationOn: date({ mode: 'string' }),
    rulingOn: date({ mode: 'string' }),
    rulingText: text(),
    closedOn: date({ mode: 'string' }),
    compliance: text(),
    complianceNote: text(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sengketa_keberatan').on(t.keberatanId), index('sengketa_unit').on(t.unitId)],
);
