// Alignment: group statements from different sources that report the same thing.
//
// Two kinds of groups:
//  - similarity groups: cross-language similarity (src/core/lang) plus shared entities; mutual best matches above a
//    threshold, merged greedily so that a group holds at most one statement per source;
//  - fact-slot groups: within one event, the statements of each source that state the same slot — the meeting's
//    duration, a person's title, a count of something, the venue, the date — even when their wording differs;
//  - lead groups: the first reporting sentence of each report on one event ("the talks took place in Korvana on the
//    15th"), whatever their similarity;
//  - topic groups: short statements naming what an event was about (staffing, visas, banking) that share rare anchors,
//    at a lower similarity than other statements need.
// Statements attributed to different speakers (an analyst's opinion, a spokesman's statement) are never one claim.
// Every threshold and weight is a named setting (AlignSettings in settings.ts).
// Candidates are blocked by shared anchors (rare tokens), so cost grows with the number of statements, not its square.
import type { EntityValue, Fact, FactKind, NumberValue, QuoteValue } from '../model';
import { dayDate, datesNear } from './events';
import { SPEECH_RE } from './lexicon';
import { DEFAULT_ALIGN_SETTINGS, type AlignSettings } from './settings';

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
  /** the document's headline: a slot prefers the body's own statement of a fact */
  headline?: boolean;
  /** the statement's text (for its speakers: a person followed by a verb of saying) */
  text?: string;
  /** the statement belongs to its document's primary event (the event the document reports on) */
  primary?: boolean;
}

/** Which statements a group was formed from, and how (for its explanation). */
export type GroupOrigin = 'slot' | 'similarity' | 'lead' | 'topic';

/** Venue facts: places the facts layer marks as venues (a hotel, a consul general's residence). */
export function isVenue(f: Fact): boolean {
  return f.kind === 'place' && !!(f.value as EntityValue | undefined)?.venue;
}

/** The similarity model, as the aligner needs it. */
export interface PairScorer {
  /** similarity of claims i and j (indexes into the claims array), 0..1 */
  score(i: number, j: number): number;
  /** blocking anchors of claim i: ids of rare, informative tokens */
  anchors(i: number): Iterable<string | number>;
  /** per-signal similarity of claims i and j, when the model can tell (for explanations) */
  explain?(i: number, j: number): Record<string, number> | undefined;
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
  /** events whose statements fit this count are compared exhaustively; larger ones through anchors */
  fullScanLimit: number;
  /** which events a claim may align with besides its own (background mentions) */
  scopeEvents?: (c: AlignClaim) => Iterable<string>;
  /** may claims a and b be aligned? (event rules) */
  allowed: (a: AlignClaim, b: AlignClaim) => boolean;
}

export interface Group {
  claimIdx: number[];
  score: number;
  /** fact slot that made the group, if any */
  slot?: { key: string; kind: FactKind; personKey?: string };
  eventId: string | null;
  /** how the group was formed (slot groups: 'slot'; without it: 'similarity') */
  origin?: GroupOrigin;
  /** the scored pairs that formed the group (similarity edges), for its explanation */
  edges?: { i: number; j: number; s: number }[];
}

const entityKeys = (facts: Fact[]) => {
  const s = new Set<string>();
  for (const f of facts)
    if ((f.kind === 'person' || f.kind === 'place' || f.kind === 'organization') && (f.value as EntityValue | undefined)?.key)
      s.add(f.kind + ':' + (f.value as EntityValue).key);
  return s;
};

