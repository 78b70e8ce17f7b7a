import { AppError } from '../../lib/errors.ts';
import { type DisputeStage, disputeStages } from '../keberatan/terms.ts';
import { channels, refusalGrounds, requesterTypes } from '../permohonan/terms.ts';
import { decidedStatuses, type ServiceBand, type StatusGroup, serviceBandOf, serviceBands, statusGroups } from './classify.ts';
import type { SnapshotFacts } from './status-as-of.ts';

/** A request as the report counts it: its facts on the report's date plus the status row, service time and information key. */
export type CountedRequest = SnapshotFacts & { group: StatusGroup; serviceDays: number | null; informationKey: string };

/**
 * The two halves of the "Ditolak/tidak dijawab" row: refused with a written notice, or left
 * without one past the deadline (Pasal 22(7)–(8)). `jawaban:ditolak` also selects the refusals
 * whose grounds Pasal 12 d counts.
 */
export const unansweredKinds = ['ditolak', 'tidak-dijawab'] as const;
export type UnansweredKind = (typeof unansweredKinds)[number];

/**
 * Which requests a report cell counts, written `dim:value` joined by commas, e.g.
 * `saluran:email,pemohon:perseorangan` or `status:ditolak,jawaban:tidak-dijawab`. The report computes every number by filtering with these,
 * and `GET /api/laporan-kip/rincian?sel=` lists the same requests, so a number and its rows agree.
 */
export type Criterion =
  | { dim: 'semua' }
  | { dim: 'sengketa'; stage?: DisputeStage }
  | { dim: 'saluran'; value: string }
  | { dim: 'pemohon'; value: string }
  | { dim: 'status'; value: StatusGroup }
  | { dim: 'alasan'; value: string }
  | { dim: 'jawaban'; value: UnansweredKind }
  | { dim: 'waktu'; value: ServiceBand | 'terhitung' | 'tidak-terhitung' }
  | { dim: 'informasi'; rank: number };

const allowed: Record<string, readonly string[]> = {
  saluran: channels,
  pemohon: requesterTypes,
  status: statusGroups,
  alasan: refusalGrounds,
  jawaban: unansweredKinds,
  waktu: [...serviceBands, 'terhitung', 'tidak-terhitung'],
};

const invalid = () => new AppError('invalid', 'laporan_kip.invalid.sel', 'sel');

/** Parses a cell selection; a malformed one is a 400 on `sel`. */
export function parseSelection(sel: string): Criterion[] {
  const parts = sel.split(',');
  return parts.map((part): Criterion => {
    if (part === 'semua' || part === 'sengketa') {
      if (parts.length > 1) throw invalid();
      return { dim: part };
    }
    const [dim, value, ...rest] = part.split(':');
    if (!dim || value === undefined || rest.length > 0) throw invalid();
    // Disputes are rows of their own (not requests), so a dispute cell cannot be combined.
    if (dim === 'sengketa') {
      if (parts.length > 1 || !(disputeStages as readonly string[]).includes(value)) throw invalid();
      return { dim, stage: value as DisputeStage };
    }
    if (dim === 'informasi') {
      const rank = Number(value);
      if (!Number.isInteger(rank) || rank < 1 || rank > TOP_INFORMATION) throw invalid();
      return { dim, rank };
    }
    if (!allowed[dim]?.includes(value)) throw invalid();
    return { dim, value } as Criterion;
  });
}

/** How many "most requested information" entries a report lists. */
export const TOP_INFORMATION = 5;

/** Whether a request is counted in a cell; `topInformation` holds the information keys by rank. */
export function matches(r: CountedRequest, criteria: readonly Criterion[], topInformation: readonly string[]): boolean {
  return criteria.every((c) => criterionMatches(r, c, topInformation));
}

function criterionMatches(r: CountedRequest, c: Criterion, topInformation: readonly string[]): boolean {
  switch (c.dim) {
    case 'semua':
      return true;
    case 'sengketa':
      return false; // disputes are not requests: `sengketaCell` picks them from the dispute rows
    case 'saluran':
      return r.channel === c.value;
    case 'pemohon':
      return r.requesterType === c.value;
    case 'status':
      return r.group === c.value;
    case 'alasan':
      return r.refusalGround === c.value;
    case 'jawaban':
      return r.group === 'ditolak' && (r.tidakDijawab ? 'tidak-dijawab' : 'ditolak') === c.value;
    case 'informasi':
      return topInformation[c.rank - 1] === r.informationKey;
    case 'waktu':
      return matchesServiceTime(r, c.value);
  }
}

function matchesServiceTime(r: CountedRequest, value: ServiceBand | 'terhitung' | 'tidak-terhitung'): boolean {
  const decided = decidedStatuses.includes(r.status);
  if (value === 'tidak-terhitung') return decided && r.serviceDays === null;
  if (r.serviceDays === null) return false;
  if (value === 'terhitung') return true;
  return serviceBandOf(r.serviceDays) === value;
}

/** The dispute stage a selection asks for (undefined = every dispute), or null when it selects requests. */
export function sengketaCell(criteria: readonly Criterion[]): { stage: DisputeStage | undefined } | null {
  const [first] = criteria;
  return first?.dim === 'sengketa' ? { stage: first.stage } : null;
}
