import { useEffect, useRef, useState } from 'react';
import { formatDate, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Unit } from '../types.ts';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { TableBox } from './laporan-cells.tsx';
import type { CellDispute, CellRequest, CellRows } from './laporan-terms.ts';
import { groundText, statusText } from './ppid-terms.ts';

/** Rows shown at a time: a tenant's whole quarter can be thousands of requests. */
const PAGE = 100;
/** Who may open a request's own screen (policy `permohonan.view`); evaluators read the report's facts only. */
const requestReaders = ['ppid_utama', 'ppid_pelaksana', 'atasan_ppid'];

type Props = {
  /** The API query of the report with the cell's `sel`. */
  query: string;
  what: string;
  /** Unit names when the report covers every unit, so each row says whose it is. */
  units: Unit[] | null;
  stageLabels: Map<string, string>;
  onClose: () => void;
};

/**
 * The requests (or disputes) behind one number of the report, as the server counted them. Its
 * heading takes focus once loaded, so keyboard and screen-reader users land on what they opened.
 */
export function CellRowsSection({ query, what, units, stageLabels, onClose }: Props) {
  const loaded = useLoad<CellRows>(`/laporan-kip/rincian${query}`);
  const heading = useRef<HTMLHeadingElement>(null);
  const [shown, setShown] = useState(PAGE);
  const ready = loaded.data !== null;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);
  const data = loaded.data;
  return (
    <section className="card report-rows" aria-labelledby="lap-rows">
      <div className="page-head">
        <h2 id="lap-rows" ref={heading} tabIndex={-1}>
          {t('lap.rows', { what })}
        </h2>
        <button type="button" className="btn-secondary" onClick={onClose}>
          {t('lap.rowsClose')}
        </button>
      </div>
      <LoadState loaded={loaded} />
      {data && (
        <>
          <p>{data.jenis === 'sengketa' ? t('lap.rowsCountDisputes', { n: data.jumlah }) : t('lap.rowsCount', { n: data.jumlah })}</p>
          {data.jenis === 'sengketa' ? (
            <DisputeRows rows={data.baris.slice(0, shown)} what={what} units={units} stageLabels={stageLabels} />
          ) : (
            <RequestRows rows={data.baris.slice(0, shown)} what={what} units={units} />
          )}
          {data.baris.length > shown && (
            <div className="actions">
              <p className="muted">{t('lap.rowsShown', { shown, n: data.baris.length })}</p>
              <button type="button" className="btn-secondary" onClick={() => setShown(shown + PAGE)}>
                {t('lap.rowsMore', { n: Math.min(PAGE, data.baris.length - shown) })}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function unitName(units: Unit[] | null, id: string): string {
  return units?.find((u) => u.id === id)?.name ?? '—';
}

/** A request's number, linked to its screen for those who may open it. */
function RequestNumber({ id, number, unitId }: { id: string; number: string; unitId: string }) {
  const { me } = useSession();
  if (!hasUnitRole(me, unitId, ...requestReaders)) return <>{number}</>;
  return (
    <Link to={`/permohonan/${id}`} aria-label={t('lap.r.open', { number })}>
      {number}
    </Link>
  );
}

function RequestRows({ rows, what, units }: { rows: CellRequest[]; what: string; units: Unit[] | null }) {
  return (
    <TableBox id="lap-rows-table" caption={t('lap.rowsCaption', { what })}>
      <thead>
        <tr>
          <th scope="col">{t('lap.r.number')}</th>
          {units && <th scope="col">{t('lap.r.unit')}</th>}
          <th scope="col">{t('lap.r.received')}</th>
          <th scope="col">{t('lap.r.channel')}</th>
          <th scope="col">{t('lap.r.requester')}</th>
          <th scope="col">{t('lap.r.status')}</th>
          <th scope="col">{t('lap.r.due')}</th>
          <th scope="col">{t('lap.r.decided')}</th>
          <th scope="col" className="num">
            {t('lap.r.days')}
          </th>
          <th scope="col">{t('lap.r.ground')}</th>
          <th scope="col">{t('lap.r.information')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className="nowrap">
              <RequestNumber id={r.id} number={r.number} unitId={r.unitId} />
            </th>
            {units && <td>{unitName(units, r.unitId)}</td>}
            <td className="nowrap">{formatDate(r.receivedDay)}</td>
            <td>{t(`pmh.channel.${r.channel}` as MessageKey)}</td>
            <td>{t(`pmh.requesterType.${r.requesterType}` as MessageKey)}</td>
            <td>
              {statusText(r.status)}
              {r.tidakDijawab && <span className="badge badge-danger block">{t('lap.r.notAnswered')}</span>}
              {r.statusSekarang !== r.status && <span className="block muted">{t('lap.r.now', { status: statusText(r.statusSekarang) })}</span>}
            </td>
            <td className="nowrap">{formatDate(r.jatuhTempo)}</td>
            <td className="nowrap">{formatDate(r.decidedDay)}</td>
            <td className="num">{r.serviceDays ?? '—'}</td>
            <td>{r.refusalGround ? groundText(r.refusalGround) : '—'}</td>
            <td className="clip">{r.informationDetails}</td>
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}

function DisputeRows({ rows, what, units, stageLabels }: { rows: CellDispute[]; what: string; units: Unit[] | null; stageLabels: Map<string, string> }) {
  return (
    <TableBox id="lap-rows-table" caption={t('lap.disputesCaption', { what })}>
      <thead>
        <tr>
          <th scope="col">{t('lap.d.number')}</th>
          {units && <th scope="col">{t('lap.r.unit')}</th>}
          <th scope="col">{t('lap.d.registered')}</th>
          <th scope="col">{t('lap.d.stage')}</th>
          <th scope="col">{t('lap.d.ruling')}</th>
          <th scope="col">{t('lap.d.keberatan')}</th>
          <th scope="col">{t('lap.d.permohonan')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id}>
            <th scope="row" className="nowrap">
              {d.kiRegistrationNumber}
            </th>
            {units && <td>{unitName(units, d.unitId)}</td>}
            <td className="nowrap">{formatDate(d.registeredOn)}</td>
            <td>{stageLabels.get(d.stage) ?? d.stage}</td>
            <td className="nowrap">{formatDate(d.rulingOn)}</td>
            <td className="nowrap">{d.keberatanNumber}</td>
            <td className="nowrap">
              <RequestNumber id={d.permohonanId} number={d.permohonanNumber} unitId={d.unitId} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}
