// The services behind the API contract (src/api/contract.ts): one implementation for both transports
// (Electron IPC in src/main, the local HTTP host in src/host). Requests arrive already validated (dispatch).
//
// State: the opened folders, their project file (ProjectStore, autosaved), the documents read from them,
// the engine's comparison, and that comparison with the analyst's tags and links applied.
import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AppInfo, ExportFormat, ExportRequest, ExportResult, ExportScope, ProjectSummary } from '../api/contract';
import { suggestFileName } from '../core/report/filename';
import type { EventSink, Handlers } from '../api/handlers';
import { sourceInfo, type analyze } from '../core/engine/analyze';
import { judge } from '../core/engine/judge';
import type { SettingsOverride } from '../core/engine/settings';
import type { CleanDocument, Comparison, SourceInfo } from '../core/model';
import { applyProject, makeLinkRecord, makeTagRecord, type ApplyResult } from '../core/workspace-apply';
import { writeExport, type RenderPdf } from './export';
import { projectPathFor } from './paths';
import { ProjectStore, refusedProjectFolders, type ProjectDiagnostic } from './project-store';
import { CancelledError, createAnalysisRunner, isCancelled, type AnalysisRunner, type RunnerOptions } from './service/analysis';
import { DEFAULT_MAX_BYTES, readDocuments } from './service/sources';
import { readState, remember, writeState } from './service/state';
import pkg from '../../package.json';

export interface ServiceOptions {
  userDataDir: string;
  /** the bundled demo corpus: the default project on first start */
  demoFolder: string;
  transport: 'ipc' | 'http';
  emit: EventSink;
  /** native folder picker (Electron); absent: `dialog:pick-folders` answers null */
  pickFolders?: () => Promise<string[] | null>;
  /** HTML → PDF; absent: PDF export is reported unavailable */
  renderPdf?: RenderPdf;
  /** app version shown in app:get-info (default: package.json) */
  version?: string;
  /** largest file read, in bytes */
  maxBytes?: number;
  /** project autosave delay (≤ 1000 ms) */
  autosaveMs?: number;
  /** minimum milliseconds between two progress events of one job (first and last are always sent) */
  progressIntervalMs?: number;
  /** how often the project file is checked for changes saved by another window or process (0: never) */
  watchProjectMs?: number;
  now?: () => Date;
  /** the engine; tests inject a deterministic one (it then runs inline) */
  engine?: typeof analyze;
  /** where the engine runs: a worker thread by default when available (see service/analysis.ts) */
  analysis?: RunnerOptions;
  /** engine settings of every analysis (the defaults of src/core/engine/settings.ts with these laid over them) */
  settings?: SettingsOverride;
}

export type ServiceErrorCode = 'invalid' | 'failed' | 'not-found' | 'cancelled';

