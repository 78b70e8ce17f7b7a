import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { pengumuman } from '../konten/test-fixture.ts';
import { addMember, type Member, signedIn } from '../liputan/test-fixture.ts';

// A plan item and an assignment link content items of their own unit only, and show them with their stage.

let w: TestWarta;
let f: Fixture;
let redaktur: Member;
let headB: Member;
let kontenA: string;
let kontenB: string;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  redaktur = await addMember(w, f, 'redaktur-a', f.unitA.id, 'redaktur');
  headB = await addMember(w, f, 'kepala-b', f.unitB.id, 'penanggung_jawab');
  const writer = await signedIn(w, f.writerA.email);
  kontenA = (await writer.post('/api/konten', pengumuman(f, 'Naskah unit A'))).body.item.id;
  const b = await (await signedIn(w, headB.email)).post('/api/konten', { ...pengumuman(f, 'Naskah unit B'), unitId: f.unitB.id });
  expect(b.status, b.text).toBe(201);
  kontenB = b.body.item.id;
});
afterAll(() => w.stop());

const plan = { judul: 'Rilis pelantikan', tanggal: '2026-12-08', jenis: 'berita' };

describe('linking content', () => {
  it('a plan item refuses another unit’s item (400 kontenId) and shows its own with title and stage', async () => {
    const red = await signedIn(w, redaktur.email);
    const foreign = await red.post(`/api/units/${f.unitA.id}/rencana`, { ...plan, kontenId: kontenB });
    expect([foreign.status, foreign.body.field]).toEqual([400, 'kontenId']);
    expect(foreign.body.message).toContain('unit lain');
    const made = await red.post(`/api/units/${f.unitA.id}/rencana`, plan);
    expect(made.status).toBe(201);
    const bad = await red.patch(`/api/rencana/${made.body.id}`, { kontenId: kontenB });
    expect([bad.status, bad.body.field]).toEqual([400, 'kontenId']);
    const linked = await red.patch(`/api/rencana/${made.body.id}`, { kontenId: kontenA });
    expect(linked.status).toBe(200);
    expect(linked.body.konten).toMatchObject({ id: kontenA, judul: 'Naskah unit A', status: 'draf', isLive: false });
    expect((await red.get(`/api/rencana/${made.body.id}`)).body.konten).toMatchObject({ id: kontenA, status: 'draf' });
    const list = await red.get(`/api/units/${f.unitA.id}/rencana?dari=2026-12-01&sampai=2027-01-01`);
    const listed = list.body.items.find((i: { id: string }) => i.id === made.body.id);
    expect(listed.konten).toMatchObject({ id: kontenA, judul: 'Naskah unit A' });
    const unlinked = await red.patch(`/api/rencana/${made.body.id}`, { kontenId: null });
    expect([unlinked.status, unlinked.body.konten]).toEqual([200, null]);
  });

  it('an assignment refuses another unit’s item (400 kontenIds) and shows its products with their stage', async () => {
    const red = await signedIn(w, redaktur.email);
    const made = await red.post(`/api/units/${f.unitA.id}/liputan`, {
      kegiatan: 'Pelantikan',
      tanggal: '2026-12-08',
      jam: '09:00',
      tempat: 'Aula',
      petugas: [{ personId: redaktur.personId, peran: 'penulis' }],
    });
    expect(made.status, made.text).toBe(201);
    const bad = await red.patch(`/api/liputan/${made.body.id}`, { kontenIds: [kontenA, kontenB] });
    expect([bad.status, bad.body.field]).toEqual([400, 'kontenIds']);
    const ok = await red.patch(`/api/liputan/${made.body.id}`, { kontenIds: [kontenA] });
    expect(ok.status).toBe(200);
    expect(ok.body.konten).toEqual([{ id: kontenA, unitId: f.unitA.id, jenis: 'pengumuman', judul: 'Naskah unit A', status: 'draf', isLive: false }]);
    expect((await red.get(`/api/liputan/${made.body.id}`)).body.konten.map((k: { id: string }) => k.id)).toEqual([kontenA]);
  });
});
