// Issue 14 (10): a few hundred fast-check cases of mutated files of every format through the ingest workers (npm
// run fuzz runs 10,000 and the pathological files), and a folder of the good files beside the worst mutants reads
// the good files exactly as they read alone, and the engine runs on them.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/node/engine';
import { createIngestPool } from '../../src/node/ingest/pool';
import { readDocuments } from '../../src/node/service/sources';
import { caseArb, mutate, runCase, SEEDS, type FuzzCase } from './cases';

const dir = mkdtempSync(path.join(tmpdir(), 'parallax-fuzz-'));
const pool = createIngestPool({ size: 1 });
afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest fuzz', () => {
  it('every seed reads to text', async () => {
    for (const name of Object.keys(SEEDS)) {
      const r = await runCase(pool, dir, 0, { seed: name, mutations: [] });
      expect(r.problems, name).toEqual([]);
      expect(r.docs[0].text, name).toMatch(/Dessau|德紹/);
    }
  }, 60_000);

  it('300 mutated files each read with text or a diagnostic, none throwing or running over its budget', async () => {
    let n = 1;
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const r = await runCase(pool, dir, n++, c);
        expect(r.problems, JSON.stringify(c).slice(0, 300)).toEqual([]);
      }),
      { numRuns: 300, seed: 14 },
    );
  }, 300_000);

  it('good files beside mutants read as they do alone, and the engine compares them', async () => {
    // same folder name in both (the folder name is the fallback outlet)
    const good = path.join(dir, 'alone', 'corpus');
    const mixed = path.join(dir, 'beside', 'corpus');
    for (const d of [good, mixed]) mkdirSync(d, { recursive: true });
    for (const [name, bytes] of Object.entries(SEEDS)) {
      writeFileSync(path.join(good, name), bytes);
      writeFileSync(path.join(mixed, name), bytes);
    }
    const bad = fc.sample(caseArb, { numRuns: 20, seed: 7 }) as FuzzCase[];
    bad.forEach((c, i) => writeFileSync(path.join(mixed, `zz-bad-${i}${path.extname(c.seed)}`), mutate(SEEDS[c.seed], c.mutations)));
    const alone = await readDocuments([good], { pool });
    const together = await readDocuments([mixed], { pool });
    expect(together).toHaveLength(alone.length + bad.length);
    for (const d of alone) expect(together.find((x) => x.path === d.path)).toEqual(d);
    const comparison = analyzeDocuments(together, {});
    expect(comparison.sources.length).toBe(together.length);
  }, 300_000);
});
