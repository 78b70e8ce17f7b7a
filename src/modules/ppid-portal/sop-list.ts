import { type Block, type Inline, parsePageBody } from '../site/parse-page-body.ts';

/** One SOP of the unit's PPID: its title and what the editor wrote below it (steps, links, documents). */
export type Sop = { title: string; blocks: Block[] };

/**
 * Reads the SOP page body as a list: each `## ` heading starts one SOP, so a PPID writes them in
 * the same markup as every other page; text before the first heading is the page's introduction.
 */
export function sopList(body: string): { intro: Block[]; sops: Sop[] } {
  const intro: Block[] = [];
  const sops: Sop[] = [];
  for (const block of parsePageBody(body)) {
    if (block.kind === 'heading') sops.push({ title: plainText(block.content), blocks: [] });
    else (sops.at(-1)?.blocks ?? intro).push(block);
  }
  return { intro, sops };
}

/** The text of inline runs without their markup, for a heading's anchor and the e-Monev detail. */
export function plainText(items: Inline[]): string {
  return items.map((i) => (i.kind === 'text' ? i.text : plainText(i.children))).join('');
}
