import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { registerKeberatan } from '../keberatan/register-keberatan.ts';
import { sengketa } from '../keberatan/schema.ts';
import { completeCalendarAhead, sampleObjection, sessionUser, todayWita } from '../keberatan/test-fixture.ts';
import { loadActor } from '../org/actor.ts';
import type { Unit } from '../org/find-units.ts';
import { getTenant } from '../org/get-tenant.ts';
import { registerPermohonan } from '../permohonan/register-permohonan.ts';
import { permohonan } from '../permohonan/schema.ts';
import { sampleRequest } from '../permohonan/test-fixture.ts';
import type { TransitionInput } from '../permohonan/transition.ts';
import { transitionPermohonan } from '../permohonan/transition.ts';
import { stylesheet } from '../site/stylesheet.ts';
import { currentQuarter, publishedReports } from './portal-periods.ts';
import { cachedPortalReport, PORTAL_REPORT_TTL_MS } from './portal-report-cache.ts';
import { saveReportTexts } from './save-report-texts.ts';

let w: TestWarta;
let f: Fixture;
const page = (path: string) => w.app.request(path, { headers: { host: 'warta.test' } });
const html = async (path: string) => {
  const res = await page(path);
  expect(res.status, path).toBe(200);
  return res.text();
};

// Fictional requesters whose data must never reach the public pages, and a request text that
// carries personal data (the reason the page shows ranks and counts, not the texts).
const people = [
  {
    requesterName: 'Siti Fiktif Rahayu',
    requesterEmail: 'siti.fiktif@contoh.test',
    requesterPhone: '0812 3456 7890',
    requesterAddress: 'Jalan Kenari Fiktif 7',
  },
  { requesterName: 'Yayasan Lontar Fiktif', requesterEmail: 'yayasan@contoh.test', requesterPhone: '0380 111 222', requesterAddress: 'Jalan Cendana Fiktif 2' },
  { requesterName: 'Kelompok Tani Fiktif', requesterEmail: 'tani@contoh.test', requesterPhone: '0813 9999 0000', requesterAddress: 'Desa Fiktif' },
  {
    requesterName: 'Budi Fiktif Santoso',
    requesterEmail: 'budi.fiktif@contoh.test',
    requesterPhone: '0821 7777 6666',
    requesterAddress: 'Jalan Asam Fiktif 3',
  },
];
const PERSONAL_TEXT = 'Salinan KTP atas nama Budi Fiktif NIK 5371010101010001';

/** A request through the request module, moved through `steps`, decided at `decidedAt`. */
async function request(unit: Unit, fields: Parameters<typeof sampleRequest>[0], steps: TransitionInput[] = [], decidedAt?: string) {
  const tenant = await getTenant(w.services.db, f.tenant.id);
  const { permohonan: row } = await registerPermohonan(w.services, tenant, unit, sampleRequest(fields), null);
  const admin = sessionUser(f.admin);
  for (const step of steps) await transitionPermohonan(w.services, admin, await loadActor(w.services.db, admin), row.id, step);
  // The decision is stamped with the clock; set it to the date the hand count below uses.
  if (decidedAt)
    await w.services.db
      .update(permohonan)
      .set({ decidedAt: new Date(decidedAt) })
      .where(eq(permohonan.id, row.id));
  return row;
}

