import type { ReactNode } from 'react';
import { followLink, href } from '../router.ts';

type Props = { to: string; children: ReactNode; className?: string; current?: boolean; 'aria-label'?: string };

/** An internal link: a real <a href> that navigates without reloading the page. */
export function Link({ to, children, className, current, ...rest }: Props) {
  return (
    <a href={href(to)} className={className} aria-current={current ? 'page' : undefined} onClick={(e) => followLink(e, to)} {...rest}>
      {children}
    </a>
  );
}
