import { describe, expect, it } from 'vitest';
import { absoluteUrl, siteAddressOf, unitUrl } from './site-address.ts';

const tenant = { domain: 'ujiprov.go.id' };

describe('site addresses', () => {
  it('a unit under a path: its prefix on the pemda’s domain, the configured scheme', () => {
    const a = siteAddressOf('https://warta.example', tenant, { host: null, slug: 'dinas-a' }, '/dinas-a');
    expect(absoluteUrl(a, '/dinas-a/berita?lang=en')).toBe('https://ujiprov.go.id/dinas-a/berita?lang=en');
    expect(absoluteUrl(a, '/dinas-a')).toBe('https://ujiprov.go.id/dinas-a');
    expect(absoluteUrl(a, '/media/x/640.jpg')).toBe('https://ujiprov.go.id/media/x/640.jpg');
    expect(absoluteUrl(a, '/')).toBe('https://ujiprov.go.id/');
    expect(unitUrl(a, ['berita', 'umum'])).toBe('https://ujiprov.go.id/dinas-a/berita/umum');
  });

  it('a unit with its own host is addressed there even when the request came by path', () => {
    const byPath = siteAddressOf('https://warta.example', tenant, { host: 'badanb.ujiprov.go.id', slug: 'badan-b' }, '/badan-b');
    expect(absoluteUrl(byPath, '/badan-b/berita')).toBe('https://badanb.ujiprov.go.id/berita');
    expect(absoluteUrl(byPath, '/badan-b?lang=en')).toBe('https://badanb.ujiprov.go.id/?lang=en');
    expect(absoluteUrl(byPath, '/badan-b')).toBe('https://badanb.ujiprov.go.id/');
    const onHost = siteAddressOf('https://warta.example', tenant, { host: 'badanb.ujiprov.go.id', slug: 'badan-b' }, '');
    expect(absoluteUrl(onHost, '/berita')).toBe('https://badanb.ujiprov.go.id/berita');
    expect(unitUrl(onHost, [])).toBe('https://badanb.ujiprov.go.id/');
  });

  it('without a stored domain, the configured public address', () => {
    const a = siteAddressOf('http://localhost:3000', { domain: null }, null);
    expect(absoluteUrl(a, '/')).toBe('http://localhost:3000/');
    expect(absoluteUrl(a, 'https://elsewhere.test/x')).toBe('https://elsewhere.test/x');
  });
});
