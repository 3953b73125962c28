// Alignment: group statements from different sources that report the same thing.
//
// Two kinds of groups:
//  - similarity groups: cross-language similarity (src/core/lang) plus shared entities; mutual best matches above a
//    threshold, merged greedily so that a group holds at most one statement per source;
//  - fact-slot groups: within one event, the statements of each source that state the same slot — the meeting's
//    duration, a person's title, a count of something, the venue, the date — even when their wording differs.
// Candidates are blocked by shared anchors (rare tokens), so cost grows with the number of statements, not its square.
import type { DateValue, EntityValue, Fact, FactKind, NumberValue } from '../model';
import { datesNear } from './events';

export interface AlignClaim {
  id: string;
  sourceId: string;
  /** document position, for story order */
  index: number;
  eventId: string | null;
  /** the statement names its event itself (date/place); otherwise inherited from the document */
  explicit: boolean;
  /** the document's own date for its primary event (day precision) */
  docEventDate: string | null;
  facts: Fact[];
  eventWord: boolean;
  lasting: boolean;
}

/** The similarity model, as the aligner needs it. */
export interface PairScorer {
  /** similarity of claims i and j (indexes into the claims array), 0..1 */
  score(i: number, j: number): number;
  /** blocking anchors of claim i: ids of rare, informative tokens */
  anchors(i: number): Iterable<string | number>;
}

export interface AlignOptions {
  threshold: number;
  /** threshold for pairs across events (a background mention of another event) */
  crossEventThreshold: number;
  maxCandidatesPerStatement: number;
  /** anchors shared by more statements than this are not used for blocking */
  maxAnchorFrequency: number;
  /** each statement looks for candidates through at most this many of its rarest anchors */
  anchorsPerStatement: number;
  /** may claims a and b be aligned? (event rules) */
  allowed: (a: AlignClaim, b: AlignClaim) => boolean;
}

export interface Group {
  claimIdx: number[];
  score: number;
  /** fact slot that made the group, if any */
  slot?: { key: string; kind: FactKind; personKey?: string };
  eventId: string | null;
}

const entityKeys = (facts: Fact[]) => {
  const s = new Set<string>();
  for (const f of facts)
    if ((f.kind === 'person' || f.kind === 'place' || f.kind === 'organization') && (f.value as EntityValue | undefined)?.key)
      s.add(f.kind + ':' + (f.value as EntityValue).key);
  return s;
};

