import type { Lang } from '../../i18n/catalogue.ts';

type Label = { id: string; en: string };

/** Where a mail is: held (no SMTP), queued for the sender, sent, or failed after every retry. */
export const mailStatuses = ['held', 'queued', 'sent', 'failed'] as const;
export type MailStatus = (typeof mailStatuses)[number];

export const mailStatusLabels: Record<MailStatus, Label> = {
  held: { id: 'Ditahan (tanpa SMTP)', en: 'Held (no SMTP)' },
  queued: { id: 'Antre', en: 'Queued' },
  sent: { id: 'Terkirim', en: 'Sent' },
  failed: { id: 'Gagal', en: 'Failed' },
};

/**
 * Why Warta sent a mail, in words, for every `purpose` the code queues. mail-labels.test.ts scans
 * src for the purposes, so a new one without a label fails the tests (and queueMail only takes a
 * purpose listed here); the code stays in the row.
 */
export const mailPurposeLabels = {
  invitation: { id: 'Undangan akun', en: 'Account invitation' },
  password_reset: { id: 'Atur ulang kata sandi', en: 'Password reset' },
  'permohonan.tanda_terima': { id: 'Tanda terima permohonan (ke pemohon)', en: 'Request receipt (to the requester)' },
  'permohonan.masuk': { id: 'Permohonan baru masuk (ke PPID)', en: 'New request arrived (to the PPID)' },
  'permohonan.pemberitahuan': { id: 'Pemberitahuan tertulis (ke pemohon)', en: 'Written notice (to the requester)' },
  'keberatan.tanda_terima': { id: 'Tanda terima keberatan (ke pemohon)', en: 'Objection receipt (to the objector)' },
  'keberatan.masuk': { id: 'Keberatan baru masuk (ke PPID)', en: 'New objection arrived (to the PPID)' },
  'ppid.pengingat_tenggat': { id: 'Pengingat batas waktu (ke PPID)', en: 'Deadline reminder (to the PPID)' },
  'liputan.penugasan': { id: 'Penugasan liputan (ke petugas)', en: 'Coverage assignment (to the crew)' },
  'liputan.pengingat': { id: 'Pengingat liputan sehari sebelumnya (ke petugas)', en: 'Coverage reminder the day before (to the crew)' },
  'konten.diajukan': { id: 'Naskah menunggu tinjauan (ke redaktur)', en: 'Item awaiting review (to the managing editor)' },
  'konten.persetujuan': { id: 'Naskah menunggu persetujuan (ke penanggung jawab)', en: 'Item awaiting approval (to the head)' },
  'konten.dikembalikan': { id: 'Naskah dikembalikan (ke penulis)', en: 'Item returned (to the writer)' },
  'konten.disetujui': { id: 'Naskah disetujui (ke admin media sosial)', en: 'Item approved (to the website administrator)' },
  'konten.terbit': { id: 'Naskah terbit (ke penulis)', en: 'Item published (to the writer)' },
  'konten.disebut': { id: 'Disebut dalam komentar naskah', en: 'Mentioned in an item’s comment' },
  'kontak.tanda_terima': { id: 'Konfirmasi pesan kontak (ke pengirim)', en: 'Contact message confirmation (to the sender)' },
  'kontak.masuk': { id: 'Pesan kontak baru masuk (ke tim situs)', en: 'New contact message (to the site team)' },
  'sosial.akun_perlu_sambung_ulang': {
    id: 'Akun media sosial perlu disambungkan ulang (ke pengelola akun)',
    en: 'Social media account must be reconnected (to the account keepers)',
  },
  'sosial.akun_segera_kedaluwarsa': {
    id: 'Izin akun media sosial segera berakhir (ke pengelola akun)',
    en: 'Social media account access ends soon (to the account keepers)',
  },
} as const satisfies Record<string, Label>;
export type MailPurpose = keyof typeof mailPurposeLabels;

// A row written by an older version under a purpose that no longer exists still reads as words.
const otherPurpose: Label = { id: 'E-mail lain', en: 'Other mail' };

export function mailPurposeLabel(purpose: string, lang: Lang): string {
  return ((mailPurposeLabels as Record<string, Label>)[purpose] ?? otherPurpose)[lang];
}

export function mailStatusLabel(status: string, lang: Lang): string {
  return mailStatusLabels[status as MailStatus]?.[lang] ?? status;
}
