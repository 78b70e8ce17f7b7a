import { useState } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { localOf, zonedToIso, zoneLabel } from '../zone.ts';
import { labelOf, useKatalog } from './katalog.ts';
import { afterChange } from './queries.ts';
import type { KontenDetail } from './types.ts';

const order = ['diajukan', 'ditinjau', 'menunggu_persetujuan', 'disetujui', 'dijadwalkan', 'terbit', 'dikembalikan', 'ditarik', 'diarsipkan'];
const proposable = ['disetujui', 'dijadwalkan', 'terbit'];

/** The label of a move in words; "back to approved" from a schedule reads as cancelling it. */
function moveLabel(to: string, from: string): MessageKey {
  if (to === 'disetujui' && from === 'dijadwalkan') return 'move.batalJadwal';
  return `move.${to}` as MessageKey;
}

/**
 * The moves the server says this person may make now (`moves`), as buttons in words. Returning
 * asks for a note; scheduling asks for a minute in the tenant's zone (shown as WIB/WITA/WIT).
 */
export function KontenMoves({ detail }: { detail: KontenDetail }) {
  const { me } = useSession();
  const katalog = useKatalog().data;
  const form = useForm(['catatan', 'jadwal', 'ke']);
  const [pending, setPending] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const zone = me.tenant.timeZone;
  const [when, setWhen] = useState(() => localOf(new Date(Date.now() + 10 * 60_000).toISOString(), zone));
  const { item } = detail;
  const moves = order.filter((m) => detail.moves.includes(m));
  const needsInput = (to: string) => to === 'dikembalikan' || to === 'dijadwalkan';
  const go = (ke: string) =>
    form.run(
      async () => {
        const body: Record<string, string> = { ke };
        if (note.trim()) body.catatan = note.trim();
        if (ke === 'dikembalikan' && !note.trim()) return form.fail(t('moves.noteRequired'), 'catatan');
        if (ke === 'dijadwalkan') body.jadwal = zonedToIso(when, zone) ?? '';
        const next = await api<KontenDetail>(`/konten/${item.id}/status`, { method: 'POST', body });
        afterChange(next);
        setPending(null);
        setNote('');
      },
      t('moves.done', { status: labelOf(katalog, 'status', ke) }),
    );
  const propose = () =>
    form.run(async () => {
      await api(`/konten/${item.id}/media-center`, { method: 'POST', body: note.trim() ? { catatan: note.trim() } : {} });
      afterChange();
    }, t('move.mediaCenterDone'));
  const mayPropose = proposable.includes(item.status) && !detail.mediaCenter && hasUnitRole(me, item.unitId, 'admin_medsos', 'penanggung_jawab');
  return (
    <section className="card" aria-labelledby="moves-title">
      <h2 id="moves-title">{t('moves.title')}</h2>
      <FormStatus form={form} />
      {moves.length === 0 && !mayPropose && <p className="muted">{t('moves.none')}</p>}
      <div className="move-buttons">
        {moves.map((to) => (
          <button
            key={to}
            type="button"
            className={to === 'dikembalikan' || to === 'ditarik' || to === 'diarsipkan' ? 'btn-secondary' : undefined}
            aria-expanded={needsInput(to) ? pending === to : undefined}
            onClick={() => (needsInput(to) ? setPending(pending === to ? null : to) : void go(to))}
          >
            {t(moveLabel(to, item.status))}
          </button>
        ))}
        {mayPropose && (
          <button type="button" className="btn-secondary" onClick={() => void propose()}>
            {t('move.mediaCenter')}
          </button>
        )}
      </div>
      {detail.mediaCenter && <p className="muted">{t('mc.stateLabel', { status: labelOf(katalog, 'mediaCenter', detail.mediaCenter.status) })}</p>}
      {pending === 'dikembalikan' && (
        <div className="move-input">
          <Field label={t('moves.note')} error={form.errorFor('catatan')}>
            {(a11y) => <textarea {...a11y} rows={3} required value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <button type="button" onClick={() => void go('dikembalikan')}>
            {t('move.dikembalikan')}
          </button>
        </div>
      )}
      {pending === 'dijadwalkan' && (
        <div className="move-input">
          <Field label={t('moves.when', { zone: zoneLabel(zone) })} error={form.errorFor('jadwal')}>
            {(a11y) => <input {...a11y} type="datetime-local" required value={when} onChange={(e) => setWhen(e.target.value)} />}
          </Field>
          <button type="button" onClick={() => void go('dijadwalkan')}>
            {t('move.dijadwalkan')}
          </button>
        </div>
      )}
    </section>
  );
}
