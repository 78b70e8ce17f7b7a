// Builds the server to JavaScript in dist/ (run by `npm install`; `npm run build` by hand).
// Type checking is `npm run typecheck`'s job: here tsc only emits (--noCheck), which is quick.
// Files that are not TypeScript (stylesheets, SQL) are copied beside the modules that read them.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noCheck'], { stdio: 'inherit' });
cpSync('src', 'dist', { recursive: true, filter: (path) => !/\.tsx?$/.test(path) });
writeFileSync('dist/.built', `${new Date().toISOString()}\n`);
