import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { craftedActivePdf, craftedJpeg, craftedPdf } from '../permohonan/identity-test-files.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { LAMPIRAN_MAX_BYTES } from './limits.ts';
import { lampiran, lampiranIsi } from './schema.ts';
import { docxFile, exeFile } from './test-files.ts';
import { uploadFile } from './test-upload.ts';

let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
let ppidB: TestClient;
let writer: TestClient;
let publicId: string;
let exemptId: string;

const item = (klasifikasi: string, extra: Record<string, unknown> = {}) => ({
  klasifikasi,
  judul: `Dokumen ${klasifikasi}`,
  ringkasan: 'Ringkasan dokumen uji.',
  penguasaInformasi: 'Subbagian Umum',
  bentuk: 'softcopy',
  ...extra,
});
const exempt = {
  pasal17Huruf: 'a',
  dasarHukum: 'UU 14/2008 Pasal 17 huruf a',
  ujiKonsekuensi: 'Membuka berkas menghambat penyidikan.',
  masaPengecualian: 'selama penyidikan',
  pengecualianBerakhir: '2030-12-31',
  penetapanNomor: '01/PPID/2024',
  penetapanTanggal: '2024-03-01',
};

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitB.id, 'ppid_utama', 'ppid-b', PASSWORD);
  ppid = new TestClient(w.app);
  await ppid.signIn('ppid-a@uji.test', PASSWORD);
  ppidB = new TestClient(w.app);
  await ppidB.signIn('ppid-b@uji.test', PASSWORD);
  writer = new TestClient(w.app);
  await writer.signIn(f.writerA.email, PASSWORD);
  publicId = (await ppid.post(`/api/units/${f.unitA.id}/informasi`, item('setiap_saat', { tanggalTerbit: '2024-02-01' }))).body.id;
  exemptId = (await ppid.post(`/api/units/${f.unitA.id}/informasi`, item('dikecualikan', exempt))).body.id;
  expect(publicId && exemptId).toBeTruthy();
});
afterAll(() => w.stop());

const audits = (action: string, entityId: string) =>
  w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
const publicGet = (path: string, headers: Record<string, string> = {}) => w.app.request(path, { headers });

