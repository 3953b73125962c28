// Reading the opened folders into clean documents, for the services and the CLI: src/node/ingest's
// readSources, collected, with a file count up front so progress can show "12 of 200".
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CleanDocument } from '../../core/model';
import { DEFAULT_MAX_BYTES, isHiddenOrSystem, readSources, SIDECAR, type ReadLimits } from '../ingest';
import { sharedIngestPool, type IngestPool } from '../ingest/pool';

export { DEFAULT_MAX_BYTES };

export interface ReadProgress {
  done: number;
  total: number;
  current?: string;
}

export interface ReadOptions {
  maxBytes?: number;
  signal?: AbortSignal;
  onProgress?: (p: ReadProgress) => void;
  /** analyst-set outlet names by source path */
  outlets?: Record<string, string>;
  limits?: Partial<ReadLimits>;
  /** where files are read (default: the process's shared worker pool, which bounds each file's time and memory) */
  pool?: IngestPool;
}

async function ignoredIn(dir: string): Promise<Set<string>> {
  try {
    const side = JSON.parse(await fs.readFile(path.join(dir, SIDECAR), 'utf8')) as { ignore?: unknown };
    return new Set(Array.isArray(side.ignore) ? side.ignore.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Counts the files ingest will visit (same hidden/system and sidecar `ignore` rules; an estimate for progress). */
export async function countFiles(inputs: string[], signal?: AbortSignal, limit = 100_000): Promise<number> {
  let n = 0;
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      n++; // reported as one unreadable entry
      return;
    }
    const ignored = await ignoredIn(dir);
    for (const e of entries) {
      if (n >= limit || signal?.aborted) return;
      if (isHiddenOrSystem(e.name) || ignored.has(e.name)) continue;
      if (e.isDirectory()) await walk(path.join(dir, e.name));
      else n++;
    }
  };
  for (const input of inputs) {
    try {
      if ((await fs.stat(input)).isDirectory()) await walk(input);
      else n++;
    } catch {
      n++;
    }
  }
  return n;
}

/** Reads every input (folder or file) into documents; unreadable files come back as documents with diagnostics.
 *  When two inputs hold the same relative path (two folders each with `report.txt`), those documents' paths are
 *  prefixed with their folder's name and their ids made distinct, so every source stays addressable. */
export async function readDocuments(inputs: string[], opts: ReadOptions = {}): Promise<CleanDocument[]> {
  const total = opts.onProgress ? await countFiles(inputs, opts.signal) : 0;
  opts.onProgress?.({ done: 0, total });
  const perInput: CleanDocument[][] = [];
  let before = 0;
  for (const input of inputs) {
    const docs: CleanDocument[] = [];
    let doneHere = 0;
    for await (const d of readSources([input], {
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      signal: opts.signal,
      outlets: opts.outlets,
      limits: opts.limits,
      reader: (opts.pool ?? sharedIngestPool()).read,
      onProgress: (p) => {
        doneHere = p.done;
        const done = before + p.done;
        opts.onProgress?.({ done, total: Math.max(total, done), current: p.path });
      },
    }))
      docs.push(d);
    before += doneHere;
    perInput.push(docs);
  }
  return disambiguate(inputs, perInput);
}

function disambiguate(inputs: string[], perInput: CleanDocument[][]): CleanDocument[] {
  const count = new Map<string, number>();
  for (const docs of perInput) for (const d of new Set(docs.map((x) => x.path))) count.set(d, (count.get(d) ?? 0) + 1);
  if (![...count.values()].some((n) => n > 1)) return perInput.flat();
  const labels = new Map<string, number>();
  return perInput.flatMap((docs, i) => {
    const base = path.basename(path.resolve(inputs[i])) || `input${i + 1}`;
    const seen = labels.get(base) ?? 0;
    labels.set(base, seen + 1);
    const label = seen ? `${base}-${seen + 1}` : base;
    return docs.map((d) => ((count.get(d.path) ?? 0) > 1 ? { ...d, path: `${label}/${d.path}`, id: `${d.id}-${i + 1}` } : d));
  });
}
