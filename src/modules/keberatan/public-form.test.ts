import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { outbox } from '../mail/schema.ts';
import { addOfficer, followReceipt } from '../permohonan/test-fixture.ts';
import { keberatan } from './schema.ts';
import { completeCalendarAhead, makeRequest } from './test-fixture.ts';

type Request = { id: string; number: string; token: string };

let w: TestWarta;
let f: Fixture;
let refused: Request;
let fresh: Request;
let old: Request;
beforeAll(async () => {
  // Behind a trusted proxy each test can be its own visitor, so the rate limit is per test.
  w = await startTestWarta({ WARTA_TRUST_PROXY: '1' });
  f = await seedFixture(w.services);
  await completeCalendarAhead(w.services, f);
  refused = await makeRequest(w.services, f, { steps: [{ ke: 'diproses' }, { ke: 'ditolak', dasar: 'pasal_17_b' }] });
  fresh = await makeRequest(w.services, f);
  // Received Monday 5 January 2026, due 20 January, never answered: the time to object ended on 5 March.
  old = await makeRequest(w.services, f, { receivedAt: new Date('2026-01-05T02:00:00Z') });
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'atasan_ppid', 'atasan-keb-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_utama', 'ppid-keb-a', PASSWORD);
});
afterAll(() => w.stop());

const form = (r: Request, overrides: Record<string, string | string[]> = {}) => ({
  permohonanNumber: r.number,
  trackingToken: r.token,
  grounds: ['a'] as string | string[],
  reason: 'Informasi yang saya minta bukan informasi yang dikecualikan.',
  representativeName: '',
  representativeAddress: '',
  representativePhone: '',
  ...overrides,
});

function post(fields: Record<string, string | string[]>, ip: string, path = '/dinas-a/ppid/keberatan') {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of ([] as string[]).concat(value)) body.append(key, v);
  return w.app.request(path, {
    method: 'POST',
    headers: { host: 'warta.test', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: body.toString(),
  });
}
const get = (path: string) => w.app.request(path, { headers: { host: 'warta.test' } });
const objections = () => w.services.db.select().from(keberatan);

