import { formatDate, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { Link } from '../ui/link.tsx';

/** GET /api/beranda (src/modules/tugas/routes.ts): per unit, the counts that are this person's; null blocks are not theirs. */
export type Beranda = {
  hariIni: string;
  segeraSampai: string;
  kalender: { tahun: number; peringatan: string } | null;
  unit: Array<{
    id: string;
    nama: string;
    slug: string;
    peran: string[];
    permohonan: { baru: number; segera: number; terlambat: number } | null;
    keberatan: { untukDiproses: number | null; untukDiputus: number | null; segera: number; terlambat: number } | null;
  }>;
  /** The person's own coverage assignments (src/modules/liputan/count-upcoming.ts); null without a person record. */
  liputan?: {
    hariIni: number;
    besok: number;
    terbuka: number;
    berikut: Array<{ id: string; kegiatan: string; tanggal: string; jam: string; tempat: string; status: string; unitNama: string }>;
  } | null;
};

type Line = { label: MessageKey; count: number; to: string; urgent?: boolean };

const total = (u: Beranda['unit'][number]) =>
  (u.permohonan ? u.permohonan.baru + u.permohonan.segera + u.permohonan.terlambat : 0) +
  (u.keberatan ? (u.keberatan.untukDiproses ?? 0) + (u.keberatan.untukDiputus ?? 0) + u.keberatan.segera + u.keberatan.terlambat : 0);

/** The lines of one unit's card: each count links to the register it counts, filtered where the list can filter. */
function linesOf(u: Beranda['unit'][number]): Line[] {
  const lines: Line[] = [];
  const requests = `/permohonan?unit=${u.id}`;
  const objections = `/keberatan?unit=${u.id}`;
  if (u.permohonan) {
    lines.push({ label: 'work.requestsNew', count: u.permohonan.baru, to: `${requests}&status=terdaftar` });
    lines.push({ label: 'work.requestsDueSoon', count: u.permohonan.segera, to: requests });
    lines.push({ label: 'work.requestsOverdue', count: u.permohonan.terlambat, to: requests, urgent: true });
  }
  if (u.keberatan) {
    if (u.keberatan.untukDiproses !== null)
      lines.push({ label: 'work.objectionsToProcess', count: u.keberatan.untukDiproses, to: `${objections}&status=terdaftar` });
    if (u.keberatan.untukDiputus !== null)
      lines.push({ label: 'work.objectionsToDecide', count: u.keberatan.untukDiputus, to: `${objections}&status=diproses` });
    lines.push({ label: 'work.objectionsDueSoon', count: u.keberatan.segera, to: objections });
    lines.push({ label: 'work.objectionsOverdue', count: u.keberatan.terlambat, to: objections, urgent: true });
  }
  return lines;
}

/** What waits on this person, one card per unit; zero counts stay visible so a clear unit reads as clear. */
export function WaitingWork({ work, roleLabel }: { work: Beranda; roleLabel: (role: string) => string }) {
  const clear = work.unit.every((u) => total(u) === 0);
  return (
    <>
      <p className="muted">{t('work.dueSoonUntil', { date: formatDate(work.segeraSampai) })}</p>
      {clear && <p className="alert alert-ok">{t('work.allClear')}</p>}
      <ul className="cards work-cards">
        {work.unit.map((u) => (
          <li key={u.id} className="card">
            <h3>{u.nama}</h3>
            {u.peran.length > 0 && <p className="muted">{u.peran.map(roleLabel).join(', ')}</p>}
            <ul className="work-lines">
              {linesOf(u).map((line) => (
                <li key={line.label} className={line.urgent && line.count > 0 ? 'work-urgent' : undefined}>
                  <Link to={line.to}>
                    <span className="work-count">{line.count}</span> {t(line.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The person's coverage assignments: today's, tomorrow's and all open, with the nearest few linked. */
export function MyAssignments({ liputan }: { liputan: NonNullable<Beranda['liputan']> }) {
  if (liputan.terbuka === 0) return null;
  const lines: Line[] = [
    { label: 'work.liputanToday', count: liputan.hariIni, to: '/liputan', urgent: true },
    { label: 'work.liputanTomorrow', count: liputan.besok, to: '/liputan' },
    { label: 'work.liputanOpen', count: liputan.terbuka, to: '/liputan' },
  ];
  return (
    <div className="card work-liputan">
      <h3>{t('work.liputan')}</h3>
      <ul className="work-lines">
        {lines.map((line) => (
          <li key={line.label} className={line.urgent && line.count > 0 ? 'work-urgent' : undefined}>
            <Link to={line.to}>
              <span className="work-count">{line.count}</span> {t(line.label)}
            </Link>
          </li>
        ))}
      </ul>
      <ul>
        {liputan.berikut.map((l) => (
          <li key={l.id}>
            <Link to={`/liputan/${l.id}`}>{l.kegiatan}</Link> — {formatDate(l.tanggal)} {l.jam.replace(':', '.')}, {l.tempat}
          </li>
        ))}
      </ul>
    </div>
  );
}
