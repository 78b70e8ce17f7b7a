import { Link as RouterLink } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { parseSearch } from '../routes/search.ts';

type Props = { to: string; children: ReactNode; className?: string; current?: boolean; 'aria-label'?: string };

/**
 * An internal link by its admin address, query included (`/konten?tampilan=daftar`), for the many
 * links screens build as text. It is TanStack Router's own link: a real `<a href="/admin/…">` that
 * navigates in place and preloads the area's code on hover; the target route's schema checks the
 * query on arrival. It is marked `aria-current="page"` when it leads exactly to the open address, or
 * when `current` says so (a menu area). Links built from typed values can use the router's `Link`
 * with `to`/`params`/`search` directly, as the report's cells do.
 */
export function Link({ to, children, className, current, ...rest }: Props) {
  const at = to.indexOf('?');
  const path = at < 0 ? to : to.slice(0, at);
  const search = at < 0 ? {} : parseSearch(to.slice(at));
  return (
    <RouterLink
      // A literal path is a valid target at run time; the typed table of paths cannot know a built one.
      to={path as '/'}
      search={search}
      className={className}
      aria-current={current ? 'page' : undefined}
      activeOptions={{ exact: true }}
      {...rest}
    >
      {children}
    </RouterLink>
  );
}
