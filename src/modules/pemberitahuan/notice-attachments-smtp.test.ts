import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { uploadFile } from '../lampiran/test-upload.ts';
import { outbox } from '../mail/schema.ts';
import { craftedPdf } from '../permohonan/identity-test-files.ts';
import { addOfficer, sampleRequestBody } from '../permohonan/test-fixture.ts';

const received: string[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, done) {
    let raw = '';
    stream.on('data', (chunk: Buffer) => {
      raw += chunk.toString('latin1');
    });
    stream.on('end', () => {
      received.push(raw);
      done();
    });
  },
});

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  w = await startTestWarta({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_IGNORE_TLS: '1', SMTP_FROM: 'Warta Uji <warta@uji.test>' });
  f = await seedFixture(w.services);
});
afterAll(async () => {
  await w.stop();
  await new Promise<void>((resolve) => smtp.close(resolve));
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

    // The requester also gets the receipt mail of the request entered by staff: wait for both.
    const deadline = Date.now() + 30_000;
    while (received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(received).toHaveLength(2);
    const notices = received.filter((mail) => !/^Subject: Tanda bukti/m.test(mail));
    expect(notices).toHaveLength(1);
    const raw = notices[0]!;
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
