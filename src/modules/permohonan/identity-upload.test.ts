import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { IDENTITY_MAX_BYTES } from './identity-file.ts';
import { craftedActivePdf, craftedJpeg, craftedPdf, craftedPng, EXIF_GPS_BODY } from './identity-test-files.ts';
import { permohonan, permohonanIdentitas } from './schema.ts';
import { followReceipt } from './test-fixture.ts';

// The optional identity copy on the public form: posted as multipart by a browser without JavaScript.

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  // Behind a trusted proxy each test can be its own visitor, so the rate limit is per test.
  w = await startTestWarta({ WARTA_TRUST_PROXY: '1' });
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

const valid = {
  requesterType: 'badan_hukum',
  requesterName: 'Yayasan Uji Lontar',
  requesterAddress: 'Jalan Contoh No. 9, Kupang',
  requesterOccupation: '',
  requesterPhone: '0812-3456-7000',
  requesterEmail: '',
  informationDetails: 'Daftar penerima hibah tahun 2026 per kabupaten',
  purpose: 'Pemantauan anggaran',
  obtainMethod: 'salinan_hardcopy',
  copyDelivery: 'ambil_langsung',
};

type Upload = { bytes: Uint8Array; name: string; type: string } | null;

function post(fields: Record<string, string>, upload: Upload, ip: string) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  // A browser sends an empty part for an untouched file input.
  body.set(
    'identitas',
    upload ? new File([new Uint8Array(upload.bytes)], upload.name, { type: upload.type }) : new File([], '', { type: 'application/octet-stream' }),
  );
  return w.app.request('/dinas-a/ppid/permohonan', { method: 'POST', headers: { host: 'warta.test', 'x-forwarded-for': ip }, body });
}

async function storedFor(name: string) {
  const [row] = await w.services.db
    .select({ identitas: permohonanIdentitas, receivedAt: permohonan.receivedAt })
    .from(permohonan)
    .leftJoin(permohonanIdentitas, eq(permohonanIdentitas.permohonanId, permohonan.id))
    .where(eq(permohonan.requesterName, name));
  return row;
}
const decrypt = (sealed: string) => Buffer.from(w.services.secrets.open(sealed), 'base64');
const has = (bytes: Buffer | string, text: string) => Buffer.from(bytes as never).includes(Buffer.from(text, 'latin1'));

