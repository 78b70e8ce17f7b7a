import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../../lib/chromium.ts';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { listSteps } from '../alur/list-steps.ts';
import { auditLog } from '../audit/schema.ts';
import { outbox } from '../mail/schema.ts';
import { permohonan } from '../permohonan/schema.ts';
import { addOfficer, sampleRequestBody } from '../permohonan/test-fixture.ts';
import { docxText } from './test-docx.ts';

let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
let ppidB: TestClient;
let writer: TestClient;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'atasan_ppid', 'atasan-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitB.id, 'ppid_utama', 'ppid-b', PASSWORD);
  ppid = new TestClient(w.app);
  await ppid.signIn('ppid-a@uji.test', PASSWORD);
  ppidB = new TestClient(w.app);
  await ppidB.signIn('ppid-b@uji.test', PASSWORD);
  writer = new TestClient(w.app);
  await writer.signIn(f.writerA.email, PASSWORD);
});
afterAll(() => w.stop());

// Monday 2 March 2026, 10.00 WITA: the decision day and so the notice date (day 0).
const DECIDED_AT = new Date('2026-03-02T02:00:00Z');

/** A request of unit A taken through processing to `decision`, decided on DECIDED_AT. */
async function decided(decision: Record<string, unknown>, overrides: Record<string, unknown> = {}): Promise<{ id: string; number: string }> {
  const created = await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody({ receivedAt: '2026-02-20T01:00:00Z', ...overrides }));
  const id = created.body.permohonan.id as string;
  expect((await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'diproses' })).status).toBe(200);
  expect((await ppid.post(`/api/permohonan/${id}/transisi`, decision)).status).toBe(200);
  await w.services.db.update(permohonan).set({ decidedAt: DECIDED_AT }).where(eq(permohonan.id, id));
  return { id, number: created.body.permohonan.number };
}

