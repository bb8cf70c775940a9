import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

// The app's build (electron-vite) leaves only `dependencies` to node_modules and bundles every
// other package main uses (zod, i18next); the bench bundles the same ones, so its processes
// load what the app's do and its memory figures are the app's.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  devDependencies: Record<string, string>;
};

// `npm run bench` builds this one Node entry with Vite, because the store collects its migrations
// with `import.meta.glob('./migrations/*.sql', { query: '?raw' })` and the services import JSON
// resources: only a Vite build resolves both exactly as the app's own build does.
// Packages in `dependencies` (better-sqlite3, exceljs …) stay external, as in the app.
export default defineConfig({
  logLevel: 'warn',
  ssr: { noExternal: Object.keys(pkg.devDependencies) },
  build: {
    ssr: 'scripts/bench/main.ts',
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rollupOptions: {
      // .mjs: package.json has no "type": "module", and Node should not have to guess.
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
