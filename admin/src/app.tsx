import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { ApiError, api, onSessionLost, setCsrfToken } from './api.ts';
import { currentLang, setLang, setTimeZone, t } from './i18n.ts';
import { ForgotPasswordPage, PasswordLinkPage } from './pages/password-link.tsx';
import { SignInPage, TotpStepPage } from './pages/sign-in.tsx';
import { navigate, useRoute } from './router.ts';
import { Screens } from './screens.tsx';
import { SessionContext } from './session.tsx';
import { Shell } from './shell.tsx';
import type { Me, MePending } from './types.ts';

type State = { kind: 'loading' } | { kind: 'signedOut' } | { kind: 'mfa' } | { kind: 'in'; me: Me } | { kind: 'offline'; message: string };

// Screens reachable without a session: mailed links and the forgotten-password form.
const publicPaths = ['/masuk', '/lupa-kata-sandi', '/kata-sandi', '/undangan'];

/** The whole admin: finds out who is signed in, then shows the sign-in steps or the shell. */
export function App() {
  const route = useRoute();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [lang, setLangState] = useState(currentLang());

  const refresh = useCallback(async () => {
    try {
      const me = await api<Me | MePending>('/auth/me', { quiet401: true });
      setCsrfToken(me.csrfToken);
      if (me.mfaPending) return setState({ kind: 'mfa' });
      setTimeZone(me.tenant.timeZone);
      setState({ kind: 'in', me });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setState({ kind: 'signedOut' });
      else setState({ kind: 'offline', message: err instanceof Error ? err.message : String(err) });
    }
  }, []);

  useEffect(() => {
    onSessionLost(() => setState({ kind: 'signedOut' }));
    void refresh();
  }, [refresh]);

  const signOut = useCallback(async () => {
    await api('/auth/sign-out', { method: 'POST', quiet401: true }).catch(() => undefined);
    setCsrfToken('');
    setState({ kind: 'signedOut' });
    navigate('/masuk');
  }, []);

  // Someone already signed in who opens the sign-in address goes home instead.
  useEffect(() => {
    if (state.kind === 'in' && route.path === '/masuk') navigate('/', { replace: true });
  }, [state.kind, route.path]);

  const switchLang = () => {
    const next = lang === 'id' ? 'en' : 'id';
    setLang(next);
    setLangState(next);
  };

  const isPublic = publicPaths.includes(route.path);
  let content: ReactNode;
  if (route.path === '/lupa-kata-sandi') content = <ForgotPasswordPage />;
  else if (route.path === '/kata-sandi') content = <PasswordLinkPage kind="reset" token={route.query.get('token')} />;
  else if (route.path === '/undangan') content = <PasswordLinkPage kind="invite" token={route.query.get('token')} />;
  else if (state.kind === 'loading') content = <p className="loading">{t('app.loading')}</p>;
  else if (state.kind === 'offline')
    content = (
      <div className="alert alert-error" role="alert">
        <p>{state.message}</p>
        <button type="button" onClick={() => void refresh()}>
          {t('app.retry')}
        </button>
      </div>
    );
  else if (state.kind === 'mfa')
    content = <TotpStepPage onVerified={() => void refresh().then(() => isPublic && navigate('/', { replace: true }))} onCancel={() => void signOut()} />;
  else if (state.kind === 'signedOut')
    content = (
      <SignInPage
        onSignedIn={(csrf, mfaRequired) => {
          setCsrfToken(csrf);
          if (mfaRequired) setState({ kind: 'mfa' });
          else void refresh().then(() => isPublic && navigate('/', { replace: true }));
        }}
      />
    );

  if (state.kind === 'in' && !isPublic) {
    return (
      <SessionContext.Provider value={{ me: state.me, refresh, signOut }}>
        <Shell key={lang} onSwitchLang={switchLang}>
          <Screens route={route} />
        </Shell>
      </SessionContext.Provider>
    );
  }
  return (
    <div className="public" key={lang}>
      <header className="public-head">
        <span className="brand">{t('app.name')}</span>
        <button type="button" className="btn-link" lang={lang === 'id' ? 'en' : 'id'} aria-label={t('app.switchLangLabel')} onClick={switchLang}>
          {t('app.switchLang')}
        </button>
      </header>
      <main id="main">{content}</main>
    </div>
  );
}
