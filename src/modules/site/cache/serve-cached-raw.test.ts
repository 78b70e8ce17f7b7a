import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../http/env.ts';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../../test/harness.ts';
import { createKonten } from '../../konten/create-konten.ts';
import { revisiOf } from '../../konten/load-konten.ts';
import { moveKonten } from '../../konten/move-konten.ts';
import { konten } from '../../konten/schema.ts';
import { addContentTeam, type ContentTeam, doc } from '../../konten/test-fixture.ts';
import { loadActor } from '../../org/actor.ts';
import { bidang } from '../../org/schema.ts';
import { pageCacheOf } from './change-feed.ts';
import type { PageCache } from './page-cache.ts';
import { withCachedPages } from './serve-cached-raw.ts';

let w: TestWarta;
let f: Fixture;
let team: ContentTeam;
let cache: PageCache;
// The same app served twice: through Hono only (its pageCacheHits middleware answers the cached
// pages), and with the raw fast path in front, which counts what it hands on to Hono.
let slow: Server;
let fast: Server;
let handedOn = 0;
const HOST = 'ujiprov.go.id';

beforeAll(async () => {
  w = await startTestWarta({ WARTA_PAGE_CACHE_MB: '8' });
  f = await seedFixture(w.services);
  team = await addContentTeam(w, f);
  cache = pageCacheOf(w.services.db) as PageCache;
  const hono = getRequestListener(w.app.fetch);
  slow = createServer(hono);
  fast = createServer(
    withCachedPages(w.services, (req, res) => {
      handedOn++;
      hono(req, res);
    }),
  );
  await Promise.all([slow, fast].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
});
afterAll(async () => {
  await Promise.all([slow, fast].map((s) => new Promise((resolve) => s.close(resolve))));
  await w.stop();
});

type Raw = { status: number; rawHeaders: string[]; headers: IncomingHttpHeaders; body: Buffer };

/** One request as sent on the wire (no decompression); the Date line, the only one that may differ, left out. */
function raw(server: Server, path: string, headers: Record<string, string | string[]> = {}, method = 'GET'): Promise<Raw> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host: HOST, ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const rawHeaders: string[] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          if (res.rawHeaders[i]?.toLowerCase() !== 'date') rawHeaders.push(res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string);
        }
        const { date: _date, ...headers } = res.headers;
        resolve({ status: res.statusCode as number, rawHeaders, headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Asks both servers the same, after the page is in the cache; the answers must be byte for byte the same. */
async function both(path: string, headers: Record<string, string | string[]> = {}, method = 'GET') {
  const before = handedOn;
  const hits = cache.hits;
  const viaHono = await raw(slow, path, headers, method);
  const viaRaw = await raw(fast, path, headers, method);
  expect(cache.hits).toBe(hits + 2);
  expect(handedOn).toBe(before);
  expect(viaRaw).toEqual(viaHono);
  return viaRaw;
}

/** Reads a page through Hono until it is kept (a change of this process holds its tenant briefly). */
async function warm(path: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 100; i++) {
    const hits = cache.hits;
    await raw(slow, path, headers);
    if (cache.hits === hits + 1) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${path} never came from the cache`);
}

const as = async (u: Pick<Fixture['writerA'], 'id' | 'tenantId' | 'personId' | 'email' | 'displayName' | 'isAdmin'>) => {
  const user: SessionUser = { ...u, totpEnabled: false, mustEnable2fa: false };
  return { user, actor: await loadActor(w.services.db, user) };
};

/** A news item of unit A, approved as the workflow leaves it and published by the publisher. */
async function published(judul: string) {
  const writer = await as(f.writerA);
  const [umum] = await w.services.db
    .select()
    .from(bidang)
    .where(and(eq(bidang.unitId, f.unitA.id), eq(bidang.slug, 'umum')));
  const d = await createKonten(w.services, writer.user, writer.actor, {
    unitId: f.unitA.id,
    jenis: 'berita',
    judul,
    ringkasan: '',
    isi: doc('Isi.'),
    atribut: {},
    tags: [],
    bidangId: umum!.id,
  } as never);
  const [row] = await w.services.db.select().from(konten).where(eq(konten.id, d.item.id));
  const rev = await revisiOf(w.services.db, d.item.id, row!.currentRevisionId as string);
  await w.services.db
    .update(konten)
    .set({ status: 'disetujui', approvedRevisionId: rev.id, approvedHash: rev.hash, approvedBy: f.headA.id, approvedAt: new Date() })
    .where(eq(konten.id, d.item.id));
  const pub = await as(team.publisher);
  const detail = await moveKonten(w.services, pub.user, pub.actor, d.item.id, { ke: 'terbit' });
  return `/dinas-a/berita/umum/${detail.item.slug}`;
}

describe('the page cache answered straight from node:http', () => {
  it('sends a news item and a listing exactly as Hono does, in every encoding, HEAD included', async () => {
    const item = await published('Pelantikan Pejabat Fungsional');
    for (const path of [item, '/dinas-a/berita', '/dinas-a/berita?lang=en']) {
      await warm(path);
      const br = await both(path, { 'accept-encoding': 'br, gzip' });
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-security-policy']).toContain("default-src 'none'");
      const html = brotliDecompressSync(br.body).toString();
      expect(html).toContain(path.endsWith('en') ? 'lang="en"' : 'lang="id"');
      const gz = await both(path, { 'accept-encoding': 'gzip, deflate' });
      expect(gunzipSync(gz.body).toString()).toBe(html);
      const plain = await both(path);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(html);
      expect(Number(plain.headers['content-length'])).toBe(plain.body.byteLength);
      expect((await both(path, { 'accept-encoding': 'br;q=0, gzip;q=0.5' })).headers['content-encoding']).toBe('gzip');
      expect((await both(path, { 'accept-encoding': '*' })).headers['content-encoding']).toBe('br');
      const head = await both(path, { 'accept-encoding': 'br' }, 'HEAD');
      expect(head.body.byteLength).toBe(0);
      expect(head.headers['content-length']).toBe(br.headers['content-length']);
      // A visitor who is signed in gets the same public page (as pageCacheHits gives it).
      await both(path, { 'accept-encoding': 'br', cookie: 'warta_session=abc; warta_lang=en' });
    }
  });

  it('answers 304 to the ETag of any encoding, weak or strong, and 200 to another', async () => {
    const path = '/dinas-a/berita';
    await warm(path);
    const etag = (await both(path, { 'accept-encoding': 'br' })).headers.etag as string;
    for (const tag of [etag, etag.replace(/-br"$/, '-gz"'), `W/${etag}`, '*', `"x", ${etag}`]) {
      const again = await both(path, { 'accept-encoding': 'gzip', 'if-none-match': tag });
      expect(again.status).toBe(304);
      expect(again.body.byteLength).toBe(0);
      expect(again.headers.etag).toBe(etag.replace(/-br"$/, '-gz"'));
    }
    expect((await both(path, { 'accept-encoding': 'br', 'if-none-match': '"another"' })).status).toBe(200);
  });

  it('reads the request lines as Hono does: any letter case, repeated lines joined', async () => {
    const path = '/dinas-a/berita';
    await warm(path);
    const etag = (await both(path, { 'ACCEPT-Encoding': 'br' })).headers.etag as string;
    expect(etag).toMatch(/-br"$/);
    // Two Accept-Encoding lines are one list: brotli refused in the first, gzip taken from the second.
    expect((await both(path, { 'accept-encoding': ['br;q=0', 'gzip'] })).headers['content-encoding']).toBe('gzip');
    // The current ETag in the second of two If-None-Match lines still makes it a 304.
    expect((await both(path, { 'Accept-Encoding': 'br', 'IF-NONE-MATCH': ['"other"', etag] })).status).toBe(304);
    const config = w.services.config;
    config.trustProxy = true;
    try {
      // Behind one trusted proxy the last entry of the joined X-Forwarded-Proto lines counts.
      const https = await both(path, { 'X-Forwarded-Proto': ['http', 'https'] });
      expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      config.trustProxy = false;
    }
  });

  it('sends a cached 404 page as Hono does, and HSTS only behind a trusted proxy saying https', async () => {
    await warm('/dinas-a/tidak-ada');
    expect((await both('/dinas-a/tidak-ada', { 'accept-encoding': 'br' })).status).toBe(404);
    await warm('/dinas-a');
    expect((await both('/dinas-a', { 'x-forwarded-proto': 'https' })).headers['strict-transport-security']).toBeUndefined();
    const config = w.services.config;
    config.trustProxy = true;
    try {
      const https = await both('/dinas-a', { 'x-forwarded-proto': 'https' });
      expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect((await both('/dinas-a', { 'x-forwarded-proto': 'http' })).headers['strict-transport-security']).toBeUndefined();
    } finally {
      config.trustProxy = false;
    }
  });

  it('hands to Hono what is not cached, not a GET or HEAD, or an address Hono would rewrite', async () => {
    await warm('/dinas-a/berita');
    const cases: Array<[string, Record<string, string>, string]> = [
      ['/dinas-a/berita?halaman=99', {}, 'GET'],
      ['/dinas-a/berita', {}, 'OPTIONS'],
      ['/dinas-a/%62erita', {}, 'GET'],
      ['/dinas-a/x/../berita', {}, 'GET'],
      ['/dinas-a/berita', { host: 'UJIPROV.go.id' }, 'GET'],
    ];
    for (const [path, headers, method] of cases) {
      const before = handedOn;
      const viaRaw = await raw(fast, path, headers, method);
      expect(handedOn, `${method} ${path}`).toBe(before + 1);
      expect(viaRaw).toEqual(await raw(slow, path, headers, method));
    }
    // Two Host lines: node:http keeps the first, Hono's adapter joins them; left to Hono.
    const before = handedOn;
    const answer = await new Promise<string>((resolve, reject) => {
      const { port } = fast.address() as AddressInfo;
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(`GET /dinas-a/berita HTTP/1.1\r\nHost: ${HOST}\r\nHost: other.test\r\nConnection: close\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (d) => {
        text += d;
      });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer.startsWith('HTTP/1.1 ')).toBe(true);
    expect(handedOn).toBe(before + 1);
  });

  it('counts a page it does not have as one miss, and a page it answers as one hit', async () => {
    // An address nobody asked for yet (its 404 page is kept like any page): the raw path hands it on to Hono.
    const path = '/dinas-a/belum-pernah-diminta';
    const [hits, misses, before] = [cache.hits, cache.misses, handedOn];
    await raw(fast, path, { 'accept-encoding': 'br' });
    expect(handedOn).toBe(before + 1);
    expect(cache.misses).toBe(misses + 1);
    expect(cache.hits).toBe(hits);
    // Once kept, it is one hit and no miss, whichever way it is answered.
    await warm(path, { 'accept-encoding': 'br' });
    const [hitsKept, missesKept] = [cache.hits, cache.misses];
    await raw(fast, path, { 'accept-encoding': 'br' });
    expect([cache.hits, cache.misses]).toEqual([hitsKept + 1, missesKept]);
  });

  it('shows a publication at once: the next answer after the publish is the new page', async () => {
    const listing = '/dinas-a/berita';
    await warm(listing);
    const hits = cache.hits;
    const before = brotliDecompressSync((await raw(fast, listing, { 'accept-encoding': 'br' })).body).toString();
    expect(cache.hits).toBe(hits + 1);
    expect(before).not.toContain('Jadwal Vaksinasi Keliling');
    await published('Jadwal Vaksinasi Keliling');
    // No wait: until its own change is seen committed, this process serves that tenant's pages afresh.
    const after = await raw(fast, listing, { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(after.body).toString()).toContain('Jadwal Vaksinasi Keliling');
    await warm(listing);
    await both(listing, { 'accept-encoding': 'br' });
  });
});
