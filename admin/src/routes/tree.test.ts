import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory, createRouter } from '@tanstack/react-router';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Me } from '../types.ts';

// The admin's modules read the language cookie when they load, and the router looks at the window;
// in Node there are neither, so the test gives the little they touch — and takes it back after: the
// files after it in the same worker include PGlite, which takes a `window` for a browser.
vi.stubGlobal('document', { cookie: '', documentElement: {} });
vi.stubGlobal('window', globalThis);
vi.stubGlobal('self', globalThis);
afterAll(() => vi.unstubAllGlobals());
let tree: typeof import('./tree.tsx');
let search: typeof import('./search.ts');
let guard: typeof import('./guard.ts');
beforeAll(async () => {
  tree = await import('./tree.tsx');
  search = await import('./search.ts');
  guard = await import('./guard.ts');
});

const tenant = { id: 't', name: 'Nusa Lontar', slug: 'nl', timeZone: 'Asia/Makassar', require2faForAdmins: true };
const person = (over: Partial<Me['user']> = {}, roles: Me['roles'] = []): Me => ({
  mfaPending: false,
  csrfToken: 'x',
  user: { id: 'u', email: 'a@b.example', displayName: 'A', isAdmin: false, totpEnabled: true, mustEnable2fa: false, ...over },
  roles,
  tenant,
});
const editor = person({}, [{ unitId: 'unit-1', role: 'editor' }]);
const admin = person({ isAdmin: true });

/** Opens an address (as the browser has it, with /admin) for someone; says where it ended and what it shows. */
async function open(address: string, me: Me | null) {
  const router = createRouter({
    routeTree: tree.routeTree,
    basepath: '/admin',
    history: createMemoryHistory({ initialEntries: [address] }),
    context: { me, queryClient: new QueryClient() },
    parseSearch: search.parseSearch,
    stringifySearch: search.stringifySearch,
    isServer: false,
    origin: 'http://localhost',
  });
  await router.load();
  const matches = router.state.matches;
  const last = matches[matches.length - 1];
  return {
    path: router.state.location.pathname,
    route: last?.routeId,
    search: last?.search as Record<string, unknown>,
    forbidden: matches.some((m) => m.error instanceof guard.Forbidden),
  };
}

describe('the social accounts screen', () => {
  it('opens with what the OAuth callback reports, for admins and the unit’s admin media sosial only', async () => {
    const medsos = person({}, [{ unitId: 'unit-1', role: 'admin_medsos' }]);
    const landed = await open('/admin/akun-sosial?platform=facebook&pilih=abc', medsos);
    expect(landed.route).toBe('/signedIn/akun-sosial');
    expect(landed.search).toEqual({ platform: 'facebook', pilih: 'abc' });
    expect(landed.forbidden).toBe(false);
    expect((await open('/admin/akun-sosial', admin)).forbidden).toBe(false);
    expect((await open('/admin/akun-sosial?galat=sesi', editor)).forbidden).toBe(true);
  });
});

describe('the admin route tree', () => {
  it('keeps every address the server mails resolving to its screen', async () => {
    expect((await open('/admin/kata-sandi?token=abc123', null)).route).toBe('/public/kata-sandi');
    expect((await open('/admin/kata-sandi?token=abc123', null)).search).toEqual({ token: 'abc123' });
    expect((await open('/admin/undangan?token=t0k', null)).route).toBe('/public/undangan');
    expect((await open('/admin/permohonan/0b5c-1', editor)).route).toBe('/signedIn/permohonan/$id');
    expect((await open('/admin/keberatan/0b5c-1', admin)).route).toBe('/signedIn/keberatan/$id');
    expect((await open('/admin/konten/0b5c-1', editor)).route).toBe('/signedIn/konten/$id');
    expect((await open('/admin/liputan/0b5c-1', editor)).route).toBe('/signedIn/liputan/$id');
    expect((await open('/admin/', editor)).route).toBe('/signedIn/');
  });

  it('keeps the addresses screens link to, with or without a trailing slash', async () => {
    expect((await open('/admin/unit/u1', editor)).route).toBe('/signedIn/unit/$id/{-$tab}');
    expect((await open('/admin/unit/u1/tim', editor)).route).toBe('/signedIn/unit/$id/{-$tab}');
    expect((await open('/admin/konten/', editor)).route).toBe('/signedIn/konten/');
    expect((await open('/admin/konten/k1/setujui', editor)).route).toBe('/signedIn/konten/$id/setujui');
    expect((await open('/admin/permohonan/baru?unit=u1', admin)).route).toBe('/signedIn/permohonan/baru');
    expect((await open('/admin/tidak/ada', editor)).route).toBe('/signedIn/$');
  });

  it('refuses an area whose menu entry this person does not have, and opens it for one who has', async () => {
    expect((await open('/admin/akun', editor)).forbidden).toBe(true);
    expect((await open('/admin/permohonan/p1', editor)).forbidden).toBe(true);
    expect((await open('/admin/media-center', editor)).forbidden).toBe(true);
    expect((await open('/admin/akun', admin)).forbidden).toBe(false);
    expect((await open('/admin/konten', editor)).forbidden).toBe(false);
    // Without a session nothing is refused here: the frame asks to sign in first.
    expect((await open('/admin/akun', null)).forbidden).toBe(false);
  });

  it('holds an admin who must turn on two-step sign-in at /keamanan, and sends the signed-in away from /masuk', async () => {
    const held = person({ isAdmin: true, mustEnable2fa: true });
    expect((await open('/admin/konten', held)).path).toBe('/keamanan');
    expect((await open('/admin/keamanan', held)).path).toBe('/keamanan');
    expect((await open('/admin/masuk', editor)).path).toBe('/');
    expect((await open('/admin/masuk', null)).route).toBe('/public/masuk');
  });

  it('types the query string and drops what does not fit, keeping the plain form both ways', async () => {
    const list = await open('/admin/konten?tampilan=daftar&status=draf&halaman=2', editor);
    expect(list.search).toEqual({ tampilan: 'daftar', status: 'draf', halaman: 2 });
    expect((await open('/admin/konten?tampilan=kotak&halaman=abc', editor)).search).toEqual({});
    expect((await open('/admin/hari-kerja?tahun=2027', editor)).search).toEqual({ tahun: 2027 });
    expect((await open('/admin/laporan?unit=semua&jenis=tahunan&dari=2026-01-01&sampai=2026-12-31', admin)).search).toEqual({
      unit: 'semua',
      jenis: 'tahunan',
      dari: '2026-01-01',
      sampai: '2026-12-31',
    });
    expect(search.stringifySearch({ tampilan: 'daftar', halaman: 2, q: undefined, unit: '' })).toBe('?tampilan=daftar&halaman=2');
    expect(search.parseSearch('?q=a%20b&unit=u1')).toEqual({ q: 'a b', unit: 'u1' });
  });
});
