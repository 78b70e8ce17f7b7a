import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSimulatedApps } from '../aplikasi/seed-simulated-apps.ts';
import { sosialAkun, sosialAplikasi } from '../schema.ts';
import { startAkunWarta, throughPlatform } from './akun-test-setup.ts';

let t: Awaited<ReturnType<typeof startAkunWarta>>;
beforeAll(async () => {
  t = await startAkunWarta();
});
afterAll(async () => {
  await t?.stop();
});

const akunRow = async (id: string) => (await t.w.services.db.select().from(sosialAkun).where(eq(sosialAkun.id, id)))[0]!;

describe('app credentials', () => {
  it('lists the five platforms with the callback address to register, never a secret', async () => {
    expect((await (await t.as()).get('/api/sosial/aplikasi')).status).toBe(401);
    expect((await (await t.as('luar@uji.test')).get('/api/sosial/aplikasi')).status).toBe(403);
    const admin = await t.as('admin@uji.test');
    const reply = await admin.get('/api/sosial/aplikasi');
    expect(reply.status).toBe(200);
    expect(reply.body.mayEdit).toBe(true);
    expect(reply.body.items.map((a: { platform: string }) => a.platform)).toEqual(['facebook', 'instagram', 'x', 'youtube', 'tiktok']);
    const x = reply.body.items.find((a: { platform: string }) => a.platform === 'x');
    expect(x).toMatchObject({ clientId: 'x-client', simulasi: true, callbackUrl: 'http://warta.test/api/sosial/oauth/x/callback' });
    expect(reply.text).not.toContain('fb-secret');
    // The unit's admin media sosial sees them (to know what can be connected) but may not change them.
    const medsos = await t.as(t.medsos);
    expect((await medsos.get('/api/sosial/aplikasi')).body.mayEdit).toBe(false);
  });

  it('seals the secret, shows the client id back, audits without the secret, and refuses the wrong people and fields', async () => {
    const db = t.w.services.db;
    await db.delete(sosialAplikasi).where(eq(sosialAplikasi.platform, 'tiktok'));
    const body = { clientId: 'awkey123', clientSecret: 'rahasia-tiktok-asli' };
    expect((await (await t.as()).put('/api/sosial/aplikasi/tiktok', body)).status).toBe(401);
    expect((await (await t.as(t.medsos)).put('/api/sosial/aplikasi/tiktok', body)).status).toBe(403);
    const admin = await t.as('admin@uji.test');
    const noId = await admin.put('/api/sosial/aplikasi/tiktok', { clientSecret: 'x' });
    expect(noId.status).toBe(400);
    expect(noId.body.field).toBe('clientId');
    expect(noId.body.message).toBe('ID aplikasi (client ID) wajib diisi.');
    const unknown = await admin.put('/api/sosial/aplikasi/myspace', body);
    expect(unknown.status).toBe(400);
    expect(unknown.body.field).toBe('platform');
    const noSecret = await admin.put('/api/sosial/aplikasi/tiktok', { clientId: 'awkey123' });
    expect(noSecret.status).toBe(400);
    expect(noSecret.body.field).toBe('clientSecret');

    const saved = await admin.put('/api/sosial/aplikasi/tiktok', body);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ platform: 'tiktok', clientId: 'awkey123', adaRahasia: true, simulasi: false });
    expect(saved.text).not.toContain('rahasia-tiktok-asli');
    const [row] = await db.select().from(sosialAplikasi).where(eq(sosialAplikasi.platform, 'tiktok'));
    expect(row!.clientSecretSealed).not.toContain('rahasia-tiktok-asli');
    expect(t.w.services.secrets.open(row!.clientSecretSealed)).toBe('rahasia-tiktok-asli');
    const [audit] = await t.audits('sosial_aplikasi.dibuat', row!.id);
    expect(JSON.stringify(audit)).not.toContain('rahasia-tiktok-asli');
    // A change without a secret keeps the stored one.
    expect((await admin.put('/api/sosial/aplikasi/tiktok', { clientId: 'awkey456' })).status).toBe(200);
    const [after] = await db.select().from(sosialAplikasi).where(eq(sosialAplikasi.platform, 'tiktok'));
    expect(t.w.services.secrets.open(after!.clientSecretSealed)).toBe('rahasia-tiktok-asli');
    expect(await t.audits('sosial_aplikasi.diubah', row!.id)).toHaveLength(1);
  });
});

