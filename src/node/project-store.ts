// Project files on disk: atomic writes, rolling backups, recovery from corrupt or newer files, and safe
// concurrent writers (two windows or processes on one project).
//
// Writing: the new content goes to a temporary file in the same folder, is fsynced, renamed over the project
// file, and the folder is fsynced; the previous file is kept as a numbered backup (hard link, or copy where
// links are not supported), at most one per `backupEveryMs` so that the backups reach back in time, and only
// the last N backups are kept. A crash at any moment leaves either the old
// or the new file, both complete.
//
// Concurrent writers: every change is recorded as an operation. A save takes a lock file, reads what is on
// disk, and when another writer saved in between (revision changed) replays this writer's own operations on top
// of theirs instead of overwriting them. Tags on the same group are merged by updatedAt (newest wins).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  emptyProject,
  PROJECT_FORMAT,
  PROJECT_VERSION,
  type LinkRecord,
  type NameVariant,
  type Project,
  type TagRecord,
} from '../core/workspace';
import { isEmptyTag } from '../core/workspace-apply';
import {
  folderListSchema,
  labelLink,
  labelTag,
  labelVariant,
  linkRecordSchema,
  nameVariantSchema,
  outletsSchema,
  tagRecordSchema,
  validItems,
  type ItemProblem,
} from '../api/schema';

export const PROJECT_FILE_NAME = '.parallax-project.json';
export const DEFAULT_BACKUPS = 5;
export const DEFAULT_DEBOUNCE_MS = 400;
/** at most one new backup per this many milliseconds (autosave runs far more often) */
export const DEFAULT_BACKUP_EVERY_MS = 30_000;

export interface ProjectDiagnostic {
  level: 'info' | 'warning' | 'error';
  code:
    | 'project-corrupt'
    | 'project-newer-version'
    | 'project-backup-used'
    | 'project-read-only'
    | 'project-save-failed'
    | 'project-merged'
    | 'project-orphans'
    /** items of the project file that do not fit its schema: dropped, each named; the rest is kept */
    | 'project-item-invalid'
    /** folders the project file names outside the opened folders: not read until the analyst confirms them */
    | 'project-folders-pending'
    | 'project-restored';
  message: string;
}

/** One analyst change. Saving replays pending operations on the latest file, so concurrent writers merge. */
export type ProjectOp =
  | { type: 'tag'; record: TagRecord; /** alignment ids of older records this one replaces */ supersedes?: string[] }
  | { type: 'link-add'; record: LinkRecord }
  | { type: 'link-remove'; id: string }
  | { type: 'outlet'; path: string; outlet: string }
  | { type: 'name-variant'; variant: NameVariant }
  | { type: 'folders'; folders: string[] }
  /** the analyst restored an earlier copy: its tags, links, outlets and name variants replace the current ones */
  | { type: 'restore'; project: Pick<Project, 'tags' | 'links' | 'outlets' | 'nameVariants'> };

