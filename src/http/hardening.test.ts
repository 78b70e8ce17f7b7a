import { eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../i18n/catalogue.ts';
import { createLogger, describeError } from '../lib/log.ts';
import { parseIcal } from '../modules/hari-kerja/parse-ical.ts';
import { permohonan } from '../modules/permohonan/schema.ts';
import { sitePages } from '../modules/site/schema.ts';
import { TestClient } from '../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../test/harness.ts';
import type { AppEnv } from './env.ts';
import { handleError } from './middleware/errors.ts';
import { rateLimit } from './rate-limit.ts';
import { controlCharacterPath } from './validate.ts';

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

// Personal data as a citizen types it into the request form.
const NAME = 'Maria Goreti Rahasia';
const ADDRESS = 'Jalan Kenari Rahasia No. 17, Kupang';
const PHONE = '0812-9999-1717';

/** An app with Warta's error handler on the test services, for routes the real app does not have. */
function bareApp() {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('services', w.services);
    c.set('lang', 'id');
    await next();
  });
  app.onError(handleError);
  return app;
}

/** Runs `fn` with every log line of the services captured. */
async function capturingLog<T>(fn: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const original = w.services.log;
  w.services.log = createLogger('debug', (line) => lines.push(line));
  try {
    return { result: await fn(), lines };
  } finally {
    w.services.log = original;
  }
}

const failingQueries = () => [
  // Drizzle's message quotes the query's parameters; PostgreSQL's own quotes the bad value.
  w.services.db.execute(sql`select ${NAME}::int, ${ADDRESS}, ${PHONE}`),
  // A unique violation's detail names the duplicated value: "Key (phone)=(…) already exists".
  // One transaction, so the temporary table and both inserts share a connection of the pool.
  w.services.db.transaction(async (tx) => {
    await tx.execute(sql`create temp table uji_kontak (phone text unique) on commit drop`);
    await tx.execute(sql`insert into uji_kontak values (${PHONE})`);
    await tx.execute(sql`insert into uji_kontak values (${PHONE})`);
  }),
];

describe('errors in the log', () => {
  it('name the error class and SQLSTATE of a failed query, never its parameters or message', async () => {
    const errors = await Promise.all(failingQueries().map((q) => q.then(() => null).catch((err: unknown) => err)));
    const lines: string[] = [];
    const log = createLogger('info', (line) => lines.push(line));
    for (const err of errors) log.warn('job failed', { queue: 'uji', err });
    expect(lines).toHaveLength(2);
    const [cast, unique] = lines.map((line) => JSON.parse(line).err);
    expect(JSON.stringify(cast)).toContain('22P02');
    expect(unique.cause).toMatchObject({ code: '23505', constraint: expect.any(String) });
    expect(cast.class).not.toBe('Error');
    for (const line of lines) {
      for (const secret of [NAME, ADDRESS, PHONE, 'Kenari', '9999']) expect(line).not.toContain(secret);
      expect(line).toContain('"stack"');
    }
  });

  it('leave no trace of personal data when a request fails in the database', async () => {
    const app = bareApp();
    app.post('/gagal', async () => {
      await w.services.db.execute(sql`insert into permohonan (requester_name, requester_address, requester_phone) values (${NAME}, ${ADDRESS}, ${PHONE})`);
      return new Response('tidak sampai di sini');
    });
    const { result: res, lines } = await capturingLog(async () => app.request('/gagal', { method: 'POST' }));
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ code: 'internal', message: t('id', 'error.internal') });
    const logged = lines.join('\n');
    expect(logged).toContain('unhandled error');
    expect(logged).toMatch(/"code":"23502"/);
    for (const secret of [NAME, ADDRESS, PHONE, 'Kenari', '9999']) expect(logged).not.toContain(secret);
  });

  it('keep what an AppError says, which names a catalogue key and never a value', () => {
    const lines: string[] = [];
    createLogger('info', (line) => lines.push(line)).error('x', { err: new TypeError(`bad ${NAME}`) });
    expect(lines[0]).not.toContain(NAME);
    expect(JSON.parse(lines[0]!).err.class).toBe('TypeError');
    expect(describeError('just a string')).toEqual({ type: 'string' });
  });
});

