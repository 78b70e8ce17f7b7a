import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { alurRiwayat } from '../alur/schema.ts';
import { sessionUser } from '../keberatan/test-fixture.ts';
import { loadActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { docxText } from '../pemberitahuan/test-docx.ts';
import { registerPermohonan } from '../permohonan/register-permohonan.ts';
import { permohonan } from '../permohonan/schema.ts';
import { addOfficer, sampleRequest } from '../permohonan/test-fixture.ts';
import { type TransitionInput, transitionPermohonan } from '../permohonan/transition.ts';
import { normaliseInformation } from './classify.ts';
import { seedKipRegister } from './test-fixture.ts';

// The numbers of Triwulan I 2026 of unit A, worked out by hand from the plan in test-fixture.ts
// (channelPlan, servicePatterns, groundPlan, informationPlan), not by running the code:
// - per channel: the plan's totals 80/60/50/30/20 = 240; a share is count / total × 100 rounded
//   half up to one decimal (50/240 = 20.83 → 20.8, 20/240 = 8.33 → 8.3);
// - requester types overall: perseorangan 50+30+40+27+13 = 160, kelompok 20+18+5+3+4 = 50,
//   badan hukum 10+12+5+0+3 = 30;
// - status overall: dipenuhi 50+36+40+24+10 = 160, ditolak 16+12+5+3+4 = 40, diproses
//   10+9+5+3+2 = 29 (29/240 = 12.08 → 12.1), ditarik 4+2 = 6, diteruskan 3+2 = 5 (2.08 → 2.1);
// - service time: the 200 decided requests take the 8 patterns in turn, 25 each; days per round
//   4+9+3+5+27+13+0+3 = 64, so 25 × 64 / 200 = 8.0; bands 0–10 = 6 patterns × 25 = 150 (75%),
//   11–17 = P6 = 25 (12.5%), over 17 = P5 = 25 (12.5%);
// - refusals 12/10/10/8 of 40 = 30/25/25/20%; disputes 3 (registered 10 Feb, 5 Mar, 31 Mar).
const rows = (pairs: Array<[string, number, number]>) => pairs.map(([kunci, jumlah, persen]) => ({ kunci, jumlah, persen }));
const expected = {
  perSaluran: rows([
    ['website', 60, 25],
    ['email', 80, 33.3],
    ['surat', 0, 0],
    ['telepon', 0, 0],
    ['datang_langsung', 50, 20.8],
    ['instagram', 30, 12.5],
    ['facebook', 0, 0],
    ['x', 0, 0],
    ['whatsapp', 20, 8.3],
  ]),
  pemohon: rows([
    ['perseorangan', 160, 66.7],
    ['kelompok_orang', 50, 20.8],
    ['badan_hukum', 30, 12.5],
  ]),
  status: rows([
    ['dipenuhi', 160, 66.7],
    ['ditolak', 40, 16.7],
    ['diproses', 29, 12.1],
    ['ditarik', 6, 2.5],
    ['diteruskan', 5, 2.1],
  ]),
  // Per channel, shares of the channel's own total.
  saluran: {
    email: {
      pemohon: rows([
        ['perseorangan', 50, 62.5],
        ['kelompok_orang', 20, 25],
        ['badan_hukum', 10, 12.5],
      ]),
      status: rows([
        ['dipenuhi', 50, 62.5],
        ['ditolak', 16, 20],
        ['diproses', 10, 12.5],
        ['ditarik', 4, 5],
        ['diteruskan', 0, 0],
      ]),
    },
    website: {
      pemohon: rows([
        ['perseorangan', 30, 50],
        ['kelompok_orang', 18, 30],
        ['badan_hukum', 12, 20],
      ]),
      status: rows([
        ['dipenuhi', 36, 60],
        ['ditolak', 12, 20],
        ['diproses', 9, 15],
        ['ditarik', 0, 0],
        ['diteruskan', 3, 5],
      ]),
    },
    datang_langsung: {
      pemohon: rows([
        ['perseorangan', 40, 80],
        ['kelompok_orang', 5, 10],
        ['badan_hukum', 5, 10],
      ]),
      status: rows([
        ['dipenuhi', 40, 80],
        ['ditolak', 5, 10],
        ['diproses', 5, 10],
        ['ditarik', 0, 0],
        ['diteruskan', 0, 0],
      ]),
    },
    instagram: {
      pemohon: rows([
        ['perseorangan', 27, 90],
        ['kelompok_orang', 3, 10],
        ['badan_hukum', 0, 0],
      ]),
      status: rows([
        ['dipenuhi', 24, 80],
        ['ditolak', 3, 10],
        ['diproses', 3, 10],
        ['ditarik', 0, 0],
        ['diteruskan', 0, 0],
      ]),
    },
    whatsapp: {
      pemohon: rows([
        ['perseorangan', 13, 65],
        ['kelompok_orang', 4, 20],
        ['badan_hukum', 3, 15],
      ]),
      status: rows([
        ['dipenuhi', 10, 50],
        ['ditolak', 4, 20],
        ['diproses', 2, 10],
        ['ditarik', 2, 10],
        ['diteruskan', 2, 10],
      ]),
    },
  } as Record<string, { pemohon: ReturnType<typeof rows>; status: ReturnType<typeof rows> }>,
  sebaran: rows([
    ['0-10', 150, 75],
    ['11-17', 25, 12.5],
    ['lebih-17', 25, 12.5],
  ]),
  alasan: rows([
    ['pasal_17_a', 0, 0],
    ['pasal_17_b', 12, 30],
    ['pasal_17_c', 0, 0],
    ['pasal_17_d', 0, 0],
    ['pasal_17_e', 0, 0],
    ['pasal_17_f', 0, 0],
    ['pasal_17_g', 0, 0],
    ['pasal_17_h', 10, 25],
    ['pasal_17_i', 0, 0],
    ['pasal_17_j', 0, 0],
    ['tidak_dikuasai', 10, 25],
    ['belum_didokumentasikan', 8, 20],
  ]),
  sengketa: rows([
    ['registrasi', 1, 33.3],
    ['mediasi', 1, 33.3],
    ['ajudikasi', 0, 0],
    ['putusan', 1, 33.3],
    ['selesai', 0, 0],
  ]),
};

let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
const Q1 = 'jenis=triwulan&dari=2026-01-01&sampai=2026-03-31';
const strip = (b: { baris: Array<{ kunci: string; jumlah: number; persen: number }> }) =>
  b.baris.map(({ kunci, jumlah, persen }) => ({ kunci, jumlah, persen }));

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  ppid = new TestClient(w.app);
  await ppid.signIn('ppid-a@uji.test', PASSWORD);
  await seedKipRegister(w.services, f.tenant.id, f.unitA, f.unitB);
});
afterAll(() => w.stop());