const Q3 = '/dinas-a/ppid/laporan/2026/tw3';

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await completeCalendarAhead(w.services, f);
  // Unit A's first request: Friday 15 May 2026 (Triwulan II), still open.
  await request(f.unitA, { ...people[0], receivedAt: new Date('2026-05-15T02:00:00Z'), channel: 'surat', informationDetails: 'Daftar aset daerah' });

  // Triwulan III 2026 of unit A, by hand (WITA = UTC+8; working days after the day received):
  // R1 website, perseorangan, Mon 6 Jul → granted Fri 10 Jul: 7, 8, 9, 10 = 4
  await request(
    f.unitA,
    {
      ...people[0],
      receivedAt: new Date('2026-07-06T02:00:00Z'),
      channel: 'website',
      requesterType: 'perseorangan',
      informationDetails: 'Laporan keuangan 2025',
    },
    [{ ke: 'diproses' }, { ke: 'dikabulkan_seluruhnya' }],
    '2026-07-10T03:00:00Z',
  );
  // R2 email, badan hukum, Mon 3 Aug → refused (Pasal 17 b) Wed 19 Aug: 4–7, 10–14, (17 Proklamasi) 18, 19 = 11
  const refused = await request(
    f.unitA,
    { ...people[1], receivedAt: new Date('2026-08-03T02:00:00Z'), channel: 'email', requesterType: 'badan_hukum', informationDetails: PERSONAL_TEXT },
    [{ ke: 'diproses' }, { ke: 'ditolak', dasar: 'pasal_17_b' }],
    '2026-08-19T03:00:00Z',
  );
  // R3 website, kelompok orang, Tue 1 Sep, still registered: past its deadline by 30 Sep, so not answered (no service time)
  await request(f.unitA, {
    ...people[2],
    receivedAt: new Date('2026-09-01T02:00:00Z'),
    channel: 'website',
    requesterType: 'kelompok_orang',
    informationDetails: 'Data irigasi desa',
  });
  // R4 email, perseorangan, Wed 30 Sep 23:00 WITA (still Triwulan III locally) → granted Fri 2 Oct: 1, 2 = 2.
  // Same information as R1 once case and punctuation are ignored: rank 1 with 2 requests.
  await request(
    f.unitA,
    {
      ...people[3],
      receivedAt: new Date('2026-09-30T15:00:00Z'),
      channel: 'email',
      requesterType: 'perseorangan',
      informationDetails: 'LAPORAN KEUANGAN 2025.',
    },
    [{ ke: 'diproses' }, { ke: 'dikabulkan_seluruhnya' }],
    '2026-10-02T03:00:00Z',
  );
  // Unit B's request in Triwulan I: never in unit A's reports, and it opens B's own list earlier.
  await request(f.unitB, { ...people[0], receivedAt: new Date('2026-02-10T02:00:00Z') });
  // Unit B's first request, for its annual report 2025: Mon 3 Nov 2025 → granted Fri 7 Nov: 4, 5, 6, 7 = 4.
  await request(
    f.unitB,
    { ...people[1], receivedAt: new Date('2025-11-03T02:00:00Z'), channel: 'datang_langsung', requesterType: 'badan_hukum' },
    [{ ke: 'diproses' }, { ke: 'dikabulkan_seluruhnya' }],
    '2025-11-07T03:00:00Z',
  );

  // One dispute of unit A registered at the Komisi Informasi in Triwulan III, now in mediation.
  const tenant = await getTenant(w.services.db, f.tenant.id);
  const objection = await registerKeberatan(w.services, tenant, f.unitA, sampleObjection(refused), null);
  await w.services.db.insert(sengketa).values({
    tenantId: f.tenant.id,
    unitId: f.unitA.id,
    keberatanId: objection.id,
    kiRegistrationNumber: 'KI-FIKTIF-9/2026',
    stage: 'mediasi',
    registeredOn: '2026-09-14',
  });
  // The officer wrote the obstacles only.
  await saveReportTexts(
    w.services,
    sessionUser(f.admin),
    { tenantId: f.tenant.id, unitId: f.unitA.id },
    { jenis: 'triwulan', dari: '2026-07-01', sampai: '2026-09-30' },
    { kendala: 'Jaringan internet ruang layanan terputus dua minggu.\nPetugas piket hanya satu orang.', rekomendasi: '', tindakLanjut: '' },
  );
});
afterAll(() => w.stop());

/** The cells of the body row headed `label` in the table captioned `caption`. */
function row(page: string, caption: string, label: string): string[] | null {
  const table = page.split('<table>').find((t) => t.includes(`>${caption}</caption>`));
  const tr = table?.split('<tr>').find((r) => r.includes(`<th scope="row">${label}</th>`));
  return tr ? [...tr.matchAll(/<td[^>]*>([^<]*)/g)].map((m) => m[1] as string) : null;
}

describe('publishedReports', () => {
  it('lists finished quarters and years from the first request on, newest first, never the running one', () => {
    const paths = (first: string | null, today: string) => publishedReports(first, today).map((r) => r.path.join('/'));
    expect(paths('2025-11-03', '2026-11-23')).toEqual(['2026/tw3', '2026/tw2', '2026/tw1', '2025', '2025/tw4']);
    // On the first day of a quarter the previous one has ended; on its last day it has not.
    expect(paths('2026-05-15', '2026-10-01')).toEqual(['2026/tw3', '2026/tw2']);
    expect(paths('2026-05-15', '2026-09-30')).toEqual(['2026/tw2']);
    expect(paths('2026-11-02', '2026-11-23')).toEqual([]);
    expect(paths(null, '2026-11-23')).toEqual([]);
  });
});

