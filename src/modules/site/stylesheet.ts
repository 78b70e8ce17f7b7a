import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The public sites' one stylesheet, read once; its URL carries a content hash so it can be cached
 * for a year. Comments and whitespace that carries no meaning are dropped (around braces,
 * semicolons, commas and child combinators, after a declaration's colon, a number's leading zero, a colour's doubled hex digits): the file is ours and
 * writes no selector with a space before a pseudo-class, and every page's budget counts it.
 */
export const stylesheet = (() => {
  const source = readFileSync(new URL('./assets/site.css', import.meta.url), 'utf8');
  const css = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // 0.75rem is .75rem: a leading zero is a byte on every page's budget, dozens of times.
    .replace(/([ :,(-])0\.(\d)/g, '$1.$2')
    .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3(?![0-9a-f])/gi, '#$1$2$3')
    .trim();
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 16);
  return { css, etag: `"${hash}"`, href: `/assets/site.css?v=${hash}` };
})();
