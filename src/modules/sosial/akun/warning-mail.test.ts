import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeQuotedPrintable, type SmtpSink, startSmtpSink } from '../../../test/smtp-sink.ts';
import { outbox } from '../../mail/schema.ts';
import { sosialAkun } from '../schema.ts';
import { startAkunWarta, throughPlatform } from './akun-test-setup.ts';
import { mailExpiringAkun } from './expiry-mail.ts';
import { refreshAkunToken } from './refresh-token.ts';
import { akunWarning, expiryMailDue, warningUntil } from './warnings.ts';

// Dead and dying connections reach the account's keepers by mail, over the real SMTP sink, once per
// incident however many processes or job runs meet it, with what to do and never a token.

let smtp: SmtpSink;
let t: Awaited<ReturnType<typeof startAkunWarta>>;
const ids: Record<string, string> = {};
const logged: string[] = [];
const DAY = 86_400_000;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await startAkunWarta(smtp.env);
  // Every log line this Warta writes, to prove no token is in one.
  for (const level of ['debug', 'info', 'warn', 'error'] as const) {
    t.w.services.log[level] = (msg, fields) => void logged.push(`${msg} ${JSON.stringify(fields ?? {}, (_k, v) => (v instanceof Error ? v.message : v))}`);
  }
  const medsos = await t.as(t.medsos);
  for (const platform of ['x', 'tiktok', 'instagram'] as const) {
    const start = await medsos.post('/api/sosial/akun/sambung', { unitId: t.f.unitA.id, platform });
    ids[platform] = (await throughPlatform(medsos, start.body.authorizeUrl)).landed.searchParams.get('terhubung')!;
  }
}, 60_000);
afterAll(async () => {
  await t?.stop();
  await smtp?.close();
});

