import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { media, mediaUsage } from '../media/schema.ts';
import { teamMembers } from '../org/schema.ts';
import { onSiteChanged, type SiteChange } from '../site/site-changed.ts';
import { situsPengaturan } from './schema.ts';

let w: TestWarta;
let f: Fixture;
let head: TestClient;
let writer: TestClient;
let evaluator: TestClient;
let admin: TestClient;
let logoId: string;
const changes: SiteChange[] = [];

const page = (path: string, host = 'ujiprov.go.id') => w.app.request(path, { headers: { host } });

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  // The outsider becomes a Diskominfo evaluator (of unit B): reads every site's settings, changes none.
  await w.services.db.insert(teamMembers).values({ unitId: f.unitB.id, personId: f.outsider.person.id, role: 'evaluator' });
  const [logo] = await w.services.db
    .insert(media)
    .values({
      id: crypto.randomUUID(),
      tenantId: f.tenant.id,
      unitId: f.unitA.id,
      kind: 'foto',
      originalName: 'logo.png',
      mediaType: 'image/jpeg',
      sizeBytes: 1000,
      width: 400,
      height: 200,
      state: 'siap',
      derivatives: [
        { width: 320, format: 'jpeg', key: 'k1', bytes: 100, etag: 'e1' },
        { width: 320, format: 'webp', key: 'k2', bytes: 90, etag: 'e2' },
      ],
    })
    .returning();
  logoId = logo!.id;
  head = new TestClient(w.app);
  await head.signIn('kepala-a@uji.test', PASSWORD);
  writer = new TestClient(w.app);
  await writer.signIn('penulis-a@uji.test', PASSWORD);
  evaluator = new TestClient(w.app);
  await evaluator.signIn('luar@uji.test', PASSWORD);
  admin = new TestClient(w.app);
  await admin.signIn('admin@uji.test', PASSWORD);
  onSiteChanged((change) => changes.push(change));
});
afterAll(() => w.stop());

const settings = {
  logoMediaId: '',
  accentColor: '#FFFF00',
  address: 'Jalan Uji No. 1, Kupang',
  openingHours: 'Senin–Jumat 08.00–16.00 WITA',
  mapUrl: 'https://www.openstreetmap.org/?mlat=-10.17&mlon=123.6',
  email: 'dinas-a@ujiprov.go.id',
  phone: '(0380) 123-456',
  complaintUrl: 'https://www.lapor.go.id/',
  elearningUrl: 'https://belajar.ujiprov.go.id/',
  social: { instagram: 'https://www.instagram.com/dinasujia', x: 'https://x.com/dinasujia', facebook: '' },
};

