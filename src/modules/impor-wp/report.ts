import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import type { Mapping } from './mapping.ts';
import type { ImportPlan } from './plan-import.ts';
import type { WxrExport } from './read-wxr.ts';

export type ReportRow = {
  wpId: number;
  jenisWp: 'post' | 'page';
  judul: string;
  status: 'terbit' | 'draf';
  jenis: string;
  aksi: 'baru' | 'perbarui';
  peringatan: string[];
  galat: string[];
};

/** The dry run's (and the run's) report: counts per type, the mapping used, warnings and each row's problems, in words. */
export type ImportReport = {
  id: string;
  dryRun: boolean;
  counts: Record<string, number>;
  mapping: Mapping;
  kategori: Array<{ slug: string; nama: string; jumlah: number }>;
  penulis: Array<{ login: string; nama: string; jumlah: number }>;
  peringatan: string[];
  rows: ReportRow[];
};

const say = (lang: Lang, kind: 'warning' | 'error', code: string) => t(lang, `impor_wp.${kind}.${code}` as MessageKey);

/** Builds the report of a plan in the reader's language. */
export function reportOf(id: string, dryRun: boolean, wxr: WxrExport, plan: ImportPlan, mapping: Mapping, lang: Lang): ImportReport {
  const kategoriCount = new Map<string, number>();
  const penulisCount = new Map<string, number>();
  for (const item of wxr.items) {
    if (item.postType !== 'post' && item.postType !== 'page') continue;
    for (const c of item.categories) kategoriCount.set(c, (kategoriCount.get(c) ?? 0) + 1);
    penulisCount.set(item.creator, (penulisCount.get(item.creator) ?? 0) + 1);
  }
  const peringatan: string[] = [];
  if (plan.missingImages.length > 0)
    peringatan.push(t(lang, 'impor_wp.warning.images_missing', { count: plan.missingImages.length, files: plan.missingImages.slice(0, 10).join(', ') }));
  return {
    id,
    dryRun,
    counts: plan.counts,
    mapping,
    kategori: wxr.categories.map((c) => ({ slug: c.slug, nama: c.name, jumlah: kategoriCount.get(c.slug) ?? 0 })),
    penulis: wxr.authors.map((a) => ({ login: a.login, nama: a.displayName || a.login, jumlah: penulisCount.get(a.login) ?? 0 })),
    peringatan,
    rows: plan.items.map((i) => ({
      wpId: i.wpId,
      jenisWp: i.wpType,
      judul: i.judul,
      status: i.status,
      jenis: i.jenis,
      aksi: i.existingKontenId ? 'perbarui' : 'baru',
      peringatan: i.warnings.map((w) => say(lang, 'warning', w)),
      galat: i.errors.map((e) => say(lang, 'error', e)),
    })),
  };
}
