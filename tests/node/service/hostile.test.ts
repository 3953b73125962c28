// Issue 14 (3, 4, 6, 8): a project file cannot widen what is read, malformed project items are dropped one by one
// with a diagnostic naming them (the rest kept, analysis runs), a project damaged after one save offers its backup
// and its `.corrupt` copy, and over HTTP no export path and no single file can be asked for.
import { afterEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventName, Events } from '../../../src/api/contract';
import { dispatch } from '../../../src/api/handlers';
import { createServices, type Services } from '../../../src/node/service';
import { PROJECT_FILE_NAME, parseProject } from '../../../src/node/project-store';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const demoFolder = path.join(repoRoot, 'resources/demo');
const dirs: string[] = [];
const open: Services[] = [];
const emit = <E extends EventName>(_n: E, _p: Events[E]) => undefined;

async function tmp(prefix: string): Promise<string> {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

async function corpus(): Promise<string> {
  const dir = await tmp('parallax-corpus-');
  await fs.writeFile(
    path.join(dir, 'harbor.txt'),
    'Envoys of Vantaro met in Dessau on Tuesday.\nThe talks lasted three hours, officials said.\n',
  );
  await fs.writeFile(path.join(dir, 'coast.txt'), 'Các phái viên Vantaro gặp nhau tại Dessau hôm thứ Ba.\nCuộc hội đàm kéo dài bốn giờ.\n');
  return dir;
}

const services = (userDataDir: string, transport: 'ipc' | 'http' = 'ipc') => {
  const s = createServices({ userDataDir, demoFolder, transport, emit, autosaveMs: 20, watchProjectMs: 0 });
  open.push(s);
  return s;
};

describe('a project file cannot widen access', () => {
  it('lists folders it names outside the opened folder for confirmation, and reads them only when confirmed', async () => {
    const dir = await corpus();
    const secret = await tmp('parallax-elsewhere-');
    await fs.writeFile(path.join(secret, 'private-notes.txt'), 'Quillmark salary list for the finance office.\n');
    await fs.writeFile(
      path.join(dir, PROJECT_FILE_NAME),
      JSON.stringify({
        format: 'parallax.project',
        version: 1,
        folders: [dir, secret],
        outlets: {},
        tags: [],
        links: [],
        nameVariants: [],
        revision: 3,
      }),
    );
    const s = services(await tmp('parallax-ud-'));
    const sum = await dispatch(s, 'project:open-folders', { paths: [dir] });
    expect(sum.sources.map((x) => x.path).sort()).toEqual(['coast.txt', 'harbor.txt']);
    expect(sum.pendingFolders).toEqual([secret]);
    expect(sum.diagnostics.map((d) => d.code)).toContain('project-folders-pending');
    // only the listed folders can be confirmed
    await expect(dispatch(s, 'project:confirm-folders', { paths: ['/etc'] })).rejects.toThrow(/not among/);
    const after = await dispatch(s, 'project:confirm-folders', { paths: [secret] });
    expect(after.pendingFolders).toEqual([]);
    expect(after.sources.map((x) => x.path)).toContain('private-notes.txt');
  }, 60_000);
});

describe('project items that fit no schema', () => {
  it('drops nameVariants [null] and a tag with anchors [null], names them, keeps the rest, and analysis runs', async () => {
    const dir = await corpus();
    const good = {
      alignmentId: 'g-kept',
      anchors: [{ path: 'harbor.txt', quote: 'Envoys of Vantaro met in Dessau on Tuesday.', start: 0 }],
      status: 'agreement',
      note: 'checked',
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    await fs.writeFile(
      path.join(dir, PROJECT_FILE_NAME),
      JSON.stringify({
        format: 'parallax.project',
        version: 1,
        folders: [dir],
        outlets: { 'harbor.txt': 'Harbor Ledger', 'coast.txt': 42 },
        tags: [good, { alignmentId: 'g-bad', anchors: [null], status: 'conflict', note: '', updatedAt: '2026-01-02T00:00:00.000Z' }],
        links: [],
        nameVariants: [null, { canonical: 'vantaro', variants: ['Vantaro', 'Van-ta-rô'] }],
        revision: 1,
      }),
    );
    const s = services(await tmp('parallax-ud-'));
    const sum = await dispatch(s, 'project:open-folders', { paths: [dir] });
    const invalid = sum.diagnostics.filter((d) => d.code === 'project-item-invalid').map((d) => d.message);
    expect(invalid).toHaveLength(2);
    expect(invalid.some((m) => m.includes('tag g-bad') && m.includes('tags[1]'))).toBe(true);
    expect(invalid.some((m) => m.includes('nameVariants[0]'))).toBe(true);
    await s['analysis:start']();
    await s.idle();
    const c = await s['comparison:get']();
    expect(c?.sources).toHaveLength(2);
    expect(c?.sources.find((x) => x.path === 'harbor.txt')?.outlet).toBe('Harbor Ledger');
  }, 120_000);
});

describe('one-save projects', () => {
  it('keeps a backup from the first save and offers it and the .corrupt copy when the file is damaged', async () => {
    const dir = await corpus();
    const ud = await tmp('parallax-ud-');
    const s = services(ud);
    await dispatch(s, 'project:open-folders', { paths: [dir] });
    await dispatch(s, 'project:set-outlet', { path: 'harbor.txt', outlet: 'Harbor Ledger' });
    await s.close();
    open.splice(0);
    const file = path.join(dir, PROJECT_FILE_NAME);
    const names = await fs.readdir(dir);
    expect(names.some((n) => n.startsWith(`${PROJECT_FILE_NAME}.bak-`))).toBe(true);
    // damage it: a truncated write of a file that had gained more outlets since
    const text = await fs.readFile(file, 'utf8');
    const grown = parseProject(text);
    grown.outlets['coast.txt'] = 'Coast Daily';
    const full = JSON.stringify(grown, null, 1);
    await fs.writeFile(file, full.slice(0, full.lastIndexOf('"nameVariants"')));
    const s2 = services(ud);
    const sum = await dispatch(s2, 'project:open-folders', { paths: [dir] });
    expect(sum.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['project-corrupt', 'project-backup-used']));
    expect(sum.sources.find((x) => x.path === 'harbor.txt')?.outlet).toBe('Harbor Ledger');
    const corrupt = sum.restorable.find((r) => r.kind === 'corrupt');
    expect(corrupt).toBeDefined();
    await expect(dispatch(s2, 'project:restore', { from: '/etc/passwd' })).rejects.toThrow(/not one of/);
    const restored = await dispatch(s2, 'project:restore', { from: corrupt!.from });
    expect(restored.sources.find((x) => x.path === 'coast.txt')?.outlet).toBe('Coast Daily');
    expect(restored.restorable).toEqual([]);
    expect(restored.diagnostics.map((d) => d.code)).toContain('project-restored');
  }, 60_000);
});

describe('least privilege over HTTP', () => {
  it('refuses an export path and single or hidden files, while the same requests work over IPC', async () => {
    const dir = await corpus();
    const s = services(await tmp('parallax-ud-'), 'http');
    await expect(
      dispatch(s, 'export:write', { format: 'csv', scope: 'all', language: 'en', outPath: path.join(dir, 'x.csv') }),
    ).rejects.toThrow(/outPath/);
    await expect(dispatch(s, 'project:open-folders', { paths: [path.join(dir, 'harbor.txt')] })).rejects.toThrow(/only folders/);
    const hidden = path.join(dir, '.ssh');
    await fs.mkdir(hidden);
    await expect(dispatch(s, 'project:open-folders', { paths: [hidden] })).rejects.toThrow(/hidden/);
    const sum = await dispatch(s, 'project:open-folders', { paths: [dir] });
    expect(sum.sources).toHaveLength(2);
    const ipc = services(await tmp('parallax-ud-'), 'ipc');
    const one = await dispatch(ipc, 'project:open-folders', { paths: [path.join(dir, 'harbor.txt')] });
    expect(one.sources.map((x) => x.path)).toEqual(['harbor.txt']);
  }, 60_000);
});
