import type { YearCalendar } from './types.ts';

// SKB 3 Menteri for 2027, signed on 15 September 2026: 18 libur nasional and 8 cuti bersama.
// Isra Mikraj falls twice in 2027 (27 Rajab 1448 H on 5 January and 27 Rajab 1449 H on
// 26 December). Dates and names as Sekretariat Negara and Kemenko PMK list them for this SKB
// (taken from a public copy that compared the two); a second copy confirms the decree numbers,
// the date and the counts. The SKB leaves 1 Ramadan, Idul Fitri and Idul Adha 1448 H to a
// Keputusan Menteri Agama: if the sidang isbat moves one of them, an admin corrects the date in
// Admin › Hari kerja (the change recounts open deadlines).
const skb = 'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1205 Tahun 2026, Nomor 3 Tahun 2026, Nomor 2 Tahun 2026 (15 September 2026)';

/** Working-day calendar of 2027, from its SKB. */
export const calendar2027: YearCalendar = {
  year: 2027,
  source: skb,
  holidays: [
    { date: '2027-01-01', type: 'libur_nasional', name: 'Tahun Baru 2027 Masehi', source: skb },
    { date: '2027-01-05', type: 'libur_nasional', name: 'Isra Mikraj Nabi Muhammad SAW', source: skb },
    { date: '2027-02-05', type: 'cuti_bersama', name: 'Cuti bersama Tahun Baru Imlek 2578 Kongzili', source: skb },
    { date: '2027-02-06', type: 'libur_nasional', name: 'Tahun Baru Imlek 2578 Kongzili', source: skb },
    { date: '2027-03-08', type: 'libur_nasional', name: 'Hari Suci Nyepi Tahun Baru Saka 1949', source: skb },
    { date: '2027-03-09', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1448 Hijriah', source: skb },
    { date: '2027-03-10', type: 'libur_nasional', name: 'Hari Raya Idul Fitri 1448 Hijriah', source: skb },
    { date: '2027-03-11', type: 'libur_nasional', name: 'Hari Raya Idul Fitri 1448 Hijriah', source: skb },
    { date: '2027-03-12', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1448 Hijriah', source: skb },
    { date: '2027-03-15', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Fitri 1448 Hijriah', source: skb },
    { date: '2027-03-25', type: 'cuti_bersama', name: 'Cuti bersama Wafat Yesus Kristus', source: skb },
    { date: '2027-03-26', type: 'libur_nasional', name: 'Wafat Yesus Kristus', source: skb },
    { date: '2027-03-28', type: 'libur_nasional', name: 'Kebangkitan Yesus Kristus (Paskah)', source: skb },
    { date: '2027-05-01', type: 'libur_nasional', name: 'Hari Buruh Internasional', source: skb },
    { date: '2027-05-06', type: 'libur_nasional', name: 'Kenaikan Yesus Kristus', source: skb },
    { date: '2027-05-17', type: 'libur_nasional', name: 'Hari Raya Idul Adha 1448 Hijriah', source: skb },
    { date: '2027-05-18', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Idul Adha 1448 Hijriah', source: skb },
    { date: '2027-05-19', type: 'cuti_bersama', name: 'Cuti bersama Hari Raya Waisak 2571 BE', source: skb },
    { date: '2027-05-20', type: 'libur_nasional', name: 'Hari Raya Waisak 2571 BE', source: skb },
    { date: '2027-06-01', type: 'libur_nasional', name: 'Hari Lahir Pancasila', source: skb },
    { date: '2027-06-06', type: 'libur_nasional', name: '1 Muharam Tahun Baru Islam 1449 Hijriah', source: skb },
    { date: '2027-08-15', type: 'libur_nasional', name: 'Maulid Nabi Muhammad SAW', source: skb },
    { date: '2027-08-17', type: 'libur_nasional', name: 'Proklamasi Kemerdekaan', source: skb },
    { date: '2027-12-24', type: 'cuti_bersama', name: 'Cuti bersama Kelahiran Yesus Kristus', source: skb },
    { date: '2027-12-25', type: 'libur_nasional', name: 'Kelahiran Yesus Kristus', source: skb },
    { date: '2027-12-26', type: 'libur_nasional', name: 'Isra Mikraj Nabi Muhammad SAW', source: skb },
  ],
};
