import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { konten, kontenRevisi } from '../konten/schema.ts';
import { addMember, type Member, signedIn } from '../liputan/test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let redaktur: Member;
let red: TestClient;

// The content module's operations are being written alongside; these rows are what its
// publication leaves behind: an item with a live revision and its first publication instant.
async function contentItem(slug: string, unitId: string, publishedAt: string | null): Promise<string> {
  const [row] = await w.services.db
    .insert(konten)
    .values({ tenantId: f.tenant.id, unitId, jenis: 'berita', slug, status: publishedAt ? 'terbit' : 'draf', createdBy: f.writerA.id })
    .returning();
  const [rev] = await w.services.db
    .insert(kontenRevisi)
    .values({ kontenId: row!.id, nomor: 1, judul: `Berita ${slug}`, isi: { type: 'doc' }, hash: slug, authorLabel: 'uji' })
    .returning();
  await w.services.db
    .update(konten)
    .set({ currentRevisionId: rev!.id, ...(publishedAt ? { liveRevisionId: rev!.id, publishedAt: new Date(publishedAt) } : {}) })
    .where(eq(konten.id, row!.id));
  return row!.id;
}

async function plan(judul: string, tanggal: string, kontenId: string | null = null): Promise<string> {
  const res = await red.post(`/api/units/${f.unitA.id}/rencana`, { judul, tanggal, jenis: 'berita', kontenId });
  expect(res.status).toBe(201);
  return res.body.id;
}

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  redaktur = await addMember(w, f, 'redaktur-a', f.unitA.id, 'redaktur');
  red = await signedIn(w, redaktur.email);
  const a = f.unitA.id;
  // The tenant is in WITA (UTC+8): December there is [2026-11-30T16:00Z, 2026-12-31T16:00Z).
  const k1 = await contentItem('k1', a, '2026-12-05T02:00:00Z');
  await contentItem('k2', a, '2026-12-20T02:00:00Z');
  await contentItem('k3', a, '2026-12-31T15:30:00Z'); // 31 Dec 23.30 WITA: still December
  const k4 = await contentItem('k4', a, '2026-12-31T16:30:00Z'); // 1 Jan 00.30 WITA: January
  const k5 = await contentItem('k5', a, '2026-11-28T02:00:00Z'); // before the period
  const k6 = await contentItem('k6', a, null); // a draft
  await contentItem('k7', f.unitB.id, '2026-12-15T02:00:00Z'); // another unit's
  const k8 = await contentItem('k8', a, '2026-12-12T02:00:00Z');
  const k9 = await contentItem('k9', a, '2026-12-18T02:00:00Z');
  await contentItem('k10', a, '2026-12-03T02:00:00Z');
  await plan('P1', '2026-12-05', k1);
  await plan('P4', '2026-12-31', k4);
  await plan('P5', '2026-12-02', k5);
  await plan('P6', '2026-12-10', k6);
  await plan('P8', '2026-11-25', k8);
  const p9 = await plan('P9', '2026-12-18', k9);
  expect((await red.post(`/api/rencana/${p9}/status`, { ke: 'dibatalkan' })).status).toBe(200);
  await plan('P10', '2026-12-22');
});
afterAll(() => w.stop());

const titles = (list: Array<{ judul: string }>) => list.map((i) => i.judul).sort();

describe('planned against published', () => {
  it('counts December by hand: carried out, not yet published, published without a plan, called off', async () => {
    const res = await red.get(`/api/units/${f.unitA.id}/rencana/realisasi?dari=2026-12-01&sampai=2027-01-01`);
    expect(res.status).toBe(200);
    // P1 (published in the month), P5 (published before its date), P8 (planned in November, published now).
    expect(titles(res.body.terencanaTerbit.map((d: { rencana: { judul: string } }) => d.rencana))).toEqual(['P1', 'P5', 'P8']);
    // P4's item came out on 1 January WITA, P6's is a draft, P10 has none.
    expect(titles(res.body.terencanaBelumTerbit)).toEqual(['P10', 'P4', 'P6']);
    // k3 at 23.30 WITA on the 31st is December's; k9's plan was called off; k7 is another unit's.
    expect(titles(res.body.terbitTanpaRencana)).toEqual(['Berita k10', 'Berita k2', 'Berita k3', 'Berita k9']);
    expect(res.body.jumlah).toEqual({ terencanaTerbit: 3, terencanaBelumTerbit: 3, terbitTanpaRencana: 4, dibatalkan: 1 });
  });

  it('counts January: the item of the 31st is carried out there', async () => {
    const res = await red.get(`/api/units/${f.unitA.id}/rencana/realisasi?dari=2027-01-01&sampai=2027-02-01`);
    expect(res.body.jumlah).toEqual({ terencanaTerbit: 1, terencanaBelumTerbit: 0, terbitTanpaRencana: 0, dibatalkan: 0 });
    expect(res.body.terencanaTerbit[0].rencana.judul).toBe('P4');
  });

  it('answers 401, 403 and 400 like the plan', async () => {
    const q = '?dari=2026-12-01&sampai=2027-01-01';
    expect((await new TestClient(w.app).get(`/api/units/${f.unitA.id}/rencana/realisasi${q}`)).status).toBe(401);
    expect((await (await signedIn(w, 'luar@uji.test')).get(`/api/units/${f.unitA.id}/rencana/realisasi${q}`)).status).toBe(403);
    expect((await red.get(`/api/units/${f.unitA.id}/rencana/realisasi?dari=2026-12-01&sampai=2028-12-01`)).status).toBe(400);
  });
});
