// Workspace benchmarks (figures, not assertions): re-attaching analyst tags to a re-analysed comparison, and
// saving a project file (atomic write + fsync + rename + backup). Prints `name: value unit` lines.
// Standalone: `npx tsx bench/workspace.ts`; from bench/run.ts: `const { benchWorkspace } = await import('./workspace')`.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Alignment, Claim, Comparison, SourceInfo } from '../src/core/model';
import { emptyProject } from '../src/core/workspace';
import { applyProject, makeTagRecord } from '../src/core/workspace-apply';
import { ProjectStore } from '../src/node/project-store';

/** 200 sources × 100 statements, 5,000 groups of three (generated text with repeated phrasing). */
function generated(prefix: string, edit: (i: number) => boolean): Comparison {
  const sources: SourceInfo[] = Array.from({ length: 200 }, (_, i) => ({ id: `s${i}`, path: `outlet-${i}/report.txt`, outlet: null, language: 'en', title: null, published: null, url: null, format: 'text', encoding: null, diagnostics: [] }));
  const claims: Claim[] = [];
  for (let s = 0; s < 200; s++)
    for (let k = 0; k < 100; k++) {
      const text = `Statement ${k} from outlet ${s}: the talks lasted ${k % 7} hours in the lakeside town${edit(s * 100 + k) ? ', officials said' : ''}.`;
      claims.push({ id: `${prefix}c${s}-${k}`, sourceId: `s${s}`, eventId: null, text, origin: { start: k * 120, end: k * 120 + text.length }, facts: [], index: k });
    }
  const alignments: Alignment[] = Array.from({ length: 5000 }, (_, g) => {
    const k = Math.floor(g / 200);
    return { id: `${prefix}g${g}`, eventId: null, claimIds: [0, 1, 2].map((d) => `${prefix}c${(g + d) % 200}-${k}`), score: 0.5, status: 'conflict', discrepancies: [], tag: null };
  });
  return { format: 'parallax.comparison', version: 1, generatedAt: '', engine: { name: 'parallax', version: 'bench', settings: {} }, sources, events: [], claims, alignments, factTable: [] };
}

export async function benchWorkspace(): Promise<void> {
  const before = generated('', () => false);
  const tags = Array.from({ length: 2000 }, (_, i) => makeTagRecord(before, `g${i * 2}`, 'conflict', `note ${i}`, new Date()));
  let t = performance.now();
  const same = applyProject(before, { ...emptyProject(), tags });
  console.log(`workspace apply 2000 tags, same ids: ${(performance.now() - t).toFixed(1)} ms (${same.orphans.length} orphans)`);
  const after = generated('r', (i) => i % 10 === 0); // renamed ids, one statement in ten edited
  t = performance.now();
  const moved = applyProject(after, { ...emptyProject(), tags });
  console.log(`workspace apply 2000 tags, re-anchored: ${(performance.now() - t).toFixed(1)} ms (${moved.orphans.length} orphans)`);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-bench-'));
  try {
    const store = await ProjectStore.open(path.join(dir, '.parallax-project.json'), { debounceMs: 0, backupEveryMs: 0 });
    for (const record of tags) store.change({ type: 'tag', record });
    await store.flush();
    const n = 50;
    t = performance.now();
    for (let i = 0; i < n; i++) {
      store.change({ type: 'tag', record: { ...tags[i], note: `edited ${i}`, updatedAt: new Date().toISOString() } });
      await store.flush();
    }
    const size = (await fs.stat(store.path)).size;
    console.log(`project save (2000 tags, ${(size / 1024).toFixed(0)} KiB, fsync + rename + backup): ${((performance.now() - t) / n).toFixed(1)} ms`);
    await store.close();
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) await benchWorkspace();
