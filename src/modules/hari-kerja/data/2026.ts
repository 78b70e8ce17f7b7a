import type { YearCalendar } from './types.ts';

// SKB 3 Menteri for 2026, set at the ministers' meeting at Kemenko PMK on Friday 19 September 2025
// (17 libur nasional, 8 cuti bersama). One blog dates the SKB 19 November 2025; every other report
// (clicksuara, jpnn, lintaspriangan, mimbarjumat) says 19 September 2025, which is kept here.
const skb = 'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (19 September 2025)';
// For ASN the cuti bersama are set by Keppres 42/2025 (31 December 2025): the same eight dates.
const cuti = `${skb}; Keppres Nomor 42 Tahun 2025 tentang Cuti Bersama Pegawai ASN Tahun 2026 (31 Desember 2025)`;

/** Working-day calendar of 2026: the SKB and the ASN cuti bersama Keppres. */
export const calendar2026: YearCalendar = {
  year: 2026,
  source: skb,
  holidays: [
    { date: '2026-01-01', type: 'libur_nasional', name: 'Tahun Baru 2026 Masehi', source: skb },
    { date: '2026-01-16', type: 'libur_nasional', name: 'Isra Mikraj Nabi Muhammad SAW', source: skb },
    { date: '2026-02-16', type: 'cuti_bersama', name: 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', source: cuti },
    { date: '2026-02-17', type: 'libur_nasional', name: 'Tahun Baru Imlek 2577 Kongzili', source: skb },
    { date: '2026-03-18', type: 'cuti_bersama', name: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948', source: cuti },
    { date: '2026-03-19', type: 'libur_nasional', name: 'Hari Suci Nyepi Tahun Baru Saka 1948', source: skb },
    { date: '2026-03-20', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1447 Hijriah', source: cuti },
    // 1 Syawal 1447 H confirmed as Saturday 21 March 2026 by the Menteri Agama's sidang isbat of 19 March 2026.
    { date: '2026-03-21', type: 'libur_nasional', name: 'Hari Raya Idul Fitri 1447 Hijriah', source: skb },
    { date: '2026-03-22', type: 'libur_nasional', name: 'Hari Raya Idul Fitri 1447 Hijriah', source: skb },
    // One report (tribunnews) lists "20, 23, dan 30 Maret"; the SKB reports and Keppres 42/2025 say 24 March.
    { date: '2026-03-23', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1447 Hijriah', source: cuti },
    { date: '2026-03-24', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1447 Hijriah', source: cuti },
    { date: '2026-04-03', type: 'libur_nasional', name: 'Wafat Yesus Kristus', source: skb },
    { date: '2026-04-05', type: 'libur_nasional', name: 'Kebangkitan Yesus Kristus (Paskah)', source: skb },
    { date: '2026-05-01', type: 'libur_nasional', name: 'Hari Buruh Internasional', source: skb },
    { date: '2026-05-14', type: 'libur_nasional', name: 'Kenaikan Yesus Kristus', source: skb },
    { date: '2026-05-15', type: 'cuti_bersama', name: 'Cuti bersama Kenaikan Yesus Kristus', source: cuti },
    // Idul Adha and 1 Muharam are fixed each year by the Menteri Agama (Keppres 8/2024); no later
    // decision moving 27 May or 16 June 2026 was found, so the SKB dates stand until one is published.
    { date: '2026-05-27', type: 'libur_nasional', name: 'Hari Raya Idul Adha 1447 Hijriah', source: skb },
    { date: '2026-05-28', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Adha 1447 Hijriah', source: cuti },
    { date: '2026-05-31', type: 'libur_nasional', name: 'Hari Raya Waisak 2570 BE', source: skb },
    { date: '2026-06-01', type: 'libur_nasional', name: 'Hari Lahir Pancasila', source: skb },
    { date: '2026-06-16', type: 'libur_nasional', name: '1 Muharam Tahun Baru Islam 1448 Hijriah', source: skb },
    { date: '2026-08-17', type: 'libur_nasional', name: 'Proklamasi Kemerdekaan', source: skb },
    { date: '2026-08-25', type: 'libur_nasional', name: 'Maulid Nabi Muhammad SAW', source: skb },
    // One report (mimbarjumat) writes "14 Desember"; the SKB reports and Keppres 42/2025 say 24 December.
    { date: '2026-12-24', type: 'cuti_bersama', name: 'Cuti bersama Kelahiran Yesus Kristus', source: cuti },
    { date: '2026-12-25', type: 'libur_nasional', name: 'Kelahiran Yesus Kristus', source: skb },
  ],
};
