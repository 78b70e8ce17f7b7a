import type { Dokumen } from './types.ts';

type N = { type?: string; text?: string; content?: N[]; attrs?: Record<string, unknown> };

/** A document's text, one line per paragraph or heading, with photos and videos named (for comparing revisions). */
export function plainLines(doc: Dokumen | null | undefined): string {
  const lines: string[] = [];
  const walk = (nodes: N[] | undefined) => {
    for (const n of nodes ?? []) {
      if (n.type === 'paragraph' || n.type === 'heading') lines.push((n.content ?? []).map((i) => i.text ?? ' ').join(''));
      else if (n.type === 'mediaImage') lines.push(`[foto ${String(n.attrs?.mediaId ?? '').slice(0, 8)}${n.attrs?.caption ? `: ${n.attrs.caption}` : ''}]`);
      else if (n.type === 'youtube') lines.push(`[YouTube ${String(n.attrs?.videoId ?? '')}]`);
      else if (n.type === 'horizontalRule') lines.push('———');
      else walk(n.content);
    }
  };
  walk(doc?.content as N[] | undefined);
  return lines.join('\n');
}
