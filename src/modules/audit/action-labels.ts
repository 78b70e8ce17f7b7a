import type { Lang } from '../../i18n/catalogue.ts';

type Label = { id: string; en: string };

/**
 * Every action code the code base records (recordAudit calls), in words. action-labels.test.ts
 * scans src for the codes, so a new one without a label fails the tests. The code itself stays in
 * the row and is shown next to the label for admins.
 */
export const actionLabels: Record<string, Label> = {
  'auth.signed_in': { id: 'Masuk', en: 'Signed in' },
  'auth.password_ok': { id: 'Kata sandi benar, menunggu kode verifikasi', en: 'Password accepted, waiting for the verification code' },
  'auth.signed_out': { id: 'Keluar', en: 'Signed out' },
  'auth.locked': { id: 'Akun dikunci setelah salah kata sandi berulang', en: 'Account locked after repeated wrong passwords' },
  'auth.password_changed': { id: 'Kata sandi diganti', en: 'Password changed' },
  'auth.reset_requested': { id: 'Tautan atur ulang kata sandi diminta', en: 'Password reset link requested' },
  'auth.password_reset': { id: 'Kata sandi diatur ulang', en: 'Password reset' },
  'auth.invitation_accepted': { id: 'Undangan diterima', en: 'Invitation accepted' },
  'auth.totp_enabled': { id: 'Verifikasi dua langkah diaktifkan', en: 'Two-step verification turned on' },
  'auth.totp_disabled': { id: 'Verifikasi dua langkah dimatikan', en: 'Two-step verification turned off' },
  'user.created': { id: 'Akun dibuat', en: 'Account created' },
  'user.invited': { id: 'Pengguna diundang', en: 'User invited' },
  'user.updated': { id: 'Akun diubah', en: 'Account changed' },
  'tenant.created': { id: 'Instansi dibuat', en: 'Agency created' },
  'tenant.updated': { id: 'Pengaturan instansi diubah', en: 'Agency settings changed' },
  'unit.created': { id: 'Unit kerja dibuat', en: 'Unit created' },
  'unit.updated': { id: 'Unit kerja diubah', en: 'Unit changed' },
  'unit.deactivated': { id: 'Unit kerja dinonaktifkan', en: 'Unit deactivated' },
  'bidang.created': { id: 'Bidang dibuat', en: 'Division created' },
  'bidang.updated': { id: 'Bidang diubah', en: 'Division changed' },
  'bidang.deleted': { id: 'Bidang dihapus', en: 'Division deleted' },
  'person.created': { id: 'Data orang dibuat', en: 'Person created' },
  'person.updated': { id: 'Data orang diubah', en: 'Person changed' },
  'person.viewed': { id: 'Data pribadi orang dibuka', en: 'Person’s personal data viewed' },
  'decree.created': { id: 'SK tim dibuat', en: 'Team decree created' },
  'decree.updated': { id: 'SK tim diubah', en: 'Team decree changed' },
  'team_member.added': { id: 'Anggota tim ditambahkan', en: 'Team member added' },
  'team_member.removed': { id: 'Anggota tim dikeluarkan', en: 'Team member removed' },
  'team_import.applied': { id: 'Impor anggota tim diterapkan', en: 'Team import applied' },
  'site_page.updated': { id: 'Halaman situs diubah', en: 'Site page changed' },
  'holiday.created': { id: 'Hari libur ditambahkan', en: 'Holiday added' },
  'holiday.deleted': { id: 'Hari libur dihapus', en: 'Holiday removed' },
  'holiday.imported': { id: 'Hari libur diimpor dari iCal', en: 'Holidays imported from iCal' },
  'holiday_year.completed': { id: 'Kalender tahun ditetapkan lengkap', en: 'Year’s calendar declared complete' },
  'informasi.created': { id: 'Informasi ditambahkan ke daftar', en: 'Information item added to the list' },
  'informasi.updated': { id: 'Informasi diubah', en: 'Information item changed' },
  'informasi.archived': { id: 'Informasi diarsipkan', en: 'Information item archived' },
  'lampiran.ditambahkan': { id: 'Lampiran ditambahkan', en: 'Attachment added' },
  'lampiran.dihapus': { id: 'Lampiran dihapus', en: 'Attachment removed' },
  'lampiran.diunduh': { id: 'Lampiran diunduh petugas', en: 'Attachment downloaded by staff' },
  'permohonan.registered': { id: 'Permohonan informasi didaftarkan', en: 'Information request registered' },
  'permohonan.diproses': { id: 'Permohonan diproses', en: 'Request taken up' },
  'permohonan.diperpanjang': { id: 'Batas waktu permohonan diperpanjang', en: 'Request deadline extended' },
  'permohonan.dikabulkan_seluruhnya': { id: 'Permohonan dikabulkan seluruhnya', en: 'Request granted in full' },
  'permohonan.dikabulkan_sebagian': { id: 'Permohonan dikabulkan sebagian', en: 'Request granted in part' },
  'permohonan.ditolak': { id: 'Permohonan ditolak', en: 'Request refused' },
  'permohonan.ditarik': { id: 'Permohonan ditarik pemohon', en: 'Request withdrawn' },
  'permohonan.diteruskan': { id: 'Permohonan diteruskan ke badan publik lain', en: 'Request forwarded to another public body' },
  'permohonan.due_date_recounted': { id: 'Batas waktu permohonan dihitung ulang', en: 'Request deadline recounted' },
  'permohonan.personal_data_viewed': { id: 'Data pribadi pemohon dibuka', en: 'Requester’s personal data viewed' },
  'permohonan.identity_purged': { id: 'Salinan identitas lama dihapus', en: 'Old identity copies deleted' },
  'permohonan.pemberitahuan_dikirim': { id: 'Pemberitahuan tertulis dikirim', en: 'Written notice sent' },
  'permohonan.pemberitahuan_diunduh': { id: 'Pemberitahuan tertulis diunduh', en: 'Written notice downloaded' },
  'pemberitahuan.pengingat_dikirim': { id: 'Pengingat tenggat dikirim ke PPID', en: 'Deadline reminder sent to the PPID' },
  'keberatan.registered': { id: 'Keberatan didaftarkan', en: 'Objection registered' },
  'keberatan.diproses': { id: 'Keberatan diproses', en: 'Objection taken up' },
  'keberatan.diputus': { id: 'Keberatan diputus Atasan PPID', en: 'Objection decided by the PPID superior' },
  'keberatan.ditarik': { id: 'Keberatan ditarik', en: 'Objection withdrawn' },
  'keberatan.due_date_recounted': { id: 'Batas waktu keberatan dihitung ulang', en: 'Objection deadline recounted' },
  'keberatan.personal_data_viewed': { id: 'Data pribadi pengaju keberatan dibuka', en: 'Objector’s personal data viewed' },
  'sengketa.registered': { id: 'Sengketa di Komisi Informasi dicatat', en: 'Information Commission dispute recorded' },
  'sengketa.updated': { id: 'Sengketa di Komisi Informasi diperbarui', en: 'Information Commission dispute updated' },
  'laporan_kip.texts_saved': { id: 'Teks laporan KIP disimpan', en: 'KIP report texts saved' },
  'media.uploaded': { id: 'Media diunggah', en: 'Media uploaded' },
  'media.processed': { id: 'Media selesai diproses', en: 'Media processed' },
  'media.updated': { id: 'Keterangan media diubah', en: 'Media details changed' },
  'media.deleted': { id: 'Media dihapus', en: 'Media deleted' },
  'media.downloaded': { id: 'Berkas media diunduh petugas', en: 'Media file downloaded by staff' },
  'media_limits.updated': { id: 'Batas ukuran unggahan diubah', en: 'Upload size limits changed' },
  'laporan_kip.register_personal_exported': { id: 'Register dengan data pribadi diekspor', en: 'Register with personal data exported' },
  'rencana.created': { id: 'Rencana redaksi ditambahkan', en: 'Plan item added' },
  'rencana.updated': { id: 'Rencana redaksi diubah', en: 'Plan item changed' },
  'rencana.terlaksana': { id: 'Rencana redaksi ditandai terlaksana', en: 'Plan item marked carried out' },
  'rencana.dibatalkan': { id: 'Rencana redaksi dibatalkan', en: 'Plan item called off' },
  'rencana.direncanakan': { id: 'Rencana redaksi direncanakan kembali', en: 'Plan item planned again' },
  'rencana.feed_created': { id: 'Tautan kalender rencana redaksi dibuat', en: 'Editorial plan calendar link made' },
  'rencana.feed_renewed': { id: 'Tautan kalender rencana redaksi diganti', en: 'Editorial plan calendar link replaced' },
  'liputan.created': { id: 'Penugasan liputan dibuat', en: 'Coverage assignment made' },
  'liputan.updated': { id: 'Penugasan liputan diubah', en: 'Coverage assignment changed' },
  'liputan.diliput': { id: 'Penugasan liputan ditandai sudah diliput', en: 'Assignment marked covered' },
  'liputan.produksi': { id: 'Penugasan liputan ditandai dalam produksi', en: 'Assignment marked in production' },
  'liputan.selesai': { id: 'Penugasan liputan ditandai selesai', en: 'Assignment marked done' },
  'liputan.dibatalkan': { id: 'Penugasan liputan dibatalkan', en: 'Assignment called off' },
  'liputan.pengingat_dikirim': { id: 'Pengingat liputan H-1 dikirim ke petugas', en: 'Day-before coverage reminder sent to the crew' },
  'konten.created': { id: 'Naskah dibuat', en: 'Content item created' },
  'impor_wp.diunggah': { id: 'Ekspor WordPress diunggah untuk impor', en: 'WordPress export uploaded for import' },
  'impor_wp.konten': { id: 'Naskah diimpor dari WordPress oleh admin', en: 'Content item imported from WordPress by an admin' },
  'impor_wp.selesai': { id: 'Impor WordPress dijalankan', en: 'WordPress import run' },
  'konten.saved': { id: 'Revisi naskah disimpan', en: 'Content revision saved' },
  'konten.restored': { id: 'Revisi lama naskah dipulihkan', en: 'Old content revision restored' },
  'konten.fbs_confirmed': { id: 'Butir FBS dikonfirmasi redaktur', en: 'FBS item confirmed by the managing editor' },
  'konten.fbs_unconfirmed': { id: 'Konfirmasi butir FBS dibatalkan', en: 'FBS item confirmation withdrawn' },
  'konten.commented': { id: 'Komentar naskah ditambahkan', en: 'Comment added to a content item' },
  'konten.settings_updated': { id: 'Pengaturan konten unit diubah', en: 'Unit content settings changed' },
  'konten.diajukan': { id: 'Naskah diajukan ke redaktur', en: 'Content item submitted to the managing editor' },
  'konten.ditinjau': { id: 'Naskah ditinjau redaktur', en: 'Content item taken into review' },
  'konten.dikembalikan': { id: 'Naskah dikembalikan ke penulis', en: 'Content item returned to the writer' },
  'konten.menunggu_persetujuan': { id: 'Naskah dikirim untuk persetujuan', en: 'Content item sent for approval' },
  'konten.disetujui': { id: 'Naskah disetujui penanggung jawab', en: 'Content item approved by the head' },
  'konten.dijadwalkan': { id: 'Naskah dijadwalkan terbit', en: 'Content item scheduled' },
  'konten.terbit': { id: 'Naskah diterbitkan', en: 'Content item published' },
  'konten.ditarik': { id: 'Naskah ditarik dari situs', en: 'Content item unpublished' },
  'konten.diarsipkan': { id: 'Naskah diarsipkan', en: 'Content item archived' },
  'konten_media_center.diusulkan': { id: 'Naskah diusulkan ke Media Center', en: 'Item proposed to the Media Center' },
  'konten_media_center.diterima': { id: 'Usulan Media Center diterima', en: 'Media Center proposal accepted' },
  'konten_media_center.ditolak': { id: 'Usulan Media Center ditolak', en: 'Media Center proposal declined' },
  'konten_media_center.terbit_pusat': { id: 'Naskah terbit di situs pemda', en: 'Item published on the pemda’s site' },
};

