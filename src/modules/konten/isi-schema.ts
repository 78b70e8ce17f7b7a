import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import type { DokumenIsi } from './schema.ts';

/**
 * The allow-list of the rich-text editor's document (ProseMirror JSON, as TipTap stores it). The
 * admin's editor offers exactly these nodes and marks; anything else is refused at the boundary,
 * so the server renders only what it knows (render-isi.ts).
 */

const MAX_DEPTH = 12;
const MAX_TEXT = 20_000;

const href = z
  .string()
  .max(2000)
  .refine((v) => /^(https?:\/\/|mailto:)/i.test(v), 'link');

const mark = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('underline') }),
  z.object({ type: z.literal('strike') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href }).passthrough() }),
]);

const text = z.object({ type: z.literal('text'), text: z.string().min(1).max(MAX_TEXT), marks: z.array(mark).max(5).optional() });
const hardBreak = z.object({ type: z.literal('hardBreak') });
const inline = z.discriminatedUnion('type', [text, hardBreak]);
const inlines = z.array(inline).max(2000).optional();

/** A photo of the media library, by id; alt text and sizes come from the library when rendered. */
export const mediaImageNode = z.object({
  type: z.literal('mediaImage'),
  attrs: z.object({ mediaId: z.uuid(), caption: z.string().max(500).nullish() }),
});

/** A YouTube video, shown as a link until clicked (no request to YouTube before that). */
export const youtubeNode = z.object({
  type: z.literal('youtube'),
  attrs: z.object({ videoId: z.string().regex(/^[A-Za-z0-9_-]{11}$/) }),
});

export type Block =
  | { type: 'paragraph'; content?: z.infer<typeof inline>[] }
  | { type: 'heading'; attrs: { level: 2 | 3 | 4 }; content?: z.infer<typeof inline>[] }
  | { type: 'bulletList' | 'orderedList'; content: { type: 'listItem'; content: Block[] }[] }
  | { type: 'blockquote'; content: Block[] }
  | { type: 'horizontalRule' }
  | z.infer<typeof mediaImageNode>
  | z.infer<typeof youtubeNode>;

const block: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), content: inlines }),
    z.object({ type: z.literal('heading'), attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }).passthrough(), content: inlines }),
    z.object({ type: z.enum(['bulletList', 'orderedList']), content: z.array(listItem).min(1).max(500), attrs: z.object({}).passthrough().optional() }),
    z.object({ type: z.literal('blockquote'), content: z.array(block).min(1).max(500) }),
    z.object({ type: z.literal('horizontalRule') }),
    mediaImageNode,
    youtubeNode,
  ]),
) as z.ZodType<Block>;
const listItem = z.object({ type: z.literal('listItem'), content: z.array(block).min(1).max(100) });

/** The document schema; use `parseIsi` at the boundary (it also bounds nesting before parsing). */
export const isiSchema = z.object({ type: z.literal('doc'), content: z.array(block).max(5000).optional() });

/** An empty document, for new items. */
export const emptyIsi: DokumenIsi = { type: 'doc', content: [{ type: 'paragraph' }] };

function depthOf(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (limit <= 0) return Number.POSITIVE_INFINITY;
  const content = (value as { content?: unknown }).content;
  if (!Array.isArray(content)) return 1;
  let deepest = 0;
  for (const child of content) deepest = Math.max(deepest, depthOf(child, limit - 1));
  return deepest + 1;
}

/** Validates an editor document against the allow-list; refuses it with the field `isi`. */
export function parseIsi(value: unknown): DokumenIsi & { content?: Block[] } {
  if (depthOf(value, MAX_DEPTH + 1) > MAX_DEPTH) throw new AppError('invalid', 'konten.isi_invalid', 'isi');
  const parsed = isiSchema.safeParse(value);
  if (!parsed.success) throw new AppError('invalid', 'konten.isi_invalid', 'isi');
  return parsed.data as DokumenIsi & { content?: Block[] };
}

/** Every media id the document shows, in order, without repeats. */
export function mediaIdsOf(doc: { content?: Block[] }): string[] {
  const ids = new Set<string>();
  const walk = (blocks: readonly Block[] | undefined) => {
    for (const b of blocks ?? []) {
      if (b.type === 'mediaImage') ids.add(b.attrs.mediaId);
      else if (b.type === 'blockquote') walk(b.content);
      else if (b.type === 'bulletList' || b.type === 'orderedList') for (const li of b.content) walk(li.content);
    }
  };
  walk(doc.content);
  return [...ids];
}

/** The document's plain text (for summaries, search and social captions). */
export function plainTextOf(doc: { content?: Block[] }): string {
  const parts: string[] = [];
  const walk = (blocks: readonly Block[] | undefined) => {
    for (const b of blocks ?? []) {
      if (b.type === 'paragraph' || b.type === 'heading') parts.push((b.content ?? []).map((i) => (i.type === 'text' ? i.text : ' ')).join(''));
      else if (b.type === 'blockquote') walk(b.content);
      else if (b.type === 'bulletList' || b.type === 'orderedList') for (const li of b.content) walk(li.content);
    }
  };
  walk(doc.content);
  return parts.filter(Boolean).join('\n');
}
