import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web console (docs/frontend.md). Built from the repository root:
 * `npm run web:build` (into examples/web/dist), `npm run web:dev` (dev server on :5173).
 * The API URL is VITE_API_URL at build time, or `?api=` in the page URL.
 */
export default defineConfig({
  root,
  base: './',
  // React's automatic JSX runtime, no plugin needed (Vite's own transform).
  oxc: { jsx: { runtime: 'automatic' } },
  server: { port: 5173, fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1024 },
});
