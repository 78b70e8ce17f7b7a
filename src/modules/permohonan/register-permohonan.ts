import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import type { Services } from '../../services.ts';
import { recordStep } from '../alur/record-step.ts';
import { type Actor, actorOf, recordAudit } from '../audit/record-audit.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import type { Unit } from '../org/find-units.ts';
import type { Tenant } from '../org/get-tenant.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { answerDueDate, deadlineCalendar } from './deadlines.ts';
import { PERMOHONAN } from './history.ts';
import type { IdentityFile } from './identity-file.ts';
import { storeIdentity } from './identity-store.ts';
import type { Permohonan } from './load-permohonan.ts';
import { queueRegistrationMails } from './receipt-mail.ts';
import { allocateRegistrationNumber } from './registration-number.ts';
import { earlierSubmission, rememberSubmission, requestFingerprint } from './resubmission.ts';
import { permohonan } from './schema.ts';
import type { Channel, CopyDelivery, ObtainMethod, RequesterType } from './terms.ts';
import { newTrackingToken } from './tracking-token.ts';

/** What a request form (public or staff entry) carries. */
export type NewPermohonan = {
  channel: Channel;
  receivedAt: Date;
  requesterType: RequesterType;
  requesterName: string;
  requesterAddress: string;
  requesterOccupation: string | null;
  requesterPhone: string | null;
  requesterEmail: string | null;
  informationDetails: string;
  purpose: string;
  obtainMethod: ObtainMethod;
  copyDelivery: CopyDelivery | null;
};

/** The registered request and its tracking token; `repeated` when it was the same request sent again. */
export type Registered = { permohonan: Permohonan; trackingToken: string; repeated?: boolean };

/** The audit actor of a request sent through the public form: a citizen without an account. */
export const publicFormActor = (tenantId: string): Actor => ({ userId: null, label: 'pemohon (formulir publik)', tenantId });

/**
 * Registers a request at receipt (Pasal 22(4)–(5)): the next number of the unit, a tracking token
 * returned once, the due date 10 working days after the receipt date in the tenant's zone, the
 * first history step, the sealed identity copy when one was sent, and an audit row, all in one transaction.
 *
 * From the public form (`publicForm`), the same request sent again within minutes is not registered
 * a second time: the earlier one is returned with `repeated`. A new one from the public form also
 * queues, in the same transaction, the requester's receipt mail (in the form's language) and the PPID's alert;
 * one entered by staff (a letter, a visit, a call) queues the receipt only, when an e-mail was given.
 */
export async function registerPermohonan(
  services: Services,
  tenant: Tenant,
  unit: Unit,
  input: NewPermohonan,
  by: SessionUser | null,
  identity: IdentityFile | null = null,
  publicForm: { lang: Lang } | null = null,
): Promise<Registered> {
  const actor = by ? actorOf(by) : publicFormActor(tenant.id);
  const token = newTrackingToken();
  const fingerprint = publicForm ? requestFingerprint(unit.id, input) : null;
  return inTransaction(services.db, async (tx, afterCommit) => {
    if (fingerprint) {
      const earlier = await earlierSubmission(tx, services.secrets, fingerprint, new Date());
      if (earlier) return { ...earlier, repeated: true };
    }
    const receivedDate = localDateOf(input.receivedAt, tenant.timeZone);
    const year = Number(receivedDate.slice(0, 4));
    const dueDate = answerDueDate(await deadlineCalendar(tx, tenant.id, year), receivedDate);
    const { number, sequence } = await allocateRegistrationNumber(tx, unit, year);
    const now = new Date();
    const [row] = await tx
      .insert(permohonan)
      .values({
        ...input,
        tenantId: tenant.id,
        unitId: unit.id,
        number,
        year,
        sequence,
        trackingTokenHash: token.hash,
        registeredAt: now,
        registeredBy: by?.id ?? null,
        dueDate,
      })
      .returning();
    await recordStep(tx, actor, { entity: PERMOHONAN, entityId: row!.id, from: null, to: 'terdaftar', note: null, at: now });
    if (identity) await storeIdentity(tx, services.secrets, row!.id, identity, input.receivedAt);
    // The audit chain cannot be erased, so it keeps the case facts and never the requester's personal data.
    // The unit's public register and reports count it.
    await markSiteChanged(tx, { tenantId: tenant.id, unitId: unit.id, reason: 'register' });
    await recordAudit(tx, actor, {
      action: 'permohonan.registered',
      entity: 'permohonan',
      entityId: row!.id,
      tenantId: tenant.id,
      after: {
        number,
        unitId: unit.id,
        channel: input.channel,
        receivedAt: input.receivedAt,
        status: 'terdaftar',
        dueDate,
        ...(identity ? { identitas: { mediaType: identity.mediaType, size: identity.bytes.length } } : {}),
      },
    });
    if (publicForm && fingerprint) {
      await rememberSubmission(tx, services.secrets, row!.id, fingerprint, token.token, now);
      await queueRegistrationMails(tx, services, afterCommit, { tenant, unit, permohonan: row!, trackingToken: token.token, lang: publicForm.lang });
    } else if (by) {
      await queueRegistrationMails(tx, services, afterCommit, { tenant, unit, permohonan: row!, trackingToken: token.token, lang: 'id', alertOfficers: false });
    }
    return { permohonan: row!, trackingToken: token.token };
  });
}
