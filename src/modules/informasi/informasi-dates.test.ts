import { describe, expect, it } from 'vitest';
import { addMonths, todayIn } from './informasi-dates.ts';
import { viewOf } from './informasi-view.ts';
import { prefixQuery } from './list-informasi.ts';
import type { InformasiRow } from './schema.ts';

const row = (over: Partial<InformasiRow>) => ({ klasifikasi: 'berkala', pembaruanBerikutnya: null, pengecualianBerakhir: null, ...over }) as InformasiRow;

describe('information list dates', () => {
  it('takes today in the tenant’s zone: 16:30 UTC on 28 Feb is still 28 Feb in WIB, already 1 March in WITA', () => {
    const instant = new Date('2025-02-28T16:30:00Z');
    expect(todayIn('Asia/Jakarta', instant)).toBe('2025-02-28');
    expect(todayIn('Asia/Makassar', instant)).toBe('2025-03-01');
    expect(todayIn('Asia/Jayapura', instant)).toBe('2025-03-01');
  });

  it('adds six months, clamping to the end of shorter months', () => {
    expect(addMonths('2024-01-15', 6)).toBe('2024-07-15');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2024-07-31', 6)).toBe('2025-01-31');
  });

  it('flags berkala as overdue only from the day after its next-update date', () => {
    const item = row({ pembaruanBerikutnya: '2025-02-28' });
    expect(viewOf(item, '2025-02-28').perluDiperbarui).toBe(false);
    expect(viewOf(item, '2025-03-01').perluDiperbarui).toBe(true);
    expect(viewOf(row({ klasifikasi: 'setiap_saat', pembaruanBerikutnya: '2020-01-01' }), '2025-03-01').perluDiperbarui).toBe(false);
  });

  it('flags an exemption for reopening only once its period has ended', () => {
    const item = row({ klasifikasi: 'dikecualikan', pengecualianBerakhir: '2024-12-31' });
    expect(viewOf(item, '2024-12-31').perluDibukaKembali).toBe(false);
    expect(viewOf(item, '2025-01-01').perluDibukaKembali).toBe(true);
  });

  it('builds prefix search terms from letters and digits only', () => {
    expect(prefixQuery('Dana Desa 2024')).toBe('dana:* & desa:* & 2024:*');
    expect(prefixQuery("covid-19 ' | !")).toBe('covid:* & 19:*');
    expect(prefixQuery('  &|!  ')).toBeNull();
  });
});
