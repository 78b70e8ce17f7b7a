import { describe, expect, it } from 'vitest';
import { groundArisenOn } from './ground-arisen.ts';
import type { LinkedRequest } from './request-link.ts';

// Day 0 of the 30 working days to object, per letter of Pasal 35(1). Dates in WITA (UTC+8).

const zone = 'Asia/Makassar';
const request = (overrides: Partial<LinkedRequest> = {}): LinkedRequest => ({
  id: '00000000-0000-4000-8000-000000000001',
  number: 'PPID/DINAS-A/2026/00001',
  status: 'diproses',
  receivedAt: new Date('2026-02-02T01:00:00Z'),
  dueDate: '2026-02-18',
  extendedDueDate: null,
  decidedAt: null,
  ...overrides,
});
// Refused on Tuesday 10 February 2026 at 09:00 WITA.
const refused = request({ status: 'ditolak', decidedAt: new Date('2026-02-10T01:00:00Z') });

describe('the day a ground arose', () => {
  it('is the decision day for grounds about the answer, a fee included', () => {
    expect(groundArisenOn(refused, ['a'], '2026-03-02', zone)).toBe('2026-02-10');
    expect(groundArisenOn(refused, ['d', 'f'], '2026-03-02', zone)).toBe('2026-02-10');
  });

  it('is the receipt day for ground b, which wins when mixed with others', () => {
    expect(groundArisenOn(refused, ['b'], '2026-03-02', zone)).toBe('2026-03-02');
    expect(groundArisenOn(refused, ['a', 'b'], '2026-03-02', zone)).toBe('2026-03-02');
  });

  it('is the running deadline once it passed unanswered, the extended one if granted', () => {
    expect(groundArisenOn(request(), ['c'], '2026-02-19', zone)).toBe('2026-02-18');
    expect(groundArisenOn(request({ status: 'diperpanjang', extendedDueDate: '2026-02-27' }), ['c'], '2026-03-02', zone)).toBe('2026-02-27');
  });

  it('refuses grounds about an answer that is not due yet, but takes a fee or periodic information at once', () => {
    expect(() => groundArisenOn(request(), ['a', 'c', 'f'], '2026-02-18', zone)).toThrow(
      expect.objectContaining({ code: 'invalid', field: 'grounds', messageKey: 'keberatan.ground_not_arisen', params: { grounds: 'a, c' } }),
    );
    expect(groundArisenOn(request(), ['f'], '2026-02-18', zone)).toBe('2026-02-18');
  });

  it('takes the request as it stood when the objection came: a later decision is not its ground', () => {
    // A letter of 20 February about the missed deadline, entered after the request was decided on 25 February.
    const decidedLater = request({ status: 'ditolak', decidedAt: new Date('2026-02-25T01:00:00Z') });
    expect(groundArisenOn(decidedLater, ['c'], '2026-02-20', zone)).toBe('2026-02-18');
    expect(() => groundArisenOn(decidedLater, ['a'], '2026-02-17', zone)).toThrow(expect.objectContaining({ field: 'grounds' }));
  });

  it('refuses a withdrawn request and an objection dated before the request', () => {
    expect(() => groundArisenOn(request({ status: 'ditarik' }), ['b'], '2026-03-02', zone)).toThrow(
      expect.objectContaining({ code: 'conflict', field: 'permohonanNumber', messageKey: 'keberatan.request_withdrawn' }),
    );
    expect(() => groundArisenOn(request(), ['b'], '2026-02-01', zone)).toThrow(
      expect.objectContaining({ field: 'receivedAt', messageKey: 'keberatan.before_request' }),
    );
  });
});
