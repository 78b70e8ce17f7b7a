import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { api, apiDownload } from '../api.ts';
import { formatDate, t } from '../i18n.ts';
import { LinkedKonten } from '../konten/konten-picker.tsx';
import type { MessageKey } from '../messages.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Items } from '../types.ts';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { plannerRoles, type RencanaItem, type TeamPick, useNewsroomUnits } from './redaksi-terms.ts';
import type { CalendarRange } from './rencana-calendar.tsx';
import { RencanaForm } from './rencana-form.tsx';
import { FeedSection, RealisasiSection } from './rencana-sections.tsx';

// FullCalendar is ~80 KB gzip: it comes with this screen, never with the admin's first load.
const RencanaCalendar = lazy(() => import('./rencana-calendar.tsx'));

/** The month around today, until the calendar reports the period it shows. */
function thisMonth(): CalendarRange {
  const now = new Date();
  const first = new Date(Date.UTC(now.getFullYear(), now.getMonth(), 1));
  const next = new Date(Date.UTC(now.getFullYear(), now.getMonth() + 1, 1));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { activeStart: day(first), activeEnd: day(next), currentStart: day(first), currentEnd: day(next) };
}

const narrowScreen = () => typeof window !== 'undefined' && window.matchMedia('(max-width: 40rem)').matches;

type Panel = { mode: 'new' } | { mode: 'show'; id: string } | { mode: 'edit'; id: string } | null;