describe('site settings API', () => {
  it('401 without a session', async () => {
    const anon = new TestClient(w.app);
    expect((await anon.get(`/api/situs/${f.unitA.id}`)).status).toBe(401);
    expect((await anon.put(`/api/situs/${f.unitA.id}`, settings)).status).toBe(401);
  });

  it('403 for a team member who does not keep the site, and for the evaluator saving', async () => {
    expect((await writer.get(`/api/situs/${f.unitA.id}`)).status).toBe(403);
    expect((await writer.put(`/api/situs/${f.unitA.id}`, settings)).status).toBe(403);
    expect((await evaluator.put(`/api/situs/${f.unitA.id}`, settings)).status).toBe(403);
    // The pemda's root site is the admins'.
    expect((await head.put('/api/situs/pemda', settings)).status).toBe(403);
  });

  it('400 naming the field: colour code, social address on another host, a javascript: link, a logo not in the library', async () => {
    const bad = async (body: object) => (await head.put(`/api/situs/${f.unitA.id}`, { ...settings, ...body })).body;
    expect(await bad({ accentColor: 'yellow' })).toMatchObject({ code: 'invalid', field: 'accentColor' });
    expect(await bad({ social: { instagram: 'https://evil.example/dinasujia' } })).toMatchObject({ field: 'social.instagram' });
    expect((await bad({ social: { x: 'http://x.com/dinasujia' } })).field).toBe('social.x');
    expect((await bad({ complaintUrl: 'javascript:alert(1)' })).field).toBe('complaintUrl');
    expect((await bad({ mapUrl: 'http://maps.example.id/a' })).field).toBe('mapUrl');
    expect((await bad({ email: 'bukan-email' })).field).toBe('email');
    expect((await bad({ logoMediaId: crypto.randomUUID() })).field).toBe('logoMediaId');
  });

  it('saves, tells the public pages, audits, and shows the colour actually used and why', async () => {
    changes.length = 0;
    const saved = await head.put(`/api/situs/${f.unitA.id}`, { ...settings, logoMediaId: logoId });
    expect(saved.status).toBe(200);
    expect(saved.body.accent).toMatchObject({ chosen: '#ffff00', used: '#6d6d00', adjusted: true });
    expect(saved.body.accent.ratio).toBeGreaterThanOrEqual(4.5);
    expect(saved.body.accent.explanation).toContain('#6d6d00');
    // Numbers in an Indonesian sentence take the decimal comma, as the admin writes them.
    expect(saved.body.accent.explanation).toContain('batas WCAG AA 4,5:1');
    expect(saved.body.accent.explanation).not.toMatch(/\d\.\d/);
    expect(saved.body.social).toEqual({ instagram: 'https://www.instagram.com/dinasujia', x: 'https://x.com/dinasujia' });
    expect(saved.body.logoPreview).toMatchObject({ width: 112, height: 56 });
    // Announced on commit through the change feed, so it arrives a moment after the answer.
    await vi.waitFor(() => expect(changes).toContainEqual(expect.objectContaining({ tenantId: f.tenant.id, unitId: f.unitA.id, reason: 'situs' })));
    const [row] = await w.services.db.select().from(situsPengaturan).where(eq(situsPengaturan.unitId, f.unitA.id));
    const audits = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'situs.settings_updated'), eq(auditLog.entityId, row!.id)));
    expect(audits).toHaveLength(1);
    const [usage] = await w.services.db.select().from(mediaUsage).where(eq(mediaUsage.mediaId, logoId));
    expect(usage).toMatchObject({ entity: 'situs_logo', entityId: row!.id, isPublic: true });
    // The evaluator reads it; the answer is never cached.
    const read = await evaluator.get(`/api/situs/${f.unitA.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ canEdit: false, address: settings.address });
    expect(read.headers.get('cache-control')).toBe('no-store');
    const english = new TestClient(w.app);
    english.lang = 'en';
    await english.signIn('kepala-a@uji.test', PASSWORD);
    expect((await english.get(`/api/situs/${f.unitA.id}`)).body.accent.explanation).toMatch(/below WCAG AA’s 4\.5:1/);
  });

  it('shows the logo, the accent stylesheet and the footer details on the unit’s public pages', async () => {
    const res = await page('/dinas-a');
    const html = await res.text();
    expect(html).toMatch(new RegExp(`<img src="/media/${logoId}/[^"]+" width="112" height="56" alt="Dinas Uji A"`));
    const href = /<link rel="stylesheet" href="(\/assets\/situs\/[0-9a-f-]{36}\.css\?v=[\w-]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    expect(html).toContain('Senin–Jumat 08.00–16.00 WITA');
    expect(html).toContain('href="https://www.openstreetmap.org/?mlat=-10.17&amp;mlon=123.6"');
    expect(html).toContain('href="tel:0380123456"');
    expect(html).toContain('href="mailto:dinas-a@ujiprov.go.id"');
    expect(html).toContain('href="https://www.lapor.go.id/"');
    expect(html).toContain('href="https://belajar.ujiprov.go.id/"');
    expect(html).toContain('>Instagram</a>');
    expect(html).not.toContain('>Facebook</a>');
    // No inline style anywhere: the colour comes in its own file, allowed by the CSP's style-src 'self'.
    expect(html).not.toMatch(/<style|style="/);
    const css = await page(href!);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(css.headers.get('cache-control')).toContain('immutable');
    expect(await css.text()).toBe(':root{--accent:#6d6d00;--accent-dark:#525200}\n');
    // An old version gets the current colour, cached briefly.
    const old = await page(href!.replace(/v=[\w-]+/, 'v=lama'));
    expect(old.headers.get('cache-control')).toBe('public, max-age=60');
    // Unit B has no settings: no stylesheet, the default colours.
    expect(await (await page('/badan-b')).text()).not.toContain('/assets/situs/');
  });

  it('the Kontak page lists the details from the settings', async () => {
    const html = await (await page('/dinas-a/kontak')).text();
    expect(html).toContain('Jalan Uji No. 1, Kupang');
    expect(html).toContain('lihat peta');
  });

  it('the pemda’s root site: an admin sets it, its home page shows it', async () => {
    const saved = await admin.put('/api/situs/pemda', {
      address: 'Jalan Pemda No. 2',
      accentColor: '#0b3d6b',
      social: { youtube: 'https://www.youtube.com/@pemdauji' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.accent).toMatchObject({ used: '#0b3d6b', adjusted: false });
    const html = await (await page('/')).text();
    expect(html).toContain('Jalan Pemda No. 2');
    expect(html).toContain('>YouTube</a>');
    expect((await admin.get('/api/situs')).body.items[0]).toMatchObject({ site: 'pemda', canEdit: true });
    expect((await head.get('/api/situs')).body.items).toEqual([{ site: f.unitA.id, name: 'Dinas Uji A', canEdit: true }]);
    expect((await writer.get('/api/situs')).status).toBe(403);
  });
});
