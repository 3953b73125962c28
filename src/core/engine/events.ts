// Events: which real-world happening each document, and each statement, reports on.
//
// A document's primary event is read from its lead: the date and place of the statements that name a meeting-like
// happening (weighted by position). Documents whose primary events share a date (±1 day) and a place are one event.
// A statement that explicitly names another known event (its date, or its place with a compatible date) belongs to
// that event; other statements inherit their document's primary event. Documents that explicitly mention an event
// in passing are recorded, so that their background statements may align with that event's reports — and
// statements of events nobody mentions (an unrelated story) never align with others.
import type { DateValue, EntityValue, EventInfo, Fact } from '../model';
import { stableId } from './hash';
import { relateDates } from './judge';

export interface EventClaimInput {
  /** index of the statement in its document (story order) */
  index: number;
  /** sentence number, when statements are clauses of sentences (distances between mentions count sentences) */
  sentence?: number;
  facts: Fact[];
  /** statement names a meeting-like happening */
  eventWord: boolean;
}

export interface EventDocInput {
  id: string;
  published: string | null;
  /** place named in the dateline: not where the event happened */
  dateline: string | null;
  claims: EventClaimInput[];
}

export interface ClaimEvent {
  eventId: string | null;
  /** the statement itself names this event (date or place); otherwise inherited from its document */
  explicit: boolean;
}

export interface EventAssignment {
  events: (EventInfo & { places: string[]; mentionedIn: string[]; partialDate: string | null })[];
  /** per document id: primary event id */
  primary: Map<string, string | null>;
  /** per document id: the date its lead gives for its primary event (it may differ from the event's by a day) */
  primaryDate: Map<string, string | null>;
  /** per document id, per statement index */
  claims: Map<string, ClaimEvent[]>;
  /** per document id: events (other than its primary) that it explicitly mentions, with the statement indexes */
  mentions: Map<string, Map<string, number[]>>;
}

const LEAD = 8;
/** A statement naming only the place of another event refers to it only if that event is within this many days. */
export const PLACE_ONLY_DAYS = 31;

/** The day a date fact names (`2025-02-27`, or `--02-27` without a year); null for months, years and other facts. */
export function dayDate(f: Fact): string | null {
  const d = f.kind === 'date' ? (f.value as DateValue | undefined)?.date : undefined;
  return d && /^(\d{4}|-)-\d{2}-\d{2}$/.test(d) ? d : null;
}
const placeOf = (f: Fact): string | null => (f.kind === 'place' ? ((f.value as EntityValue | undefined)?.key ?? null) : null);


function parts(d: string): { year: number | null; day: number } | null {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return null;
  const year = m[1] === '-' ? null : Number(m[1]);
  return { year, day: Date.UTC(year ?? 2001, Number(m[2]) - 1, Number(m[3])) / 86_400_000 };
}

/** Day dates within `days` of each other; when a year is missing on either side, month and day are compared. */
export function datesNear(a: string, b: string, days: number): boolean {
  const pa = parts(a);
  const pb = parts(b);
  if (!pa || !pb) return relateDates(a, b) !== 'conflict';
  if (pa.year != null && pb.year != null) return Math.abs(pa.day - pb.day) <= days;
  const norm = (x: string) => parts('2001' + x.slice(x.startsWith('--') ? 1 : 4))!.day;
  return Math.abs(norm(a) - norm(b)) <= days;
}

interface Candidate {
  date: string | null;
  places: Set<string>;
}

