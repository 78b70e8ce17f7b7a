// Every module's tables, for drizzle-kit and for the typed database handle.

export * from '../http/rate-limit-schema.ts';
export * from '../modules/alumni/schema.ts';
export * from '../modules/alur/schema.ts';
export * from '../modules/audit/schema.ts';
export * from '../modules/auth/schema.ts';
export * from '../modules/cari/schema.ts';
export * from '../modules/hari-kerja/schema.ts';
export * from '../modules/impor-wp/schema.ts';
export * from '../modules/informasi/schema.ts';
export * from '../modules/keberatan/schema.ts';
export * from '../modules/kontak/schema.ts';
export * from '../modules/konten/schema.ts';
export * from '../modules/lampiran/schema.ts';
export * from '../modules/laporan-kip/schema.ts';
export * from '../modules/liputan/schema.ts';
export * from '../modules/mail/schema.ts';
export * from '../modules/media/schema.ts';
export * from '../modules/org/schema.ts';
export * from '../modules/pemberitahuan/schema.ts';
export * from '../modules/permohonan/schema.ts';
export * from '../modules/rencana/schema.ts';
export * from '../modules/site/schema.ts';
export * from '../modules/situs-unit/schema.ts';
export * from '../modules/sosial/schema.ts';