describe('control characters', () => {
  const signIn = (body: unknown, lang = 'id') =>
    w.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify(body),
    });

  it('are found at any depth by path, tab, newline and CR allowed', () => {
    expect(controlCharacterPath({ a: 'baris satu\r\nbaris dua\tkolom', b: [1, 'x'] })).toBeNull();
    expect(controlCharacterPath({ a: 'ok', b: [{ c: 'ok' }, { c: 'ru\u0000sak' }] })).toBe('b.1.c');
    expect(controlCharacterPath({ tautan: [{ judul: 'x\u001b[31m' }] })).toBe('tautan.0.judul');
    expect(controlCharacterPath({ a: 'C1 \u0085' })).toBe('a');
    expect(controlCharacterPath({ a: 'DEL \u007f' })).toBe('a');
    expect(controlCharacterPath({ 'ku\u0000nci': 'x' })).toBe('kunci');
    expect(controlCharacterPath('\u0000')).toBe('');
    let deep: unknown = 'dalam\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(controlCharacterPath(deep)).toBe(Array(100_000).fill('0').join('.'));
  });

  it('in a JSON body answer 400 at the field, in Indonesian and English', async () => {
    const id = await signIn({ email: 'admin@uji.test', password: `${PASSWORD}\u0000` });
    expect(id.status).toBe(400);
    expect(await id.json()).toEqual({ code: 'invalid', field: 'password', message: t('id', 'invalid.control_characters', { field: 'password' }) });
    const en = await signIn({ email: 'admin@uji.test\u0007', password: PASSWORD }, 'en');
    expect(en.status).toBe(400);
    const body = await en.json();
    expect(body).toMatchObject({ field: 'email' });
    expect(body.message).toMatch(/control characters/);
  });

  it('in a query answer 400 at the parameter', async () => {
    const res = await w.app.request('/api/hari-kerja/jatuh-tempo?mulai=2026-03-16%00&hari=10');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'invalid', field: 'mulai' });
  });

  it('in a write that reaches the database answer 400 and store nothing', async () => {
    const head = new TestClient(w.app);
    await head.signIn(f.headA.email, PASSWORD);
    const res = await head.put(`/api/units/${f.unitA.id}/pages/sejarah`, { title: 'Sejarah', body: 'Berdiri\u0000 tahun 1958' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid', field: 'body' });
    expect(await w.services.db.select().from(sitePages).where(eq(sitePages.unitId, f.unitA.id))).toHaveLength(0);
  });

  it('in a public GET form (tracking, search) are dropped before the lookup, not a 500', async () => {
    const pages: Array<[string, number]> = [
      // No such request: the tracking page's own "not found", as for any wrong number.
      ['/dinas-a/ppid/permohonan/lacak?nomor=001%00&token=%00abcdefgh', 404],
      ['/dinas-a/ppid/dip?q=%00pelatihan', 200],
    ];
    for (const [path, status] of pages) {
      const res = await w.app.request(path, { headers: { host: 'warta.test' } });
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).not.toContain('\u0000');
    }
  });

  it('in an uploaded calendar are dropped from the event names', () => {
    const ics = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:Tahun\u0000 Baru\u0007 2027\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(parseIcal(new TextEncoder().encode(ics)).events).toMatchObject([{ summary: 'Tahun Baru 2027', dates: ['2027-01-01'] }]);
  });

  const requestForm = {
    requesterType: 'perseorangan',
    requesterName: `Maria\u0000 Goreti`,
    requesterAddress: 'Jalan Kenari No. 17\u0008, Kupang',
    requesterPhone: '0812-3456-7890',
    requesterEmail: '',
    informationDetails: 'Daftar peserta pelatihan teknis tahun 2026\r\nper kabupaten',
    purpose: 'Bahan liputan',
    obtainMethod: 'melihat_membaca_mendengarkan_mencatat',
  };

  it('on the public request form show the form again with what was typed and the field error', async () => {
    const res = await w.app.request('/dinas-a/ppid/permohonan', {
      method: 'POST',
      headers: { host: 'warta.test', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(requestForm).toString(),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('value="Maria Goreti"');
    expect(html).toContain('Jalan Kenari No. 17, Kupang');
    expect(html).toContain('Daftar peserta pelatihan teknis tahun 2026');
    expect(html).toContain(t('id', 'invalid.control_characters_removed'));
    expect(html).toMatch(/id="f-requesterName"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/id="f-requesterAddress"[^>]*aria-invalid="true"/);
    // A multi-line text keeps its line break and is not refused for it.
    expect(html).not.toMatch(/id="f-informationDetails"[^>]*aria-invalid="true"/);
    expect(html).not.toContain('\u0000');
    expect(await w.services.db.select().from(permohonan)).toHaveLength(0);
  });

  it('on the public objection form show the form again with what was typed and the field error', async () => {
    const body = new URLSearchParams({ permohonanNumber: '001/PPID/2026', trackingToken: 'abcdefgh', reason: 'Informasinya\u0000 bukan yang dikecualikan.' });
    body.append('grounds', 'a');
    const res = await w.app.request('/dinas-a/ppid/keberatan?lang=en', {
      method: 'POST',
      headers: { host: 'warta.test', 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Informasinya bukan yang dikecualikan.');
    expect(html).toContain(t('en', 'invalid.control_characters_removed'));
  });
});

describe('the client address behind a trusted proxy', () => {
  const limited = () => {
    const app = bareApp();
    app.post('/terbatas', rateLimit(`uji-${Math.random()}`, 5, 600), (c) => c.text('ok'));
    return app;
  };
  const passed = async (app: Hono<AppEnv>, forwardedFor: (i: number) => string) => {
    let ok = 0;
    for (let i = 0; i < 12; i++) {
      const res = await app.request('/terbatas', { method: 'POST', headers: { 'x-forwarded-for': forwardedFor(i) } });
      if (res.status === 200) ok++;
      else expect(res.status).toBe(429);
    }
    return ok;
  };
  const behindProxy = async (hops: number, fn: () => Promise<void>) => {
    Object.assign(w.services.config, { trustProxy: true, trustProxyHops: hops });
    try {
      await fn();
    } finally {
      Object.assign(w.services.config, { trustProxy: false, trustProxyHops: 1 });
    }
  };

  it('is the one the proxy appended, so a spoofed X-Forwarded-For does not escape the limit', async () => {
    await behindProxy(1, async () => {
      expect(await passed(limited(), (i) => `10.9.${i}.1, 203.0.113.7`)).toBe(5);
      // Different visitors, each appended by the proxy, are counted apart.
      expect(await passed(limited(), (i) => `198.51.100.${i}`)).toBe(12);
    });
  });

  it('keeps the public objection form at its limit of 5 against 12 spoofed addresses', async () => {
    await behindProxy(1, async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const body = new URLSearchParams({
          permohonanNumber: '001/PPID/2026',
          trackingToken: 'tebakan-kode',
          grounds: 'a',
          reason: 'Tebakan kode permohonan orang lain.',
        });
        const res = await w.app.request('/dinas-a/ppid/keberatan', {
          method: 'POST',
          headers: { host: 'warta.test', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `10.66.${i}.1, 203.0.113.66` },
          body: body.toString(),
        });
        statuses.push(res.status);
      }
      // Five wrong guesses at the code are answered, then the address is refused.
      expect(statuses).toEqual([...Array(5).fill(400), ...Array(7).fill(429)]);
    });
  });

  it('counts the configured hops from the right', async () => {
    await behindProxy(2, async () => {
      // client's own entry, the address the CDN saw, the CDN as nginx saw it
      expect(await passed(limited(), (i) => `10.9.${i}.1, 203.0.113.8, 192.0.2.1`)).toBe(5);
      expect(await passed(limited(), (i) => `203.0.113.${i}, 192.0.2.1`)).toBe(12);
    });
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    expect(await passed(limited(), (i) => `198.51.100.${i}`)).toBe(5);
  });

  it('takes X-Forwarded-Proto from the same hop', async () => {
    await behindProxy(1, async () => {
      const hsts = async (proto: string) =>
        (await w.app.request('/healthz', { headers: { 'x-forwarded-proto': proto } })).headers.get('strict-transport-security');
      expect(await hsts('http, https')).toMatch(/max-age/);
      expect(await hsts('https, http')).toBeNull();
    });
  });

  it('reads its hop count from WARTA_TRUST_PROXY_HOPS, 1 by default', async () => {
    const { loadConfig } = await import('../config.ts');
    expect(loadConfig({}).trustProxyHops).toBe(1);
    expect(loadConfig({ WARTA_TRUST_PROXY_HOPS: '2' }).trustProxyHops).toBe(2);
    expect(() => loadConfig({ WARTA_TRUST_PROXY_HOPS: '0' })).toThrow(/WARTA_TRUST_PROXY_HOPS/);
  });
});

describe('JSON body limits', () => {
  const nested = (bytes: number) => '['.repeat(bytes / 2) + ']'.repeat(bytes / 2);

  it('refuse 10 MB of nested brackets to sign-in with 413 before parsing', async () => {
    const body = nested(10 * 1024 * 1024);
    const res = await w.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length), 'accept-language': 'en' },
      body,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ code: 'too_large', message: 'The request body is too large: at most 16 KB for this action.' });
  });

  it('count a body sent without Content-Length too', async () => {
    const chunk = new TextEncoder().encode('['.repeat(16 * 1024));
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 8; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await w.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).message).toBe('Isi permintaan terlalu besar: paling banyak 16 KB untuk tindakan ini.');
  });

  it('let nested brackets under the limit fail validation', async () => {
    const res = await w.app.request('/api/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: nested(12 * 1024) });
    expect(res.status).toBe(400);
  });

  it('give other writes the 64 KB default', async () => {
    const res = await w.app.request('/api/auth/password/forgot', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: nested(80 * 1024),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).message).toBe('The request body is too large: at most 64 KB for this action.');
  });

  it('are larger where a route needs it: a page of 40,000 two-byte characters saves', async () => {
    const head = new TestClient(w.app);
    await head.signIn(f.headA.email, PASSWORD);
    const text = 'é'.repeat(40_000);
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(64 * 1024);
    const res = await head.put(`/api/units/${f.unitA.id}/pages/fasilitas`, { title: 'Fasilitas', body: text });
    expect(res.status).toBe(200);
  });
});

