// Puts the analyst's workspace (tags, notes, manual links) on top of a fresh engine Comparison.
// Pure and deterministic: the same comparison and project give the same result.
//
// Tags are attached by alignment id when that alignment still holds the tagged statements; otherwise they are
// re-anchored by the statements' quotes and positions (ClaimAnchor). A tag that cannot be re-anchored is returned
// as an orphan: it stays in the project and is never dropped.
import type { Alignment, AnalystTag, Claim, Comparison, Discrepancy, TagStatus, Verdict } from './model';
import type { ClaimAnchor, LinkRecord, Project, TagRecord } from './workspace';

export interface ApplyOptions {
  /** judges a manual link's statements; default: `partial` with no discrepancies (the analyst said "same", the engine did not) */
  judge?: (claims: Claim[]) => { status: Verdict; discrepancies: Discrepancy[] };
}

export interface ApplyResult {
  comparison: Comparison;
  /** tags whose statements could not be found again (kept in the project, shown to the analyst) */
  orphans: TagRecord[];
  /** manual links whose statements could not be found again */
  orphanLinks: LinkRecord[];
  /** which tag record is shown on which alignment (alignment id → record) */
  attached: Map<string, TagRecord>;
}

/** Whitespace-collapsed, NFC-normalized text for comparing quotes. */
function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

interface Grams {
  m: Map<string, number>;
  n: number;
}

function bigrams(s: string): Grams {
  const m = new Map<string, number>();
  const chars = Array.from(s);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return { m, n: Math.max(0, chars.length - 1) };
}

function dice(a: Grams, b: Grams): number {
  const total = a.n + b.n;
  if (total === 0) return 0;
  let inter = 0;
  const [small, large] = a.m.size <= b.m.size ? [a.m, b.m] : [b.m, a.m];
  for (const [g, n] of small) inter += Math.min(n, large.get(g) ?? 0);
  return (2 * inter) / total;
}

/** Dice coefficient over character bigrams: script-independent (works for CJK without word boundaries). */
export function quoteSimilarity(a: string, b: string): number {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return 1;
  if (!x || !y) return 0;
  return dice(bigrams(x), bigrams(y));
}

/** Minimal similarity for a changed statement to still count as the tagged one. */
export const REANCHOR_MIN_SIMILARITY = 0.75;
/** How much a statement's distance from the old position lowers its similarity (at most), and over how many characters. */
const POSITION_WEIGHT = 0.2;
const POSITION_SCALE = 1000;

/** Index of a comparison's claims by source path, for anchor resolution. */
class ClaimIndex {
  private byPath = new Map<string, Claim[]>();
  /** path → normalized statement text → claims (exact re-anchoring in O(1)) */
  private byQuote = new Map<string, Map<string, Claim[]>>();
  readonly byId = new Map<string, Claim>();
  /** bigrams of claim texts, computed when a fuzzy match first needs them */
  private grams = new Map<Claim, Grams>();
  /** statements that still read exactly as some anchor did: they are that statement, not an edited other one */
  private exact = new Set<Claim>();
  /** per path: how far statements moved (median over exact matches), so positions compare after an insertion */
  private shift = new Map<string, number>();
  readonly pathOf = new Map<string, string>();

  constructor(c: Comparison) {
    const pathBySource = new Map(c.sources.map((s) => [s.id, s.path]));
    for (const claim of c.claims) {
      this.byId.set(claim.id, claim);
      const p = pathBySource.get(claim.sourceId);
      if (p === undefined) continue;
      this.pathOf.set(claim.id, p);
      const list = this.byPath.get(p);
      if (list) list.push(claim);
      else this.byPath.set(p, [claim]);
      let quotes = this.byQuote.get(p);
      if (!quotes) this.byQuote.set(p, (quotes = new Map()));
      const q = norm(claim.text);
      const same = quotes.get(q);
      if (same) same.push(claim);
      else quotes.set(q, [claim]);
    }
  }

  private exactMatch(a: ClaimAnchor): Claim | null {
    let best: Claim | null = null;
    let bestDist = Infinity;
    for (const c of this.byQuote.get(a.path)?.get(norm(a.quote)) ?? []) {
      const d = Math.abs(c.origin.start - a.start);
      if (d < bestDist) {
        best = c;
        bestDist = d;
      }
    }
    return best;
  }

