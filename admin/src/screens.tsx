import { useEffect } from 'react';
import { t } from './i18n.ts';
import { kontenScreen } from './konten/screens.tsx';
import { mayOpen } from './menu.ts';
import { AccountsPage } from './pages/accounts.tsx';
import { AuditPage } from './pages/audit.tsx';
import { DecreePage, DecreesPage } from './pages/decrees.tsx';
import { HomePage } from './pages/home.tsx';
import { ImporWordPressScreen } from './pages/impor-wordpress-screen.tsx';
import { ImportPage } from './pages/import.tsx';
import { MediaPage } from './pages/media.tsx';
import { MediaItemPage } from './pages/media-item.tsx';
import { OutboxPage } from './pages/outbox.tsx';
import { PeoplePage, PersonPage } from './pages/people.tsx';
import { ppidScreen } from './pages/ppid-screens.tsx';
import { redaksiScreen } from './pages/redaksi-screens.tsx';
import { SecurityPage } from './pages/security.tsx';
import { TenantPage } from './pages/tenant.tsx';
import { UnitPage } from './pages/unit.tsx';
import { UnitsPage } from './pages/units.tsx';
import { match, navigate, type Route } from './router.ts';
import { abilities, useSession } from './session.tsx';
import { Link } from './ui/link.tsx';
import { Page } from './ui/page.tsx';

/** Picks the screen for the address. An admin who must turn on two-step sign-in sees only that. */
export function Screens({ route }: { route: Route }) {
  const { me } = useSession();
  const path = route.path;
  const held = me.user.mustEnable2fa;
  // The address says where the person really is, so the menu marks it and a reload keeps it.
  useEffect(() => {
    if (held && path !== '/keamanan') navigate('/keamanan', { replace: true });
  }, [held, path]);
  if (held || path === '/keamanan') return <SecurityPage />;
  if (!mayOpen(path, abilities(me)))
    return (
      <Page title={t('app.forbiddenTitle')}>
        <p>{t('app.forbidden')}</p>
        <Link to="/">{t('nav.home')}</Link>
      </Page>
    );
  if (path === '/') return <HomePage />;
  if (path === '/unit') return <UnitsPage />;
  if (path === '/orang') return <PeoplePage />;
  if (path === '/sk') return <DecreesPage />;
  if (path === '/impor') return <ImportPage />;
  if (path === '/impor-wordpress') return <ImporWordPressScreen />;
  if (path === '/akun') return <AccountsPage />;
  if (path === '/audit') return <AuditPage />;
  if (path === '/kotak-keluar') return <OutboxPage />;
  if (path === '/instansi') return <TenantPage />;
  const konten = kontenScreen(route);
  if (konten) return konten;
  if (path === '/media') return <MediaPage query={route.query} />;
  const ppid = ppidScreen(route);
  if (ppid) return ppid;
  const redaksi = redaksiScreen(route);
  if (redaksi) return redaksi;
  const unit = match('/unit/:id', path) ?? match('/unit/:id/:tab', path);
  if (unit?.id) return <UnitPage key={unit.id} id={unit.id} tab={unit.tab ?? 'data'} />;
  const person = match('/orang/:id', path);
  if (person?.id) return <PersonPage key={person.id} id={person.id} />;
  const media = match('/media/:id', path);
  if (media?.id) return <MediaItemPage key={media.id} id={media.id} />;
  const decree = match('/sk/:id', path);
  if (decree?.id) return <DecreePage key={decree.id} id={decree.id} />;
  return (
    <Page title={t('app.notFound')}>
      <p>{t('app.notFoundText')}</p>
      <Link to="/">{t('nav.home')}</Link>
    </Page>
  );
}
