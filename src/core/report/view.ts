// Lookups and groupings shared by the HTML, Markdown and CSV renderers.
import type { Alignment, Claim, Comparison, EventInfo, FactRow, SourceInfo, TagStatus } from '../model';
import { effectiveStatus } from './scope';

export interface EventSection {
  /** null: alignments and fact rows not attached to any event */
  event: EventInfo | null;
  sources: SourceInfo[];
  factRows: FactRow[];
  alignments: Alignment[];
}

export interface ReportView {
  c: Comparison;
  source: (id: string) => SourceInfo | undefined;
  claim: (id: string) => Claim | undefined;
  sourceLabel: (id: string) => string;
  counts: Record<TagStatus, number>;
  sections: EventSection[];
}

export function buildView(c: Comparison): ReportView {
  const sources = new Map(c.sources.map((s) => [s.id, s]));
  const claims = new Map(c.claims.map((cl) => [cl.id, cl]));
  const counts: Record<TagStatus, number> = { agreement: 0, partial: 0, conflict: 0, 'not-same': 0 };
  for (const a of c.alignments) counts[effectiveStatus(a)]++;

  const sourceLabel = (id: string) => {
    const s = sources.get(id);
    if (!s) return id;
    return s.outlet ? `${s.outlet} (${s.path})` : s.path;
  };

  const sections: EventSection[] = c.events.map((event) => {
    const ids = new Set(event.sourceIds);
    const alignments = c.alignments.filter((a) => a.eventId === event.id);
    const factRows = c.factTable.filter((r) => r.eventId === event.id);
    for (const a of alignments) for (const id of a.claimIds) ids.add(claims.get(id)?.sourceId ?? '');
    for (const r of factRows) for (const sid of Object.keys(r.cells)) ids.add(sid);
    return { event, sources: c.sources.filter((s) => ids.has(s.id)), factRows, alignments };
  });
  const known = new Set(c.events.map((e) => e.id));
  const orphanAlignments = c.alignments.filter((a) => a.eventId === null || !known.has(a.eventId));
  const orphanRows = c.factTable.filter((r) => !known.has(r.eventId));
  if (orphanAlignments.length || orphanRows.length) {
    const ids = new Set<string>();
    for (const a of orphanAlignments) for (const id of a.claimIds) ids.add(claims.get(id)?.sourceId ?? '');
    for (const r of orphanRows) for (const sid of Object.keys(r.cells)) ids.add(sid);
    sections.push({ event: null, sources: c.sources.filter((s) => ids.has(s.id)), factRows: orphanRows, alignments: orphanAlignments });
  }
  return { c, source: (id) => sources.get(id), claim: (id) => claims.get(id), sourceLabel, counts, sections };
}
