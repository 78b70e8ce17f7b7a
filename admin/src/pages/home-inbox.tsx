import { t } from '../i18n.ts';
import { Link } from '../ui/link.tsx';
import { useLoad } from '../ui/load.tsx';

/**
 * For the people who keep a unit's site: the contact form's unread messages on their home, linked to
 * the inbox filtered to them. A zero stays visible, so a read inbox reads as done; unread is not
 * overdue, so it is not marked urgent.
 */
export function InboxWorkCard({ show }: { show: boolean }) {
  const inbox = useLoad<{ unread: number }>(show ? '/kontak/pesan?status=baru&page=1' : null);
  if (!inbox.data) return null;
  const unread = inbox.data.unread;
  return (
    <section className="card" aria-labelledby="work-pesan">
      <h3 id="work-pesan">{t('nav.pesan')}</h3>
      <ul className="work-lines">
        <li>
          <Link to="/pesan-masuk?status=baru">
            <span className="work-count">{unread}</span> {t('work.pesanUnread')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