describe('the quarterly report’s numbers (240 requests of unit A, hand-computed)', () => {
  let r: any;
  beforeAll(async () => {
    const res = await ppid.get(`/api/laporan-kip?unit=${f.unitA.id}&${Q1}`);
    expect(res.status).toBe(200);
    r = res.body;
  });

  it('counts requests per channel, requester type and status with their shares', () => {
    expect(r.periode).toMatchObject({ jenis: 'triwulan', dari: '2026-01-01', sampai: '2026-03-31', label: 'Triwulan I (Januari – Maret) Tahun 2026' });
    expect(r.perSaluran.jumlah).toMatchObject({ jumlah: 240, persen: 100, sel: 'semua' });
    expect(strip(r.perSaluran)).toEqual(expected.perSaluran);
    expect(strip(r.pemohon)).toEqual(expected.pemohon);
    expect(strip(r.status)).toEqual(expected.status);
  });

  it('breaks every channel down by requester type and by status', () => {
    for (const s of r.saluran) {
      const want = expected.saluran[s.saluran];
      if (!want) {
        expect(s.pemohon.jumlah.jumlah, s.saluran).toBe(0);
        continue;
      }
      expect(strip(s.pemohon), s.saluran).toEqual(want.pemohon);
      expect(strip(s.status), s.saluran).toEqual(want.status);
      expect(s.pemohon.baris[0].sel).toBe(`saluran:${s.saluran},pemohon:perseorangan`);
    }
  });

  it('averages the service time in working days across holidays, and bands it', () => {
    expect(r.waktuLayanan.rataRataHariKerja).toBe(8);
    expect(r.waktuLayanan.terhitung).toMatchObject({ jumlah: 200, persen: 100 });
    expect(r.waktuLayanan.tidakTerhitung).toMatchObject({ jumlah: 0, persen: 0 });
    expect(strip(r.waktuLayanan.sebaran)).toEqual(expected.sebaran);
  });

  it('ranks the most requested information, grouping spelling variants', () => {
    expect(r.informasiTerbanyak.map((i: any) => [normaliseInformation(i.teks), i.jumlah])).toEqual([
      ['laporan realisasi anggaran 2025', 60],
      ['daftar penerima hibah 2025', 50],
      ['data jalan rusak per kecamatan', 40],
      ['rencana strategis 2025 2029', 30],
      ['sop pelayanan perizinan', 20],
    ]);
  });

  it('counts refusal grounds and the disputes registered in the quarter, from the dispute table', () => {
    expect(strip(r.alasanPenolakan)).toEqual(expected.alasan);
    expect(r.sengketa.jumlah).toMatchObject({ jumlah: 3, sel: 'sengketa' });
    expect(strip(r.sengketa)).toEqual(expected.sengketa);
    expect(r.pasal12).toMatchObject({ a_diterima: { jumlah: 240 }, b_rataRataHariKerja: 8, c_dikabulkan: { jumlah: 160 }, c_ditolak: { jumlah: 40 } });
  });

  it('every number equals the rows listed behind it', async () => {
    const cells: Array<{ jumlah: number; sel: string }> = [];
    const table = (b: any) => cells.push(b.jumlah, ...b.baris);
    table(r.perSaluran);
    table(r.pemohon);
    table(r.status);
    for (const s of r.saluran.filter((x: any) => x.pemohon.jumlah.jumlah > 0)) {
      table(s.pemohon);
      table(s.status);
    }
    table(r.waktuLayanan.sebaran);
    table(r.alasanPenolakan);
    table(r.sengketa);
    cells.push(r.waktuLayanan.terhitung, r.waktuLayanan.tidakTerhitung, ...r.informasiTerbanyak);
    expect(cells.length).toBe(100); // 10 + 4 + 6 + 5 channels × (4 + 6) + 4 + 13 + 6 + 2 + 5
    for (const cell of cells) {
      const res = await ppid.get(`/api/laporan-kip/rincian?unit=${f.unitA.id}&${Q1}&sel=${encodeURIComponent(cell.sel)}`);
      expect(res.status, cell.sel).toBe(200);
      expect(res.body.baris.length, cell.sel).toBe(cell.jumlah);
      expect(res.body.jumlah, cell.sel).toBe(cell.jumlah);
    }
  }, 120_000);

  it('lists the rows behind a cell without personal data', async () => {
    const res = await ppid.get(`/api/laporan-kip/rincian?unit=${f.unitA.id}&${Q1}&sel=${encodeURIComponent('saluran:whatsapp,status:ditolak')}`);
    expect(res.body.jenis).toBe('permohonan');
    expect(res.body.baris).toHaveLength(4);
    expect(res.body.baris[0]).toMatchObject({ channel: 'whatsapp', status: 'ditolak', group: 'ditolak' });
    expect(res.text).not.toMatch(/Pemohon Fiktif|contoh\.test|0812000/);
    const disputes = await ppid.get(`/api/laporan-kip/rincian?unit=${f.unitA.id}&${Q1}&sel=sengketa`);
    expect(disputes.body).toMatchObject({ jenis: 'sengketa', jumlah: 3 });
    expect(disputes.body.baris.map((d: any) => d.registeredOn)).toEqual(['2026-02-10', '2026-03-05', '2026-03-31']);
  });
});

