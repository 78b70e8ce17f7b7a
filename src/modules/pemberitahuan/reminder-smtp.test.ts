import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { decodeQuotedPrintable, type SmtpSink, startSmtpSink } from '../../test/smtp-sink.ts';
import { makeRequest } from '../keberatan/test-fixture.ts';
import { outbox } from '../mail/schema.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { runDeadlineReminders } from './run-reminders.ts';

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

describe('the deadline reminder over SMTP', () => {
  it('reaches the PPID officer’s mailbox through the outbox and the mail job', async () => {
    await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_utama', 'ppid-smtp-a', PASSWORD);
    const request = await makeRequest(w.services, f, { receivedAt: new Date('2026-07-30T09:00:00+08:00') }); // due Thu 13 Aug 2026
    const [run] = await runDeadlineReminders(w.services, 'Asia/Makassar', new Date('2026-08-14T07:00:00+08:00'));
    expect(run!.units.find((u) => u.unitId === f.unitA.id)).toEqual({ unitId: f.unitA.id, outcome: 'sent', mails: 1 });

    const deadline = Date.now() + 30_000;
    while (smtp.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['ppid-smtp-a@uji.test']);
    expect(smtp.received[0]!.from).toBe('warta@uji.test');
    const body = decodeQuotedPrintable(smtp.received[0]!.raw);
    expect(body).toContain(`- ${request.number} — batas waktu Kamis, 13 Agustus 2026 — Terdaftar`);
    expect(body).toContain(`http://warta.test/admin/permohonan/${request.id}`);

    const [row] = await w.services.db.select().from(outbox).where(eq(outbox.toAddress, 'ppid-smtp-a@uji.test'));
    for (let i = 0; i < 50 && row?.status !== 'sent'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      Object.assign(row!, (await w.services.db.select().from(outbox).where(eq(outbox.id, row!.id)))[0]);
    }
    expect(row!.status).toBe('sent');
  });
});
