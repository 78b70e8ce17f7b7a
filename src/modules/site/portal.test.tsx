import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import type { PortalSection } from './portal.ts';
import { resolveSite } from './resolve-site.ts';
import { routeUnitPage } from './route-unit-page.ts';

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

const section: PortalSection = {
  segment: 'dip',
  label: { id: 'Daftar Informasi Publik', en: 'Public information list' },
  async page(_db, trail, rest, query) {
    if (rest.length > 1) return null;
    return { title: `DIP ${rest[0] ?? ''}`.trim(), section: 'ppid', crumbs: trail.inSection('ppid'), content: <p>{query.get('q') ?? ''}</p> };
  },
};

describe('PPID portal sections', () => {
  it('the index lists the mounted sections; a section gets the path below it and the query', async () => {
    const site = (await resolveSite(w.services.db, 'warta.test', '/dinas-a/ppid', 'id'))!;
    const index = await routeUnitPage(w.services.db, site.ctx, f.unitA, ['ppid'], [section]);
    expect(await index!.content.toString()).toContain('/dinas-a/ppid/dip');
    const page = await routeUnitPage(w.services.db, site.ctx, f.unitA, ['ppid', 'dip', 'berkala'], [section], new URLSearchParams('q=anggaran'));
    expect(page!.title).toBe('DIP berkala');
    expect(await page!.content.toString()).toContain('anggaran');
    expect(await routeUnitPage(w.services.db, site.ctx, f.unitA, ['ppid', 'tidak-ada'], [section])).toBeNull();
    expect(await routeUnitPage(w.services.db, site.ctx, f.unitA, ['ppid', 'dip', 'a', 'b'], [section])).toBeNull();
  });

  it('without sections the PPID page says so honestly', async () => {
    const res = await w.app.request('/dinas-a/ppid', { headers: { host: 'warta.test' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('href="/dinas-a/kontak"');
  });
});
