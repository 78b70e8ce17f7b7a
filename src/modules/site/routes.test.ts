import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { tenants, units } from '../org/schema.ts';

let w: TestWarta;
let f: Fixture;
let otherTenantUnitId: string;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  const [other] = await w.services.db.insert(tenants).values({ slug: 'lain', name: 'Kabupaten Lain', kind: 'kabupaten', timeZone: 'Asia/Jakarta' }).returning();
  const [unit] = await w.services.db.insert(units).values({ tenantId: other!.id, slug: 'dinas-lain', name: 'Dinas Lain', kind: 'dinas' }).returning();
  otherTenantUnitId = unit!.id;
});
afterAll(() => w.stop());

const as = async (email: string) => {
  const client = new TestClient(w.app);
  expect((await client.signIn(email, PASSWORD)).status).toBe(200);
  return client;
};

describe('GET /api/units/:id/pages', () => {
  it('answers 401 without a session', async () => {
    const res = await new TestClient(w.app).get(`/api/units/${f.unitA.id}/pages`);
    expect(res.status).toBe(401);
  });

  it('answers 403 to a contributor, who may not edit the site', async () => {
    const res = await (await as(f.writerA.email)).get(`/api/units/${f.unitA.id}/pages`);
    expect(res.status).toBe(403);
  });

  it('answers 403 to the head of another unit', async () => {
    const res = await (await as(f.headA.email)).get(`/api/units/${f.unitB.id}/pages`);
    expect(res.status).toBe(403);
  });

  it('answers 400 naming the field for a malformed unit id', async () => {
    const res = await (await as(f.headA.email)).get('/api/units/bukan-uuid/pages');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid', field: 'id' });
  });

  it('answers 404 for a unit of another tenant, even to an admin', async () => {
    const res = await (await as(f.admin.email)).get(`/api/units/${otherTenantUnitId}/pages`);
    expect(res.status).toBe(404);
  });

  it('lists every profile page with default titles before anything is written', async () => {
    const res = await (await as(f.headA.email)).get(`/api/units/${f.unitA.id}/pages`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { slug: string }) => p.slug)).toEqual([
      'sejarah',
      'visi-misi-tupoksi',
      'akreditasi',
      'struktur-organisasi',
      'sdm',
      'fasilitas',
    ]);
    expect(res.body.items[1]).toEqual({
      slug: 'visi-misi-tupoksi',
      title: 'Visi Misi dan Tupoksi',
      body: '',
      updatedAt: null,
      href: '/dinas-a/profil/visi-misi-tupoksi',
      hint: null,
    });
  });
});

describe('PUT /api/units/:id/pages/:slug', () => {
  const page = { title: 'Sejarah Singkat', body: 'Didirikan pada tahun 1984.\n\n- Gedung A' };

  it('answers 401 without a session', async () => {
    const res = await new TestClient(w.app).put(`/api/units/${f.unitA.id}/pages/sejarah`, page);
    expect(res.status).toBe(401);
  });

  it('answers 403 to a contributor and to someone without a role', async () => {
    expect((await (await as(f.writerA.email)).put(`/api/units/${f.unitA.id}/pages/sejarah`, page)).status).toBe(403);
    expect((await (await as(f.outsider.email)).put(`/api/units/${f.unitA.id}/pages/sejarah`, page)).status).toBe(403);
  });

  it('answers 400 naming the field for an unknown slug, an empty title and an over-long body', async () => {
    const head = await as(f.headA.email);
    const slug = await head.put(`/api/units/${f.unitA.id}/pages/rahasia`, page);
    expect(slug.status).toBe(400);
    expect(slug.body).toMatchObject({ code: 'invalid', field: 'slug', message: 'Halaman ini tidak dikenal.' });
    const title = await head.put(`/api/units/${f.unitA.id}/pages/sejarah`, { ...page, title: '   ' });
    expect(title.status).toBe(400);
    expect(title.body).toMatchObject({ field: 'title', message: 'Judul halaman wajib diisi.' });
    const body = await head.put(`/api/units/${f.unitA.id}/pages/sejarah`, { ...page, body: 'x'.repeat(50_001) });
    expect(body.status).toBe(400);
    expect(body.body).toMatchObject({ field: 'body', message: 'Isi halaman paling panjang 50.000 karakter.' });
    const missing = await head.put(`/api/units/${f.unitA.id}/pages/sejarah`, { title: 'x' });
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('body');
  });

  it('saves the page, lists it, shows it publicly, and audits before and after', async () => {
    const head = await as(f.headA.email);
    const first = await head.put(`/api/units/${f.unitA.id}/pages/sejarah`, { ...page, body: 'x'.repeat(50_000) });
    expect(first.status).toBe(200);
    const res = await head.put(`/api/units/${f.unitA.id}/pages/sejarah`, page);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ slug: 'sejarah', title: 'Sejarah Singkat', body: page.body });
    expect(typeof res.body.updatedAt).toBe('string');

    const list = await head.get(`/api/units/${f.unitA.id}/pages`);
    expect(list.body.items[0]).toEqual({ ...res.body, href: '/dinas-a/profil/sejarah', hint: null });

    const rows = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'site_page.updated'), eq(auditLog.entity, 'site_page')))
      .orderBy(auditLog.id);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ actorId: f.headA.id, tenantId: f.tenant.id, before: null });
    expect(rows[1]!.entityId).toBe(rows[0]!.entityId);
    expect(rows[1]!.before).toMatchObject({ slug: 'sejarah', title: 'Sejarah Singkat', body: 'x'.repeat(50_000) });
    expect(rows[1]!.after).toMatchObject({ unitId: f.unitA.id, slug: 'sejarah', title: 'Sejarah Singkat', body: page.body });

    const publicPage = await new TestClient(w.app).get('/dinas-a/profil/sejarah');
    expect(publicPage.text).toContain('<h1>Sejarah Singkat</h1>');
    expect(publicPage.text).toContain('<li>Gedung A</li>');
  });

  it('lets the tenant admin edit any unit of the tenant', async () => {
    const res = await (await as(f.admin.email)).put(`/api/units/${f.unitB.id}/pages/fasilitas`, { title: 'Fasilitas', body: 'Aula' });
    expect(res.status).toBe(200);
  });
});