describe('cachedPortalReport', () => {
  it('counts once for readers arriving together and within the lifetime, again after it, and keeps no failure', async () => {
    let counts = 0;
    const compile = async () => ++counts;
    const t0 = 1_000_000;
    expect(await Promise.all([cachedPortalReport('k', compile, t0), cachedPortalReport('k', compile, t0 + 1)])).toEqual([1, 1]);
    expect(await cachedPortalReport('k', compile, t0 + PORTAL_REPORT_TTL_MS - 1)).toBe(1);
    expect(await cachedPortalReport('k', compile, t0 + PORTAL_REPORT_TTL_MS)).toBe(2);
    await expect(cachedPortalReport('f', async () => Promise.reject(new Error('gagal')), t0)).rejects.toThrow('gagal');
    expect(await cachedPortalReport('f', compile, t0 + 1)).toBe(3);
  });
});

describe('/{unit}/ppid/laporan', () => {
  it('lists every finished period since the unit’s first request, each linked, and not the current quarter', async () => {
    const list = await html('/dinas-a/ppid/laporan');
    expect(list).toContain('<h1>Laporan layanan informasi</h1>');
    expect(list).toContain('<a href="/dinas-a/ppid/laporan/2026/tw3">Triwulan III (Juli – September) Tahun 2026</a>');
    expect(list).toContain('<a href="/dinas-a/ppid/laporan/2026/tw2">Triwulan II (April – Juni) Tahun 2026</a>');
    // Triwulan I ended before unit A's first request (unit B's request is not A's).
    expect(list).not.toContain('/dinas-a/ppid/laporan/2026/tw1');
    expect(list.indexOf('2026/tw3')).toBeLessThan(list.indexOf('2026/tw2'));
    // The running quarter is named as not reported, never linked.
    const today = todayWita();
    const running = currentQuarter(today);
    const q = Math.floor((Number(running.dari.slice(5, 7)) - 1) / 3) + 1;
    expect(list).not.toContain(`/dinas-a/ppid/laporan/${today.slice(0, 4)}/tw${q}"`);
    expect(list).toContain('belum dilaporkan');
    const b = await html('/badan-b/ppid/laporan');
    expect(b).toContain('<a href="/badan-b/ppid/laporan/2026/tw1">');
    // The finished year 2025 (first request in November): its annual report first, then Triwulan IV.
    expect(b).toContain('<a href="/badan-b/ppid/laporan/2025">Laporan tahunan 2025</a>');
    expect(b.indexOf('2026/tw1')).toBeLessThan(b.indexOf('laporan/2025"'));
    expect(b.indexOf('laporan/2025"')).toBeLessThan(b.indexOf('2025/tw4'));
    expect(b).not.toContain('2025/tw3');
  });

  it('is linked from the PPID landing page and the e-Monev list', async () => {
    expect(await html('/dinas-a/ppid')).toContain('<a href="/dinas-a/ppid/laporan">Laporan layanan informasi</a>');
    expect(await html('/dinas-a/ppid/emonev')).toContain('href="/dinas-a/ppid/laporan"');
  });

  it('answers 404 for a bad, unfinished, too early or unknown period', async () => {
    const today = todayWita();
    const running = currentQuarter(today);
    const q = Math.floor((Number(running.dari.slice(5, 7)) - 1) / 3) + 1;
    for (const path of [
      '/dinas-a/ppid/laporan/2026/tw5',
      '/dinas-a/ppid/laporan/2026/q3',
      '/dinas-a/ppid/laporan/2026/tw3/x',
      '/dinas-a/ppid/laporan/26',
      '/dinas-a/ppid/laporan/abcd',
      '/dinas-a/ppid/laporan/2026/tw1',
      '/dinas-a/ppid/laporan/2025',
      `/dinas-a/ppid/laporan/${today.slice(0, 4)}`,
      `/dinas-a/ppid/laporan/${today.slice(0, 4)}/tw${q}`,
    ]) {
      expect((await page(path)).status, path).toBe(404);
    }
  });
});

