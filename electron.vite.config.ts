// electron-vite build of the desktop app:
//   main     → out/main/index.cjs     (CommonJS; package.json "main") + out/main/analysis-worker.cjs
//   preload  → out/preload/index.cjs  (CommonJS, everything bundled: a sandboxed preload may only require 'electron')
//   renderer → out/renderer           (the same React app as the browser build: vite.web.config.ts)
// Output folders are electron-vite's defaults, so `electron-vite build --outDir <dir>` moves all three.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.web.config';

// the browser build's options minus its output folder
const { outDir: _webOutDir, ...rendererBuild } = rendererConfig.build ?? {};

const here = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      // runtime dependencies stay in node_modules (electron-vite externalizes package.json "dependencies")
      externalizeDeps: true,
      rollupOptions: {
        // the engine runs off the main thread in a worker (src/node/service/analysis.ts)
        // and files are read in a pool of ingest workers (src/node/ingest/pool.ts)
        input: {
          index: resolve(here, 'src/main/index.ts'),
          'analysis-worker': resolve(here, 'src/node/analysis-worker.ts'),
          'ingest-worker': resolve(here, 'src/node/ingest/worker.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(here, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    root: resolve(here, 'src/renderer'),
    build: {
      ...rendererBuild,
      rollupOptions: { input: { index: resolve(here, 'src/renderer/index.html') } },
    },
  },
});
