/**
 * Messages of publishing to social accounts (one catalogue line in src/i18n/catalogue.ts). The
 * `sosial.terbit.error.*` keys turn an adapter's error kind into words for the admin: codes are
 * kept on the row for the integrator, never shown.
 */
export const sosialTerbitMessages = {
  id: {
    'sosial.terbit.transition_refused': 'Kiriman ini tidak bisa berpindah dari status {from} ke {to}.',
    'sosial.terbit.not_approved': 'Naskah belum disetujui pimpinan, atau berubah sejak disetujui; ajukan lagi sebelum diterbitkan ke media sosial.',
    'sosial.terbit.no_variants': 'Belum ada akun media sosial yang dipilih untuk naskah ini.',
    'sosial.terbit.schedule_past': 'Waktu terbit sudah lewat; pilih waktu yang akan datang atau terbitkan sekarang.',
    'sosial.terbit.not_found': 'Kiriman tidak ditemukan.',
    'sosial.terbit.not_manual': 'Kiriman ini diterbitkan otomatis; tautan tidak perlu ditempel.',
    'sosial.terbit.link_invalid': 'Tautan ini bukan alamat unggahan {platform}. Salin tautan dari tombol "Bagikan" atau bilah alamat peramban.',
    'sosial.terbit.media_link_invalid': 'Tautan berkas ini tidak sah atau sudah kedaluwarsa.',
    'sosial.terbit.delete_unsupported': '{platform} tidak menyediakan penghapusan lewat API; hapus unggahan ini langsung di {platform}.',
    'sosial.terbit.delete_reconnect':
      'Akun {platform} perlu disambungkan ulang sebelum Warta bisa menghapus unggahan ini; atau hapus langsung di {platform} lalu tandai sudah dihapus.',
    'sosial.terbit.delete_not_up': 'Unggahan ini tidak sedang tayang di {platform}, jadi tidak ada yang perlu dihapus.',
    'sosial.terbit.delete_running': 'Warta sedang menghapus unggahan ini; tunggu hasilnya.',
    'sosial.terbit.delete_use_api': 'Unggahan {platform} ini bisa dihapus oleh Warta: gunakan tombol "Hapus dari {platform}".',
    'sosial.terbit.hapus.rate_limited': '{platform} meminta jeda; Warta mencoba menghapus lagi otomatis.',
    'sosial.terbit.hapus.server_error': '{platform} sedang bermasalah; Warta mencoba menghapus lagi otomatis.',
    'sosial.terbit.hapus.gave_up':
      '{platform} belum bisa menghapus unggahan ini. Coba lagi nanti, atau hapus langsung di {platform} lalu tandai sudah dihapus.',
    'sosial.terbit.hapus.token_revoked':
      'Akun {platform} perlu disambungkan ulang sebelum unggahan bisa dihapus. Atau hapus langsung di {platform} lalu tandai sudah dihapus.',
    'sosial.terbit.hapus.permanent': '{platform} menolak penghapusan. Hapus unggahan langsung di {platform}, lalu tandai sudah dihapus.',
    'sosial.terbit.hapus.scope_missing':
      'Akun YouTube ini disambungkan sebelum Warta meminta izin menghapus video. Sambungkan ulang akun lalu coba lagi, atau hapus videonya di YouTube Studio lalu tandai sudah dihapus.',
    'sosial.terbit.error.rate_limited': '{platform} meminta jeda; Warta mencoba lagi otomatis.',
    'sosial.terbit.error.server_error': '{platform} sedang bermasalah; Warta mencoba lagi otomatis.',
    'sosial.terbit.error.token_expired': 'Izin akun {platform} perlu diperbarui.',
    'sosial.terbit.error.token_revoked': 'Akun {platform} perlu disambungkan ulang oleh admin.',
    'sosial.terbit.error.unknown_after_publish':
      'Jawaban {platform} hilang setelah unggahan dikirim; Warta memeriksa apakah unggahan sudah tayang sebelum mencoba lagi.',
    'sosial.terbit.error.permanent': '{platform} menolak unggahan ini; periksa isi dan berkasnya, lalu coba lagi.',
    'sosial.terbit.error.media_unreachable': '{platform} mengambil berkas dari alamat publik Warta, dan alamat itu belum diatur.',
    'sosial.terbit.error.reconcile_unavailable':
      'Jawaban {platform} hilang setelah unggahan dikirim, dan aplikasi Warta tidak diberi izin membaca daftar video akun ini, jadi Warta tidak bisa memastikan apakah unggahan sudah tayang. Periksa akun di {platform}: bila sudah tayang, tempel tautannya; bila belum, tandai belum terbit.',
    'sosial.terbit.not_unknown': 'Kiriman ini tidak sedang menunggu kepastian; gunakan “Coba lagi yang gagal”.',
  },
  en: {
    'sosial.terbit.transition_refused': 'This post cannot move from {from} to {to}.',
    'sosial.terbit.not_approved': 'The item is not approved by the head, or it changed since approval; submit it again before publishing to social media.',
    'sosial.terbit.no_variants': 'No social media account has been chosen for this item yet.',
    'sosial.terbit.schedule_past': 'That time has passed; choose a time ahead or publish now.',
    'sosial.terbit.not_found': 'Post not found.',
    'sosial.terbit.not_manual': 'This post is published automatically; no link needs pasting.',
    'sosial.terbit.link_invalid': 'This link is not a {platform} post address. Copy it from the "Share" button or the browser’s address bar.',
    'sosial.terbit.media_link_invalid': 'This file link is not valid or has expired.',
    'sosial.terbit.delete_unsupported': '{platform} offers no deletion through its API; delete this post on {platform} itself.',
    'sosial.terbit.delete_reconnect':
      'The {platform} account must be connected again before Warta can delete this post; or delete it on {platform} and mark it deleted.',
    'sosial.terbit.delete_not_up': 'This post is not up on {platform}, so there is nothing to delete.',
    'sosial.terbit.delete_running': 'Warta is deleting this post; wait for the result.',
    'sosial.terbit.delete_use_api': 'Warta can delete this {platform} post itself: use the "Delete from {platform}" button.',
    'sosial.terbit.hapus.rate_limited': '{platform} asked for a pause; Warta tries the deletion again automatically.',
    'sosial.terbit.hapus.server_error': '{platform} is having trouble; Warta tries the deletion again automatically.',
    'sosial.terbit.hapus.gave_up': '{platform} could not delete this post yet. Try again later, or delete it on {platform} and mark it deleted.',
    'sosial.terbit.hapus.token_revoked':
      'The {platform} account must be connected again before the post can be deleted. Or delete it on {platform} and mark it deleted.',
    'sosial.terbit.hapus.permanent': '{platform} refused the deletion. Delete the post on {platform} itself, then mark it deleted.',
    'sosial.terbit.hapus.scope_missing':
      'This YouTube account was connected before Warta asked for permission to delete videos. Connect it again and retry, or delete the video in YouTube Studio and mark it deleted.',
    'sosial.terbit.error.rate_limited': '{platform} asked for a pause; Warta retries automatically.',
    'sosial.terbit.error.server_error': '{platform} is having trouble; Warta retries automatically.',
    'sosial.terbit.error.token_expired': 'The {platform} account’s permission needs renewing.',
    'sosial.terbit.error.token_revoked': 'The {platform} account must be connected again by an admin.',
    'sosial.terbit.error.unknown_after_publish': '{platform}’s answer was lost after the post was sent; Warta checks whether it is up before trying again.',
    'sosial.terbit.error.permanent': '{platform} refused this post; check its text and files, then try again.',
    'sosial.terbit.error.media_unreachable': '{platform} fetches files from Warta’s public address, and none is configured.',
    'sosial.terbit.error.reconcile_unavailable':
      '{platform}’s answer was lost after the post was sent, and Warta’s app may not read this account’s list of videos, so Warta cannot tell whether the post is up. Check the account on {platform}: if it is up, paste its link; if not, mark it as not published.',
    'sosial.terbit.not_unknown': 'This post is not waiting to be verified; use “Retry the failed ones”.',
  },
} as const;