describe('attachments of an information item: access', () => {
  it('answers 401 without a session on every route', async () => {
    const anon = new TestClient(w.app);
    const base = `/api/informasi/${publicId}/lampiran`;
    expect((await anon.get(base)).status).toBe(401);
    expect((await uploadFile(w.app, null, base, craftedPdf(), 'a.pdf')).status).toBe(401);
    expect((await anon.post(`${base}/tautan`, { judul: 'A', url: 'https://uji.test' })).status).toBe(401);
    expect((await anon.get(`${base}/00000000-0000-4000-8000-000000000000`)).status).toBe(401);
    expect((await anon.delete(`${base}/00000000-0000-4000-8000-000000000000`)).status).toBe(401);
  });

  it('answers 403 to staff who are not the unit’s PPID, and to another unit’s PPID', async () => {
    const base = `/api/informasi/${publicId}/lampiran`;
    expect((await uploadFile(w.app, writer, base, craftedPdf(), 'a.pdf')).status).toBe(403);
    expect((await uploadFile(w.app, ppidB, base, craftedPdf(), 'a.pdf')).body).toMatchObject({ code: 'forbidden' });
    expect((await ppidB.post(`${base}/tautan`, { judul: 'A', url: 'https://uji.test' })).status).toBe(403);
    expect(await w.services.db.select().from(lampiran).where(eq(lampiran.ownerId, publicId))).toEqual([]);
    // Reading is for every staff member, as the item itself.
    expect((await writer.get(base)).status).toBe(200);
  });

  it('answers 400 naming the field: a type recognised by content, the size, the link, the id', async () => {
    const base = `/api/informasi/${publicId}/lampiran`;
    const exe = await uploadFile(w.app, ppid, base, exeFile(), 'laporan.pdf');
    expect(exe).toMatchObject({ status: 400, body: { code: 'invalid', field: 'berkas' } });
    expect(exe.body.message).toContain('dikenali dari isinya');
    const big = Buffer.concat([craftedPdf(), Buffer.alloc(LAMPIRAN_MAX_BYTES)]);
    expect(await uploadFile(w.app, ppid, base, big, 'besar.pdf')).toMatchObject({
      status: 400,
      body: { field: 'berkas', message: 'Berkas terlalu besar: paling besar 10 MB.' },
    });
    // A declared length over the limit is refused before a byte of the body is read.
    const declared = await w.app.request(base, {
      method: 'POST',
      body: 'x',
      headers: {
        cookie: ppid.cookie!,
        'x-csrf-token': ppid.csrf!,
        'content-type': 'multipart/form-data; boundary=b',
        'content-length': String(LAMPIRAN_MAX_BYTES + 512 * 1024),
      },
    });
    expect(declared.status).toBe(400);
    expect(await declared.json()).toMatchObject({ field: 'berkas', message: 'Berkas terlalu besar: paling besar 10 MB.' });
    const none = await w.app.request(base, { method: 'POST', body: new FormData(), headers: { cookie: ppid.cookie!, 'x-csrf-token': ppid.csrf! } });
    expect(await none.json()).toMatchObject({ code: 'invalid', field: 'berkas' });
    expect((await ppid.post(base, { berkas: 'bukan multipart' })).body).toMatchObject({ code: 'invalid', field: 'berkas' });
    ppid.lang = 'en';
    const link = await ppid.post(`${base}/tautan`, { judul: 'Skrip', url: 'javascript:alert(1)' });
    ppid.lang = 'id';
    expect(link).toMatchObject({
      status: 400,
      body: { code: 'invalid', field: 'url', message: 'The link must be a full address starting with http:// or https://.' },
    });
    expect((await ppid.post(`${base}/tautan`, { judul: '', url: 'https://uji.test' })).body).toMatchObject({ field: 'judul' });
    expect((await ppid.post(`${base}/tautan`, { judul: 'Data\u0000', url: 'https://uji.test' })).body).toMatchObject({ field: 'judul', code: 'invalid' });
    expect((await uploadFile(w.app, ppid, base, craftedPdf(), 'a.pdf', 'Judul\u0007')).body).toMatchObject({ field: 'judul', code: 'invalid' });
    expect((await ppid.get('/api/informasi/bukan-id/lampiran')).body).toMatchObject({ code: 'invalid', field: 'id' });
    expect(await w.services.db.select().from(lampiran).where(eq(lampiran.ownerId, publicId))).toEqual([]);
  });

  it('refuses a PDF with active content (400 on `berkas`), telling the officer to export a plain PDF', async () => {
    const base = `/api/informasi/${publicId}/lampiran`;
    const scripted = await uploadFile(w.app, ppid, base, craftedActivePdf(), 'perbup.pdf');
    expect(scripted).toMatchObject({ status: 400, body: { code: 'invalid', field: 'berkas' } });
    expect(scripted.body.message).toContain('konten aktif');
    expect(scripted.body.message).toContain('Cetak ke PDF');
    // JavaScript hidden in a compressed object stream is found too; the English answer says the same.
    const hidden = Buffer.from(
      `%PDF-1.5\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\n3 0 obj <</Type/ObjStm/N 1/First 4/Filter/FlateDecode>> stream\n${deflateSync(Buffer.from('4 0 <</S/JavaScript/JS(app.alert\\(1\\))>>')).toString('latin1')}\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n`,
      'latin1',
    );
    const english = await uploadFile(w.app, ppid, base, hidden, 'perbup.pdf', undefined, 'en');
    expect(english).toMatchObject({ status: 400, body: { code: 'invalid', field: 'berkas' } });
    expect(english.body.message).toContain('Export the document again as a plain PDF (for example "Print to PDF")');
    // Encrypted: it cannot be looked into, so it is refused with its own reason.
    const locked = Buffer.from(
      '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\ntrailer <</Root 1 0 R/Encrypt 5 0 R>>\n%%EOF\n',
      'latin1',
    );
    const refusedLocked = await uploadFile(w.app, ppid, base, locked, 'terkunci.pdf');
    expect(refusedLocked).toMatchObject({ status: 400, body: { code: 'invalid', field: 'berkas' } });
    expect(refusedLocked.body.message).toContain('terkunci');
    expect(await w.services.db.select().from(lampiran).where(eq(lampiran.ownerId, publicId))).toEqual([]);
  });
});