/** Similarity groups. */
export function similarityGroups(claims: AlignClaim[], scorer: PairScorer, opts: AlignOptions, settings: AlignSettings = DEFAULT_ALIGN_SETTINGS): Group[] {
  const n = claims.length;
  const TOP_K = Math.max(1, Math.round(settings.topK));
  const speakers = claims.map((c) => statementSpeakers(c, settings));
  // the event rules, and: statements attributed to different speakers are not one claim
  const ok = (i: number, j: number) => opts.allowed(claims[i], claims[j]) && sameSpeakers(speakers[i], speakers[j]);
  // inverted index over anchors
  const index = new Map<string | number, number[]>();
  for (let i = 0; i < n; i++) for (const a of new Set(scorer.anchors(i))) (index.get(a) ?? index.set(a, []).get(a)!).push(i);
  const ents = claims.map((c) => entityKeys(c.facts));

  // best candidate per (claim, other source)
  // the two best candidates per (claim, other source)
  const best = new Map<string, { j: number; s: number }[]>(); // key: i + '|' + sourceId(j)
  const memo = new Map<number, number>();
  const weight = new Float64Array(n);
  const touched: number[] = [];
  const anchorLists = claims.map((_, i) => [...scorer.anchors(i)]);
  const byEvent = new Map<string | null, number[]>();
  const background = new Map<string, number[]>();
  const reach = claims.map((c) => [...(opts.scopeEvents?.(c) ?? [])].filter((e): e is string => !!e && e !== c.eventId));
  for (let i = 0; i < n; i++) {
    (byEvent.get(claims[i].eventId) ?? byEvent.set(claims[i].eventId, []).get(claims[i].eventId)!).push(i);
    for (const e of reach[i]) (background.get(e) ?? background.set(e, []).get(e)!).push(i);
  }
  // small scopes (every statement of the event(s) a statement may align with, and the background statements of other
  // reports that refer to its event) are compared exhaustively. Scopes are symmetric, so each pair is scored once and
  // both sides learn of it; larger scopes go through anchor blocking, with a memo bounded by the candidate limit.
  const scopeOf = (i: number) => {
    const own = claims[i].eventId;
    const scope = [byEvent.get(own) ?? [], (own !== null && background.get(own)) || []];
    for (const e of reach[i]) scope.push(byEvent.get(e) ?? []);
    return scope;
  };
  const full = new Uint8Array(n);
  for (let i = 0; i < n; i++) full[i] = scopeOf(i).reduce((a, l) => a + l.length, 0) <= opts.fullScanLimit ? 1 : 0;
  for (let i = 0; i < n; i++) {
    if (full[i]) {
      for (const list of scopeOf(i))
        for (const j of list) {
          if (j === i || claims[j].sourceId === claims[i].sourceId || (full[j] && j < i)) continue;
          if (!ok(i, j)) continue;
          const s = pairScore(i, j);
          offer(i, j, s);
          if (full[j]) offer(j, i, s);
        }
      continue;
    }
    const postings: number[][] = [];
    for (const a of anchorLists[i]) {
      const p = index.get(a)!;
      if (p.length > 1 && p.length <= opts.maxAnchorFrequency) postings.push(p);
    }
    postings.sort((x, y) => x.length - y.length);
    const use = Math.min(postings.length, opts.anchorsPerStatement);
    for (let k = 0; k < use; k++) {
      const posting = postings[k];
      const w = 1 / Math.log2(1 + posting.length);
      for (const j of posting) {
        if (j === i || claims[j].sourceId === claims[i].sourceId) continue;
        if (weight[j] === 0) touched.push(j);
        weight[j] += w;
      }
    }
    for (const j of touched.sort((x, y) => weight[y] - weight[x] || x - y).slice(0, opts.maxCandidatesPerStatement)) {
      if (!ok(i, j)) continue;
      const mk = Math.min(i, j) * n + Math.max(i, j);
      let s = memo.get(mk);
      if (s === undefined) memo.set(mk, (s = pairScore(i, j)));
      offer(i, j, s);
    }
    for (const j of touched) weight[j] = 0;
    touched.length = 0;
  }

  function pairScore(i: number, j: number): number {
    let s = scorer.score(i, j);
    // shared named entities strengthen a match across scripts
    let shared = 0;
    for (const k of ents[i]) if (ents[j].has(k)) shared++;
    if (shared) s = Math.min(1, s + settings.sharedEntityBonus * Math.min(shared, settings.sharedEntityCap));
    return s;
  }

  function offer(i: number, j: number, s: number): void {
    const key = i + '|' + claims[j].sourceId;
    const top = best.get(key) ?? best.set(key, []).get(key)!;
    if (top.length === TOP_K && (s < top[TOP_K - 1].s || (s === top[TOP_K - 1].s && j > top[TOP_K - 1].j))) return;
    top.push({ j, s });
    top.sort((x, y) => y.s - x.s || x.j - y.j);
    if (top.length > TOP_K) top.pop();
  }

  // mutual matches above threshold: each among the other's best TOP_K in its source
  const edges: { i: number; j: number; s: number }[] = [];
  for (const [key, top] of best) {
    const i = Number(key.slice(0, key.indexOf('|')));
    for (const { j, s } of top) {
      if (i > j) continue;
      const cross = claims[i].eventId !== claims[j].eventId;
      if (s < (cross ? opts.crossEventThreshold : opts.threshold)) continue;
      const back = best.get(j + '|' + claims[i].sourceId);
      if (back?.some((x) => x.j === i)) edges.push({ i, j, s });
    }
  }
  edges.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);

  // greedy merge: one statement per source per group, and a merged group must hang together (average linkage)
  const coherent = (a: number[], b: number[]) => {
    let sum = 0;
    for (const x of a) for (const y of b) sum += memo.get(Math.min(x, y) * n + Math.max(x, y)) ?? pairScore(x, y);
    return sum / (a.length * b.length) >= opts.threshold * settings.coherence;
  };
  type Building = { members: number[]; sources: Set<string>; sum: number; edges: { i: number; j: number; s: number }[] };
  const groupOf = new Int32Array(n).fill(-1);
  const groups: Building[] = [];
  for (const e of edges) {
    const gi = groupOf[e.i];
    const gj = groupOf[e.j];
    if (gi === -1 && gj === -1) {
      groupOf[e.i] = groupOf[e.j] = groups.length;
      groups.push({ members: [e.i, e.j], sources: new Set([claims[e.i].sourceId, claims[e.j].sourceId]), sum: e.s, edges: [e] });
    } else if (gi !== -1 && gj === -1) {
      const g = groups[gi];
      if (g.sources.has(claims[e.j].sourceId) || !g.members.every((m) => ok(m, e.j)) || !coherent(g.members, [e.j])) continue;
      g.members.push(e.j);
      g.sources.add(claims[e.j].sourceId);
      groupOf[e.j] = gi;
      g.sum += e.s;
      g.edges.push(e);
    } else if (gi === -1 && gj !== -1) {
      const g = groups[gj];
      if (g.sources.has(claims[e.i].sourceId) || !g.members.every((m) => ok(m, e.i)) || !coherent(g.members, [e.i])) continue;
      g.members.push(e.i);
      g.sources.add(claims[e.i].sourceId);
      groupOf[e.i] = gj;
      g.sum += e.s;
      g.edges.push(e);
    } else if (gi !== gj) {
      const a = groups[gi];
      const b = groups[gj];
      if ([...b.sources].some((s) => a.sources.has(s))) continue;
      if (!b.members.every((m) => a.members.every((k) => ok(k, m)))) continue;
      if (!coherent(a.members, b.members)) continue;
      for (const m of b.members) {
        a.members.push(m);
        groupOf[m] = gi;
      }
      for (const s of b.sources) a.sources.add(s);
      a.sum += b.sum + e.s;
      a.edges.push(...b.edges, e);
      b.members = [];
      b.sources.clear();
    } else {
      groups[gi].sum += e.s;
      groups[gi].edges.push(e);
    }
  }
  return groups
    .filter((g) => g.members.length >= 2)
    .map((g) => {
      const members = g.members.sort((a, b) => a - b);
      return { claimIdx: members, score: g.sum / g.edges.length, eventId: groupEvent(claims, members), origin: 'similarity' as const, edges: g.edges };
    });
}

