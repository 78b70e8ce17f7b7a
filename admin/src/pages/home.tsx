import { currentLang, t } from '../i18n.ts';
import { KontenWorkCard } from '../konten/work-card.tsx';
import { abilities, useSession } from '../session.tsx';
import type { Items, RoleOption, Unit } from '../types.ts';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { AkunSosialWarningCard } from './akun-sosial-card.tsx';
import { InboxWorkCard } from './home-inbox.tsx';
import { type Beranda, MyAssignments, WaitingWork } from './home-work.tsx';

/** Where everyone lands: what waits on me, the admins' calendar warning, my units and roles, and shortcuts for my roles. */
export function HomePage() {
  const { me } = useSession();
  const can = abilities(me);
  const work = useLoad<Beranda>('/beranda');
  const units = useLoad<Items<Unit>>(me.roles.length ? '/units' : null);
  const roles = useLoad<Items<RoleOption>>(me.roles.length || can.admin ? '/roles' : null);
  const unitName = (id: string) => units.data?.items.find((u) => u.id === id)?.name ?? '…';
  const roleLabel = (value: string) => roles.data?.items.find((r) => r.value === value)?.label[currentLang()] ?? value;
  const myUnits = [...new Set(me.roles.map((r) => r.unitId))];
  const evaluator = me.roles.some((r) => r.role === 'evaluator');
  const calendar = work.data?.kalender;
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
      {calendar && (
        <div className="alert alert-warn" role="alert">
          <p>{calendar.peringatan}</p>
          <p>
            <Link to={`/hari-kerja?tahun=${calendar.tahun}`}>{t('work.completeYear', { year: calendar.tahun })}</Link>
          </p>
        </div>
      )}
      <AkunSosialWarningCard show={can.sosialAkun && (can.admin || me.roles.some((r) => r.role === 'admin_medsos' || r.role === 'admin_pendamping'))} />
      <section aria-labelledby="home-work">
        <h2 id="home-work">{t('work.title')}</h2>
        <LoadState loaded={work} />
        {work.data?.liputan && <MyAssignments liputan={work.data.liputan} />}
        <KontenWorkCard />
        <InboxWorkCard show={can.inbox} />
        {work.data && work.data.unit.length > 0 && <WaitingWork work={work.data} roleLabel={roleLabel} />}
        {work.data && work.data.unit.length === 0 && (
          <div className="empty">
            {can.admin && <p>{t('work.emptyAdmin')}</p>}
            {evaluator && (
              <p>
                {t('work.emptyEvaluator')} <Link to="/laporan">{t('work.openReports')}</Link> · <Link to="/audit">{t('work.openAudit')}</Link>
              </p>
            )}
            {!can.admin && !evaluator && myUnits.length > 0 && <p>{t('work.emptyTeam')}</p>}
            {!can.admin && myUnits.length === 0 && <p>{t('work.emptyNoRole')}</p>}
          </div>
        )}
      </section>
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
          {can.requests && (
            <li>
              <Link to="/permohonan">{t('home.quickRequests')}</Link>
            </li>
          )}
          {can.reports && (
            <li>
              <Link to="/laporan">{t('home.quickReports')}</Link>
            </li>
          )}
          <li>
            <Link to="/unit">{t('home.quickUnits')}</Link>
          </li>
          {can.people && (
            <li>
              <Link to="/orang">{t('home.quickPeople')}</Link>
            </li>
          )}
          {can.admin && (
            <>
              <li>
                <Link to="/hari-kerja">{t('home.quickCalendar')}</Link>
              </li>
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
