/** An inline mark of the editor's allow-list. */
export type Mark = { type: 'bold' | 'italic' | 'underline' | 'strike' } | { type: 'link'; attrs: { href: string } };
/** An inline node of the editor's allow-list. */
export type Inline = { type: 'text'; text: string; marks?: Mark[] } | { type: 'hardBreak' };

const MAX_TEXT = 20_000;

/** HTML whitespace collapsed, neighbours with the same marks joined, ends trimmed, long texts split. */
export function tidy(list: Inline[], keepSpaces = false): Inline[] {
  const out: Inline[] = [];
  for (const item of list) {
    if (item.type === 'hardBreak') {
      out.push(item);
      continue;
    }
    const text = keepSpaces ? item.text : item.text.replace(/\s+/g, ' ');
    const last = out.at(-1);
    if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(item.marks ?? [])) last.text += text;
    else out.push({ ...item, text });
  }
  // Trim the paragraph's edges and the spaces around line breaks.
  for (let i = 0; i < out.length; i++) {
    const cur = out[i]!;
    if (cur.type !== 'text' || keepSpaces) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    if (!prev || prev.type === 'hardBreak') cur.text = cur.text.replace(/^ +/, '');
    if (!next || next.type === 'hardBreak') cur.text = cur.text.replace(/ +$/, '');
  }
  const texts = out.filter((i) => i.type === 'hardBreak' || i.text.length > 0);
  while (texts[0]?.type === 'hardBreak') texts.shift();
  while (texts.at(-1)?.type === 'hardBreak') texts.pop();
  const split: Inline[] = [];
  for (const i of texts) {
    if (i.type === 'text' && i.text.length > MAX_TEXT)
      for (let at = 0; at < i.text.length; at += MAX_TEXT) split.push({ ...i, text: i.text.slice(at, at + MAX_TEXT) });
    else split.push(i);
  }
  return split.slice(0, 2000);
}
