import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readUploadsZip, ZIP_LIMITS } from './read-uploads-zip.ts';
import { readWxr } from './read-wxr.ts';

const fixture = '/work/shared/fixtures/wordpress-export.xml';
const xml = readFileSync(fixture, 'utf8');

const wxrWith = (prolog: string, body = '') =>
  `<?xml version="1.0"?>${prolog}<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>x</title><wp:base_site_url>http://lama.test</wp:base_site_url>${body}</channel></rss>`;

describe('readWxr on the real WordPress 6.1.9 export', () => {
  const wxr = readWxr(xml);
  it('reads the site, authors, categories and tags', () => {
    expect(wxr.siteUrl).toBe('http://127.0.0.1:8081');
    expect(wxr.authors).toEqual([{ login: 'admin', email: 'admin@example.go.id', displayName: 'admin' }]);
    expect(wxr.categories.map((c) => c.slug).sort()).toEqual(['berita', 'informasi-publik', 'kepegawaian', 'pelatihan', 'pengumuman', 'uncategorized']);
    expect(wxr.tags.map((t) => t.slug).sort()).toEqual(['kupang', 'latsar', 'pkp']);
  });
  it('counts what the fixture README says: 200 published posts, 1 draft, 4 pages, 1 attachment', () => {
    const count = (type: string, status?: string) => wxr.items.filter((i) => i.postType === type && (!status || i.status === status)).length;
    expect(count('post', 'publish')).toBe(200);
    expect(count('post', 'draft')).toBe(1);
    expect(count('page')).toBe(4);
    expect(count('attachment')).toBe(1);
    expect(wxr.items.filter((i) => i.tags.length > 0)).toHaveLength(10);
  });
  it('dates posts by post_date_gmt, one every 36 hours from 2024-01-01; an undated draft has no date', () => {
    const posts = wxr.items.filter((i) => i.postType === 'post' && i.status === 'publish').sort((a, b) => a.dateGmt!.getTime() - b.dateGmt!.getTime());
    const gaps = new Set(posts.slice(1).map((p, n) => (p.dateGmt!.getTime() - posts[n]!.dateGmt!.getTime()) / 3_600_000));
    expect([...gaps]).toEqual([36]);
    expect(posts.find((p) => p.postId === 103)?.dateGmt?.toISOString()).toBe('2024-05-28T20:00:00.000Z');
    expect(wxr.items.find((i) => i.postId === 206)?.dateGmt).toBeNull();
  });
  it('reads the featured image id and the attachment file', () => {
    expect(wxr.items.find((i) => i.postId === 103)?.meta._thumbnail_id).toBe('207');
    expect(wxr.items.find((i) => i.postId === 207)?.meta._wp_attached_file).toBe('2026/12/pelatihan-latsar.jpg');
  });
});

describe('readWxr refuses hostile XML at once, reading no file and expanding nothing', () => {
  it('XXE: an external entity naming a local file', () => {
    const evil = wxrWith('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '<title>&xxe;</title>');
    expect(() => readWxr(evil)).toThrowError(expect.objectContaining({ messageKey: 'impor_wp.doctype_refused', field: 'wxr' }));
  });
  it('billion laughs: nested entity definitions', () => {
    const defs = ['<!ENTITY lol "lol">'];
    for (let n = 1; n <= 9; n++) defs.push(`<!ENTITY lol${n} "${`&lol${n === 1 ? '' : n - 1};`.repeat(10)}">`);
    const evil = wxrWith(`<!DOCTYPE lolz [${defs.join('')}]>`, '<title>&lol9;</title>');
    const started = performance.now();
    expect(() => readWxr(evil)).toThrowError(expect.objectContaining({ messageKey: 'impor_wp.doctype_refused' }));
    expect(performance.now() - started).toBeLessThan(500);
  });
  it('an entity used without any DTD is an XML error, not an expansion', () => {
    expect(() => readWxr(wxrWith('', '<title>&xxe;</title>'))).toThrowError(expect.objectContaining({ messageKey: 'impor_wp.xml_invalid' }));
  });
  it('a file that is not a WordPress export', () => {
    expect(() => readWxr('<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>')).toThrowError(
      expect.objectContaining({ messageKey: 'impor_wp.not_wxr' }),
    );
  });
});

const jpeg = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
    .jpeg()
    .toBuffer();

describe('readUploadsZip', () => {
  it('keeps the original picture of the real uploads zip and leaves WordPress’s size copies out', async () => {
    const archive = await readUploadsZip(readFileSync('/work/shared/fixtures/wordpress-uploads.zip'));
    expect([...archive.images.keys()]).toEqual(['2026/12/pelatihan-latsar.jpg']);
    expect(archive.skipped).toBe(4);
  });
  it('checks pictures by content: a script named .jpg and a PHP file are skipped', async () => {
    const zip = Buffer.from(
      zipSync({
        'uploads/2025/01/a.jpg': await jpeg(),
        'uploads/2025/01/b.jpg': Buffer.from('<script>alert(1)</script>'),
        'uploads/x.php': Buffer.from('<?php ?>'),
      }),
    );
    const archive = await readUploadsZip(zip);
    expect([...archive.images.keys()]).toEqual(['2025/01/a.jpg']);
    expect(archive.skipped).toBe(2);
  });
  it('refuses the whole archive when a path leaves the folder', async () => {
    const zip = Buffer.from(zipSync({ 'uploads/ok.jpg': await jpeg(), '../../etc/cron.d/evil': Buffer.from('x') }));
    await expect(readUploadsZip(zip)).rejects.toMatchObject({ messageKey: 'impor_wp.zip_unsafe_path', field: 'arsip' });
  });
  it('refuses a zip bomb by its unpacked size before unpacking', async () => {
    const saved = ZIP_LIMITS.totalBytes;
    ZIP_LIMITS.totalBytes = 1024 * 1024;
    try {
      const zip = Buffer.from(zipSync({ 'uploads/zero.jpg': new Uint8Array(8 * 1024 * 1024) }, { level: 9 }));
      expect(zip.length).toBeLessThan(64 * 1024);
      await expect(readUploadsZip(zip)).rejects.toMatchObject({ messageKey: 'impor_wp.zip_too_large' });
    } finally {
      ZIP_LIMITS.totalBytes = saved;
    }
  });
  it('refuses what is not a zip', async () => {
    await expect(readUploadsZip(Buffer.from('bukan zip'))).rejects.toMatchObject({ messageKey: 'impor_wp.zip_invalid' });
  });
});

describe('sweepOldFiles', () => {
  it('removes the files of uploads older than three days and keeps newer ones', async () => {
    const { mkdtempSync, mkdirSync, existsSync, utimesSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { sweepOldFiles } = await import('./stored-files.ts');
    const dataDir = mkdtempSync(join(tmpdir(), 'impor-wp-sweep-'));
    for (const name of ['lama', 'baru']) mkdirSync(join(dataDir, 'impor-wp', name), { recursive: true });
    const fourDaysAgo = new Date(Date.now() - 4 * 24 * 3600 * 1000);
    utimesSync(join(dataDir, 'impor-wp', 'lama'), fourDaysAgo, fourDaysAgo);
    await sweepOldFiles({ config: { dataDir } } as Parameters<typeof sweepOldFiles>[0]);
    expect(existsSync(join(dataDir, 'impor-wp', 'lama'))).toBe(false);
    expect(existsSync(join(dataDir, 'impor-wp', 'baru'))).toBe(true);
  });
});
