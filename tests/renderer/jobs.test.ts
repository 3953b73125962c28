import { describe, expect, it } from 'vitest';
import type { AnalyzeProgress } from '../../src/api/contract';
import { JobTracker } from '../../src/renderer/lib/jobs';

const ev = (jobId: string, phase: AnalyzeProgress['phase'], done = 0, total = 3): AnalyzeProgress => ({ jobId, phase, done, total });

describe('progress events: only the job this window started', () => {
  it('ignores every job while idle (the start-up opening of the last folders, another window)', () => {
    const tr = new JobTracker();
    expect(tr.accept(ev('open-1', 'reading', 1))).toEqual([]);
    expect(tr.accept(ev('open-1', 'done', 3))).toEqual([]);
    expect(tr.accept(ev('other', 'analysing', 2))).toEqual([]);
  });

  it('opening folders: shows the reading job progress, never its end as an analysis end', () => {
    const tr = new JobTracker();
    tr.opening();
    expect(tr.accept(ev('open-1', 'reading', 1))).toEqual([ev('open-1', 'reading', 1)]);
    // another job's events (e.g. one still winding down) are not the opening's
    expect(tr.accept(ev('old', 'analysing', 2))).toEqual([]);
    expect(tr.accept(ev('open-1', 'done', 3))).toEqual([]);
    tr.idle();
    // late events after open-folders answered
    expect(tr.accept(ev('open-1', 'done', 3))).toEqual([]);
  });

  it('analysing: follows the id analysis:start returned, events that came before it included', () => {
    const tr = new JobTracker();
    tr.analysing();
    // before analysis:start answers: held, not handled
    expect(tr.accept(ev('open-9', 'done', 3))).toEqual([]);
    expect(tr.accept(ev('job-1', 'reading', 1))).toEqual([]);
    expect(tr.accept(ev('job-1', 'analysing', 1))).toEqual([]);
    expect(tr.started('job-1')).toEqual([ev('job-1', 'analysing', 1)]);
    expect(tr.isAnalysis('job-1')).toBe(true);
    expect(tr.accept(ev('open-9', 'reading', 1))).toEqual([]);
    expect(tr.accept(ev('job-1', 'analysing', 2))).toEqual([ev('job-1', 'analysing', 2)]);
    expect(tr.accept(ev('job-1', 'done', 3))).toEqual([ev('job-1', 'done', 3)]);
    // done ends the tracking: a repeated or foreign 'done' is not a second analysis end
    expect(tr.isAnalysis('job-1')).toBe(false);
    expect(tr.accept(ev('job-1', 'done', 3))).toEqual([]);
  });

  it('a job that ended before analysis:start answered is handed over once, as ended', () => {
    const tr = new JobTracker();
    tr.analysing();
    tr.accept(ev('job-2', 'reading', 1));
    tr.accept(ev('job-2', 'cancelled', 0, 0));
    // a terminal event is never replaced by a later one of the same job
    tr.accept(ev('job-2', 'analysing', 2));
    expect(tr.started('job-2')).toEqual([ev('job-2', 'cancelled', 0, 0)]);
    expect(tr.current).toEqual({ kind: 'idle' });
  });

  it('started() outside an analysis does nothing', () => {
    const tr = new JobTracker();
    expect(tr.started('x')).toEqual([]);
    expect(tr.current).toEqual({ kind: 'idle' });
  });
});
