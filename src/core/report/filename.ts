// File names for exports that say what they hold: `istanbul-2025-02-27-comparison.pdf`,
// `istanbul-2025-02-27-conflicts.docx` — from the event the report covers (or the one most sources report).
import type { Comparison, EventInfo } from '../model';
import { formatSpec, type ReportFormat } from './formats';
import type { ReportScope } from './scope';

/** ASCII slug of a label: diacritics dropped, anything else but letters and digits becomes a hyphen. */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

function mainEvent(c: Comparison, scope: ReportScope, eventId?: string): EventInfo | null {
  if (scope === 'event' && eventId) return c.events.find((e) => e.id === eventId) ?? null;
  let best: EventInfo | null = null;
  for (const e of c.events) if (!best || e.sourceIds.length > best.sourceIds.length) best = e;
  return best;
}

export function suggestFileName(c: Comparison, format: ReportFormat, scope: ReportScope, eventId?: string): string {
  const e = mainEvent(c, scope, eventId);
  const parts: string[] = [];
  if (e) {
    const place = slug(e.place ?? '') || slug(e.label.split('·')[0] ?? '');
    if (place) parts.push(place);
    const date = /^\d{4}-\d{2}-\d{2}/.exec(e.date ?? '')?.[0];
    if (date) parts.push(date);
  }
  if (!parts.length) parts.push('parallax');
  parts.push(scope === 'conflicts' ? 'conflicts' : scope === 'tagged' ? 'tagged' : 'comparison');
  return `${parts.join('-')}.${formatSpec(format).exts[0]}`;
}