describe('/{unit}/ppid/laporan/{tahun}/tw{q}', () => {
  // Counted as of 30 September 2026, the quarter's last day: R4 was granted on 2 October, after it,
  // so it is still "Diproses" here; R3 (received Tue 1 Sep, due 10 working days later, mid-September)
  // had no written notice by 30 September, so it is "Ditolak/tidak dijawab" — not answered in time.
  it('shows the hand-computed numbers of the quarter, as it stood on its last day', async () => {
    const r = await html(Q3);
    expect(r).toContain('Status permohonan dihitung per 30 September 2026, hari terakhir periode');
    expect(r).toContain('<h1>Laporan layanan informasi Triwulan III (Juli – September) Tahun 2026</h1>');
    expect(r).toContain('<dt>Jumlah permohonan informasi yang diterima</dt><dd>4</dd>');
    expect(r).toContain('<dt>Permohonan yang dikabulkan seluruhnya atau sebagian</dt><dd>1 (25%)</dd>');
    expect(r).toContain('<dt>Permohonan yang ditolak</dt><dd>1 (25%)</dd>');
    expect(r).toContain('<dt>Permohonan yang tidak dijawab dalam jangka waktu</dt><dd>1 (25%)</dd>');
    expect(r).toContain('<dt>Rata-rata waktu pemenuhan (hari kerja)</dt><dd>7,5</dd>');
    expect(r).toContain('<dt>Jumlah sengketa informasi</dt><dd>1</dd>');

    const channels = 'Jumlah permohonan informasi per media';
    expect(row(r, channels, 'Website')).toEqual(['2', '50%']);
    expect(row(r, channels, 'E-mail')).toEqual(['2', '50%']);
    expect(row(r, channels, 'Surat')).toEqual(['0', '0%']);
    expect(row(r, channels, 'Jumlah')).toEqual(['4', '100%']);
    const requesters = 'Data pemohon informasi (seluruh media)';
    expect(row(r, requesters, 'Perseorangan')).toEqual(['2', '50%']);
    expect(row(r, requesters, 'Kelompok orang')).toEqual(['1', '25%']);
    expect(row(r, requesters, 'Badan hukum')).toEqual(['1', '25%']);
    const status = 'Status pelayanan informasi (seluruh media)';
    expect(row(r, status, 'Dipenuhi (seluruhnya atau sebagian)')).toEqual(['1', '25%']);
    expect(row(r, status, 'Ditolak/tidak dijawab')).toEqual(['2', '50%']);
    expect(row(r, status, 'Diproses')).toEqual(['1', '25%']);
    const unanswered = 'Rincian permohonan ditolak/tidak dijawab';
    expect(row(r, unanswered, 'Ditolak dengan pemberitahuan tertulis')).toEqual(['1', '50%']);
    expect(row(r, unanswered, 'Tidak dijawab dalam jangka waktu')).toEqual(['1', '50%']);
    expect(row(r, status, 'Ditarik oleh pemohon')).toEqual(['0', '0%']);

    // Per channel: only channels with requests, shares of that channel's requests.
    const perChannel = 'Jenis pemohon per media';
    expect(row(r, perChannel, 'Website')).toEqual(['1 (50%)', '1 (50%)', '0 (0%)', '2']);
    expect(row(r, perChannel, 'E-mail')).toEqual(['1 (50%)', '0 (0%)', '1 (50%)', '2']);
    expect(row(r, perChannel, 'Surat')).toBeNull();
    // E-mail: R2 refused, R4 still in process on 30 Sep; website: R1 granted, R3 not answered.
    expect(row(r, 'Status pelayanan per media', 'E-mail')).toEqual(['0 (0%)', '1 (50%)', '1 (50%)', '0 (0%)', '0 (0%)', '2']);
    expect(row(r, 'Status pelayanan per media', 'Website')).toEqual(['1 (50%)', '1 (50%)', '0 (0%)', '0 (0%)', '0 (0%)', '2']);

    // Service time: (4 + 11) / 2 = 7,5 working days; R3 and R4 were not decided by 30 September.
    expect(r).toContain('Rata-rata waktu pelayanan: 7,5 hari kerja, dari 2 permohonan yang telah diputus');
    expect(row(r, 'Waktu pelayanan', '0–10 hari kerja')).toEqual(['1', '50%']);
    expect(row(r, 'Waktu pelayanan', '11–17 hari kerja (dengan perpanjangan)')).toEqual(['1', '50%']);
    expect(row(r, 'Waktu pelayanan', 'Lebih dari 17 hari kerja')).toEqual(['0', '0%']);

    // Most requested: R1 and R4 grouped (rank 1, 2 requests), then the two single ones.
    const top = 'Informasi yang paling banyak diminta';
    expect(row(r, top, 'Ke-1')).toEqual(['2']);
    expect(row(r, top, 'Ke-2')).toEqual(['1']);
    expect(row(r, top, 'Ke-3')).toEqual(['1']);
    expect(row(r, top, 'Ke-4')).toBeNull();
    expect(row(r, 'Alasan penolakan permohonan', 'Informasi yang dikecualikan menurut UU 14/2008 Pasal 17 huruf b')).toEqual(['1', '100%']);

    expect(r).toContain('Jumlah sengketa informasi pada periode ini: 1.');
    expect(row(r, 'Jumlah sengketa informasi', 'Mediasi')).toEqual(['1', '100%']);

    // The officer's obstacles, line by line; unwritten texts get no heading.
    expect(r).toContain('<p>Jaringan internet ruang layanan terputus dua minggu.</p><p>Petugas piket hanya satu orang.</p>');
    expect(r).not.toContain('Rencana tindak lanjut');
  });

  it('is accessible HTML: captions, header scopes, a share bar hidden from screen readers', async () => {
    const r = await html(Q3);
    expect(r).toContain('<caption id="t-media">Jumlah permohonan informasi per media</caption>');
    expect(r).toContain('<th scope="col">Media/saluran</th>');
    expect(r).toContain('<section class="table-wrap" aria-labelledby="t-media" tabindex="0">');
    expect(r).toContain('<span class="kip-bar kip-w50" aria-hidden="true"></span>');
    // Every bar width the page uses exists in the stylesheet.
    for (const m of r.matchAll(/kip-w(\d+)/g)) expect(stylesheet.css).toContain(`.kip-w${m[1]}{`);
  });

  it('never shows a requester’s data, the request texts, the KI registration number or staff links', async () => {
    const r = await html(Q3);
    for (const p of people) for (const value of Object.values(p)) expect(r, value).not.toContain(value);
    for (const text of [PERSONAL_TEXT, '5371010101010001', 'Laporan keuangan', 'Data irigasi', 'KI-FIKTIF', 'maria@contoh.test', 'Maria Uji Coba']) {
      expect(r, text).not.toContain(text);
    }
    expect(r).not.toContain('/admin');
    expect(r).not.toContain('/api/');
    expect(r).toContain('dapat memuat data pribadi');
  });

  it('weighs at most 30 KB with the stylesheet and needs no script, in Indonesian and English', async () => {
    for (const path of [Q3, `${Q3}?lang=en`, '/dinas-a/ppid/laporan']) {
      const r = await html(path);
      expect(Buffer.byteLength(r) + Buffer.byteLength(stylesheet.css), path).toBeLessThanOrEqual(30 * 1024);
      expect(r).not.toMatch(/<script/i);
    }
    const en = await html(`${Q3}?lang=en`);
    expect(en).toContain('Quarter III (July – September) 2026');
    expect(en).toContain('href="/dinas-a/ppid/laporan?lang=en"');
  });

  it('shows a quarter with only an open request: no service time, no disputes', async () => {
    const r = await html('/dinas-a/ppid/laporan/2026/tw2');
    expect(r).toContain('<dt>Jumlah permohonan informasi yang diterima</dt><dd>1</dd>');
    expect(r).toContain('<dt>Rata-rata waktu pemenuhan (hari kerja)</dt><dd>—</dd>');
    expect(r).toContain('Jumlah sengketa informasi pada periode ini: 0.');
  });

  it('shows a finished year as the annual report with the Pasal 12 basis', async () => {
    const r = await html('/badan-b/ppid/laporan/2025');
    expect(r).toContain('<h1>Laporan layanan informasi Tahun 2025</h1>');
    expect(r).toContain('Laporan Tahunan Layanan Informasi Publik — Badan Uji B');
    expect(r).toContain('Sesuai Pasal 12 Undang-Undang Nomor 14 Tahun 2008');
    expect(r).toContain('<dt>Jumlah permohonan informasi yang diterima</dt><dd>1</dd>');
    expect(r).toContain('<dt>Permohonan yang dikabulkan seluruhnya atau sebagian</dt><dd>1 (100%)</dd>');
    expect(r).toContain('<dt>Rata-rata waktu pemenuhan (hari kerja)</dt><dd>4</dd>');
    expect(row(r, 'Jumlah permohonan informasi per media', 'Ruang layanan (datang langsung)')).toEqual(['1', '100%']);
    expect(r).not.toContain('Alasan penolakan permohonan');
  });
});
