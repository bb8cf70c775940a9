import { defineConfig } from 'vite';

// `npm run bench` builds this one Node entry with Vite, because the store collects its migrations
// with `import.meta.glob('./migrations/*.sql', { query: '?raw' })` and the services import JSON
// resources: only a Vite build resolves both exactly as the app's own build does.
// Packages (better-sqlite3, zod) stay external, as in an SSR build by default.
export default defineConfig({
  logLevel: 'warn',
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
