// Where every bench leaves what it measured: a results file of its own under bench/results/ and its
// section of bench/README.md. Both are formatted as `npm run lint` (biome) wants them, so a bench
// run never leaves the tree failing the lint.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const benchDir = new URL('.', import.meta.url).pathname;
const root = new URL('..', import.meta.url).pathname;
export const README = join(benchDir, 'README.md');

/** Formats files of this repository in place with its biome (its configuration decides the style). */
export function formatWithBiome(files: string[]): void {
  const biome = join(root, 'node_modules', '.bin', 'biome');
  try {
    execFileSync(biome, ['format', '--write', ...files.map((f) => relative(root, f))], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    // A bench's numbers matter more than their layout: say so and keep them.
    process.stderr.write(`biome could not format ${files.join(', ')}: ${(err as { stderr?: Buffer }).stderr?.toString().trim() || String(err)}\n`);
  }
}

/** Writes one run's results as `bench/results/<name>` (formatted JSON); returns the file's path. */
export function writeResults(name: string, results: unknown): string {
  const file = join(benchDir, 'results', name);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  formatWithBiome([file]);
  return file;
}

type SectionOptions = {
  /** Text put before the section when the README has none yet (a heading and how to run the bench); without it nothing is written then. */
  introWhenMissing?: string;
  /** Another README than bench/README.md (the tests). */
  readme?: string;
};

/**
 * Replaces the part of bench/README.md between `<!-- name:start -->` and `<!-- name:end -->` with
 * `markdown`, then formats the README. A README without those markers is left as it is, unless
 * `introWhenMissing` says how the section begins: then it is added at the end.
 */
export function writeReadmeSection(name: string, markdown: string, options: SectionOptions = {}): void {
  const readme = options.readme ?? README;
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${start}\n${markdown}\n${end}`;
  const text = readFileSync(readme, 'utf8');
  const from = text.indexOf(start);
  const to = text.lastIndexOf(end);
  let next: string;
  if (from >= 0 && to > from) next = text.slice(0, from) + section + text.slice(to + end.length);
  else if (options.introWhenMissing !== undefined) next = `${text.trimEnd()}\n\n${options.introWhenMissing}\n\n${section}\n`;
  else {
    process.stderr.write(`${readme} has no ${start} … ${end}: its section was not written.\n`);
    return;
  }
  writeFileSync(readme, next);
  formatWithBiome([readme]);
}
