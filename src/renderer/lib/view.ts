// The workspace's view model: rows of the side-by-side view, filters, highlights and fact-matrix cells,
// all derived from a Comparison (src/core/model.ts). Pure functions, unit-tested in tests/renderer.
import type { Alignment, Claim, Comparison, EventInfo, FactKind, FactRow, FactValue, SourceInfo, Verdict } from '../../core/model';
import { toSimplified } from './normalize';

export type RowStatus = Verdict | 'unaligned';
export const ROW_STATUSES: readonly RowStatus[] = ['agreement', 'partial', 'conflict', 'unaligned'];

/** One row of the side-by-side view: an alignment group, or a statement no group took (shown in place). */
export interface Row {
  id: string;
  alignment: Alignment | null;
  claims: Claim[];
  /** member statements per source id, in story order */
  bySource: Map<string, Claim[]>;
  eventId: string | null;
  status: RowStatus;
  kinds: Set<FactKind>;
}

export interface ComparisonIndex {
  comparison: Comparison;
  sources: SourceInfo[];
  sourceById: Map<string, SourceInfo>;
  claimById: Map<string, Claim>;
  eventById: Map<string, EventInfo>;
  rows: Row[];
  rowIdByClaim: Map<string, string>;
  rowById: Map<string, Row>;
  /** lazily built lower-case search text per row (original + Simplified) */
  searchCache: Map<string, string>;
}

export const unalignedRowId = (claimId: string) => `claim:${claimId}`;

export function buildIndex(c: Comparison): ComparisonIndex {
  const sourceById = new Map(c.sources.map((s) => [s.id, s]));
  const claimById = new Map(c.claims.map((cl) => [cl.id, cl]));
  const eventById = new Map(c.events.map((e) => [e.id, e]));
  const eventRank = new Map(c.events.map((e, i) => [e.id, i]));
  const perSource = new Map<string, number>();
  for (const cl of c.claims) perSource.set(cl.sourceId, Math.max(perSource.get(cl.sourceId) ?? 0, cl.index + 1));
  const relPos = (cl: Claim) => cl.index / Math.max(1, perSource.get(cl.sourceId) ?? 1);
  const rankOf = (eventId: string | null) => (eventId === null ? c.events.length : (eventRank.get(eventId) ?? c.events.length));

  const keyed: { row: Row; rank: number; pos: number }[] = [];
  const inGroup = new Set<string>();
  for (const a of c.alignments) {
    const claims = a.claimIds.map((id) => claimById.get(id)).filter((x): x is Claim => !!x);
    for (const cl of claims) inGroup.add(cl.id);
    const pos = claims.length ? claims.reduce((n, cl) => n + relPos(cl), 0) / claims.length : 1;
    keyed.push({
      row: makeRow(a.id, a, claims, a.eventId ?? claims[0]?.eventId ?? null, a.status),
      rank: rankOf(a.eventId ?? claims[0]?.eventId ?? null),
      pos,
    });
  }
  for (const cl of c.claims) {
    if (inGroup.has(cl.id)) continue;
    keyed.push({ row: makeRow(unalignedRowId(cl.id), null, [cl], cl.eventId, 'unaligned'), rank: rankOf(cl.eventId), pos: relPos(cl) });
  }
  keyed.sort((x, y) => x.rank - y.rank || x.pos - y.pos || (x.row.id < y.row.id ? -1 : x.row.id > y.row.id ? 1 : 0));
  const rows = keyed.map((k) => k.row);
  const rowIdByClaim = new Map<string, string>();
  const rowById = new Map<string, Row>();
  for (const r of rows) {
    rowById.set(r.id, r);
    for (const cl of r.claims) rowIdByClaim.set(cl.id, r.id);
  }
  return { comparison: c, sources: c.sources, sourceById, claimById, eventById, rows, rowIdByClaim, rowById, searchCache: new Map() };
}

function makeRow(id: string, alignment: Alignment | null, claims: Claim[], eventId: string | null, status: RowStatus): Row {
  const bySource = new Map<string, Claim[]>();
  const kinds = new Set<FactKind>();
  for (const cl of [...claims].sort((a, b) => a.index - b.index)) {
    let list = bySource.get(cl.sourceId);
    if (!list) bySource.set(cl.sourceId, (list = []));
    list.push(cl);
    for (const f of cl.facts) kinds.add(f.kind);
  }
  return { id, alignment, claims, bySource, eventId, status, kinds };
}

// ---------------------------------------------------------------- filters

