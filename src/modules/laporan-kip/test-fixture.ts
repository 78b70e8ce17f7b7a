import type { Services } from '../../services.ts';
import { keberatan, sengketa } from '../keberatan/schema.ts';
import type { DisputeStage } from '../keberatan/terms.ts';
import { permohonan } from '../permohonan/schema.ts';
import type { Channel, Decision, RefusalGround, RequesterType, Status } from '../permohonan/terms.ts';

// Test-only: a register of fictional requests inserted directly, laid out so that every number of
// the report can be worked out by hand (see the expected tables in routes.test.ts).

/** Per channel: requester types [perseorangan, kelompok, badan hukum] and status rows
 *  [dipenuhi, ditolak, diproses, ditarik, diteruskan], given to the channel's requests in order. */
export const channelPlan: Array<{ channel: Channel; types: number[]; groups: number[] }> = [
  { channel: 'email', types: [50, 20, 10], groups: [50, 16, 10, 4, 0] },
  { channel: 'website', types: [30, 18, 12], groups: [36, 12, 9, 0, 3] },
  { channel: 'datang_langsung', types: [40, 5, 5], groups: [40, 5, 5, 0, 0] },
  { channel: 'instagram', types: [27, 3, 0], groups: [24, 3, 3, 0, 0] },
  { channel: 'whatsapp', types: [13, 4, 3], groups: [10, 4, 2, 2, 2] },
];

/**
 * Receipt and decision instants (WITA = UTC+8, so 02:00Z is 10:00 local) of decided requests, used
 * in turn; the working days are counted by hand on the 2026 calendar (SKB 3 Menteri):
 *  P1 Mon 5 Jan (received 00:30 WITA = 4 Jan 16:30Z) → Fri 9 Jan: 6,7,8,9 = 4
 *  P2 Wed 14 Jan → Wed 28 Jan: 15, (16 Isra Mikraj), 19–23, 26–28 = 9
 *  P3 Fri 13 Feb → Fri 20 Feb: (16 cuti Imlek, 17 Imlek) 18,19,20 = 3
 *  P4 Tue 17 Mar → Tue 31 Mar: (18–24 Nyepi, Idul Fitri, cuti bersama) 25,26,27,30,31 = 5
 *  P5 Mon 2 Feb → Fri 13 Mar: 3–6, 9–13, 18–20, 23–27, 2–6 Mar, 9–13 Mar = 27
 *  P6 Mon 2 Mar → Thu 26 Mar: 3–6, 9–13, 16, 17, 25, 26 = 13
 *  P7 Mon 12 Jan → the same day = 0
 *  P8 Thu 19 Mar (received on Nyepi) → Fri 27 Mar: 25, 26, 27 = 3
 */
export const servicePatterns: Array<{ received: string; decided: string; days: number }> = [
  { received: '2026-01-04T16:30:00Z', decided: '2026-01-09T02:00:00Z', days: 4 },
  { received: '2026-01-14T02:00:00Z', decided: '2026-01-28T02:00:00Z', days: 9 },
  { received: '2026-02-13T02:00:00Z', decided: '2026-02-20T02:00:00Z', days: 3 },
  { received: '2026-03-17T02:00:00Z', decided: '2026-03-31T02:00:00Z', days: 5 },
  { received: '2026-02-02T02:00:00Z', decided: '2026-03-13T02:00:00Z', days: 27 },
  { received: '2026-03-02T02:00:00Z', decided: '2026-03-26T02:00:00Z', days: 13 },
  { received: '2026-01-12T02:00:00Z', decided: '2026-01-12T06:00:00Z', days: 0 },
  { received: '2026-03-19T02:00:00Z', decided: '2026-03-27T02:00:00Z', days: 3 },
];

/** Refusal grounds in the order refused requests are made: 12 + 10 + 10 + 8 = 40. */
const groundPlan: Array<[RefusalGround, number]> = [
  ['pasal_17_b', 12],
  ['pasal_17_h', 10],
  ['tidak_dikuasai', 10],
  ['belum_didokumentasikan', 8],
];

