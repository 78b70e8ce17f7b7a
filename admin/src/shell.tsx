import { useLocation } from '@tanstack/react-router';
import { type ReactNode, useEffect, useState } from 'react';
import { t } from './i18n.ts';
import { useMenuCounts } from './konten/work-counts.ts';
import { holds, menu } from './menu.ts';
import { abilities, useSession } from './session.tsx';
import { Link } from './ui/link.tsx';

/** The signed-in frame: header, the menu this person may use, and the screen. */
export function Shell({ children, onSwitchLang }: { children: ReactNode; onSwitchLang: () => void }) {
  const { me, signOut } = useSession();
  const path = useLocation({ select: (location) => location.pathname });
  const [open, setOpen] = useState(false);
  const can = abilities(me);
  const counts = useMenuCounts();
  // On a phone the menu folds away again once a screen is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the reaction to a new path
  useEffect(() => setOpen(false), [path]);
  const locked = me.user.mustEnable2fa;
  const visible = menu.filter((item) => (item.may === null || can[item.may]) && (!locked || item.to === '/keamanan'));
  const isCurrent = (to: string) => holds(to, path);
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <div className="top-brand">
          <span className="brand">{t('app.name')}</span>
          <span className="tenant">{me.tenant.name}</span>
        </div>
        <div className="top-tools">
          <button type="button" className="btn-link menu-toggle" aria-expanded={open} aria-controls="main-nav" onClick={() => setOpen(!open)}>
            {t('app.menu')}
          </button>
          <button type="button" className="btn-link" aria-label={t('app.switchLangLabel')} onClick={onSwitchLang}>
            {t('app.switchLang')}
          </button>
          <button type="button" className="btn-link" onClick={() => void signOut()}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <div className="body">
        <nav id="main-nav" aria-label={t('app.nav')} className={open ? 'nav nav-open' : 'nav'}>
          <ul>
            {visible.map((item) => (
              <li key={item.to}>
                <Link to={item.to} current={isCurrent(item.to)}>
                  {t(item.label)}
                  {(counts[item.to] ?? 0) > 0 && (
                    <>
                      <span className="visually-hidden"> ({t('nav.waiting', { n: counts[item.to] ?? 0 })})</span>
                      <span className="nav-count" aria-hidden="true">
                        {counts[item.to]}
                      </span>
                    </>
                  )}
                </Link>
              </li>
            ))}
          </ul>
          <p className="whoami">{me.user.displayName}</p>
        </nav>
        <main id="main">{children}</main>
      </div>
    </div>
  );
}