/** Similarity groups. */
export function similarityGroups(claims: AlignClaim[], scorer: PairScorer, opts: AlignOptions): Group[] {
  const n = claims.length;
  // inverted index over anchors
  const index = new Map<string | number, number[]>();
  for (let i = 0; i < n; i++) for (const a of scorer.anchors(i)) (index.get(a) ?? index.set(a, []).get(a)!).push(i);
  const ents = claims.map((c) => entityKeys(c.facts));

  // best candidate per (claim, other source)
  const best = new Map<string, { j: number; s: number }>(); // key: i + '|' + sourceId(j)
  const scores = new Map<number, Map<number, number>>();
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    counts.clear();
    const postings = [];
    for (const a of scorer.anchors(i)) {
      const p = index.get(a)!;
      if (p.length > 1 && p.length <= opts.maxAnchorFrequency) postings.push(p);
    }
    postings.sort((x, y) => x.length - y.length);
    for (const posting of postings.slice(0, opts.anchorsPerStatement)) {
      const w = 1 / Math.log2(1 + posting.length);
      for (const j of posting) if (j !== i && claims[j].sourceId !== claims[i].sourceId) counts.set(j, (counts.get(j) ?? 0) + w);
    }
    const cands = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, opts.maxCandidatesPerStatement);
    for (const [j] of cands) {
      if (!opts.allowed(claims[i], claims[j])) continue;
      const lo = Math.min(i, j);
      const hi = Math.max(i, j);
      let s = scores.get(lo)?.get(hi);
      if (s === undefined) {
        s = scorer.score(i, j);
        // shared named entities strengthen a match across scripts
        let shared = 0;
        for (const k of ents[i]) if (ents[j].has(k)) shared++;
        if (shared) s = Math.min(1, s + 0.05 * Math.min(shared, 3));
        (scores.get(lo) ?? scores.set(lo, new Map()).get(lo)!).set(hi, s);
      }
      const key = i + '|' + claims[j].sourceId;
      const cur = best.get(key);
      if (!cur || s > cur.s || (s === cur.s && j < cur.j)) best.set(key, { j, s });
    }
  }

  // mutual best matches above threshold
  const edges: { i: number; j: number; s: number }[] = [];
  for (const [key, { j, s }] of best) {
    const i = Number(key.slice(0, key.indexOf('|')));
    if (i > j) continue;
    const cross = claims[i].eventId !== claims[j].eventId;
    if (s < (cross ? opts.crossEventThreshold : opts.threshold)) continue;
    const back = best.get(j + '|' + claims[i].sourceId);
    if (back && back.j === i) edges.push({ i, j, s });
  }
  edges.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);

  // greedy merge: one statement per source per group
  const groupOf = new Int32Array(n).fill(-1);
  const groups: { members: number[]; sources: Set<string>; sum: number; edges: number }[] = [];
  for (const e of edges) {
    const gi = groupOf[e.i];
    const gj = groupOf[e.j];
    if (gi === -1 && gj === -1) {
      groupOf[e.i] = groupOf[e.j] = groups.length;
      groups.push({ members: [e.i, e.j], sources: new Set([claims[e.i].sourceId, claims[e.j].sourceId]), sum: e.s, edges: 1 });
    } else if (gi !== -1 && gj === -1) {
      const g = groups[gi];
      if (g.sources.has(claims[e.j].sourceId) || !g.members.every((m) => opts.allowed(claims[m], claims[e.j]))) continue;
      g.members.push(e.j);
      g.sources.add(claims[e.j].sourceId);
      groupOf[e.j] = gi;
      g.sum += e.s;
      g.edges++;
    } else if (gi === -1 && gj !== -1) {
      const g = groups[gj];
      if (g.sources.has(claims[e.i].sourceId) || !g.members.every((m) => opts.allowed(claims[m], claims[e.i]))) continue;
      g.members.push(e.i);
      g.sources.add(claims[e.i].sourceId);
      groupOf[e.i] = gj;
      g.sum += e.s;
      g.edges++;
    } else if (gi !== gj) {
      const a = groups[gi];
      const b = groups[gj];
      if ([...b.sources].some((s) => a.sources.has(s))) continue;
      if (!b.members.every((m) => a.members.every((k) => opts.allowed(claims[k], claims[m])))) continue;
      for (const m of b.members) {
        a.members.push(m);
        groupOf[m] = gi;
      }
      for (const s of b.sources) a.sources.add(s);
      a.sum += b.sum + e.s;
      a.edges += b.edges + 1;
      b.members = [];
      b.sources.clear();
    } else {
      groups[gi].sum += e.s;
      groups[gi].edges++;
    }
  }
  return groups
    .filter((g) => g.members.length >= 2)
    .map((g) => {
      const members = g.members.sort((a, b) => a - b);
      return { claimIdx: members, score: g.sum / g.edges, eventId: groupEvent(claims, members) };
    });
}

/** The event of a group: the event its explicit members name, else the first member's. */
export function groupEvent(claims: AlignClaim[], members: number[]): string | null {
  const explicit = members.find((m) => claims[m].explicit && claims[m].eventId);
  return claims[explicit ?? members[0]].eventId;
}

export const dayOf = (f: Fact) => {
  const d = f.kind === 'date' ? (f.value as DateValue | undefined)?.date : undefined;
  return d && /^(\d{4}|-)-\d{2}-\d{2}$/.test(d) ? d : null;
};
const sameDay = (a: string, b: string) => a.slice(-5) === b.slice(-5) && (a.startsWith('-') || b.startsWith('-') || a.slice(0, 4) === b.slice(0, 4));

/** Sub-session marker: a statement dated on another day than its document's event date reports another session. */
function subDate(c: AlignClaim): string {
  const days = c.facts.map(dayOf).filter((d): d is string => !!d);
  if (!days.length || !c.docEventDate) return '';
  if (days.some((d) => sameDay(d, c.docEventDate!))) return '';
  return '@' + days[0].slice(-5);
}

