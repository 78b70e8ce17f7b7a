/**
 * The admin's first-load JavaScript, gzip: what a phone downloads before the first screen shows
 * (issue 8 budget: ≤ 250 KB). Reads `admin/dist` after `npm run build:admin`:
 * - first load = the module scripts index.html loads, plus every chunk they import statically
 *   (`import … from './x.js'` and Vite's `<link rel="modulepreload">`), followed transitively;
 * - editor = the lazily loaded chunk(s) holding the rich-text editor (name starts with `editor`),
 *   with what they import that the first load does not already hold.
 * Run: `npx tsx bench/admin-size.ts` (prints a table and a JSON line).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'admin', 'dist');
const assets = join(dist, 'assets');
const BUDGET_KB = 250;

function gz(file: string): number {
  return gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
}

/** Chunks a chunk imports statically (not `import()`): those load with it. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(assets, file), 'utf8');
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) if (m[1]) found.add(m[1]);
  return [...found];
}

/** The chunk and all it pulls in statically, without the ones in `skip`. */
function closure(entries: string[], skip: Set<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const queue = entries.filter((e) => !skip.has(e));
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file) || skip.has(file) || !existsSync(join(assets, file))) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const sum = (files: Iterable<string>) => [...files].reduce((total, f) => total + gz(f), 0);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/admin\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1] as string);
const first = closure(entry);
const editorEntries = readdirSync(assets).filter((f) => /^editor.*\.js$/.test(f));
const editor = closure(editorEntries, first);
const all = readdirSync(assets).filter((f) => f.endsWith('.js'));

const result = {
  firstLoadGzipKB: kb(sum(first)),
  firstLoadFiles: [...first],
  editorGzipKB: kb(sum(editor)),
  editorFiles: [...editor],
  allJsGzipKB: kb(sum(all)),
  budgetKB: BUDGET_KB,
};
console.log(`first load JS (gzip): ${result.firstLoadGzipKB} KB in ${first.size} file(s) — budget ${BUDGET_KB} KB`);
console.log(`editor on demand (gzip): ${result.editorGzipKB} KB in ${editor.size} file(s)`);
console.log(`all admin JS (gzip): ${result.allJsGzipKB} KB in ${all.length} file(s)`);
console.log(JSON.stringify(result));
if (result.firstLoadGzipKB > BUDGET_KB) process.exitCode = 1;
