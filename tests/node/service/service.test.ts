import { afterEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzeProgress, EventName, Events, ProjectSummary } from '../../../src/api/contract';
import { dispatch } from '../../../src/api/handlers';
import type { analyze } from '../../../src/core/engine/analyze';
import { sourceInfo } from '../../../src/core/engine/analyze';
import type { Alignment, Claim, Comparison } from '../../../src/core/model';
import { createServices, ServiceError, type Services } from '../../../src/node/service';
import { parseProject } from '../../../src/node/project-store';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const demoFolder = path.join(repoRoot, 'resources/demo');
const dirs: string[] = [];
const open: Services[] = [];

async function tmp(prefix: string): Promise<string> {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

/** A tiny deterministic engine: one claim per non-empty line, claims with the same line number across sources aligned. */
const lineEngine: typeof analyze = (docs, opts = {}) => {
  const claims: Claim[] = [];
  docs.forEach((d, di) => {
    let pos = 0;
    let index = 0;
    for (const line of d.text.split('\n')) {
      if (line.trim()) {
        claims.push({ id: `${d.id}:${index}`, sourceId: d.id, eventId: 'e1', text: line, origin: { start: pos, end: pos + line.length }, facts: [], index });
        index++;
      }
      pos += line.length + 1;
    }
    opts.onProgress?.(di + 1, docs.length);
  });
  const byIndex = new Map<number, Claim[]>();
  for (const c of claims) byIndex.set(c.index, [...(byIndex.get(c.index) ?? []), c]);
  const alignments: Alignment[] = [...byIndex.entries()]
    .filter(([, cs]) => cs.length > 1)
    .map(([i, cs]) => ({ id: `g${i}`, eventId: 'e1', claimIds: cs.map((c) => c.id), score: 0.9, status: 'conflict', discrepancies: [], tag: null }));
  return {
    format: 'parallax.comparison',
    version: 1,
    generatedAt: new Date(0).toISOString(),
    engine: { name: 'parallax', version: 'test', settings: {} },
    sources: docs.map(sourceInfo),
    events: [{ id: 'e1', label: 'talks', date: null, place: null, sourceIds: docs.map((d) => d.id) }],
    claims,
    alignments,
    factTable: [],
  } satisfies Comparison;
};

function recorder() {
  const events: { name: EventName; payload: unknown }[] = [];
  const emit = <E extends EventName>(name: E, payload: Events[E]) => void events.push({ name, payload });
  const progress = () => events.filter((e) => e.name === 'analysis:progress').map((e) => e.payload as AnalyzeProgress);
  return { events, emit, progress };
}

async function articles(): Promise<string> {
  const dir = await tmp('parallax-articles-');
  await fs.writeFile(path.join(dir, 'north.txt'), 'Ministers met in Lindmoor.\nThe talks lasted three hours.\nA statement follows on Friday.\n');
  await fs.writeFile(path.join(dir, 'south.txt'), 'Foreign ministers met in Lindmoor.\nThe talks lasted four hours.\n');
  return dir;
}

async function analysed(s: Services, rec: ReturnType<typeof recorder>): Promise<Comparison> {
  const { jobId } = await s['analysis:start']();
  await s.idle();
  const last = rec.progress().filter((p) => p.jobId === jobId).at(-1);
  expect(last?.phase).toBe('done');
  const c = await s['comparison:get']();
  if (!c) throw new Error('no comparison');
  return c;
}

describe('services', () => {
  it('opens the demo corpus on first start, reads it with progress and analyses it', async () => {
    const userDataDir = await tmp('parallax-ud-');
    const rec = recorder();
    const s = createServices({ userDataDir, demoFolder, transport: 'http', emit: rec.emit });
    open.push(s);
    const info = await dispatch(s, 'app:get-info', undefined);
    expect(info).toMatchObject({ transport: 'http', demoFolder, nativeDialogs: false, pdfExport: false });
    const sum = await dispatch(s, 'project:get-summary', undefined);
    expect(sum.folders).toEqual([demoFolder]);
    expect(sum.sources.map((x) => x.path)).toContain('continental-dispatch-wire.txt');
    // the demo is read-only when packaged: its project lives in userData
    expect(sum.projectPath?.startsWith(path.join(userDataDir, 'projects'))).toBe(true);
    const c = await analysed(s, rec);
    expect(c.format).toBe('parallax.comparison');
    expect(c.sources.length).toBe(sum.sources.length);
    const phases = rec.progress().map((p) => p.phase);
    expect(phases).toContain('reading');
    expect(phases).toContain('analysing');
    expect(phases.at(-1)).toBe('done');
    // file counts: reading ends at n of n, with the file being read named on the way
    const reads = rec.progress().filter((p) => p.phase === 'reading');
    expect(reads.at(-1)!.done).toBe(reads.at(-1)!.total);
    expect(reads.at(-1)!.total).toBeGreaterThanOrEqual(6);
    expect(reads.at(-1)!.current).toMatch(/\.(txt|md|html)$/);
    expect(await dispatch(s, 'app:get-recent', undefined)).toEqual([demoFolder]);
    const text = await dispatch(s, 'source:get-text', { sourceId: c.sources[0].id });
    expect(text.original.length).toBeGreaterThan(0);
  }, 120_000);

  it('tags, notes, links and outlets are saved in the project and come back after a restart', async () => {
    const userDataDir = await tmp('parallax-ud-');
    const dir = await articles();
    const rec = recorder();
    const s = createServices({ userDataDir, demoFolder, transport: 'ipc', emit: rec.emit, engine: lineEngine, autosaveMs: 50 });
    open.push(s);
    const sum = await dispatch(s, 'project:open-folders', { paths: [dir] });
    expect(sum.projectPath).toBe(path.join(dir, '.parallax-project.json'));
    expect(sum.sources.map((x) => x.path).sort()).toEqual(['north.txt', 'south.txt']);
    const c = await analysed(s, rec);
    const duration = c.alignments.find((a) => a.claimIds.some((id) => c.claims.find((x) => x.id === id)?.text.includes('hours')));
    expect(duration).toBeDefined();
    const tagged = await dispatch(s, 'tag:set', { alignmentId: duration!.id, status: 'conflict', note: 'three vs four hours' });
    expect(tagged.alignments.find((a) => a.id === duration!.id)?.tag).toMatchObject({ status: 'conflict', note: 'three vs four hours' });
    const north2 = c.claims.find((x) => x.text.startsWith('A statement'))!;
    const south0 = c.claims.find((x) => x.text.startsWith('Foreign'))!;
    const linked = await dispatch(s, 'link:add', { claimIds: [north2.id, south0.id] });
    const manual = linked.alignments.find((a) => a.manual);
    expect(manual?.claimIds).toEqual([north2.id, south0.id]);
    await dispatch(s, 'project:set-outlet', { path: 'north.txt', outlet: 'Northern Herald' });
    await expect(dispatch(s, 'link:remove', { alignmentId: duration!.id })).rejects.toThrow(/not-same/);
    await s.close();

    const disk = parseProject(await fs.readFile(path.join(dir, '.parallax-project.json'), 'utf8'));
    expect(disk.tags).toHaveLength(1);
    expect(disk.links).toHaveLength(1);
    expect(disk.outlets).toEqual({ 'north.txt': 'Northern Herald' });

    // restart: the tag, link and outlet are back
    const rec2 = recorder();
    const s2 = createServices({ userDataDir, demoFolder, transport: 'ipc', emit: rec2.emit, engine: lineEngine });
    open.push(s2);
    const sum2 = await dispatch(s2, 'project:get-summary', undefined); // reopens the last folders
    expect(sum2.folders).toEqual([dir]);
    expect(sum2.sources.find((x) => x.path === 'north.txt')?.outlet).toBe('Northern Herald');
    const c2 = await analysed(s2, rec2);
    expect(c2.alignments.find((a) => a.id === duration!.id)?.tag?.note).toBe('three vs four hours');
    expect(c2.alignments.filter((a) => a.manual)).toHaveLength(1);
    expect(c2.sources.find((x) => x.path === 'north.txt')?.outlet).toBe('Northern Herald');

    // clearing the tag and removing the link
    await dispatch(s2, 'tag:set', { alignmentId: duration!.id, status: null, note: '' });
    const after = await dispatch(s2, 'link:remove', { alignmentId: manual!.id });
    expect(after.alignments.some((a) => a.manual || a.tag)).toBe(false);
  });

  it('re-anchors a tag after the file changed and reports tags it cannot place', async () => {
    const userDataDir = await tmp('parallax-ud-');
    const dir = await articles();
    const rec = recorder();
    const s = createServices({ userDataDir, demoFolder, transport: 'ipc', emit: rec.emit, engine: lineEngine });
    open.push(s);
    await dispatch(s, 'project:open-folders', { paths: [dir] });
    const c = await analysed(s, rec);
    const g = c.alignments.find((a) => a.id === 'g1')!;
    await dispatch(s, 'tag:set', { alignmentId: g.id, status: 'partial', note: 'durations' });
    const g0 = c.alignments.find((a) => a.id === 'g0')!;
    await dispatch(s, 'tag:set', { alignmentId: g0.id, status: 'agreement', note: '' });
    // the wires add a line at the top: the duration statements move to line 2 (group g2); line 1 is rewritten
    await fs.writeFile(path.join(dir, 'north.txt'), 'Update from the wire desk at noon today.\nMinisters from two states met in Lindmoor today.\nThe talks lasted three hours.\n');
    await fs.writeFile(path.join(dir, 'south.txt'), 'Update from the south desk this evening.\nForeign ministers met in Lindmoor.\nThe talks lasted four hours.\n');
    const c2 = await analysed(s, rec);
    expect(c2.alignments.find((a) => a.id === 'g2')?.tag?.note).toBe('durations');
    const sum = await dispatch(s, 'project:get-summary', undefined);
    expect(sum.diagnostics.map((d) => d.code)).toContain('project-orphans');
  });

  it('cancels an analysis job and reports it', async () => {
    const userDataDir = await tmp('parallax-ud-');
    const dir = await tmp('parallax-many-');
    for (let i = 0; i < 200; i++) await fs.writeFile(path.join(dir, `f${String(i).padStart(3, '0')}.txt`), `line ${i}\n`);
    const rec = recorder();
    const s = createServices({ userDataDir, demoFolder, transport: 'http', emit: rec.emit, engine: lineEngine });
    open.push(s);
    await dispatch(s, 'project:open-folders', { paths: [dir] });
    const { jobId } = await dispatch(s, 'analysis:start', undefined);
    expect(await dispatch(s, 'analysis:cancel', { jobId })).toEqual({ cancelled: true });
    expect(rec.progress().filter((p) => p.jobId === jobId).at(-1)?.phase).toBe('cancelled');
    expect(await dispatch(s, 'analysis:cancel', { jobId })).toEqual({ cancelled: false });
    expect(await dispatch(s, 'comparison:get', undefined)).toBeNull();
  });

  it('exports through writeExport and rejects bad requests clearly', async () => {
    const userDataDir = await tmp('parallax-ud-');
    const dir = await articles();
    const out = await tmp('parallax-out-');
    // IPC: Electron main has asked the user where to save (src/main); over HTTP no outPath is accepted (below)
    const s = createServices({ userDataDir, demoFolder, transport: 'ipc', emit: recorder().emit, engine: lineEngine });
    open.push(s);
    await dispatch(s, 'project:open-folders', { paths: [dir] });
    const file = path.join(out, 'report.json');
    const res = await dispatch(s, 'export:write', { format: 'json', scope: 'all', language: 'en', outPath: file });
    expect(res.path).toBe(file);
    const json = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(json).toMatchObject({ format: 'parallax.comparison', version: 1 });
    expect(json.sources).toHaveLength(2);
    await expect(dispatch(s, 'export:write', { format: 'json', scope: 'all', language: 'en', outPath: 'relative.json' })).rejects.toThrow(ServiceError);
    await expect(dispatch(s, 'export:write', { format: 'pdf', scope: 'all', language: 'en' })).rejects.toThrow(/PDF/);
    await expect(dispatch(s, 'project:open-folders', { paths: [path.join(out, 'nope')] })).rejects.toThrow(/not found/);
    await expect(dispatch(s, 'source:get-text', { sourceId: 'zzz' })).rejects.toThrow(/no source/);
    await expect(dispatch(s, 'tag:set', { alignmentId: 'x', status: 'maybe', note: '' } as never)).rejects.toThrow(/must be one of/);
  });

  it('reports a damaged project file in the summary and carries on from its backup', async () => {
    const userDataDir = await tmp('parallax-ud-');
    const dir = await articles();
    const rec = recorder();
    const s = createServices({ userDataDir, demoFolder, transport: 'ipc', emit: rec.emit, engine: lineEngine, autosaveMs: 0 });
    open.push(s);
    await dispatch(s, 'project:open-folders', { paths: [dir] });
    const c = await analysed(s, rec);
    await dispatch(s, 'tag:set', { alignmentId: c.alignments[0].id, status: 'conflict', note: 'first' });
    await new Promise((r) => setTimeout(r, 100)); // autosaved: the next save keeps this one as a backup
    await dispatch(s, 'project:set-outlet', { path: 'north.txt', outlet: 'Northern Herald' });
    await s.close();
    const file = path.join(dir, '.parallax-project.json');
    await fs.writeFile(file, '{"format":"parallax.project","vers');

    const s2 = createServices({ userDataDir, demoFolder, transport: 'ipc', emit: recorder().emit, engine: lineEngine });
    open.push(s2);
    const sum = await dispatch(s2, 'project:open-folders', { paths: [dir] });
    expect(sum.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['project-corrupt', 'project-backup-used']));
    expect(sum.diagnostics.find((d) => d.code === 'project-corrupt')?.level).toBe('warning');
    // the backup held the tag (saved before the outlet change)
    const { jobId } = await dispatch(s2, 'analysis:start', undefined);
    expect(jobId).toBeTruthy();
    await s2.idle();
    const c2 = await dispatch(s2, 'comparison:get', undefined);
    expect(c2?.alignments[0].tag?.note).toBe('first');
  });

  it('a taught name variant is saved and the comparison is re-analysed with it', async () => {
    const userDataDir = await tmp('parallax-ud-');
    const dir = await articles();
    const seen: unknown[] = [];
    const engine: typeof analyze = (docs, o) => {
      seen.push(o?.nameVariants);
      return lineEngine(docs, o);
    };
    const s = createServices({ userDataDir, demoFolder, transport: 'ipc', emit: recorder().emit, engine, autosaveMs: 0 });
    open.push(s);
    await dispatch(s, 'project:open-folders', { paths: [dir] });
    const c = await dispatch(s, 'names:add-variant', { canonical: 'lindmoor', variants: ['林德莫尔', 'Lindmoor'] });
    expect(c.sources).toHaveLength(2);
    expect(seen.at(-1)).toEqual([{ canonical: 'lindmoor', variants: ['林德莫尔', 'Lindmoor'] }]);
    await s.close();
    const disk = parseProject(await fs.readFile(path.join(dir, '.parallax-project.json'), 'utf8'));
    expect(disk.nameVariants).toEqual([{ canonical: 'lindmoor', variants: ['林德莫尔', 'Lindmoor'] }]);
  });

  it('two windows on one project see each other\'s tags and never overwrite them', async () => {
    const dir = await articles();
    const rec1 = recorder();
    const rec2 = recorder();
    const w1 = createServices({ userDataDir: await tmp('parallax-ud-'), demoFolder, transport: 'ipc', emit: rec1.emit, engine: lineEngine, autosaveMs: 0, watchProjectMs: 50 });
    const w2 = createServices({ userDataDir: await tmp('parallax-ud-'), demoFolder, transport: 'ipc', emit: rec2.emit, engine: lineEngine, autosaveMs: 0, watchProjectMs: 50 });
    open.push(w1, w2);
    for (const w of [w1, w2]) await dispatch(w, 'project:open-folders', { paths: [dir] });
    const c1 = await analysed(w1, rec1);
    await analysed(w2, rec2);
    await dispatch(w1, 'tag:set', { alignmentId: c1.alignments[0].id, status: 'conflict', note: 'from window one' });
    await dispatch(w2, 'tag:set', { alignmentId: c1.alignments[1].id, status: 'agreement', note: 'from window two' });
    const changed = rec2.events.length;
    // each window learns about the other's tag by itself (project:changed from watching the project file)
    const notes = async (w: Services) => (await dispatch(w, 'comparison:get', undefined))?.alignments.map((a) => a.tag?.note ?? null);
    const both = ['from window one', 'from window two'];
    for (let i = 0; i < 150; i++) {
      if (JSON.stringify(await notes(w1)) === JSON.stringify(both) && rec2.events.slice(changed).some((e) => e.name === 'project:changed')) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(rec2.events.slice(changed).some((e) => e.name === 'project:changed')).toBe(true);
    for (const w of [w1, w2]) expect(await notes(w)).toEqual(both);
  });

  it('emits project:changed with the summary on open', async () => {
    const rec = recorder();
    const s = createServices({ userDataDir: await tmp('parallax-ud-'), demoFolder, transport: 'http', emit: rec.emit, engine: lineEngine });
    open.push(s);
    const dir = await articles();
    await dispatch(s, 'project:open-folders', { paths: [dir] });
    const changed = rec.events.filter((e) => e.name === 'project:changed').map((e) => e.payload as ProjectSummary);
    expect(changed.at(-1)?.folders).toEqual([dir]);
  });
});

describe('reading several folders', () => {
  it('keeps two folders with the same file names apart', async () => {
    const { readDocuments } = await import('../../../src/node/service/sources');
    const a = path.join(await tmp('parallax-two-'), 'wire');
    const b = path.join(await tmp('parallax-two-'), 'wire');
    await fs.mkdir(a);
    await fs.mkdir(b);
    await fs.writeFile(path.join(a, 'report.txt'), 'Ministers met in Lindmoor on Tuesday for three hours.\n');
    await fs.writeFile(path.join(b, 'report.txt'), 'The foreign ministers met in Lindmoor for four hours.\n');
    await fs.writeFile(path.join(b, 'other.txt'), 'A joint statement is expected on Friday, officials said.\n');
    const progress: number[] = [];
    const docs = await readDocuments([a, b], { onProgress: (p) => progress.push(p.done) });
    expect(docs.map((d) => d.path)).toEqual(['wire/report.txt', 'other.txt', 'wire-2/report.txt']);
    expect(new Set(docs.map((d) => d.id)).size).toBe(3);
    expect(progress.at(-1)).toBe(3);
  });
});
