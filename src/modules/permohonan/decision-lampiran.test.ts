import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { exeFile, xlsxFile } from '../lampiran/test-files.ts';
import { uploadFile } from '../lampiran/test-upload.ts';
import { outbox } from '../mail/schema.ts';
import { docxText } from '../pemberitahuan/test-docx.ts';
import { craftedPdf } from './identity-test-files.ts';
import { addOfficer, sampleRequestBody } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
let ppidB: TestClient;
let atasan: TestClient;
let writer: TestClient;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitB.id, 'ppid_utama', 'ppid-b', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'atasan_ppid', 'atasan-a', PASSWORD);
  ppid = new TestClient(w.app);
  await ppid.signIn('ppid-a@uji.test', PASSWORD);
  ppidB = new TestClient(w.app);
  await ppidB.signIn('ppid-b@uji.test', PASSWORD);
  atasan = new TestClient(w.app);
  await atasan.signIn('atasan-a@uji.test', PASSWORD);
  writer = new TestClient(w.app);
  await writer.signIn(f.writerA.email, PASSWORD);
});
afterAll(() => w.stop());

/** A request of unit A, registered by its PPID and moved through `steps`; with its tracking code. */
async function request(...steps: Array<Record<string, unknown>>) {
  const created = await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody());
  const id = created.body.permohonan.id as string;
  for (const step of steps) expect((await ppid.post(`/api/permohonan/${id}/transisi`, step)).status).toBe(200);
  return { id, number: created.body.permohonan.number as string, token: created.body.trackingToken as string };
}
const granted = () => request({ ke: 'diproses' }, { ke: 'dikabulkan_seluruhnya' });
const audits = (action: string, entityId: string) =>
  w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

