import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../test/client.ts';
import { seedFixture } from '../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../test/harness.ts';
import { hitRateLimit } from './rate-limit.ts';

let w: TestWarta;
beforeAll(async () => {
  w = await startTestWarta();
  await seedFixture(w.services);
});
afterAll(() => w.stop());

const get = (path: string, headers: Record<string, string> = {}) => w.app.request(path, { headers });

describe('health', () => {
  it('answers 200 when the database and the job queue work', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ok', database: true, jobs: true, driver: w.services.database.kind });
  });
});

describe('security headers', () => {
  function expectStrict(res: Response) {
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    return csp;
  }

  it('public pages allow no script at all', async () => {
    const csp = expectStrict(await get('/'));
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
  });

  it('the admin may load only its own scripts', async () => {
    const csp = expectStrict(await get('/admin/'));
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('API answers carry them too, even errors', async () => {
    const res = await get('/api/auth/me');
    expect(res.status).toBe(401);
    expectStrict(res);
  });

  it('sends HSTS only for HTTPS, believing X-Forwarded-Proto only behind a trusted proxy', async () => {
    expect((await get('/healthz')).headers.get('strict-transport-security')).toBeNull();
    expect((await get('/healthz', { 'x-forwarded-proto': 'https' })).headers.get('strict-transport-security')).toBeNull();
    w.services.config.trustProxy = true;
    try {
      const res = await get('/healthz', { 'x-forwarded-proto': 'https' });
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
      expect((await get('/healthz', { 'x-forwarded-proto': 'http' })).headers.get('strict-transport-security')).toBeNull();
    } finally {
      w.services.config.trustProxy = false;
    }
  });
});

describe('request guards', () => {
  const signIn = (headers: Record<string, string>) =>
    w.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email: 'admin@uji.test', password: 'x' }),
    });

  it('refuses a cross-site POST by Origin or Sec-Fetch-Site', async () => {
    const attacks: Array<Record<string, string>> = [{ origin: 'https://situs-jahat.test' }, { 'sec-fetch-site': 'cross-site' }];
    for (const headers of attacks) {
      const res = await signIn(headers);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'forbidden' });
    }
    expect((await signIn({ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' })).status).toBe(401);
  });

  it('answers an unknown API path with 404 JSON', async () => {
    const res = await get('/api/tidak-ada');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
  });

  it('refuses a body over the limit with 413', async () => {
    const body = 'x'.repeat(13 * 1024 * 1024);
    const res = await w.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      body,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'too_large' });
  });
});

describe('OpenAPI', () => {
  it('describes the API as OpenAPI 3.1 with the auth routes', async () => {
    const res = await new TestClient(w.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/sign-in', '/api/auth/me', '/api/auth/password/forgot', '/api/audit']));
    const signIn = doc.paths['/api/auth/sign-in'].post;
    expect(signIn.requestBody.content['application/json'].schema.properties).toHaveProperty('email');
    expect(doc.paths['/api/audit'].get.security).toEqual([{ session: [] }]);
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' });
  });
});

describe('rate limiter', () => {
  it('counts hits per key and starts over in the next window', async () => {
    const hit = (key: string) => hitRateLimit(w.services.db, key, 3, 1);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hit('uji:satu'));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.retryAfter).toBeGreaterThanOrEqual(1);
    expect((await hit('uji:dua')).allowed).toBe(true);
    await new Promise((r) => setTimeout(r, 1_300));
    expect((await hit('uji:satu')).allowed).toBe(true);
    expect((await hit('uji:satu')).allowed).toBe(true);
  });
});
