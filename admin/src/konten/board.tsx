import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { Link } from '../ui/link.tsx';
import { KontenCard } from './card.tsx';
import { labelOf, useKatalog } from './katalog.ts';
import type { Papan } from './types.ts';

/** The board's columns, in the order work moves (KONTEN.md). */
export const boardColumns = ['draf', 'diajukan', 'ditinjau', 'dikembalikan', 'menunggu_persetujuan', 'disetujui', 'dijadwalkan', 'terbit'];

/** The board by state: one column per stage, newest first, with a link to the rest in the list. */
export function KontenBoard({ unitId }: { unitId: string }) {
  const katalog = useKatalog().data;
  const papan = useQuery({
    queryKey: ['konten', 'papan', unitId],
    queryFn: () => api<Papan>(`/konten/papan${unitId ? `?unitId=${unitId}` : ''}`),
  });
  if (papan.error)
    return (
      <p className="alert alert-error" role="alert">
        {papan.error.message}
      </p>
    );
  if (!papan.data) return <p className="loading">{t('app.loading')}</p>;
  const columns = boardColumns.map((status) => papan.data.columns.find((c) => c.status === status) ?? { status, items: [], total: 0 });
  const empty = columns.every((c) => c.total === 0);
  return (
    <>
      {empty && <p className="alert alert-warn">{t('konten.emptyBoard')}</p>}
      <div className="board">
        {columns.map((column) => (
          <section key={column.status} className="board-column" aria-labelledby={`col-${column.status}`}>
            <h2 id={`col-${column.status}`} className="board-title">
              {labelOf(katalog, 'status', column.status)} <span className="count">{column.total}</span>
            </h2>
            {column.items.length === 0 && <p className="muted">{t('konten.emptyColumn')}</p>}
            {column.items.map((item) => (
              <KontenCard key={item.id} item={item} katalog={katalog} />
            ))}
            {column.total > column.items.length && (
              <Link to={`/konten?tampilan=daftar&status=${column.status}${unitId ? `&unit=${unitId}` : ''}`}>
                {t('konten.more', { n: column.total - column.items.length })}
              </Link>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
