import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The server serves admin/dist under /admin/; the dev server proxies the API to a running Warta.
export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react()],
  build: { outDir: `${root}dist`, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  server: { proxy: { '/api': process.env.WARTA_URL ?? 'http://127.0.0.1:3000' } },
});
