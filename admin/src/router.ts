import { createRouter } from '@tanstack/react-router';
import { queryClient } from './query.ts';
import { Loading, RouteError } from './routes/frames.tsx';
import { parseSearch, stringifySearch } from './routes/search.ts';
import { routeTree } from './routes/tree.tsx';

/**
 * The admin's one navigation mechanism (TanStack Router) under `/admin`. The session (`me`) is put
 * into the context by app.tsx; the guards read it in `beforeLoad`.
 */
export const router = createRouter({
  routeTree,
  basepath: '/admin',
  context: { me: null, queryClient },
  parseSearch,
  stringifySearch,
  // Hovering or focusing a link fetches its area's code, so on a slow line the click feels quick.
  defaultPreload: 'intent',
  defaultPendingComponent: Loading,
  defaultErrorComponent: RouteError,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
