import { type Lang, t } from '../../i18n/catalogue.ts';
import type { Block } from './isi-schema.ts';
import { pictureHtml } from './responsive-image.ts';

/** What a page needs to show one photo of the media library (the media module provides it). */
export type GambarRender = {
  alt: string;
  width: number;
  height: number;
  /** The fallback source (a JPEG derivative). */
  src: string;
  /** `srcset` lists of the derivatives, e.g. `/media/…/640.webp 640w, …`. */
  srcsetWebp: string;
  srcsetJpeg: string;
  credit?: string | null;
};

export type RenderOptions = {
  lang: Lang;
  /** Photos by media id; a photo missing here (deleted, not public) is left out, never shown broken. */
  gambar: ReadonlyMap<string, GambarRender>;
  /** The `sizes` attribute of body images. */
  sizes?: string;
  /** A photo at the top of the page (a cover) loads at once; every other one waits until scrolled near. */
  eager?: boolean;
};

type Inline = Extract<Block, { type: 'paragraph' }>['content'] extends (infer I)[] | undefined ? I : never;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => escapes[ch] ?? ch);
}

function renderInline(node: Inline): string {
  if (node.type === 'hardBreak') return '<br>';
  let html = escapeHtml(node.text);
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
    else if (mark.type === 'underline') html = `<u>${html}</u>`;
    else if (mark.type === 'strike') html = `<s>${html}</s>`;
    // Links leave the site without handing it the reader's page or a window handle.
    else if (mark.type === 'link') html = `<a href="${escapeHtml(mark.attrs.href)}" rel="noopener noreferrer nofollow">${html}</a>`;
  }
  return html;
}

function renderImage(img: GambarRender, caption: string | null | undefined, sizes: string, eager = false): string {
  const credit = img.credit ? ` <span class="kredit">${escapeHtml(img.credit)}</span>` : '';
  const figcaption = caption || credit ? `<figcaption>${escapeHtml(caption ?? '')}${credit}</figcaption>` : '';
  return `<figure>${pictureHtml(img, { sizes, loading: eager ? 'eager' : 'lazy' })}${figcaption}</figure>`;
}

function renderBlock(block: Block, o: RenderOptions): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${(block.content ?? []).map(renderInline).join('')}</p>`;
    case 'heading':
      return `<h${block.attrs.level}>${(block.content ?? []).map(renderInline).join('')}</h${block.attrs.level}>`;
    case 'bulletList':
    case 'orderedList': {
      const tag = block.type === 'bulletList' ? 'ul' : 'ol';
      return `<${tag}>${block.content.map((li) => `<li>${li.content.map((b) => renderBlock(b, o)).join('')}</li>`).join('')}</${tag}>`;
    }
    case 'blockquote':
      return `<blockquote>${block.content.map((b) => renderBlock(b, o)).join('')}</blockquote>`;
    case 'horizontalRule':
      return '<hr>';
    case 'mediaImage': {
      const img = o.gambar.get(block.attrs.mediaId);
      return img ? renderImage(img, block.attrs.caption, o.sizes ?? '(max-width: 48rem) 100vw, 48rem') : '';
    }
    case 'youtube': {
      // A plain link: the reader's browser contacts YouTube only when they choose to play it.
      const url = `https://www.youtube-nocookie.com/embed/${block.attrs.videoId}`;
      return `<p class="video-tautan"><a href="${url}" rel="noopener noreferrer">${escapeHtml(t(o.lang, 'konten.render.video_link'))}</a> <small>${escapeHtml(t(o.lang, 'konten.render.video_note'))}</small></p>`;
    }
  }
}

/** Renders a validated editor document to HTML; only the allow-listed nodes of isi-schema.ts exist. */
export function renderIsi(doc: { content?: Block[] }, o: RenderOptions): string {
  return (doc.content ?? []).map((b) => renderBlock(b, o)).join('');
}

/** Renders one photo outside the body (a cover, a gallery), or nothing when it is not available. */
export function renderGambar(mediaId: string | null | undefined, o: RenderOptions, caption?: string | null): string {
  const img = mediaId ? o.gambar.get(mediaId) : undefined;
  return img ? renderImage(img, caption, o.sizes ?? '(max-width: 48rem) 100vw, 48rem', o.eager) : '';
}
