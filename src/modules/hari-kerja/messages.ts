/** Messages of the working-day calendar: deadline input, missing calendars, holiday admin. */
export const hariKerjaMessages = {
  id: {
    'hari_kerja.calendar_missing':
      'Kalender hari kerja tahun {year} belum tersedia, sehingga tenggat tidak dapat dihitung. Admin perlu memasukkan hari libur dan cuti bersama tahun {year} dari SKB 3 Menteri.',
    'hari_kerja.days_range': 'Jumlah hari kerja harus bilangan bulat 0 sampai {max}.',
    'hari_kerja.range_reversed': 'Tanggal akhir tidak boleh sebelum tanggal awal.',
    'hari_kerja.date_invalid': 'Tanggal harus berupa tanggal yang sah dengan format TTTT-BB-HH.',
    'hari_kerja.start_invalid': 'Isian mulai harus tanggal TTTT-BB-HH atau waktu ISO 8601 dengan zona waktu.',
    'hari_kerja.tz_unknown': 'Zona waktu harus Asia/Jakarta (WIB), Asia/Makassar (WITA), atau Asia/Jayapura (WIT).',
    'hari_kerja.source_required': 'Dasar hukum (nomor dan tanggal keputusan) wajib diisi.',
    'hari_kerja.duplicate': 'Hari libur dengan tanggal, jenis, dan dasar hukum ini sudah ada.',
    'hari_kerja.seeded_row': 'Hari libur ini berasal dari data resmi bawaan Warta dan tidak dapat dihapus di sini; perubahan SKB dimasukkan sebagai data baru.',
    'hari_kerja.next_year_missing':
      'Kalender hari kerja tahun {year} belum tersedia. Masukkan hari libur nasional dan cuti bersama tahun {year} segera setelah SKB 3 Menteri terbit.',
    'hari_kerja.current_year_missing': 'Kalender hari kerja tahun berjalan ({year}) belum tersedia: tenggat PPID tidak dapat dihitung.',
  },
  en: {
    'hari_kerja.calendar_missing':
      'The working-day calendar for {year} is not available, so the deadline cannot be computed. An admin must enter the {year} holidays and collective leave days from the joint ministerial decree.',
    'hari_kerja.days_range': 'The number of working days must be a whole number from 0 to {max}.',
    'hari_kerja.range_reversed': 'The end date cannot be before the start date.',
    'hari_kerja.date_invalid': 'The date must be a valid date written YYYY-MM-DD.',
    'hari_kerja.start_invalid': 'The start must be a YYYY-MM-DD date or an ISO 8601 time with a zone.',
    'hari_kerja.tz_unknown': 'The time zone must be Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).',
    'hari_kerja.source_required': 'The legal basis (decree number and date) is required.',
    'hari_kerja.duplicate': 'A holiday with this date, type and legal basis already exists.',
    'hari_kerja.seeded_row':
      'This holiday comes from the official data shipped with Warta and cannot be deleted here; enter a decree amendment as a new entry.',
    'hari_kerja.next_year_missing':
      'The working-day calendar for {year} is missing. Enter the {year} national holidays and collective leave days as soon as the joint ministerial decree is published.',
    'hari_kerja.current_year_missing': 'The working-day calendar for the current year ({year}) is missing: PPID deadlines cannot be computed.',
  },
} as const;
