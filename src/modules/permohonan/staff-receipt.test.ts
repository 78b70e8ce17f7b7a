import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { outbox } from '../mail/schema.ts';
import { addOfficer, sampleRequestBody } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  ppid = new TestClient(w.app);
  await ppid.signIn('ppid-a@uji.test', PASSWORD);
});
afterAll(() => w.stop());

const mails = () => w.services.db.select().from(outbox).where(eq(outbox.tenantId, f.tenant.id));

describe('a request entered by staff', () => {
  it('mails the requester a receipt with the number and tracking code when an e-mail was given, and alerts nobody', async () => {
    const res = await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody({ channel: 'surat', requesterEmail: 'yakobus@contoh.test' }));
    expect(res.status).toBe(201);
    const sent = await mails();
    expect(sent.map((m) => [m.toAddress, m.purpose])).toEqual([['yakobus@contoh.test', 'permohonan.tanda_terima']]);
    expect(sent[0]!.subject).toContain(res.body.permohonan.number);
    expect(sent[0]!.text).toContain(res.body.trackingToken);
  });

  it('mails nothing without an e-mail address', async () => {
    const before = (await mails()).length;
    const res = await ppid.post(
      `/api/units/${f.unitA.id}/permohonan`,
      sampleRequestBody({ channel: 'telepon', requesterEmail: '', requesterPhone: '0812 5550 0199', copyDelivery: 'ambil_langsung' }),
    );
    expect(res.status).toBe(201);
    expect(await mails()).toHaveLength(before);
  });
});