describe('connecting by OAuth', () => {
  it('refuses to start without a session, for a team member who does not keep accounts, and for bad fields', async () => {
    const body = { unitId: t.f.unitA.id, platform: 'x' };
    expect((await (await t.as()).post('/api/sosial/akun/sambung', body)).status).toBe(401);
    expect((await (await t.as('penulis-a@uji.test')).post('/api/sosial/akun/sambung', body)).status).toBe(403);
    // The unit's admin media sosial keeps unit A's accounts, not unit B's.
    const medsos = await t.as(t.medsos);
    expect((await medsos.post('/api/sosial/akun/sambung', { ...body, unitId: t.f.unitB.id })).status).toBe(403);
    const bad = await medsos.post('/api/sosial/akun/sambung', { ...body, platform: 'friendster' });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('platform');
    const noUnit = await medsos.post('/api/sosial/akun/sambung', { platform: 'x' });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.field).toBe('unitId');
  });

  it('connects X with PKCE: the account is a simulation and no token reaches the browser', async () => {
    const medsos = await t.as(t.medsos);
    const start = await medsos.post('/api/sosial/akun/sambung', { unitId: t.f.unitA.id, platform: 'x' });
    expect(start.status).toBe(200);
    const url = new URL(start.body.authorizeUrl);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe('http://warta.test/api/sosial/oauth/x/callback');
    const { landed } = await throughPlatform(medsos, start.body.authorizeUrl);
    expect(landed.pathname).toBe('/admin/akun-sosial');
    const akunId = landed.searchParams.get('terhubung')!;
    const row = await akunRow(akunId);
    expect(row).toMatchObject({
      platform: 'x',
      status: 'terhubung',
      mode: 'api',
      simulasi: true,
      nama: '@kominfo_simulasi',
      externalAccountId: t.fakes.fakes.x.userId,
    });
    const credentials = JSON.parse(t.w.services.secrets.open(row.credentialsSealed!));
    expect(row.credentialsSealed).not.toContain(credentials.accessToken);
    expect(row.tokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 3_600_000);
    const list = await medsos.get(`/api/sosial/akun?unitId=${t.f.unitA.id}`);
    expect(list.status).toBe(200);
    expect(list.body.units[0].akun.map((a: { id: string }) => a.id)).toContain(akunId);
    expect(list.text).not.toContain(credentials.accessToken);
    expect(list.text).not.toContain(credentials.refreshToken);
    expect(await t.audits('sosial_akun.disambung', akunId)).toHaveLength(1);
    expect(JSON.stringify(await t.audits('sosial_akun.disambung', akunId))).not.toContain(credentials.accessToken);
  });

  it('answers an unknown state, another session, and a refusal at the platform with what happened', async () => {
    const medsos = await t.as(t.medsos);
    const unknown = await medsos.get('/api/sosial/oauth/x/callback?state=tebakan&code=abc');
    expect(unknown.status).toBe(303);
    expect(unknown.headers.get('location')).toContain('galat=kedaluwarsa');
    const start = await medsos.post('/api/sosial/akun/sambung', { unitId: t.f.unitA.id, platform: 'youtube' });
    // The same link finished in the admin's session connects nothing.
    const admin = await t.as('admin@uji.test');
    expect((await throughPlatform(admin, start.body.authorizeUrl)).landed.searchParams.get('galat')).toBe('sesi');
    const refused = await throughPlatform(medsos, start.body.authorizeUrl, { error: 'access_denied' });
    expect(refused.landed.searchParams.get('galat')).toBe('ditolak');
    const anon = await t.as();
    const start2 = await medsos.post('/api/sosial/akun/sambung', { unitId: t.f.unitA.id, platform: 'youtube' });
    expect((await throughPlatform(anon, start2.body.authorizeUrl)).landed.searchParams.get('galat')).toBe('sesi');
  });

  it('lists the Facebook Pages the person manages and connects the one the admin picks, with its own Page token', async () => {
    const medsos = await t.as(t.medsos);
    const start = await medsos.post('/api/sosial/akun/sambung', { unitId: t.f.unitA.id, platform: 'facebook' });
    const { landed } = await throughPlatform(medsos, start.body.authorizeUrl);
    const pick = landed.searchParams.get('pilih')!;
    expect(pick).toBeTruthy();
    expect((await (await t.as()).get(`/api/sosial/akun/pilihan/${pick}`)).status).toBe(401);
    expect((await (await t.as('admin@uji.test')).get(`/api/sosial/akun/pilihan/${pick}`)).status).toBe(403);
    const choices = await medsos.get(`/api/sosial/akun/pilihan/${pick}`);
    expect(choices.status).toBe(200);
    expect(choices.body.pilihan.map((p: { nama: string }) => p.nama)).toEqual(['Dinas Kominfo Simulasi', 'Media Center Simulasi']);
    expect(choices.text).not.toMatch(/tok\d/);
    expect((await (await t.as()).post(`/api/sosial/akun/pilihan/${pick}`, { externalAccountId: '104000000000002' })).status).toBe(401);
    const wrong = await medsos.post(`/api/sosial/akun/pilihan/${pick}`, { externalAccountId: '999' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.field).toBe('externalAccountId');
    const chosen = await medsos.post(`/api/sosial/akun/pilihan/${pick}`, { externalAccountId: '104000000000002' });
    expect(chosen.status).toBe(201);
    expect(chosen.body).toMatchObject({ platform: 'facebook', nama: 'Media Center Simulasi', simulasi: true, tokenExpiresAt: null });
    const row = await akunRow(chosen.body.id);
    const credentials = JSON.parse(t.w.services.secrets.open(row.credentialsSealed!));
    // The Page token works for the Page at the platform.
    expect(t.fakes.fakes.facebook.server.tokens.get(credentials.accessToken)?.subject).toBe('104000000000002');
    // The choice is used up.
    expect((await medsos.get(`/api/sosial/akun/pilihan/${pick}`)).status).toBe(404);
  });

  it('connects an Instagram professional account found through its Page', async () => {
    const medsos = await t.as(t.medsos);
    const start = await medsos.post('/api/sosial/akun/sambung', { unitId: t.f.unitA.id, platform: 'instagram' });
    const { landed } = await throughPlatform(medsos, start.body.authorizeUrl);
    const row = await akunRow(landed.searchParams.get('terhubung')!);
    expect(row).toMatchObject({ externalAccountId: t.fakes.fakes.instagram.igUserId, nama: '@kominfo.simulasi (Dinas Kominfo Simulasi)' });
    expect(row.tokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 50 * 86_400_000);
  });

  it('connects a TikTok creator and keeps the privacy levels creator_info offers, for the variant editor', async () => {
    const medsos = await t.as(t.medsos);
    t.fakes.fakes.tiktok.settings.privacyOptions = ['PUBLIC_TO_EVERYONE', 'SELF_ONLY'];
    // An earlier test put a real app in place of the simulated one; the simulation's app comes back.
    await t.w.services.db.delete(sosialAplikasi).where(eq(sosialAplikasi.platform, 'tiktok'));
    await seedSimulatedApps(t.w.services);
    const start = await medsos.post('/api/sosial/akun/sambung', { unitId: t.f.unitA.id, platform: 'tiktok' });
    const { landed } = await throughPlatform(medsos, start.body.authorizeUrl);
    const row = await akunRow(landed.searchParams.get('terhubung')!);
    expect(row).toMatchObject({ platform: 'tiktok', status: 'terhubung', opsiPrivasi: ['PUBLIC_TO_EVERYONE', 'SELF_ONLY'] });
    expect(t.fakes.fakes.tiktok.server.calls('creator_info')).toBeGreaterThan(0);
  });

  it('reconnects the same account in place and refuses to reconnect a manual one', async () => {
    const medsos = await t.as(t.medsos);
    const [x] = await t.w.services.db.select().from(sosialAkun).where(eq(sosialAkun.platform, 'x'));
    const start = await medsos.post('/api/sosial/akun/sambung', { unitId: t.f.unitA.id, platform: 'x', akunId: x!.id });
    expect(start.status).toBe(200);
    const { landed } = await throughPlatform(medsos, start.body.authorizeUrl);
    expect(landed.searchParams.get('terhubung')).toBe(x!.id);
    expect(await t.audits('sosial_akun.disambung_ulang', x!.id)).toHaveLength(1);
  });
});