describe('the identity upload on the public form', () => {
  it('is an optional file field of a multipart form', async () => {
    const html = await (await w.app.request('/dinas-a/ppid/permohonan', { headers: { host: 'warta.test' } })).text();
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toMatch(/<input type="file" id="f-identitas" name="identitas" accept="[^"]*"[^>]*aria-describedby="f-identitas-hint"/);
    expect(html).toContain('Salinan identitas (KTP/SIM/paspor, atau akta badan hukum)');
    expect(html).not.toMatch(/name="identitas"[^>]*required/);
  });

  it('registers a multipart request without a file and stores no identity copy', async () => {
    const res = await post({ ...valid, requesterName: 'Tanpa Berkas' }, null, '10.1.0.1');
    expect(res.status).toBe(303);
    const row = await storedFor('Tanpa Berkas');
    expect(row).toBeDefined();
    expect(row!.identitas).toBeNull();
  });

  it('stores a JPEG encrypted, without its EXIF GPS segment, purged two years after receipt', async () => {
    const original = craftedJpeg();
    const res = await post({ ...valid, requesterName: 'Dengan Foto' }, { bytes: original, name: 'ktp.jpg', type: 'image/jpeg' }, '10.1.0.2');
    expect(await (await followReceipt(w.app, res)).page.text()).toContain('Tanda Bukti Permohonan Informasi');
    const { identitas, receivedAt } = (await storedFor('Dengan Foto'))!;
    expect(identitas).toMatchObject({ mediaType: 'image/jpeg' });
    // The raw column holds neither the file nor its base64, nor any readable metadata.
    const raw = identitas!.sealed;
    for (const plain of [original.toString('latin1'), original.toString('base64'), 'Exif', 'JFIF', 'GPSLatitude']) expect(raw.includes(plain)).toBe(false);
    const stored = decrypt(raw);
    expect(identitas!.size).toBe(stored.length);
    expect(has(stored, 'Exif')).toBe(false);
    expect(stored.includes(EXIF_GPS_BODY)).toBe(false);
    expect(stored.subarray(0, 2).toString('hex')).toBe('ffd8');
    expect(stored.subarray(-2).toString('hex')).toBe('ffd9');
    const expected = new Date(receivedAt);
    expected.setUTCFullYear(expected.getUTCFullYear() + 2);
    expect(identitas!.purgeAfter.toISOString()).toBe(expected.toISOString());
  });

  it('stores a PNG without its tEXt chunk, and a plain PDF as sent', async () => {
    expect((await post({ ...valid, requesterName: 'Dengan PNG' }, { bytes: craftedPng(), name: 'ktp.png', type: 'image/png' }, '10.1.0.3')).status).toBe(303);
    const png = decrypt((await storedFor('Dengan PNG'))!.identitas!.sealed);
    expect(has(png, 'tEXt')).toBe(false);
    expect(has(png, 'Pemohon Uji')).toBe(false);
    expect(has(png, 'IDAT')).toBe(true);
    expect((await post({ ...valid, requesterName: 'Dengan PDF' }, { bytes: craftedPdf(), name: 'akta.pdf', type: 'application/pdf' }, '10.1.0.3')).status).toBe(
      303,
    );
    expect(decrypt((await storedFor('Dengan PDF'))!.identitas!.sealed).equals(craftedPdf())).toBe(true);
  });

  it('refuses a .jpg that is really text with 400 at the field identitas, keeping the typed values', async () => {
    const fake = { bytes: Buffer.from('Ini bukan gambar, hanya teks.'), name: 'ktp.jpg', type: 'image/jpeg' };
    const res = await post({ ...valid, requesterName: 'Berkas Palsu' }, fake, '10.1.0.4');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(
      '<p class="field-error" id="f-identitas-error">Berkas identitas harus berupa gambar JPEG, PNG atau dokumen PDF yang utuh. Pilih lagi berkasnya.</p>',
    );
    expect(html).toContain('href="#f-identitas"');
    expect(html).toMatch(/id="f-identitas"[^>]*aria-invalid="true"[^>]*aria-describedby="f-identitas-error f-identitas-hint"/);
    expect(html).toContain('value="Berkas Palsu"');
    expect(await storedFor('Berkas Palsu')).toBeUndefined();
  });

  it('refuses a PDF with JavaScript at the field identitas, asking for a scan, a photo or a plain PDF', async () => {
    const res = await post({ ...valid, requesterName: 'PDF Aktif' }, { bytes: craftedActivePdf(), name: 'akta.pdf', type: 'application/pdf' }, '10.1.0.8');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(
      /<p class="field-error" id="f-identitas-error">PDF ini berisi konten aktif[^<]*Kirim foto atau hasil pindai identitas \(JPEG\/PNG\), atau PDF biasa/,
    );
    expect(html).toContain('value="PDF Aktif"');
    expect(await storedFor('PDF Aktif')).toBeUndefined();
  });

  it('asks to choose a good file again when another field fails', async () => {
    const res = await post({ ...valid, requesterName: 'Isian Salah', purpose: '' }, { bytes: craftedJpeg(), name: 'ktp.jpg', type: 'image/jpeg' }, '10.1.0.5');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="f-purpose-error"');
    expect(html).toContain('Berkas identitas belum tersimpan karena ada isian lain yang perlu diperbaiki. Pilih lagi berkasnya sebelum mengirim ulang.');
    expect(html).toContain('value="Isian Salah"');
  });

  it('refuses a file over 2 MB: at the field when the body is read, with a notice when the body is too large to read', async () => {
    const justOver = Buffer.concat([craftedPdf(), Buffer.alloc(IDENTITY_MAX_BYTES + 1 - craftedPdf().length)]);
    const res = await post({ ...valid, requesterName: 'Berkas Besar' }, { bytes: justOver, name: 'akta.pdf', type: 'application/pdf' }, '10.1.0.6');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Berkas identitas paling besar 2 MB. Pilih lagi berkas yang lebih kecil.');
    expect(html).toContain('value="Berkas Besar"');
    const huge = Buffer.alloc(3 * 1024 * 1024);
    const refused = await post({ ...valid, requesterName: 'Berkas Raksasa' }, { bytes: huge, name: 'akta.pdf', type: 'application/pdf' }, '10.1.0.6');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(await refused.text()).toContain('Kiriman terlalu besar: berkas identitas paling besar 2 MB.');
    expect(await storedFor('Berkas Besar')).toBeUndefined();
    expect(await storedFor('Berkas Raksasa')).toBeUndefined();
  });

  it('still takes the old urlencoded post', async () => {
    const res = await w.app.request('/dinas-a/ppid/permohonan', {
      method: 'POST',
      headers: { host: 'warta.test', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.1.0.7' },
      body: new URLSearchParams({ ...valid, requesterName: 'Tanpa Multipart' }).toString(),
    });
    expect(res.status).toBe(303);
    const [row] = await w.services.db
      .select()
      .from(permohonan)
      .where(and(eq(permohonan.requesterName, 'Tanpa Multipart'), eq(permohonan.unitId, f.unitA.id)));
    expect(row).toBeDefined();
  });
});
