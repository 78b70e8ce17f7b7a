import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pressConsent } from '../fakes/consent-page.ts';
import { platforms } from '../platform.ts';
import { sosialAkun, sosialOauth } from '../schema.ts';
import { startAkunWarta, throughPlatform } from './akun-test-setup.ts';

// The fakes' permission pages as a person meets them, and Warta's callback when the person says no.

let t: Awaited<ReturnType<typeof startAkunWarta>>;
beforeAll(async () => {
  t = await startAkunWarta();
});
afterAll(async () => {
  await t?.stop();
});

const start = async (platform: string) => {
  const medsos = await t.as(t.medsos);
  const reply = await medsos.post('/api/sosial/akun/sambung', { unitId: t.f.unitA.id, platform });
  expect(reply.status).toBe(200);
  return { medsos, url: reply.body.authorizeUrl as string };
};
const connections = async () => (await t.w.services.db.select().from(sosialOauth)).length;
const accounts = async () => (await t.w.services.db.select().from(sosialAkun)).length;

describe('the simulated permission page', () => {
  it.each(platforms)('%s: labelled a simulation, names the app and each permission asked, offers Izinkan and Tolak', async (platform) => {
    const { url } = await start(platform);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<strong>Simulasi</strong>');
    expect(html).toContain('Aplikasi <strong>Warta</strong>');
    expect(html).toContain(new URL(url).searchParams.get('client_id') ?? new URL(url).searchParams.get('client_key'));
    expect(html).toMatch(/<button type="submit" name="keputusan" value="izinkan">Izinkan<\/button>/);
    expect(html).toMatch(/<button type="submit" name="keputusan" value="tolak">Tolak<\/button>/);
    const asked = {
      facebook: 'pages_manage_posts',
      instagram: 'instagram_content_publish',
      x: 'tweet.write',
      youtube: 'youtube.upload',
      tiktok: 'video.publish',
    }[platform];
    expect(html).toContain(asked);
    // Nothing in the request can break out of the page.
    const hostile = new URL(url);
    hostile.searchParams.set('scope', '<script>alert(1)</script>');
    expect(await (await fetch(hostile)).text()).not.toContain('<script>alert(1)</script>');
  });

  it('refuses a wrong app or a missing choice as the platform would, and posts nothing back', async () => {
    const { url } = await start('x');
    const wrong = new URL(url);
    wrong.searchParams.set('client_id', 'orang-lain');
    expect((await fetch(wrong)).status).toBe(400);
    expect((await pressConsent(wrong.toString())).status).toBe(400);
    const none = await fetch(url, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(none.status).toBe(400);
    expect(await none.text()).toBe('Pilih Izinkan atau Tolak.');
  });
});

describe('Tolak on the platform: Warta’s callback', () => {
  it.each(platforms)('%s: the platform’s refusal lands on the accounts screen as ditolak, nothing connected', async (platform) => {
    const { medsos, url } = await start(platform);
    const [accountsBefore, pendingBefore] = [await accounts(), await connections()];
    const refusal = await pressConsent(url, 'tolak');
    expect(refusal.status).toBe(302);
    const back = new URL(refusal.headers.get('location')!);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('code')).toBeNull();
    if (platform === 'facebook' || platform === 'instagram') expect(back.searchParams.get('error_reason')).toBe('user_denied');
    const { landed } = await throughPlatform(medsos, url, {}, 'tolak');
    expect(landed.pathname).toBe('/admin/akun-sosial');
    expect(landed.searchParams.get('galat')).toBe('ditolak');
    expect(landed.searchParams.get('platform')).toBe(platform);
    expect(await accounts()).toBe(accountsBefore);
    // The connection in progress is gone: its state cannot be used again.
    expect(await connections()).toBe(pendingBefore - 1);
  });

  it('an error that is not a refusal (the platform’s own trouble) lands as gagal', async () => {
    const { medsos, url } = await start('youtube');
    const state = new URL(url).searchParams.get('state')!;
    const reply = await medsos.get(`/api/sosial/oauth/youtube/callback?state=${encodeURIComponent(state)}&error=server_error`);
    expect(reply.status).toBe(303);
    expect(new URL(reply.headers.get('location')!, 'http://warta.test').searchParams.get('galat')).toBe('gagal');
  });

  it('a refusal from someone else’s session or no session connects nothing, and bad parameters are a 400 naming the field', async () => {
    const { url } = await start('x');
    const anon = await t.as();
    expect((await throughPlatform(anon, url, {}, 'tolak')).landed.searchParams.get('galat')).toBe('sesi');
    const other = await t.as('admin@uji.test');
    expect((await throughPlatform(other, url, {}, 'tolak')).landed.searchParams.get('galat')).toBe('sesi');
    const medsos = await t.as(t.medsos);
    const long = await medsos.get(`/api/sosial/oauth/x/callback?state=abc&error=${'x'.repeat(201)}`);
    expect(long.status).toBe(400);
    expect(long.body.field).toBe('error');
    const platform = await medsos.get('/api/sosial/oauth/myspace/callback?state=abc&error=access_denied');
    expect(platform.status).toBe(400);
    expect(platform.body.field).toBe('platform');
  });
});