export type TaggedFilter = 'all' | 'tagged' | 'untagged';
export interface Filters {
  /** empty: every status */
  statuses: RowStatus[];
  kind: FactKind | '';
  sourceId: string;
  eventId: string;
  tagged: TaggedFilter;
  query: string;
}
export const emptyFilters = (): Filters => ({ statuses: [], kind: '', sourceId: '', eventId: '', tagged: 'all', query: '' });

export function isFiltering(f: Filters): boolean {
  return f.statuses.length > 0 || !!f.kind || !!f.sourceId || !!f.eventId || f.tagged !== 'all' || !!f.query.trim();
}

const HAN = /\p{Script=Han}/u;

function rowSearchText(ix: ComparisonIndex, row: Row): string {
  let s = ix.searchCache.get(row.id);
  if (s === undefined) {
    const raw = row.claims.map((c) => c.text).join('\n') + '\n' + (row.alignment?.tag?.note ?? '');
    const lower = raw.toLowerCase();
    // only Han text needs a Simplified copy (the costly part)
    s = HAN.test(lower) ? lower + '\n' + toSimplified(lower) : lower;
    ix.searchCache.set(row.id, s);
  }
  return s;
}

export function filterRows(ix: ComparisonIndex, f: Filters): Row[] {
  if (!isFiltering(f)) return ix.rows;
  const q = f.query.trim().toLowerCase();
  const qs = q ? toSimplified(q) : '';
  return ix.rows.filter((r) => {
    if (f.statuses.length && !f.statuses.includes(r.status)) return false;
    if (f.kind && !r.kinds.has(f.kind)) return false;
    if (f.sourceId && !r.bySource.has(f.sourceId)) return false;
    if (f.eventId && r.eventId !== f.eventId) return false;
    if (f.tagged !== 'all') {
      const tagged = !!r.alignment?.tag && (r.alignment.tag.status !== null || !!r.alignment.tag.note);
      if (tagged !== (f.tagged === 'tagged')) return false;
    }
    if (q) {
      const text = rowSearchText(ix, r);
      if (!text.includes(q) && !text.includes(qs)) return false;
    }
    return true;
  });
}

export function filterFactRows(ix: ComparisonIndex, f: Filters): FactRow[] {
  const q = f.query.trim().toLowerCase();
  const qs = q ? toSimplified(q) : '';
  return ix.comparison.factTable.filter((r) => {
    if (f.kind && r.kind !== f.kind) return false;
    if (f.eventId && r.eventId !== f.eventId) return false;
    if (f.sourceId && !(r.cells[f.sourceId]?.length > 0)) return false;
    if (f.statuses.length) {
      const st: RowStatus = r.status === 'single' ? 'unaligned' : r.status;
      if (!f.statuses.includes(st)) return false;
    }
    if (q) {
      const hay = (
        r.label +
        '\n' +
        Object.values(r.cells)
          .flatMap((cs) => cs.map((c) => c.text))
          .join('\n')
      ).toLowerCase();
      if (!hay.includes(q) && !toSimplified(hay).includes(qs)) return false;
    }
    return true;
  });
}

// ---------------------------------------------------------------- highlights

export interface Segment {
  text: string;
  /** set on discrepant fact text */
  mark: Verdict | null;
  kind?: FactKind | 'wording';
}

/** Splits a statement's text into plain and highlighted parts: the facts on which the group disagrees. */
export function highlightClaim(claim: Claim, alignment: Alignment | null): Segment[] {
  const text = claim.text;
  if (!alignment || alignment.status === 'agreement' || alignment.discrepancies.length === 0) return [{ text, mark: null }];
  const mark: Verdict = alignment.status;
  const ranges: { start: number; end: number; kind: FactKind | 'wording' }[] = [];
  const add = (start: number, end: number, kind: FactKind | 'wording') => {
    if (start >= 0 && end > start && end <= text.length) ranges.push({ start, end, kind });
  };
  for (const d of alignment.discrepancies) {
    for (const v of d.values) {
      if (v.claimId !== claim.id || !v.text) continue;
      const fact = claim.facts.find((f) => f.text === v.text && f.start !== undefined && f.end !== undefined);
      if (fact && text.slice(fact.start, fact.end) === v.text) add(fact.start!, fact.end!, d.kind);
      else add(text.indexOf(v.text), text.indexOf(v.text) + v.text.length, d.kind);
    }
  }
  if (!ranges.length) return [{ text, mark: null }];
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: typeof ranges = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), mark: null });
    out.push({ text: text.slice(r.start, r.end), mark, kind: r.kind });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: null });
  return out;
}

// ---------------------------------------------------------------- fact matrix

