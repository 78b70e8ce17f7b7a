import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../../test/harness.ts';
import { stylesheet } from '../../site/stylesheet.ts';
import { informasi } from '../schema.ts';

let w: TestWarta;
let f: Fixture;
const ids: Record<string, string> = {};

const common = { penguasaInformasi: 'Sekretariat Dinas', bentuk: 'softcopy', tautan: [] };

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  const a = { tenantId: f.tenant.id, unitId: f.unitA.id, ...common };
  const rows = await w.services.db
    .insert(informasi)
    .values([
      {
        ...a,
        klasifikasi: 'berkala',
        judul: 'Laporan Realisasi Anggaran',
        ringkasan: 'Realisasi belanja per program semester pertama.',
        tanggalTerbit: '2024-08-31',
        pembaruanBerikutnya: '2025-02-28',
        waktuPembuatan: 'Agustus 2024',
        tempatPembuatan: 'Kota Uji',
        bentuk: 'keduanya',
        jangkaWaktuPenyimpanan: '10 tahun',
        tautan: [{ judul: 'Unduh LRA (PDF)', url: 'https://data.uji.test/lra-2024.pdf' }],
      },
      { ...a, klasifikasi: 'serta_merta', judul: 'Peringatan Dini Banjir', ringkasan: 'Wilayah rawan genangan musim hujan.', tanggalTerbit: '2024-11-02' },
      { ...a, klasifikasi: 'setiap_saat', judul: 'Daftar Aset Kendaraan', ringkasan: 'Rekap kendaraan dinas.', tanggalTerbit: '2024-02-01' },
      {
        ...a,
        klasifikasi: 'setiap_saat',
        judul: 'Informasi Lama Ditarik',
        ringkasan: 'Sudah tidak berlaku.',
        tanggalTerbit: '2023-02-01',
        diarsipkanAt: new Date(),
      },
      {
        ...a,
        klasifikasi: 'dikecualikan',
        judul: 'Berkas Penyidikan Pelanggaran Perda',
        ringkasan: 'RAHASIA-ISI nama tersangka dan saksi.',
        pasal17Huruf: 'a',
        dasarHukum: 'UU 14/2008 Pasal 17 huruf a angka 1',
        ujiKonsekuensi: 'Membuka berkas dapat menghambat penyidikan yang sedang berjalan.',
        masaPengecualian: 'selama proses penyidikan',
        pengecualianBerakhir: '2021-06-30',
        penetapanNomor: '01/PPID-A/2020',
        penetapanTanggal: '2020-03-02',
      },
      { ...a, unitId: f.unitB.id, klasifikasi: 'setiap_saat', judul: 'Informasi Milik Badan B', ringkasan: 'Milik unit lain.', tanggalTerbit: '2024-01-01' },
    ])
    .returning();
  for (const row of rows) ids[row.judul] = row.id;
});
afterAll(() => w.stop());

async function page(path: string) {
  const res = await w.app.request(path, { headers: { host: 'ujiprov.go.id' } });
  return { status: res.status, html: await res.text() };
}

