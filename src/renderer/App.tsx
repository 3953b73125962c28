// The Parallax workspace: open → analyse → side by side / fact matrix / events, with the detail panel.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyzeProgress, AppInfo, ParallaxApi, ProjectSummary } from '../api/contract';
import type { Comparison, TagStatus } from '../core/model';
import { DetailPanel, TAG_KEYS } from './components/DetailPanel';
import { EventsView } from './components/EventsView';
import { FactMatrix } from './components/FactMatrix';
import { ExportMenu } from './components/ExportMenu';
import { FilterBar } from './components/FilterBar';
import { LanguageMenu } from './components/LanguageMenu';
import { OpenPanel } from './components/OpenPanel';
import { SideBySide } from './components/SideBySide';
import { DiagnosticList, SourceList } from './components/SourceList';
import { ProjectOffers } from './components/ProjectOffers';
import { changeLanguage } from './i18n';
import { formatNumber } from './lib/format';
import { JobTracker } from './lib/jobs';
import { emptyStack, record, redo, undo, type UndoStack } from './lib/undo';
import { buildIndex, emptyFilters, filterFactRows, filterRows, type Filters } from './lib/view';

export type View = 'sources' | 'side' | 'matrix' | 'events';
const VIEWS: readonly View[] = ['sources', 'side', 'matrix', 'events'];

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