function primaryOf(doc: EventDocInput): Candidate {
  const scores = new Map<string, number>();
  const placesByDate = new Map<string, Map<string, number>>();
  const published = doc.published?.slice(0, 10) ?? null;
  for (const c of doc.claims) {
    const dates = c.facts.map(dayDate).filter((d): d is string => !!d);
    if (!dates.length) continue;
    const places = c.facts.map(placeOf).filter((p): p is string => !!p);
    const pos = c.index < LEAD ? 3 - (2 * c.index) / LEAD : 0.5;
    const w = pos * (1 + (c.eventWord ? 1.5 : 0) + (places.length ? 1 : 0));
    // a statement giving both the publication date (dateline) and an earlier date reports the earlier one
    const uniq = [...new Set(dates)];
    const use = uniq.length > 1 && published ? uniq.filter((d) => d !== published) : uniq;
    for (const d of use) {
      scores.set(d, (scores.get(d) ?? 0) + w / use.length);
      const pm = placesByDate.get(d) ?? new Map<string, number>();
      for (const p of places) pm.set(p, (pm.get(p) ?? 0) + 1);
      placesByDate.set(d, pm);
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [d, s] of scores) if (s > bestScore || (s === bestScore && best !== null && d < best)) [best, bestScore] = [d, s];
  const places = new Set<string>();
  if (best) for (const p of placesByDate.get(best)?.keys() ?? []) places.add(p);
  // places of the lead statements that name the happening
  for (const c of doc.claims.slice(0, LEAD)) if (c.eventWord) for (const f of c.facts) if (placeOf(f)) places.add(placeOf(f)!);
  if (doc.dateline) places.delete(doc.dateline);
  return { date: best, places };
}

const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** Day of the year (0–364, non-leap calendar) of a day date with or without a year. */
function dayOfYear(d: string): number | null {
  const m = /^(?:\d{4}|-)-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return null;
  return Math.round((Date.UTC(2001, Number(m[1]) - 1, Number(m[2])) - Date.UTC(2001, 0, 1)) / 86_400_000) % 365;
}

/** Clusters documents into events and assigns every statement to one. Deterministic for a given input order. */
export function assignEvents(docs: EventDocInput[]): EventAssignment {
  type Cluster = { date: string | null; places: Set<string>; docs: string[] };
  const clusters: Cluster[] = [];
  const primary = new Map<string, string | null>();
  const docCluster = new Map<string, Cluster>();
  const cands = docs.map((d) => ({ doc: d, cand: primaryOf(d) }));
  const primaryDate = new Map(cands.map((c) => [c.doc.id, c.cand.date]));
  // dated documents first, in date order, so undated ones can join by place
  cands.sort((a, b) => (a.cand.date ? 0 : 1) - (b.cand.date ? 0 : 1) || (a.cand.date ?? '').localeCompare(b.cand.date ?? '') || a.doc.id.localeCompare(b.doc.id));
  // indexes: clusters by day of the year (±1 day is looked up) and by place, so that cost grows with the number
  // of documents, not with documents × events
  const byDay = new Map<number, Cluster[]>();
  const byPlace = new Map<string, Cluster[]>();
  const order = new Map<Cluster, number>();
  const add = <K,>(m: Map<K, Cluster[]>, k: K, c: Cluster) => {
    const list = m.get(k) ?? m.set(k, []).get(k)!;
    if (!list.includes(c)) list.push(c);
  };
  const index = (c: Cluster) => {
    const d = c.date ? dayOfYear(c.date) : null;
    if (d !== null) add(byDay, d, c);
    for (const p of c.places) add(byPlace, p, c);
  };
  const near = (dates: readonly string[], places: Iterable<string>): Cluster[] => {
    const found = new Set<Cluster>();
    for (const date of dates) {
      const d = dayOfYear(date);
      if (d !== null) for (const k of [d - 1, d, d + 1]) for (const c of byDay.get((k + 365) % 365) ?? []) found.add(c);
    }
    for (const p of places) for (const c of byPlace.get(p) ?? []) found.add(c);
    return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
  };
  for (const { doc, cand } of cands) {
    let home: Cluster | undefined;
    if (cand.date) {
      home = near([cand.date], []).find(
        (c) => c.date && datesNear(c.date, cand.date!, 1) && (c.places.size === 0 || cand.places.size === 0 || overlaps(c.places, cand.places)),
      );
    } else if (cand.places.size) {
      home = near([], cand.places).find((c) => overlaps(c.places, cand.places));
    }
    if (!home && !cand.date && cand.places.size === 0) {
      primary.set(doc.id, null);
      continue;
    }
    if (!home) {
      home = { date: cand.date, places: new Set(cand.places), docs: [] };
      order.set(home, clusters.length);
      clusters.push(home);
    } else {
      for (const p of cand.places) home.places.add(p);
      if (!home.date && cand.date) home.date = cand.date;
      // a known year beats a missing one
      if (home.date && cand.date && home.date.startsWith('--') && !cand.date.startsWith('--')) home.date = cand.date;
    }
    home.docs.push(doc.id);
    docCluster.set(doc.id, home);
    index(home);
  }

  // an event's date is the one most of its reports give (a dissenting report or a stray lead date does not move it)
  for (const c of clusters) {
    const votes = new Map<string, number>();
    for (const id of c.docs) {
      const d = primaryDate.get(id);
      if (d) votes.set(d.slice(-5), (votes.get(d.slice(-5)) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [md, n] of [...votes].sort((a, b) => a[0].localeCompare(b[0]))) if (best === null || n > votes.get(best)!) best = md;
    if (best && c.date && c.date.slice(-5) !== best) {
      const year = c.docs.map((id) => primaryDate.get(id)).find((d) => d && !d.startsWith('--') && d.endsWith(best!));
      c.date = year ?? (c.date.startsWith('--') ? '--' + best : c.date.slice(0, 5) + best);
    }
  }

  const ids = new Map<Cluster, string>();
  for (const c of clusters) ids.set(c, stableId('e', c.date ?? '', [...c.places].sort().join(','), c.date ? '' : [...c.docs].sort().join(',')));
  for (const d of docs) if (!primary.has(d.id)) primary.set(d.id, ids.get(docCluster.get(d.id)!) ?? null);

  // statement-level assignment (indexes rebuilt on the events' final dates)
  byDay.clear();
  byPlace.clear();
  for (const c of clusters) index(c);
  const claims = new Map<string, ClaimEvent[]>();
  const mentions = new Map<string, Map<string, number[]>>();
  const mentionedIn = new Map<string, Set<string>>();
  for (const d of docs) {
    const own = docCluster.get(d.id);
    const out: ClaimEvent[] = [];
    const ment = new Map<string, number[]>();
    for (const c of d.claims) {
      const dates = c.facts.map(dayDate).filter((x): x is string => !!x);
      const places = new Set(c.facts.map(placeOf).filter((p): p is string => !!p));
      const fits = (cl: Cluster) => {
        const dateHit = !!cl.date && dates.some((x) => relateDates(x, cl.date!) !== 'conflict');
        const placeHit = overlaps(places, cl.places);
        if (dateHit && (placeHit || places.size === 0)) return 2;
        // a place alone names another event only when that event is close in time to this report's own event
        // ("the next round will be held in Vienna" does not refer to talks held in Vienna a year earlier)
        const docDate = own?.date ?? primaryDate.get(d.id);
        const recent = !docDate || !cl.date || datesNear(docDate, cl.date, PLACE_ONLY_DAYS);
        if (placeHit && c.eventWord && recent && (dates.length === 0 || dates.some((x) => datesNear(x, cl.date ?? x, 1)))) return 1;
        return 0;
      };
      const ownFit = own ? fits(own) : 0;
      let target: Cluster | undefined;
      let targetFit = 0;
      for (const cl of near(dates, places)) {
        if (cl === own) continue;
        const f = fits(cl);
        // another event wins only when it fits better than the document's own event
        if (f > targetFit && f > ownFit && !(own && cl.date && own.date && datesNear(cl.date, own.date, 1) && f < 2)) [target, targetFit] = [cl, f];
      }
      if (target) {
        const id = ids.get(target)!;
        out.push({ eventId: id, explicit: true });
        (ment.get(id) ?? ment.set(id, []).get(id)!).push(c.sentence ?? c.index);
        const s = mentionedIn.get(id) ?? new Set<string>();
        s.add(d.id);
        mentionedIn.set(id, s);
      } else out.push({ eventId: own ? ids.get(own)! : null, explicit: ownFit > 0 });
    }
    claims.set(d.id, out);
    mentions.set(d.id, ment);
  }

  // an event dated without a year takes the year from a statement elsewhere that names it with one
  for (const c of clusters) {
    if (!c.date?.startsWith('--')) continue;
    const id = ids.get(c)!;
    outer: for (const d of docs) {
      const ce = claims.get(d.id)!;
      for (let i = 0; i < d.claims.length; i++) {
        if (ce[i].eventId !== id || !ce[i].explicit) continue;
        const full = d.claims[i].facts.map(dayDate).find((x) => !!x && !x.startsWith('--') && relateDates(x, c.date!) !== 'conflict');
        if (full) {
          c.date = full;
          break outer;
        }
      }
    }
  }

  const events = clusters.map((c) => {
    const id = ids.get(c)!;
    return {
      id,
      label: '',
      date: c.date && !c.date.startsWith('--') ? c.date : null,
      partialDate: c.date,
      place: [...c.places][0] ?? null,
      places: [...c.places],
      sourceIds: [...c.docs],
      mentionedIn: [...(mentionedIn.get(id) ?? [])].filter((x) => !c.docs.includes(x)),
    };
  });
  return { events, primary, primaryDate, claims, mentions };
}