describe('manual accounts and disconnecting', () => {
  it('adds a manual account with a name and profile address', async () => {
    const body = { unitId: t.f.unitA.id, platform: 'tiktok', nama: '@dinasuji', profileUrl: 'https://www.tiktok.com/@dinasuji' };
    expect((await (await t.as()).post('/api/sosial/akun/manual', body)).status).toBe(401);
    expect((await (await t.as('kepala-a@uji.test')).post('/api/sosial/akun/manual', body)).status).toBe(403);
    const medsos = await t.as(t.medsos);
    const bad = await medsos.post('/api/sosial/akun/manual', { ...body, profileUrl: 'http://tiktok.com/@x' });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('profileUrl');
    expect(bad.body.message).toBe('Alamat profil harus alamat https:// yang lengkap.');
    const added = await medsos.post('/api/sosial/akun/manual', body);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ mode: 'manual', status: 'terhubung', simulasi: false, nama: '@dinasuji' });
    expect(await t.audits('sosial_akun.manual_ditambah', added.body.id)).toHaveLength(1);
    const reconnect = await medsos.post('/api/sosial/akun/sambung', { unitId: t.f.unitA.id, platform: 'tiktok', akunId: added.body.id });
    expect(reconnect.status).toBe(400);
    expect(reconnect.body.field).toBe('akunId');
  });

  it('disconnects: the tokens are dropped, the account stays listed as disconnected', async () => {
    const [ig] = await t.w.services.db.select().from(sosialAkun).where(eq(sosialAkun.platform, 'instagram'));
    expect((await (await t.as()).post(`/api/sosial/akun/${ig!.id}/putus`)).status).toBe(401);
    expect((await (await t.as('penulis-a@uji.test')).post(`/api/sosial/akun/${ig!.id}/putus`)).status).toBe(403);
    const medsos = await t.as(t.medsos);
    expect((await medsos.post('/api/sosial/akun/not-a-uuid/putus')).status).toBe(400);
    expect((await medsos.post('/api/sosial/akun/00000000-0000-4000-8000-000000000000/putus')).status).toBe(404);
    const done = await medsos.post(`/api/sosial/akun/${ig!.id}/putus`);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('terputus');
    const row = await akunRow(ig!.id);
    expect(row.credentialsSealed).toBeNull();
    expect(row.tokenExpiresAt).toBeNull();
    expect((await medsos.post(`/api/sosial/akun/${ig!.id}/putus`)).status).toBe(409);
    expect(await t.audits('sosial_akun.diputus', ig!.id)).toHaveLength(1);
  });

  it('shows the team the accounts (read only) and hides them from people outside the unit', async () => {
    const head = await (await t.as('kepala-a@uji.test')).get(`/api/sosial/akun?unitId=${t.f.unitA.id}`);
    expect(head.status).toBe(200);
    expect(head.body.units[0]).toMatchObject({ mayManage: false });
    expect(head.body.units[0].akun.length).toBeGreaterThan(2);
    expect((await (await t.as('luar@uji.test')).get('/api/sosial/akun')).body.units).toEqual([]);
    expect((await (await t.as()).get('/api/sosial/akun')).status).toBe(401);
    expect((await (await t.as(t.medsos)).get('/api/sosial/akun?unitId=x')).status).toBe(400);
  });
});
