// Runs the engine for the services and the CLI, with progress and cancellation, off the main thread when it can.
//
// Worker mode (default when available): a persistent worker_thread runs the engine, so the event loop of
// Electron main / the HTTP host stays free (progress events, other requests) and cancel is immediate
// (the worker is terminated and a fresh one starts on the next run). From source (tsx, vitest) the worker
// loads src/node/analysis-worker.ts through tsx's register API; a bundled app passes `workerEntry` (a built
// .js/.cjs/.mjs worker file). Where neither exists, the engine runs inline after yielding to pending I/O.
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { analyze } from '../../core/engine/analyze';
import { analyzeDocuments } from '../engine';
import { sourceFile, spawnWorker } from '../worker-spawn';
import type { CleanDocument, Comparison } from '../../core/model';
import type { SettingsOverride } from '../../core/engine/settings';
import type { NameVariant } from '../../core/workspace';

export interface RunAnalysisOptions {
  nameVariants?: NameVariant[];
  /** overrides of the engine settings (src/core/engine/settings.ts) */
  settings?: SettingsOverride;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
  /** the engine (tests inject their own); an injected engine always runs inline */
  engine?: typeof analyze;
}

export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AbortError';
  }
}

export function isCancelled(e: unknown): boolean {
  return e instanceof Error && (e.name === 'AbortError' || e.name === 'AnalysisCancelled' || e instanceof CancelledError);
}

const tick = () => new Promise<void>((r) => setImmediate(r));

/** The engine call itself, with its language data (also what the worker runs). */
export function analyzeInline(
  docs: CleanDocument[],
  opts: Omit<RunAnalysisOptions, 'signal'> & { isCancelled?: () => boolean },
): Comparison {
  return (opts.engine ?? analyzeDocuments)(docs, {
    nameVariants: opts.nameVariants,
    settings: opts.settings,
    onProgress: opts.onProgress,
    isCancelled: opts.isCancelled,
    now: opts.now,
  });
}

/** Analyses `docs` on this thread, yielding to pending I/O first. Rejects with CancelledError when `signal` aborts. */
export async function runAnalysis(docs: CleanDocument[], opts: RunAnalysisOptions = {}): Promise<Comparison> {
  await tick();
  if (opts.signal?.aborted) throw new CancelledError();
  const comparison = analyzeInline(docs, { ...opts, isCancelled: () => opts.signal?.aborted ?? false });
  await tick();
  if (opts.signal?.aborted) throw new CancelledError();
  return comparison;
}

// ---------------------------------------------------------------- worker

/** Messages between the runner and src/node/analysis-worker.ts. */
export type ToWorker = { type: 'analyze'; id: number; docs: CleanDocument[]; nameVariants?: NameVariant[]; settings?: SettingsOverride; now?: string };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; comparison: Comparison }
  | { type: 'error'; id: number; name: string; message: string };

export interface AnalysisRunner {
  /** 'worker' or 'inline' */
  readonly mode: 'worker' | 'inline';
  run(docs: CleanDocument[], opts?: RunAnalysisOptions): Promise<Comparison>;
  /** starts the worker ahead of the first run (it loads the engine and language data) */
  warm(): void;
  close(): Promise<void>;
}

export interface RunnerOptions {
  /** 'auto' (default): worker when an entry is found; 'inline': never a worker */
  mode?: 'auto' | 'worker' | 'inline';
  /** a built worker file (bundled apps); default: src/node/analysis-worker.ts through tsx */
  workerEntry?: string | URL;
}

/** src/node/analysis-worker.ts when running from source; built with path functions so bundlers leave it alone. */
const sourceEntry = () => sourceFile(import.meta.url, path.join('..', 'analysis-worker.ts'));

export function createAnalysisRunner(opts: RunnerOptions = {}): AnalysisRunner {
  const entry = opts.workerEntry ?? null;
  const source = entry === null && opts.mode !== 'inline' ? sourceEntry() : null;
  const canWork = opts.mode !== 'inline' && (entry !== null || source !== null);
  if (!canWork) {
    if (opts.mode === 'worker') throw new Error('no analysis worker entry available');
    return { mode: 'inline', run: (docs, o) => runAnalysis(docs, o), warm: () => undefined, close: async () => undefined };
  }

  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const kill = async () => {
    const w = worker;
    worker = null;
    if (w) await w.terminate();
  };

  const runOne = (docs: CleanDocument[], o: RunAnalysisOptions): Promise<Comparison> =>
    new Promise<Comparison>((resolve, reject) => {
      if (o.signal?.aborted) {
        reject(new CancelledError());
        return;
      }
      const w = (worker ??= spawnWorker(entry, source ?? ''));
      const id = nextId++;
      w.ref(); // keep the process alive while a run is pending; an idle worker does not
      const cleanup = () => {
        w.unref();
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        o.signal?.removeEventListener('abort', onAbort);
      };
      const onMessage = (m: FromWorker) => {
        if (m.type === 'progress' && m.id === id) o.onProgress?.(m.done, m.total);
        else if (m.type === 'result' && m.id === id) {
          cleanup();
          resolve(m.comparison);
        } else if (m.type === 'error' && (m.id === id || m.id === -1)) {
          cleanup();
          if (m.id === -1) void kill();
          const err = new Error(m.message);
          err.name = m.name;
          reject(err);
        }
      };
      const onError = (e: Error) => {
        cleanup();
        worker = null;
        reject(e);
      };
      const onExit = (code: number) => {
        cleanup();
        if (worker === w) worker = null;
        reject(o.signal?.aborted ? new CancelledError() : new Error(`analysis worker stopped (exit code ${code})`));
      };
      const onAbort = () => {
        cleanup();
        if (worker === w) worker = null;
        void w.terminate();
        reject(new CancelledError());
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      o.signal?.addEventListener('abort', onAbort, { once: true });
      const msg: ToWorker = { type: 'analyze', id, docs, nameVariants: o.nameVariants, settings: o.settings, now: o.now?.().toISOString() };
      w.postMessage(msg);
    });

  return {
    mode: 'worker',
    run(docs, o = {}) {
      if (o.engine) return runAnalysis(docs, o);
      // one analysis at a time per worker
      const p = queue.then(() => runOne(docs, o));
      queue = p.catch(() => undefined);
      return p;
    },
    warm() {
      if (!worker) {
        worker = spawnWorker(entry, source ?? '');
        worker.on('error', () => undefined);
        worker.unref();
      }
    },
    close: kill,
  };
}
