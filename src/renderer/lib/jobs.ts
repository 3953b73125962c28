// Which `analysis:progress` events belong to this window. The services run one job at a time, but they also
// report jobs this window did not start: the reading job of open-folders (here, from the File menu or on
// start-up, which ends in 'done' without any comparison), or an analysis started by another window.
// The tracker follows only the job the window started:
// - opening folders: the first job seen while the open-folders call runs (its reading progress is shown;
//   its end is not an analysis end: the call's own answer reports it);
// - analysing: the job id analysis:start returned. Events can arrive before that answer: they are held
//   (the latest per job) and handed over once the id is known.
// Pure, unit-tested in tests/renderer/jobs.test.ts.
import type { AnalyzeProgress } from '../../api/contract';

const TERMINAL: ReadonlySet<AnalyzeProgress['phase']> = new Set(['done', 'cancelled', 'failed']);

export type Tracked = { kind: 'idle' } | { kind: 'opening'; id: string | null } | { kind: 'analysing'; id: string | null };

export class JobTracker {
  private state: Tracked = { kind: 'idle' };
  private held = new Map<string, AnalyzeProgress>();

  get current(): Readonly<Tracked> {
    return this.state;
  }

  /** An open-folders call is about to be made. */
  opening(): void {
    this.state = { kind: 'opening', id: null };
    this.held.clear();
  }

  /** analysis:start is about to be called. */
  analysing(): void {
    this.state = { kind: 'analysing', id: null };
    this.held.clear();
  }

  /** analysis:start answered with this job id: returns the held event of that job, if any, to handle now. */
  started(jobId: string): AnalyzeProgress[] {
    if (this.state.kind !== 'analysing') return [];
    this.state = { kind: 'analysing', id: jobId };
    const p = this.held.get(jobId);
    this.held.clear();
    return p ? this.accept(p) : [];
  }

  /** The call ended (answered, failed or given up): events from now on are not ours. */
  idle(): void {
    this.state = { kind: 'idle' };
    this.held.clear();
  }

  /** True while the analysis this window started has this id. */
  isAnalysis(jobId: string): boolean {
    return this.state.kind === 'analysing' && this.state.id === jobId;
  }

  /**
   * The events to handle for one incoming event: [] when it is not ours (or held until analysis:start
   * answers), else [p]. A terminal event of our analysis ends the tracking; one of the opening job is
   * dropped (open-folders' answer says how it went).
   */
  accept(p: AnalyzeProgress): AnalyzeProgress[] {
    const s = this.state;
    if (s.kind === 'idle') return [];
    if (s.kind === 'opening') {
      if (s.id === null) this.state = { kind: 'opening', id: p.jobId };
      else if (s.id !== p.jobId) return [];
      return TERMINAL.has(p.phase) ? [] : [p];
    }
    if (s.id === null) {
      const before = this.held.get(p.jobId);
      // the latest event per job, but a terminal one is never replaced
      if (!before || !TERMINAL.has(before.phase)) this.held.set(p.jobId, p);
      return [];
    }
    if (p.jobId !== s.id) return [];
    if (TERMINAL.has(p.phase)) this.idle();
    return [p];
  }
}
