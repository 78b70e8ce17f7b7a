import { redirect } from '@tanstack/react-router';
import { type MenuItem, mayOpen } from '../menu.ts';
import { abilities } from '../session.tsx';
import type { Me } from '../types.ts';

/** What every route can read in `beforeLoad` and `loader` (given to the router by app.tsx). */
export type RouterContext = {
  /** The signed-in person; null while the session is unknown or signed out (the frame then shows sign-in). */
  me: Me | null;
  queryClient: import('@tanstack/react-query').QueryClient;
};

/** Thrown by a guard: the screen answers "not allowed" in place, as the admin always did. */
export class Forbidden extends Error {
  constructor() {
    super('forbidden');
    this.name = 'Forbidden';
  }
}

/**
 * The menu's role guard as a route's `beforeLoad`: an area opens only for the abilities its menu
 * entry names (menu.ts is the one table for both). Without a session nothing is decided here —
 * the signed-in frame shows the sign-in steps, and app.tsx re-runs the guards once someone is in.
 */
export function guardArea(to: MenuItem['to']) {
  return ({ context }: { context: RouterContext }) => {
    if (context.me && !mayOpen(to, abilities(context.me))) throw new Forbidden();
  };
}

/** An admin who must turn on two-step sign-in sees only the security screen; the address follows. */
export function holdForTwoStep({ context, location }: { context: RouterContext; location: { pathname: string } }): void {
  if (context.me?.user.mustEnable2fa && location.pathname !== '/keamanan') throw redirect({ to: '/keamanan', replace: true });
}

/** Someone already signed in who opens the sign-in address goes home instead. */
export function leaveSignIn({ context }: { context: RouterContext }): void {
  if (context.me) throw redirect({ to: '/', replace: true });
}
