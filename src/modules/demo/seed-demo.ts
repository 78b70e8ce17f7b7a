import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../http/env.ts';
import { slugify } from '../../lib/slugify.ts';
import type { Services } from '../../services.ts';
import { actorOf, systemActor } from '../audit/record-audit.ts';
import { createAccount } from '../auth/create-account.ts';
import { loadActor } from '../org/actor.ts';
import { addTeamMember } from '../org/add-team-member.ts';
import { createBidang } from '../org/create-bidang.ts';
import { createDecree } from '../org/create-decree.ts';
import { createPerson } from '../org/create-person.ts';
import { createTenant, hasAnyTenant } from '../org/create-tenant.ts';
import { createUnit } from '../org/create-unit.ts';
import { getUnit, type Unit } from '../org/find-units.ts';
import { getTenant } from '../org/get-tenant.ts';
import { teamRoleLabels } from '../org/roles.ts';
import { tenants } from '../org/schema.ts';
import { isProfileSlug } from '../site/profile-pages.ts';
import { updateSitePage } from '../site/update-site-page.ts';
import { DEMO_MAIL_DOMAIN, DEMO_PASSWORD, demoDecree, demoPages, demoPeople, demoTenant, demoUnits } from './demo-data.ts';
import { seedKontenDemo } from './demo-konten.ts';
import { seedSitusDemo } from './demo-situs.ts';
import { seedSitusSettingsDemo } from './demo-situs-settings.ts';
import { seedAlumniDemo } from './seed-alumni-demo.ts';
import { seedLiputanDemo } from './seed-liputan-demo.ts';
import { seedPpidDemo } from './seed-ppid-demo.ts';

export type DemoResult = { password: string; logins: Array<{ email: string; role: string }> };

/** The demo logins, printed at every start while the demo province is the installation's tenant. */
function demoLogins(): DemoResult {
  const unitName = new Map(demoUnits.map((u) => [u.slug, u.shortName]));
  return {
    password: DEMO_PASSWORD,
    logins: [
      { email: `admin@${DEMO_MAIL_DOMAIN}`, role: 'Administrator' },
      ...demoPeople.map((p) => ({ email: `${p.key}@${DEMO_MAIL_DOMAIN}`, role: `${teamRoleLabels[p.role].id} — ${unitName.get(p.unit)}` })),
    ],
  };
}

/**
 * On the very first start (no tenant yet) fills the database with the fictional demo province,
 * through the same operations the admin uses, so every row is validated and audited. On later
 * starts it only reports the demo logins, if the demo is what is installed.
 */
export async function seedDemoIfEmpty(services: Services): Promise<DemoResult | null> {
  if (await hasAnyTenant(services.db)) {
    const [demo] = await services.db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, demoTenant.slug));
    return demo ? demoLogins() : null;
  }
  const tenant = await createTenant(services.db, { ...systemActor, label: 'demo' }, demoTenant);
  const admin = await createAccount(
    services,
    { ...systemActor, label: 'demo' },
    {
      tenantId: tenant.id,
      email: `admin@${DEMO_MAIL_DOMAIN}`,
      displayName: 'Administrator Demo',
      password: DEMO_PASSWORD,
      isAdmin: true,
    },
  );
  const actor = await loadActor(services.db, admin);

  const unitIds = new Map<string, string>();
  for (const { bidang, ...unit } of demoUnits) {
    const created = await createUnit(services, admin, { ...unit, email: `${unit.slug}@${DEMO_MAIL_DOMAIN}` });
    unitIds.set(unit.slug, created.id);
    for (const [i, name] of bidang.entries()) await createBidang(services, admin, actor, created.id, { name, slug: slugify(name), sortOrder: i });
  }

  const { unit: decreeUnit, ...decree } = demoDecree;
  const sk = await createDecree(services, admin, { ...decree, unitId: unitIds.get(decreeUnit) });
  const accounts = new Map<string, SessionUser>();
  for (const p of demoPeople) {
    const email = `${p.key}@${DEMO_MAIL_DOMAIN}`;
    const person = await createPerson(services, admin, { name: p.name, nip: p.nip, position: p.position, email });
    const unitId = unitIds.get(p.unit) as string;
    await addTeamMember(services, admin, actor, { unitId, personId: person.id, role: p.role, decreeId: p.unit === decreeUnit ? sk.id : null });
    const account = await createAccount(services, actorOf(admin), {
      tenantId: tenant.id,
      email,
      displayName: p.name,
      password: DEMO_PASSWORD,
      isAdmin: false,
      personId: person.id,
    });
    accounts.set(p.key, account);
  }

  const units = new Map<string, Unit>();
  for (const [slug, id] of unitIds) {
    const unit = await getUnit(services.db, id);
    if (unit) units.set(slug, unit);
  }
  for (const [unitSlug, pages] of Object.entries(demoPages)) {
    const unit = units.get(unitSlug);
    for (const page of pages) {
      if (unit && isProfileSlug(page.slug)) await updateSitePage(services.db, { unit, slug: page.slug, title: page.title, body: page.body, user: admin });
    }
  }
  const fullTenant = await getTenant(services.db, tenant.id);
  await seedSitusSettingsDemo(services, fullTenant, admin, units);
  const ppidFrom = performance.now();
  await seedPpidDemo(services, fullTenant, admin, actor, units);
  const kontenFrom = performance.now();
  await seedKontenDemo(services, fullTenant, units, accounts);
  await seedSitusDemo(services, fullTenant, units, accounts);
  const newsroom = units.get(demoDecree.unit);
  if (newsroom) await seedLiputanDemo(services, fullTenant, admin, actor, newsroom);
  const bpsdmd = units.get('bpsdmd');
  if (bpsdmd) await seedAlumniDemo(services, admin, bpsdmd);
  // How long the two big parts took: the first start's budget is mostly theirs.
  const ms = (from: number, to: number) => Math.round(to - from);
  services.log.info('demo data seeded', { tenant: tenant.slug, ppidMs: ms(ppidFrom, kontenFrom), kontenMs: ms(kontenFrom, performance.now()) });
  return demoLogins();
}
