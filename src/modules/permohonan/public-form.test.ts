import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { permohonan } from './schema.ts';
import { followReceipt } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  // Behind a trusted proxy each test can be its own visitor, so the rate limit is per test.
  w = await startTestWarta({ WARTA_TRUST_PROXY: '1' });
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

const valid = {
  requesterType: 'perseorangan',
  requesterName: 'Yohanes Uji',
  requesterAddress: 'Jalan Contoh No. 7, Kupang',
  requesterOccupation: 'Wartawan',
  requesterPhone: '0812-3456-7890',
  requesterEmail: '',
  informationDetails: 'Daftar peserta pelatihan teknis tahun 2026 per kabupaten',
  purpose: 'Bahan liputan',
  obtainMethod: 'salinan_hardcopy',
  copyDelivery: 'ambil_langsung',
};

function post(path: string, fields: Record<string, string>, ip: string, host = 'warta.test') {
  return w.app.request(path, {
    method: 'POST',
    headers: { host, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams(fields).toString(),
  });
}
const get = (path: string, host = 'warta.test') => w.app.request(path, { headers: { host } });
/** Posts the form and opens the receipt page the 303 leads to, as a browser does. */
async function submit(path: string, fields: Record<string, string>, ip: string, host = 'warta.test') {
  return followReceipt(w.app, await post(path, fields, ip, host), host);
}

function trackingLink(html: string): string {
  const href = /href="([^"]*\/ppid\/permohonan\/lacak\?[^"]*)"/.exec(html)?.[1];
  if (!href) throw new Error('no tracking link on the receipt');
  const url = new URL(href.replaceAll('&amp;', '&'));
  return `${url.pathname}${url.search}`;
}

describe('the public request form', () => {
  it('is listed in the PPID portal and renders as a plain HTML form', async () => {
    expect(await (await get('/dinas-a/ppid')).text()).toContain('href="/dinas-a/ppid/permohonan"');
    const res = await get('/dinas-a/ppid/permohonan');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<form class="form" method="post" action="/dinas-a/ppid/permohonan"');
    for (const name of Object.keys(valid)) expect(html).toContain(`name="${name}"`);
    expect(html).not.toContain('<script');
  });

  it('answers 400 with the typed values kept and each error at its field, and registers nothing', async () => {
    const res = await post('/dinas-a/ppid/permohonan', { ...valid, requesterName: 'Y', requesterEmail: 'bukan-email', obtainMethod: '' }, '10.0.0.1');
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('value="Y"');
    expect(html).toContain('value="bukan-email"');
    expect(html).toContain('Daftar peserta pelatihan teknis tahun 2026 per kabupaten</textarea>');
    expect(html).toMatch(/id="f-requesterName"[^>]*aria-invalid="true"[^>]*aria-describedby="f-requesterName-error f-requesterName-hint"/);
    expect(html).toContain('<p class="field-error" id="f-requesterName-error">Nama harus diisi, 2 sampai 200 karakter.</p>');
    expect(html).toContain('Alamat e-mail tidak sah');
    expect(html).toContain('id="f-obtainMethod-error"');
    expect(html).not.toMatch(/id="f-requesterAddress"[^>]*aria-invalid/);
    expect(await w.services.db.select().from(permohonan)).toHaveLength(0);
  });

  it('asks for an e-mail address when copies are to be sent by e-mail, in English on request', async () => {
    const res = await post('/dinas-a/ppid/permohonan?lang=en', { ...valid, copyDelivery: 'email' }, '10.0.0.2');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<p class="field-error" id="f-requesterEmail-error">Enter an e-mail address to receive copies by e-mail.</p>');
    expect(html).toContain('checked=""');
  });

  it('registers a valid request and redirects (303) to a private receipt with number, times and tracking link', async () => {
    const posted = await post('/dinas-a/ppid/permohonan', valid, '10.0.0.3');
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/dinas-a/ppid/permohonan/tanda-terima');
    // The receipt travels sealed in an HttpOnly cookie of the form's path, never in the address.
    expect(posted.headers.get('set-cookie')).toMatch(/^warta_tanda_terima=v1\.[^;]+; Max-Age=1800; Path=\/dinas-a\/ppid\/permohonan; HttpOnly; SameSite=Lax$/);
    const { page: res } = await followReceipt(w.app, posted);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const [row] = await w.services.db.select().from(permohonan).where(eq(permohonan.requesterName, 'Yohanes Uji'));
    expect(row).toMatchObject({
      channel: 'website',
      unitId: f.unitA.id,
      status: 'terdaftar',
      registeredBy: null,
      requesterEmail: null,
      copyDelivery: 'ambil_langsung',
    });
    expect(html).toContain(row!.number);
    expect(html).toMatch(/pukul \d{2}\.\d{2} WITA/);
    const link = trackingLink(html);
    expect(link).toContain(`nomor=${encodeURIComponent(row!.number)}`);
    expect(html).toContain('Tanda Bukti Permohonan Informasi');
  });

  it('serves a unit on its own host at /ppid/permohonan', async () => {
    const { page: res, location } = await submit('/ppid/permohonan', valid, '10.0.0.4', 'badanb.ujiprov.go.id');
    expect(location).toBe('/ppid/permohonan/tanda-terima');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/PPID\/BADAN-B\/\d{4}\/00001/);
    expect(html).toMatch(/href="http:\/\/badanb\.ujiprov\.go\.id\/ppid\/permohonan\/lacak\?nomor=PPID%2FBADAN-B%2F/);
  });

  it('answers the site’s 404 for a form of a unit that does not exist', async () => {
    const res = await post('/tidak-ada/ppid/permohonan', valid, '10.0.0.5');
    expect(res.status).toBe(404);
  });

  it('refuses a sixth request from one address within ten minutes with 429, keeping the values', async () => {
    for (let i = 0; i < 5; i++) expect((await post('/dinas-a/ppid/permohonan', { ...valid, purpose: `Permohonan ${i}` }, '10.0.0.6')).status).toBe(303);
    const res = await post('/dinas-a/ppid/permohonan', { ...valid, purpose: 'Permohonan keenam' }, '10.0.0.6');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = await res.text();
    expect(html).toContain('Terlalu banyak permohonan dari alamat Anda');
    expect(html).toContain('Permohonan keenam</textarea>');
    expect((await post('/dinas-a/ppid/permohonan', valid, '10.0.0.7')).status).toBe(303);
  });
});

describe('the tracking page', () => {
  it('shows status and due date for the right number and code, and no personal data', async () => {
    const receipt = await (await submit('/dinas-a/ppid/permohonan', { ...valid, requesterName: 'Pelacak Uji' }, '10.0.1.1')).page.text();
    const res = await get(trackingLink(receipt));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('Terdaftar');
    expect(html).toContain('Batas waktu pemberitahuan tertulis');
    expect(html).not.toContain('Pelacak Uji');
    expect(html).not.toContain('Jalan Contoh');
  });

  it('gives the same not-found answer for a wrong code as for an unknown number', async () => {
    const receipt = await (await submit('/dinas-a/ppid/permohonan', { ...valid, requesterName: 'Kode Salah' }, '10.0.1.2')).page.text();
    const link = new URL(trackingLink(receipt), 'http://warta.test');
    const number = link.searchParams.get('nomor')!;
    const wrongToken = await get(`/dinas-a/ppid/permohonan/lacak?${new URLSearchParams({ nomor: number, token: 'salah' })}`);
    const unknown = await get(`/dinas-a/ppid/permohonan/lacak?${new URLSearchParams({ nomor: 'PPID/DINAS-A/1999/00001', token: 'salah' })}`);
    expect(wrongToken.status).toBe(404);
    expect(unknown.status).toBe(404);
    const a = (await wrongToken.text()).replaceAll(number, 'N');
    const b = (await unknown.text()).replaceAll('PPID/DINAS-A/1999/00001', 'N');
    expect(a).toBe(b);
    expect(a).toContain('tidak ditemukan');
    expect(wrongToken.headers.get('cache-control')).toBe('no-store');
    // The right code on another unit's page finds nothing either.
    const otherUnit = await get(`/badan-b/ppid/permohonan/lacak${link.search}`);
    expect(otherUnit.status).toBe(404);
  });

  it('without a number shows the plain GET form', async () => {
    const res = await get('/dinas-a/ppid/permohonan/lacak');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<form class="form" method="get" action="/dinas-a/ppid/permohonan/lacak">');
  });
});
