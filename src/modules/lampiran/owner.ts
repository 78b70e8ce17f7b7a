import type { Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import type { OrgActor } from '../org/actor.ts';

/** The modules whose records carry attachments. */
export type OwnerKind = 'permohonan' | 'informasi';

/** A record attachments hang on, as its module describes it after checking access. */
export type Owner = { kind: OwnerKind; id: string; tenantId: string; unitId: string /** For the audit trail: a number or a title. */; label: string };

/**
 * How the owning module lets attachments be read or changed: it loads its record in the user's
 * tenant and checks the user's role (and the record's state for `write`), throwing AppError when not.
 */
export type OwnerAccess = {
  kind: OwnerKind;
  resolve(db: Queryable, user: SessionUser, actor: OrgActor, ownerId: string, intent: 'read' | 'write'): Promise<Owner>;
};
