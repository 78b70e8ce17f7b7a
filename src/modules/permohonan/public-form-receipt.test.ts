import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { MASKED } from '../mail/queue-mail.ts';
import { outbox } from '../mail/schema.ts';
import { permohonan, permohonanResubmission } from './schema.ts';
import { addOfficer, followReceipt } from './test-fixture.ts';

// Post/redirect/get of the public request form, the refused resubmission, and the mails queued
// with a registration (their delivery over SMTP is in receipt-smtp.test.ts).

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta({ WARTA_TRUST_PROXY: '1' });
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_utama', 'ppid-utama-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-pelaksana-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'atasan_ppid', 'atasan-a', PASSWORD);
});
afterAll(() => w.stop());

const valid = {
  requesterType: 'perseorangan',
  requesterName: 'Agustina Uji',
  requesterAddress: 'Jalan Contoh No. 12, Kupang',
  requesterOccupation: '',
  requesterPhone: '0812-1111-2222',
  requesterEmail: 'agustina@warga.test',
  informationDetails: 'Daftar penerima beasiswa daerah tahun 2026',
  purpose: 'Bahan liputan',
  obtainMethod: 'salinan_softcopy',
  copyDelivery: 'email',
};

let ip = 0;
function post(fields: Record<string, string>, path = '/dinas-a/ppid/permohonan') {
  ip += 1;
  return w.app.request(path, {
    method: 'POST',
    headers: { host: 'warta.test', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `10.9.0.${ip}` },
    body: new URLSearchParams(fields).toString(),
  });
}
const rowsOf = (name: string) => w.services.db.select().from(permohonan).where(eq(permohonan.requesterName, name));
const mailsOf = (id: string) =>
  w.services.db
    .select()
    .from(outbox)
    .where(eq(outbox.tenantId, f.tenant.id))
    .then((all) => all.filter((m) => m.text.includes(id)));
const numberOn = (html: string) => /PPID\/DINAS-A\/\d{4}\/\d{5}/.exec(html)?.[0];
const codeOn = (html: string) => /<code>([^<]+)<\/code>/.exec(html)?.[1];

