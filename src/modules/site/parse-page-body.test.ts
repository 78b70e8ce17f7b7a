import { describe, expect, it } from 'vitest';
import { isSafeHref, parsePageBody } from './parse-page-body.ts';
import { PageBody } from './views/page-body.tsx';

const html = async (source: string) => String(await PageBody({ source }).toString());

describe('page body markup', () => {
  it('makes paragraphs, headings, lists, bold and links', async () => {
    const out = await html('## Sejarah\n\nDidirikan tahun 1984\ndi Kota Uji.\n\n- satu **penting**\n- dua [lihat](https://contoh.go.id/a?b=1&c=2)\nlanjut');
    expect(out).toBe(
      '<h2>Sejarah</h2><p>Didirikan tahun 1984<br/>di Kota Uji.</p><ul><li>satu <strong>penting</strong></li><li>dua <a href="https://contoh.go.id/a?b=1&amp;c=2">lihat</a></li></ul><p>lanjut</p>',
    );
  });

  it('treats Windows line endings and blank lines with spaces as separators', () => {
    expect(parsePageBody('a\r\n   \r\nb').map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(parsePageBody('')).toEqual([]);
  });

  it('escapes raw HTML instead of passing it through', async () => {
    const out = await html('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n## <b>x</b> & "y"');
    expect(out).not.toMatch(/<script|<img|<b>/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('<h2>&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;</h2>');
  });

  it('refuses dangerous link targets and keeps only their text', async () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '//evil.example',
      '/\\evil.example',
      'java\tscript:x',
    ]) {
      const out = await html(`[klik](${href})`);
      expect(out, href).not.toContain('<a');
    }
    expect(await html('[klik](javascript:alert(1))')).not.toContain('<a');
  });

  it('escapes quotes inside link targets and labels', async () => {
    const out = await html('[a"><script>x</script>](https://contoh.go.id/"onmouseover="x)');
    expect(out).not.toContain('<script');
    expect(out).toContain('href="https://contoh.go.id/&quot;onmouseover=&quot;x"');
  });

  it('allows http, https, mailto and relative targets', () => {
    for (const ok of ['https://contoh.go.id', 'http://contoh.go.id/x', 'mailto:humas@uji.test', '/dinas-a/kontak', 'profil/sejarah', '#bagian', '?lang=en']) {
      expect(isSafeHref(ok), ok).toBe(true);
    }
    for (const bad of ['ftp://x', 'https://', 'mailto:', 'file:///etc/passwd']) expect(isSafeHref(bad), bad).toBe(false);
  });
});
