import { describe, expect, it } from 'vitest';
import { parseIsi } from '../konten/isi-schema.ts';
import { wpHtmlToIsi } from './wp-html-to-isi.ts';

const MEDIA = '11111111-1111-4111-8111-111111111111';
const convert = (html: string, image = (): string | null => MEDIA) => wpHtmlToIsi(html, { siteUrl: 'http://lama.test', image });

describe('wpHtmlToIsi', () => {
  it('turns Gutenberg blocks into paragraphs, headings, lists and quotes with their marks', () => {
    const { doc, warnings } = convert(
      '<!-- wp:heading --><h2>Judul <em>Bagian</em></h2><!-- /wp:heading --><!-- wp:paragraph --><p>Teks <strong>tebal</strong> dan <a href="/profil/">tautan</a>.</p><!-- /wp:paragraph -->' +
        '<!-- wp:list --><ul><li>satu</li><li>dua</li></ul><!-- /wp:list --><!-- wp:quote --><blockquote class="wp-block-quote"><p>Kutipan</p><cite>Kepala</cite></blockquote><!-- /wp:quote --><hr/>',
    );
    expect(warnings).toEqual([]);
    expect(doc.content).toEqual([
      {
        type: 'heading',
        attrs: { level: 2 },
        content: [
          { type: 'text', text: 'Judul ' },
          { type: 'text', text: 'Bagian', marks: [{ type: 'italic' }] },
        ],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Teks ' },
          { type: 'text', text: 'tebal', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' dan ' },
          { type: 'text', text: 'tautan', marks: [{ type: 'link', attrs: { href: 'http://lama.test/profil/' } }] },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'satu' }] }] },
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'dua' }] }] },
        ],
      },
      {
        type: 'blockquote',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Kutipan' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Kepala', marks: [{ type: 'italic' }] }] },
        ],
      },
      { type: 'horizontalRule' },
    ]);
    expect(() => parseIsi(doc)).not.toThrow();
  });

  it('removes scripts, styles, event handlers and javascript: links; keeps the words around them', () => {
    const { doc, warnings } = convert(
      '<p onclick="steal()">Halo<script>alert(document.cookie)</script> <a href="javascript:alert(1)">klik</a><style>p{}</style></p><iframe src="https://evil.test/x"></iframe><form><input name="a"></form>',
    );
    expect(JSON.stringify(doc)).not.toMatch(/alert|steal|evil|javascript|style/);
    expect(doc.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Halo klik' }] }]);
    expect(warnings.sort()).toEqual(['element_removed', 'embed_removed', 'script_removed']);
    expect(() => parseIsi(doc)).not.toThrow();
  });

  it('makes a [caption] image a library photo with its caption, and drops an image it cannot resolve', () => {
    const seen: unknown[] = [];
    const { doc } = wpHtmlToIsi(
      '<p>Awal</p>[caption id="attachment_207" width="1200"]<img class="size-full wp-image-207" src="http://lama.test/wp-content/uploads/2026/12/a.jpg" alt="Peserta" /> Peserta Latsar[/caption]',
      {
        siteUrl: 'http://lama.test',
        image: (img) => {
          seen.push(img);
          return MEDIA;
        },
      },
    );
    expect(seen).toEqual([{ src: 'http://lama.test/wp-content/uploads/2026/12/a.jpg', attachmentId: 207, alt: 'Peserta', caption: 'Peserta Latsar' }]);
    expect(doc.content?.[1]).toEqual({ type: 'mediaImage', attrs: { mediaId: MEDIA, caption: 'Peserta Latsar' } });
    const dropped = convert('<p>Foto <img src="https://lain.test/x.jpg"> di sini</p>', () => null);
    expect(dropped.doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Foto' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'di sini' }] },
    ]);
    expect(dropped.warnings).toEqual(['image_dropped']);
  });

  it('reads classic-editor text: blank lines separate paragraphs, single newlines break lines; tables become text; YouTube stays', () => {
    const { doc, warnings } = convert(
      'Baris satu\nbaris dua\n\nParagraf kedua\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n<table><tr><th>Nama</th><th>Jumlah</th></tr><tr><td>A</td><td>3</td></tr></table>[gallery ids="1,2"] [1]',
    );
    expect(doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Baris satu' }, { type: 'hardBreak' }, { type: 'text', text: 'baris dua' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Paragraf kedua' }] },
      { type: 'youtube', attrs: { videoId: 'dQw4w9WgXcQ' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'Nama | Jumlah' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'A | 3' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '[1]' }] },
    ]);
    expect(warnings.sort()).toEqual(['gallery_removed', 'table_as_text']);
    expect(() => parseIsi(doc)).not.toThrow();
  });

  it('keeps deep nesting within the editor’s limit', () => {
    const deep = `${'<ul><li>'.repeat(30)}dalam${'</li></ul>'.repeat(30)}`;
    const { doc } = convert(`<blockquote>${deep}</blockquote>`);
    expect(() => parseIsi(doc)).not.toThrow();
    expect(JSON.stringify(doc)).toContain('dalam');
  });
});