describe('post/redirect/get of the request form', () => {
  it('shows the same receipt on reload and registers the request once', async () => {
    const { page, cookie, location } = await followReceipt(w.app, await post({ ...valid, requesterName: 'Muat Ulang' }));
    const first = await page.text();
    expect(page.headers.get('cache-control')).toBe('no-store');
    for (let i = 0; i < 3; i++) {
      const again = await w.app.request(location, { headers: { host: 'warta.test', cookie } });
      expect(again.status).toBe(200);
      expect(await again.text()).toBe(first);
    }
    expect(await rowsOf('Muat Ulang')).toHaveLength(1);
    expect(first).toContain(numberOn(first)!);
    expect(codeOn(first)!.length).toBeGreaterThan(10);
  });

  it('shows nothing of a case to someone who opens the receipt address without the cookie, or with a forged or foreign one', async () => {
    const { page, location, cookie } = await followReceipt(w.app, await post({ ...valid, requesterName: 'Rahasia Uji' }));
    const html = await page.text();
    const number = numberOn(html)!;
    const code = codeOn(html)!;
    const forged = `warta_tanda_terima=v1.${'A'.repeat(16)}.${'B'.repeat(22)}.${'C'.repeat(40)}`;
    for (const headers of [{ host: 'warta.test' }, { host: 'warta.test', cookie: forged }] as Record<string, string>[]) {
      const res = await w.app.request(location, { headers });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain('Tanda bukti tidak dapat ditampilkan lagi');
      for (const secret of [number, code, 'Rahasia Uji', 'Jalan Contoh']) expect(text).not.toContain(secret);
    }
    // Unit A's receipt cookie on unit B's receipt page shows nothing either.
    const other = await (await w.app.request('/badan-b/ppid/permohonan/tanda-terima', { headers: { host: 'warta.test', cookie } })).text();
    expect(other).not.toContain(number);
    expect(other).toContain('Tanda bukti tidak dapat ditampilkan lagi');
    // Nor on the objection form's receipt page: the form's path is sealed into the cookie.
    const objection = await (await w.app.request('/dinas-a/ppid/keberatan/tanda-terima', { headers: { host: 'warta.test', cookie } })).text();
    expect(objection).toContain('Tanda bukti tidak dapat ditampilkan lagi');
    expect(objection).not.toContain(number);
  });

  it('answers the same request sent again within minutes with the earlier receipt, not a new number', async () => {
    const first = await (await followReceipt(w.app, await post({ ...valid, requesterName: 'Kirim Dua Kali' }))).page.text();
    // Retyped with other case and spacing, another purpose: still the same requester and the same information.
    const again = await followReceipt(
      w.app,
      await post({
        ...valid,
        requesterName: 'kirim  dua KALI',
        requesterPhone: '081211112222',
        informationDetails: ' Daftar penerima beasiswa daerah tahun 2026. ',
        purpose: 'Bahan kajian lain',
      }),
    );
    const second = await again.page.text();
    expect(second).toContain('Permohonan yang sama sudah kami terima beberapa menit yang lalu');
    expect(numberOn(second)).toBe(numberOn(first));
    expect(codeOn(second)).toBe(codeOn(first));
    const rows = await rowsOf('Kirim Dua Kali');
    expect(rows).toHaveLength(1);
    expect(await mailsOf(rows[0]!.id)).toHaveLength(2); // the first registration's PPID alerts only (receipt mails carry no id)
    // Other information asked for is another request.
    const other = await (
      await followReceipt(w.app, await post({ ...valid, requesterName: 'Kirim Dua Kali', informationDetails: 'Daftar penerima bantuan sosial tahun 2026' }))
    ).page.text();
    expect(numberOn(other)).not.toBe(numberOn(first));
    expect(await rowsOf('Kirim Dua Kali')).toHaveLength(2);
  });

  it('registers the same request again once the window has passed', async () => {
    const first = await (await followReceipt(w.app, await post({ ...valid, requesterName: 'Jendela Lewat' }))).page.text();
    const [row] = await rowsOf('Jendela Lewat');
    await w.services.db
      .update(permohonanResubmission)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(permohonanResubmission.permohonanId, row!.id));
    const second = await (await followReceipt(w.app, await post({ ...valid, requesterName: 'Jendela Lewat' }))).page.text();
    expect(numberOn(second)).not.toBe(numberOn(first));
    expect(await rowsOf('Jendela Lewat')).toHaveLength(2);
    // The expired window was deleted on the way.
    expect(await w.services.db.select().from(permohonanResubmission).where(eq(permohonanResubmission.permohonanId, row!.id))).toHaveLength(0);
  });
});