const trackPath = `/dinas-a/ppid/permohonan/lacak`;
const postDownload = (fields: Record<string, string>, path = `${trackPath}/berkas`) =>
  w.app.request(path, { method: 'POST', body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded' } });

describe('attachments of a request’s decision: the API', () => {
  it('answers 401 without a session and 403 to anyone but the unit’s processing PPID', async () => {
    const { id } = await granted();
    const base = `/api/permohonan/${id}/lampiran`;
    expect((await new TestClient(w.app).get(base)).status).toBe(401);
    expect((await uploadFile(w.app, null, base, craftedPdf(), 'a.pdf')).status).toBe(401);
    expect((await uploadFile(w.app, writer, base, craftedPdf(), 'a.pdf')).status).toBe(403);
    expect((await uploadFile(w.app, atasan, base, craftedPdf(), 'a.pdf')).status).toBe(403);
    expect((await uploadFile(w.app, ppidB, base, craftedPdf(), 'a.pdf')).status).toBe(403);
    expect((await ppidB.post(`${base}/tautan`, { judul: 'A', url: 'https://uji.test/' })).status).toBe(403);
    expect((await writer.get(base)).status).toBe(403);
    expect((await ppidB.get(base)).status).toBe(403);
    // The Atasan PPID reads the request, and so its attachments.
    expect((await atasan.get(base)).status).toBe(200);
  });

  it('answers 400 for a file that is not what it claims, and for a bad link', async () => {
    const { id } = await granted();
    const base = `/api/permohonan/${id}/lampiran`;
    expect(await uploadFile(w.app, ppid, base, exeFile(), 'informasi.pdf')).toMatchObject({ status: 400, body: { field: 'berkas' } });
    expect((await ppid.post(`${base}/tautan`, { judul: 'Unduhan', url: 'file:///etc/passwd' })).body).toMatchObject({ code: 'invalid', field: 'url' });
    expect((await ppid.get(base)).body.items).toEqual([]);
  });

  it('answers 409 before the request is granted, and for a refusal', async () => {
    const open = await request({ ke: 'diproses' });
    const refused = await request({ ke: 'diproses' }, { ke: 'ditolak', dasar: 'pasal_17_h' });
    for (const { id } of [open, refused]) {
      const res = await uploadFile(w.app, ppid, `/api/permohonan/${id}/lampiran`, craftedPdf(), 'a.pdf');
      expect(res).toMatchObject({ status: 409, body: { code: 'conflict' } });
      expect(res.body.message).toContain('dikabulkan');
    }
  });

  it('attaches files and links to a partial grant too, and audits adding, downloading and removing', async () => {
    const { id } = await request({ ke: 'diproses' }, { ke: 'dikabulkan_sebagian', bagian: [{ bagian: 'Lampiran 3', alasan: 'Memuat data pribadi.' }] });
    const base = `/api/permohonan/${id}/lampiran`;
    const file = await uploadFile(w.app, ppid, base, xlsxFile(), 'realisasi.xlsx', 'Realisasi anggaran 2025');
    expect(file).toMatchObject({
      status: 201,
      body: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: 'realisasi.xlsx' },
    });
    expect((await ppidB.get(`${base}/${file.body.id}`)).status).toBe(403);
    expect((await writer.get(`${base}/${file.body.id}`)).status).toBe(403);
    expect((await atasan.delete(`${base}/${file.body.id}`)).status).toBe(403);
    expect((await ppidB.delete(`${base}/${file.body.id}`)).status).toBe(403);
    expect((await ppid.delete(`${base}/bukan-id`)).body).toMatchObject({ code: 'invalid', field: 'lampiranId' });
    expect((await ppid.get(`${base}/bukan-id`)).body).toMatchObject({ code: 'invalid', field: 'lampiranId' });
    const res = await w.app.request(`${base}/${file.body.id}`, { headers: { cookie: atasan.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect((await ppid.delete(`${base}/${file.body.id}`)).status).toBe(204);
    expect((await audits('lampiran.ditambahkan', id))[0]!.after).toMatchObject({ lampiran: { judul: 'Realisasi anggaran 2025', tipe: file.body.mediaType } });
    expect(await audits('lampiran.diunduh', id)).toHaveLength(1);
    expect(await audits('lampiran.dihapus', id)).toHaveLength(1);
  });
});

describe('the tracking page’s downloads', () => {
  it('lists the files only with the right number and code, and serves them by a POST that checks both again', async () => {
    const { id, number, token } = await granted();
    const pdf = craftedPdf();
    const file = await uploadFile(w.app, ppid, `/api/permohonan/${id}/lampiran`, pdf, 'salinan.pdf', 'Salinan laporan');
    await ppid.post(`/api/permohonan/${id}/lampiran/tautan`, { judul: 'Data terbuka', url: 'https://data.uji.test/anggaran' });

    const page = await (await w.app.request(`${trackPath}?${new URLSearchParams({ nomor: number, token })}`)).text();
    expect(page).toContain('Informasi yang diberikan');
    expect(page).toContain(`<input type="hidden" name="lampiran" value="${file.body.id}"/>`);
    expect(page).toContain('Salinan laporan');
    expect(page).toContain('(PDF, ');
    expect(page).toContain('<a href="https://data.uji.test/anggaran" rel="noopener noreferrer">Data terbuka</a>');
    const wrongPage = await w.app.request(`${trackPath}?${new URLSearchParams({ nomor: number, token: 'salah' })}`);
    expect(await wrongPage.text()).not.toContain('Salinan laporan');

    const ok = await postDownload({ nomor: number, token, lampiran: file.body.id });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(ok.headers.get('content-disposition')).toMatch(/^attachment; filename="salinan.pdf"/);
    expect(ok.headers.get('cache-control')).toBe('private, no-store');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await ok.arrayBuffer()).equals(pdf)).toBe(true);

    for (const fields of [
      { nomor: number, token: 'kode-salah', lampiran: file.body.id },
      { nomor: number, token: '', lampiran: file.body.id },
      { nomor: 'PPID-X/0000', token, lampiran: file.body.id },
      { nomor: number, token, lampiran: 'bukan-id' },
    ]) {
      const refused = await postDownload(fields);
      expect(refused.status).toBe(404);
      expect(refused.headers.get('content-type')).toContain('text/html');
      expect(await refused.text()).toContain('tidak ditemukan');
    }
    // Another unit's address does not open unit A's request.
    expect((await postDownload({ nomor: number, token, lampiran: file.body.id }, '/badan-b/ppid/permohonan/lacak/berkas')).status).toBe(404);
  });

  it('does not serve one request’s file with another request’s number and code', async () => {
    const a = await granted();
    const b = await granted();
    const file = await uploadFile(w.app, ppid, `/api/permohonan/${a.id}/lampiran`, craftedPdf(), 'a.pdf');
    expect((await postDownload({ nomor: b.number, token: b.token, lampiran: file.body.id })).status).toBe(404);
  });
});

describe('the written notice with the decision’s attachments', () => {
  it('lists them in the Word notice and sends the files with the e-mail', async () => {
    const { id } = await granted();
    const pdf = craftedPdf();
    const file = await uploadFile(w.app, ppid, `/api/permohonan/${id}/lampiran`, pdf, 'Salinan SK.pdf', 'Salinan SK Kepala Dinas');
    await ppid.post(`/api/permohonan/${id}/lampiran/tautan`, { judul: 'Dataset anggaran', url: 'https://data.uji.test/anggaran' });

    const res = await w.app.request(`/api/permohonan/${id}/pemberitahuan.docx`, { headers: { cookie: ppid.cookie! } });
    const text = docxText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('Lampiran: informasi yang diberikan');
    expect(text).toContain(`1. Salinan SK Kepala Dinas (berkas Salinan SK.pdf, PDF, ${pdf.length} B)`);
    expect(text).toContain('2. Dataset anggaran: https://data.uji.test/anggaran');

    const sent = await ppid.post(`/api/permohonan/${id}/pemberitahuan/kirim`, {});
    expect(sent.status).toBe(200);
    const [mail] = await w.services.db.select().from(outbox).where(eq(outbox.id, sent.body.outboxId));
    expect(mail!.attachments).toEqual([{ lampiranId: file.body.id, fileName: 'Salinan SK.pdf', mediaType: 'application/pdf' }]);
    expect(mail!.text).toContain('Berkas yang dilampirkan pada e-mail ini: Salinan SK.pdf.');
    expect(mail!.text).toContain('2. Dataset anggaran: https://data.uji.test/anggaran');
  });
});
