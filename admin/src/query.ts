import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api.ts';

/**
 * The admin's data cache (TanStack Query) for the content screens: a screen reads through
 * `useQuery`, a change invalidates what it touched, so the board, the list and the item stay in step.
 * Refusals (4xx) are final answers and are not retried; a lost connection is retried once.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 1,
      refetchOnWindowFocus: false,
    },
  },
});