  /** Learns from every anchor at once which statements are unchanged and how far each file's statements moved. */
  prepare(anchors: Iterable<ClaimAnchor>): void {
    const moves = new Map<string, number[]>();
    for (const a of anchors) {
      const c = this.exactMatch(a);
      if (!c) continue;
      this.exact.add(c);
      const m = moves.get(a.path);
      if (m) m.push(c.origin.start - a.start);
      else moves.set(a.path, [c.origin.start - a.start]);
    }
    for (const [p, m] of moves) {
      m.sort((x, y) => x - y);
      this.shift.set(p, m[m.length >> 1]);
    }
  }

  /** The claim an anchor points at: exact quote nearest the old position, else the most similar quote. */
  resolve(a: ClaimAnchor): Claim | null {
    const list = this.byPath.get(a.path);
    if (!list) return null;
    const exact = this.exactMatch(a);
    if (exact) return exact;
    let best: Claim | null = null;
    let bestDist = Infinity;
    const expected = a.start + (this.shift.get(a.path) ?? 0);
    const q = bigrams(norm(a.quote));
    if (q.n === 0) return null;
    let bestScore = -Infinity;
    for (const c of list) {
      if (this.exact.has(c)) continue;
      let g = this.grams.get(c);
      if (!g) this.grams.set(c, (g = bigrams(norm(c.text))));
      // Dice ≤ 2·min/(a+b): skip statements whose length alone rules them out
      if ((2 * Math.min(g.n, q.n)) / (g.n + q.n) < Math.max(REANCHOR_MIN_SIMILARITY, bestScore)) continue;
      const sim = dice(g, q);
      if (sim < REANCHOR_MIN_SIMILARITY) continue;
      // among look-alike statements (lists, repeated phrasing) the one nearer the old position wins
      const d = Math.abs(c.origin.start - expected);
      const score = sim - POSITION_WEIGHT * Math.min(1, d / POSITION_SCALE);
      if (score > bestScore || (score === bestScore && (!best || d < bestDist))) {
        best = c;
        bestScore = score;
        bestDist = d;
      }
    }
    return best;
  }
}

/** Anchors of the given claims, for a TagRecord or LinkRecord. Unknown claim ids are skipped. */
export function anchorsFor(comparison: Comparison, claimIds: readonly string[]): ClaimAnchor[] {
  const pathBySource = new Map(comparison.sources.map((s) => [s.id, s.path]));
  const byId = new Map(comparison.claims.map((c) => [c.id, c]));
  const out: ClaimAnchor[] = [];
  for (const id of claimIds) {
    const c = byId.get(id);
    if (!c) continue;
    out.push({ path: pathBySource.get(c.sourceId) ?? c.sourceId, quote: c.text, start: c.origin.start });
  }
  return out;
}

/** A TagRecord for an alignment of `comparison` (throws when the alignment does not exist). */
export function makeTagRecord(comparison: Comparison, alignmentId: string, status: TagStatus | null, note: string, now: Date): TagRecord {
  const a = comparison.alignments.find((x) => x.id === alignmentId);
  if (!a) throw new Error(`no alignment ${alignmentId}`);
  return { alignmentId, anchors: anchorsFor(comparison, a.claimIds), status, note, updatedAt: now.toISOString() };
}

/** A LinkRecord joining claims of `comparison` (throws when a claim does not exist or fewer than two sources). */
export function makeLinkRecord(comparison: Comparison, claimIds: readonly string[], now: Date, id: string): LinkRecord {
  const ids = Array.from(new Set(claimIds));
  const byId = new Map(comparison.claims.map((c) => [c.id, c]));
  for (const cid of ids) if (!byId.has(cid)) throw new Error(`no statement ${cid}`);
  if (ids.length < 2) throw new Error('a link needs at least two statements');
  return { id, anchors: anchorsFor(comparison, ids), createdAt: now.toISOString() };
}

/** True when a tag record carries nothing (status cleared, no note): it removes the tag. */
export function isEmptyTag(t: Pick<TagRecord, 'status' | 'note'>): boolean {
  return t.status === null && t.note.trim() === '';
}

function defaultJudge(): { status: Verdict; discrepancies: Discrepancy[] } {
  return { status: 'partial', discrepancies: [] };
}