/** Information asked, by the request's overall index: 60, 50, 40, 30, 20, 15 and 25 single ones. */
export const informationPlan: Array<[string, number]> = [
  ['Laporan realisasi anggaran 2025', 60],
  ['Daftar penerima hibah 2025', 50],
  ['Data jalan rusak per kecamatan', 40],
  ['Rencana strategis 2025-2029', 30],
  ['SOP pelayanan perizinan', 20],
  ['Jadwal pelatihan ASN', 15],
];

/** A formula typed into the public form; exports must not let a spreadsheet run it. */
export const FORMULA_TEXT = '=HYPERLINK("http://contoh.test","klik")';

const groups = ['dipenuhi', 'ditolak', 'diproses', 'ditarik', 'diteruskan'] as const;
const types: RequesterType[] = ['perseorangan', 'kelompok_orang', 'badan_hukum'];
const blockOf = (sizes: number[], i: number) => {
  let end = 0;
  for (const [k, size] of sizes.entries()) {
    end += size;
    if (i < end) return k;
  }
  throw new Error('index beyond plan');
};

function information(i: number): string {
  const k =
    i < 215
      ? blockOf(
          informationPlan.map(([, n]) => n),
          i,
        )
      : -1;
  if (k === 0 && i % 7 === 3) return 'LAPORAN  REALISASI ANGGARAN 2025.'; // grouped with the others
  if (k >= 0) return (informationPlan[k] as [string, number])[0];
  return i === 239 ? FORMULA_TEXT : `Salinan kontrak pengadaan nomor ${i}`;
}

type Row = typeof permohonan.$inferInsert;

/**
 * Inserts the 240 requests of unit A in Triwulan I 2026, two of unit A just outside it, ten of
 * unit B inside it, and the disputes: unit A three registered in the quarter (registrasi, mediasi,
 * putusan) and one in April; unit B one in the quarter.
 */