/** The kinds of things audit rows are about, in words. */
export const entityLabels: Record<string, Label> = {
  user: { id: 'Akun', en: 'Account' },
  tenant: { id: 'Instansi', en: 'Agency' },
  unit: { id: 'Unit kerja', en: 'Unit' },
  bidang: { id: 'Bidang', en: 'Division' },
  person: { id: 'Orang', en: 'Person' },
  decree: { id: 'SK tim', en: 'Team decree' },
  team_member: { id: 'Anggota tim', en: 'Team member' },
  team_import: { id: 'Impor tim', en: 'Team import' },
  site_page: { id: 'Halaman situs', en: 'Site page' },
  holiday: { id: 'Hari libur', en: 'Holiday' },
  holiday_year: { id: 'Kalender tahunan', en: 'Year’s calendar' },
  informasi: { id: 'Informasi publik', en: 'Information item' },
  permohonan: { id: 'Permohonan informasi', en: 'Information request' },
  permohonan_identitas: { id: 'Salinan identitas', en: 'Identity copies' },
  keberatan: { id: 'Keberatan', en: 'Objection' },
  sengketa: { id: 'Sengketa informasi', en: 'Information dispute' },
  laporan_kip: { id: 'Laporan KIP', en: 'KIP report' },
  rencana: { id: 'Rencana redaksi', en: 'Plan item' },
  liputan: { id: 'Penugasan liputan', en: 'Coverage assignment' },
  konten: { id: 'Naskah', en: 'Content item' },
  konten_media_center: { id: 'Usulan Media Center', en: 'Media Center proposal' },
  media: { id: 'Media', en: 'Media' },
  media_limits: { id: 'Batas unggahan media', en: 'Media upload limits' },
};

/** The actors that are no account (public forms, the system, set-up), as their rows record them. */
export const actorLabels: Record<string, Label> = {
  sistem: { id: 'sistem', en: 'system' },
  publik: { id: 'publik', en: 'public' },
  setup: { id: 'penyiapan', en: 'set-up' },
  demo: { id: 'data demo', en: 'demo data' },
  'pemohon (formulir publik)': { id: 'pemohon (formulir publik)', en: 'requester (public form)' },
  'pemohon (formulir keberatan publik)': { id: 'pemohon (formulir keberatan publik)', en: 'requester (public objection form)' },
};

/** An action in the reader's language; an unknown code (from a newer version) is shown as it is. */
export function actionLabel(code: string, lang: Lang): string {
  return actionLabels[code]?.[lang] ?? code;
}

export function entityLabel(entity: string, lang: Lang): string {
  return entityLabels[entity]?.[lang] ?? entity;
}

/** Who acted, in the reader's language: an account's e-mail as recorded, a non-account actor in words. */
export function actorLabel(recorded: string, lang: Lang): string {
  return actorLabels[recorded]?.[lang] ?? recorded;
}
