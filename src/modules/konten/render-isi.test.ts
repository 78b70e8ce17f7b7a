import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors.ts';
import { mediaIdsOf, parseIsi, plainTextOf } from './isi-schema.ts';
import { type GambarRender, renderIsi } from './render-isi.ts';

const photo = '11111111-1111-4111-8111-111111111111';
const gambar = new Map<string, GambarRender>([
  [
    photo,
    {
      alt: 'Peserta "Latsar" di aula',
      width: 1600,
      height: 900,
      src: '/media/x/1024.jpg',
      srcsetWebp: '/media/x/640.webp 640w',
      srcsetJpeg: '/media/x/640.jpg 640w',
      credit: 'Foto: Tim',
    },
  ],
]);

const doc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Pembukaan <Latsar>' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Kepala ', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'situs', marks: [{ type: 'link', attrs: { href: 'https://contoh.go.id/a?b=1&c=2', target: '_blank' } }] },
        { type: 'hardBreak' },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'satu' }] }] }] },
    { type: 'mediaImage', attrs: { mediaId: photo, caption: 'Suasana' } },
    { type: 'mediaImage', attrs: { mediaId: '22222222-2222-4222-8222-222222222222' } },
    { type: 'youtube', attrs: { videoId: 'dQw4w9WgXcQ' } },
  ],
};

const refused = (value: unknown) => {
  try {
    parseIsi(value);
    return 'accepted';
  } catch (err) {
    return err instanceof AppError ? `${err.code}:${err.field}` : String(err);
  }
};

describe('the editor document allow-list', () => {
  it('accepts the nodes the editor offers and lists their media and text', () => {
    const parsed = parseIsi(doc);
    expect(mediaIdsOf(parsed)).toEqual([photo, '22222222-2222-4222-8222-222222222222']);
    expect(plainTextOf(parsed)).toBe('Pembukaan <Latsar>\nKepala situs \nsatu');
  });

  it('refuses unknown nodes, unsafe links, bad video ids and deep nesting', () => {
    expect(refused({ type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] })).toBe('invalid:isi');
    expect(
      refused({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
      }),
    ).toBe('invalid:isi');
    expect(refused({ type: 'doc', content: [{ type: 'youtube', attrs: { videoId: '"><script>' } }] })).toBe('invalid:isi');
    expect(refused({ type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [] }] })).toBe('invalid:isi');
    let deep: unknown = { type: 'paragraph' };
    for (let i = 0; i < 40; i++) deep = { type: 'blockquote', content: [deep] };
    expect(refused({ type: 'doc', content: [deep] })).toBe('invalid:isi');
  });
});

describe('renderIsi', () => {
  it('renders escaped HTML, responsive photos with alt text, and a YouTube link that loads nothing', () => {
    const html = renderIsi(parseIsi(doc), { lang: 'id', gambar });
    expect(html).toContain('<h2>Pembukaan &lt;Latsar&gt;</h2>');
    expect(html).toContain('<strong>Kepala </strong><a href="https://contoh.go.id/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">situs</a><br>');
    expect(html).not.toContain('_blank');
    expect(html).toContain('alt="Peserta &quot;Latsar&quot; di aula"');
    expect(html).toContain('width="1600" height="900"');
    expect(html).toContain('<figcaption>Suasana <span class="kredit">Foto: Tim</span></figcaption>');
    // The photo that is not available is left out rather than shown broken.
    expect(html.match(/<figure>/g)).toHaveLength(1);
    expect(html).toContain('href="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(html).not.toMatch(/<iframe|<script/);
  });
});