export class ProjectFileError extends Error {
  constructor(
    public readonly kind: 'corrupt' | 'newer',
    message: string,
    public readonly version?: number,
  ) {
    super(message);
    this.name = 'ProjectFileError';
  }
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** Applies one operation to `p` (mutates and returns it). */
export function applyOp(p: Project, op: ProjectOp): Project {
  switch (op.type) {
    case 'tag': {
      const r = op.record;
      const keys = new Set([r.alignmentId, ...(op.supersedes ?? [])]);
      const existing = p.tags.filter((t) => keys.has(t.alignmentId));
      // someone else changed this tag later than us: theirs wins
      if (existing.some((t) => t.alignmentId === r.alignmentId && t.updatedAt > r.updatedAt)) return p;
      p.tags = p.tags.filter((t) => !keys.has(t.alignmentId) || t.updatedAt > r.updatedAt);
      if (!isEmptyTag(r)) p.tags.push(clone(r));
      return p;
    }
    case 'link-add':
      if (!p.links.some((l) => l.id === op.record.id)) p.links.push(clone(op.record));
      return p;
    case 'link-remove':
      p.links = p.links.filter((l) => l.id !== op.id);
      p.tags = p.tags.filter((t) => t.alignmentId !== op.id);
      return p;
    case 'outlet':
      if (op.outlet.trim()) p.outlets[op.path] = op.outlet.trim();
      else delete p.outlets[op.path];
      return p;
    case 'name-variant': {
      const canon = op.variant.canonical.trim();
      const found = p.nameVariants.find((v) => v.canonical === canon);
      if (found) {
        for (const v of op.variant.variants) if (!found.variants.includes(v)) found.variants.push(v);
      } else p.nameVariants.push({ canonical: canon, variants: Array.from(new Set(op.variant.variants)) });
      return p;
    }
    case 'folders':
      p.folders = [...op.folders];
      return p;
    case 'restore':
      p.tags = clone(op.project.tags);
      p.links = clone(op.project.links);
      p.outlets = clone(op.project.outlets);
      p.nameVariants = clone(op.project.nameVariants);
      return p;
  }
}

/** Parses and checks a project file's text, item by item against the schemas of src/api/schema.ts: a tag, link or
 *  name variant that does not fit is dropped and named in `problems`, the rest is kept. Throws
 *  ProjectFileError('corrupt' | 'newer') only when the file as a whole is not a Parallax project. */
export function parseProjectChecked(text: string): { project: Project; problems: ItemProblem[] } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new ProjectFileError('corrupt', `not valid JSON (${(e as Error).message})`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ProjectFileError('corrupt', 'not a JSON object');
  const o = v as Record<string, unknown>;
  if (o.format !== PROJECT_FORMAT) throw new ProjectFileError('corrupt', `not a Parallax project (format ${JSON.stringify(o.format)})`);
  if (typeof o.version !== 'number') throw new ProjectFileError('corrupt', 'version missing');
  if (o.version > PROJECT_VERSION)
    throw new ProjectFileError(
      'newer',
      `written by a newer Parallax (project version ${o.version}, this app reads ${PROJECT_VERSION})`,
      o.version,
    );
  const problems: ItemProblem[] = [];
  const folders = folderListSchema.safeParse(o.folders ?? []);
  if (!folders.success) problems.push({ where: 'folders', label: 'folders', message: 'is not a list; ignored' });
  const outlets = outletsSchema.safeParse(o.outlets ?? {});
  if (!outlets.success) problems.push({ where: 'outlets', label: 'outlets', message: 'is not an object; ignored' });
  return {
    project: {
      format: PROJECT_FORMAT,
      version: PROJECT_VERSION,
      folders: folders.success ? folders.data : [],
      outlets: outlets.success ? outlets.data : {},
      tags: validItems(o.tags, tagRecordSchema, 'tags', labelTag, problems),
      links: validItems(o.links, linkRecordSchema, 'links', labelLink, problems),
      nameVariants: validItems(o.nameVariants, nameVariantSchema, 'nameVariants', labelVariant, problems),
      revision: typeof o.revision === 'number' && Number.isFinite(o.revision) ? o.revision : 0,
      updatedAt: typeof o.updatedAt === 'string' ? o.updatedAt : new Date(0).toISOString(),
    },
    problems,
  };
}

/** The project in a file's text (items that do not fit their schema left out). Throws ProjectFileError. */
export function parseProject(text: string): Project {
  return parseProjectChecked(text).project;
}

/** Folders a project file names that lie outside every opened input: never read unless the analyst names them. */
export function refusedProjectFolders(projectFolders: string[], inputs: string[]): string[] {
  const abs = inputs.map((i) => path.resolve(i));
  return projectFolders
    .map((f) => path.resolve(f))
    .filter(
      (f) =>
        !abs.some((a) => {
          const rel = path.relative(a, f);
          return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
        }),
    );
}

/** One diagnostic per dropped item (at most `max`, then a count). */
export function itemDiagnostics(file: string, problems: ItemProblem[], max = 20): ProjectDiagnostic[] {
  const out: ProjectDiagnostic[] = problems.slice(0, max).map((p) => ({
    level: 'warning',
    code: 'project-item-invalid',
    message: `${path.basename(file)}: ${p.label} (${p.where}) was left out: ${p.message}. The rest of the project is kept; the file keeps it until the next save, and a backup keeps it after.`,
  }));
  if (problems.length > max)
    out.push({
      level: 'warning',
      code: 'project-item-invalid',
      message: `${path.basename(file)}: ${problems.length - max} more invalid item(s) were left out.`,
    });
  return out;
}

export function serializeProject(p: Project): string {
  return JSON.stringify(p, null, 1) + '\n';
}

const BACKUP_INFIX = '.bak-';

/** Backups of `file`, newest first. */
export async function listBackups(file: string): Promise<string[]> {
  const dir = path.dirname(file);
  const prefix = path.basename(file) + BACKUP_INFIX;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix))
    .sort()
    .reverse()
    .map((n) => path.join(dir, n));
}

