import type { YearCalendar } from './types.ts';

// SKB 3 Menteri for 2025, signed at Kemenko PMK on Monday 14 October 2024 (17 libur nasional,
// 10 cuti bersama), citing Keppres 8/2024 on hari-hari libur (which renamed "Isa Al Masih" days
// to "Yesus Kristus"). Reports: jpnn.com, menpan.go.id, rasikapekalongan.com quoting setkab.go.id.
const skb = 'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 (14 Oktober 2024)';
// For ASN the cuti bersama are set by Keppres 2/2025 (16 January 2025): the same ten dates.
const cuti = `${skb}; Keppres Nomor 2 Tahun 2025 tentang Cuti Bersama Pegawai ASN Tahun 2025 (16 Januari 2025)`;
// Amendment of 7 August 2025 adding 18 August as cuti bersama for the 80th Independence Day.
// Most reports (bloombergtechnoz, jpnn, fajar.co.id, liputan6) give 933/2025, 1/2025, 3/2025 and
// say it amends SKB 1017/2024; one report quotes the amended decree as "855 Tahun 2024, 3/2024,
// 4/2024", which are the numbers of the 2024 calendar's SKB and taken here as its copying error.
// A Keppres extending this day to ASN was not found; the SKB itself lists it as cuti bersama and
// MenPAN-RB announced it for ASN, so it is kept as a non-working day.
const amendment =
  'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 (7 Agustus 2025), perubahan atas SKB Nomor 1017 Tahun 2024';

/** Working-day calendar of 2025: the SKB, its August amendment and the ASN cuti bersama Keppres. */
export const calendar2025: YearCalendar = {
  year: 2025,
  source: skb,
  holidays: [
    { date: '2025-01-01', type: 'libur_nasional', name: 'Tahun Baru 2025 Masehi', source: skb },
    { date: '2025-01-27', type: 'libur_nasional', name: 'Isra Mikraj Nabi Muhammad SAW', source: skb },
    { date: '2025-01-28', type: 'cuti_bersama', name: 'Cuti bersama Tahun Baru Imlek 2576 Kongzili', source: cuti },
    { date: '2025-01-29', type: 'libur_nasional', name: 'Tahun Baru Imlek 2576 Kongzili', source: skb },
    { date: '2025-03-28', type: 'cuti_bersama', name: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1947', source: cuti },
    { date: '2025-03-29', type: 'libur_nasional', name: 'Hari Suci Nyepi Tahun Baru Saka 1947', source: skb },
    { date: '2025-03-31', type: 'libur_nasional', name: 'Hari Raya Idul Fitri 1446 Hijriah', source: skb },
    { date: '2025-04-01', type: 'libur_nasional', name: 'Hari Raya Idul Fitri 1446 Hijriah', source: skb },
    { date: '2025-04-02', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1446 Hijriah', source: cuti },
    { date: '2025-04-03', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1446 Hijriah', source: cuti },
    { date: '2025-04-04', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1446 Hijriah', source: cuti },
    { date: '2025-04-07', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1446 Hijriah', source: cuti },
    { date: '2025-04-18', type: 'libur_nasional', name: 'Wafat Yesus Kristus', source: skb },
    { date: '2025-04-20', type: 'libur_nasional', name: 'Kebangkitan Yesus Kristus (Paskah)', source: skb },
    { date: '2025-05-01', type: 'libur_nasional', name: 'Hari Buruh Internasional', source: skb },
    { date: '2025-05-12', type: 'libur_nasional', name: 'Hari Raya Waisak 2569 BE', source: skb },
    { date: '2025-05-13', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Waisak 2569 BE', source: cuti },
    { date: '2025-05-29', type: 'libur_nasional', name: 'Kenaikan Yesus Kristus', source: skb },
    { date: '2025-05-30', type: 'cuti_bersama', name: 'Cuti bersama Kenaikan Yesus Kristus', source: cuti },
    { date: '2025-06-01', type: 'libur_nasional', name: 'Hari Lahir Pancasila', source: skb },
    { date: '2025-06-06', type: 'libur_nasional', name: 'Hari Raya Idul Adha 1446 Hijriah', source: skb },
    { date: '2025-06-09', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Adha 1446 Hijriah', source: cuti },
    { date: '2025-06-27', type: 'libur_nasional', name: '1 Muharam Tahun Baru Islam 1447 Hijriah', source: skb },
    { date: '2025-08-17', type: 'libur_nasional', name: 'Proklamasi Kemerdekaan', source: skb },
    { date: '2025-08-18', type: 'cuti_bersama', name: 'Cuti bersama Proklamasi Kemerdekaan (HUT ke-80 RI)', source: amendment },
    { date: '2025-09-05', type: 'libur_nasional', name: 'Maulid Nabi Muhammad SAW', source: skb },
    { date: '2025-12-25', type: 'libur_nasional', name: 'Kelahiran Yesus Kristus', source: skb },
    { date: '2025-12-26', type: 'cuti_bersama', name: 'Cuti bersama Kelahiran Yesus Kristus', source: cuti },
  ],
};
