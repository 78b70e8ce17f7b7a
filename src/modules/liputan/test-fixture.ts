import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD } from '../../test/fixtures.ts';
import type { TestWarta } from '../../test/harness.ts';
import { hashPassword } from '../auth/password.ts';
import { users } from '../auth/schema.ts';
import type { TeamRole } from '../org/roles.ts';
import { people, teamMembers, tenants } from '../org/schema.ts';

// Test-only helpers of the plan and assignment modules. Fictional people only.

export type Member = { email: string; personId: string; userId: string };

/** A person with an account and one role in one unit (no account and no address when `noMail`). */
export async function addMember(
  w: TestWarta,
  f: Fixture,
  key: string,
  unitId: string,
  role: TeamRole,
  opts: { noMail?: boolean; lang?: 'id' | 'en' } = {},
): Promise<Member> {
  const email = `${key}@uji.test`;
  const [person] = await w.services.db
    .insert(people)
    .values({ tenantId: f.tenant.id, name: `Orang ${key}`, email: opts.noMail ? null : email })
    .returning();
  const [user] = await w.services.db
    .insert(users)
    .values({
      tenantId: f.tenant.id,
      personId: person!.id,
      email,
      displayName: `Orang ${key}`,
      passwordHash: await hashPassword(PASSWORD),
      lang: opts.lang ?? 'id',
    })
    .returning();
  await w.services.db.insert(teamMembers).values({ unitId, personId: person!.id, role });
  return { email, personId: person!.id, userId: user!.id };
}

/** A signed-in client. */
export async function signedIn(w: TestWarta, email: string): Promise<TestClient> {
  const client = new TestClient(w.app);
  expect((await client.signIn(email, PASSWORD)).status).toBe(200);
  return client;
}

/** Moves the fixture's tenant to another zone (WIB, WITA, WIT). */
export async function setTenantZone(w: TestWarta, f: Fixture, timeZone: string): Promise<void> {
  await w.services.db.update(tenants).set({ timeZone }).where(eq(tenants.id, f.tenant.id));
}
