import { parseDocument } from 'htmlparser2';
import type { Block } from '../konten/isi-schema.ts';
import { type Inline, type Mark, tidy } from './tidy-inlines.ts';
import { prepareWpHtml } from './wp-shortcodes.ts';

type Doc = ReturnType<typeof parseDocument>;
type Node = Doc['children'][number];
type El = Extract<Node, { type: 'tag' | 'script' | 'style' }>;

/** An image the body shows, as WordPress wrote it; the caller decides which library photo it is. */
export type WpImage = { src: string; attachmentId: number | null; alt: string; caption: string };

export type ConvertOptions = {
  /** The old site's address, to make relative links absolute. */
  siteUrl: string;
  /** The media id for an image, or null when it cannot be imported (then it is dropped with a warning). */
  image(img: WpImage): string | null;
};
export type Converted = { doc: { type: 'doc'; content: Block[] }; warnings: string[] };

// Never shown, not even as text: code, styling, embedded objects and form controls.
const removed = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'canvas',
  'head',
  'title',
  'meta',
  'link',
  'audio',
  'video',
  'source',
  'track',
  'map',
]);
const headingLevel: Record<string, 2 | 3 | 4> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };
const markOf: Record<string, Mark['type']> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  cite: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
};
const blockTags = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'center',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'address',
  'details',
  'summary',
  'iframe',
  'caption',
  ...Object.keys(headingLevel),
]);
const MAX_TEXT = 20_000;
// The editor's allow-list bounds nesting at 12; deeper lists and quotes become plain paragraphs.
const MAX_NEST = 4;

const isEl = (n: Node): n is El => n.type === 'tag' || n.type === 'script' || n.type === 'style';

function textOf(n: Node): string {
  if (n.type === 'text') return n.data;
  if (isEl(n)) return removed.has(n.name) ? '' : n.children.map((c) => textOf(c as Node)).join(n.name === 'br' ? '\n' : '');
  return '';
}

const youtubeEmbed = /^(?:https?:)?\/\/(?:www\.)?(?:youtube(?:-nocookie)?\.com\/embed\/|youtu\.be\/)([A-Za-z0-9_-]{11})/;

/**
 * Converts a WordPress post body (classic HTML or Gutenberg blocks, whose `<!-- wp:… -->` comments
 * are dropped) into the content editor's document: only the nodes and marks of isi-schema.ts.
 * Scripts, styles, forms and embeds are removed; tables and other unknown structure become text;
 * images the caller can resolve become library photos, the rest are dropped with a warning.
 */
