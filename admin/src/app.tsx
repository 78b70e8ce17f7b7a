import { RouterProvider } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api, onSessionLost, setCsrfToken } from './api.ts';
import { currentLang, setLang, setTimeZone } from './i18n.ts';
import { router } from './router.ts';
import { type Auth, AuthContext, type AuthState } from './session.tsx';
import type { Me, MePending } from './types.ts';

/**
 * Tells the router who is signed in and re-runs the guards of the open address before the frame
 * shows it, so a screen this person may not open never renders, not even for a moment.
 */
async function enterRouter(me: Me | null): Promise<void> {
  if (router.options.context.me === me) return;
  router.update({ ...router.options, context: { ...router.options.context, me } });
  await router.invalidate();
}

/** The whole admin: finds out who is signed in and gives that to the router's frames and guards. */
export function App() {
  const [state, setState] = useState<AuthState>({ kind: 'loading' });
  const [lang, setLangState] = useState(currentLang());

  const enter = useCallback(async (next: AuthState) => {
    await enterRouter(next.kind === 'in' ? next.me : null);
    setState(next);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const me = await api<Me | MePending>('/auth/me', { quiet401: true });
      setCsrfToken(me.csrfToken);
      if (me.mfaPending) return await enter({ kind: 'mfa' });
      setTimeZone(me.tenant.timeZone);
      await enter({ kind: 'in', me });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) await enter({ kind: 'signedOut' });
      else await enter({ kind: 'offline', message: err instanceof Error ? err.message : String(err) });
    }
  }, [enter]);

  useEffect(() => {
    onSessionLost(() => void enter({ kind: 'signedOut' }));
    void refresh();
  }, [enter, refresh]);

  const signOut = useCallback(async () => {
    await api('/auth/sign-out', { method: 'POST', quiet401: true }).catch(() => undefined);
    setCsrfToken('');
    await enter({ kind: 'signedOut' });
    await router.navigate({ to: '/masuk' });
  }, [enter]);

  const passwordAccepted = useCallback(
    (csrf: string, mfaRequired: boolean) => {
      setCsrfToken(csrf);
      if (mfaRequired) void enter({ kind: 'mfa' });
      else void refresh();
    },
    [enter, refresh],
  );

  const switchLang = useCallback(() => {
    const next = currentLang() === 'id' ? 'en' : 'id';
    setLang(next);
    setLangState(next);
  }, []);

  const auth = useMemo<Auth>(
    () => ({ state, lang, switchLang, refresh, signOut, passwordAccepted }),
    [state, lang, switchLang, refresh, signOut, passwordAccepted],
  );
  return (
    <AuthContext.Provider value={auth}>
      <RouterProvider router={router} />
    </AuthContext.Provider>
  );
}
