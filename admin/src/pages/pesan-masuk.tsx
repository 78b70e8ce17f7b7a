import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import type { PesanSearch } from '../routes/search.ts';
import { FormStatus, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';

// The shapes of src/modules/kontak/routes.ts, kept here so these screens stand on their own.
const statuses = ['baru', 'dibaca', 'dijawab', 'diarsipkan'] as const;
type Status = (typeof statuses)[number];
type Item = { id: string; unitId: string; unitName: string; senderName: string; senderEmail: string; subject: string; status: Status; receivedAt: string };
type List = { items: Item[]; total: number; unread: number; units: { id: string; name: string }[] };
type Detail = Item & { senderPhone: string | null; body: string; moves: Status[]; history: { from: string | null; to: string; at: string; by: string }[] };

const PAGE_SIZE = 50;
const statusLabel = (s: string) => t(`pesan.s.${s}` as MessageKey);

/** "Pesan masuk": the contact form's messages of the units whose site this person keeps; searchable. */
export function PesanMasukPage({ search }: { search: PesanSearch }) {
  const navigate = useNavigate();
  const query = new URLSearchParams(Object.entries(search).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
  const page = Number(query.get('halaman') ?? '1') || 1;
  const params = new URLSearchParams();
  for (const key of ['unitId', 'status', 'q']) if (query.get(key)) params.set(key, query.get(key) as string);
  params.set('page', String(page));
  const list = useLoad<List>(`/kontak/pesan?${params}`);
  // An empty page under a filter is not an empty inbox: it says so and offers the way back.
  const filtered = ['unitId', 'status', 'q'].some((key) => query.get(key));
  const go = (changes: Record<string, string>) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(changes)) value ? next.set(key, value) : next.delete(key);
    if (!('halaman' in changes)) next.delete('halaman');
    void navigate({ to: '/pesan-masuk', search: Object.fromEntries(next) });
  };
  return (
    <Page title={t('pesan.title')}>
      <p>{t('pesan.intro')}</p>
      <form
        className="filters"
        aria-label={t('pesan.searchButton')}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          go({ q: String(data.get('q') ?? '').trim(), unitId: String(data.get('unitId') ?? ''), status: String(data.get('status') ?? '') });
        }}
      >
        {list.data && list.data.units.length > 1 && (
          <label>
            {t('pesan.unit')}{' '}
            <select name="unitId" defaultValue={query.get('unitId') ?? ''}>
              <option value="">{t('pesan.allUnits')}</option>
              {list.data.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('pesan.status')}{' '}
          <select name="status" defaultValue={query.get('status') ?? ''}>
            <option value="">{t('pesan.allStatus')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('pesan.search')} <input type="search" name="q" defaultValue={query.get('q') ?? ''} maxLength={200} />
        </label>
        <button type="submit">{t('pesan.searchButton')}</button>
      </form>
      <LoadState loaded={list} />
      {list.data && (
        <>
          <p role="status">
            {t('pesan.total', { count: list.data.total })} · {t('pesan.unread', { count: list.data.unread })}
          </p>
          {list.data.items.length === 0 && !filtered && <p className="empty">{t('pesan.empty')}</p>}
          {list.data.items.length === 0 && filtered && (
            <div className="empty">
              <p>{t('pesan.emptyFiltered')}</p>
              <button type="button" className="btn-secondary" onClick={() => go({ q: '', unitId: '', status: '' })}>
                {t('pesan.showAll')}
              </button>
            </div>
          )}
          {list.data.items.length > 0 && (
            <ul className="rows">
              {list.data.items.map((m) => (
                <li key={m.id} className="row">
                  <span className="row-main">
                    <Link to={`/pesan-masuk/${m.id}`}>{m.status === 'baru' ? <strong>{m.subject}</strong> : m.subject}</Link>
                    <br />
                    <span className="muted">
                      {m.senderName} · {m.unitName} · {formatDateTime(m.receivedAt)}
                    </span>
                  </span>
                  <span className={m.status === 'baru' ? 'badge' : 'badge badge-muted'}>{statusLabel(m.status)}</span>
                </li>
              ))}
            </ul>
          )}
          <nav aria-label={t('pesan.title')}>
            {page > 1 && (
              <button type="button" className="btn-secondary" onClick={() => go({ halaman: String(page - 1) })}>
                {t('pesan.prev')}
              </button>
            )}{' '}
            {page * PAGE_SIZE < list.data.total && (
              <button type="button" className="btn-secondary" onClick={() => go({ halaman: String(page + 1) })}>
                {t('pesan.next')}
              </button>
            )}
          </nav>
        </>
      )}
    </Page>
  );
}

/** One message: opening it marks it read; then answered (after replying by e-mail) or archived. */
export function PesanPage({ id }: { id: string }) {
  const loaded = useLoad<Detail>(`/kontak/pesan/${id}`);
  const form = useForm([]);
  const marked = useRef(false);
  const message = loaded.data;
  const move = (ke: Status) =>
    form.run(async () => {
      await api(`/kontak/pesan/${id}/status`, { method: 'POST', body: { ke } });
      loaded.reload();
    });
  // Reading a new message in full is what "read" means: it is marked so once, when it opens.
  useEffect(() => {
    if (loaded.data?.status === 'baru' && loaded.data.moves.includes('dibaca') && !marked.current) {
      marked.current = true;
      void move('dibaca');
    }
  });
  if (!message) return <LoadState loaded={loaded} />;
  return (
    <Page title={message.subject}>
      <p>
        <Link to="/pesan-masuk">{t('pesan.back')}</Link>
      </p>
      <FormStatus form={form} />
      <dl>
        <dt>{t('pesan.from')}</dt>
        <dd>
          {message.senderName} &lt;{message.senderEmail}&gt;
        </dd>
        {message.senderPhone && (
          <>
            <dt>{t('pesan.phone')}</dt>
            <dd>{message.senderPhone}</dd>
          </>
        )}
        <dt>{t('pesan.unit')}</dt>
        <dd>{message.unitName}</dd>
        <dt>{t('pesan.received')}</dt>
        <dd>{formatDateTime(message.receivedAt)}</dd>
        <dt>{t('pesan.status')}</dt>
        <dd>{statusLabel(message.status)}</dd>
      </dl>
      <div className="card">
        {message.body.split('\n').map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one fixed text, never reordered
          <p key={i}>{line}</p>
        ))}
      </div>
      <p>
        <a href={`mailto:${message.senderEmail}?subject=${encodeURIComponent(`Re: ${message.subject}`)}`}>{t('pesan.reply')}</a>
      </p>
      <p className="actions">
        {message.moves
          .filter((m) => m !== 'dibaca')
          .map((m) => (
            <button key={m} type="button" className={m === 'diarsipkan' ? 'btn-secondary' : undefined} aria-disabled={form.busy} onClick={() => void move(m)}>
              {t(`pesan.move.${m}` as MessageKey)}
            </button>
          ))}
      </p>
      {message.history.length > 0 && (
        <section aria-labelledby="pesan-riwayat">
          <h2 id="pesan-riwayat">{t('pesan.history')}</h2>
          <ul>
            {message.history.map((h) => (
              <li key={`${h.at}-${h.to}`}>
                {formatDateTime(h.at)}: {statusLabel(h.to)} ({h.by})
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
