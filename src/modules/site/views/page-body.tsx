import type { Child } from 'hono/jsx';
import { type Block, type Inline, parsePageBody } from '../parse-page-body.ts';

// hono/jsx renders each page once to a string; with no reconciliation there is nothing for React-style
// keys to identify, and page blocks have no stable identity to key them by. Hence the ignores below.

/** An editor's page body as HTML; hono/jsx escapes every text and attribute value. */
export function PageBody({ source }: { source: string }) {
  return <Blocks blocks={parsePageBody(source)} />;
}

/** Already parsed blocks, for a page that splits a body into parts (the SOP list). */
export function Blocks({ blocks }: { blocks: Block[] }) {
  return <>{blocks.map(renderBlock)}</>;
}

function renderBlock(block: Block) {
  if (block.kind === 'heading') return <h2>{inlines(block.content)}</h2>;
  if (block.kind === 'list')
    return (
      <ul>
        {block.items.map((item) => (
          // biome-ignore lint/correctness/useJsxKeyInIterable: rendered once to a string (see above)
          <li>{inlines(item)}</li>
        ))}
      </ul>
    );
  // biome-ignore lint/correctness/useJsxKeyInIterable: rendered once to a string (see above)
  return <p>{block.lines.flatMap((line, i) => (i === 0 ? inlines(line) : [<br />, ...inlines(line)]))}</p>;
}

function inlines(items: Inline[]): Child[] {
  return items.map((item) => {
    if (item.kind === 'text') return item.text;
    if (item.kind === 'bold') return <strong>{inlines(item.children)}</strong>;
    // biome-ignore lint/correctness/useJsxKeyInIterable: rendered once to a string (see above)
    return <a href={item.href}>{inlines(item.children)}</a>;
  });
}