async function download(client: TestClient, path: string) {
  const res = await w.app.request(path, { headers: { cookie: client.cookie ?? '', 'accept-language': 'id' } });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

const audits = (entityId: string, action: string) =>
  w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

describe('GET /api/permohonan/:id/pemberitahuan.docx', () => {
  it('needs a session (401), the unit’s PPID role (403), a valid id (400) and a decided request (409)', async () => {
    const open = await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody());
    const path = `/api/permohonan/${open.body.permohonan.id}/pemberitahuan.docx`;
    expect((await new TestClient(w.app).get(path)).status).toBe(401);
    expect((await writer.get(path)).status).toBe(403);
    expect((await ppidB.get(path)).status).toBe(403);
    expect((await ppid.get('/api/permohonan/bukan-uuid/pemberitahuan.docx')).body).toMatchObject({ code: 'invalid', field: 'id' });
    expect((await ppid.get(`${path}?biaya=${'x'.repeat(301)}`)).body).toMatchObject({ code: 'invalid', field: 'biaya' });
    expect((await ppid.get('/api/permohonan/00000000-0000-4000-8000-000000000000/pemberitahuan.docx')).status).toBe(404);
    const undecided = await ppid.get(path);
    expect(undecided.status).toBe(409);
    expect(undecided.body.message).toContain('sudah diputuskan');
    expect(await audits(open.body.permohonan.id, 'permohonan.pemberitahuan_diunduh')).toHaveLength(0);
  });

  it('a partial grant: every element a–g, each withheld part with its reason, the objection deadline; audited', async () => {
    const { id, number } = await decided({
      ke: 'dikabulkan_sebagian',
      bagian: [
        { bagian: 'Nomor rekening pihak ketiga', alasan: 'Rahasia pribadi (Pasal 17 huruf h)' },
        { bagian: 'Lampiran hasil evaluasi peserta', alasan: 'Data pribadi peserta pelatihan' },
      ],
    });
    const res = await download(
      ppid,
      `/api/permohonan/${id}/pemberitahuan.docx?biaya=Rp5.000%20(penyalinan%2010%20lembar)&caraPembayaran=Tunai%20di%20loket%20PPID`,
    );
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.disposition).toContain('.docx');
    const text = docxText(res.bytes);
    // Header: unit, the notice's own number from the request's, the date in Indonesian.
    expect(text).toContain('DINAS UJI A');
    expect(text).toContain(`Nomor: PT/${number}`);
    expect(text).toContain('Tanggal: 2 Maret 2026');
    expect(text).toContain('Maria Uji Coba');
    for (const letter of ['a.', 'b.', 'c.', 'd.', 'e.', 'f.', 'g.']) expect(text).toMatch(new RegExp(`^${letter.replace('.', '\\.')} `, 'm'));
    expect(text).toContain('Permohonan DIKABULKAN SEBAGIAN.'); // a
    expect(text).toContain('Pejabat yang memutuskan: Petugas ppid-a, PPID Pelaksana Dinas Uji A.'); // b
    expect(text).toContain('Laporan realisasi anggaran pelatihan tahun 2025 — kecuali bagian'); // c
    expect(text).toContain('Mendapatkan salinan informasi (softcopy)'); // d
    expect(text).toContain('Rp5.000 (penyalinan 10 lembar)'); // e, set by staff
    expect(text).toContain('Cara pembayaran: Tunai di loket PPID');
    expect(text).toContain('Cara: E-mail.'); // f
    expect(text).toContain('Waktu: bersamaan dengan pemberitahuan tertulis ini.');
    expect(text).toContain('1. Nomor rekening pihak ketiga — alasan: Rahasia pribadi (Pasal 17 huruf h)'); // g
    expect(text).toContain('2. Lampiran hasil evaluasi peserta — alasan: Data pribadi peserta pelatihan');
    // Objection: 30 working days from Monday 2 March 2026 (day 0): 3–6 March (4), 9–13 (9), 16–17 (11;
    // 18–24 March are Nyepi, Idul Fitri and their cuti bersama), 25–27 (14), 30 March–2 April (18;
    // 3 April Good Friday), 6–10 April (23), 13–17 April (28), 20 and 21 April (30): Tuesday 21 April 2026.
    expect(text).toContain('Hak mengajukan keberatan');
    expect(text).toContain('Atasan PPID Dinas Uji A (Petugas atasan-a) paling lambat 21 April 2026');
    // Signed by the officer who made it.
    expect(text).toContain('Dikeluarkan pada 2 Maret 2026');
    expect(text).toMatch(/PPID Pelaksana Dinas Uji A\nPetugas ppid-a/);
    const [audit] = await audits(id, 'permohonan.pemberitahuan_diunduh');
    expect(audit).toMatchObject({ actorLabel: 'ppid-a@uji.test', after: { number, format: 'docx' } });
  });

  it('a refusal names its Pasal 17 ground with the text, or who holds the information; no cost or delivery', async () => {
    const exempt = await decided({ ke: 'ditolak', dasar: 'pasal_17_h' });
    const text = docxText((await download(ppid, `/api/permohonan/${exempt.id}/pemberitahuan.docx`)).bytes);
    expect(text).toContain('Permohonan DITOLAK.');
    expect(text).toContain('Pasal 17 huruf h: Informasi yang apabila dibuka dapat mengungkap rahasia pribadi.');
    expect(text).toContain('Tidak berlaku karena permohonan ditolak.');
    expect(text).toContain('paling lambat 21 April 2026');
    const elsewhere = await decided({ ke: 'ditolak', dasar: 'tidak_dikuasai', pemegang: 'Dinas Uji Keuangan Daerah' });
    const text2 = docxText((await download(ppid, `/api/permohonan/${elsewhere.id}/pemberitahuan.docx`)).bytes);
    expect(text2).toContain('Informasi tersebut dikuasai oleh: Dinas Uji Keuangan Daerah.');
    expect(text2).toContain('tidak dikuasai oleh Dinas Uji A; informasi tersebut dikuasai oleh Dinas Uji Keuangan Daerah.');
  });

  it('a full grant has no objection paragraph and is free by default', async () => {
    const full = await decided({ ke: 'dikabulkan_seluruhnya' });
    const text = docxText((await download(ppid, `/api/permohonan/${full.id}/pemberitahuan.docx`)).bytes);
    expect(text).toContain('Permohonan DIKABULKAN SELURUHNYA.');
    expect(text).toContain('Tidak dipungut biaya.');
    expect(text).toContain('Tidak ada; informasi diberikan seluruhnya.');
    expect(text).not.toContain('Hak mengajukan keberatan');
  });
});