describe('other scopes and periods', () => {
  it('the whole tenant (admin) adds unit B: 250 requests, email 90 = 36%, average 1600/210 = 7.6, 4 disputes', async () => {
    const admin = new TestClient(w.app);
    await admin.signIn(f.admin.email, PASSWORD);
    const res = await admin.get(`/api/laporan-kip?${Q1}`);
    expect(res.status).toBe(200);
    expect(res.body.lingkup).toMatchObject({ unit: null, nama: 'Seluruh perangkat daerah Pemerintah Provinsi Uji' });
    expect(res.body.perSaluran.jumlah.jumlah).toBe(250);
    expect(res.body.perSaluran.baris.find((b: any) => b.kunci === 'email')).toMatchObject({ jumlah: 90, persen: 36 });
    expect(res.body.waktuLayanan.rataRataHariKerja).toBe(7.6);
    expect(res.body.sengketa.jumlah.jumlah).toBe(4);
  });

  it('the annual report of 2026 carries the Pasal 12 numbers; one day of March alone has the 40 + 40 + 20 requests dated 30–31 March', async () => {
    const year = await ppid.get(`/api/laporan-kip?unit=${f.unitA.id}&jenis=tahunan&dari=2026-01-01&sampai=2026-12-31`);
    expect(year.body.periode.label).toBe('Tahun 2026');
    // The year adds the request of 1 April 00:00 WITA (terdaftar) and the dispute of 1 April.
    expect(year.body.pasal12).toMatchObject({
      a_diterima: { jumlah: 241 },
      c_dikabulkan: { jumlah: 160, persen: 66.4 },
      c_ditolak: { jumlah: 40, persen: 16.6 },
    });
    expect(year.body.sengketa.jumlah.jumlah).toBe(4);
    const lastDays = await ppid.get(`/api/laporan-kip?unit=${f.unitA.id}&dari=2026-03-30&sampai=2026-03-31`);
    // Undecided requests: the first is 1 Jan, the second 31 Mar 23:59, the other 38 on 30 March.
    expect(lastDays.body.perSaluran.jumlah.jumlah).toBe(39);
    expect(lastDays.body.periode.label).toBe('30 Maret 2026 s.d. 31 Maret 2026');
  });
});

