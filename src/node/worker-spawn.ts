// Starts a worker_thread from a built entry (bundled apps) or from a TypeScript source file through tsx's register
// API (tsx, vitest). Shared by the analysis runner and the ingest pool.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** A TypeScript file next to `metaUrl` (`rel` relative to its folder) when running from source; null in a bundle. */
export function sourceFile(metaUrl: string, rel: string): string | null {
  try {
    const file = path.join(path.dirname(fileURLToPath(metaUrl)), rel);
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

// Plain CommonJS run by `eval`: registers tsx, then loads the TypeScript worker entry.
const TSX_BOOTSTRAP = `
const { workerData, parentPort } = require('node:worker_threads');
import(workerData.tsxApi)
  .then((api) => { (api.register || api.default.register)(); return import(workerData.entry); })
  .catch((e) => parentPort.postMessage({ type: 'error', id: -1, name: 'WorkerStartError', message: String((e && e.stack) || e) }));
`;

export function spawnWorker(entry: string | URL | null, source: string, resourceLimits?: ResourceLimits): Worker {
  if (entry) return new Worker(entry instanceof URL ? entry : pathToFileURL(entry), { resourceLimits });
  const require = createRequire(import.meta.url);
  // the ESM build of tsx's API (package exports: "./esm/api" → import → dist/esm/api/index.mjs)
  const tsxApi = pathToFileURL(path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return new Worker(TSX_BOOTSTRAP, { eval: true, workerData: { tsxApi, entry: pathToFileURL(source).href }, resourceLimits });
}