describe('attachments of an information item: the PPID’s work', () => {
  it('stores a file by its real type with its hash, lists it, serves it to staff and audits each step', async () => {
    const base = `/api/informasi/${publicId}/lampiran`;
    const docx = docxFile();
    const added = await uploadFile(w.app, ppid, base, docx, 'Rekap Aset 2024.pdf', 'Rekap aset 2024');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      kind: 'file',
      title: 'Rekap aset 2024',
      fileName: 'Rekap Aset 2024.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: docx.length,
      sha256: createHash('sha256').update(docx).digest('hex'),
    });
    const link = await ppid.post(`${base}/tautan`, { judul: 'Portal data', url: 'https://data.uji.test/aset' });
    expect(link.status).toBe(201);
    const list = await writer.get(base);
    expect(list.body.items.map((i: { title: string }) => i.title)).toEqual(['Rekap aset 2024', 'Portal data']);

    const res = await w.app.request(`${base}/${added.body.id}`, { headers: { cookie: writer.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="Rekap Aset 2024.docx"; filename*=UTF-8''Rekap%20Aset%202024.docx`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await res.arrayBuffer()).equals(docx)).toBe(true);

    expect(await audits('lampiran.ditambahkan', publicId)).toHaveLength(2);
    const [download] = await audits('lampiran.diunduh', publicId);
    expect(download).toMatchObject({ actorId: f.writerA.id });

    expect((await ppid.delete(`${base}/${link.body.id}`)).status).toBe(204);
    expect((await ppid.delete(`${base}/${link.body.id}`)).status).toBe(404);
    const [removed] = await audits('lampiran.dihapus', publicId);
    expect(removed!.before).toMatchObject({ lampiran: { judul: 'Portal data', url: 'https://data.uji.test/aset' } });
  });

  it('does not let an item’s attachment be reached through another item', async () => {
    const other = (await ppid.post(`/api/units/${f.unitA.id}/informasi`, item('berkala', { tanggalTerbit: '2024-02-01' }))).body.id;
    const [row] = await w.services.db.select().from(lampiran).where(eq(lampiran.ownerId, publicId));
    expect((await ppid.get(`/api/informasi/${other}/lampiran/${row!.id}`)).status).toBe(404);
    expect((await ppid.delete(`/api/informasi/${other}/lampiran/${row!.id}`)).status).toBe(404);
  });

  it('keeps a plain PDF exactly as sent, its title and author included', async () => {
    // An official document's own metadata is part of it (identity copies lose theirs; this does not).
    const regulation = Buffer.from(
      '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\n3 0 obj <</Title(Peraturan Bupati Nomor 7 Tahun 2026)/Author(Bagian Hukum Setda)>> endobj\ntrailer <</Root 1 0 R/Info 3 0 R>>\n%%EOF\n',
      'latin1',
    );
    const added = await uploadFile(w.app, ppid, `/api/informasi/${publicId}/lampiran`, regulation, 'perbup-7-2026.pdf');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ mediaType: 'application/pdf', size: regulation.length, sha256: createHash('sha256').update(regulation).digest('hex') });
    const [stored] = await w.services.db.select().from(lampiranIsi).where(eq(lampiranIsi.lampiranId, added.body.id));
    expect(Buffer.from(stored!.bytes).equals(regulation)).toBe(true);
    await ppid.delete(`/api/informasi/${publicId}/lampiran/${added.body.id}`);
  });

  it('strips location metadata from a photo before storing it', async () => {
    const added = await uploadFile(w.app, ppid, `/api/informasi/${publicId}/lampiran`, craftedJpeg(), 'foto-kegiatan.jpg');
    expect(added.body.mediaType).toBe('image/jpeg');
    const [stored] = await w.services.db.select().from(lampiranIsi).where(eq(lampiranIsi.lampiranId, added.body.id));
    expect(stored!.bytes.includes('GPSLatitude')).toBe(false);
    expect(stored!.bytes.length).toBe(added.body.size);
    await ppid.delete(`/api/informasi/${publicId}/lampiran/${added.body.id}`);
  });
});

describe('an item’s documents on its public page', () => {
  it('lists each file with its type and size, downloadable by anyone and cacheable', async () => {
    const pdf = craftedPdf();
    const added = await uploadFile(w.app, ppid, `/api/informasi/${publicId}/lampiran`, pdf, 'laporan.pdf', 'Laporan tahunan');
    const page = await (await publicGet(`/${f.unitA.slug}/ppid/dip/${publicId}`)).text();
    const href = `/${f.unitA.slug}/ppid/dip/${publicId}/berkas/${added.body.id}`;
    expect(page).toContain(`<a href="${href}" download="laporan.pdf">Laporan tahunan</a> <span class="meta">(PDF, ${pdf.length} B)</span>`);
    expect(page).toContain('(Word (DOCX), ');

    const res = await publicGet(href);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="laporan.pdf"/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
    const again = await publicGet(href, { 'if-none-match': res.headers.get('etag')! });
    expect(again.status).toBe(304);
    // The public is not audited; only staff downloads are.
    expect((await audits('lampiran.diunduh', publicId)).every((row) => row.actorId !== null)).toBe(true);
  });

  it('serves nothing of an exempt (DIK) item, nor a file through the wrong item or unit', async () => {
    const added = await uploadFile(w.app, ppid, `/api/informasi/${exemptId}/lampiran`, craftedPdf(), 'berkas-penyidikan.pdf');
    expect(added.status).toBe(201);
    expect((await publicGet(`/${f.unitA.slug}/ppid/dip/${exemptId}/berkas/${added.body.id}`)).status).toBe(404);
    expect((await publicGet(`/${f.unitA.slug}/ppid/dik`)).status).toBe(200);
    expect(await (await publicGet(`/${f.unitA.slug}/ppid/dik`)).text()).not.toContain(added.body.id);
    expect((await publicGet(`/${f.unitA.slug}/ppid/dip/${publicId}/berkas/${added.body.id}`)).status).toBe(404);
    const [file] = await w.services.db
      .select()
      .from(lampiran)
      .where(and(eq(lampiran.ownerId, publicId), eq(lampiran.kind, 'file')));
    expect((await publicGet(`/${f.unitB.slug}/ppid/dip/${publicId}/berkas/${file!.id}`)).status).toBe(404);
    expect((await publicGet(`/${f.unitA.slug}/ppid/dip/${publicId}/berkas/bukan-id`)).status).toBe(404);
  });

  it('stops serving the files of a withdrawn item, and refuses new ones (409)', async () => {
    const id = (await ppid.post(`/api/units/${f.unitA.id}/informasi`, item('serta_merta', { tanggalTerbit: '2024-02-01' }))).body.id;
    const added = await uploadFile(w.app, ppid, `/api/informasi/${id}/lampiran`, craftedPdf(), 'a.pdf');
    const href = `/${f.unitA.slug}/ppid/dip/${id}/berkas/${added.body.id}`;
    expect((await publicGet(href)).status).toBe(200);
    expect((await ppid.post(`/api/informasi/${id}/arsip`, { alasan: 'Sudah tidak berlaku' })).status).toBe(200);
    expect((await publicGet(href)).status).toBe(404);
    expect((await uploadFile(w.app, ppid, `/api/informasi/${id}/lampiran`, craftedPdf(), 'b.pdf')).status).toBe(409);
  });
});