const row = async (id: string) => (await t.w.services.db.select().from(sosialAkun).where(eq(sosialAkun.id, id)))[0]!;
const secretsOf = async (id: string) => {
  const c = JSON.parse(t.w.services.secrets.open((await row(id)).credentialsSealed!));
  return [c.accessToken, c.refreshToken].filter(Boolean) as string[];
};
const outboxOf = (purpose: string) => t.w.services.db.select().from(outbox).where(eq(outbox.purpose, purpose));
const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email)).map((m) => decodeQuotedPrintable(m.raw));
async function waitForMails(count: number) {
  const deadline = Date.now() + 30_000;
  while (smtp.received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  // Anything more that was wrongly queued has time to arrive too.
  await new Promise((r) => setTimeout(r, 500));
}

describe('warning mails to the keepers of a social account', () => {
  it('a revoked X connection: one mail to the unit’s admin media sosial, however many refreshes meet it', async () => {
    const secrets = await secretsOf(ids.x!);
    // The person removed Warta at X: the refresh token no longer works.
    for (const record of t.fakes.fakes.x.server.tokens.values()) if (record.refreshToken === secrets[1]) record.state = 'revoked';
    const before = smtp.received.length;
    const results = await Promise.all([refreshAkunToken(t.w.services, ids.x!, { force: true }), refreshAkunToken(t.w.services, ids.x!, { force: true })]);
    expect(results.map((r) => r.status)).toEqual(['needs_reconnect', 'needs_reconnect']);
    expect(await refreshAkunToken(t.w.services, ids.x!, { force: true })).toMatchObject({ status: 'needs_reconnect' });
    await waitForMails(before + 1);
    expect(smtp.received.slice(before).map((m) => m.to)).toEqual([[t.medsos]]);
    expect(await outboxOf('sosial.akun_perlu_sambung_ulang')).toHaveLength(1);
    expect(await t.audits('sosial_akun.peringatan_dikirim', ids.x!)).toHaveLength(1);

    expect((await outboxOf('sosial.akun_perlu_sambung_ulang'))[0]!.subject).toBe('Akun X “@kominfo_simulasi” perlu disambungkan ulang');
    const mail = mailsTo(t.medsos).at(-1)!;
    expect(mail).toContain('Yth. Petugas medsos-a,');
    expect(mail).toContain(`Warta tidak lagi dapat mengunggah ke akun X “@kominfo_simulasi” milik ${t.f.unitA.name}`);
    expect(mail).toContain('1. Buka layar Akun media sosial: http://warta.test/admin/akun-sosial');
    expect(mail).toContain('tekan “Sambung ulang”');
    // Neither a token nor the platform's error code.
    for (const secret of secrets) expect(mail).not.toContain(secret);
    expect(mail).not.toContain('x_oauth_invalid');
  });

  it('reconnected and revoked again: a new incident, a new mail', async () => {
    const medsos = await t.as(t.medsos);
    const start = await medsos.post('/api/sosial/akun/sambung', { unitId: t.f.unitA.id, platform: 'x', akunId: ids.x });
    expect(start.status).toBe(200);
    expect((await throughPlatform(medsos, start.body.authorizeUrl)).landed.searchParams.get('terhubung')).toBe(ids.x);
    expect((await row(ids.x!)).status).toBe('terhubung');
    const secrets = await secretsOf(ids.x!);
    for (const record of t.fakes.fakes.x.server.tokens.values()) if (record.refreshToken === secrets[1]) record.state = 'revoked';
    const before = smtp.received.length;
    expect(await refreshAkunToken(t.w.services, ids.x!, { force: true })).toMatchObject({ status: 'needs_reconnect' });
    await waitForMails(before + 1);
    expect(smtp.received.length - before).toBe(1);
    expect(await outboxOf('sosial.akun_perlu_sambung_ulang')).toHaveLength(2);
  });

  it('TikTok’s refresh token ending within two weeks: one mail per end date, across concurrent and repeated runs', async () => {
    // The connection stored TikTok's refresh_expires_in (a year).
    const connected = await row(ids.tiktok!);
    expect(connected.refreshExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 360 * DAY);
    expect(await mailExpiringAkun(t.w.services)).toBe(0);

    const end = new Date(Date.now() + 5 * DAY);
    await t.w.services.db.update(sosialAkun).set({ refreshExpiresAt: end }).where(eq(sosialAkun.id, ids.tiktok!));
    const before = smtp.received.length;
    const runs = await Promise.all([mailExpiringAkun(t.w.services), mailExpiringAkun(t.w.services)]);
    expect(runs.sort()).toEqual([0, 1]);
    expect(await mailExpiringAkun(t.w.services)).toBe(0);
    await waitForMails(before + 1);
    expect(smtp.received.length - before).toBe(1);
    const [queued] = await outboxOf('sosial.akun_segera_kedaluwarsa');
    expect(queued!.subject).toMatch(/^Izin Warta di akun TikTok “.+” berakhir \w+, \d+ \w+ \d{4}$/);
    const mail = mailsTo(t.medsos).at(-1)!;
    expect(mail).toContain(`berakhir pada ${queued!.subject.split(' berakhir ')[1]} dan`);
    expect(mail).toContain('tidak dapat diperpanjang otomatis');
    expect(mail).toContain('Sambungkan ulang sebelum tanggal itu');
    expect(mail).toContain('http://warta.test/admin/akun-sosial');
    for (const secret of await secretsOf(ids.tiktok!)) expect(mail).not.toContain(secret);
    expect((await row(ids.tiktok!)).expiryMailedFor!.getTime()).toBe(end.getTime());

    // The screen and the home card name the same end.
    const list = await (await t.as(t.medsos)).get(`/api/sosial/akun?unitId=${t.f.unitA.id}`);
    const shown = list.body.units[0].akun.find((a: { id: string }) => a.id === ids.tiktok);
    expect(shown).toMatchObject({ peringatan: 'segera_kedaluwarsa', peringatanSampai: end.toISOString() });
    const card = await (await t.as(t.medsos)).get('/api/sosial/akun/peringatan');
    expect(card.body.items).toContainEqual(expect.objectContaining({ akunId: ids.tiktok, peringatanSampai: end.toISOString() }));

    // Another end date (say a refresh moved it, but not far): a new incident.
    await t.w.services.db
      .update(sosialAkun)
      .set({ refreshExpiresAt: new Date(end.getTime() + DAY) })
      .where(eq(sosialAkun.id, ids.tiktok!));
    expect(await mailExpiringAkun(t.w.services)).toBe(1);
    expect(await outboxOf('sosial.akun_segera_kedaluwarsa')).toHaveLength(2);
  });

  it('Instagram’s long-lived token near its end is mailed; an X access token near its end is not (its refresh renews it)', async () => {
    const soon = new Date(Date.now() + 3 * DAY);
    await t.w.services.db.update(sosialAkun).set({ tokenExpiresAt: soon }).where(eq(sosialAkun.id, ids.instagram!));
    const before = (await outboxOf('sosial.akun_segera_kedaluwarsa')).length;
    expect(await mailExpiringAkun(t.w.services)).toBe(1);
    expect(await mailExpiringAkun(t.w.services)).toBe(0);
    const rows = await t.w.services.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.purpose, 'sosial.akun_segera_kedaluwarsa'), eq(outbox.toAddress, t.medsos)));
    expect(rows).toHaveLength(before + 1);
    expect(rows.some((r) => r.subject.includes('Instagram'))).toBe(true);
  });

  it('never writes a token into a log line', async () => {
    const all = logged.join('\n');
    for (const id of Object.values(ids)) {
      const r = await row(id);
      if (r.credentialsSealed) for (const secret of await secretsOf(id)) expect(all).not.toContain(secret);
    }
    for (const record of [...t.fakes.fakes.x.server.tokens.keys(), ...t.fakes.fakes.tiktok.server.tokens.keys()]) expect(all).not.toContain(record);
  });
});