describe('the public objection form', () => {
  it('is listed in the PPID portal and renders as a plain HTML form', async () => {
    expect(await (await get('/dinas-a/ppid')).text()).toContain('href="/dinas-a/ppid/keberatan"');
    const res = await get('/dinas-a/ppid/keberatan');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<form class="form" method="post" action="/dinas-a/ppid/keberatan"');
    for (const name of ['permohonanNumber', 'trackingToken', 'grounds', 'reason', 'representativeName', 'powerOfAttorney'])
      expect(html).toContain(`name="${name}"`);
    for (const letter of 'abcdefg') expect(html).toContain(`id="f-grounds-${letter}"`);
    expect(html).not.toContain('<script');
    // Light enough for a slow mobile link: the page and its one stylesheet under 30 KB.
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
    const stylesheet = await (await get(css!.replaceAll('&amp;', '&'))).text();
    expect(new TextEncoder().encode(html + stylesheet).length).toBeLessThan(30_000);
  });

  it('fills in the request number from ?nomor= on a private page', async () => {
    const res = await get(`/dinas-a/ppid/keberatan?nomor=${encodeURIComponent(refused.number)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toMatch(new RegExp(`id="f-permohonanNumber"[^>]*value="${refused.number}"`));
  });

  it('answers 400 with the typed values kept and each error at its field, and registers nothing', async () => {
    const res = await post(form(refused, { grounds: [], reason: 'Singkat', representativeName: 'Kuasa Fiktif Lontar' }), '10.1.0.1');
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain(`value="${refused.number}"`);
    expect(html).toContain(`value="${refused.token}"`);
    expect(html).toContain('value="Kuasa Fiktif Lontar"');
    expect(html).toContain('Singkat</textarea>');
    expect(html).toContain('<p class="field-error" id="f-reason-error">Uraian keberatan harus diisi, 10 sampai 4000 karakter.</p>');
    expect(html).toMatch(/id="f-reason"[^>]*aria-invalid="true"[^>]*aria-describedby="f-reason-error"/);
    expect(html).toContain('id="f-grounds-error"');
    expect(html).toContain('<p class="field-error" id="f-powerOfAttorney-error">');
    expect(html).toContain('href="#f-grounds"');
    expect(html).not.toMatch(/id="f-permohonanNumber"[^>]*aria-invalid/);
    expect(await objections()).toHaveLength(0);
  });

  it('refuses a wrong tracking code exactly as it refuses an unknown number', async () => {
    const wrongToken = await post(form(refused, { trackingToken: 'kode-yang-salah-123' }), '10.1.0.2');
    const unknown = await post(form(refused, { permohonanNumber: 'PPID/DINAS-A/1999/00001', trackingToken: 'kode-yang-salah-123' }), '10.1.0.2');
    expect(wrongToken.status).toBe(400);
    expect(unknown.status).toBe(400);
    const a = (await wrongToken.text()).replaceAll(refused.number, 'N');
    const b = (await unknown.text()).replaceAll('PPID/DINAS-A/1999/00001', 'N');
    expect(a).toBe(b);
    expect(a).toContain('<p class="field-error" id="f-trackingToken-error">Permohonan dengan nomor dan kode pelacakan tersebut tidak ditemukan');
    // The right code on another unit's form finds nothing either.
    expect((await post(form(refused), '10.1.0.2', '/badan-b/ppid/keberatan')).status).toBe(400);
    expect(await objections()).toHaveLength(0);
  });

  it('refuses grounds that have not arisen while the request is still in time, at the grounds', async () => {
    const res = await post(form(fresh, { grounds: ['a', 'b'] }), '10.1.0.3');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<p class="field-error" id="f-grounds-error">Alasan a belum dapat diajukan');
  });

  it('refuses an objection after the 30 working days, naming the last day', async () => {
    const res = await post(form(old, { grounds: 'c' }), '10.1.0.4');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('yaitu Kamis, 5 Maret 2026');
    expect(await objections()).toHaveLength(0);
  });

  it('registers a valid objection through a representative and redirects (303) to a private receipt with its number', async () => {
    const fields = form(refused, {
      grounds: ['a', 'f'],
      representativeName: 'Kuasa Fiktif Lontar',
      representativeAddress: 'Jalan Khayalan No. 9, Kupang',
      representativePhone: '0812 1111 2222',
      powerOfAttorney: 'ya',
    });
    const posted = await post(fields, '10.1.0.5');
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/dinas-a/ppid/keberatan/tanda-terima');
    const { page: res, cookie, location } = await followReceipt(w.app, posted);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const [row] = await objections();
    // Reloading shows the same receipt and files nothing; the address alone shows no case.
    expect(await (await w.app.request(location, { headers: { host: 'warta.test', cookie } })).text()).toBe(html);
    expect(await objections()).toHaveLength(1);
    const bare = await (await get(location)).text();
    expect(bare).toContain('Tanda bukti tidak dapat ditampilkan lagi');
    expect(bare).not.toContain(row!.number);
    expect(row).toMatchObject({
      unitId: f.unitA.id,
      permohonanId: refused.id,
      channel: 'website',
      status: 'terdaftar',
      registeredBy: null,
      grounds: ['a', 'f'],
      representativeName: 'Kuasa Fiktif Lontar',
      powerOfAttorneyNote: expect.stringContaining('surat kuasa belum diperiksa PPID'),
    });
    expect(row!.number).toMatch(/^KEB\/DINAS-A\/\d{4}\/00001$/);
    expect(html).toContain('Tanda Bukti Pengajuan Keberatan');
    expect(html).toContain(`<strong>${row!.number}</strong>`);
    expect(html).toContain(refused.number);
    expect(html).toMatch(/pukul \d{2}\.\d{2} WITA/);
    expect(row!.dueDate).not.toBeNull();
    expect(html).not.toContain(refused.token);
    const [audit] = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, row!.id), eq(auditLog.action, 'keberatan.registered')));
    expect(audit).toMatchObject({ actorLabel: 'pemohon (formulir keberatan publik)', actorId: null });
  });

  it('speaks English on request', async () => {
    const res = await post(form(fresh, { reason: '' }), '10.1.0.6', '/dinas-a/ppid/keberatan?lang=en');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<p class="field-error" id="f-reason-error">Explain the objection, 10 to 4000 characters.</p>');
  });

  it('refuses a sixth submission from one address within ten minutes with 429, keeping the values', async () => {
    for (let i = 0; i < 5; i++) expect((await post(form(refused, { trackingToken: `tebakan-ke-${i}` }), '10.1.0.7')).status).toBe(400);
    const res = await post(form(refused, { reason: 'Percobaan keenam dari alamat yang sama.' }), '10.1.0.7');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = await res.text();
    expect(html).toContain('Terlalu banyak pengajuan dari alamat Anda');
    expect(html).toContain('Percobaan keenam dari alamat yang sama.</textarea>');
    expect((await post(form(refused, { grounds: 'f' }), '10.1.0.8')).status).toBe(303);
  });

  it('answers the same objection sent again within minutes with the earlier receipt', async () => {
    const fields = form(refused, { grounds: ['f', 'a'], reason: 'Permohonan saya ditolak tanpa uji konsekuensi.' });
    const mine = async () => (await objections()).filter((k) => k.reason.includes('tanpa uji') || k.reason.includes('Alasan lain'));
    const first = await (await followReceipt(w.app, await post(fields, '10.1.0.9'))).page.text();
    const again = await (
      await followReceipt(w.app, await post({ ...fields, grounds: ['a', 'f'], reason: ' permohonan saya DITOLAK tanpa uji  konsekuensi ' }, '10.1.0.10'))
    ).page.text();
    expect(again).toContain('Keberatan yang sama sudah kami terima beberapa menit yang lalu');
    const number = /KEB\/DINAS-A\/\d{4}\/\d{5}/.exec(first)![0];
    expect(again).toContain(number);
    expect(await mine()).toHaveLength(1);
    // Another reason is another objection.
    const other = await post({ ...fields, reason: 'Alasan lain yang berbeda dari sebelumnya.' }, '10.1.0.11');
    expect(other.status).toBe(303);
    expect(await mine()).toHaveLength(2);
  });

  it('queues the receipt to the request’s e-mail and an alert to the Atasan PPID and the PPID, once', async () => {
    const [filed] = (await objections()).filter((k) => k.reason.includes('tanpa uji'));
    const mails = (await w.services.db.select().from(outbox)).filter((m) => m.subject.includes(filed!.number));
    const receipt = mails.find((m) => m.purpose === 'keberatan.tanda_terima')!;
    expect(receipt.toAddress).toBe('maria@contoh.test');
    expect(receipt.subject).toBe(`Tanda bukti pengajuan keberatan ${filed!.number}`);
    expect(receipt.text).toContain(`Nomor registrasi keberatan: ${filed!.number}`);
    expect(receipt.text).toContain(`Keberatan atas permohonan informasi ${refused.number}`);
    expect(receipt.text).toContain(`http://warta.test/dinas-a/ppid/permohonan/lacak?nomor=${encodeURIComponent(refused.number)}`);
    expect(receipt.text).toMatch(/Batas waktu tanggapan Atasan PPID: \w+, \d{1,2} \w+ \d{4}/);
    expect(receipt.text).not.toContain(refused.token);
    const alerts = mails.filter((m) => m.purpose === 'keberatan.masuk');
    expect(alerts.map((m) => m.toAddress).sort()).toEqual(['atasan-keb-a@uji.test', 'ppid-keb-a@uji.test']);
    for (const alert of alerts) {
      expect(alert.text).toContain(`http://warta.test/admin/keberatan/${filed!.id}`);
      for (const personal of ['Maria', 'maria@contoh.test', 'tanpa uji']) expect(alert.text).not.toContain(personal);
    }
    // The repeated post queued nothing more: one receipt and two alerts.
    expect(mails).toHaveLength(3);
  });
});
