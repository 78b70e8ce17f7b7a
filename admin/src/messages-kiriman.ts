/** The social publishing panel on an item's screen (pages/konten-kiriman.tsx), merged into messages.ts. */
export const kirimanId = {
  'kiriman.title': 'Terbitkan ke media sosial',
  'kiriman.empty':
    'Belum ada akun media sosial untuk naskah ini. Pilih akun dan sesuaikan teksnya di bagian varian; setelah pimpinan menyetujui, terbitkan dari sini.',
  'kiriman.notApproved': 'Naskah bisa diterbitkan ke media sosial setelah disetujui pimpinan.',
  'kiriman.publishNow': 'Terbitkan ke semua akun',
  'kiriman.schedule': 'Jadwalkan…',
  'kiriman.scheduleAt': 'Terbitkan pada ({zone})',
  'kiriman.scheduleConfirm': 'Jadwalkan ke semua akun',
  'kiriman.publishing': 'Diantrikan. Status tiap akun diperbarui di bawah.',
  'kiriman.retryFailed': 'Coba lagi yang gagal',
  'kiriman.retried': 'Kiriman yang gagal diantrikan lagi.',
  'kiriman.noPublicAddress':
    'Warta belum bisa dijangkau dari internet, jadi {platforms} tidak dapat mengambil foto atau video dari Warta. Minta pengelola server mengatur alamat publik, atau unggah secara manual.',
  'kiriman.reconnect': 'Akun ini perlu disambungkan ulang di halaman akun media sosial.',
  'kiriman.notSent': 'Belum dikirim',
  'kiriman.status.antri': 'Menunggu jadwal',
  'kiriman.status.berjalan': 'Sedang dikirim',
  'kiriman.status.belum_pasti': 'Sedang dipastikan',
  'kiriman.status.terbit': 'Terbit',
  'kiriman.status.gagal': 'Gagal',
  'kiriman.status.manual': 'Menunggu unggahan manual',
  'kiriman.status.dihapus': 'Dihapus',
  'kiriman.status.menghapus': 'Sedang dihapus',
  'kiriman.status.gagal_hapus': 'Gagal dihapus, masih tayang',
  'kiriman.hapus.title': 'Kiriman yang masih tayang di media sosial',
  'kiriman.hapus.summary': 'Hapus unggahan dari media sosial…',
  'kiriman.hapus.intro':
    'Naskah ini sudah tidak tayang di situs web, tetapi unggahannya masih tayang di akun berikut. Hapus yang tidak boleh tayang lagi; unggahan yang tidak dihapus tetap tayang.',
  'kiriman.hapus.introAnyTime': 'Unggahan naskah ini bisa dihapus dari media sosial kapan saja; yang tidak dihapus tetap tayang.',
  'kiriman.hapus.one': 'Hapus dari {platform}',
  'kiriman.hapus.all': 'Hapus dari semua',
  'kiriman.hapus.confirm': 'Hapus unggahan ini dari {platform} “{nama}”? Unggahan yang sudah dihapus tidak bisa dikembalikan.',
  'kiriman.hapus.confirmAll':
    'Hapus semua unggahan naskah ini yang bisa dihapus Warta? Unggahan yang sudah dihapus tidak bisa dikembalikan. Instagram dan TikTok tetap perlu dihapus sendiri.',
  'kiriman.hapus.started': 'Penghapusan sedang berjalan. Status tiap akun diperbarui di bawah.',
  'kiriman.hapus.recorded': 'Tercatat sudah dihapus.',
  'kiriman.hapus.done': 'Sudah saya hapus',
  'kiriman.hapus.howTo.instagram':
    'Instagram tidak mengizinkan aplikasi lain menghapus unggahan. Buka unggahan lewat tautan di atas di aplikasi Instagram, ketuk ⋯ (tiga titik) lalu Hapus. Setelah itu tekan “Sudah saya hapus”.',
  'kiriman.hapus.howTo.tiktok':
    'TikTok tidak mengizinkan aplikasi lain menghapus video. Buka video lewat tautan di atas di aplikasi TikTok, ketuk ⋯ (tiga titik) lalu Hapus. Setelah itu tekan “Sudah saya hapus”.',
  'kiriman.hapus.howTo.facebook':
    'Warta tidak bisa menghapus unggahan ini lewat akun ini. Buka unggahan lewat tautan di atas, pilih ⋯ (tiga titik) lalu Hapus. Setelah itu tekan “Sudah saya hapus”.',
  'kiriman.hapus.howTo.x':
    'Warta tidak bisa menghapus unggahan ini lewat akun ini. Buka unggahan lewat tautan di atas, pilih ⋯ (tiga titik) lalu Hapus (untuk utas, hapus setiap bagiannya). Setelah itu tekan “Sudah saya hapus”.',
  'kiriman.hapus.howTo.youtube':
    'Warta tidak bisa menghapus video ini lewat akun ini. Buka YouTube Studio, pilih Konten, arahkan ke video lalu ⋮ → Hapus selamanya. Setelah itu tekan “Sudah saya hapus”.',
  'kiriman.status.antriAt': 'Dijadwalkan {date}',
  'kiriman.status.terbitAt': 'Terbit {date}',
  'kiriman.publishedAt': 'terbit {date}',
  'kiriman.view': 'Lihat unggahan di {platform}',
  'kiriman.manualHelp': 'Akun ini diunggah secara manual: salin teks, unduh berkas, unggah di {platform}, lalu tempel tautan unggahannya di sini.',
  'kiriman.caption': 'Teks untuk {platform}',
  'kiriman.download': 'Unduh {name}',
  'kiriman.link': 'Tautan unggahan {platform}',
  'kiriman.saveLink': 'Simpan tautan',
  'kiriman.linkSaved': 'Tautan tersimpan; unggahan dihitung sudah terbit.',
  'kiriman.verifyHelp':
    'Buka akun {platform} dan lihat apakah unggahan ini sudah tayang. Bila sudah, tempel tautannya. Bila belum, tandai belum terbit dan Warta mengirimnya lagi.',
  'kiriman.markNotPosted': 'Tandai belum terbit',
  'kiriman.markedNotPosted': 'Ditandai belum terbit; Warta mengirimnya lagi.',
};