/**
 * Attaches the project's tags and manual links to `comparison` (which is not modified).
 * Manual links become alignments with `manual: true` and the link's id; tags may point at them.
 */
export function applyProject(comparison: Comparison, project: Pick<Project, 'tags' | 'links'>, opts: ApplyOptions = {}): ApplyResult {
  const judge = opts.judge ?? defaultJudge;
  const index = new ClaimIndex(comparison);
  index.prepare([...project.links.flatMap((l) => l.anchors), ...project.tags.flatMap((t) => t.anchors)]);
  const alignments: Alignment[] = comparison.alignments.map((a) => ({ ...a, tag: null }));
  const orphanLinks: LinkRecord[] = [];

  // 1. manual links
  const existingIds = new Set(alignments.map((a) => a.id));
  for (const link of project.links) {
    const claims: Claim[] = [];
    for (const an of link.anchors) {
      const c = index.resolve(an);
      if (c && !claims.includes(c)) claims.push(c);
    }
    if (claims.length < 2 || existingIds.has(link.id)) {
      orphanLinks.push(link);
      continue;
    }
    const events = new Set(claims.map((c) => c.eventId));
    const verdict = judge(claims);
    alignments.push({
      id: link.id,
      eventId: events.size === 1 ? claims[0].eventId : null,
      claimIds: claims.map((c) => c.id),
      score: 1,
      status: verdict.status,
      discrepancies: verdict.discrepancies,
      tag: null,
      manual: true,
    });
    existingIds.add(link.id);
  }

  // 2. tags, newest first so that the newest verdict wins when two records land on one alignment
  const byId = new Map(alignments.map((a) => [a.id, a]));
  const byClaim = new Map<string, Alignment[]>();
  for (const a of alignments)
    for (const cid of a.claimIds) {
      const l = byClaim.get(cid);
      if (l) l.push(a);
      else byClaim.set(cid, [a]);
    }
  const orphans: TagRecord[] = [];
  const attached = new Map<string, TagRecord>();
  const order = project.tags
    .map((t, i) => ({ t, i }))
    .sort((x, y) => (x.t.updatedAt < y.t.updatedAt ? 1 : x.t.updatedAt > y.t.updatedAt ? -1 : x.i - y.i));
  for (const { t } of order) {
    if (isEmptyTag(t)) continue;
    const target = locate(t, byId, byClaim, index);
    if (!target || attached.has(target.id)) {
      orphans.push(t);
      continue;
    }
    const tag: AnalystTag = { status: t.status ?? target.status, note: t.note, updatedAt: t.updatedAt };
    target.tag = tag;
    attached.set(target.id, t);
  }
  // keep orphans in project order
  orphans.sort((a, b) => project.tags.indexOf(a) - project.tags.indexOf(b));

  return { comparison: { ...comparison, alignments }, orphans, orphanLinks, attached };
}

function locate(t: TagRecord, byId: Map<string, Alignment>, byClaim: Map<string, Alignment[]>, index: ClaimIndex): Alignment | null {
  const resolved: Claim[] = [];
  for (const an of t.anchors) {
    const c = index.resolve(an);
    if (c && !resolved.includes(c)) resolved.push(c);
  }
  const direct = byId.get(t.alignmentId);
  if (direct) {
    // same id: accept when it still holds the tagged statements (or when there is nothing to check against)
    if (t.anchors.length === 0) return direct;
    const held = resolved.filter((c) => direct.claimIds.includes(c.id)).length;
    if (held * 2 >= t.anchors.length && held > 0) return direct;
  }
  if (resolved.length === 0) return null;
  // re-anchor: the alignment holding most of the resolved statements (at least two, or the only one resolved)
  const need = Math.min(2, t.anchors.length);
  let best: Alignment | null = null;
  let bestHeld = 0;
  let bestExtra = Infinity;
  const seen = new Set<Alignment>();
  for (const c of resolved)
    for (const a of byClaim.get(c.id) ?? []) {
      if (seen.has(a)) continue;
      seen.add(a);
      const held = resolved.filter((r) => a.claimIds.includes(r.id)).length;
      const extra = a.claimIds.length - held;
      if (held > bestHeld || (held === bestHeld && extra < bestExtra)) {
        best = a;
        bestHeld = held;
        bestExtra = extra;
      }
    }
  return best && bestHeld >= need ? best : null;
}
