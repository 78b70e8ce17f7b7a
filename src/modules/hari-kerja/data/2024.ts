import type { YearCalendar } from './types.ts';

// SKB 3 Menteri for 2024, signed in Jakarta on Tuesday 12 September 2023 (17 libur nasional,
// 10 cuti bersama). Confirmed by several reports quoting the decree (jpnn.com, pikiran-rakyat,
// republika, the decree text on edocs.msmconsulting.co.id and scribd).
const skb = 'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 855 Tahun 2023, Nomor 3 Tahun 2023, Nomor 4 Tahun 2023 (12 September 2023)';
// For ASN the cuti bersama are set by Keppres 7/2024 (9 January 2024): the same ten dates.
const cuti = `${skb}; Keppres Nomor 7 Tahun 2024 tentang Cuti Bersama Pegawai ASN Tahun 2024 (9 Januari 2024)`;

/** Working-day calendar of 2024: the SKB, the ASN cuti bersama Keppres and the two election-day Keppres. */
export const calendar2024: YearCalendar = {
  year: 2024,
  source: skb,
  holidays: [
    { date: '2024-01-01', type: 'libur_nasional', name: 'Tahun Baru 2024 Masehi', source: skb },
    { date: '2024-02-08', type: 'libur_nasional', name: 'Isra Mikraj Nabi Muhammad SAW', source: skb },
    { date: '2024-02-09', type: 'cuti_bersama', name: 'Cuti bersama Tahun Baru Imlek 2575 Kongzili', source: cuti },
    { date: '2024-02-10', type: 'libur_nasional', name: 'Tahun Baru Imlek 2575 Kongzili', source: skb },
    {
      date: '2024-02-14',
      type: 'keppres',
      name: 'Hari pemungutan suara Pemilihan Umum Tahun 2024',
      source: 'Keppres Nomor 10 Tahun 2024 tentang Hari Pemungutan Suara Pemilihan Umum Tahun 2024 sebagai Hari Libur Nasional (6 Februari 2024)',
    },
    { date: '2024-03-11', type: 'libur_nasional', name: 'Hari Suci Nyepi Tahun Baru Saka 1946', source: skb },
    { date: '2024-03-12', type: 'cuti_bersama', name: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1946', source: cuti },
    { date: '2024-03-29', type: 'libur_nasional', name: 'Wafat Isa Al Masih', source: skb },
    { date: '2024-03-31', type: 'libur_nasional', name: 'Hari Paskah', source: skb },
    { date: '2024-04-08', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1445 Hijriah', source: cuti },
    { date: '2024-04-09', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1445 Hijriah', source: cuti },
    { date: '2024-04-10', type: 'libur_nasional', name: 'Hari Raya Idul Fitri 1445 Hijriah', source: skb },
    { date: '2024-04-11', type: 'libur_nasional', name: 'Hari Raya Idul Fitri 1445 Hijriah', source: skb },
    { date: '2024-04-12', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1445 Hijriah', source: cuti },
    { date: '2024-04-15', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1445 Hijriah', source: cuti },
    { date: '2024-05-01', type: 'libur_nasional', name: 'Hari Buruh Internasional', source: skb },
    { date: '2024-05-09', type: 'libur_nasional', name: 'Kenaikan Isa Al Masih', source: skb },
    { date: '2024-05-10', type: 'cuti_bersama', name: 'Cuti bersama Kenaikan Isa Al Masih', source: cuti },
    { date: '2024-05-23', type: 'libur_nasional', name: 'Hari Raya Waisak 2568 BE', source: skb },
    { date: '2024-05-24', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Waisak 2568 BE', source: cuti },
    { date: '2024-06-01', type: 'libur_nasional', name: 'Hari Lahir Pancasila', source: skb },
    { date: '2024-06-17', type: 'libur_nasional', name: 'Hari Raya Idul Adha 1445 Hijriah', source: skb },
    { date: '2024-06-18', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Adha 1445 Hijriah', source: cuti },
    { date: '2024-07-07', type: 'libur_nasional', name: 'Tahun Baru Islam 1446 Hijriah', source: skb },
    { date: '2024-08-17', type: 'libur_nasional', name: 'Hari Kemerdekaan Republik Indonesia', source: skb },
    { date: '2024-09-16', type: 'libur_nasional', name: 'Maulid Nabi Muhammad SAW', source: skb },
    {
      date: '2024-11-27',
      type: 'keppres',
      name: 'Hari pemungutan suara Pemilihan Gubernur, Bupati, dan Wali Kota Tahun 2024',
      source:
        'Keppres Nomor 33 Tahun 2024 tentang Hari Pemungutan Suara Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota Tahun 2024 sebagai Hari Libur Nasional (21 November 2024)',
    },
    { date: '2024-12-25', type: 'libur_nasional', name: 'Hari Raya Natal', source: skb },
    { date: '2024-12-26', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Natal', source: cuti },
  ],
};
