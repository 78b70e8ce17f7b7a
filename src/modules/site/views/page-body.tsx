import type { Child } from 'hono/jsx';
import { type Inline, parsePageBody } from '../parse-page-body.ts';

/** An editor's page body as HTML; hono/jsx escapes every text and attribute value. */
export function PageBody({ source }: { source: string }) {
  return (
    <>
      {parsePageBody(source).map((block) => {
        if (block.kind === 'heading') return <h2>{inlines(block.content)}</h2>;
        if (block.kind === 'list') return <ul>{block.items.map((item) => <li>{inlines(item)}</li>)}</ul>;
        return <p>{block.lines.flatMap((line, i) => (i === 0 ? [inlines(line)] : [<br />, inlines(line)]))}</p>;
      })}
    </>
  );
}

function inlines(items: Inline[]): Child[] {
  return items.map((item) => {
    if (item.kind === 'text') return item.text;
    if (item.kind === 'bold') return <strong>{inlines(item.children)}</strong>;
    return <a href={item.href}>{inlines(item.children)}</a>;
  });
}