const SHORT_UNITS = new Set(['second', 'minute', 'hour', 'day']);
/** Counts that say little (the two countries, both sides) are not fact slots. */
const TRIVIAL_UNITS = new Set(['country', 'countries', 'side', 'sides', 'party', 'parties', 'time', 'times', 'year', 'years']);
/** A count joins a slot only when its statement resembles another member's at least this much. */
export const COUNT_MIN_SIMILARITY = 0.12;

/** Fact-slot groups within each event: one statement per source per slot (single-source slots included, for the fact table). */
export function slotGroups(claims: AlignClaim[], scorer: PairScorer, allowed: AlignOptions['allowed']): Group[] {
  // slot key → source → first claim index (story order)
  const slots = new Map<string, { kind: FactKind; personKey?: string; bySource: Map<string, number[]> }>();
  const put = (key: string, kind: FactKind, i: number, personKey?: string) => {
    const s = slots.get(key) ?? slots.set(key, { kind, personKey, bySource: new Map() }).get(key)!;
    const list = s.bySource.get(claims[i].sourceId) ?? s.bySource.set(claims[i].sourceId, []).get(claims[i].sourceId)!;
    if (!list.includes(i)) list.push(i);
  };
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (!c.eventId) continue;
    const ev = c.eventId;
    const sub = subDate(c);
    const dur = c.facts.find((f) => f.kind === 'duration' && SHORT_UNITS.has((f.value as { unit?: string } | undefined)?.unit ?? ''));
    if (dur && (c.eventWord || c.lasting)) put(`${ev}|duration${sub}`, 'duration', i);
    for (const f of c.facts) {
      if (f.kind === 'person') {
        const v = f.value as EntityValue | undefined;
        if (v?.key && (v.role || v.organization)) put(`${ev}|role:${v.key}`, 'role', i, v.key);
      }
      if (f.kind === 'number') {
        const v = f.value as NumberValue | undefined;
        if (v?.unit && v.min != null && !TRIVIAL_UNITS.has(v.unit)) put(`${ev}|count:${v.unit}${sub}`, 'number', i);
      }
      if (f.kind === 'place' && (f.value as EntityValue & { venue?: boolean } | undefined)?.venue) put(`${ev}|venue${sub}`, 'place', i);
    }
    if (c.eventWord && c.docEventDate && c.facts.some((f) => dayOf(f) && datesNear(dayOf(f)!, c.docEventDate!, 1))) put(`${ev}|date`, 'date', i);
  }
  const out: Group[] = [];
  for (const [key, s] of [...slots.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    // per source, the candidate most similar to the other sources' candidates (story order breaks ties)
    const chosen: number[] = [];
    for (const [src, list] of s.bySource) {
      if (list.length === 1) {
        chosen.push(list[0]);
        continue;
      }
      let best = list[0];
      let bestScore = -1;
      for (const i of list) {
        let sc = 0;
        for (const [other, olist] of s.bySource) if (other !== src) sc += Math.max(...olist.map((j) => scorer.score(i, j)));
        if (sc > bestScore + 1e-9) [best, bestScore] = [i, sc];
      }
      chosen.push(best);
    }
    // counts of things must also be about the same thing: a minimum similarity to another member
    const eligible =
      s.kind === 'number' ? chosen.filter((i) => chosen.some((j) => j !== i && scorer.score(i, j) >= COUNT_MIN_SIMILARITY)) : chosen;
    const members: number[] = [];
    for (const i of eligible.sort((a, b) => a - b)) if (members.every((m) => allowed(claims[m], claims[i]))) members.push(i);
    if (members.length < 1) continue;
    let sum = 0;
    let pairs = 0;
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++) {
        sum += scorer.score(members[a], members[b]);
        pairs++;
      }
    out.push({
      claimIdx: members,
      score: pairs ? Math.min(1, 0.6 + 0.4 * (sum / pairs)) : 0,
      slot: { key: key.slice(key.indexOf('|') + 1), kind: s.kind, personKey: s.personKey },
      eventId: key.slice(0, key.indexOf('|')),
    });
  }
  return out;
}