describe('GET /api/permohonan/:id/pemberitahuan.pdf', () => {
  it('needs a session and the role', async () => {
    const { id } = await decided({ ke: 'dikabulkan_seluruhnya' });
    expect((await new TestClient(w.app).get(`/api/permohonan/${id}/pemberitahuan.pdf`)).status).toBe(401);
    expect((await ppidB.get(`/api/permohonan/${id}/pemberitahuan.pdf`)).status).toBe(403);
    expect((await ppid.get(`/api/permohonan/${id}/pemberitahuan.pdf?waktuPenyediaan=${'x'.repeat(301)}`)).body).toMatchObject({ field: 'waktuPenyediaan' });
  });

  it('answers 503 with a clear message when Chromium is missing, and audits nothing', async () => {
    const { id } = await decided({ ke: 'ditolak', dasar: 'belum_didokumentasikan' });
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const res = await ppid.get(`/api/permohonan/${id}/pemberitahuan.pdf`);
      expect(res.status).toBe(503);
      expect(res.body.message).toContain('Chromium tidak tersedia');
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
    expect(await audits(id, 'permohonan.pemberitahuan_diunduh')).toHaveLength(0);
  });

  it.skipIf(!chromiumAvailable())(
    'prints the notice to an A4 PDF; audited',
    async () => {
      const { id } = await decided({ ke: 'dikabulkan_sebagian', bagian: [{ bagian: 'Nomor rekening', alasan: 'Rahasia pribadi' }] });
      const res = await download(ppid, `/api/permohonan/${id}/pemberitahuan.pdf`);
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/pdf');
      expect(new TextDecoder().decode(res.bytes.slice(0, 5))).toBe('%PDF-');
      // A4 is 595.28 × 841.89 points; Chromium rounds each page box to its own device pixels.
      const box = /MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(new TextDecoder('latin1').decode(res.bytes));
      expect(Math.abs(Number(box?.[1]) - 595.28)).toBeLessThan(2);
      expect(Math.abs(Number(box?.[2]) - 841.89)).toBeLessThan(2);
      expect(await audits(id, 'permohonan.pemberitahuan_diunduh')).toHaveLength(1);
    },
    60_000,
  );
});

describe('POST /api/permohonan/:id/pemberitahuan/kirim', () => {
  it('needs a session, the role, valid input and an e-mail address', async () => {
    const { id } = await decided({ ke: 'dikabulkan_seluruhnya' });
    const path = `/api/permohonan/${id}/pemberitahuan/kirim`;
    expect((await new TestClient(w.app).post(path, {})).status).toBe(401);
    expect((await writer.post(path, {})).status).toBe(403);
    expect((await ppid.post(path, { bahasa: 'jawa' })).body).toMatchObject({ code: 'invalid', field: 'bahasa' });
    const noEmail = await decided({ ke: 'dikabulkan_seluruhnya' }, { requesterEmail: '', copyDelivery: 'pos' });
    const res = await ppid.post(`/api/permohonan/${noEmail.id}/pemberitahuan/kirim`, {});
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('tidak mencantumkan alamat e-mail');
  });

  it('queues the notice text with the tracking link, notes it in the history and audits it', async () => {
    const { id, number } = await decided({ ke: 'ditolak', dasar: 'pasal_17_h' });
    const res = await ppid.post(`/api/permohonan/${id}/pemberitahuan/kirim`, {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ to: 'maria@contoh.test' });
    const [mail] = await w.services.db.select().from(outbox).where(eq(outbox.id, res.body.outboxId));
    expect(mail).toMatchObject({
      toAddress: 'maria@contoh.test',
      purpose: 'permohonan.pemberitahuan',
      subject: `Pemberitahuan tertulis atas permohonan informasi ${number}`,
    });
    expect(mail!.text).toContain('Permohonan DITOLAK.');
    expect(mail!.text).toContain('Pasal 17 huruf h');
    expect(mail!.text).toContain('paling lambat 21 April 2026');
    expect(mail!.text).toContain(`http://warta.test/dinas-a/ppid/permohonan/lacak?nomor=${encodeURIComponent(number)}`);
    const history = await listSteps(w.services.db, 'permohonan', id);
    expect(history.at(-1)).toMatchObject({
      fromStatus: 'ditolak',
      toStatus: 'ditolak',
      note: 'Pemberitahuan tertulis dikirim melalui e-mail ke maria@contoh.test.',
    });
    const [audit] = await audits(id, 'permohonan.pemberitahuan_dikirim');
    expect(audit).toMatchObject({ actorLabel: 'ppid-a@uji.test', after: { number, outboxId: res.body.outboxId } });
    const [row] = await w.services.db.select().from(permohonan).where(eq(permohonan.id, id));
    expect(row!.status).toBe('ditolak');
  });
});
