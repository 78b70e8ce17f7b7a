-- konten_daftar_jumlah now counts each list month by month (column bulan, in the primary key after
-- it; drizzle-kit 0016 emitted ADD CONSTRAINT before ADD COLUMN — put the column first). The rows
-- kept before have no month: empty the lists' index and its counts, and the next start refills both
-- from the live items (fillKontenDaftarIfEmpty, before the site answers), with the new konten_daftar
-- columns mulai and akhir filled for every live event.
DELETE FROM "konten_daftar_jumlah";
DELETE FROM "konten_daftar";
