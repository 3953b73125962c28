import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalysisRunner, isCancelled, runAnalysis } from '../../../src/node/service/analysis';
import { readDocuments } from '../../../src/node/service/sources';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const demoFolder = path.join(repoRoot, 'resources/demo');
const fixed = new Date('2026-02-01T00:00:00Z');

describe('analysis runner', () => {
  it('gives the same comparison in a worker thread as inline, with progress', async () => {
    const docs = await readDocuments([demoFolder]);
    const inline = await runAnalysis(docs, { now: () => fixed });
    const runner = createAnalysisRunner({ mode: 'worker' });
    expect(runner.mode).toBe('worker');
    try {
      const seen: number[] = [];
      const viaWorker = await runner.run(docs, { now: () => fixed, onProgress: (d) => seen.push(d) });
      expect(viaWorker).toEqual(inline);
      expect(seen.at(-1)).toBe(docs.length);
      // the worker is reused for the next run
      expect(await runner.run(docs, { now: () => fixed })).toEqual(inline);
    } finally {
      await runner.close();
    }
  }, 60_000);

  it('cancels a running worker at once and starts a fresh one next time', async () => {
    const one = await readDocuments([demoFolder]);
    const docs = Array.from({ length: 8 }, (_, i) => one.map((d) => ({ ...d, id: `${d.id}-${i}`, path: `${i}/${d.path}` }))).flat();
    const runner = createAnalysisRunner({ mode: 'worker' });
    try {
      const ctl = new AbortController();
      const err = await runner.run(docs, { signal: ctl.signal, onProgress: () => ctl.abort() }).catch((e: unknown) => e);
      expect(isCancelled(err)).toBe(true);
      const again = await runner.run(one, { now: () => fixed });
      expect(again.sources).toHaveLength(one.length);
      const pre = new AbortController();
      pre.abort();
      expect(isCancelled(await runner.run(one, { signal: pre.signal }).catch((e: unknown) => e))).toBe(true);
    } finally {
      await runner.close();
    }
  }, 60_000);

  it('runs inline when asked', async () => {
    const runner = createAnalysisRunner({ mode: 'inline' });
    expect(runner.mode).toBe('inline');
    const docs = await readDocuments([demoFolder]);
    expect((await runner.run(docs)).sources).toHaveLength(docs.length);
  });
});
