import { describe, expect, it } from 'vitest';
import { pictureHtml, previewCopy } from './responsive-image.ts';

const set = (ext: string) => [320, 640, 1024, 1600].map((w) => `/media/m/${w}.${ext} ${w}w`).join(', ');
const img = {
  alt: 'Kepala dinas "membuka" acara & rapat',
  width: 1600,
  height: 1000,
  src: '/media/m/1024.jpg',
  srcsetWebp: set('webp'),
  srcsetJpeg: set('jpg'),
};

describe('pictureHtml', () => {
  it('a body photo: every WebP and JPEG copy, size, escaped alt, lazy below the fold', () => {
    expect(pictureHtml(img, { sizes: '100vw', loading: 'lazy' })).toBe(
      '<picture><source type="image/webp" srcset="/media/m/320.webp 320w, /media/m/640.webp 640w, /media/m/1024.webp 1024w, /media/m/1600.webp 1600w" sizes="100vw">' +
        '<img src="/media/m/1024.jpg" srcset="/media/m/320.jpg 320w, /media/m/640.jpg 640w, /media/m/1024.jpg 1024w, /media/m/1600.jpg 1600w" sizes="100vw" width="1600" height="1000" alt="Kepala dinas &quot;membuka&quot; acara &amp; rapat" loading="lazy"></picture>',
    );
  });

  it('a cover loads first; a thumbnail offers copies up to its limit and the smallest JPEG', () => {
    expect(pictureHtml(img, { sizes: '100vw', loading: 'eager' })).toContain('fetchpriority="high"');
    const thumb = pictureHtml(img, { sizes: '14rem', maxWidth: 640, loading: 'first' });
    expect(thumb).toContain('srcset="/media/m/320.webp 320w, /media/m/640.webp 640w"');
    expect(thumb).toContain('<img src="/media/m/320.jpg" width="1600"');
    expect(thumb).not.toContain('loading=');
    expect(thumb).not.toContain('1024');
  });

  it('a photo whose copies are all wider than the limit still shows its smallest', () => {
    const wide = { ...img, srcsetWebp: '/media/m/1024.webp 1024w', srcsetJpeg: '/media/m/1024.jpg 1024w' };
    expect(pictureHtml(wide, { sizes: '14rem', maxWidth: 640, loading: 'lazy' })).toContain('srcset="/media/m/1024.webp 1024w"');
  });
});

describe('previewCopy', () => {
  it('is the widest JPEG within the limit with its own height', () => {
    expect(previewCopy(img)).toEqual({ url: '/media/m/1600.jpg', width: 1600, height: 1000, alt: img.alt });
    expect(previewCopy(img, 1200)).toEqual({ url: '/media/m/1024.jpg', width: 1024, height: 640, alt: img.alt });
  });
});
