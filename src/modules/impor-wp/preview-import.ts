import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { loadImportContext } from './load-context.ts';
import { defaultMapping, type Mapping } from './mapping.ts';
import { imporInTenant, readStored } from './stored-files.ts';

export type ImportPreview = {
  id: string;
  unitId: string;
  siteUrl: string;
  siteTitle: string;
  status: string;
  kategori: Array<{ slug: string; nama: string }>;
  penulis: Array<{ login: string; nama: string; email: string }>;
  mapping: Mapping;
  /** What the mapping may choose from: the unit's bidang and the tenant's people. */
  pilihan: { bidang: Array<{ id: string; nama: string }>; orang: Array<{ id: string; nama: string }> };
};

/** An uploaded import with the first proposal of its mapping, for the admin to edit. */
export async function previewImport(services: Services, user: SessionUser, actor: OrgActor, id: string): Promise<ImportPreview> {
  const row = await imporInTenant(services.db, user.tenantId, id);
  assertOrg(actor, 'import.run', row.unitId);
  const { wxr } = await readStored(services, row);
  const ctx = await loadImportContext(services.db, user.tenantId, row.unitId, wxr.siteUrl);
  return {
    id: row.id,
    unitId: row.unitId,
    siteUrl: row.siteUrl,
    siteTitle: row.siteTitle,
    status: row.status,
    kategori: wxr.categories.map((c) => ({ slug: c.slug, nama: c.name })),
    penulis: wxr.authors.map((a) => ({ login: a.login, nama: a.displayName || a.login, email: a.email })),
    mapping: defaultMapping(wxr, ctx.bidang, ctx.people, user.personId ?? null),
    pilihan: { bidang: ctx.bidang.map((b) => ({ id: b.id, nama: b.name })), orang: ctx.people.map((p) => ({ id: p.id, nama: p.name })) },
  };
}
