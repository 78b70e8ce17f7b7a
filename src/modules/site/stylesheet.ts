import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The public sites' one stylesheet, read once; its URL carries a content hash so it can be cached for a year. */
export const stylesheet = (() => {
  const css = readFileSync(new URL('./assets/site.css', import.meta.url), 'utf8');
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 16);
  return { css, etag: `"${hash}"`, href: `/assets/site.css?v=${hash}` };
})();
