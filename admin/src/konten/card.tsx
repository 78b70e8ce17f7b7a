import { formatDateTime, t } from '../i18n.ts';
import { Link } from '../ui/link.tsx';
import { labelOf } from './katalog.ts';
import type { Katalog, KontenRingkas } from './types.ts';

/** One item on the board or in the list: title, kind, unit, author, when it last changed. */
export function KontenCard({ item, katalog }: { item: KontenRingkas; katalog: Katalog | undefined }) {
  return (
    <article className="konten-card">
      <h3>
        <Link to={`/konten/${item.id}`}>{item.judul}</Link>
      </h3>
      <p className="muted">
        {labelOf(katalog, 'jenis', item.jenis)} · {item.unitName}
        {item.bidangName ? ` · ${item.bidangName}` : ''}
      </p>
      <p className="muted">
        {item.penulis} · {formatDateTime(item.updatedAt)}
      </p>
      {item.scheduledAt && <p className="badge">{t('konten.scheduledAt', { date: formatDateTime(item.scheduledAt) })}</p>}
      {item.isLive && <p className="badge badge-ok">{t('konten.live')}</p>}
    </article>
  );
}
