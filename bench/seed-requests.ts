// Fictional information requests for the benchmarks, written straight into the requests table.
import { channels, requesterTypes, type Status } from '../src/modules/permohonan/terms.ts';

/**
 * Request number `i` of a unit in 2026 (every channel and requester type in turn), in the state
 * given; the caller decides when it came in and how it was decided.
 */
export function fictionalRequest<D>(i: number, o: { tenantId: string; unitId: string; status: Status; receivedAt: Date; decidedAt: Date | null; decision: D }) {
  return {
    tenantId: o.tenantId,
    unitId: o.unitId,
    number: `PPID/BENCH/2026/${String(i + 1).padStart(5, '0')}`,
    year: 2026,
    sequence: i + 1,
    trackingTokenHash: `bench-${i}`,
    receivedAt: o.receivedAt,
    channel: channels[i % channels.length] as string,
    requesterType: requesterTypes[(i * 7) % requesterTypes.length] as string,
    requesterName: `Pemohon Fiktif ${i}`,
    requesterAddress: 'Jalan Contoh, Kupang',
    informationDetails: `Dokumen anggaran kegiatan nomor ${(i * 13) % 300}`,
    purpose: 'Kajian',
    obtainMethod: 'salinan_softcopy',
    status: o.status,
    decidedAt: o.decidedAt,
    decision: o.decision,
  };
}
