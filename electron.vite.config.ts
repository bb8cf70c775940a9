import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { build } from 'vite';

/**
 * The web host's bridge (`electron/host/web-bridge/`), built after the renderer into
 * `out/renderer/__xingping/bridge.js` as one self-contained script: it shares the contract and
 * `buildBridge` with the preload, so both hosts give the page the same `window.xingping`.
 */
function webBridge(): Plugin {
  return {
    name: 'xingping-web-bridge',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir: resolve(__dirname, 'out/renderer/__xingping'),
          emptyOutDir: false,
          minify: false,
          target: 'es2022',
          lib: {
            entry: resolve(__dirname, 'electron/host/web-bridge/index.ts'),
            formats: ['iife'],
            name: 'xingpingWebBridge',
            fileName: () => 'bridge.js',
          },
        },
      });
    },
  };
}

// One build produces everything the app runs: the Electron main process, the CLI (which also
// hosts the web version), the worker threads' entry, the sandboxed preload, the renderer and
// the web host's bridge.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          cli: resolve(__dirname, 'electron/cli/index.ts'),
          // Heavy work (reading and building workbooks) runs here, in worker threads.
          worker: resolve(__dirname, 'electron/jobs/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() anything but electron: bundle zod etc. into one file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), webBridge()],
    build: {
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
