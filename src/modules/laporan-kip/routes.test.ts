import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../../lib/chromium.ts';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { docxText } from '../pemberitahuan/test-docx.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { FORMULA_TEXT, seedKipRegister } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
let ppidB: TestClient;
let evaluator: TestClient;
let writer: TestClient;
let admin: TestClient;
const Q1 = 'dari=2026-01-01&sampai=2026-03-31';
const unitA = () => `unit=${f.unitA.id}&${Q1}`;
const texts = { kendala: 'Ruang layanan direnovasi.', rekomendasi: 'Tambah petugas piket.', tindakLanjut: 'Ruang layanan sementara di lobi.' };

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitB.id, 'ppid_utama', 'ppid-b', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitB.id, 'evaluator', 'evaluator', PASSWORD);
  const client = async (email: string) => {
    const c = new TestClient(w.app);
    await c.signIn(email, PASSWORD);
    return c;
  };
  ppid = await client('ppid-a@uji.test');
  ppidB = await client('ppid-b@uji.test');
  evaluator = await client('evaluator@uji.test');
  writer = await client(f.writerA.email);
  admin = await client(f.admin.email);
  await seedKipRegister(w.services, f.tenant.id, f.unitA, f.unitB);
});
afterAll(() => w.stop());

const audits = (action: string) =>
  w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action)));

describe('who may read a report (every GET endpoint)', () => {
  const paths = [
    '/api/laporan-kip',
    '/api/laporan-kip/laporan.docx',
    '/api/laporan-kip/laporan.pdf',
    '/api/laporan-kip/register.csv',
    '/api/laporan-kip/register.xlsx',
  ];

  it('401 without a session, 403 for other roles and other units, the tenant only for admins and evaluators', async () => {
    for (const p of [...paths, '/api/laporan-kip/rincian']) {
      const q = `${p}?${unitA()}&sel=semua`;
      expect((await new TestClient(w.app).get(q)).status, p).toBe(401);
      expect((await writer.get(q)).status, p).toBe(403);
      expect((await ppidB.get(q)).status, p).toBe(403);
      expect((await ppid.get(`${p}?${Q1}&sel=semua`)).status, `${p} tenant`).toBe(403);
    }
    expect((await evaluator.get(`/api/laporan-kip?${unitA()}`)).status).toBe(200);
    expect((await evaluator.get(`/api/laporan-kip?${Q1}`)).status).toBe(200);
    expect((await admin.get(`/api/laporan-kip?${Q1}`)).status).toBe(200);
  });

  it('400 naming the field', async () => {
    const bad: Array<[string, string]> = [
      [`/api/laporan-kip?unit=${f.unitA.id}&jenis=bulanan`, 'jenis'],
      [`/api/laporan-kip?unit=${f.unitA.id}&dari=2026-03-31&sampai=2026-01-01`, 'sampai'],
      [`/api/laporan-kip?unit=${f.unitA.id}&dari=2026-01-01`, 'sampai'],
      [`/api/laporan-kip?unit=${f.unitA.id}&dari=2025-01-01&sampai=2026-03-31`, 'sampai'],
      [`/api/laporan-kip?unit=${f.unitA.id}&dari=31-03-2026&sampai=2026-03-31`, 'dari'],
      [`/api/laporan-kip?unit=bukan-uuid&${Q1}`, 'unit'],
      [`/api/laporan-kip?unit=00000000-0000-4000-8000-000000000000&${Q1}`, 'unit'],
      [`/api/laporan-kip/laporan.docx?unit=${f.unitA.id}&jenis=bulanan`, 'jenis'],
      [`/api/laporan-kip/laporan.pdf?unit=${f.unitA.id}&jenis=bulanan`, 'jenis'],
      [`/api/laporan-kip/rincian?${unitA()}&sel=saluran:merpati`, 'sel'],
      [`/api/laporan-kip/rincian?${unitA()}&sel=sengketa,saluran:email`, 'sel'],
      [`/api/laporan-kip/rincian?${unitA()}`, 'sel'],
      [`/api/laporan-kip/register.csv?${unitA()}&dataPribadi=ya`, 'dataPribadi'],
      [`/api/laporan-kip/register.xlsx?unit=${f.unitA.id}&dari=2026-13-01&sampai=2026-12-31`, 'dari'],
    ];
    for (const [path, field] of bad) {
      const res = await ppid.get(path);
      expect(res.status, path).toBe(400);
      expect(res.body, path).toMatchObject({ code: 'invalid', field });
      expect(res.body.message, path).toBeTruthy();
    }
  });
});

