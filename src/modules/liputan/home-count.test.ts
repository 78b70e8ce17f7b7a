import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { addDays, localDateOf } from '../hari-kerja/local-date.ts';
import { addMember, type Member, signedIn } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let editor: Member;
let kameramen: Member;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  editor = await addMember(w, f, 'editor-a', f.unitA.id, 'editor');
  kameramen = await addMember(w, f, 'kameramen-a', f.unitA.id, 'kameramen');
});
afterAll(() => w.stop());

describe('"Menunggu Anda": my coverage assignments', () => {
  it('counts today’s, tomorrow’s and every open one, and lists the nearest', async () => {
    const ed = await signedIn(w, editor.email);
    const today = localDateOf(new Date(), 'Asia/Makassar');
    const make = async (kegiatan: string, tanggal: string, jam = '10:00', peran = 'kameramen') => {
      const res = await ed.post(`/api/units/${f.unitA.id}/liputan`, {
        kegiatan,
        tanggal,
        jam,
        tempat: 'Aula',
        petugas: [{ personId: kameramen.personId, peran }],
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    await make('Kemarin, belum selesai', addDays(today, -1));
    await make('Hari ini', today, '23:00');
    await make('Besok pagi', addDays(today, 1), '07:00');
    await make('Besok siang', addDays(today, 1), '13:00', 'penulis');
    await make('Minggu depan', addDays(today, 7));
    const done = await make('Sudah selesai', today, '06:00');
    for (const ke of ['diliput', 'produksi', 'selesai']) expect((await ed.post(`/api/liputan/${done}/status`, { ke })).status).toBe(200);
    const called = await make('Dibatalkan', addDays(today, 1));
    expect((await ed.post(`/api/liputan/${called}/status`, { ke: 'dibatalkan' })).status).toBe(200);

    const home = await (await signedIn(w, kameramen.email)).get('/api/beranda');
    expect(home.status).toBe(200);
    // Open: yesterday's, today's, two tomorrow, next week = 5; the finished and the called-off are not counted.
    expect(home.body.liputan).toMatchObject({ hariIni: 1, besok: 2, terbuka: 5 });
    expect(home.body.liputan.berikut.map((l: { kegiatan: string }) => l.kegiatan)).toEqual([
      'Kemarin, belum selesai',
      'Hari ini',
      'Besok pagi',
      'Besok siang',
      'Minggu depan',
    ]);
    expect(home.body.liputan.berikut[2].jam).toBe('07:00');
    // The planner covers none of them: their count is zero, the block is there.
    expect((await ed.get('/api/beranda')).body.liputan).toMatchObject({ hariIni: 0, besok: 0, terbuka: 0, berikut: [] });
  });
});
