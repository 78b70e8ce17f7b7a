import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { recordStep } from '../alur/record-step.ts';
import { type Actor, actorOf, recordAudit } from '../audit/record-audit.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import type { Unit } from '../org/find-units.ts';
import type { Tenant } from '../org/get-tenant.ts';
import type { Channel } from '../permohonan/terms.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { workingDaysAfter } from './deadlines.ts';
import { assertObjectable, groundArisenOn } from './ground-arisen.ts';
import { KEBERATAN } from './history.ts';
import type { Keberatan } from './load-keberatan.ts';
import { queueObjectionMails } from './receipt-mail.ts';
import { allocateObjectionNumber } from './registration-number.ts';
import type { LinkedRequest } from './request-link.ts';
import { earlierObjection } from './resubmission.ts';
import { keberatan } from './schema.ts';
import { ANSWER_WORKING_DAYS, FILING_WORKING_DAYS, type Ground } from './terms.ts';

/** What an objection form (public or staff entry) carries, with the request it is about. */
export type NewKeberatan = {
  request: LinkedRequest;
  channel: Channel;
  receivedAt: Date;
  grounds: Ground[];
  reason: string;
  representativeName: string | null;
  representativeAddress: string | null;
  representativePhone: string | null;
  powerOfAttorneyNote: string | null;
  /** Staff only: the day the ground arose when they know it better than the request shows. */
  groundArisenOn?: string | null;
  /** Staff only: why an objection filed after the deadline is registered anyway. */
  lateNote?: string | null;
};

/** The audit actor of an objection sent through the public form: a citizen without an account. */
export const publicFormActor = (tenantId: string): Actor => ({ userId: null, label: 'pemohon (formulir keberatan publik)', tenantId });

/**
 * Registers an objection (Pasal 35–36): checks it is filed within 30 working days of its ground
 * (a late one is refused on the public form; staff may register it with a note), issues the
 * unit's next number, sets the Atasan PPID's answer due date 30 working days after receipt, and
 * writes the first history step and an audit row, all in one transaction.
 *
 * From the public form (`publicForm`), the same objection sent again within minutes is answered
 * with the earlier one (`repeated`), and a new one queues, in the same transaction, the receipt
 * mail to the requester and the alert to the Atasan PPID and the PPID.
 */
export async function registerKeberatan(
  services: Services,
  tenant: Tenant,
  unit: Unit,
  input: NewKeberatan,
  by: SessionUser | null,
  publicForm: { lang: Lang } | null = null,
): Promise<Keberatan & { repeated?: boolean }> {
  const actor = by ? actorOf(by) : publicFormActor(tenant.id);
  return inTransaction(services.db, async (tx, afterCommit) => {
    if (publicForm) {
      const earlier = await earlierObjection(tx, input.request.id, input.grounds, input.reason, new Date());
      if (earlier) return { ...earlier, repeated: true };
    }
    const receivedDate = localDateOf(input.receivedAt, tenant.timeZone);
    assertObjectable(input.request, receivedDate, tenant.timeZone);
    if (input.groundArisenOn && input.groundArisenOn > receivedDate) throw new AppError('invalid', 'keberatan.invalid.groundArisenOn', 'groundArisenOn');
    const arisen = input.groundArisenOn ?? groundArisenOn(input.request, input.grounds, receivedDate, tenant.timeZone);
    const filingDeadline = await workingDaysAfter(tx, tenant.id, arisen, FILING_WORKING_DAYS);
    const late = filingDeadline !== null && receivedDate > filingDeadline;
    if (late && !by) throw new AppError('invalid', 'keberatan.filing_late', 'permohonanNumber', { deadline: filingDeadline });
    if (late && !input.lateNote) throw new AppError('invalid', 'keberatan.late_note_required', 'lateNote', { deadline: filingDeadline });
    const year = Number(receivedDate.slice(0, 4));
    const dueDate = await workingDaysAfter(tx, tenant.id, receivedDate, ANSWER_WORKING_DAYS);
    const { number, sequence } = await allocateObjectionNumber(tx, unit, year);
    const now = new Date();
    const { request, groundArisenOn: _given, lateNote, ...fields } = input;
    const [row] = await tx
      .insert(keberatan)
      .values({
        ...fields,
        tenantId: tenant.id,
        unitId: unit.id,
        number,
        year,
        sequence,
        permohonanId: request.id,
        permohonanNumber: request.number,
        registeredAt: now,
        registeredBy: by?.id ?? null,
        groundArisenOn: arisen,
        filingDeadline,
        lateNote: late ? (lateNote ?? null) : null,
        dueDate,
      })
      .returning();
    await recordStep(tx, actor, { entity: KEBERATAN, entityId: row!.id, from: null, to: 'terdaftar', note: late ? (lateNote ?? null) : null, at: now });
    // The audit chain cannot be erased, so it keeps the case facts and never the representative's personal data.
    // The unit's public register shows a request's objections.
    await markSiteChanged(tx, { tenantId: tenant.id, unitId: unit.id, reason: 'register' });
    await recordAudit(tx, actor, {
      action: 'keberatan.registered',
      entity: 'keberatan',
      entityId: row!.id,
      tenantId: tenant.id,
      after: {
        number,
        unitId: unit.id,
        permohonan: request.number,
        grounds: input.grounds,
        receivedAt: input.receivedAt,
        groundArisenOn: arisen,
        filingDeadline,
        late,
        dueDate,
      },
    });
    if (publicForm) await queueObjectionMails(tx, services, afterCommit, { tenant, unit, keberatan: row!, lang: publicForm.lang });
    return row!;
  });
}
