// Selecting what a report covers: everything, one event, only analyst-tagged groups, only conflicts.
import type { Alignment, Comparison, FactRow, TagStatus } from '../model';

export type ReportScope = 'all' | 'event' | 'tagged' | 'conflicts';

/** The verdict a report shows: the analyst's tag overrides the engine's status. */
export function effectiveStatus(a: Alignment): TagStatus {
  return a.tag ? a.tag.status : a.status;
}

export class ReportScopeError extends Error {
  /** transports report it as a bad request */
  readonly code = 'invalid';
  constructor(message: string) {
    super(message);
    this.name = 'ReportScopeError';
  }
}

/**
 * Returns a Comparison restricted to `scope`; every field of the input is kept (only array members are
 * filtered), so a scoped JSON export is still a valid export.
 *  - event: that event, its alignments, claims, fact rows and the sources reporting it
 *  - tagged: alignments with an analyst tag, plus the claims and events they reference
 *  - conflicts: alignments whose effective verdict is conflict and fact rows in conflict
 */
export function scopeComparison(c: Comparison, scope: ReportScope, eventId?: string): Comparison {
  if (scope === 'all') return c;
  let alignments: Alignment[];
  let factTable: FactRow[];
  let keepEvent: (id: string | null) => boolean;
  if (scope === 'event') {
    if (!eventId) throw new ReportScopeError('scope "event" needs an eventId');
    if (!c.events.some((e) => e.id === eventId)) throw new ReportScopeError(`unknown event: ${eventId}`);
    alignments = c.alignments.filter((a) => a.eventId === eventId);
    factTable = c.factTable.filter((r) => r.eventId === eventId);
    keepEvent = (id) => id === eventId;
  } else {
    alignments = c.alignments.filter((a) => (scope === 'tagged' ? a.tag !== null : effectiveStatus(a) === 'conflict'));
    const claimIds = new Set(alignments.flatMap((a) => a.claimIds));
    factTable =
      scope === 'conflicts'
        ? c.factTable.filter((r) => r.status === 'conflict')
        : c.factTable.filter((r) => Object.values(r.cells).some((cells) => cells.some((cell) => claimIds.has(cell.claimId))));
    const eventIds = new Set<string | null>([...alignments.map((a) => a.eventId), ...factTable.map((r) => r.eventId)]);
    keepEvent = (id) => id !== null && eventIds.has(id);
  }
  const claimIds = new Set(alignments.flatMap((a) => a.claimIds));
  for (const r of factTable) for (const cells of Object.values(r.cells)) for (const cell of cells) claimIds.add(cell.claimId);
  const claims = c.claims.filter((cl) => claimIds.has(cl.id) || (scope === 'event' && cl.eventId === eventId));
  const events = c.events.filter((e) => keepEvent(e.id));
  let sources = c.sources;
  if (scope === 'event') {
    const sourceIds = new Set([...events.flatMap((e) => e.sourceIds), ...claims.map((cl) => cl.sourceId)]);
    sources = c.sources.filter((s) => sourceIds.has(s.id));
  }
  return { ...c, sources, events, claims, alignments, factTable };
}
