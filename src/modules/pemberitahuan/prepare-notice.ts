import type { Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import type { LampiranView } from '../lampiran/lampiran-view.ts';
import { listLampiran } from '../lampiran/list-lampiran.ts';
import type { OrgActor } from '../org/actor.ts';
import type { Unit } from '../org/find-units.ts';
import { getTenant } from '../org/get-tenant.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { type Permohonan, permohonanInTenant } from '../permohonan/load-permohonan.ts';
import { buildNotice, type NoticeDecision } from './build-notice.ts';
import type { Notice, NoticeOptions } from './notice.ts';
import { objectionDeadline } from './objection-deadline.ts';
import { signingOfficer, unitOfficers } from './ppid-officers.ts';

export type PreparedNotice = {
  request: Permohonan;
  unit: Unit;
  notice: Notice;
  noticeDate: string;
  objectionDeadline: string | null;
  /** The files and links attached to the decision, listed in the notice. */
  attachments: LampiranView[];
};

const answered = ['dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak'];

/**
 * Everything a notice needs, checked: the request is the tenant's, the user may process its unit's
 * requests, and it has been decided. The notice is dated on the decision day in the tenant's zone.
 */
export async function prepareNotice(
  db: Queryable,
  user: SessionUser,
  actor: OrgActor,
  id: string,
  options: NoticeOptions,
  lang: Lang,
): Promise<PreparedNotice> {
  const request = await permohonanInTenant(db, user.tenantId, id);
  assertOrg(actor, 'permohonan.process', request.unitId);
  const decision = request.decision;
  if (!answered.includes(request.status) || !decision || decision.kind !== request.status || !request.decidedAt) {
    throw new AppError('conflict', 'pemberitahuan.not_decided');
  }
  const tenant = await getTenant(db, request.tenantId);
  const unit = await unitInTenant(db, request.tenantId, request.unitId);
  const noticeDate = localDateOf(request.decidedAt, tenant.timeZone);
  const deadline = decision.kind === 'dikabulkan_seluruhnya' ? null : await objectionDeadline(db, tenant.id, noticeDate);
  const officers = await unitOfficers(db, tenant.id, unit.id);
  const attachments = decision.kind === 'ditolak' ? [] : await listLampiran(db, { kind: 'permohonan', id: request.id, tenantId: request.tenantId });
  const notice = buildNotice({
    request,
    decision: decision as NoticeDecision,
    tenant,
    unit,
    noticeDate,
    objectionDeadline: deadline,
    signer: signingOfficer(officers, user.personId),
    atasan: officers.find((o) => o.role === 'atasan_ppid') ?? null,
    options,
    attachments,
    lang,
  });
  return { request, unit, notice, noticeDate, objectionDeadline: deadline, attachments };
}
