// Fills a data folder with the public-pages bench's unit (1,000 DIP items, 50 DIK entries, 1,000
// requests) and leaves it there, for measuring by hand (bench/side-by-side.sh).
//   npx tsx bench/seed-public-pages.ts embedded|pglite /tmp/some-folder
import { mkdirSync } from 'node:fs';
import { seed } from './public-pages-seed.ts';

const [engine, dataDir] = process.argv.slice(2);
if ((engine !== 'embedded' && engine !== 'pglite') || !dataDir) throw new Error('usage: seed-public-pages.ts embedded|pglite <folder>');
mkdirSync(dataDir, { recursive: true });
await seed({ driver: engine, env: { WARTA_DATA_DIR: dataDir, WARTA_DB: engine === 'pglite' ? 'pglite' : 'postgres' }, cleanup: async () => {} });
process.stdout.write(`seeded ${dataDir}\n`);
