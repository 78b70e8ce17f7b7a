import { formatDateTime, t } from '../i18n.ts';
import { useSession, writerRoles } from '../session.tsx';
import { Link } from '../ui/link.tsx';
import { labelOf, useKatalog } from './katalog.ts';
import { kontenLines, useKontenWork } from './work-counts.ts';

/** Where an item waiting on me opens: the head's approval screen, the Media Center queue, or the item. */
function itemLink(key: string, id: string, queue: string): string {
  if (key === 'untukDisetujui') return `/konten/${id}/setujui`;
  if (key.startsWith('mediaCenter')) return queue;
  return `/konten/${id}`;
}

/** "Tugas saya" for content: each hand-off that is this person's, its count, and the newest items waiting. */
export function KontenWorkCard() {
  const work = useKontenWork().data?.konten;
  const katalog = useKatalog().data;
  const { me } = useSession();
  const mayWrite = me.user.isAdmin || me.roles.some((r) => writerRoles.includes(r.role));
  // Only the hand-offs that are this person's; of those, only the ones with something waiting.
  const mine = kontenLines.filter((line) => work?.[line.key]);
  const lines = mine.filter((line) => (work?.[line.key]?.count ?? 0) > 0);
  if (!work || mine.length === 0) return null;
  return (
    <section className="card konten-work" aria-labelledby="work-konten">
      <h3 id="work-konten">{t('work.konten')}</h3>
      {lines.length === 0 && (
        // Nothing waiting is not nothing to do: a writer can start an item, everyone else can read the unit's.
        <p className="muted">
          {t('work.kontenNone')} {mayWrite ? <Link to="/konten/baru">{t('work.kontenWrite')}</Link> : <Link to="/konten">{t('work.kontenRead')}</Link>}
        </p>
      )}
      {lines.length > 0 && (
        <ul className="work-lines">
          {lines.map((line) => {
            const block = work[line.key];
            return (
              <li key={line.key} className={line.key === 'dikembalikan' ? 'work-urgent' : undefined}>
                <Link to={line.to}>
                  <span className="work-count">{block?.count ?? 0}</span> {t(line.label)}
                </Link>
                {block && block.items.length > 0 && (
                  <ul>
                    {block.items.map((item) => (
                      <li key={item.id}>
                        <Link to={itemLink(line.key, item.id, line.to)}>{item.judul}</Link>{' '}
                        <span className="muted">
                          {item.unitName} · {labelOf(katalog, 'status', item.status)} · {formatDateTime(item.updatedAt)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