/** An error with a code the transports pass on (HTTP: `error.code`). */
export class ServiceError extends Error {
  constructor(
    public readonly code: ServiceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export interface Services extends Handlers {
  /** resolves when no analysis job is running */
  idle(): Promise<void>;
  /** cancels work and saves the project */
  close(): Promise<void>;
  /** the file name an export of the current comparison would suggest (save dialogs pre-fill it) */
  suggestExportName(format: ExportFormat, scope: ExportScope, eventId?: string): string;
}

type Diag = ProjectSummary['diagnostics'][number];

interface Job {
  id: string;
  controller: AbortController;
  done: Promise<void>;
}

export function createServices(opts: ServiceOptions): Services {
  const now = opts.now ?? (() => new Date());
  const emit = opts.emit;
  const demoFolder = path.resolve(opts.demoFolder);

  let folders: string[] = [];
  /** folders the project file names outside the opened ones: read only once the analyst confirms them */
  let pendingFolders: string[] = [];
  let store: ProjectStore | null = null;
  let docs: CleanDocument[] = [];
  let inputProblems: Diag[] = [];
  let raw: Comparison | null = null;
  let view: ApplyResult | null = null;
  let job: Job | null = null;
  let opened: Promise<void> | null = null;
  let runner: AnalysisRunner | null = null;
  let watch: ReturnType<typeof setInterval> | null = null;
  const stopWatch = () => {
    if (watch) clearInterval(watch);
    watch = null;
  };
  const getRunner = () => (runner ??= createAnalysisRunner(opts.engine ? { mode: 'inline' } : opts.analysis));

  // ------------------------------------------------------------ helpers

  const projectDiagnostics = (): Diag[] => {
    const out: Diag[] = [...inputProblems, ...(store?.diagnostics ?? [])];
    if (pendingFolders.length)
      out.push({
        level: 'warning',
        code: 'project-folders-pending',
        message: `The project file names ${pendingFolders.length} folder(s) outside the opened folder; they are read only after you confirm them: ${pendingFolders.join(', ')}`,
      });
    if (view && view.orphans.length) {
      const d: ProjectDiagnostic = {
        level: 'warning',
        code: 'project-orphans',
        message: `${view.orphans.length} tag(s) could not be re-attached to the current analysis; they are kept in the project file.`,
      };
      out.push(d);
    }
    if (view && view.orphanLinks.length)
      out.push({
        level: 'warning',
        code: 'project-orphan-links',
        message: `${view.orphanLinks.length} manual link(s) point at statements that are no longer there; they are kept in the project file.`,
      });
    return out;
  };

  const sources = (): SourceInfo[] => {
    const outlets = store?.project.outlets ?? {};
    return docs.map((d) => ({ ...sourceInfo(d), outlet: outlets[d.path] ?? d.outlet }));
  };

  const summary = (): ProjectSummary => ({
    folders: [...folders],
    projectPath: store?.path ?? null,
    sources: sources(),
    diagnostics: projectDiagnostics(),
    revision: store?.project.revision ?? 0,
    pendingFolders: [...pendingFolders],
    restorable: store?.restorable.map((r) => ({ ...r })) ?? [],
  });

  const reapply = () => {
    if (!raw || !store) {
      view = null;
      return;
    }
    const outlets = store.project.outlets;
    const base: Comparison = { ...raw, sources: raw.sources.map((s) => (outlets[s.path] ? { ...s, outlet: outlets[s.path] } : s)) };
    view = applyProject(base, store.project, { judge: (claims) => judge(claims.map((claim) => ({ claim, facts: claim.facts }))) });
  };

  const requireView = (): ApplyResult => {
    if (!view) throw new ServiceError('invalid', 'no analysis yet: run analysis:start first');
    return view;
  };

  const requireStore = (): ProjectStore => {
    if (!store) throw new ServiceError('invalid', 'no project is open');
    return store;
  };

  /** Progress emitter for one job, throttled. */
  const progress = (jobId: string) => {
    let last = 0;
    const interval = opts.progressIntervalMs ?? 50;
    return (
      phase: 'reading' | 'analysing' | 'done' | 'cancelled' | 'failed',
      done: number,
      total: number,
      extra: { current?: string; message?: string } = {},
    ) => {
      const t = Date.now();
      const important = phase !== 'reading' && phase !== 'analysing';
      if (!important && done !== 0 && done !== total && t - last < interval) return;
      last = t;
      emit('analysis:progress', { jobId, phase, done, total, ...extra });
    };
  };

  const cancelJob = async () => {
    const j = job;
    if (!j) return;
    j.controller.abort();
    await j.done.catch(() => undefined);
  };

  const readInputs = async (signal: AbortSignal, report: ReturnType<typeof progress>) => {
    const existing: string[] = [];
    const problems: Diag[] = [];
    for (const f of folders) {
      if (existsSync(f)) existing.push(f);
      else problems.push({ level: 'error', code: 'input-missing', message: `${f} does not exist or cannot be reached` });
    }
    inputProblems = problems;
    report('reading', 0, 0);
    const read = await readDocuments(existing, {
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      signal,
      outlets: store?.project.outlets,
      onProgress: (p) => report('reading', p.done, p.total, { current: p.current }),
    });
    if (signal.aborted) throw new CancelledError();
    docs = read;
  };

  /** Starts a job; the previous one is cancelled first. */
  const startJob = (work: (signal: AbortSignal, report: ReturnType<typeof progress>) => Promise<void>): Job => {
    const id = randomUUID();
    const controller = new AbortController();
    const report = progress(id);
    const previous = job;
    const done = (async () => {
      if (previous) {
        previous.controller.abort();
        await previous.done.catch(() => undefined);
      }
      try {
        await work(controller.signal, report);
      } catch (e) {
        if (isCancelled(e) || controller.signal.aborted) report('cancelled', 0, 0, { message: 'cancelled' });
        else report('failed', 0, 0, { message: (e as Error).message });
        throw e;
      } finally {
        if (job?.id === id) job = null;
      }
    })();
    const j: Job = { id, controller, done };
    job = j;
    done.catch(() => undefined);
    return j;
  };

  const analyseWork = async (signal: AbortSignal, report: ReturnType<typeof progress>, reread: boolean) => {
    if (reread || docs.length === 0) await readInputs(signal, report);
    const total = docs.length;
    report('analysing', 0, total);
    const result = await getRunner().run(docs, {
      signal,
      nameVariants: store?.project.nameVariants,
      settings: opts.settings,
      onProgress: (done, t) => report('analysing', done, t),
      now,
      engine: opts.engine,
    });
    if (signal.aborted) throw new CancelledError();
    raw = result;
    reapply();
    report('done', total, total);
    emit('project:changed', summary());
  };

  const openFolders = async (paths: string[]): Promise<ProjectSummary> => {
    const abs = Array.from(new Set(paths.map((p) => path.resolve(p))));
    await cancelJob();
    stopWatch();
    if (store) await store.close().catch(() => undefined);
    store = null;
    raw = null;
    view = null;
    docs = [];
    const projectPath = await projectPathFor(abs, { userDataDir: opts.userDataDir, demoFolder });
    const s = await ProjectStore.open(projectPath, {
      folders: abs,
      debounceMs: Math.min(opts.autosaveMs ?? 400, 1000),
      onExternalChange: () => {
        if (store !== s) return;
        reapply();
        emit('project:changed', summary());
      },
    });
    store = s;
    // another window or process on the same project: pick up what it saved (merged, never overwritten)
    const every = opts.watchProjectMs ?? 2000;
    if (every > 0) {
      watch = setInterval(() => void s.refresh().catch(() => undefined), every);
      watch.unref();
    }
    // a project file never widens what is read: folders it names outside the opened ones wait for the analyst
    folders = abs;
    pendingFolders = Array.from(new Set(refusedProjectFolders(s.project.folders, abs)));
    getRunner().warm(); // the engine loads while the files are read
    const j = startJob((signal, report) => readInputs(signal, report).then(() => report('done', docs.length, docs.length)));
    try {
      await j.done;
    } catch (e) {
      if (isCancelled(e)) throw new ServiceError('cancelled', 'opening was cancelled');
      throw e;
    }
    const state = remember(await readState(opts.userDataDir), abs);
    await writeState(opts.userDataDir, state).catch(() => undefined);
    const sum = summary();
    emit('project:changed', sum);
    return sum;
  };

  /** Over HTTP a caller holding the token may only open folders (not single files, not hidden ones), so the host
   *  never becomes a reader of arbitrary files such as keys or configuration. */
  const checkOpenable = (p: string) => {
    if (opts.transport !== 'http') return;
    const parts = path.resolve(p).split(path.sep).filter(Boolean);
    if (parts.some((x) => x.startsWith('.'))) throw new ServiceError('invalid', `hidden folders are not opened over HTTP: ${p}`);
    let dir: boolean;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      dir = false;
    }
    if (!dir && existsSync(p)) throw new ServiceError('invalid', `only folders can be opened over HTTP: ${p}`);
  };

  /** Opens the last project, or the demo corpus on first start, when nothing is open yet. */
  const ensureProject = async () => {
    if (store) return;
    if (!opened) {
      opened = (async () => {
        const st = await readState(opts.userDataDir);
        const last = st.lastFolders.filter((f) => existsSync(f));
        const target = last.length ? last : existsSync(demoFolder) ? [demoFolder] : [];
        if (target.length) await openFolders(target);
      })().finally(() => {
        opened = null;
      });
    }
    await opened;
  };

  const analyseNow = async () => {
    const j = startJob((signal, report) => analyseWork(signal, report, false));
    try {
      await j.done;
    } catch (e) {
      if (isCancelled(e)) throw new ServiceError('cancelled', 'analysis was cancelled');
      throw e;
    }
  };

  // ------------------------------------------------------------ handlers

  const handlers: Services = {
    async 'app:get-info'(): Promise<AppInfo> {
      return {
        version: opts.version ?? (pkg as { version: string }).version,
        transport: opts.transport,
        demoFolder,
        nativeDialogs: Boolean(opts.pickFolders),
        pdfExport: Boolean(opts.renderPdf),
      };
    },

    async 'app:get-recent'() {
      return (await readState(opts.userDataDir)).recent;
    },

    async 'dialog:pick-folders'() {
      return opts.pickFolders ? opts.pickFolders() : null;
    },

    async 'project:open-folders'(req) {
      for (const p of req.paths) if (!path.isAbsolute(p)) throw new ServiceError('invalid', `path must be absolute: ${p}`);
      for (const p of req.paths) checkOpenable(p);
      const missing = req.paths.filter((p) => !existsSync(p));
      if (missing.length === req.paths.length) throw new ServiceError('not-found', `not found: ${missing.join(', ')}`);
      return openFolders(req.paths);
    },

    async 'project:confirm-folders'(req) {
      requireStore();
      const wanted = req.paths.map((p) => path.resolve(p));
      const unknown = wanted.filter((p) => !pendingFolders.includes(p));
      if (unknown.length) throw new ServiceError('invalid', `not among the folders waiting for confirmation: ${unknown.join(', ')}`);
      for (const p of wanted) checkOpenable(p);
      folders = Array.from(new Set([...folders, ...wanted]));
      pendingFolders = pendingFolders.filter((p) => !wanted.includes(p));
      const j = startJob((signal, report) => readInputs(signal, report).then(() => report('done', docs.length, docs.length)));
      await j.done;
      const sum = summary();
      emit('project:changed', sum);
      return sum;
    },

    async 'project:restore'(req) {
      const s = requireStore();
      try {
        await s.restore(req.from);
      } catch (e) {
        throw new ServiceError('invalid', (e as Error).message);
      }
      reapply();
      const sum = summary();
      emit('project:changed', sum);
      return sum;
    },

    async 'project:get-summary'() {
      await ensureProject();
      await store?.refresh();
      return summary();
    },

    async 'project:list-sources'() {
      await ensureProject();
      return sources();
    },

    async 'project:set-outlet'(req) {
      const s = requireStore();
      s.change({ type: 'outlet', path: req.path, outlet: req.outlet });
      reapply();
      const sum = summary();
      emit('project:changed', sum);
      return sum;
    },

    async 'analysis:start'() {
      await ensureProject();
      const j = startJob((signal, report) => analyseWork(signal, report, true));
      return { jobId: j.id };
    },

    async 'analysis:cancel'(req) {
      if (!job || job.id !== req.jobId) return { cancelled: false };
      const j = job;
      j.controller.abort();
      await j.done.catch(() => undefined);
      return { cancelled: true };
    },

    async 'comparison:get'() {
      if (store) await store.refresh();
      return view?.comparison ?? null;
    },

    async 'source:get-text'(req) {
      const d = docs.find((x) => x.id === req.sourceId);
      if (!d) throw new ServiceError('not-found', `no source ${req.sourceId}`);
      return { original: d.original, text: d.text };
    },

    async 'tag:set'(req) {
      const s = requireStore();
      const v = requireView();
      if (!v.comparison.alignments.some((a) => a.id === req.alignmentId))
        throw new ServiceError('not-found', `no alignment ${req.alignmentId}`);
      const record = makeTagRecord(v.comparison, req.alignmentId, req.status, req.note, now());
      const previous = v.attached.get(req.alignmentId);
      const supersedes = previous && previous.alignmentId !== req.alignmentId ? [previous.alignmentId] : undefined;
      s.change({ type: 'tag', record, supersedes });
      reapply();
      return requireView().comparison;
    },

    async 'link:add'(req) {
      const s = requireStore();
      const v = requireView();
      let record;
      try {
        record = makeLinkRecord(v.comparison, req.claimIds, now(), `manual-${randomUUID()}`);
      } catch (e) {
        throw new ServiceError('invalid', (e as Error).message);
      }
      s.change({ type: 'link-add', record });
      reapply();
      return requireView().comparison;
    },

    async 'link:remove'(req) {
      const s = requireStore();
      const v = requireView();
      const a = v.comparison.alignments.find((x) => x.id === req.alignmentId);
      if (!a) throw new ServiceError('not-found', `no alignment ${req.alignmentId}`);
      if (!a.manual)
        throw new ServiceError('invalid', 'only links made by the analyst can be removed; tag an engine group "not-same" instead');
      s.change({ type: 'link-remove', id: a.id });
      reapply();
      return requireView().comparison;
    },

    async 'names:add-variant'(req) {
      const s = requireStore();
      s.change({ type: 'name-variant', variant: { canonical: req.canonical, variants: req.variants } });
      if (docs.length) await analyseNow();
      return requireView().comparison;
    },

    async 'export:write'(req: ExportRequest): Promise<ExportResult> {
      // over HTTP nothing chooses a path for the user: exports come back as content and the browser saves them
      if (req.outPath !== undefined && opts.transport === 'http')
        throw new ServiceError('invalid', 'outPath is not accepted over HTTP; the export is returned as content');
      if (req.outPath && !path.isAbsolute(req.outPath)) throw new ServiceError('invalid', `export path must be absolute: ${req.outPath}`);
      if (req.scope === 'event' && !req.eventId) throw new ServiceError('invalid', 'scope "event" needs an eventId');
      await ensureProject();
      if (!view) await analyseNow();
      try {
        return await writeExport(requireView().comparison, req, { renderPdf: opts.renderPdf });
      } catch (e) {
        throw new ServiceError('failed', (e as Error).message);
      }
    },

    async idle() {
      while (job) await job.done.catch(() => undefined);
    },

    suggestExportName(format, scope, eventId) {
      return view ? suggestFileName(view.comparison, format, scope, eventId) : `parallax-comparison.${format}`;
    },

    async close() {
      stopWatch();
      await cancelJob();
      await runner?.close();
      runner = null;
      if (store) await store.close().catch(() => undefined);
    },
  };
  return handlers;
}