export function App({ api }: { api: ParallaxApi }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [recent, setRecent] = useState<string[]>([]);
  const [summary, setSummary] = useState<ProjectSummary | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [progress, setProgress] = useState<AnalyzeProgress | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [view, setView] = useState<View>('sources');
  const [showOpen, setShowOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [selectedRowId, setSelectedRowId] = useState<string | null>(null);
  const [matrixIndex, setMatrixIndex] = useState(-1);
  const [stack, setStack] = useState<UndoStack>(emptyStack);
  const [pendingLink, setPendingLink] = useState<string | null>(null);
  const [showNormalized, setShowNormalized] = useState(true);
  const [status, setStatus] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // the job this window started (analysis or open-folders): other jobs' progress events are not ours
  const [tracker] = useState(() => new JobTracker());

  useEffect(() => {
    document.title = t('app.title');
  }, [t, lang]);

  const loadComparison = useCallback(async () => {
    const c = await api.call('comparison:get', undefined);
    setComparison(c);
    return c;
  }, [api]);

  // start-up: app info, recent folders, the open project and its comparison
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const [i, r, s] = await Promise.all([
          api.call('app:get-info', undefined),
          api.call('app:get-recent', undefined).catch(() => []),
          api.call('project:get-summary', undefined),
        ]);
        if (!live) return;
        setInfo(i);
        setRecent(r);
        setSummary(s);
        const c = s.sources.length ? await api.call('comparison:get', undefined) : null;
        if (!live) return;
        setComparison(c);
        if (c && c.alignments.length + c.claims.length > 0) setView('side');
        if (!s.folders.length) setShowOpen(true);
      } catch (e) {
        if (live) setError(message(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [api]);

  // one progress event of the job this window started
  const onProgress = useCallback(
    (p: AnalyzeProgress) => {
      setProgress(p);
      if (p.phase === 'done') {
        setJobId(null);
        loadComparison().then(
          (c) => {
            setStatus(t('analysis.finished'));
            if (c && (c.alignments.length || c.claims.length)) setView((v) => (v === 'sources' ? 'side' : v));
          },
          (e: unknown) => setError(message(e)),
        );
      } else if (p.phase === 'cancelled' || p.phase === 'failed') {
        setJobId(null);
        if (p.phase === 'failed') setError(p.message ?? t('analysis.failed'));
        else setStatus(t('analysis.cancelled'));
      }
    },
    [loadComparison, t],
  );

  // a project was opened (from the page or the application menu): its sources, nothing analysed yet
  const showOpenedProject = useCallback(() => {
    setComparison(null);
    setProgress(null);
    setSelectedRowId(null);
    setStack(emptyStack());
    setShowOpen(false);
    setView('sources');
    api.call('app:get-recent', undefined).then(setRecent, () => undefined);
  }, [api]);

  // events from the services
  useEffect(() => {
    const offProgress = api.on('analysis:progress', (p) => {
      for (const q of tracker.accept(p)) onProgress(q);
    });
    const offChanged = api.on('project:changed', (s) => setSummary(s));
    // the Electron application menu: language, folders opened from File > Open, exports written
    const offMenu = api.on('app:menu', (m) => {
      if (m.action === 'set-language') void changeLanguage(m.language);
      else if (m.action === 'opened') {
        showOpenedProject();
        api.call('project:get-summary', undefined).then(setSummary, (e: unknown) => setError(message(e)));
      } else if (m.action === 'exported') setStatus(t('export.written', { path: m.path }));
    });
    return () => {
      offProgress();
      offChanged();
      offMenu();
    };
  }, [api, tracker, onProgress, showOpenedProject, t]);

  const run = useCallback(async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (e) {
      setError(message(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const openFolders = useCallback(
    (paths: string[]) =>
      run(async () => {
        // the reading job's progress is shown; its end is not an analysis end
        tracker.opening();
        let s: ProjectSummary;
        try {
          s = await api.call('project:open-folders', { paths });
        } finally {
          tracker.idle();
          setProgress(null);
        }
        setSummary(s);
        showOpenedProject();
        setStatus(t('open.opened', { count: s.sources.length }));
      }),
    [api, run, showOpenedProject, t, tracker],
  );

  const pickFolders = useCallback(
    () =>
      run(async () => {
        const paths = await api.call('dialog:pick-folders', undefined);
        if (paths?.length) await openFolders(paths);
      }),
    [api, run, openFolders],
  );

  const analyse = useCallback(
    () =>
      run(async () => {
        const started = Date.now();
        const before = comparison?.generatedAt ?? null;
        tracker.analysing();
        setProgress({ jobId: '', phase: 'reading', done: 0, total: summary?.sources.length ?? 0 });
        let id: string;
        try {
          ({ jobId: id } = await api.call('analysis:start', undefined));
        } catch (e) {
          tracker.idle();
          setProgress(null);
          throw e;
        }
        setJobId(id);
        // events of this job that came before its id
        for (const q of tracker.started(id)) onProgress(q);
        // safety net when no progress event arrives (e.g. events stream not connected yet)
        const poll = async () => {
          if (!tracker.isAnalysis(id)) return;
          if (Date.now() - started > 3000) {
            const c = await api.call('comparison:get', undefined).catch(() => null);
            if (tracker.isAnalysis(id) && c && c.generatedAt !== before) {
              tracker.idle();
              setJobId(null);
              setComparison(c);
              setProgress((p) => ({ jobId: id, phase: 'done', done: p?.total ?? 0, total: p?.total ?? 0 }));
              if (c.alignments.length || c.claims.length) setView((v) => (v === 'sources' ? 'side' : v));
              return;
            }
          }
          setTimeout(() => void poll(), 1000);
        };
        setTimeout(() => void poll(), 1000);
      }),
    [api, run, comparison, summary, tracker, onProgress],
  );

  const cancel = useCallback(() => {
    if (jobId) void run(() => api.call('analysis:cancel', { jobId }));
  }, [api, jobId, run]);

  const ix = useMemo(() => (comparison ? buildIndex(comparison) : null), [comparison]);
  const rows = useMemo(() => (ix ? filterRows(ix, filters) : []), [ix, filters]);
  const factRows = useMemo(() => (ix ? filterFactRows(ix, filters) : []), [ix, filters]);
  const selectedIndex = useMemo(() => (selectedRowId ? rows.findIndex((r) => r.id === selectedRowId) : -1), [rows, selectedRowId]);
  const selectedRow = ix && selectedRowId ? (ix.rowById.get(selectedRowId) ?? null) : null;
  // the grid's selection moves at once; the (possibly long) detail panel follows when React has time
  const detailRow = useDeferredValue(selectedRow);

  // stable while the rows stay: the grid's memoized rows are not all re-rendered when the selection moves
  const selectSideRow = useCallback((i: number) => setSelectedRowId(rows[i].id), [rows]);

  const openClaim = useCallback((claimId: string) => setSelectedRowId(ix?.rowIdByClaim.get(claimId) ?? null), [ix]);

  const selectMatrixRow = useCallback(
    (i: number) => {
      setMatrixIndex(i);
      const fr = factRows[i];
      const first = fr && Object.values(fr.cells).flat()[0];
      if (first && ix) setSelectedRowId(ix.rowIdByClaim.get(first.claimId) ?? null);
    },
    [factRows, ix],
  );

  const applyTag = useCallback(
    (alignmentId: string, st: TagStatus | null, note: string, remember = true) =>
      run(async () => {
        const before = ix?.rowById.get(alignmentId)?.alignment?.tag;
        const c = await api.call('tag:set', { alignmentId, status: st, note });
        setComparison(c);
        if (remember)
          setStack((s) =>
            record(s, { alignmentId, before: { status: before?.status ?? null, note: before?.note ?? '' }, after: { status: st, note } }),
          );
        setStatus(st ? t('tag.saved', { status: t(`status.${st}`) }) : t('tag.noteSaved'));
      }),
    [api, ix, run, t],
  );

  const doUndo = useCallback(() => {
    const u = undo(stack);
    if (!u) return;
    setStack(u.stack);
    void applyTag(u.apply.alignmentId, u.apply.state.status, u.apply.state.note, false).then(() => setStatus(t('undo.undone')));
  }, [stack, applyTag, t]);
  const doRedo = useCallback(() => {
    const r = redo(stack);
    if (!r) return;
    setStack(r.stack);
    void applyTag(r.apply.alignmentId, r.apply.state.status, r.apply.state.note, false).then(() => setStatus(t('undo.redone')));
  }, [stack, applyTag, t]);

  const completeLink = useCallback(
    (claimId: string) =>
      run(async () => {
        if (!pendingLink) return;
        const c = await api.call('link:add', { claimIds: [pendingLink, claimId] });
        setPendingLink(null);
        setComparison(c);
        const nix = buildIndex(c);
        setSelectedRowId(nix.rowIdByClaim.get(claimId) ?? null);
        setStatus(t('link.added'));
      }),
    [api, pendingLink, run, t],
  );

  // keyboard: j/k move, 1–4 tag, n note, / filter, Ctrl+Z / Ctrl+Shift+Z undo/redo
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z' && !isTyping(e.target)) {
        e.preventDefault();
        if (e.shiftKey) doRedo();
        else doUndo();
        return;
      }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y' && !isTyping(e.target)) {
        e.preventDefault();
        doRedo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (view !== 'side' && view !== 'matrix') return;
      if (e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        const d = e.key === 'j' ? 1 : -1;
        if (view === 'side' && rows.length) {
          const next = Math.min(rows.length - 1, Math.max(0, selectedIndex < 0 ? 0 : selectedIndex + d));
          setSelectedRowId(rows[next].id);
        } else if (view === 'matrix' && factRows.length) {
          selectMatrixRow(Math.min(factRows.length - 1, Math.max(0, matrixIndex < 0 ? 0 : matrixIndex + d)));
        }
      } else if (['1', '2', '3', '4'].includes(e.key)) {
        const a = selectedRow?.alignment;
        if (!a) return;
        e.preventDefault();
        const st = TAG_KEYS[Number(e.key) - 1];
        void applyTag(a.id, a.tag?.status === st ? null : st, a.tag?.note ?? '');
      } else if (e.key === 'n') {
        if (!noteRef.current) return;
        e.preventDefault();
        noteRef.current.focus();
      } else if (e.key === '/') {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (e.key === 'Escape') {
        setPendingLink(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view, rows, factRows, selectedIndex, matrixIndex, selectedRow, applyTag, doUndo, doRedo, selectMatrixRow]);

  const analysing = !!jobId || (progress !== null && (progress.phase === 'reading' || progress.phase === 'analysing'));
  const sources = comparison?.sources.length ? comparison.sources : (summary?.sources ?? []);
  const hasProject = !!summary && summary.folders.length > 0;

  if (!info) {
    return (
      <main className="boot">
        {error ? (
          <p role="alert" className="error">
            {t('app.startFailed', { message: error })}
          </p>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </main>
    );
  }

  const pct = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          <svg className="logo" aria-hidden="true" width="22" height="22" viewBox="0 0 22 22">
            <rect x="2" y="4" width="7" height="14" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <rect x="13" y="4" width="7" height="14" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M9 8h4M9 14h4" stroke="currentColor" strokeWidth="2" />
          </svg>
          {t('app.title')}
        </h1>
        {hasProject && (
          <nav className="tabs" role="tablist" aria-label={t('views.label')}>
            {VIEWS.map((v) => (
              <button
                key={v}
                type="button"
                role="tab"
                aria-selected={view === v}
                className={view === v ? 'active' : ''}
                onClick={() => setView(v)}
                data-testid={`tab-${v}`}
              >
                {t(`views.${v}`)}
              </button>
            ))}
          </nav>
        )}
        <div className="topbar-actions">
          <button type="button" onClick={doUndo} disabled={!stack.done.length || busy} title={t('undo.undoKey')}>
            <span aria-hidden="true">↶</span> {t('undo.undo')}
          </button>
          <button type="button" onClick={doRedo} disabled={!stack.undone.length || busy} title={t('undo.redoKey')}>
            <span aria-hidden="true">↷</span> {t('undo.redo')}
          </button>
          <button type="button" onClick={() => setShowOpen(true)} data-testid="open-button">
            {t('open.button')}
          </button>
          <LanguageMenu />
        </div>
      </header>

      {error && (
        <div role="alert" className="error-banner">
          <span aria-hidden="true">⚠</span> {error}
          <button type="button" className="link" onClick={() => setError(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      <div className="sr-only" role="status" aria-live="polite">
        {status}
      </div>

      {(showOpen || !hasProject) && (
        <OpenPanel
          info={info}
          recent={recent}
          busy={busy}
          onOpen={(p) => void openFolders(p)}
          onPick={() => void pickFolders()}
          onClose={hasProject ? () => setShowOpen(false) : undefined}
        />
      )}

      {hasProject && summary && (
        <>
          <div className="projectbar">
            <div className="project-folders" title={summary.folders.join('\n')}>
              <span className="muted small">{t('project.folders', { count: summary.folders.length })}</span>{' '}
              <code>{summary.folders.join(', ')}</code>
              <span className="muted small">
                {' '}
                · {t('project.sources', { count: sources.length, n: formatNumber(sources.length, lang) })}
              </span>
            </div>
            {summary.diagnostics.length > 0 && <DiagnosticList items={summary.diagnostics} />}
            <ProjectOffers api={api} summary={summary} onError={setError} />
            <div className="analysis">
              {comparison && !analysing && <ExportMenu api={api} info={info} disabled={busy} onError={setError} />}
              {analysing ? (
                <>
                  <label className="progress-label" htmlFor="analysis-progress">
                    {t(`analysis.phase.${progress?.phase ?? 'reading'}`)}{' '}
                    {t('analysis.files', {
                      done: formatNumber(progress?.done ?? 0, lang),
                      total: formatNumber(progress?.total ?? 0, lang),
                    })}
                  </label>
                  <progress
                    id="analysis-progress"
                    max={Math.max(1, progress?.total ?? 1)}
                    value={progress?.done ?? 0}
                    data-testid="progress"
                    aria-valuetext={`${pct}%`}
                  />
                  <button type="button" onClick={cancel} disabled={!jobId} data-testid="cancel-analysis">
                    {t('analysis.cancel')}
                  </button>
                </>
              ) : (
                <>
                  {progress?.phase === 'done' && (
                    <span className="muted small">{t('analysis.doneFiles', { total: formatNumber(progress.total, lang) })}</span>
                  )}
                  <button
                    type="button"
                    className="primary"
                    onClick={() => void analyse()}
                    disabled={busy || !sources.length}
                    data-testid="analyse"
                  >
                    {comparison ? t('analysis.rerun') : t('analysis.start')}
                  </button>
                </>
              )}
            </div>
          </div>

          {view !== 'sources' && ix && (
            <div className="toolbar">
              <FilterBar
                ix={ix}
                filters={filters}
                onChange={setFilters}
                searchRef={searchRef}
                shown={view === 'matrix' ? factRows.length : rows.length}
                total={view === 'matrix' ? ix.comparison.factTable.length : ix.rows.length}
              >
                <label className="toggle">
                  <input type="checkbox" checked={showNormalized} onChange={(e) => setShowNormalized(e.target.checked)} />{' '}
                  {t('side.showNormalized')}
                </label>
              </FilterBar>
            </div>
          )}

          <main className={`workspace view-${view}`}>
            {view === 'sources' && (
              <section className="pane" aria-labelledby="sources-title">
                <h2 id="sources-title" className="pane-title">
                  {t('sources.title')}
                </h2>
                <SourceList
                  sources={sources}
                  onSetOutlet={(path, outlet) =>
                    void run(async () => {
                      setSummary(await api.call('project:set-outlet', { path, outlet }));
                      if (comparison) await loadComparison();
                      setStatus(t('outlet.saved'));
                    })
                  }
                />
              </section>
            )}
            {view !== 'sources' && !ix && <p className="empty pane">{analysing ? t('analysis.running') : t('analysis.needed')}</p>}
            {view !== 'sources' && ix && (
              <>
                <section className="pane main-pane" aria-label={t(`views.${view}`)}>
                  {view === 'side' && (
                    <SideBySide ix={ix} rows={rows} selected={selectedIndex} onSelect={selectSideRow} showNormalized={showNormalized} />
                  )}
                  {view === 'matrix' && (
                    <FactMatrix ix={ix} rows={factRows} selected={matrixIndex} onSelect={selectMatrixRow} onOpenClaim={openClaim} />
                  )}
                  {view === 'events' && (
                    <EventsView
                      ix={ix}
                      onPickEvent={(id) => {
                        setFilters({ ...emptyFilters(), eventId: id });
                        setView('side');
                      }}
                      onOpenClaim={(id) => setSelectedRowId(ix.rowIdByClaim.get(id) ?? null)}
                    />
                  )}
                  <p className="shortcuts muted small">{t('shortcuts.hint')}</p>
                </section>
                <DetailPanel
                  key={detailRow?.id ?? 'none'}
                  api={api}
                  ix={ix}
                  row={detailRow}
                  showNormalized={showNormalized}
                  noteRef={noteRef}
                  busy={busy}
                  pendingLink={pendingLink}
                  onTag={(id, st, note) => void applyTag(id, st, note)}
                  onStartLink={setPendingLink}
                  onCompleteLink={(id) => void completeLink(id)}
                  onCancelLink={() => setPendingLink(null)}
                  onMerge={(claimIds) =>
                    void run(async () => {
                      const c = await api.call('link:add', { claimIds });
                      setPendingLink(null);
                      setComparison(c);
                      setSelectedRowId(buildIndex(c).rowIdByClaim.get(claimIds[0]) ?? null);
                      setStatus(t('link.added'));
                    })
                  }
                  onUnlink={(id) =>
                    void run(async () => {
                      setComparison(await api.call('link:remove', { alignmentId: id }));
                      setSelectedRowId(null);
                    })
                  }
                  onTeach={(canonical, variants) =>
                    void run(async () => {
                      setComparison(await api.call('names:add-variant', { canonical, variants }));
                      setStatus(t('names.taught'));
                    })
                  }
                />
              </>
            )}
          </main>
        </>
      )}
    </div>
  );
}