describe('DIP and DIK pages', () => {
  it('are listed on the unit’s PPID portal', async () => {
    const { html } = await page('/dinas-a/ppid');
    expect(html).toContain('href="/dinas-a/ppid/dip"');
    expect(html).toContain('href="/dinas-a/ppid/dik"');
  });

  it('shows the DIP grouped by class, without archived or exempt items, light and script-free', async () => {
    const { status, html } = await page('/dinas-a/ppid/dip');
    expect(status).toBe(200);
    const at = (text: string) => html.indexOf(text);
    expect(at('Informasi Berkala')).toBeGreaterThan(0);
    expect(at('Informasi Berkala')).toBeLessThan(at('Laporan Realisasi Anggaran'));
    expect(at('Laporan Realisasi Anggaran')).toBeLessThan(at('Informasi Serta Merta'));
    expect(at('Informasi Serta Merta')).toBeLessThan(at('Peringatan Dini Banjir'));
    expect(at('Peringatan Dini Banjir')).toBeLessThan(at('Informasi Tersedia Setiap Saat'));
    expect(at('Informasi Tersedia Setiap Saat')).toBeLessThan(at('Daftar Aset Kendaraan'));
    expect(html).toContain(`href="/dinas-a/ppid/dip/${ids['Laporan Realisasi Anggaran']}"`);
    expect(html).not.toContain('Informasi Lama Ditarik');
    expect(html).not.toContain('Berkas Penyidikan');
    expect(html).not.toContain('Informasi Milik Badan B');
    // Its next update (28 Feb 2025) has passed.
    expect(html).toContain('Jadwal pembaruan informasi ini telah lewat.');
    expect(html).toMatch(/<form class="search" method="get" action="\/dinas-a\/ppid\/dip"/);
    expect(html).toContain('name="q"');
    expect(html).not.toMatch(/<script|style="/i);
    expect(Buffer.byteLength(html) + Buffer.byteLength(stylesheet.css)).toBeLessThanOrEqual(30 * 1024);
  });

  it('searches with a plain GET form', async () => {
    const found = await page('/dinas-a/ppid/dip?q=genangan');
    expect(found.status).toBe(200);
    expect(found.html).toContain('Peringatan Dini Banjir');
    expect(found.html).not.toContain('Laporan Realisasi Anggaran');
    expect(found.html).toContain('1 informasi cocok dengan “genangan”.');
    expect(found.html).toContain('value="genangan"');
    const none = await page('/dinas-a/ppid/dip?q=%3Cb%3Etidakada');
    expect(none.html).toContain('Tidak ada informasi yang cocok dengan “&lt;b&gt;tidakada”.');
    expect(none.html).not.toContain('<b>tidakada');
  });

  it('shows one item with the columns of the list', async () => {
    const { status, html } = await page(`/dinas-a/ppid/dip/${ids['Laporan Realisasi Anggaran']}`);
    expect(status).toBe(200);
    expect(html).toContain('<h1>Laporan Realisasi Anggaran</h1>');
    expect(html).toContain('Sekretariat Dinas');
    expect(html).toContain('Agustus 2024, Kota Uji');
    expect(html).toContain('Softcopy dan hardcopy');
    expect(html).toContain('10 tahun');
    expect(html).toContain('31 Agustus 2024');
    expect(html).toContain('28 Februari 2025');
    expect(html).toContain('href="https://data.uji.test/lra-2024.pdf"');
    expect(html).not.toMatch(/<script|style="/i);
  });

  it('answers 404 for another unit’s item, an archived or exempt item, and a malformed id', async () => {
    for (const id of [
      ids['Informasi Milik Badan B'],
      ids['Informasi Lama Ditarik'],
      ids['Berkas Penyidikan Pelanggaran Perda'],
      'bukan-id',
      `${ids['Peringatan Dini Banjir']}/lagi`,
    ]) {
      expect((await page(`/dinas-a/ppid/dip/${id}`)).status, id).toBe(404);
    }
    expect((await page(`/dinas-a/ppid/dik/${ids['Berkas Penyidikan Pelanggaran Perda']}`)).status).toBe(404);
    expect((await page(`/badan-b/ppid/dip/${ids['Informasi Milik Badan B']}`)).status).toBe(200);
  });

  it('shows the DIK with its grounds, not its contents', async () => {
    const { status, html } = await page('/dinas-a/ppid/dik');
    expect(status).toBe(200);
    expect(html).toContain('Berkas Penyidikan Pelanggaran Perda');
    expect(html).toContain('Pasal 17 huruf a UU Nomor 14 Tahun 2008');
    expect(html).toContain('menghambat proses penegakan hukum');
    expect(html).toContain('UU 14/2008 Pasal 17 huruf a angka 1');
    expect(html).toContain('Membuka berkas dapat menghambat penyidikan');
    expect(html).toContain('selama proses penyidikan (sampai 30 Juni 2021)');
    expect(html).toContain('Nomor 01/PPID-A/2020, tanggal 2 Maret 2020');
    // The exemption ended on 30 June 2021: the entry says it is due to be opened.
    expect(html).toContain('Masa pengecualian telah berakhir');
    expect(html).not.toContain('RAHASIA-ISI');
    expect(html).not.toContain('Peringatan Dini Banjir');
    expect(html).not.toMatch(/<script|style="/i);
    expect(Buffer.byteLength(html) + Buffer.byteLength(stylesheet.css)).toBeLessThanOrEqual(30 * 1024);
    expect((await page('/badan-b/ppid/dik')).html).toContain('Belum ada informasi yang ditetapkan sebagai informasi yang dikecualikan.');
  });

  it('speaks English on ?lang=en and keeps the language in the search form', async () => {
    const { html } = await page('/dinas-a/ppid/dik?lang=en');
    expect(html).toContain('Article 17 letter a of Law No. 14 of 2008');
    expect(html).toContain('Information whose disclosure could obstruct law enforcement.');
    const dip = await page('/dinas-a/ppid/dip?lang=en');
    expect(dip.html).toContain('<h2 id="k-berkala">Periodic information</h2>');
    expect(dip.html).toContain('name="lang" value="en"');
  });
});