async function fsyncDir(dir: string): Promise<void> {
  let h: fs.FileHandle | null = null;
  try {
    h = await fs.open(dir, 'r');
    await h.sync();
  } catch {
    // not supported on every platform (Windows); the rename is still atomic
  } finally {
    await h?.close().catch(() => undefined);
  }
}

/**
 * Writes `p` to `file` atomically, keeping the previous file as a backup when the newest backup is older than
 * `backupEveryMs` (the last `backups` backups are kept).
 */
export async function writeProjectAtomic(file: string, p: Project, backups = DEFAULT_BACKUPS, backupEveryMs = 0): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `${path.basename(file)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  const h = await fs.open(tmp, 'w', 0o644);
  try {
    await h.writeFile(serializeProject(p), 'utf8');
    await h.sync();
  } finally {
    await h.close();
  }
  try {
    if (backups > 0) await keepBackup(file, backups, backupEveryMs);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await fsyncDir(dir);
  // the first save of a project keeps a backup too, so a file damaged after one save can still be restored
  // (a copy, not a link: a link would share the live file's data, and a tool writing the file in place would damage both)
  if (backups > 0 && (await listBackups(file)).length === 0) await keepBackup(file, backups, 0, true).catch(() => undefined);
}

async function keepBackup(file: string, keep: number, everyMs: number, copy = false): Promise<void> {
  if (everyMs > 0) {
    const newest = (await listBackups(file))[0];
    // ctime: when the backup link was made (or its last name change), i.e. when it became a backup
    const st = newest ? await fs.stat(newest).catch(() => null) : null;
    if (st && Date.now() - st.ctimeMs < everyMs) return;
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return; // nothing to back up yet
  }
  let rev: number;
  try {
    rev = parseProject(text).revision;
  } catch {
    return; // never keep a broken file as a backup
  }
  const name = `${file}${BACKUP_INFIX}${String(rev).padStart(10, '0')}`;
  try {
    if (copy) throw Object.assign(new Error('copy asked for'), { code: 'ECOPY' });
    await fs.link(file, name);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') {
      // file systems without hard links: copy through a temporary name so the backup is whole or absent
      const tmp = `${name}.tmp-${process.pid}`;
      await fs.writeFile(tmp, text, 'utf8');
      await fs.rename(tmp, name);
    }
  }
  const all = await listBackups(file);
  for (const old of all.slice(keep)) await fs.rm(old, { force: true });
}

export interface LoadedProject {
  project: Project;
  diagnostics: ProjectDiagnostic[];
  /** true when the file must not be overwritten (written by a newer version) */
  readOnly: boolean;
  /** whether the project file existed */
  existed: boolean;
  /** when the file was damaged: the copies the analyst may restore from (backups, the `.corrupt` copy), newest first */
  restorable: RestoreCandidate[];
}

export interface RestoreCandidate {
  from: string;
  kind: 'backup' | 'corrupt';
  revision: number | null;
  tags: number | null;
  links: number | null;
  savedAt: string | null;
}

/** Closes a JSON text cut short (a truncated write): keeps every complete value and closes the open brackets. */
export function salvageJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // fall through to the repair below
  }
  // places where everything before is complete: before a comma, after a closing bracket
  const stack: string[] = [];
  const cuts: { at: number; closers: string }[] = [];
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c === '{' ? '}' : ']');
    else if (c === '}' || c === ']') {
      stack.pop();
      if (stack.length) cuts.push({ at: i + 1, closers: [...stack].reverse().join('') });
    } else if (c === ',' && stack.length) cuts.push({ at: i, closers: [...stack].reverse().join('') });
  }
  // the latest cut that parses (a few tries: a cut inside a half-written member fails)
  for (let k = cuts.length - 1; k >= Math.max(0, cuts.length - 50); k--) {
    try {
      return JSON.parse(text.slice(0, cuts[k].at) + cuts[k].closers);
    } catch {
      // try an earlier cut
    }
  }
  return null;
}

/** What a copy of a project holds, read leniently (format and version not required; items checked one by one). */
export async function inspectCopy(file: string, kind: 'backup' | 'corrupt'): Promise<RestoreCandidate & { project: Project | null }> {
  let project: Project | null = null;
  let savedAt: string | null = null;
  try {
    const text = await fs.readFile(file, 'utf8');
    const v = salvageJson(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = {
        ...(v as Record<string, unknown>),
        format: PROJECT_FORMAT,
        version: Math.min(Number((v as { version?: unknown }).version) || 1, PROJECT_VERSION),
      };
      project = parseProjectChecked(JSON.stringify(o)).project;
      savedAt = project.updatedAt;
    }
  } catch {
    project = null;
  }
  return {
    from: file,
    kind,
    revision: project?.revision ?? null,
    tags: project?.tags.length ?? null,
    links: project?.links.length ?? null,
    savedAt,
    project,
  };
}

/** The `.corrupt` copies kept beside `file`, newest first. */
export async function listCorruptCopies(file: string): Promise<string[]> {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.corrupt-`;
  try {
    return (await fs.readdir(dir))
      .filter((n) => n.startsWith(prefix))
      .sort()
      .reverse()
      .map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

/** Copies the analyst may restore `file` from: readable backups and `.corrupt` copies that hold anything. */
export async function restoreCandidates(file: string): Promise<RestoreCandidate[]> {
  const out: RestoreCandidate[] = [];
  for (const b of await listBackups(file)) {
    const c = await inspectCopy(b, 'backup');
    if (c.project) out.push({ ...c, project: undefined } as RestoreCandidate);
  }
  for (const b of await listCorruptCopies(file)) {
    const c = await inspectCopy(b, 'corrupt');
    if (
      c.project &&
      (c.project.tags.length || c.project.links.length || c.project.nameVariants.length || Object.keys(c.project.outlets).length)
    )
      out.push({ ...c, project: undefined } as RestoreCandidate);
  }
  return out.map(({ from, kind, revision, tags, links, savedAt }) => ({ from, kind, revision, tags, links, savedAt }));
}

/** Reads a project file; falls back to its newest usable backup when it is corrupt or from a newer version. */
export async function readProjectFile(file: string, folders: string[] = []): Promise<LoadedProject> {
  let text: string | null = null;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (text === null) return { project: emptyProject(folders), diagnostics: [], readOnly: false, existed: false, restorable: [] };
  try {
    const { project, problems } = parseProjectChecked(text);
    return { project, diagnostics: itemDiagnostics(file, problems), readOnly: false, existed: true, restorable: [] };
  } catch (e) {
    if (!(e instanceof ProjectFileError)) throw e;
    const diagnostics: ProjectDiagnostic[] = [];
    const readOnly = e.kind === 'newer';
    if (e.kind === 'newer') {
      diagnostics.push({
        level: 'error',
        code: 'project-newer-version',
        message: `${path.basename(file)} was ${e.message}. It is opened read-only: your changes in this session are not saved to it.`,
      });
    } else {
      const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await fs.rename(file, aside).catch(() => undefined);
      diagnostics.push({
        level: 'warning',
        code: 'project-corrupt',
        message: `${path.basename(file)} is damaged (${e.message}); it was kept as ${path.basename(aside)}.`,
      });
    }
    const restorable = readOnly ? [] : await restoreCandidates(file);
    for (const b of await listBackups(file)) {
      try {
        const project = parseProject(await fs.readFile(b, 'utf8'));
        diagnostics.push({
          level: 'info',
          code: 'project-backup-used',
          message: `Restored from backup ${path.basename(b)} (revision ${project.revision}).`,
        });
        return { project, diagnostics, readOnly, existed: true, restorable: restorable.filter((r) => r.from !== b) };
      } catch {
        // try the next older backup
      }
    }
    return { project: emptyProject(folders), diagnostics, readOnly, existed: true, restorable };
  }
}

// ---------------------------------------------------------------- lock

interface LockInfo {
  pid: number;
  /** the machine holding it (projects on a shared drive): a pid is only checked on its own machine */
  host?: string;
  time: number;
  nonce: string;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const STALE_LOCK_MS = 15_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes `<file>.lock` (exclusive create). Stale locks (dead process or old) are broken. */
export async function acquireLock(file: string, timeoutMs = 5000): Promise<() => Promise<void>> {
  const lock = `${file}.lock`;
  const me: LockInfo = { pid: process.pid, host: os.hostname(), time: Date.now(), nonce: randomBytes(6).toString('hex') };
  const deadline = Date.now() + timeoutMs;
  // a first save into a fresh folder (a new user-data directory) must be able to take the lock
  await fs.mkdir(path.dirname(file), { recursive: true });
  for (;;) {
    try {
      await fs.writeFile(lock, JSON.stringify(me), { flag: 'wx' });
      return async () => {
        try {
          const cur = JSON.parse(await fs.readFile(lock, 'utf8')) as LockInfo;
          if (cur.nonce === me.nonce) await fs.rm(lock, { force: true });
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let stale = false;
    try {
      const st = await fs.stat(lock);
      let info: LockInfo | null = null;
      try {
        info = JSON.parse(await fs.readFile(lock, 'utf8')) as LockInfo;
      } catch {
        // empty or half-written lock: stale once it is old enough for its writer to have finished
        stale = Date.now() - st.mtimeMs > 1000;
      }
      if (info) stale = ((info.host ?? me.host) === me.host && !pidAlive(info.pid)) || Date.now() - info.time > STALE_LOCK_MS;
    } catch {
      continue; // vanished between calls
    }
    if (stale) {
      await fs.rm(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`project is locked by another writer (${lock})`);
    await sleep(15 + Math.random() * 25);
  }
}

// ---------------------------------------------------------------- store

export interface ProjectStoreOptions {
  /** folders of a new project */
  folders?: string[];
  debounceMs?: number;
  backups?: number;
  /** at most one new backup per this many milliseconds (default 30 s; 0: every save) */
  backupEveryMs?: number;
  /** called after a save merged changes made by another writer, or `refresh()` found them */
  onExternalChange?: (project: Project) => void;
  /** called when an autosave fails (also recorded in diagnostics) */
  onSaveError?: (err: Error) => void;
}

/** A project file kept in memory, autosaved (debounced) with atomic writes. */
export class ProjectStore {
  private base: Project;
  private local: Project;
  private pending: ProjectOp[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  readonly diagnostics: ProjectDiagnostic[];
  /** true when the file is from a newer version: changes stay in memory and are not saved */
  readonly readOnly: boolean;
  /** copies the analyst may restore from (set when the file was damaged; emptied by a restore) */
  restorable: RestoreCandidate[];

  private constructor(
    readonly path: string,
    loaded: LoadedProject,
    private readonly opts: ProjectStoreOptions,
  ) {
    this.base = loaded.project;
    this.local = clone(loaded.project);
    this.diagnostics = [...loaded.diagnostics];
    this.readOnly = loaded.readOnly;
    this.restorable = loaded.restorable;
  }

  /** Restores tags, links, outlets and name variants from one of `restorable` (and saves). */
  async restore(from: string): Promise<void> {
    const choice = this.restorable.find((r) => r.from === from);
    if (!choice) throw new Error('not one of the copies offered for restoring');
    const copy = await inspectCopy(choice.from, choice.kind);
    if (!copy.project) throw new Error(`${path.basename(from)} can no longer be read`);
    this.change({ type: 'restore', project: copy.project });
    this.restorable = [];
    const keep = this.diagnostics.filter((d) => d.code !== 'project-corrupt' && d.code !== 'project-backup-used');
    this.diagnostics.splice(0, this.diagnostics.length, ...keep, {
      level: 'info',
      code: 'project-restored',
      message: `Restored ${copy.tags ?? 0} tag(s) and ${copy.links ?? 0} link(s) from ${path.basename(from)}.`,
    });
    await this.flush();
  }

  static async open(file: string, opts: ProjectStoreOptions = {}): Promise<ProjectStore> {
    const loaded = await readProjectFile(file, opts.folders ?? []);
    const store = new ProjectStore(path.resolve(file), loaded, opts);
    if (opts.folders && opts.folders.length && JSON.stringify(store.local.folders) !== JSON.stringify(opts.folders)) {
      const merged = Array.from(new Set([...store.local.folders, ...opts.folders]));
      if (merged.length !== store.local.folders.length) store.change({ type: 'folders', folders: merged });
    }
    return store;
  }

  /** The current project, including unsaved changes. Do not mutate. */
  get project(): Project {
    return this.local;
  }

  get dirty(): boolean {
    return this.pending.length > 0;
  }

  /** Applies a change now and schedules an autosave. */
  change(op: ProjectOp): void {
    if (this.closed) throw new Error('project store is closed');
    applyOp(this.local, op);
    this.pending.push(clone(op));
    this.schedule();
  }

  private schedule(): void {
    if (this.readOnly) return;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch(() => undefined);
    }, this.opts.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  /** Saves pending changes now (no-op when nothing changed or read-only). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const run = this.chain.then(() => this.save());
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async save(): Promise<void> {
    if (this.readOnly || this.pending.length === 0) return;
    const ops = this.pending.slice();
    let release: (() => Promise<void>) | null = null;
    try {
      release = await acquireLock(this.path);
      let disk: Project | null = null;
      try {
        disk = parseProject(await fs.readFile(this.path, 'utf8'));
      } catch {
        disk = null; // missing, or damaged after we opened it: our state is the best there is
      }
      const external = disk !== null && disk.revision !== this.base.revision;
      const next = clone(external && disk ? disk : this.base);
      for (const op of ops) applyOp(next, op);
      next.revision = Math.max(disk?.revision ?? 0, this.base.revision) + 1;
      next.updatedAt = new Date().toISOString();
      await writeProjectAtomic(this.path, next, this.opts.backups ?? DEFAULT_BACKUPS, this.opts.backupEveryMs ?? DEFAULT_BACKUP_EVERY_MS);
      this.base = next;
      this.pending = this.pending.slice(ops.length);
      const local = clone(next);
      for (const op of this.pending) applyOp(local, op);
      this.local = local;
      if (external) this.opts.onExternalChange?.(this.local);
    } catch (e) {
      const err = e as Error;
      if (!this.diagnostics.some((d) => d.code === 'project-save-failed'))
        this.diagnostics.push({
          level: 'error',
          code: 'project-save-failed',
          message: `Could not save ${path.basename(this.path)}: ${err.message}`,
        });
      this.opts.onSaveError?.(err);
      if (!this.closed) this.schedule();
      throw err;
    } finally {
      await release?.();
    }
    const i = this.diagnostics.findIndex((d) => d.code === 'project-save-failed');
    if (i >= 0) this.diagnostics.splice(i, 1);
  }

  /** Picks up changes another writer saved. Returns true when the project changed. */
  refresh(): Promise<boolean> {
    // serialized with saves, so our own save in flight is never mistaken for another writer's
    const run = this.chain.then(() => this.reload());
    this.chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async reload(): Promise<boolean> {
    let disk: Project;
    try {
      disk = parseProject(await fs.readFile(this.path, 'utf8'));
    } catch {
      return false;
    }
    if (disk.revision === this.base.revision) return false;
    this.base = disk;
    const local = clone(disk);
    for (const op of this.pending) applyOp(local, op);
    this.local = local;
    this.opts.onExternalChange?.(this.local);
    return true;
  }

  /** Saves pending changes and stops autosaving. */
  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.closed = true;
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