describe('PUT /api/laporan-kip/teks', () => {
  const body = (extra: Record<string, unknown> = {}) => ({ unit: f.unitA.id, jenis: 'triwulan', dari: '2026-01-01', sampai: '2026-03-31', ...texts, ...extra });

  it('401, 403 (other unit, writer, read-only evaluator, PPID for the whole tenant), 400 naming the field', async () => {
    expect((await new TestClient(w.app).put('/api/laporan-kip/teks', body())).status).toBe(401);
    expect((await writer.put('/api/laporan-kip/teks', body())).status).toBe(403);
    expect((await ppidB.put('/api/laporan-kip/teks', body())).status).toBe(403);
    expect((await evaluator.put('/api/laporan-kip/teks', body())).status).toBe(403);
    expect((await ppid.put('/api/laporan-kip/teks', body({ unit: undefined }))).status).toBe(403);
    expect((await ppid.put('/api/laporan-kip/teks', body({ kendala: 'x'.repeat(20_001) }))).body).toMatchObject({ code: 'invalid', field: 'kendala' });
    expect((await ppid.put('/api/laporan-kip/teks', body({ rekomendasi: undefined }))).body).toMatchObject({ code: 'invalid', field: 'rekomendasi' });
    expect((await ppid.put('/api/laporan-kip/teks', body({ sampai: '2025-12-31' }))).body).toMatchObject({ code: 'invalid', field: 'sampai' });
  });

  it('saves the texts of the unit’s period with an audit row; the report shows them; edits keep one row', async () => {
    const first = await ppid.put('/api/laporan-kip/teks', body({ kendala: 'Draf' }));
    expect(first.status).toBe(200);
    const res = await ppid.put('/api/laporan-kip/teks', body());
    expect(res.status).toBe(200);
    expect(res.body.teks).toMatchObject(texts);
    const report = await ppid.get(`/api/laporan-kip?${unitA()}`);
    expect(report.body.teks).toMatchObject(texts);
    const rows = await audits('laporan_kip.texts_saved');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ before: { kendala: 'Draf' }, after: { kendala: texts.kendala, unitId: f.unitA.id } });
    // Another period and the tenant's report have their own (empty) texts; an admin writes the tenant's.
    expect((await ppid.get(`/api/laporan-kip?unit=${f.unitA.id}&dari=2026-04-01&sampai=2026-06-30`)).body.teks.kendala).toBe('');
    expect((await admin.put('/api/laporan-kip/teks', body({ unit: undefined, kendala: 'Kendala provinsi' }))).status).toBe(200);
    expect((await admin.get(`/api/laporan-kip?${Q1}`)).body.teks.kendala).toBe('Kendala provinsi');
    expect((await ppid.get(`/api/laporan-kip?${unitA()}`)).body.teks.kendala).toBe(texts.kendala);
  });
});

