import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { decodeQuotedPrintable, type SmtpSink, startSmtpSink } from '../../test/smtp-sink.ts';
import { auditLog } from '../audit/schema.ts';
import { outbox } from '../mail/schema.ts';
import { issueFormToken } from './form-token.ts';
import { KONTAK_LIMIT } from './public-form.tsx';
import { pesanMasuk } from './schema.ts';

// The public contact form over a real mail server: what a citizen without JavaScript sends, what
// a script sends, and what reaches the mailboxes.

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

const host = 'ujiprov.go.id';
/** A token as a page served `secondsAgo` seconds ago would carry. */
const tokenFrom = (secondsAgo: number, unitId = f.unitA.id) => issueFormToken(w.services.secrets, unitId, Date.now() - secondsAgo * 1000);
const valid = () => ({
  senderName: 'Warga Penanya',
  senderEmail: 'warga@contoh.test',
  senderPhone: '0812 3456 7890',
  subject: 'Jam layanan pada hari libur',
  body: 'Apakah kantor dinas buka pada hari Sabtu untuk pengambilan dokumen?',
  token: tokenFrom(10),
  situs_web: '',
});
const post = (fields: Record<string, string>, path = '/dinas-a/kontak') =>
  w.app.request(path, { method: 'POST', headers: { host, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
const stored = () => w.services.db.select().from(pesanMasuk);

async function mailTo(to: string, marker: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const mail = smtp.received.map((m) => ({ to: m.to, text: decodeQuotedPrintable(m.raw) })).find((m) => m.to.includes(to) && m.text.includes(marker));
    if (mail) return mail.text;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} with ${marker}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the contact form', () => {
  it('is served with a signed time token, a hidden honeypot and no caching', async () => {
    const res = await w.app.request('/dinas-a/kontak', { headers: { host } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toMatch(/<input type="hidden" name="token" value="\d+\.[\w-]{32}"\/>/);
    expect(html).toContain('<div class="hp" aria-hidden="true">');
    expect(html).toContain('tabindex="-1"');
    // On a unit's own host the form is at /kontak.
    const own = await w.app.request('/kontak', { headers: { host: 'badanb.ujiprov.go.id' } });
    expect(await own.text()).toContain('action="/kontak"');
  });

  it('stores a message, redirects (post/redirect/get), confirms to the sender and alerts the team over SMTP', async () => {
    const res = await post(valid());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/dinas-a/kontak/terkirim');
    const sent = await w.app.request('/dinas-a/kontak/terkirim', { headers: { host } });
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain('Pesan Anda sudah kami terima');
    const [row] = await stored();
    expect(row).toMatchObject({ unitId: f.unitA.id, channel: 'kontak', status: 'baru', senderEmail: 'warga@contoh.test', senderPhone: '0812 3456 7890' });
    const [audit] = await w.services.db.select().from(auditLog).where(eq(auditLog.entityId, row!.id));
    expect(audit).toMatchObject({ action: 'kontak.received', tenantId: f.tenant.id });
    // The audit trail keeps no personal data of the sender.
    expect(JSON.stringify(audit!.after)).not.toContain('warga@contoh.test');

    const confirmation = await mailTo('warga@contoh.test', 'Dinas Uji A');
    expect(confirmation).toContain('Subject: Pesan Anda untuk Dinas Uji A sudah diterima');
    // What anyone typed is never mailed to the address they typed.
    expect(confirmation).not.toContain('hari Sabtu');
    const alert = await mailTo('kepala-a@uji.test', 'Pesan baru');
    expect(alert).toContain(`http://warta.test/admin/pesan-masuk/${row!.id}`);
    expect(alert).not.toContain('Warga Penanya');
    const mails = await w.services.db.select().from(outbox);
    expect(mails.map((m) => m.purpose).sort()).toEqual(['kontak.masuk', 'kontak.tanda_terima']);
  });

  it('a filled honeypot is told "sent" and nothing is kept', async () => {
    const before = (await stored()).length;
    const res = await post({ ...valid(), situs_web: 'https://spam.example' });
    expect(res.status).toBe(303);
    expect(await stored()).toHaveLength(before);
  });

  it('refuses a post faster than a person types, an expired page, a forged or another unit’s token — keeping what was typed', async () => {
    const before = (await stored()).length;
    const fast = await post({ ...valid(), token: tokenFrom(1) });
    expect(fast.status).toBe(400);
    const html = await fast.text();
    expect(html).toContain('terlalu cepat');
    expect(html).toContain('value="Warga Penanya"');
    // The page comes back with a fresh token, so sending it again works.
    expect(html).toMatch(/name="token" value="\d+\./);
    expect(await (await post({ ...valid(), token: tokenFrom(7 * 3600) })).text()).toContain('terbuka terlalu lama');
    expect((await post({ ...valid(), token: `${Math.floor(Date.now() / 1000) - 60}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA` })).status).toBe(400);
    expect((await post({ ...valid(), token: tokenFrom(10, f.unitB.id) })).status).toBe(400);
    const { token: _gone, ...withoutToken } = valid();
    expect((await post(withoutToken)).status).toBe(400);
    expect(await stored()).toHaveLength(before);
  });

  it('refuses control characters with an error at the field, and bad fields each at theirs', async () => {
    const res = await post({ ...valid(), subject: 'Perihal\u0000tersembunyi', senderEmail: 'bukan-email' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="f-subject-error"');
    expect(html).toContain('value="Perihaltersembunyi"');
    expect(html).toContain('<p class="field-error" id="f-senderEmail-error">Isi alamat e-mail yang benar');
    const links = await post({ ...valid(), body: 'Lihat https://a.example dan https://b.example dan www.c.example sekarang' });
    expect(await links.text()).toContain('paling banyak berisi 2 tautan');
    expect((await post({ ...valid(), body: 'pendek' })).status).toBe(400);
  });

  it(`limits each address to ${KONTAK_LIMIT} messages per ten minutes`, async () => {
    await w.services.db.execute('delete from rate_limits' as never);
    for (let i = 0; i < KONTAK_LIMIT; i++) expect((await post(valid())).status).toBe(303);
    const refused = await post(valid());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('Terlalu banyak pesan');
  });

  it('answers the site’s 404 for a Kontak path that is not a unit’s', async () => {
    expect((await w.app.request('/tidak-ada/kontak', { headers: { host } })).status).toBe(404);
    expect((await post(valid(), '/kontak')).status).toBe(404);
  });
});
