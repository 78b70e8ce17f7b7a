import { Link as RouterLink } from '@tanstack/react-router';
import type { ReactNode } from 'react';

type Props = { to: string; children: ReactNode; className?: string; current?: boolean; 'aria-label'?: string; 'data-sel'?: string };

/**
 * An internal link by its admin address, query included (`/konten?tampilan=daftar`): TanStack
 * Router's own link, so it renders a real `<a href="/admin/…">`, navigates in place, preloads the
 * area's code on hover, and its query is checked by the target route's schema on arrival. It is marked
 * `aria-current="page"` when it leads exactly to the open address, or when `current` says so (a menu area).
 * Screens that build a link from typed values may use the router's `Link` with `to`/`params`/`search` directly.
 */
export function Link({ to, children, className, current, ...rest }: Props) {
  return (
    // `href` wins over `to` in the router (it carries the query too); `to` only satisfies the type.
    <RouterLink to="/" href={to} className={className} aria-current={current ? 'page' : undefined} activeOptions={{ exact: true }} {...rest}>
      {children}
    </RouterLink>
  );
}
