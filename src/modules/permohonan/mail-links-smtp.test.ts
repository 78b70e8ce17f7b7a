import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { decodeQuotedPrintable, type SmtpSink, startSmtpSink } from '../../test/smtp-sink.ts';
import { permohonan } from './schema.ts';
import { addOfficer, followReceipt } from './test-fixture.ts';

// The receipt, the PPID's alert and the written notice as they arrive in a mailbox over SMTP, and
// the tracking links in them opened as the requester would.

let smtp: SmtpSink;
let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
beforeAll(async () => {
  smtp = await startSmtpSink();
  w = await startTestWarta(smtp.env);
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-surel-a', PASSWORD);
  ppid = new TestClient(w.app);
  await ppid.signIn('ppid-surel-a@uji.test', PASSWORD);
});
afterAll(async () => {
  await w.stop();
  await smtp.close();
});

/** The decoded text of the first mail to `to` whose text contains `marker`, waiting for the mail job. */
async function mailTo(to: string, marker: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const mail = smtp.received.map((m) => ({ to: m.to, text: decodeQuotedPrintable(m.raw) })).find((m) => m.to.includes(to) && m.text.includes(marker));
    if (mail) return mail.text;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} with ${marker}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const linkIn = (text: string) => {
  const url = /http:\/\/warta\.test(\/\S*\/ppid\/permohonan\/lacak\?\S+)/.exec(text)?.[1];
  if (!url) throw new Error('no tracking link in the mail');
  return url;
};
const open = (path: string) => w.app.request(path, { headers: { host: 'warta.test' } });

describe('tracking links in delivered mails', () => {
  it('a receipt reaches the requester and an alert the PPID; the receipt’s link asks for the code and its code opens the case', async () => {
    const posted = await w.app.request('/dinas-a/ppid/permohonan', {
      method: 'POST',
      headers: { host: 'warta.test', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        requesterType: 'perseorangan',
        requesterName: 'Penerima Surel',
        requesterAddress: 'Jalan Contoh No. 3, Kupang',
        requesterEmail: 'penerima@warga.test',
        informationDetails: 'Rencana kerja dinas tahun 2027',
        purpose: 'Bahan kajian warga',
        obtainMethod: 'salinan_softcopy',
        copyDelivery: 'email',
      }).toString(),
    });
    await followReceipt(w.app, posted);
    const [row] = await w.services.db.select().from(permohonan).where(eq(permohonan.requesterName, 'Penerima Surel'));

    const receipt = await mailTo('penerima@warga.test', row!.number);
    expect(receipt).toContain('Subject: Tanda bukti permohonan informasi');
    const code = /Kode pelacakan: (\S+)/.exec(receipt)![1]!;
    const link = linkIn(receipt);
    expect(link).toBe(`/dinas-a/ppid/permohonan/lacak?nomor=${encodeURIComponent(row!.number)}`);

    const asked = await open(link);
    expect(asked.status).toBe(200);
    const askedHtml = await asked.text();
    expect(askedHtml).toContain(`<input id="f-nomor" name="nomor" value="${row!.number}"`);
    expect(askedHtml).toContain('Masukkan kode pelacakan');
    expect(askedHtml).not.toContain('tidak ditemukan');

    const found = await open(`${link}&${new URLSearchParams({ token: code })}`);
    expect(found.status).toBe(200);
    expect(await found.text()).toContain('Terdaftar');

    const alert = await mailTo('ppid-surel-a@uji.test', row!.number);
    expect(alert).toContain(`http://warta.test/admin/permohonan/${row!.id}`);
    expect(alert).not.toContain('Penerima Surel');
    expect(alert).not.toContain(code);
  });

  it('the written notice’s link opens the tracking form asking for the code, not “not found”', async () => {
    const [row] = await w.services.db.select().from(permohonan).where(eq(permohonan.requesterName, 'Penerima Surel'));
    expect((await ppid.post(`/api/permohonan/${row!.id}/transisi`, { ke: 'diproses' })).status).toBe(200);
    expect((await ppid.post(`/api/permohonan/${row!.id}/transisi`, { ke: 'dikabulkan_seluruhnya' })).status).toBe(200);
    expect((await ppid.post(`/api/permohonan/${row!.id}/pemberitahuan/kirim`, {})).status).toBe(200);

    const notice = await mailTo('penerima@warga.test', 'Pemberitahuan tertulis');
    const link = linkIn(notice);
    const res = await open(link);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`value="${row!.number}"`);
    expect(html).toContain(`untuk melihat status permohonan ${row!.number}.`);
    expect(html).not.toContain('tidak ditemukan');
  });
});
