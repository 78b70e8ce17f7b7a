import { Outlet, useRouter } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { t } from '../i18n.ts';
import { SignInPage, TotpStepPage } from '../pages/sign-in.tsx';
import { SessionContext, useAuth } from '../session.tsx';
import { Shell } from '../shell.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Forbidden } from './guard.ts';

/** The frame without a session: the brand, the language switch and the screen. */
function PublicLayout({ children }: { children: ReactNode }) {
  const { lang, switchLang } = useAuth();
  return (
    <div className="public" key={lang}>
      <header className="public-head">
        <span className="brand">{t('app.name')}</span>
        <button type="button" className="btn-link" lang={lang === 'id' ? 'en' : 'id'} aria-label={t('app.switchLangLabel')} onClick={switchLang}>
          {t('app.switchLang')}
        </button>
      </header>
      <main id="main">{children}</main>
    </div>
  );
}

/** The public addresses' frame (sign-in, forgotten password, the mailed links). */
export function PublicFrame() {
  return (
    <PublicLayout>
      <Outlet />
    </PublicLayout>
  );
}

/** The sign-in steps by where the session stands: loading, offline, password, two-step code. */
function SignInSteps() {
  const { state, refresh, signOut, passwordAccepted } = useAuth();
  if (state.kind === 'offline')
    return (
      <div className="alert alert-error" role="alert">
        <p>{state.message}</p>
        <button type="button" onClick={() => void refresh()}>
          {t('app.retry')}
        </button>
      </div>
    );
  if (state.kind === 'mfa') return <TotpStepPage onVerified={() => void refresh()} onCancel={() => void signOut()} />;
  if (state.kind === 'signedOut') return <SignInPage onSignedIn={passwordAccepted} />;
  return <Loading />;
}

/** `/masuk`: the sign-in steps (someone already in is sent home by the route's guard). */
export function SignInScreen() {
  return <SignInSteps />;
}

/**
 * The signed-in frame: header, the menu this person may use, and the screen. Without a session the
 * same address shows the sign-in steps, and the screen follows once someone is in.
 */
export function SignedInFrame() {
  const auth = useAuth();
  if (auth.state.kind !== 'in')
    return (
      <PublicLayout>
        <SignInSteps />
      </PublicLayout>
    );
  return (
    <SessionContext.Provider value={{ me: auth.state.me, refresh: auth.refresh, signOut: auth.signOut }}>
      <Shell key={auth.lang} onSwitchLang={auth.switchLang}>
        <Outlet />
      </Shell>
    </SessionContext.Provider>
  );
}

/** While a screen's code or data is on its way. */
export function Loading() {
  return <p className="loading">{t('app.loading')}</p>;
}

/** An address the admin does not have. */
export function NotFoundPage() {
  return (
    <Page title={t('app.notFound')}>
      <p>{t('app.notFoundText')}</p>
      <Link to="/">{t('nav.home')}</Link>
    </Page>
  );
}

/** What a route that failed shows: "not allowed" from a guard, or a screen that could not load (e.g. its code, offline). */
export function RouteError({ error }: { error: unknown }) {
  const router = useRouter();
  if (error instanceof Forbidden)
    return (
      <Page title={t('app.forbiddenTitle')}>
        <p>{t('app.forbidden')}</p>
        <Link to="/">{t('nav.home')}</Link>
      </Page>
    );
  return (
    <div className="alert alert-error" role="alert">
      <p>{t('app.screenFailed')}</p>
      <button type="button" onClick={() => void router.invalidate()}>
        {t('app.retry')}
      </button>
    </div>
  );
}