describe('malformed requests answer 4xx, not 500', () => {
  it('a write with an Origin that is not a URL', async () => {
    for (const path of ['/api/auth/sign-in', '/dinas-a/ppid/keberatan']) {
      const res = await w.app.request(path, {
        method: 'POST',
        headers: { host: 'warta.test', origin: 'not a url', 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'invalid', message: t('id', 'error.origin_invalid') });
    }
    // A browser's own opaque origin is still a cross-site refusal, and a real one still passes.
    const opaque = await w.app.request('/api/auth/sign-in', { method: 'POST', headers: { origin: 'data:,', 'content-type': 'application/json' }, body: '{}' });
    expect(opaque.status).toBe(403);
  });

  const brokenMultipart = (path: string) =>
    w.app.request(path, {
      method: 'POST',
      headers: { host: 'warta.test', 'content-type': 'multipart/form-data; boundary=BATAS' },
      body: '--BATAS\r\nContent-Disposition: form-data; name="reason"\r\n\r\nterpotong di tengah',
    });

  it('a broken multipart body on the objection form and the request form', async () => {
    for (const path of ['/dinas-a/ppid/keberatan', '/dinas-a/ppid/permohonan']) {
      const res = await brokenMultipart(path);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toContain(t('id', 'invalid.form_unreadable'));
    }
  });
});

describe('Cache-Control on the API', () => {
  it('is no-store on every answer: errors, public JSON and signed-in answers with personal data', async () => {
    const client = new TestClient(w.app);
    expect((await client.get('/api/auth/me')).headers.get('cache-control')).toBe('no-store');
    expect((await client.get('/api/openapi.json')).headers.get('cache-control')).toBe('no-store');
    expect((await client.get('/api/tidak-ada')).headers.get('cache-control')).toBe('no-store');
    expect((await client.get('/api/hari-kerja/jatuh-tempo?mulai=2026-03-16&hari=10')).headers.get('cache-control')).toBe('no-store');
    await client.signIn(f.admin.email, PASSWORD);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect((await client.get(`/api/units/${f.unitA.id}/permohonan`)).headers.get('cache-control')).toBe('no-store');
  });

  it('stays private, no-store on an authenticated download', async () => {
    const client = new TestClient(w.app);
    await client.signIn(f.admin.email, PASSWORD);
    const res = await client.get('/api/laporan-kip/register.csv?jenis=tahunan&dari=2026-01-01&sampai=2026-12-31');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('leaves public pages to their own caching', async () => {
    expect((await w.app.request('/dinas-a/ppid', { headers: { host: 'warta.test' } })).headers.get('cache-control')).not.toBe('no-store');
  });
});