/** The event of a group: the event its explicit members name, else the first member's. */
export function groupEvent(claims: AlignClaim[], members: number[]): string | null {
  const explicit = members.find((m) => claims[m].explicit && claims[m].eventId);
  return claims[explicit ?? members[0]].eventId;
}


/** Sub-session marker: a statement dated on another day than its document's event date reports another session. */
function subDate(c: AlignClaim): string {
  const days = c.facts.map(dayDate).filter((d): d is string => !!d);
  if (!days.length || !c.docEventDate) return '';
  if (days.some((d) => datesNear(d, c.docEventDate!, 0))) return '';
  return '@' + days[0].slice(-5);
}

const SHORT_UNITS = new Set(['second', 'minute', 'hour', 'day']);
/** Counts that say little (the two countries, both sides) are not fact slots. */
const TRIVIAL_UNITS = new Set(['country', 'countries', 'side', 'sides', 'party', 'parties', 'time', 'times', 'year', 'years']);
/** A counted number worth comparing: not "the two countries" (两国, hai nước), which every such report says. */
export function isCountFact(f: Fact): boolean {
  if (f.kind !== 'number') return false;
  const v = f.value as NumberValue | undefined;
  return !!v?.unit && v.min != null && !TRIVIAL_UNITS.has(v.unit);
}
/** Fact-slot groups within each event: one statement per source per slot (single-source slots included, for the fact table). */
export function slotGroups(claims: AlignClaim[], scorer: PairScorer, allowed: AlignOptions['allowed'], settings: AlignSettings = DEFAULT_ALIGN_SETTINGS): Group[] {
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
        if (isCountFact(f)) put(`${ev}|count:${v!.unit}${sub}`, 'number', i);
      }
      if (isVenue(f)) put(`${ev}|venue${sub}`, 'place', i);
    }
    if (c.eventWord && c.docEventDate && c.facts.some((f) => dayDate(f) && datesNear(dayDate(f)!, c.docEventDate!, 1))) put(`${ev}|date`, 'date', i);
  }
  const out: Group[] = [];
  for (const [key, s] of [...slots.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    // per source, the candidate most similar to the other sources' candidates (story order breaks ties)
    const chosen: number[] = [];
    for (const [src, all] of s.bySource) {
      const body = all.filter((i) => !claims[i].headline);
      const list = body.length ? body : all;
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
    // so must statements about a person's title (the same person is quoted on many things)
    const eligible =
      s.kind === 'number' || s.kind === 'role' ? chosen.filter((i) => chosen.some((j) => j !== i && scorer.score(i, j) >= settings.slotMinSimilarity)) : chosen;
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
      score: pairs ? Math.min(1, settings.slotScoreBase + settings.slotScoreWeight * (sum / pairs)) : 0,
      slot: { key: key.slice(key.indexOf('|') + 1), kind: s.kind, personKey: s.personKey },
      eventId: key.slice(0, key.indexOf('|')),
      origin: 'slot',
    });
  }
  return out;
}