/** A cell's mark in the fact matrix: the row's own verdict, or — on a disputed row — 'majority' for the value most
 * sources state (never "agreement" on a row that is not one). */
export type CellStatus = Verdict | 'majority' | 'not-reported' | 'single';

function stableKey(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stableKey).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${k}:${stableKey(o[k])}`)
    .join(',')}}`;
}

/** Key under which two stated values count as the same: the normalized value, else the Simplified text. */
export function valueKey(entry: { text: string; value?: FactValue }): string {
  if (entry.value !== undefined) {
    const v = entry.value as Record<string, unknown>;
    // entity values: the canonical key alone decides
    if (typeof v.key === 'string') return `key:${v.key}`;
    // dates: the date alone (a date resolved from "on Tuesday" is the same date as one written out)
    if (typeof v.date === 'string') return `date:${v.date}`;
    return stableKey(v);
  }
  return 'text:' + toSimplified(entry.text.trim().toLowerCase());
}

const YEARLESS = /^date:--(\d{2}-\d{2})$/;
const FULL_DATE = /^date:\d{4}-(\d{2}-\d{2})/;

interface RowKeys {
  /** the most common value key (after resolving year-less dates) */
  best: string;
  /** value key → the key it counts as in this row */
  resolve: Map<string, string>;
}

const rowKeysCache = new WeakMap<FactRow, RowKeys>();

/**
 * The value keys of a fact-table row, cached per row. A year-less date (--10-14, from "10月14日") counts as
 * the full date with the same month and day that the row's sources give most often (2025-10-14, from
 * "Oct 14, 2025"): it does not contradict it. Majority ties go to the smallest key.
 */
function rowKeys(row: FactRow): RowKeys {
  let rk = rowKeysCache.get(row);
  if (rk) return rk;
  const perSource = Object.values(row.cells).map((list) => new Set(list.map(valueKey)));
  const raw = new Map<string, number>();
  for (const keys of perSource) for (const k of keys) raw.set(k, (raw.get(k) ?? 0) + 1);
  const byCount = [...raw].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const resolve = new Map<string, string>();
  for (const [k] of byCount) {
    const md = YEARLESS.exec(k);
    if (!md) continue;
    const full = byCount.find(([f]) => FULL_DATE.exec(f)?.[1] === md[1]);
    if (full) resolve.set(k, full[0]);
  }
  const counts = new Map<string, number>();
  for (const keys of perSource) {
    for (const k of new Set([...keys].map((x) => resolve.get(x) ?? x))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best = '';
  let bestN = -1;
  for (const [k, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > bestN) {
      best = k;
      bestN = n;
    }
  }
  rk = { best, resolve };
  rowKeysCache.set(row, rk);
  return rk;
}

/**
 * The mark of one source's cell in a fact-table row. It never contradicts the row: on an agreeing row every cell
 * agrees; on a partial or conflicting row the cells stating the most common value are marked 'majority' and the
 * others carry the row's verdict.
 */
export function factCellStatus(row: FactRow, sourceId: string): CellStatus {
  const entries = row.cells[sourceId] ?? [];
  if (!entries.length) return 'not-reported';
  if (row.status === 'single') return 'single';
  if (row.status === 'agreement') return 'agreement';
  const { best, resolve } = rowKeys(row);
  if (
    entries.some((e) => {
      const k = valueKey(e);
      return (resolve.get(k) ?? k) === best;
    })
  )
    return 'majority';
  return row.status;
}

/** Events sorted by date (undated last), with the dated statements of each. */
export function timeline(ix: ComparisonIndex): { date: string | null; events: EventInfo[]; claims: { claim: Claim; date: string }[] }[] {
  const byDate = new Map<string, { events: EventInfo[]; claims: { claim: Claim; date: string }[] }>();
  const slot = (d: string | null) => {
    const k = d ?? '';
    let s = byDate.get(k);
    if (!s) byDate.set(k, (s = { events: [], claims: [] }));
    return s;
  };
  for (const e of ix.comparison.events) slot(e.date).events.push(e);
  for (const cl of ix.comparison.claims) {
    for (const f of cl.facts) {
      const d = f.kind === 'date' ? (f.value as { date?: unknown } | undefined)?.date : undefined;
      if (typeof d === 'string' && /^\d{4}(-\d{2}){0,2}/.test(d)) {
        slot(d.slice(0, 10)).claims.push({ claim: cl, date: d });
        break;
      }
    }
  }
  return [...byDate]
    .sort((a, b) => (a[0] === '' ? 1 : b[0] === '' ? -1 : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => ({ date: k || null, ...v }));
}