describe('which ends are warned of and mailed', () => {
  const now = new Date('2026-12-07T00:00:00Z');
  const at = (ms: number) => new Date(now.getTime() + ms);
  const base = { status: 'terhubung', mode: 'api', platform: 'tiktok', tokenExpiresAt: at(20 * 3_600_000), refreshExpiresAt: at(300 * DAY) };

  it('a refresh token ending within 14 days is warned of and mailed, with its own date', () => {
    expect(akunWarning(base, now)).toBeNull();
    expect(expiryMailDue(base, now)).toBeNull();
    const ending = { ...base, refreshExpiresAt: at(10 * DAY) };
    expect(akunWarning(ending, now)).toBe('segera_kedaluwarsa');
    expect(warningUntil(ending, now)).toEqual(at(10 * DAY));
    expect(expiryMailDue(ending, now)).toEqual(at(10 * DAY));
    expect(expiryMailDue({ ...ending, status: 'perlu_sambung_ulang' }, now)).toBeNull();
    expect(expiryMailDue({ ...ending, mode: 'manual' }, now)).toBeNull();
  });

  it('Meta’s token is mailed once half its refresh margin has passed; X’s and YouTube’s short tokens never', () => {
    const ig = { ...base, platform: 'instagram', refreshExpiresAt: null };
    expect(expiryMailDue({ ...ig, tokenExpiresAt: at(6 * DAY) }, now)).toBeNull();
    expect(expiryMailDue({ ...ig, tokenExpiresAt: at(4 * DAY) }, now)).toEqual(at(4 * DAY));
    expect(expiryMailDue({ ...ig, platform: 'x', tokenExpiresAt: at(60_000) }, now)).toBeNull();
    expect(expiryMailDue({ ...ig, platform: 'youtube', tokenExpiresAt: at(60_000) }, now)).toBeNull();
    // Shown on the screen all the same.
    expect(akunWarning({ ...ig, platform: 'x', tokenExpiresAt: at(60_000) }, now)).toBe('segera_kedaluwarsa');
  });
});
