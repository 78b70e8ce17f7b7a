import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { percentile, summarize } from './measure.ts';
import { writeReadmeSection } from './readme.ts';

// The folder is inside bench/, so biome formats it with the repository's settings as it does bench/README.md.
let dir: string;
let readme: string;
beforeEach(() => {
  dir = mkdtempSync(join(new URL('.', import.meta.url).pathname, 'readme-test-'));
  readme = join(dir, 'README.md');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeReadmeSection', () => {
  it('replaces only its own section, formats the table as biome does, and takes `$` literally', () => {
    writeFileSync(readme, '# Bench\n\n<!-- a:start -->\nold a\n<!-- a:end -->\n\n<!-- b:start -->\nold b\n<!-- b:end -->\n');
    writeReadmeSection('a', 'Costs $& and $1.\n\n| x | y |\n|---|---|\n| 1 | 22 |', { readme });
    const text = readFileSync(readme, 'utf8');
    expect(text).toContain('Costs $& and $1.');
    expect(text).not.toContain('old a');
    expect(text).toContain('<!-- b:start -->\nold b\n<!-- b:end -->');
    // Aligned as `npm run lint` wants it, so a bench run leaves the tree passing the lint.
    expect(text).toContain('| x   | y   |');
    expect(text).toContain('| 1   | 22  |');
  });

  it('adds a missing section after its introduction, and writes nothing without one', () => {
    writeFileSync(readme, '# Bench\n');
    writeReadmeSection('c', 'numbers', { readme });
    expect(readFileSync(readme, 'utf8')).toBe('# Bench\n');
    writeReadmeSection('c', 'numbers', { readme, introWhenMissing: '## C\n\nHow to run it.' });
    expect(readFileSync(readme, 'utf8')).toBe('# Bench\n\n## C\n\nHow to run it.\n\n<!-- c:start -->\nnumbers\n<!-- c:end -->\n');
  });
});

describe('percentiles', () => {
  it('are nearest-rank: the median of ten is the fifth, p95 of 200 the 190th, the extremes min and max', () => {
    const ten = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1].sort((a, b) => a - b);
    expect(percentile(ten, 0.5)).toBe(5);
    const many = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(many, 0.95)).toBe(190);
    expect(percentile(many, 0.99)).toBe(198);
    expect(percentile(many, 0)).toBe(1);
    expect(percentile(many, 1)).toBe(200);
    expect(percentile([], 0.5)).toBeNaN();
    expect(summarize([3.04, 1.01, 2.06])).toEqual({ n: 3, minMs: 1, p50Ms: 2.1, p95Ms: 3, p99Ms: 3, maxMs: 3 });
  });
});
