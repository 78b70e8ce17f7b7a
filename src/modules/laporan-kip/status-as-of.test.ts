import { describe, expect, it } from 'vitest';
import type { RequestFacts } from './load-rows.ts';
import { factsAsOf, type HistoryStep } from './status-as-of.ts';

// The status a request had at the end of a local date, from its recorded facts and history.
const base: RequestFacts = {
  id: 'p1',
  number: 'PPID/UJI/2026/00001',
  unitId: 'u1',
  channel: 'email',
  requesterType: 'perseorangan',
  status: 'diproses',
  receivedAt: new Date('2026-03-02T02:00:00Z'),
  decidedAt: null,
  receivedDay: '2026-03-02',
  decidedDay: null,
  refusalGround: null,
  informationDetails: 'Data uji',
  dueDate: '2026-03-16',
  extendedDueDate: null,
};
const step = (toStatus: HistoryStep['toStatus'], day: string): HistoryStep => ({ permohonanId: 'p1', toStatus, day });

describe('factsAsOf', () => {
  it('a decision holds from its notice date, the day itself included', () => {
    const refused: RequestFacts = {
      ...base,
      status: 'ditolak',
      decidedAt: new Date('2026-03-12T02:00:00Z'),
      decidedDay: '2026-03-12',
      refusalGround: 'pasal_17_b',
    };
    expect(factsAsOf(refused, [], '2026-03-12')).toMatchObject({ status: 'ditolak', refusalGround: 'pasal_17_b', tidakDijawab: false });
    expect(factsAsOf(refused, [step('terdaftar', '2026-03-02')], '2026-03-11')).toMatchObject({
      status: 'terdaftar',
      statusSekarang: 'ditolak',
      decidedDay: null,
      refusalGround: null,
      tidakDijawab: false,
    });
  });

  it('open past the deadline is not answered; on the due date itself it is not yet', () => {
    const steps = [step('terdaftar', '2026-03-02'), step('diproses', '2026-03-03')];
    expect(factsAsOf(base, steps, '2026-03-16')).toMatchObject({ status: 'diproses', jatuhTempo: '2026-03-16', tidakDijawab: false });
    expect(factsAsOf(base, steps, '2026-03-17')).toMatchObject({ status: 'diproses', tidakDijawab: true });
    // A deadline not countable yet (calendar incomplete) never makes a request unanswered.
    expect(factsAsOf({ ...base, dueDate: null }, steps, '2026-12-31').tidakDijawab).toBe(false);
  });

  it('the extended deadline runs only from the day the extension was recorded', () => {
    const extended: RequestFacts = { ...base, status: 'diperpanjang', extendedDueDate: '2026-03-27' };
    const steps = [step('terdaftar', '2026-03-02'), step('diproses', '2026-03-03'), step('diperpanjang', '2026-03-20')];
    expect(factsAsOf(extended, steps, '2026-03-19')).toMatchObject({ status: 'diproses', jatuhTempo: '2026-03-16', tidakDijawab: true });
    expect(factsAsOf(extended, steps, '2026-03-20')).toMatchObject({ status: 'diperpanjang', jatuhTempo: '2026-03-27', tidakDijawab: false });
    expect(factsAsOf(extended, steps, '2026-03-30')).toMatchObject({ jatuhTempo: '2026-03-27', tidakDijawab: true });
  });

  it('a row without history keeps its current open status and deadline', () => {
    const extended: RequestFacts = { ...base, status: 'diperpanjang', extendedDueDate: '2026-03-27' };
    expect(factsAsOf(extended, [], '2026-03-20')).toMatchObject({ status: 'diperpanjang', jatuhTempo: '2026-03-27', tidakDijawab: false });
    const forwarded: RequestFacts = { ...base, status: 'diteruskan', decidedAt: new Date('2026-04-02T02:00:00Z'), decidedDay: '2026-04-02' };
    expect(factsAsOf(forwarded, [], '2026-03-31')).toMatchObject({ status: 'terdaftar', statusSekarang: 'diteruskan', tidakDijawab: true });
  });
});
