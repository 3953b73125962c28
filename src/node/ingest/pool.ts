// A small pool of worker threads that read files, so that one file can never stall the caller's event loop (the
// Electron main process, the HTTP host): each file gets a time budget (`fileTimeoutMs`; the worker is stopped and
// replaced when it runs over) and a heap cap (`workerHeapMb`; running out ends that worker, not the process). Either
// way the file gets a diagnostic document and the rest of the folder goes on.
//
// From source (tsx, vitest) the workers load src/node/ingest/worker.ts through tsx; a bundled app passes the built
// worker file with `setIngestWorkerEntry`. Where neither exists, files are read on the calling thread.
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { CleanDocument } from '../../core/model';
import { sourceFile, spawnWorker } from '../worker-spawn';
import { failureDoc, formatOf, readOne, type FileJob, type FileReader } from './index';
import type { ReadLimits } from './limits';

export type ToIngestWorker = { id: number; job: FileJob; limits: ReadLimits; overrides?: Record<string, string> };
export type FromIngestWorker =
  { type: 'ready' } | { type: 'result'; id: number; docs: CleanDocument[] } | { type: 'error'; id: number; name: string; message: string };

let builtEntry: string | null = null;
/** A bundled app's built ingest worker file (e.g. out/main/ingest-worker.cjs). */
export function setIngestWorkerEntry(file: string | null): void {
  builtEntry = file;
}

export interface IngestPool {
  readonly mode: 'worker' | 'inline';
  /** reads one file; never rejects for a bad file (the document carries the diagnostic) */
  read: FileReader;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker | null;
  busy: boolean;
}

/** Files read at once: one per spare core, at least one, at most four (reading is mostly CPU-bound cleaning). */
const defaultSize = () => Math.max(1, Math.min(4, (os.availableParallelism?.() ?? os.cpus().length) - 1));

export function createIngestPool(opts: { size?: number; mode?: 'auto' | 'inline' } = {}): IngestPool {
  const source = builtEntry ? null : sourceFile(import.meta.url, 'worker.ts');
  if (opts.mode === 'inline' || (!builtEntry && !source)) return { mode: 'inline', read: readOne, close: async () => undefined };
  const slots: Slot[] = Array.from({ length: opts.size ?? defaultSize() }, () => ({ worker: null, busy: false }));
  const waiting: (() => void)[] = [];
  let nextId = 1;
  let closed = false;

  const acquire = async (): Promise<Slot> => {
    for (;;) {
      const free = slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      await new Promise<void>((r) => waiting.push(r));
    }
  };
  const release = (slot: Slot) => {
    slot.busy = false;
    waiting.shift()?.();
  };

  const runIn = (slot: Slot, job: FileJob, limits: ReadLimits, overrides: Record<string, string> | undefined) =>
    new Promise<CleanDocument[]>((resolve) => {
      const fail = (code: 'timeout' | 'parse-error' | 'too-large', message: string) =>
        resolve([
          failureDoc(job.rel, formatOf(job.rel), overrides?.[job.rel] ?? job.named ?? job.fallback, { level: 'error', code, message }),
        ]);
      const w = (slot.worker ??= spawnWorker(builtEntry, source ?? '', {
        maxOldGenerationSizeMb: limits.workerHeapMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(16, limits.workerHeapMb / 8)),
      }));
      w.ref();
      const id = nextId++;
      const done = () => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        w.unref();
      };
      const drop = () => {
        if (slot.worker === w) slot.worker = null;
        void w.terminate();
      };
      const onMessage = (m: FromIngestWorker) => {
        if (m.type === 'result' && m.id === id) {
          done();
          resolve(m.docs);
        } else if (m.type === 'error' && (m.id === id || m.id === -1)) {
          done();
          if (m.id === -1) drop();
          fail('parse-error', `unexpected failure: ${m.message}`);
        }
      };
      const onError = (e: Error) => {
        done();
        drop();
        const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        fail(
          oom ? 'too-large' : 'parse-error',
          oom ? `reading needed more than ${limits.workerHeapMb} MB of memory; stopped` : `reader failed: ${e.message}`,
        );
      };
      const onExit = (code: number) => {
        done();
        if (slot.worker === w) slot.worker = null;
        fail('parse-error', `reader stopped (exit code ${code})`);
      };
      const timer = setTimeout(() => {
        done();
        drop();
        fail('timeout', `reading took longer than ${(limits.fileTimeoutMs / 1000).toFixed(1)} s; stopped`);
      }, limits.fileTimeoutMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      const msg: ToIngestWorker = { id, job, limits, overrides };
      w.postMessage(msg);
    });

  return {
    mode: 'worker',
    async read(job, limits, overrides) {
      if (closed) return readOne(job, limits, overrides);
      const slot = await acquire();
      try {
        return await runIn(slot, job, limits, overrides);
      } finally {
        release(slot);
      }
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker?.terminate()));
      for (const s of slots) s.worker = null;
    },
  };
}

/** The ingest worker file next to a bundled main file (`dir`/ingest-worker.cjs). */
export const builtIngestWorker = (dir: string) => path.join(dir, 'ingest-worker.cjs');

let shared: IngestPool | null = null;
/** One pool per process, started on first use; its idle workers do not keep the process alive. */
export function sharedIngestPool(): IngestPool {
  return (shared ??= createIngestPool());
}
