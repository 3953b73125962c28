// Runs the engine for the services and the CLI, with progress and cancellation.
import { analyze } from '../../core/engine/analyze';
import type { CleanDocument, Comparison } from '../../core/model';
import type { NameVariant } from '../../core/workspace';

export interface RunAnalysisOptions {
  nameVariants?: NameVariant[];
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
  /** the engine (tests inject their own) */
  engine?: typeof analyze;
}

export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AbortError';
  }
}

export function isCancelled(e: unknown): boolean {
  return e instanceof Error && (e.name === 'AbortError' || e instanceof CancelledError);
}

const tick = () => new Promise<void>((r) => setImmediate(r));

/** Analyses `docs`. Rejects with CancelledError when `signal` aborts. */
export async function runAnalysis(docs: CleanDocument[], opts: RunAnalysisOptions = {}): Promise<Comparison> {
  await tick(); // let pending I/O (progress events, cancel requests) through first
  if (opts.signal?.aborted) throw new CancelledError();
  const comparison = (opts.engine ?? analyze)(docs, {
    nameVariants: opts.nameVariants,
    onProgress: opts.onProgress,
    isCancelled: () => opts.signal?.aborted ?? false,
    now: opts.now,
  });
  await tick();
  if (opts.signal?.aborted) throw new CancelledError();
  return comparison;
}