describe('documents', () => {
  it('DOCX holds seed 003’s tables, the Pasal 12 summary in the annual report, the texts, and charts as pictures', async () => {
    await ppid.put('/api/laporan-kip/teks', { unit: f.unitA.id, dari: '2026-01-01', sampai: '2026-03-31', ...texts });
    const res = await ppid.request('GET', `/api/laporan-kip/laporan.docx?${unitA()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toContain('laporan-kip-triwulan-dinas-a-2026-01-01-2026-03-31.docx');
    const bytes = new Uint8Array(
      await (await w.app.request(`/api/laporan-kip/laporan.docx?${unitA()}`, { headers: { cookie: ppid.cookie as string } })).arrayBuffer(),
    );
    const text = docxText(bytes).replace(/\n/g, '|');
    expect(text).toContain('LAPORAN IMPLEMENTASI KETERBUKAAN INFORMASI PUBLIK');
    expect(text).toContain('Triwulan I (Januari – Maret) Tahun 2026');
    // Tabel: email's requesters (seed 003 Tabel 1 layout: No., type, count, share; total row).
    expect(text).toMatch(/Tabel \d+\. Data pemohon informasi melalui E-mail/);
    expect(text).toContain('1.|Perseorangan|50|62,5%');
    expect(text).toContain('|Jumlah|80|100%');
    expect(text).toContain('Dipenuhi (seluruhnya atau sebagian)|160|66,7%');
    expect(text).toContain('Rata-rata waktu pelayanan: 8 hari kerja, dari 200 permohonan');
    expect(text).toContain('Jumlah sengketa informasi pada periode ini: 3.');
    expect(text).toContain(texts.tindakLanjut);
    expect(text).not.toContain('Pemohon Fiktif');
    if (chromiumAvailable()) {
      const media = Object.keys(unzipSync(bytes)).filter((k) => k.startsWith('word/media/'));
      // Channels, requesters and status overall, plus requesters and status for each of 5 channels.
      expect(media).toHaveLength(13);
    }
    const year = docxText(
      new Uint8Array(
        await (
          await w.app.request(`/api/laporan-kip/laporan.docx?unit=${f.unitA.id}&jenis=tahunan&dari=2026-01-01&sampai=2026-12-31`, {
            headers: { cookie: ppid.cookie as string },
          })
        ).arrayBuffer(),
      ),
    ).replace(/\n/g, '|');
    expect(year).toContain('LAPORAN TAHUNAN LAYANAN INFORMASI PUBLIK');
    expect(year).toContain('Ringkasan layanan (UU 14/2008 Pasal 12)');
    expect(year).toContain('a.|Jumlah permohonan informasi yang diterima|241');
    expect(year).toContain('c.|Permohonan yang dikabulkan seluruhnya atau sebagian|160');
    expect(year).toContain('Pasal 17 huruf b|12|30%');
  }, 60_000);

  it.skipIf(!chromiumAvailable())(
    'PDF is a real PDF',
    async () => {
      const res = await w.app.request(`/api/laporan-kip/laporan.pdf?${unitA()}`, { headers: { cookie: ppid.cookie as string } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(10_000);
    },
    60_000,
  );

  it('without Chromium: PDF answers 503 pointing to Word, DOCX still has every table', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const pdf = await ppid.get(`/api/laporan-kip/laporan.pdf?${unitA()}`);
      expect(pdf.status).toBe(503);
      expect(pdf.body).toMatchObject({ code: 'unavailable' });
      expect(pdf.body.message).toContain('Word');
      const res = await w.app.request(`/api/laporan-kip/laporan.docx?${unitA()}`, { headers: { cookie: ppid.cookie as string } });
      expect(res.status).toBe(200);
      const text = docxText(new Uint8Array(await res.arrayBuffer())).replace(/\n/g, '|');
      expect(text).toContain('Grafik tidak disertakan');
      expect(text).toContain('1.|Perseorangan|50|62,5%');
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});

describe('register exports', () => {
  it('CSV: the period’s 240 rows, no contact data, a formula typed by the public neutralised', async () => {
    const res = await ppid.get(`/api/laporan-kip/register.csv?${unitA()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('register-permohonan-dinas-a-2026-01-01-2026-03-31.csv');
    const raw = new Uint8Array(
      await (await w.app.request(`/api/laporan-kip/register.csv?${unitA()}`, { headers: { cookie: ppid.cookie as string } })).arrayBuffer(),
    );
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark for Excel
    const lines = res.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(241);
    expect(lines[0]).toContain('Waktu layanan (hari kerja)');
    expect(lines[0]).not.toContain('Nama pemohon');
    expect(res.text).not.toMatch(/Pemohon Fiktif|pemohon\d+@|Jalan Contoh|0812000/);
    expect(res.text).toContain(`"'=HYPERLINK(""http://contoh.test"",""klik"")"`);
    expect(res.text).not.toMatch(/,=HYPERLINK/);
    expect(await audits('laporan_kip.register_personal_exported')).toHaveLength(0);
  });

  it('XLSX: the same rows; with dataPribadi=1 the unit’s PPID gets contacts and the export is audited; evaluators may not', async () => {
    const read = async (path: string, who: TestClient) => {
      const res = await w.app.request(path, { headers: { cookie: who.cookie as string } });
      expect(res.status, path).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      const sheet = book.worksheets[0]!;
      return sheet.getSheetValues().filter(Boolean) as unknown[][];
    };
    const plain = await read(`/api/laporan-kip/register.xlsx?${unitA()}`, ppid);
    expect(plain).toHaveLength(241);
    expect(plain[0]).not.toContain('Nama pemohon');
    // In a workbook the typed text stays a text cell (no <f> formula element), shown as typed.
    expect(plain.flat()).toContain(FORMULA_TEXT);
    expect(plain.flat().some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    const raw = await w.app.request(`/api/laporan-kip/register.xlsx?${unitA()}`, { headers: { cookie: ppid.cookie as string } });
    const sheetXml = strFromU8(unzipSync(new Uint8Array(await raw.arrayBuffer()))['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).not.toContain('<f>');

    expect((await evaluator.get(`/api/laporan-kip/register.xlsx?${unitA()}&dataPribadi=1`)).status).toBe(403);
    expect((await evaluator.get(`/api/laporan-kip/register.xlsx?${unitA()}`)).status).toBe(200);
    const personal = await read(`/api/laporan-kip/register.xlsx?${unitA()}&dataPribadi=1`, ppid);
    expect(personal[0]).toContain('Nama pemohon');
    expect(personal.flat()).toContain('pemohon0@contoh.test');
    const [audit] = await audits('laporan_kip.register_personal_exported');
    expect(audit).toMatchObject({ entity: 'unit', entityId: f.unitA.id, after: { format: 'xlsx', rows: 240, dari: '2026-01-01' } });
  });

  it('the tenant’s register (admin) covers both units: 250 rows', async () => {
    const res = await admin.get(`/api/laporan-kip/register.csv?${Q1}`);
    expect(res.text.trimEnd().split('\r\n')).toHaveLength(251);
  });
});
