import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../api.ts';
import { t } from '../i18n.ts';

export type Loaded<T> = { data: T | null; error: ApiError | null; loading: boolean; reload: () => void };

/** Loads one API resource; a null path waits. 401 is handled by the session layer. */
export function useLoad<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: path !== null });
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` is how reload() asks for the same path again
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    api<T>(path).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        live && setState({ data: null, error: error instanceof ApiError ? error : new ApiError(0, 'internal', String(error)), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [path, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}

/** What to show while a resource loads or after it failed (403 shows the server's reason). */
export function LoadState({ loaded }: { loaded: Loaded<unknown> }) {
  if (loaded.error) {
    return (
      <div className="alert alert-error" role="alert">
        <p>{loaded.error.status === 403 && !loaded.error.message ? t('app.forbidden') : loaded.error.message}</p>
        {loaded.error.status !== 403 && (
          <button type="button" className="btn-secondary" onClick={loaded.reload}>
            {t('app.retry')}
          </button>
        )}
      </div>
    );
  }
  if (loaded.loading && !loaded.data) return <p className="loading">{t('app.loading')}</p>;
  return null;
}
