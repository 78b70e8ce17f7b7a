import { hashPassword } from '../modules/auth/password.ts';
import { users } from '../modules/auth/schema.ts';
import type { TeamRole } from '../modules/org/roles.ts';
import { bidang, people, teamMembers, tenants, units } from '../modules/org/schema.ts';
import type { Services } from '../services.ts';

export const PASSWORD = 'kata-sandi-uji-123';

let cachedHash: string | undefined;

/**
 * A small fictional pemda for tests: two units (A, B), one bidang each, and accounts:
 * admin (tenant admin), headA (penanggung jawab of A), writerA (kontributor of A), outsider (no role).
 */
export async function seedFixture(services: Services, opts: { require2fa?: boolean } = {}) {
  const db = services.db;
  cachedHash ??= await hashPassword(PASSWORD);
  const [tenant] = await db
    .insert(tenants)
    .values({
      slug: 'uji',
      name: 'Pemerintah Provinsi Uji',
      kind: 'provinsi',
      timeZone: 'Asia/Makassar',
      domain: 'ujiprov.go.id',
      require2faForAdmins: opts.require2fa ?? false,
    })
    .returning();
  const tenantId = tenant!.id;
  const [unitA, unitB] = await db
    .insert(units)
    .values([
      { tenantId, slug: 'dinas-a', name: 'Dinas Uji A', kind: 'dinas' },
      { tenantId, slug: 'badan-b', name: 'Badan Uji B', kind: 'badan', host: 'badanb.ujiprov.go.id' },
    ])
    .returning();
  await db.insert(bidang).values([
    { unitId: unitA!.id, slug: 'umum', name: 'Umum' },
    { unitId: unitB!.id, slug: 'umum', name: 'Umum' },
  ]);
  const account = async (key: string, opts2: { isAdmin?: boolean; role?: [string, TeamRole] } = {}) => {
    const [person] = await db
      .insert(people)
      .values({ tenantId, name: `Orang ${key}`, email: `${key}@uji.test` })
      .returning();
    const [user] = await db
      .insert(users)
      .values({
        tenantId,
        personId: person!.id,
        email: `${key}@uji.test`,
        displayName: `Orang ${key}`,
        passwordHash: cachedHash,
        isAdmin: opts2.isAdmin ?? false,
      })
      .returning();
    if (opts2.role) await db.insert(teamMembers).values({ unitId: opts2.role[0], personId: person!.id, role: opts2.role[1] });
    return { ...user!, person: person! };
  };
  return {
    tenant: tenant!,
    unitA: unitA!,
    unitB: unitB!,
    admin: await account('admin', { isAdmin: true }),
    headA: await account('kepala-a', { role: [unitA!.id, 'penanggung_jawab'] }),
    writerA: await account('penulis-a', { role: [unitA!.id, 'kontributor'] }),
    outsider: await account('luar'),
  };
}

export type Fixture = Awaited<ReturnType<typeof seedFixture>>;
