import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { type SmtpSink, startSmtpSink } from '../../test/smtp-sink.ts';
import { uploadFile } from '../lampiran/test-upload.ts';
import { outbox } from '../mail/schema.ts';
import { craftedPdf } from '../permohonan/identity-test-files.ts';
import { addOfficer, sampleRequestBody } from '../permohonan/test-fixture.ts';

let smtp: SmtpSink;
let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  smtp = await startSmtpSink();
  w = await startTestWarta(smtp.env);
  f = await seedFixture(w.services);
});
afterAll(async () => {
  await w.stop();
  await smtp.close();
});

describe('the notice e-mail over SMTP', () => {
  it('carries the decision’s file as an attachment, byte for byte', async () => {
    await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_utama', 'ppid-smtp', PASSWORD);
    const ppid = new TestClient(w.app);
    await ppid.signIn('ppid-smtp@uji.test', PASSWORD);
    const created = await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody());
    const id = created.body.permohonan.id as string;
    await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'diproses' });
    await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'dikabulkan_seluruhnya' });
    const pdf = craftedPdf();
    expect((await uploadFile(w.app, ppid, `/api/permohonan/${id}/lampiran`, pdf, 'salinan-laporan.pdf')).status).toBe(201);
    const sent = await ppid.post(`/api/permohonan/${id}/pemberitahuan/kirim`, {});
    expect(sent.status).toBe(200);

    // The requester got the receipt at entry, then the notice.
    const deadline = Date.now() + 30_000;
    while (smtp.received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received.filter((m) => /Subject: Tanda bukti permohonan informasi/.test(m.raw))).toHaveLength(1);
    const raw = smtp.received.find((m) => !/Subject: Tanda bukti permohonan informasi/.test(m.raw))!.raw;
    expect(raw).toMatch(/Content-Type: application\/pdf; name=salinan-laporan\.pdf/);
    expect(raw).toMatch(/Content-Disposition: attachment; filename=salinan-laporan\.pdf/);
    const part = raw.split(/Content-Disposition: attachment; filename=salinan-laporan\.pdf\r\n\r\n/)[1]!.split('\r\n--')[0]!;
    expect(Buffer.from(part.replace(/\s+/g, ''), 'base64').equals(pdf)).toBe(true);

    for (let i = 0; i < 50; i++) {
      const [row] = await w.services.db.select().from(outbox).where(eq(outbox.id, sent.body.outboxId));
      if (row?.status === 'sent') return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the outbox row was never marked sent');
  });
});
