import { describe, expect, it } from 'vitest';
import { daysLabel, openDays, parseServiceHours } from './service-hours.ts';
import { sopList } from './sop-list.ts';

describe('parseServiceHours', () => {
  it('reads day groups, shifts with notes, closed days, and keeps other lines as notes', () => {
    const parsed = parseServiceHours(
      [
        'Senin–Kamis: 08.00–12.00 (shift pagi), 13.00-16.00 (shift siang)',
        "Jum'at: 8:00 - 11.00, 13.30 s.d. 16.30",
        'Sabtu, Minggu: tutup',
        '',
        'Layanan daring melalui **formulir** tersedia 24 jam.',
      ].join('\n'),
    );
    expect(parsed).toEqual({
      ok: true,
      rows: [
        {
          days: [1, 2, 3, 4],
          slots: [
            { from: '08.00', to: '12.00', note: 'shift pagi' },
            { from: '13.00', to: '16.00', note: 'shift siang' },
          ],
        },
        {
          days: [5],
          slots: [
            { from: '08.00', to: '11.00', note: null },
            { from: '13.30', to: '16.30', note: null },
          ],
        },
        { days: [6, 7], slots: [] },
      ],
      notes: 'Layanan daring melalui **formulir** tersedia 24 jam.',
    });
    if (parsed.ok) expect([...openDays(parsed)]).toEqual([1, 2, 3, 4, 5]);
  });

  it('accepts a line without a colon when a time follows the days, and lists of days', () => {
    const parsed = parseServiceHours('Senin, Rabu dan Jumat 09.00–15.00');
    expect(parsed.ok && parsed.rows).toEqual([{ days: [1, 3, 5], slots: [{ from: '09.00', to: '15.00', note: null }] }]);
  });

  it('names the line and the reason of each mistake', () => {
    expect(parseServiceHours('Catatan\nKamis–Senin: 08.00–16.00')).toEqual({ ok: false, line: 2, message: 'ppid_portal.hours.day_range' });
    expect(parseServiceHours('Senin: 16.00–08.00')).toMatchObject({ ok: false, line: 1, message: 'ppid_portal.hours.time_order' });
    expect(parseServiceHours('Senin: 25.00–26.00')).toMatchObject({ ok: false, message: 'ppid_portal.hours.time_invalid' });
    expect(parseServiceHours('Senin: 08.00–12.00, 11.00–14.00')).toMatchObject({ ok: false, message: 'ppid_portal.hours.overlap' });
    expect(parseServiceHours('Senin: pagi saja')).toMatchObject({ ok: false, message: 'ppid_portal.hours.slots_invalid' });
    expect(parseServiceHours('Senin–Jumat: 08.00–16.00\nJumat: 08.00–11.00')).toMatchObject({ ok: false, line: 2, message: 'ppid_portal.hours.day_twice' });
  });

  it('treats a sentence that merely starts with a day name as a note', () => {
    expect(parseServiceHours('Senin adalah hari tersibuk.')).toEqual({ ok: true, rows: [], notes: 'Senin adalah hari tersibuk.' });
  });
});

describe('daysLabel', () => {
  it('writes runs of three or more as a range, in the reader’s language', () => {
    expect(daysLabel([1, 2, 3, 4], 'id')).toBe('Senin–Kamis');
    expect(daysLabel([1, 2, 5, 6, 7], 'en')).toBe('Monday, Tuesday, Friday–Sunday');
  });
});

describe('sopList', () => {
  it('splits the SOP page at each heading and keeps the introduction apart', () => {
    const { intro, sops } = sopList(
      'Berlaku sejak 2026.\n\n## SOP Permohonan\n\n- Terima\n- Catat\n\n## SOP Keberatan\n\n[Unduh](https://contoh.test/sop.pdf)',
    );
    expect(intro).toHaveLength(1);
    expect(sops.map((s) => [s.title, s.blocks.length])).toEqual([
      ['SOP Permohonan', 1],
      ['SOP Keberatan', 1],
    ]);
  });
});
