import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The public sites' one stylesheet, read once; its URL carries a content hash so it can be cached
 * for a year. Comments and runs of whitespace are dropped: the file is ours and has no whitespace
 * that matters beyond single spaces.
 */
export const stylesheet = (() => {
  const source = readFileSync(new URL('./assets/site.css', import.meta.url), 'utf8');
  const css = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 16);
  return { css, etag: `"${hash}"`, href: `/assets/site.css?v=${hash}` };
})();
