import { mkdirSync } from 'node:fs';
import { seed } from '/work/wt-h7/bench/public-pages.ts';
const [driver, dir] = process.argv.slice(2);
mkdirSync(dir!, { recursive: true });
await seed({ driver: driver as 'pglite', env: { WARTA_DATA_DIR: dir!, WARTA_DB: driver === 'pglite' ? 'pglite' : 'postgres' }, cleanup: async () => {} });
console.log('seeded', dir);
