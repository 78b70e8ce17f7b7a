import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { konten, kontenMediaCenter } from './schema.ts';
import { addContentTeam, type ContentTeam, clientFor, pengumuman } from './test-fixture.ts';

// "Tugas saya": each person sees the content waiting at their hand-off, with the items.

let w: TestWarta;
let f: Fixture;
let team: ContentTeam;
const ids: Record<string, string> = {};

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  team = await addContentTeam(w, f);
  const writer = await clientFor(w, f.writerA.email);
  const head = await clientFor(w, f.headA.email);
  // Unit A: two submitted, one in review, one awaiting approval, one the head wrote awaiting approval,
  // one approved, one returned to the writer; unit B: one submitted (nobody here reviews there).
  const stages = ['diajukan', 'diajukan', 'ditinjau', 'menunggu_persetujuan', 'disetujui', 'dikembalikan'];
  for (const [i, status] of stages.entries()) {
    const id = (await writer.post('/api/konten', pengumuman(f, `Tugas ${i} ${status}`))).body.item.id;
    await w.services.db.update(konten).set({ status }).where(eq(konten.id, id));
    ids[`${status}${i}`] = id;
  }
  const own = (await head.post('/api/konten', pengumuman(f, 'Tulisan kepala'))).body.item.id;
  await w.services.db.update(konten).set({ status: 'menunggu_persetujuan' }).where(eq(konten.id, own));
  const writerB = await clientFor(w, team.writerB.email);
  const b = (await writerB.post('/api/konten', { ...pengumuman(f, 'Unit B'), unitId: f.unitB.id })).body.item.id;
  await w.services.db.update(konten).set({ status: 'diajukan' }).where(eq(konten.id, b));
  // Two proposals to the Media Center: one waiting on the coordinator, one accepted for the assisting admin.
  const approved = ids.disetujui4 as string;
  const base = { tenantId: f.tenant.id, proposedBy: team.publisher.id };
  const [row] = await w.services.db.select().from(konten).where(eq(konten.id, approved));
  await w.services.db.insert(kontenMediaCenter).values({ ...base, kontenId: approved, status: 'diusulkan', revisionId: row!.currentRevisionId as string });
  await w.services.db
    .insert(kontenMediaCenter)
    .values({ ...base, kontenId: ids.ditinjau2 as string, status: 'diterima', revisionId: row!.currentRevisionId as string });
});
afterAll(() => w.stop());

const countsFor = async (email: string) => {
  const res = await (await clientFor(w, email)).get('/api/beranda');
  expect(res.status).toBe(200);
  const k = res.body.konten;
  const n = (b: { count: number } | null) => (b === null ? null : b.count);
  return {
    untukDitinjau: n(k.untukDitinjau),
    untukDisetujui: n(k.untukDisetujui),
    untukDiterbitkan: n(k.untukDiterbitkan),
    dikembalikan: n(k.dikembalikan),
    mediaCenterKeputusan: n(k.mediaCenterKeputusan),
    mediaCenterTerbit: n(k.mediaCenterTerbit),
    body: k,
  };
};

describe('GET /api/beranda: content waiting on me', () => {
  it('counts per role in my units, with the items', async () => {
    const redaktur = await countsFor(team.redaktur.email);
    expect(redaktur).toMatchObject({ untukDitinjau: 3, untukDisetujui: null, untukDiterbitkan: null, dikembalikan: 0, mediaCenterKeputusan: null });
    expect(redaktur.body.untukDitinjau.items).toHaveLength(3);
    expect(redaktur.body.untukDitinjau.items[0]).toMatchObject({ unitName: 'Dinas Uji A' });
    // The head's own item is not theirs to approve.
    expect(await countsFor(f.headA.email)).toMatchObject({ untukDitinjau: null, untukDisetujui: 1, untukDiterbitkan: null });
    expect(await countsFor(team.publisher.email)).toMatchObject({ untukDiterbitkan: 1, untukDisetujui: null });
    const writer = await countsFor(f.writerA.email);
    expect(writer).toMatchObject({ dikembalikan: 1, untukDitinjau: null });
    expect(writer.body.dikembalikan.items.map((i: { id: string }) => i.id)).toEqual([ids.dikembalikan5]);
    expect(await countsFor(team.koordinator.email)).toMatchObject({ mediaCenterKeputusan: 1, mediaCenterTerbit: null });
    expect(await countsFor(team.pendamping.email)).toMatchObject({ mediaCenterKeputusan: null, mediaCenterTerbit: 1 });
    expect(await countsFor(f.outsider.email)).toMatchObject({ untukDitinjau: null, untukDisetujui: null, untukDiterbitkan: null, dikembalikan: 0 });
    // The admin acts everywhere: every unit's waiting items (unit B's submitted one too).
    expect((await countsFor(f.admin.email)).untukDitinjau).toBe(4);
  });
});
