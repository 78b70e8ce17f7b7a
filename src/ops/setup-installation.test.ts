import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../test/client.ts';
import { startTestWarta, type TestWarta } from '../test/harness.ts';
import { SetupRefusedError, setupInstallation } from './setup-installation.ts';

let w: TestWarta;
beforeAll(async () => {
  w = await startTestWarta();
});
afterAll(() => w.stop());

const args = [
  '--name',
  'Pemerintah Kabupaten Uji Coba',
  '--slug',
  'uji-coba',
  '--kind',
  'kabupaten',
  '--time-zone',
  'Asia/Jayapura',
  '--admin-email',
  'Admin@UjiCoba.test',
  '--admin-name',
  'Admin Uji',
];

describe('setup of a new installation without demo data', () => {
  it('names the wrong option', async () => {
    const bad = setupInstallation(
      w.services.db,
      w.config,
      args.map((a) => (a === 'Asia/Jayapura' ? 'Asia/Tokyo' : a)),
    );
    await expect(bad).rejects.toThrow(SetupRefusedError);
    await expect(bad).rejects.toThrow(/--time-zone/);
  });

  it('creates the tenant and an admin who chooses a password from the printed link; a second setup is refused', async () => {
    const { link, tenant } = await setupInstallation(w.services.db, w.config, args);
    expect(tenant).toBe('Pemerintah Kabupaten Uji Coba');
    expect(link).toMatch(/^http:\/\/warta\.test\/admin\/undangan\?token=[\w-]{40,}$/);
    const client = new TestClient(w.app);
    const token = new URL(link).searchParams.get('token');
    expect((await client.post('/api/auth/invitation/accept', { token, password: 'admin-pertama-123' })).status).toBe(200);
    expect((await client.signIn('admin@ujicoba.test', 'admin-pertama-123')).status).toBe(200);
    const me = await client.get('/api/auth/me');
    expect(me.body).toMatchObject({ user: { isAdmin: true }, tenant: { slug: 'uji-coba', timeZone: 'Asia/Jayapura' } });
    await expect(setupInstallation(w.services.db, w.config, args)).rejects.toThrow(/sudah punya instansi/);
  });
});
