/**
 * The light markup editors write in a page body: a blank line separates paragraphs, `- ` starts
 * a list item, `## ` a heading, `**bold**`, and `[text](url)` a link. It is parsed into a small
 * tree so the view escapes every piece of text; no HTML written by an editor reaches the page.
 */
export type Inline = { kind: 'text'; text: string } | { kind: 'bold'; children: Inline[] } | { kind: 'link'; href: string; children: Inline[] };

export type Block = { kind: 'heading'; content: Inline[] } | { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; items: Inline[][] };

/** Parses a page body into blocks of inline runs. */
export function parsePageBody(source: string): Block[] {
  const blocks: Block[] = [];
  let open: Extract<Block, { kind: 'paragraph' | 'list' }> | null = null;
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      open = null;
    } else if (line.startsWith('## ')) {
      blocks.push({ kind: 'heading', content: parseInline(line.slice(3).trim()) });
      open = null;
    } else if (line.startsWith('- ')) {
      if (open?.kind !== 'list') {
        open = { kind: 'list', items: [] };
        blocks.push(open);
      }
      open.items.push(parseInline(line.slice(2).trim()));
    } else {
      if (open?.kind !== 'paragraph') {
        open = { kind: 'paragraph', lines: [] };
        blocks.push(open);
      }
      open.lines.push(parseInline(line.trim()));
    }
  }
  return blocks;
}

const inlinePattern = /\*\*(.+?)\*\*|\[([^\]\n]+)\]\(([^()\s]+)\)/g;

/** Parses bold runs and links; a link whose address is not allowed stays as its plain text. */
export function parseInline(text: string, insideBold = false): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(inlinePattern)) {
    const [whole, bold, label, href] = match;
    if (bold !== undefined && insideBold) continue;
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
    if (bold !== undefined) out.push({ kind: 'bold', children: parseInline(bold, true) });
    else if (label !== undefined && href !== undefined && isSafeHref(href)) out.push({ kind: 'link', href, children: [{ kind: 'text', text: label }] });
    else out.push({ kind: 'text', text: label ?? whole });
    last = match.index + whole.length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return mergeText(out);
}

/**
 * Allows http, https and mailto addresses and relative paths. Anything with another scheme
 * (javascript:, data:…), a protocol-relative `//host`, or a backslash (which browsers read as a
 * slash) is refused.
 */
export function isSafeHref(href: string): boolean {
  if (/[\\\s]/.test(href) || hasControlCharacter(href) || href.startsWith('//')) return false;
  if (/^(https?:\/\/[^/?#]+|mailto:[^/?#]+)/i.test(href)) return URL.canParse(href);
  // Relative: no scheme before the first path, query or fragment character.
  return !/^[^/?#]*:/.test(href);
}

function hasControlCharacter(text: string): boolean {
  return [...text].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
}

function mergeText(items: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const item of items) {
    const prev = merged.at(-1);
    if (item.kind === 'text' && prev?.kind === 'text') prev.text += item.text;
    else merged.push(item);
  }
  return merged;
}