export function wpHtmlToIsi(html: string, options: ConvertOptions): Converted {
  const warnings = new Set<string>();
  const { html: prepared, notes } = prepareWpHtml(html);
  for (const n of notes) warnings.add(n);
  const dom = parseDocument(prepared, { decodeEntities: true });

  const absolute = (href: string): string | null => {
    const h = href.trim();
    if (/^(https?:\/\/|mailto:)/i.test(h)) return h.slice(0, 2000);
    if (h.startsWith('/') && !h.startsWith('//')) return `${options.siteUrl}${h}`.slice(0, 2000);
    return null;
  };

  const blocks: Block[] = [];
  let inlines: Inline[] = [];

  const flushInto = (target: Block[]) => {
    const content = tidy(inlines);
    inlines = [];
    if (content.length > 0) target.push({ type: 'paragraph', content });
  };

  const imageBlock = (el: El, caption: string): Block | null => {
    const src = el.attribs.src ?? '';
    const idClass = /(?:^|\s)wp-image-(\d+)(?:\s|$)/.exec(el.attribs.class ?? '');
    const mediaId = options.image({ src, attachmentId: idClass ? Number(idClass[1]) : null, alt: el.attribs.alt ?? '', caption });
    if (!mediaId) {
      warnings.add('image_dropped');
      return null;
    }
    return { type: 'mediaImage', attrs: { mediaId, caption: caption ? caption.slice(0, 500) : null } };
  };

  const inline = (n: Node, marks: Mark[], target: Block[], depth: number) => {
    if (n.type === 'text') {
      if (n.data) inlines.push({ type: 'text', text: n.data, ...(marks.length ? { marks } : {}) });
      return;
    }
    if (!isEl(n) || removed.has(n.name)) {
      if (isEl(n)) warnings.add(n.name === 'script' ? 'script_removed' : 'element_removed');
      return;
    }
    if (n.name === 'br') return void inlines.push({ type: 'hardBreak' });
    if (n.name === 'img') {
      flushInto(target);
      const img = imageBlock(n, '');
      if (img) target.push(img);
      return;
    }
    if (blockTags.has(n.name)) {
      flushInto(target);
      block(n, target, depth);
      return;
    }
    let next = marks;
    const m = markOf[n.name];
    if (m && !marks.some((x) => x.type === m)) next = [...marks, { type: m } as Mark];
    if (n.name === 'a') {
      const href = absolute(n.attribs.href ?? '');
      if (href && !marks.some((x) => x.type === 'link')) next = [...next, { type: 'link', attrs: { href } }];
    }
    for (const c of n.children) inline(c as Node, next, target, depth);
  };

  const children = (el: { children: unknown[] }, target: Block[], depth: number) => {
    for (const c of el.children) inline(c as Node, [], target, depth);
    flushInto(target);
  };

  const nested = (el: El, depth: number): Block[] => {
    const inner: Block[] = [];
    const saved = inlines;
    inlines = [];
    children(el, inner, depth + 1);
    inlines = saved;
    return inner;
  };

  function block(el: El, target: Block[], depth: number): void {
    const name = el.name;
    if (headingLevel[name]) {
      const saved = inlines;
      inlines = [];
      for (const c of el.children) inline(c as Node, [], [], depth);
      const content = tidy(inlines);
      inlines = saved;
      if (content.length) target.push({ type: 'heading', attrs: { level: headingLevel[name]! }, content });
      return;
    }
    if (name === 'hr') return void target.push({ type: 'horizontalRule' });
    if (name === 'iframe') {
      const id = youtubeEmbed.exec(el.attribs.src ?? '')?.[1];
      if (id) target.push({ type: 'youtube', attrs: { videoId: id } });
      else warnings.add('embed_removed');
      return;
    }
    if (name === 'figure') {
      const img = el.children
        .map((c) => c as Node)
        .find((c) => isEl(c) && (c.name === 'img' || (c.name === 'a' && c.children.some((x) => isEl(x as Node) && (x as El).name === 'img'))));
      const cap = el.children.map((c) => c as Node).find((c) => isEl(c) && c.name === 'figcaption');
      if (img && isEl(img)) {
        const imgEl = img.name === 'img' ? img : (img.children.map((c) => c as Node).find((c) => isEl(c) && c.name === 'img') as El);
        const node = imageBlock(imgEl, cap ? clean(textOf(cap)) : '');
        if (node) target.push(node);
        return;
      }
    }
    if ((name === 'ul' || name === 'ol') && depth < MAX_NEST) {
      const items = el.children
        .map((c) => c as Node)
        .filter((c): c is El => isEl(c) && c.name === 'li')
        .map((li) => ({ type: 'listItem' as const, content: nested(li, depth) }))
        .filter((li) => li.content.length > 0)
        .slice(0, 500);
      if (items.length) target.push({ type: name === 'ul' ? 'bulletList' : 'orderedList', content: items });
      return;
    }
    if (name === 'blockquote' && depth < MAX_NEST) {
      const inner = nested(el, depth);
      if (inner.length) target.push({ type: 'blockquote', content: inner });
      return;
    }
    if (name === 'table') warnings.add('table_as_text');
    if (name === 'tr') {
      const cells = el.children.map((c) => c as Node).filter((c) => isEl(c) && (c.name === 'td' || c.name === 'th'));
      const line = cells
        .map((c) => clean(textOf(c)))
        .filter(Boolean)
        .join(' | ');
      if (line) target.push({ type: 'paragraph', content: [{ type: 'text', text: line.slice(0, MAX_TEXT) }] });
      return;
    }
    if (name === 'pre') {
      const lines = textOf(el).split('\n');
      const content: Inline[] = [];
      lines.forEach((l, i) => {
        if (i > 0) content.push({ type: 'hardBreak' });
        if (l) content.push({ type: 'text', text: l.slice(0, MAX_TEXT) });
      });
      const tidied = tidy(content, true);
      if (tidied.length) target.push({ type: 'paragraph', content: tidied });
      return;
    }
    // p, div and every other container (also lists and quotes nested too deep): its inline text
    // becomes paragraphs, its blocks stay blocks.
    children(el, target, depth);
  }

  // Text at the top level (classic editor without <p>): WordPress's own rule, a blank line separates paragraphs.
  for (const n of dom.children) {
    const node = n as Node;
    if (node.type === 'text') {
      const parts = node.data.split(/\n\s*\n/);
      parts.forEach((part, i) => {
        if (i > 0) flushInto(blocks);
        const lines = part.split('\n');
        lines.forEach((l, j) => {
          if (j > 0 && l.trim() && inlines.length) inlines.push({ type: 'hardBreak' });
          if (l) inlines.push({ type: 'text', text: l });
        });
      });
    } else inline(node, [], blocks, 0);
  }
  flushInto(blocks);
  return { doc: { type: 'doc', content: blocks.slice(0, 5000) }, warnings: [...warnings] };
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