export async function seedKipRegister(services: Services, tenantId: string, unitA: { id: string }, unitB: { id: string }) {
  const rows: Row[] = [];
  let seq = 0;
  const base = (unitId: string, slug: string): Pick<Row, 'tenantId' | 'unitId' | 'number' | 'year' | 'sequence' | 'trackingTokenHash'> => {
    seq++;
    return { tenantId, unitId, number: `PPID/${slug}/2026/${String(seq).padStart(5, '0')}`, year: 2026, sequence: seq, trackingTokenHash: `uji-${seq}` };
  };
  const person = (i: number) => ({
    requesterName: `Pemohon Fiktif ${i}`,
    requesterAddress: `Jalan Contoh No. ${i}, Kupang`,
    requesterPhone: `0812000${String(i).padStart(5, '0')}`,
    requesterEmail: `pemohon${i}@contoh.test`,
    purpose: 'Bahan kajian',
    obtainMethod: 'salinan_softcopy',
  });
  let i = 0;
  let decided = 0;
  let refused = 0;
  let granted = 0;
  let open = 0;
  for (const plan of channelPlan) {
    const total = plan.types.reduce((a, b) => a + b, 0);
    for (let j = 0; j < total; j++, i++) {
      const group = groups[blockOf(plan.groups, j)] as (typeof groups)[number];
      let status: Status;
      let decision: Decision | null = null;
      let receivedAt: Date;
      let decidedAt: Date | null = null;
      if (group === 'dipenuhi' || group === 'ditolak') {
        const p = servicePatterns[decided++ % servicePatterns.length] as (typeof servicePatterns)[number];
        receivedAt = new Date(p.received);
        decidedAt = new Date(p.decided);
        if (group === 'ditolak') {
          const ground = groundPlan[
            blockOf(
              groundPlan.map(([, n]) => n),
              refused++,
            )
          ] as [RefusalGround, number];
          status = 'ditolak';
          decision = { kind: 'ditolak', dasar: ground[0] };
        } else if (granted++ % 2 === 0) {
          status = 'dikabulkan_seluruhnya';
          decision = { kind: 'dikabulkan_seluruhnya' };
        } else {
          status = 'dikabulkan_sebagian';
          decision = { kind: 'dikabulkan_sebagian', bagian: [{ bagian: 'Lampiran', alasan: 'Pasal 17 huruf h' }] };
        }
      } else {
        // The quarter's first and last local minutes: 1 Jan 00:00 and 31 Mar 23:59 WITA are inside.
        receivedAt = new Date(open === 0 ? '2025-12-31T16:00:00Z' : open === 1 ? '2026-03-31T15:59:00Z' : '2026-03-30T02:00:00Z');
        open++;
        if (group === 'diproses') status = (['terdaftar', 'diproses', 'diperpanjang'] as const)[j % 3] as Status;
        else if (group === 'ditarik') {
          status = 'ditarik';
          decision = { kind: 'ditarik' };
          decidedAt = new Date('2026-03-31T02:00:00Z');
        } else {
          status = 'diteruskan';
          decision = { kind: 'diteruskan', tujuan: 'Badan Pertanahan (fiktif)' };
          decidedAt = new Date('2026-03-31T02:00:00Z');
        }
      }
      rows.push({
        ...base(unitA.id, 'DINAS-A'),
        ...person(i),
        receivedAt,
        channel: plan.channel,
        requesterType: types[blockOf(plan.types, j)] as RequesterType,
        informationDetails: information(i),
        status,
        decidedAt,
        decision,
      });
    }
  }
  // Outside the quarter by one minute each side (31 Dec 23:59 and 1 Apr 00:00 WITA).
  for (const at of ['2025-12-31T15:59:00Z', '2026-03-31T16:00:00Z'])
    rows.push({
      ...base(unitA.id, 'DINAS-A'),
      ...person(900 + seq),
      receivedAt: new Date(at),
      channel: 'surat',
      requesterType: 'perseorangan',
      informationDetails: 'Di luar periode',
      status: 'terdaftar',
    });
  for (let k = 0; k < 10; k++)
    rows.push({
      ...base(unitB.id, 'BADAN-B'),
      ...person(1000 + k),
      receivedAt: new Date('2026-01-12T02:00:00Z'),
      decidedAt: new Date('2026-01-12T06:00:00Z'),
      channel: 'email',
      requesterType: 'perseorangan',
      informationDetails: 'Data jalan rusak per kecamatan',
      status: 'dikabulkan_seluruhnya',
      decision: { kind: 'dikabulkan_seluruhnya' },
    });
  const inserted = await services.db.insert(permohonan).values(rows).returning({ id: permohonan.id, number: permohonan.number, unitId: permohonan.unitId });

  const disputes: Array<[string, DisputeStage, string]> = [
    [unitA.id, 'registrasi', '2026-02-10'],
    [unitA.id, 'mediasi', '2026-03-05'],
    [unitA.id, 'putusan', '2026-03-31'],
    [unitA.id, 'registrasi', '2026-04-01'],
    [unitB.id, 'ajudikasi', '2026-02-20'],
  ];
  for (const [k, [unitId, stage, registeredOn]] of disputes.entries()) {
    const request = inserted.find((r, n) => r.unitId === unitId && n >= k) as (typeof inserted)[number];
    const [objection] = await services.db
      .insert(keberatan)
      .values({
        tenantId,
        unitId,
        number: `KEB/UJI/2026/${k + 1}`,
        year: 2026,
        sequence: k + 1,
        permohonanId: request.id,
        permohonanNumber: request.number,
        channel: 'surat',
        receivedAt: new Date('2026-01-20T02:00:00Z'),
        grounds: ['b'],
        reason: 'Alasan fiktif',
        groundArisenOn: '2026-01-19',
      })
      .returning();
    await services.db.insert(sengketa).values({ tenantId, unitId, keberatanId: objection!.id, kiRegistrationNumber: `KI-UJI-${k + 1}`, stage, registeredOn });
  }
  return inserted;
}
