import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/types.ts';
import { systemActor } from '../modules/audit/record-audit.ts';
import { createFirstAdmin } from '../modules/auth/create-first-admin.ts';
import { createTenant, hasAnyTenant } from '../modules/org/create-tenant.ts';
import { tenantKinds, timeZones } from '../modules/org/roles.ts';

export class SetupRefusedError extends Error {}

const optionsSchema = z.object({
  name: z.string().trim().min(3),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'huruf kecil, angka, tanda hubung / lowercase letters, digits, hyphens'),
  kind: z.enum(tenantKinds),
  'time-zone': z.enum(timeZones),
  domain: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)
    .optional(),
  'admin-email': z.email(),
  'admin-name': z.string().trim().min(2),
});

export const setupUsage = `setup --name "Pemerintah Provinsi …" --slug nama --kind provinsi|kabupaten|kota|kementerian|lembaga
        --time-zone Asia/Jakarta|Asia/Makassar|Asia/Jayapura [--domain nama.go.id]
        --admin-email orang@instansi.go.id --admin-name "Nama Admin"`;

/**
 * Creates the agency (tenant) and its first administrator on an installation that has none, and
 * returns the invitation link the operator hands to that administrator.
 */
export async function setupInstallation(db: Db, config: Config, args: string[]): Promise<{ link: string; tenant: string }> {
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(Object.keys(optionsSchema.shape).map((k) => [k, { type: 'string' as const }])),
    strict: true,
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`).join('\n');
    throw new SetupRefusedError(`Isian tidak sah / invalid options:\n${problems}\n\n${setupUsage}`);
  }
  if (await hasAnyTenant(db)) throw new SetupRefusedError('Instalasi ini sudah punya instansi / this installation already has a tenant.');
  const o = parsed.data;
  const actor = { ...systemActor, label: 'setup' };
  const tenant = await createTenant(db, actor, { slug: o.slug, name: o.name, kind: o.kind, timeZone: o['time-zone'], domain: o.domain ?? null });
  const { token } = await createFirstAdmin(db, actor, { tenantId: tenant.id, email: o['admin-email'], displayName: o['admin-name'] });
  return { link: `${config.publicUrl}/admin/undangan?token=${token}`, tenant: tenant.name };
}
