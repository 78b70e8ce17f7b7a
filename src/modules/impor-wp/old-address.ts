/**
 * Old WordPress addresses as keys: decoded path segments, lower case, no trailing slash; of the
 * query only WordPress's own id parameters (`/?p=12`, `/?page_id=3`, `/?attachment_id=7`). The
 * import stores keys made here and the public site looks them up with the same function.
 */

const idParams = ['p', 'page_id', 'attachment_id'] as const;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The key of a path and query, or null when the query names none of WordPress's ids. */
export function oldAddressKey(pathname: string, search: string): string {
  const segments = pathname.split('/').filter(Boolean).map(decode);
  const path = `/${segments.join('/')}`.toLowerCase();
  const query = new URLSearchParams(search);
  for (const name of idParams) {
    const value = query.get(name);
    if (value && /^\d{1,10}$/.test(value)) return `${path === '/' ? '' : path}/?${name}=${value}`;
  }
  return path;
}

/** Whether a request's query carries a WordPress id, so even a page that exists (the home) may have moved. */
export function hasWordPressId(search: string): boolean {
  if (!search) return false;
  const query = new URLSearchParams(search);
  return idParams.some((name) => /^\d{1,10}$/.test(query.get(name) ?? ''));
}

/** The key of an absolute address of the old site (its `<link>`), or null when it is not one. */
export function keyOfUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return oldAddressKey(u.pathname, u.search);
  } catch {
    return null;
  }
}
