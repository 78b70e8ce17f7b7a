import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { addContentTeam, type ContentTeam, clientFor, pengumuman, saveBody } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let team: ContentTeam;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  team = await addContentTeam(w, f);
});
afterAll(() => w.stop());

it('smoke', async () => {
  const writer = await clientFor(w, f.writerA.email);
  const created = await writer.post('/api/konten', pengumuman(f));
  expect(created.status, created.text).toBe(201);
  const id = created.body.item.id;
  expect(created.body.moves).toEqual(['diajukan']);
  const saved = await writer.put(`/api/konten/${id}`, saveBody(created.body, { judul: 'Judul baru' }));
  expect(saved.status, saved.text).toBe(200);
  expect(saved.body.revisi.nomor).toBe(2);
  const sub = await writer.post(`/api/konten/${id}/status`, { ke: 'diajukan' });
  expect(sub.status, sub.text).toBe(200);
  const red = await clientFor(w, team.redaktur.email);
  expect((await red.post(`/api/konten/${id}/status`, { ke: 'ditinjau' })).status).toBe(200);
  const list = await red.get(`/api/konten?q=judul`);
  expect(list.status, list.text).toBe(200);
  expect(list.body.total).toBe(1);
  const board = await red.get(`/api/konten/papan?unitId=${f.unitA.id}`);
  expect(board.status, board.text).toBe(200);
});
