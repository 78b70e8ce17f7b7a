import { t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import type { Me } from '../types.ts';
import { type Status as PermohonanStatus, staffChannels } from './ppid-terms.ts';

// The objection and dispute vocabularies and API shapes as the server defines them
// (src/modules/keberatan/terms.ts, transition.ts, load-keberatan.ts, list-keberatan.ts).

export const kbrStatuses = ['terdaftar', 'diproses', 'diputus', 'ditarik'] as const;
export type KbrStatus = (typeof kbrStatuses)[number];
export const kbrOpenStatuses: readonly KbrStatus[] = ['terdaftar', 'diproses'];
export const grounds = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export const verdicts = ['dikabulkan', 'ditolak'] as const;
export type Verdict = (typeof verdicts)[number];
export const disputeStages = ['registrasi', 'mediasi', 'ajudikasi', 'putusan', 'selesai'] as const;
export type DisputeStage = (typeof disputeStages)[number];
export const complianceStates = ['dipatuhi', 'belum'] as const;
/** Objections come by letter, e-mail or in person like requests; the web form registers its own. */
export const kbrStaffChannels = staffChannels;

/**
 * A copy of the server's table of allowed status changes, only to offer the actions that make
 * sense; the server checks every change again and stays the authority.
 */
export const kbrTransitions: Record<KbrStatus, readonly KbrStatus[]> = {
  terdaftar: ['diproses', 'ditarik'],
  diproses: ['diputus', 'ditarik'],
  diputus: [],
  ditarik: [],
};

export type KbrDecision =
  | { putusan: 'dikabulkan'; tanggal: string; tanggapan: string; perintah: string }
  | { putusan: 'ditolak'; tanggal: string; tanggapan: string; alasan: string };

export type KeberatanListItem = {
  id: string;
  number: string;
  permohonanNumber: string;
  status: KbrStatus;
  grounds: string[];
  receivedAt: string;
  dueDate: string | null;
  decidedAt: string | null;
  verdict: Verdict | null;
  filedLate: boolean;
  disputeStage: DisputeStage | null;
  overdue: boolean;
};

export type Sengketa = {
  id: string;
  keberatanId: string;
  kiRegistrationNumber: string;
  commission: string | null;
  stage: DisputeStage;
  registeredOn: string;
  filingDeadline: string | null;
  filedLate: boolean;
  mediationOn: string | null;
  adjudicationOn: string | null;
  rulingOn: string | null;
  rulingText: string | null;
  closedOn: string | null;
  compliance: 'dipatuhi' | 'belum' | null;
  complianceNote: string | null;
};

export type KbrHistoryEntry = { id: string; fromStatus: KbrStatus | null; toStatus: KbrStatus; actorLabel: string; at: string; note: string | null };

export type Keberatan = {
  id: string;
  unitId: string;
  number: string;
  permohonanId: string;
  permohonanNumber: string;
  channel: string;
  receivedAt: string;
  registeredAt: string;
  grounds: string[];
  reason: string;
  representativeName: string | null;
  representativeAddress: string | null;
  representativePhone: string | null;
  powerOfAttorneyNote: string | null;
  groundArisenOn: string;
  filingDeadline: string | null;
  lateNote: string | null;
  status: KbrStatus;
  dueDate: string | null;
  decidedAt: string | null;
  decision: KbrDecision | null;
};

export type KeberatanDetail = Keberatan & { history: KbrHistoryEntry[]; sengketa: Sengketa | null };

/** The roles that read a unit's objections (policy `keberatan.view`). */
export const kbrViewRoles = ['ppid_utama', 'ppid_pelaksana', 'atasan_ppid'];
/** The roles that register, move and withdraw objections and record disputes (policy `keberatan.process`); not the Atasan PPID. */
export const kbrProcessRoles = ['ppid_utama', 'ppid_pelaksana'];
/** The role that alone decides an objection (policy `keberatan.decide`); admins are not it. */
export const kbrDecideRoles = ['atasan_ppid'];

/**
 * Whether the decision form is offered: only to the unit's Atasan PPID, whose answer it is by law
 * (Pasal 36). Administrators keep the system running but do not answer objections.
 */
export function decidesIn(me: Me, unitId: string): boolean {
  return me.roles.some((r) => r.unitId === unitId && kbrDecideRoles.includes(r.role));
}

export function kbrStatusText(status: string): string {
  return t(`kbr.status.${status}` as MessageKey);
}

export function groundLetterText(letter: string): string {
  return t(`kbr.ground.${letter}` as MessageKey);
}

export function stageText(stage: string): string {
  return t(`kbr.stage.${stage}` as MessageKey);
}

/** Whether a request in this status has been answered in writing (a notice can be made). */
export function noticeReady(status: PermohonanStatus): boolean {
  return status === 'dikabulkan_seluruhnya' || status === 'dikabulkan_sebagian' || status === 'ditolak';
}