// ---------------------------------------------------------------- speakers

const speakerCache = new WeakMap<AlignClaim, string[]>();

/**
 * Who a statement attributes its content to, as typed keys: `person:<key>` for people, `org:<key>` for institutions.
 * From the speakers of its quotes (QuoteValue.speaker: a person, an institution, or `institution/role`) and from every
 * person followed, within `speakerWindow` characters and before the next person or a quotation mark, by a verb of
 * saying (总理纳兰15日出席…论坛时表示, Naran said, Ông X cho biết). A bare role ("a spokesperson said") names nobody and
 * is left out. Empty when the statement is the outlet's own.
 */
export function statementSpeakers(c: AlignClaim, settings: AlignSettings = DEFAULT_ALIGN_SETTINGS): string[] {
  const hit = speakerCache.get(c);
  if (hit) return hit;
  const keysOf = (kind: FactKind) => new Set(c.facts.filter((f) => f.kind === kind).map((f) => (f.value as EntityValue | undefined)?.key));
  const people = keysOf('person');
  const orgs = keysOf('organization');
  const roles = keysOf('role');
  const keys = new Set<string>();
  for (const f of c.facts) {
    const sp = f.kind === 'quote' ? (f.value as QuoteValue | undefined)?.speaker : undefined;
    if (!sp) continue;
    const slash = sp.indexOf('/');
    if (slash > 0) keys.add('org:' + sp.slice(0, slash));
    else if (people.has(sp)) keys.add('person:' + sp);
    else if (orgs.has(sp)) keys.add('org:' + sp);
    else if (!roles.has(sp)) keys.add('person:' + sp);
  }
  const text = c.text ?? '';
  const persons = c.facts
    .filter((f) => f.kind === 'person' && f.start != null && f.end != null && (f.value as EntityValue | undefined)?.key)
    .sort((a, b) => a.start! - b.start!);
  for (let k = 0; k < persons.length; k++) {
    const p = persons[k];
    let stop = Math.min(text.length, p.end! + settings.speakerWindow);
    const next = persons.slice(k + 1).find((q) => q.start! >= p.end!);
    if (next) stop = Math.min(stop, next.start!);
    let span = text.slice(p.end!, stop);
    const cut = span.search(/[“”「」『』"«»。.!?！？;；]/u);
    if (cut >= 0) span = span.slice(0, cut);
    if (SPEECH_RE.test(span)) keys.add('person:' + (p.value as EntityValue).key);
  }
  const out = [...keys].sort();
  speakerCache.set(c, out);
  return out;
}

/**
 * Whether two statements may be one claim as far as their speakers go (keys from `statementSpeakers`). When both name
 * a person speaking, they must share one; else when both name an institution speaking, they must share one; otherwise
 * (either names none, or one a person and the other an institution — the spokesman may speak for it) they may.
 */
export function sameSpeakers(a: readonly string[], b: readonly string[]): boolean {
  for (const kind of ['person:', 'org:']) {
    const x = a.filter((k) => k.startsWith(kind));
    const y = b.filter((k) => k.startsWith(kind));
    if (x.length && y.length) return x.some((k) => y.includes(k));
  }
  return true;
}

// ---------------------------------------------------------------- leads and topic lines

/**
 * Lead groups: per event, the lead of each report on it — the first statement after the headline, among the first
 * `leadWindow`, that belongs to the report's own event, names a meeting-like happening and states a date or a place.
 * Leads of different reports align whatever their similarity (one per source; pairs must be allowed).
 */
export function leadGroups(claims: AlignClaim[], scorer: PairScorer, allowed: AlignOptions['allowed'], settings: AlignSettings = DEFAULT_ALIGN_SETTINGS): Group[] {
  const seen = new Map<string, number>();
  const leadOf = new Map<string, number>();
  const order = claims.map((_, i) => i).sort((a, b) => claims[a].sourceId.localeCompare(claims[b].sourceId) || claims[a].index - claims[b].index);
  for (const i of order) {
    const c = claims[i];
    if (c.headline || leadOf.has(c.sourceId)) continue;
    const n = seen.get(c.sourceId) ?? 0;
    if (n >= settings.leadWindow) continue;
    seen.set(c.sourceId, n + 1);
    if (!c.primary || !c.eventId || !c.eventWord) continue;
    if (!c.facts.some((f) => f.kind === 'date' || f.kind === 'place')) continue;
    leadOf.set(c.sourceId, i);
  }
  const byEvent = new Map<string, number[]>();
  for (const i of leadOf.values()) (byEvent.get(claims[i].eventId!) ?? byEvent.set(claims[i].eventId!, []).get(claims[i].eventId!)!).push(i);
  const out: Group[] = [];
  for (const [eventId, list] of [...byEvent].sort((a, b) => a[0].localeCompare(b[0]))) {
    const members: number[] = [];
    for (const i of list.sort((a, b) => a - b))
      if (members.every((m) => allowed(claims[m], claims[i]) && sameSpeakers(statementSpeakers(claims[m], settings), statementSpeakers(claims[i], settings)))) members.push(i);
    if (members.length < 2) continue;
    const edges: { i: number; j: number; s: number }[] = [];
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) edges.push({ i: members[a], j: members[b], s: scorer.score(members[a], members[b]) });
    out.push({ claimIdx: members, score: edges.reduce((x, e) => x + e.s, 0) / edges.length, eventId, origin: 'lead', edges });
  }
  return out;
}

/**
 * Topic groups: topic lines — statements about the event itself (they name the happening) that name no person and
 * state no slot value (duration, count, venue), i.e. what the talks were about: "the talks covered staffing levels,
 * visas and diplomatic banking" — of one event that share at least `topicMinSharedAnchors` rare anchors align as
 * mutual best matches at `topicThreshold`, lower than other statements need: a list of topics has little else to share.
 * A topic line left out of every other group (`grouped`) may pair with a topic line that is already in one, so a topic
 * line whose counterpart went to another group still finds it; two statements that are both grouped elsewhere are not
 * paired again. Duplicates are merged when verdicts are built.
 */
export function topicGroups(
  claims: AlignClaim[],
  scorer: PairScorer,
  opts: AlignOptions,
  settings: AlignSettings = DEFAULT_ALIGN_SETTINGS,
  grouped: Group[] = [],
): Group[] {
  const inGroup = new Uint8Array(claims.length);
  for (const g of grouped) if (g.claimIdx.length >= 2) for (const i of g.claimIdx) inGroup[i] = 1;
  const anchorSets = claims.map((_, i) => new Set(scorer.anchors(i)));
  const idx = new Map(claims.map((c, i) => [c, i]));
  const topicLine = claims.map((c) => c.eventWord && !c.headline && !c.facts.some((f) => f.kind === 'person' || f.kind === 'duration' || isCountFact(f) || isVenue(f)));
  const shares = (i: number, j: number) => {
    let n = 0;
    for (const a of anchorSets[i]) if (anchorSets[j].has(a) && ++n >= settings.topicMinSharedAnchors) return true;
    return false;
  };
  const allowed = (a: AlignClaim, b: AlignClaim) => {
    if (a.eventId === null || a.eventId !== b.eventId || !opts.allowed(a, b)) return false;
    const i = idx.get(a)!;
    const j = idx.get(b)!;
    return (!inGroup[i] || !inGroup[j]) && topicLine[i] && topicLine[j] && shares(i, j);
  };
  return similarityGroups(claims, scorer, { ...opts, threshold: settings.topicThreshold, crossEventThreshold: Infinity, scopeEvents: undefined, allowed }, settings).map(
    (g) => ({ ...g, origin: 'topic' as const }),
  );
}
