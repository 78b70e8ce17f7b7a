/**
 * The fixed vocabularies of an objection (keberatan, UU 14/2008 Pasal 35–36) and of a dispute at
 * the Komisi Informasi (sengketa, Pasal 37). Values are stable identifiers stored in the database;
 * labels for people live in the message catalogue.
 */

/** The grounds of Pasal 35(1), by their letter. */
export const grounds = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type Ground = (typeof grounds)[number];

/** Every status of an objection; `transition.ts` alone moves an objection between them. */
export const statuses = ['terdaftar', 'diproses', 'diputus', 'ditarik'] as const;
export type Status = (typeof statuses)[number];

/** Statuses whose answer deadline still runs. */
export const openStatuses: readonly Status[] = ['terdaftar', 'diproses'];

/** The Atasan PPID's written answer: the objection upheld (with the order to the PPID) or rejected. */
export const verdicts = ['dikabulkan', 'ditolak'] as const;
export type Verdict = (typeof verdicts)[number];

export type Decision =
  | { putusan: 'dikabulkan'; tanggal: string; tanggapan: string; perintah: string }
  | { putusan: 'ditolak'; tanggal: string; tanggapan: string; alasan: string };

/** Stages of a dispute at the Komisi Informasi, in the order a case passes them (a stage may be skipped). */
export const disputeStages = ['registrasi', 'mediasi', 'ajudikasi', 'putusan', 'selesai'] as const;
export type DisputeStage = (typeof disputeStages)[number];

/** Whether the agency has carried out the Komisi's ruling. */
export const complianceStates = ['dipatuhi', 'belum'] as const;
export type Compliance = (typeof complianceStates)[number];

/** Working days: to object after the ground arose, for the Atasan PPID to answer, to take it to the Komisi. */
export const FILING_WORKING_DAYS = 30;
export const ANSWER_WORKING_DAYS = 30;
export const DISPUTE_WORKING_DAYS = 14;