export const kirimanEn: Record<keyof typeof kirimanId, string> = {
  'kiriman.title': 'Publish to social media',
  'kiriman.empty':
    'No social media account has been chosen for this item yet. Choose accounts and adjust their text in the variants; once the head approves, publish from here.',
  'kiriman.notApproved': 'The item can be published to social media once the head has approved it.',
  'kiriman.publishNow': 'Publish to every account',
  'kiriman.schedule': 'Schedule…',
  'kiriman.scheduleAt': 'Publish at ({zone})',
  'kiriman.scheduleConfirm': 'Schedule on every account',
  'kiriman.publishing': 'Queued. Each account’s state updates below.',
  'kiriman.retryFailed': 'Retry the failed ones',
  'kiriman.retried': 'The failed posts are queued again.',
  'kiriman.noPublicAddress':
    'Warta cannot be reached from the internet, so {platforms} cannot fetch photos or videos from it. Ask the server’s operator to set a public address, or post by hand.',
  'kiriman.reconnect': 'This account must be connected again on the social accounts page.',
  'kiriman.notSent': 'Not sent yet',
  'kiriman.status.antri': 'Waiting for its time',
  'kiriman.status.berjalan': 'Being sent',
  'kiriman.status.belum_pasti': 'Being verified',
  'kiriman.status.terbit': 'Published',
  'kiriman.status.gagal': 'Failed',
  'kiriman.status.manual': 'Waiting for a manual post',
  'kiriman.status.dihapus': 'Deleted',
  'kiriman.status.menghapus': 'Being deleted',
  'kiriman.status.gagal_hapus': 'Deletion failed, still up',
  'kiriman.hapus.title': 'Posts still up on social media',
  'kiriman.hapus.summary': 'Delete the posts from social media…',
  'kiriman.hapus.intro':
    'This item is no longer on the website, but its posts are still up on the accounts below. Delete the ones that must not stay up; posts not deleted stay up.',
  'kiriman.hapus.introAnyTime': 'This item’s posts can be deleted from social media at any time; the ones not deleted stay up.',
  'kiriman.hapus.one': 'Delete from {platform}',
  'kiriman.hapus.all': 'Delete from all',
  'kiriman.hapus.confirm': 'Delete this post from {platform} “{nama}”? A deleted post cannot be brought back.',
  'kiriman.hapus.confirmAll':
    'Delete every post of this item that Warta can delete? A deleted post cannot be brought back. Instagram and TikTok still have to be deleted by hand.',
  'kiriman.hapus.started': 'Deleting. Each account’s state updates below.',
  'kiriman.hapus.recorded': 'Recorded as deleted.',
  'kiriman.hapus.done': 'I have deleted it',
  'kiriman.hapus.howTo.instagram':
    'Instagram does not let other apps delete posts. Open the post with the link above in the Instagram app, tap ⋯ (three dots), then Delete. Then press “I have deleted it”.',
  'kiriman.hapus.howTo.tiktok':
    'TikTok does not let other apps delete videos. Open the video with the link above in the TikTok app, tap ⋯ (three dots), then Delete. Then press “I have deleted it”.',
  'kiriman.hapus.howTo.facebook':
    'Warta cannot delete this post through this account. Open the post with the link above, choose ⋯ (three dots), then Delete. Then press “I have deleted it”.',
  'kiriman.hapus.howTo.x':
    'Warta cannot delete this post through this account. Open the post with the link above, choose ⋯ (three dots), then Delete (for a thread, each of its posts). Then press “I have deleted it”.',
  'kiriman.hapus.howTo.youtube':
    'Warta cannot delete this video through this account. Open YouTube Studio, choose Content, point at the video, then ⋮ → Delete forever. Then press “I have deleted it”.',
  'kiriman.status.antriAt': 'Scheduled for {date}',
  'kiriman.status.terbitAt': 'Published {date}',
  'kiriman.publishedAt': 'published {date}',
  'kiriman.view': 'View the post on {platform}',
  'kiriman.manualHelp': 'This account is posted by hand: copy the text, download the files, post on {platform}, then paste the post’s link here.',
  'kiriman.caption': 'Text for {platform}',
  'kiriman.download': 'Download {name}',
  'kiriman.link': '{platform} post link',
  'kiriman.saveLink': 'Save link',
  'kiriman.linkSaved': 'Link saved; the post counts as published.',
  'kiriman.verifyHelp':
    'Open the {platform} account and see whether this post is up. If it is, paste its link. If not, mark it as not published and Warta sends it again.',
  'kiriman.markNotPosted': 'Mark as not published',
  'kiriman.markedNotPosted': 'Marked as not published; Warta sends it again.',
};
