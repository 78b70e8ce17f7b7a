import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { makeRequest } from '../keberatan/test-fixture.ts';
import { outbox } from '../mail/schema.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { runDeadlineReminders } from './run-reminders.ts';

type Received = { from: string; to: string[]; raw: string };
const received: Received[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disableReverseLookup: true,
  logger: false,
  onData(stream, session, done) {
    let raw = '';
    stream.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    stream.on('end', () => {
      received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
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

/** Quoted-printable soft breaks and escapes, so the text can be read from the raw message. */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

describe('the deadline reminder over SMTP', () => {
  it('reaches the PPID officer’s mailbox through the outbox and the mail job', async () => {
    await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_utama', 'ppid-smtp-a', PASSWORD);
    const request = await makeRequest(w.services, f, { receivedAt: new Date('2026-07-30T09:00:00+08:00') }); // due Thu 13 Aug 2026
    const [run] = await runDeadlineReminders(w.services, 'Asia/Makassar', new Date('2026-08-14T07:00:00+08:00'));
    expect(run!.units.find((u) => u.unitId === f.unitA.id)).toEqual({ unitId: f.unitA.id, outcome: 'sent', mails: 1 });

    const deadline = Date.now() + 30_000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['ppid-smtp-a@uji.test']);
    expect(received[0]!.from).toBe('warta@uji.test');
    const body = decodeQuotedPrintable(received[0]!.raw);
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