/** "Rencana redaksi": a unit's plan as a month, week or list calendar, its items, the planned-against-published count and the phone feed. */
export function RencanaPage({ unit }: { unit: string | undefined }) {
  const { me } = useSession();
  const navigate = useNavigate();
  const { loaded, units, chosen } = useNewsroomUnits(unit ?? null);
  const [range, setRange] = useState<CalendarRange>(thisMonth);
  // The calendar reports its dates after every render; only a real change of period is taken.
  const onRange = useCallback(
    (next: CalendarRange) =>
      setRange((r) => (r.activeStart === next.activeStart && r.activeEnd === next.activeEnd && r.currentStart === next.currentStart ? r : next)),
    [],
  );
  const onPick = useCallback((id: string) => setPanel({ mode: 'show', id }), []);
  const [panel, setPanel] = useState<Panel>(null);
  const [note, setNote] = useState<string | null>(null);
  const period = `dari=${range.activeStart}&sampai=${range.activeEnd}`;
  const items = useLoad<Items<RencanaItem>>(chosen ? `/units/${chosen.id}/rencana?${period}` : null);
  const mayPlan = chosen !== null && hasUnitRole(me, chosen.id, ...plannerRoles);
  const team = useLoad<Items<TeamPick>>(chosen && mayPlan ? `/units/${chosen.id}/liputan/tim` : null);
  const list = useMemo(() => items.data?.items ?? [], [items.data]);
  const [narrow] = useState(narrowScreen);
  const selected = panel && panel.mode !== 'new' ? list.find((i) => i.id === panel.id) : undefined;
  const saved = (text: string) => {
    setNote(text);
    setPanel(null);
    items.reload();
  };
  return (
    <Page
      title={t('rdk.title')}
      actions={
        mayPlan && (
          <button type="button" onClick={() => setPanel({ mode: 'new' })}>
            {t('rdk.add')}
          </button>
        )
      }
    >
      <p>{t('rdk.intro')}</p>
      <LoadState loaded={loaded} />
      {loaded.data && units.length === 0 && <p className="empty">{t('rdk.noUnits')}</p>}
      {chosen && units.length > 1 && (
        <Field label={t('rdk.unit')}>
          {(a) => (
            <select {...a} value={chosen.id} onChange={(e) => void navigate({ to: '/rencana', search: { unit: e.currentTarget.value } })}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {chosen && !mayPlan && <p className="muted">{t('rdk.readOnly')}</p>}
      <div role="status" className="status-slot">
        {note && <p className="alert alert-ok">{note}</p>}
      </div>
      {chosen && panel?.mode === 'new' && (
        <section className="rdk-panel" aria-labelledby="rdk-new">
          <h2 id="rdk-new">{t('rdk.add')}</h2>
          <RencanaForm
            unitId={chosen.id}
            tanggal={range.currentStart}
            team={team.data?.items ?? []}
            onDone={() => saved(t('rdk.created'))}
            onCancel={() => setPanel(null)}
          />
        </section>
      )}
      {chosen && selected && panel?.mode === 'edit' && (
        <section className="rdk-panel" aria-labelledby="rdk-edit">
          <h2 id="rdk-edit">{t('rdk.edit')}</h2>
          <RencanaForm
            unitId={chosen.id}
            item={selected}
            team={team.data?.items ?? []}
            onDone={() => saved(t('rdk.saved'))}
            onCancel={() => setPanel({ mode: 'show', id: selected.id })}
          />
        </section>
      )}
      {selected && panel?.mode === 'show' && (
        <RencanaDetail
          item={selected}
          onEdit={() => setPanel({ mode: 'edit', id: selected.id })}
          onClose={() => setPanel(null)}
          onMoved={() => saved(t('rdk.moved'))}
        />
      )}
      {chosen && (
        <>
          <div className="rdk-calendar">
            <Suspense fallback={<p className="loading">{t('rdk.loadingCalendar')}</p>}>
              <RencanaCalendar items={list} narrow={narrow} onRange={onRange} onPick={onPick} />
            </Suspense>
          </div>
          <LoadState loaded={items} />
          {items.data && list.length === 0 && <p className="empty">{mayPlan ? t('rdk.empty') : t('rdk.emptyReader')}</p>}
          <RealisasiSection unitId={chosen.id} from={range.currentStart} to={range.currentEnd} reloadKey={list.length} />
          <FeedSection unitId={chosen.id} mayPlan={mayPlan} />
          <p>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => void apiDownload(`/units/${chosen.id}/rencana.ics?dari=${range.currentStart}&sampai=${range.currentEnd}`, 'rencana.ics')}
            >
              {t('rdk.icalDownload')}
            </button>
          </p>
        </>
      )}
    </Page>
  );
}

/** One plan item opened from the calendar: its facts and the status moves this person may make, in words. */
function RencanaDetail({ item, onEdit, onClose, onMoved }: { item: RencanaItem; onEdit: () => void; onClose: () => void; onMoved: () => void }) {
  const form = useForm([]);
  return (
    <section className="rdk-panel" aria-labelledby="rdk-detail">
      <h2 id="rdk-detail">{item.judul}</h2>
      <dl className="facts">
        <dt>{t('rdk.tanggal')}</dt>
        <dd>
          {formatDate(item.tanggal)}
          {item.jam && `, ${item.jam.replace(':', '.')}`}
        </dd>
        <dt>{t('rdk.status')}</dt>
        <dd>{t(`rdk.st.${item.status}` as MessageKey)}</dd>
        <dt>{t('rdk.jenis')}</dt>
        <dd>{t(`rdk.j.${item.jenis}` as MessageKey)}</dd>
        {item.tema && (
          <>
            <dt>{t('rdk.tema')}</dt>
            <dd>{item.tema}</dd>
          </>
        )}
        <dt>{t('rdk.platform')}</dt>
        <dd>{item.platform.map((p) => t(`rdk.p.${p}` as MessageKey)).join(', ') || '—'}</dd>
        <dt>{t('rdk.pemilik')}</dt>
        <dd>{item.pemilikNama ?? '—'}</dd>
        {item.catatan && (
          <>
            <dt>{t('rdk.catatan')}</dt>
            <dd>{item.catatan}</dd>
          </>
        )}
        <dt>{t('kp.title')}</dt>
        <dd>
          <LinkedKonten items={item.konten ? [item.konten] : []} />
        </dd>
      </dl>
      <FormStatus form={form} />
      <div className="actions">
        {item.langkah.map((to) => (
          <button
            key={to}
            type="button"
            className={to === 'dibatalkan' ? 'btn-secondary' : undefined}
            aria-disabled={form.busy}
            onClick={() => void form.run(() => api(`/rencana/${item.id}/status`, { body: { ke: to } })).then((ok) => ok && onMoved())}
          >
            {t(`rdk.to.${to}` as MessageKey)}
          </button>
        ))}
        {item.bisaUbah && (
          <button type="button" className="btn-secondary" onClick={onEdit}>
            {t('app.edit')}
          </button>
        )}
        <button type="button" className="btn-secondary" onClick={onClose}>
          {t('rdk.close')}
        </button>
      </div>
    </section>
  );
}
