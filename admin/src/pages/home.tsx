import { currentLang, t } from '../i18n.ts';
import { abilities, useSession } from '../session.tsx';
import type { Items, RoleOption, Unit } from '../types.ts';
import { Link } from '../ui/link.tsx';
import { useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';

/** Where everyone lands: the agency, my units and roles, and shortcuts to my work. */
export function HomePage() {
  const { me } = useSession();
  const can = abilities(me);
  const units = useLoad<Items<Unit>>(me.roles.length ? '/units' : null);
  const roles = useLoad<Items<RoleOption>>(me.roles.length ? '/roles' : null);
  const unitName = (id: string) => units.data?.items.find((u) => u.id === id)?.name ?? '…';
  const roleLabel = (value: string) => roles.data?.items.find((r) => r.value === value)?.label[currentLang()] ?? value;
  const myUnits = [...new Set(me.roles.map((r) => r.unitId))];
  return (
    <Page title={t('home.title')}>
      <p>{t('home.welcome', { name: me.user.displayName })}</p>
      <dl className="facts">
        <dt>{t('home.tenant')}</dt>
        <dd>{me.tenant.name}</dd>
      </dl>
      {!me.user.totpEnabled && (
        <p className="alert alert-warn">
          <Link to="/keamanan">{t('home.no2fa')}</Link>
        </p>
      )}
      <section aria-labelledby="home-roles">
        <h2 id="home-roles">{t('home.roles')}</h2>
        {can.admin && <p>{t('home.admin')}</p>}
        {myUnits.length === 0 ? (
          <p>{t('home.noRoles')}</p>
        ) : (
          <ul className="cards">
            {myUnits.map((unitId) => (
              <li key={unitId} className="card">
                <Link to={`/unit/${unitId}`}>{unitName(unitId)}</Link>
                <p className="muted">
                  {me.roles
                    .filter((r) => r.unitId === unitId)
                    .map((r) => roleLabel(r.role))
                    .join(', ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-quick">
        <h2 id="home-quick">{t('home.quick')}</h2>
        <ul className="quick">
          <li>
            <Link to="/unit">{t('home.quickUnits')}</Link>
          </li>
          <li>
            <Link to="/orang">{t('home.quickPeople')}</Link>
          </li>
          {can.admin && (
            <>
              <li>
                <Link to="/akun">{t('home.quickInvite')}</Link>
              </li>
              <li>
                <Link to="/kotak-keluar">{t('home.quickOutbox')}</Link>
              </li>
            </>
          )}
          <li>
            <Link to="/keamanan">{t('home.quickSecurity')}</Link>
          </li>
        </ul>
      </section>
    </Page>
  );
}