// Triwulan IV 2025 of unit A, entered through the request module (due dates counted at receipt on
// the 2025 SKB calendar: 25 Dec holiday, 26 Dec cuti bersama; 1 Jan 2026 holiday), decisions dated
// by their written notice. Every request received 10:00 WITA; working days after day 0, by hand:
//  S1 Wed 1 Oct → granted, notice Fri 10 Oct: 2, 3, 6–10 = 7 (due 15 Oct)
//  S2 Mon 3 Nov → refused (Pasal 17 h), notice Mon 17 Nov: 4–7, 10–14, 17 = 10 (due 17 Nov)
//  S3 Mon 1 Dec → never answered (due 15 Dec: 2–5, 8–12, 15)
//  S4 Mon 1 Dec → granted, notice Mon 5 Jan 2026: 2–5, 8–12, 15–19, 22–24, 29–31, 2 Jan, 5 Jan = 22 (due 15 Dec)
//  S5 Mon 15 Dec → refused (Pasal 17 b), notice Wed 7 Jan 2026: 16–19, 22–24, 29–31, 2 Jan, 5–7 Jan = 14 (due 31 Dec)
//  S6 Mon 3 Nov → extended on Fri 14 Nov to Wed 26 Nov (17 Nov + 18–21, 24–26), never answered
//  S7 Mon 3 Nov → never answered (due 17 Nov)
//  F0 the fixture's letter of 31 Dec 2025 23:59 WITA: registered, no due date recorded (stays "diproses")
describe('status as of a date, and "Ditolak/tidak dijawab" (Triwulan IV 2025, hand-computed)', () => {
  const Q4 = 'jenis=triwulan&dari=2025-10-01&sampai=2025-12-31';
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const tenant = await getTenant(w.services.db, f.tenant.id);
    const admin = sessionUser(f.admin);
    const make = async (key: string, receivedAt: string, steps: TransitionInput[]) => {
      const { permohonan: row } = await registerPermohonan(
        w.services,
        tenant,
        f.unitA,
        sampleRequest({ receivedAt: new Date(receivedAt), channel: 'email' }),
        null,
      );
      for (const step of [{ ke: 'diproses' } as TransitionInput, ...steps])
        await transitionPermohonan(w.services, admin, await loadActor(w.services.db, admin), row.id, step);
      ids[key] = row.id;
    };
    await make('S1', '2025-10-01T02:00:00Z', [{ ke: 'dikabulkan_seluruhnya', tanggal: '2025-10-10' }]);
    await make('S2', '2025-11-03T02:00:00Z', [{ ke: 'ditolak', dasar: 'pasal_17_h', tanggal: '2025-11-17' }]);
    await make('S3', '2025-12-01T02:00:00Z', []);
    await make('S4', '2025-12-01T02:00:00Z', [{ ke: 'dikabulkan_seluruhnya', tanggal: '2026-01-05' }]);
    await make('S5', '2025-12-15T02:00:00Z', [{ ke: 'ditolak', dasar: 'pasal_17_b', tanggal: '2026-01-07' }]);
    await make('S6', '2025-11-03T02:00:00Z', []);
    await make('S7', '2025-11-03T02:00:00Z', []);
    // The extension of S6 as it was recorded on 14 November (the API refuses one after the deadline today).
    await w.services.db.update(permohonan).set({ status: 'diperpanjang', extendedDueDate: '2025-11-26' }).where(eq(permohonan.id, ids.S6!));
    await w.services.db.insert(alurRiwayat).values({
      entity: 'permohonan',
      entityId: ids.S6!,
      fromStatus: 'diproses',
      toStatus: 'diperpanjang',
      actorLabel: 'uji',
      at: new Date('2025-11-14T02:00:00Z'),
    });
  });

  it('records the due dates the hand count uses', async () => {
    const rows = await w.services.db
      .select()
      .from(permohonan)
      .where(inArray(permohonan.id, Object.values(ids)));
    const due = Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, rows.find((r) => r.id === id)!.dueDate]));
    expect(due).toEqual({ S1: '2025-10-15', S2: '2025-11-17', S3: '2025-12-15', S4: '2025-12-15', S5: '2025-12-31', S6: '2025-11-17', S7: '2025-11-17' });
  });

  it('by default counts status on 31 December 2025: S4 and S5 were decided in January, so they count as on that day', async () => {
    const res = await ppid.get(`/api/laporan-kip?unit=${f.unitA.id}&${Q4}`);
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.statusPer).toEqual({ dasar: 'akhir-periode', tanggal: '2025-12-31' });
    expect(r.catatan).toContain(
      'Status permohonan dihitung per 31 Desember 2025, hari terakhir periode: keputusan sesudah tanggal itu tidak mengubah laporan ini.',
    );
    // 8 received: granted S1; refused S2; not answered S3, S4 (due 15 Dec), S6 (extended to 26 Nov), S7;
    // in process S5 (due on 31 Dec itself) and F0. 5/8 = 62.5 %, 1/8 = 12.5 %, 2/8 = 25 %.
    expect(strip(r.status)).toEqual(
      rows([
        ['dipenuhi', 1, 12.5],
        ['ditolak', 5, 62.5],
        ['diproses', 2, 25],
        ['ditarik', 0, 0],
        ['diteruskan', 0, 0],
      ]),
    );
    expect(r.status.baris[1].label).toBe('Ditolak/tidak dijawab');
    expect(strip(r.ditolakRincian)).toEqual(
      rows([
        ['ditolak', 1, 20],
        ['tidak-dijawab', 4, 80],
      ]),
    );
    expect(r.ditolakRincian.baris.map((b: any) => b.sel)).toEqual(['status:ditolak,jawaban:ditolak', 'status:ditolak,jawaban:tidak-dijawab']);
    // Service time of the two decided by 31 Dec: (7 + 10) / 2 = 8.5, both within 10 days.
    expect(r.waktuLayanan.rataRataHariKerja).toBe(8.5);
    expect(r.waktuLayanan.terhitung.jumlah).toBe(2);
    expect(strip(r.waktuLayanan.sebaran)).toEqual(
      rows([
        ['0-10', 2, 100],
        ['11-17', 0, 0],
        ['lebih-17', 0, 0],
      ]),
    );
    expect(r.pasal12).toMatchObject({
      c_dikabulkan: { jumlah: 1, persen: 12.5 },
      c_ditolak: { jumlah: 1, persen: 12.5 },
      c_tidakDijawab: { jumlah: 4, persen: 50 },
    });
    // Grounds only of the refusal with a notice: 1 of 1.
    expect(r.alasanPenolakan.jumlah.jumlah).toBe(1);
    expect(r.alasanPenolakan.baris.find((b: any) => b.kunci === 'pasal_17_h')).toMatchObject({ jumlah: 1, persen: 100 });
  });

  it('the rows behind "tidak dijawab" are the four unanswered requests, each with its deadline and today’s status', async () => {
    const res = await ppid.get(`/api/laporan-kip/rincian?unit=${f.unitA.id}&${Q4}&sel=${encodeURIComponent('status:ditolak,jawaban:tidak-dijawab')}`);
    expect(res.status).toBe(200);
    const got = Object.fromEntries(res.body.baris.map((b: any) => [b.id, [b.jatuhTempo, b.statusSekarang, b.tidakDijawab]]));
    expect(got).toEqual({
      [ids.S3!]: ['2025-12-15', 'diproses', true],
      [ids.S4!]: ['2025-12-15', 'dikabulkan_seluruhnya', true],
      [ids.S6!]: ['2025-11-26', 'diperpanjang', true],
      [ids.S7!]: ['2025-11-17', 'diproses', true],
    });
    const refused = await ppid.get(`/api/laporan-kip/rincian?unit=${f.unitA.id}&${Q4}&sel=jawaban:ditolak`);
    expect(refused.body.baris.map((b: any) => b.id)).toEqual([ids.S2]);
    // Every cell of the split equals its rows.
    const report = (await ppid.get(`/api/laporan-kip?unit=${f.unitA.id}&${Q4}`)).body;
    for (const cell of [report.status.baris[1], ...report.ditolakRincian.baris, report.ditolakRincian.jumlah, report.pasal12.c_tidakDijawab]) {
      const rowsOf = await ppid.get(`/api/laporan-kip/rincian?unit=${f.unitA.id}&${Q4}&sel=${encodeURIComponent(cell.sel)}`);
      expect(rowsOf.body.jumlah, cell.sel).toBe(cell.jumlah);
    }
  });

  it('statusPer=hari-ini counts the January decisions: S4 granted (22 days), S5 refused late (14 days)', async () => {
    const res = await ppid.get(`/api/laporan-kip?unit=${f.unitA.id}&${Q4}&statusPer=hari-ini`);
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.statusPer.dasar).toBe('hari-ini');
    expect(r.catatan.some((c: string) => c.startsWith('Status permohonan dihitung per hari ini'))).toBe(true);
    // Granted S1, S4 = 2; refused S2, S5 + not answered S3, S6, S7 = 5; in process F0 = 1.
    expect(strip(r.status).slice(0, 3)).toEqual(
      rows([
        ['dipenuhi', 2, 25],
        ['ditolak', 5, 62.5],
        ['diproses', 1, 12.5],
      ]),
    );
    expect(strip(r.ditolakRincian)).toEqual(
      rows([
        ['ditolak', 2, 40],
        ['tidak-dijawab', 3, 60],
      ]),
    );
    // (7 + 10 + 22 + 14) / 4 = 53 / 4 = 13.25 → 13.3; bands 2 / 1 / 1 of 4.
    expect(r.waktuLayanan.rataRataHariKerja).toBe(13.3);
    expect(strip(r.waktuLayanan.sebaran)).toEqual(
      rows([
        ['0-10', 2, 50],
        ['11-17', 1, 25],
        ['lebih-17', 1, 25],
      ]),
    );
    expect(r.pasal12).toMatchObject({ c_ditolak: { jumlah: 2, persen: 25 }, c_tidakDijawab: { jumlah: 3, persen: 37.5 } });
  });

  it('an extension counts from the day it was recorded: 1–20 November 2025 (as of 20 Nov)', async () => {
    const range = 'dari=2025-11-01&sampai=2025-11-20';
    const r = (await ppid.get(`/api/laporan-kip?unit=${f.unitA.id}&${range}`)).body;
    // S2 refused 17 Nov; S6 extended on 14 Nov, running to 26 Nov: in process; S7 past 17 Nov: not answered.
    expect(strip(r.status).slice(0, 3)).toEqual(
      rows([
        ['dipenuhi', 0, 0],
        ['ditolak', 2, 66.7],
        ['diproses', 1, 33.3],
      ]),
    );
    expect(strip(r.ditolakRincian)).toEqual(
      rows([
        ['ditolak', 1, 50],
        ['tidak-dijawab', 1, 50],
      ]),
    );
    const open = await ppid.get(`/api/laporan-kip/rincian?unit=${f.unitA.id}&${range}&sel=status:diproses`);
    expect(open.body.baris).toHaveLength(1);
    expect(open.body.baris[0]).toMatchObject({ id: ids.S6, status: 'diperpanjang', jatuhTempo: '2025-11-26', tidakDijawab: false });
  });

  it('the Word document says which date it counts and carries the split, for both bases', async () => {
    const docx = async (extra: string) => {
      const res = await w.app.request(`/api/laporan-kip/laporan.docx?unit=${f.unitA.id}&${Q4}${extra}`, { headers: { cookie: ppid.cookie as string } });
      expect(res.status).toBe(200);
      return docxText(new Uint8Array(await res.arrayBuffer())).replace(/\n/g, '|');
    };
    const end = await docx('');
    expect(end).toContain('Status permohonan dihitung per 31 Desember 2025, hari terakhir periode');
    expect(end).toContain('2.|Ditolak/tidak dijawab|5|62,5%');
    expect(end).toContain('Rincian permohonan ditolak/tidak dijawab');
    expect(end).toContain('1.|Ditolak dengan pemberitahuan tertulis|1|20%');
    expect(end).toContain('2.|Tidak dijawab dalam jangka waktu|4|80%');
    const now = await docx('&statusPer=hari-ini');
    expect(now).toContain('Status permohonan dihitung per hari ini');
    expect(now).toContain('2.|Tidak dijawab dalam jangka waktu|3|60%');
  });

  it('statusPer: 401 without a session, 403 for a writer, 400 naming the field', async () => {
    expect((await new TestClient(w.app).get(`/api/laporan-kip?unit=${f.unitA.id}&${Q4}&statusPer=hari-ini`)).status).toBe(401);
    const writer = new TestClient(w.app);
    await writer.signIn(f.writerA.email, PASSWORD);
    expect((await writer.get(`/api/laporan-kip?unit=${f.unitA.id}&${Q4}&statusPer=hari-ini`)).status).toBe(403);
    const bad = await ppid.get(`/api/laporan-kip?unit=${f.unitA.id}&${Q4}&statusPer=kemarin`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'invalid', field: 'statusPer', message: 'Dasar status harus akhir-periode atau hari-ini.' });
    expect((await ppid.get(`/api/laporan-kip/laporan.docx?unit=${f.unitA.id}&${Q4}&statusPer=hari-ini`)).status).toBe(200);
  });
});
