import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { checkNip, normaliseNip, parseNip } from './nip.ts';

const now = new Date('2025-06-15T00:00:00Z');
const problemOf = (nip: string) => {
  const r = parseNip(nip, now);
  return r.ok ? 'ok' : r.problem;
};

describe('NIP', () => {
  it('normalises the ways people write it', () => {
    expect(normaliseNip('19850312 201001 1 004')).toBe('198503122010011004');
    expect(normaliseNip('NIP.19850312 201001 1 004')).toBe('198503122010011004');
    expect(normaliseNip('Nip. 19850312 201001 2004')).toBe('198503122010012004');
    expect(normaliseNip('nip: 19850312.201001.1.004')).toBe('198503122010011004');
  });

  it('accepts a well-formed PNS number and a PPPK number (code 21 in the month place)', () => {
    expect(parseNip('NIP. 19850312 201001 1 004', now)).toEqual({ ok: true, nip: '198503122010011004', kind: 'pns' });
    expect(parseNip('19900101 202221 2 015', now)).toEqual({ ok: true, nip: '199001012022212015', kind: 'pppk' });
  });

  it('names what is wrong', () => {
    expect(problemOf('1985031220100110')).toBe('length');
    expect(problemOf('19850312 201001 1 0041')).toBe('length');
    expect(problemOf('1985031X2010011004')).toBe('length');
    expect(problemOf('19850231 201001 1 004')).toBe('birth_date');
    expect(problemOf('19391231 196001 1 004')).toBe('birth_date');
    expect(problemOf('20260101 204501 1 004')).toBe('birth_date');
    expect(problemOf('19850312 201013 1 004')).toBe('appointment');
    expect(problemOf('19850312 201000 1 004')).toBe('appointment');
    expect(problemOf('19850312 199501 1 004')).toBe('appointment_too_early');
    expect(problemOf('19850312 202507 1 004')).toBe('appointment_future');
    expect(problemOf('19850312 210001 1 004')).toBe('appointment_future');
    expect(problemOf('19850312 201001 3 004')).toBe('gender');
    expect(problemOf('19850312 201001 1 000')).toBe('sequence');
  });

  it('accepts the current month as an appointment', () => {
    expect(problemOf('19850312 202506 1 004')).toBe('ok');
  });

  it('treats a missing NIP as a person without one and throws a field error for a bad one', () => {
    expect(checkNip(null)).toBeNull();
    expect(checkNip('  ')).toBeNull();
    expect(checkNip('19850312 201001 1 004')).toBe('198503122010011004');
    try {
      checkNip('19850312 201001 9 004', 'members.0.nip');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: 'invalid', messageKey: 'org.nip.gender', field: 'members.0.nip' });
    }
  });
});