describe('mails queued with a registration from the public form', () => {
  it('sends the requester a receipt and each PPID officer an alert without personal data', async () => {
    const html = await (
      await followReceipt(w.app, await post({ ...valid, requesterName: 'Surat Tanda Terima', requesterEmail: 'surat@warga.test' }))
    ).page.text();
    const [row] = await rowsOf('Surat Tanda Terima');
    const number = row!.number;
    const mails = (await w.services.db.select().from(outbox)).filter((m) => m.subject.includes(number));
    const receipt = mails.find((m) => m.toAddress === 'surat@warga.test')!;
    expect(receipt).toMatchObject({ purpose: 'permohonan.tanda_terima', subject: `Tanda bukti permohonan informasi ${number}`, tenantId: f.tenant.id });
    expect(receipt.text).toContain('Yth. Surat Tanda Terima,');
    expect(receipt.text).toContain(`Nomor pendaftaran: ${number}`);
    expect(receipt.text).toContain(`Kode pelacakan: ${codeOn(html)}`);
    expect(receipt.text).toContain(`http://warta.test/dinas-a/ppid/permohonan/lacak?nomor=${encodeURIComponent(number)} `);
    expect(receipt.text).toMatch(/Diterima: \w+, \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WITA/);
    expect(receipt.text).toContain('Batas waktu pemberitahuan tertulis: ');
    const alerts = mails.filter((m) => m.purpose === 'permohonan.masuk');
    // The PPID Utama and Pelaksana; not the Atasan PPID.
    expect(alerts.map((m) => m.toAddress).sort()).toEqual(['ppid-pelaksana-a@uji.test', 'ppid-utama-a@uji.test']);
    for (const alert of alerts) {
      expect(alert.subject).toBe(`Permohonan informasi baru ${number}`);
      expect(alert.text).toContain(`http://warta.test/admin/permohonan/${row!.id}`);
      for (const personal of ['Surat Tanda Terima', 'surat@warga.test', 'Jalan Contoh', '0812', 'beasiswa', codeOn(html)!])
        expect(alert.text).not.toContain(personal);
    }
  });

  it('shows admins the receipt in the outbox with the tracking code masked, while the mail keeps it', async () => {
    const html = await (await followReceipt(w.app, await post({ ...valid, requesterName: 'Kode Tersamar', requesterEmail: 'samar@warga.test' }))).page.text();
    const code = codeOn(html)!;
    const [stored] = await w.services.db.select().from(outbox).where(eq(outbox.toAddress, 'samar@warga.test'));
    expect(stored!.text).toContain(`Kode pelacakan: ${code}`);
    const admin = new TestClient(w.app);
    await admin.signIn(f.admin.email, PASSWORD);
    const res = await admin.get('/api/outbox?purpose=permohonan.tanda_terima');
    expect(res.status).toBe(200);
    const shown = res.body.items.find((m: { id: string }) => m.id === stored!.id);
    expect(shown.text).toContain(`Kode pelacakan: ${MASKED}`);
    expect(JSON.stringify(res.body)).not.toContain(code);
    expect(shown).not.toHaveProperty('shownText');
    // The PPID's alert has no code to mask: shown as written.
    const alerts = (await admin.get('/api/outbox?purpose=permohonan.masuk')).body.items;
    const [alertRow] = await w.services.db.select().from(outbox).where(eq(outbox.id, alerts[0].id));
    expect(alerts[0].text).toBe(alertRow!.text);
  });

  it('writes the receipt in English when the form was in English, and none without an e-mail address', async () => {
    await followReceipt(
      w.app,
      await post({ ...valid, requesterName: 'English Form', requesterEmail: 'english@warga.test' }, '/dinas-a/ppid/permohonan?lang=en'),
    );
    const [row] = await rowsOf('English Form');
    const [receipt] = await w.services.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.toAddress, 'english@warga.test'), eq(outbox.purpose, 'permohonan.tanda_terima')));
    expect(receipt!.subject).toBe(`Receipt of information request ${row!.number}`);
    expect(receipt!.text).toContain('Dear English Form,');
    expect(receipt!.text).toContain(`lacak?nomor=${encodeURIComponent(row!.number)}&lang=en`);
    expect(receipt!.text).toMatch(/Received: \w+(, | )\d{1,2} \w+ \d{4}/);

    await followReceipt(
      w.app,
      await post({ ...valid, requesterName: 'Tanpa Surel', requesterEmail: '', copyDelivery: 'ambil_langsung', obtainMethod: 'salinan_hardcopy' }),
    );
    const [quiet] = await rowsOf('Tanpa Surel');
    const all = (await w.services.db.select().from(outbox)).filter((m) => m.subject.includes(quiet!.number));
    expect(all.map((m) => m.purpose)).toEqual(['permohonan.masuk', 'permohonan.masuk']);
  });

  it('queues nothing when the registration fails, since the mail is in its transaction', async () => {
    const before = (await w.services.db.select().from(outbox)).length;
    const res = await post({ ...valid, requesterName: 'X' });
    expect(res.status).toBe(400);
    expect((await w.services.db.select().from(outbox)).length).toBe(before);
  });
});

describe('the tracking page opened with a number only (the link of an e-mail)', () => {
  it('shows the form with the number filled in and asks for the code, for a known and an unknown number alike', async () => {
    const html = await (await followReceipt(w.app, await post({ ...valid, requesterName: 'Tautan Surel' }))).page.text();
    const number = numberOn(html)!;
    const known = await w.app.request(`/dinas-a/ppid/permohonan/lacak?${new URLSearchParams({ nomor: number })}`, { headers: { host: 'warta.test' } });
    const unknown = await w.app.request(`/dinas-a/ppid/permohonan/lacak?${new URLSearchParams({ nomor: 'PPID/DINAS-A/1999/00009' })}`, {
      headers: { host: 'warta.test' },
    });
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    const page = await known.text();
    expect(page).toContain(`Masukkan kode pelacakan dari tanda bukti atau e-mail tanda terima untuk melihat status permohonan ${number}.`);
    expect(page).toContain(`<input id="f-nomor" name="nomor" value="${number}"`);
    expect(page).not.toContain('tidak ditemukan');
    expect(page).not.toContain('Terdaftar');
    // Nothing tells a known number from an unknown one.
    expect(page.replaceAll(number, 'N')).toBe((await unknown.text()).replaceAll('PPID/DINAS-A/1999/00009', 'N'));
  });
});
