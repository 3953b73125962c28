import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { emptyProject, PROJECT_VERSION, type TagRecord } from '../../../src/core/workspace';
import { acquireLock, applyOp, listBackups, parseProject, ProjectStore, readProjectFile, writeProjectAtomic } from '../../../src/node/project-store';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const tsxLoader = require.resolve('tsx');
const dirs: string[] = [];

async function tmp(): Promise<string> {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-store-'));
  dirs.push(d);
  return d;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

function tag(id: string, note: string, at = new Date().toISOString()): TagRecord {
  return { alignmentId: id, anchors: [{ path: 'a.txt', quote: `quote ${id}`, start: 0 }], status: 'conflict', note, updatedAt: at };
}

describe('ProjectStore', () => {
  it('autosaves within a second and reopens with the same tags, notes, links, outlets and variants', async () => {
    const file = path.join(await tmp(), '.parallax-project.json');
    const store = await ProjectStore.open(file, { folders: ['/data/articles'] });
    store.change({ type: 'tag', record: tag('a1', 'venue differs') });
    store.change({ type: 'link-add', record: { id: 'manual-1', anchors: [], createdAt: new Date().toISOString() } });
    store.change({ type: 'outlet', path: 'en/report.txt', outlet: 'Harbor Times' });
    store.change({ type: 'name-variant', variant: { canonical: 'lindqvist', variants: ['林奎斯特', 'Lindqvist'] } });
    await new Promise((r) => setTimeout(r, 1000));
    const disk = parseProject(await fs.readFile(file, 'utf8'));
    expect(disk.tags.map((t) => t.note)).toEqual(['venue differs']);
    expect(disk.folders).toEqual(['/data/articles']);
    expect(disk.outlets).toEqual({ 'en/report.txt': 'Harbor Times' });
    expect(disk.links.map((l) => l.id)).toEqual(['manual-1']);
    expect(disk.nameVariants).toEqual([{ canonical: 'lindqvist', variants: ['林奎斯特', 'Lindqvist'] }]);
    expect(disk.revision).toBeGreaterThan(0);
    await store.close();
    const again = await ProjectStore.open(file);
    expect(again.project.tags).toEqual(disk.tags);
    expect(again.diagnostics).toEqual([]);
    await again.close();
  });

  it('keeps the last N backups and leaves no temporary files behind', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'p.json');
    const store = await ProjectStore.open(file, { backups: 3, debounceMs: 0, backupEveryMs: 0 });
    for (let i = 0; i < 8; i++) {
      store.change({ type: 'tag', record: tag(`a${i}`, `n${i}`) });
      await store.flush();
    }
    const backups = await listBackups(file);
    expect(backups).toHaveLength(3);
    const revs = await Promise.all(backups.map(async (b) => parseProject(await fs.readFile(b, 'utf8')).revision));
    expect(revs).toEqual([7, 6, 5]);
    const names = await fs.readdir(dir);
    expect(names.filter((n) => n.includes('.tmp-') || n.endsWith('.lock'))).toEqual([]);
    await store.close();
  });

  it('spaces backups in time: autosaving every moment does not push the older backups out', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'p.json');
    const store = await ProjectStore.open(file, { backups: 3, debounceMs: 0, backupEveryMs: 60_000 });
    for (let i = 0; i < 6; i++) {
      store.change({ type: 'tag', record: tag(`a${i}`, `n${i}`) });
      await store.flush();
    }
    const backups = await listBackups(file);
    expect(backups).toHaveLength(1); // the first save had nothing to back up; the second made one; the rest waited
    expect(parseProject(await fs.readFile(backups[0], 'utf8')).revision).toBe(1);
    await store.close();
  });

  it('reports a corrupt file, keeps it aside and restores the newest good backup', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'p.json');
    const store = await ProjectStore.open(file, { debounceMs: 0 });
    store.change({ type: 'tag', record: tag('a1', 'first') });
    await store.flush();
    store.change({ type: 'tag', record: tag('a2', 'second') });
    await store.flush();
    await store.close();
    await fs.writeFile(file, '{"format":"parallax.project","version":1,"tags":[{"alignm');
    const reopened = await ProjectStore.open(file);
    expect(reopened.diagnostics.map((d) => d.code)).toEqual(['project-corrupt', 'project-backup-used']);
    expect(reopened.project.tags.map((t) => t.note)).toEqual(['first']);
    expect(reopened.readOnly).toBe(false);
    const names = await fs.readdir(dir);
    expect(names.some((n) => n.startsWith('p.json.corrupt-'))).toBe(true);
    await reopened.close();
  });

  it('opens a newer-version file read-only and never overwrites it', async () => {
    const file = path.join(await tmp(), 'p.json');
    const future = JSON.stringify({ ...emptyProject(['/f']), version: PROJECT_VERSION + 1, revision: 9, tags: [tag('z', 'from the future')] });
    await fs.writeFile(file, future);
    const store = await ProjectStore.open(file, { debounceMs: 0 });
    expect(store.readOnly).toBe(true);
    expect(store.diagnostics[0]).toMatchObject({ level: 'error', code: 'project-newer-version' });
    store.change({ type: 'tag', record: tag('a1', 'local only') });
    await store.close();
    expect(await fs.readFile(file, 'utf8')).toBe(future);
    expect(store.project.tags.map((t) => t.note)).toEqual(['local only']);
  });

  it('two writers on one project merge instead of overwriting each other', async () => {
    const file = path.join(await tmp(), 'p.json');
    const onExternal: number[] = [];
    const a = await ProjectStore.open(file, { debounceMs: 0 });
    const b = await ProjectStore.open(file, { debounceMs: 0, onExternalChange: (p) => onExternal.push(p.tags.length) });
    a.change({ type: 'tag', record: tag('g1', 'by A', '2026-01-01T00:00:01.000Z') });
    a.change({ type: 'outlet', path: 'x.txt', outlet: 'Outlet A' });
    await a.flush();
    b.change({ type: 'tag', record: tag('g2', 'by B', '2026-01-01T00:00:02.000Z') });
    // B changes the same group later than A: B's verdict wins
    b.change({ type: 'tag', record: tag('g1', 'B revised', '2026-01-01T00:00:03.000Z') });
    await b.flush();
    // A, unaware, edits g1 with an OLDER timestamp (clock skew): B's newer note must survive
    a.change({ type: 'tag', record: tag('g1', 'A stale', '2026-01-01T00:00:02.500Z') });
    await Promise.all([a.flush(), b.flush()]);
    const disk = parseProject(await fs.readFile(file, 'utf8'));
    expect(disk.tags.map((t) => `${t.alignmentId}:${t.note}`).sort()).toEqual(['g1:B revised', 'g2:by B']);
    expect(disk.outlets).toEqual({ 'x.txt': 'Outlet A' });
    expect(onExternal).toEqual([2]); // B's first save merged A's work
    expect(await a.refresh()).toBe(false); // A saved last, on top of B's state
    expect(await b.refresh()).toBe(true); // B picks up A's (rejected-as-stale) save
    expect(await b.refresh()).toBe(false);
    for (const s of [a, b]) expect(s.project.tags.map((t) => t.note).sort()).toEqual(['B revised', 'by B']);
    expect(b.project.outlets).toEqual({ 'x.txt': 'Outlet A' });
    await a.close();
    await b.close();
  });

  it('removing a tag or a link is merged like any change', () => {
    const p = emptyProject();
    applyOp(p, { type: 'tag', record: tag('g1', 'x', '2026-01-01T00:00:00Z') });
    applyOp(p, { type: 'link-add', record: { id: 'm1', anchors: [], createdAt: '2026-01-01T00:00:00Z' } });
    applyOp(p, { type: 'tag', record: tag('m1', 'on link', '2026-01-01T00:00:00Z') });
    applyOp(p, { type: 'tag', record: { ...tag('g1', ''), status: null, updatedAt: '2026-01-02T00:00:00Z' } });
    expect(p.tags.map((t) => t.alignmentId)).toEqual(['m1']);
    applyOp(p, { type: 'link-remove', id: 'm1' });
    expect(p.links).toEqual([]);
    expect(p.tags).toEqual([]);
  });

  it('breaks a stale lock left by a killed writer', async () => {
    const file = path.join(await tmp(), 'p.json');
    await fs.writeFile(`${file}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, time: Date.now(), nonce: 'dead' }));
    const release = await acquireLock(file, 1000);
    await release();
    await expect(fs.stat(`${file}.lock`)).rejects.toThrow();
    // a live holder blocks until timeout
    const held = await acquireLock(file);
    await expect(acquireLock(file, 100)).rejects.toThrow(/locked/);
    await held();
  });

  it('writeProjectAtomic + readProjectFile round-trip a missing file as empty', async () => {
    const file = path.join(await tmp(), 'sub', 'p.json');
    expect((await readProjectFile(file, ['/a'])).project.folders).toEqual(['/a']);
    await writeProjectAtomic(file, { ...emptyProject(['/a']), revision: 3 });
    expect((await readProjectFile(file)).project.revision).toBe(3);
  });

  it('two processes saving into one project at the same time keep every tag', async () => {
    const file = path.join(await tmp(), '.parallax-project.json');
    const go = path.join(path.dirname(file), 'go');
    const ready: Promise<void>[] = [];
    const run = (prefix: string) =>
      new Promise<{ code: number; merged: number }>((resolve) => {
        const child = spawn(process.execPath, ['--import', tsxLoader, path.join(here, 'fixtures/writer.ts'), file, prefix, '100', go], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        ready.push(
          new Promise((r) =>
            child.stdout.on('data', (d: Buffer) => {
              out += d.toString();
              if (out.includes('ready')) r();
            }),
          ),
        );
        child.on('exit', (code) => resolve({ code: code ?? -1, merged: Number(/merged (\d+)/.exec(out)?.[1] ?? -1) }));
      });
    const running = [run('left-'), run('right-')];
    await Promise.all(ready);
    await fs.writeFile(go, ''); // both start saving at the same moment
    const results = await Promise.all(running);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    // they really interleaved: some saves found the other writer's work on disk and merged it
    expect(results[0].merged + results[1].merged).toBeGreaterThan(0);
    const project = parseProject(await fs.readFile(file, 'utf8'));
    const ids = new Set(project.tags.map((t) => t.alignmentId));
    expect(ids.size).toBe(200);
    for (let i = 0; i < 100; i++) expect(ids.has(`left-${i}`) && ids.has(`right-${i}`)).toBe(true);
    expect(project.revision).toBe(200);
  }, 120_000);

  it('survives SIGKILL in the middle of saving: the file always parses, holding every acknowledged tag', async () => {
    const file = path.join(await tmp(), '.parallax-project.json');
    let acknowledged = -1;
    for (let round = 0; round < 12; round++) {
      const child = spawn(process.execPath, ['--import', tsxLoader, path.join(here, 'fixtures/saver.ts'), file], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      // wait until it is saving, then kill it at a random moment
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`child did not start: ${err}`)), 20_000);
        child.stdout.once('data', () => {
          clearTimeout(t);
          resolve();
        });
      });
      await new Promise((r) => setTimeout(r, Math.random() * 120));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const saved = out.split('\n').filter((l) => l.startsWith('saved ')).map((l) => Number(l.slice(6)));
      if (saved.length) acknowledged = Math.max(acknowledged, ...saved);

      const project = parseProject(await fs.readFile(file, 'utf8')); // throws if torn
      const ids = project.tags.map((t) => t.alignmentId);
      // tags are exactly a0..ak: the one being saved is present or cleanly absent
      expect(ids).toEqual(ids.map((_, i) => `a${i}`));
      expect(ids.length - 1).toBeGreaterThanOrEqual(acknowledged);
      expect(ids.length - 1).toBeLessThanOrEqual(acknowledged + 1);
      acknowledged = ids.length - 1;
      const { diagnostics } = await readProjectFile(file);
      expect(diagnostics).toEqual([]);
    }
    expect(acknowledged).toBeGreaterThan(5);
  }, 120_000);
});

describe('first save into a fresh folder', () => {
  it('creates the missing project folder instead of failing on the lock', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-fresh-'));
    const file = path.join(dir, 'not', 'yet', 'there', 'p.parallax-project.json');
    const release = await acquireLock(file);
    expect(JSON.parse(await fs.readFile(file + '.lock', 'utf8')).pid).toBe(process.pid);
    await release();
    await expect(fs.access(file + '.lock')).rejects.toThrow();
    await fs.rm(dir, { recursive: true, force: true });
  });
});
