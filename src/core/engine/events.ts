// Events: which real-world happening each document, and each statement, reports on.
//
// A document's own event is read from its lead: every statement that gives a date or a place is a "frame" of some
// happening, weighted by its position (the lead far above background paragraphs), by whether it names a meeting,
// and by whether it gives a place with its date. Compatible frames (near dates, shared places) add up; the
// heaviest wins. So a background paragraph naming an earlier meeting with its date and place does not move a
// report away from the meeting its lead reports, and a dateline city (where the report was written) is not
// the meeting's place. Documents whose own events share a date (± `sameEventDays`) and a place are one event.
// Place names are matched across scripts: the keys the facts layer gives, and for names no gazetteer knows, the
// consonant sketch of the name as written (Kestrava, Кестраве, 凯斯特拉瓦).
// A statement that explicitly names another known event (its date, or its place with a compatible date) belongs
// to that event; other statements inherit their document's event. Documents that mention an event in passing
// are recorded (`mentionedIn`), so that their background statements may align with that event's reports — and
// statements of events nobody mentions (an unrelated story) never align with others.
// An event's label is the place and date most of its reports' leads agree on, with the place's written forms
// per language so that it can be shown in the reader's language.
import type { DateValue, EntityValue, EventInfo, Fact } from '../model';
import { stableId } from './hash';
import { relateDates } from './judge';
import { nameSketch } from '../lang/names';
import { DEFAULT_EVENT_SETTINGS, type EventSettings } from './settings';

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
  /** language of the document (place names are sketched in it and shown per language) */
  language?: string;
  published: string | null;
  /** place key of the dateline: where the report was written, not where the event happened */
  dateline: string | null;
  claims: EventClaimInput[];
}

export interface ClaimEvent {
  eventId: string | null;
  /** the statement itself names this event (date or place); otherwise inherited from its document */
  explicit: boolean;
}

export type AssignedEvent = EventInfo & { places: string[]; mentionedIn: string[]; partialDate: string | null };

export interface EventAssignment {
  events: AssignedEvent[];
  /** per document id: primary event id */
  primary: Map<string, string | null>;
  /** per document id: the date its lead gives for its primary event (it may differ from the event's by a day) */
  primaryDate: Map<string, string | null>;
  /** per document id, per statement index */
  claims: Map<string, ClaimEvent[]>;
  /** per document id: events (other than its primary) that it explicitly mentions, with the statement indexes */
  mentions: Map<string, Map<string, number[]>>;
}

export interface AssignOptions {
  settings?: EventSettings;
  /** whether a place key comes from a maintained gazetteer: two such keys are never merged by their sketches */
  knownPlace?: (key: string) => boolean;
}

/** The day a date fact names (`2025-02-27`, or `--02-27` without a year); null for months, years and other facts. */
export function dayDate(f: Fact): string | null {
  const d = f.kind === 'date' ? (f.value as DateValue | undefined)?.date : undefined;
  return d && /^(\d{4}|-)-\d{2}-\d{2}$/.test(d) ? d : null;
}
const rawPlace = (f: Fact): string | null => (f.kind === 'place' ? ((f.value as EntityValue | undefined)?.key ?? null) : null);

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

// ---------------------------------------------------------------- places across scripts

/** 1 − edit distance / longer length, on consonant sketches. */
function sketchSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const m = a.length;
  const n = b.length;
  if (!m || !n) return 0;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[n] / Math.max(m, n);
}

/**
 * One canonical key per place: keys of the facts layer, merged when the names behind them sound alike across
 * scripts (same first consonant class, sketches at least `placeSketchSimilarity` alike). Two gazetteer keys are
 * never merged: the gazetteer already says they are different places.
 */
function canonicalPlaces(docs: EventDocInput[], s: EventSettings, known: (key: string) => boolean): Map<string, string> {
  // per place key, the sketches of its written forms; `han` for Chinese forms, `loose` for the form of a Latin or
  // Cyrillic name without its v/f/w (Chinese writes them as vowels: Velgrad 韦尔格勒, Kestrava 凯斯特拉瓦), which is
  // compared with Chinese forms only
  type Entry = { key: string; sk: string; han: boolean; loose: boolean };
  const entries = new Map<string, Entry>();
  const keys = new Set<string>();
  const HAN = /\p{Script=Han}/u;
  for (const d of docs)
    for (const c of d.claims)
      for (const f of c.facts) {
        const key = rawPlace(f);
        if (!key || (f.value as EntityValue).venue) continue;
        keys.add(key);
        for (const name of [f.text, (f.value as EntityValue).name]) {
          if (!name) continue;
          const han = HAN.test(name);
          const sk = nameSketch(name, d.language ?? '');
          const put = (x: string, loose: boolean) => {
            if (x.length >= s.placeSketchMinLength) entries.set(`${key}|${x}|${han}|${loose}`, { key, sk: x, han, loose });
          };
          put(sk, false);
          if (!han && sk.includes('F')) put(sk.replace(/F/g, '').replace(/(.)\1+/g, '$1'), true);
        }
      }
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const knownIn = new Map<string, boolean>();
  for (const k of keys) {
    parent.set(k, k);
    knownIn.set(k, known(k));
  }
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb || (knownIn.get(ra) && knownIn.get(rb))) return;
    // the gazetteer key (else the smaller key) names the merged place
    const [keep, drop] = knownIn.get(rb) || (!knownIn.get(ra) && rb < ra) ? [rb, ra] : [ra, rb];
    parent.set(drop, keep);
  };
  // block by first consonant class: cost grows with the number of distinct places, not its square
  const byFirst = new Map<string, Entry[]>();
  for (const e of [...entries.values()].sort((a, b) => a.key.localeCompare(b.key) || a.sk.localeCompare(b.sk)))
    (byFirst.get(e.sk[0]) ?? byFirst.set(e.sk[0], []).get(e.sk[0])!).push(e);
  for (const list of byFirst.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.key === b.key || Math.abs(a.sk.length - b.sk.length) > 1) continue;
        if ((a.loose || b.loose) && !(a.loose ? b.han : a.han)) continue;
        if (knownIn.get(a.key) && knownIn.get(b.key)) continue;
        if (sketchSimilarity(a.sk, b.sk) >= s.placeSketchSimilarity) union(a.key, b.key);
      }
  const out = new Map<string, string>();
  for (const k of keys) out.set(k, find(k));
  return out;
}

// ---------------------------------------------------------------- a document's own event

interface Candidate {
  date: string | null;
  /** canonical place → weight in the document's lead */
  places: Map<string, number>;
  /** the place the document weighs most (its lead's meeting place) */
  main: string | null;
}

interface Frame {
  dates: string[];
  places: string[];
  weight: number;
  order: number;
}

function primaryOf(doc: EventDocInput, placeOf: (f: Fact) => string | null, s: EventSettings): Candidate {
  const published = doc.published?.slice(0, 10) ?? null;
  const frames: Frame[] = [];
  for (const c of doc.claims) {
    const uniqDates = [...new Set(c.facts.map(dayDate).filter((d): d is string => !!d))];
    // a statement giving both the publication date (dateline) and an earlier date reports the earlier one
    const dates = uniqDates.length > 1 && published ? uniqDates.filter((d) => d !== published) : uniqDates;
    const places = [...new Set(c.facts.map(placeOf).filter((p): p is string => !!p && p !== doc.dateline))];
    if (!dates.length && !places.length) continue;
    const at = c.sentence ?? c.index;
    const pos = at < s.leadStatements ? s.leadStartWeight - ((s.leadStartWeight - s.leadEndWeight) * at) / s.leadStatements : s.afterLeadWeight;
    // a place named without a date counts in the lead, and after it only where it names the happening
    // ("talks in Kestrava"): a background city in passing is not where the report's meeting took place
    if (!dates.length && !c.eventWord && at >= s.leadStatements) continue;
    const weight = pos * (1 + (c.eventWord ? s.eventWordBonus : 0) + (places.length && dates.length ? s.placeBonus : 0));
    if (dates.length <= 1) frames.push({ dates, places, weight, order: c.index });
    else for (const d of dates) frames.push({ dates: [d], places, weight: weight / dates.length, order: c.index });
  }
  // compatible frames add up, heaviest first: a frame joins the first candidate whose date is near (or unknown on
  // either side) and whose places overlap (or are unknown on either side)
  frames.sort((a, b) => b.weight - a.weight || a.order - b.order);
  type Cand = { dates: Map<string, number>; places: Map<string, number>; weight: number; order: number };
  const cands: Cand[] = [];
  for (const f of frames) {
    const fits = (c: Cand) =>
      (!f.dates.length || !c.dates.size || f.dates.some((d) => [...c.dates.keys()].some((x) => datesNear(d, x, s.sameEventDays)))) &&
      (!f.places.length || !c.places.size || f.places.some((p) => c.places.has(p)));
    let c = cands.find(fits);
    if (!c) cands.push((c = { dates: new Map(), places: new Map(), weight: 0, order: f.order }));
    c.weight += f.weight;
    c.order = Math.min(c.order, f.order);
    for (const d of f.dates) c.dates.set(d, (c.dates.get(d) ?? 0) + f.weight);
    for (const p of f.places) c.places.set(p, (c.places.get(p) ?? 0) + f.weight / f.places.length);
  }
  // the heaviest candidate; among equals, the one named first
  const best = cands.reduce<Cand | null>((b, c) => (!b || c.weight > b.weight + 1e-9 ? c : b), null);
  if (!best) return { date: null, places: new Map(), main: null };
  const top = <K extends string>(m: Map<K, number>): K | null => {
    let k: K | null = null;
    for (const [x, w] of m) if (k === null || w > m.get(k)! + 1e-9 || (Math.abs(w - m.get(k)!) <= 1e-9 && x < k)) k = x;
    return k;
  };
  return { date: top(best.dates), places: best.places, main: top(best.places) };
}

/** Day of the year (0–364, non-leap calendar) of a day date with or without a year. */
function dayOfYear(d: string): number | null {
  const m = /^(?:\d{4}|-)-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return null;
  return Math.round((Date.UTC(2001, Number(m[1]) - 1, Number(m[2])) - Date.UTC(2001, 0, 1)) / 86_400_000) % 365;
}

const overlaps = (a: Iterable<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** Clusters documents into events and assigns every statement to one. Deterministic for a given input order. */
export function assignEvents(docs: EventDocInput[], opts: AssignOptions = {}): EventAssignment {
  const s = opts.settings ?? DEFAULT_EVENT_SETTINGS;
  const known = opts.knownPlace ?? (() => false);
  const canon = canonicalPlaces(docs, s, known);
  const placeOf = (f: Fact): string | null => {
    const k = rawPlace(f);
    return k ? (canon.get(k) ?? k) : null;
  };
  const datelineOf = (d: EventDocInput) => (d.dateline ? (canon.get(d.dateline) ?? d.dateline) : null);

  type Cluster = { date: string | null; places: Set<string>; docs: string[] };
  const clusters: Cluster[] = [];
  const primary = new Map<string, string | null>();
  const docCluster = new Map<string, Cluster>();
  const cands = docs.map((d) => ({ doc: d, cand: primaryOf({ ...d, dateline: datelineOf(d) }, placeOf, s) }));
  const candOf = new Map(cands.map((c) => [c.doc.id, c.cand]));
  const primaryDate = new Map(cands.map((c) => [c.doc.id, c.cand.date]));
  // dated documents first, in date order, so undated ones can join by place
  const ordered = [...cands].sort(
    (a, b) => (a.cand.date ? 0 : 1) - (b.cand.date ? 0 : 1) || (a.cand.date ?? '').localeCompare(b.cand.date ?? '') || a.doc.id.localeCompare(b.doc.id),
  );
  // indexes: clusters by day of the year (± sameEventDays is looked up) and by place, so that cost grows with the
  // number of documents, not with documents × events
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
  const near = (dates: readonly string[], places: Iterable<string>, days: number): Cluster[] => {
    const found = new Set<Cluster>();
    for (const date of dates) {
      const d = dayOfYear(date);
      if (d !== null) for (let k = d - days; k <= d + days; k++) for (const c of byDay.get((k + 365) % 365) ?? []) found.add(c);
    }
    for (const p of places) for (const c of byPlace.get(p) ?? []) found.add(c);
    return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
  };
  for (const { doc, cand } of ordered) {
    let home: Cluster | undefined;
    const places = new Set(cand.places.keys());
    if (cand.date) {
      const fit = near([cand.date], [], s.sameEventDays).filter((c) => c.date && datesNear(c.date, cand.date!, s.sameEventDays));
      // a cluster sharing the place first; else one whose place (or this report's) is unknown
      home = fit.find((c) => overlaps(places, c.places)) ?? fit.find((c) => c.places.size === 0 || places.size === 0);
    } else if (places.size) {
      home = near([], places, 0).find((c) => overlaps(places, c.places));
    }
    if (!home && !cand.date && places.size === 0) {
      primary.set(doc.id, null);
      continue;
    }
    if (!home) {
      home = { date: cand.date, places: new Set(places), docs: [] };
      order.set(home, clusters.length);
      clusters.push(home);
    } else {
      for (const p of places) home.places.add(p);
      if (!home.date && cand.date) home.date = cand.date;
      // a known year beats a missing one
      if (home.date && cand.date && home.date.startsWith('--') && !cand.date.startsWith('--')) home.date = cand.date;
    }
    home.docs.push(doc.id);
    docCluster.set(doc.id, home);
    index(home);
  }
  // clusters in input order of their first document (stable event order for the same input)
  const docOrder = new Map(docs.map((d, i) => [d.id, i]));
  for (const c of clusters) c.docs.sort((a, b) => docOrder.get(a)! - docOrder.get(b)!);

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

  // an event's place is the one most of its reports' leads name as the meeting's place (not a dateline, not a
  // place one report adds); ties go to the place named by more reports at all, then to the first report's
  const mainPlace = new Map<Cluster, string | null>();
  for (const c of clusters) {
    const votes = new Map<string, number>();
    const named = new Map<string, number>();
    for (const id of c.docs) {
      const cand = candOf.get(id)!;
      if (cand.main) votes.set(cand.main, (votes.get(cand.main) ?? 0) + 1);
      for (const p of cand.places.keys()) named.set(p, (named.get(p) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const p of votes.keys())
      if (best === null || votes.get(p)! > votes.get(best)! || (votes.get(p) === votes.get(best) && named.get(p)! > named.get(best)!)) best = p;
    mainPlace.set(c, best);
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
        const recent = !docDate || !cl.date || datesNear(docDate, cl.date, s.placeOnlyDays);
        if (placeHit && c.eventWord && recent && (dates.length === 0 || dates.some((x) => datesNear(x, cl.date ?? x, s.sameEventDays)))) return 1;
        return 0;
      };
      const ownFit = own ? fits(own) : 0;
      let target: Cluster | undefined;
      let targetFit = 0;
      for (const cl of near(dates, places, s.sameEventDays)) {
        if (cl === own) continue;
        const f = fits(cl);
        // another event wins only when it fits better than the document's own event
        if (f > targetFit && f > ownFit && !(own && cl.date && own.date && datesNear(cl.date, own.date, s.sameEventDays) && f < 2)) [target, targetFit] = [cl, f];
      }
      if (target) {
        const id = ids.get(target)!;
        out.push({ eventId: id, explicit: true });
        (ment.get(id) ?? ment.set(id, []).get(id)!).push(c.sentence ?? c.index);
        const set = mentionedIn.get(id) ?? new Set<string>();
        set.add(d.id);
        mentionedIn.set(id, set);
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

  const docById = new Map(docs.map((d) => [d.id, d]));
  const events = clusters.map((c): AssignedEvent => {
    const id = ids.get(c)!;
    const placeKey = mainPlace.get(c) ?? null;
    const names = placeKey ? placeNames(placeKey, c.docs.map((x) => docById.get(x)!), placeOf, known(placeKey)) : null;
    const date = c.date && !c.date.startsWith('--') ? c.date : null;
    const shownDate = c.date ? (c.date.startsWith('--') ? c.date.slice(2) : c.date) : null;
    const ev: AssignedEvent = {
      id,
      label: [names?.default ?? null, shownDate].filter(Boolean).join(' · ') || 'event',
      date,
      partialDate: c.date,
      place: placeKey,
      places: [...c.places],
      sourceIds: [...c.docs],
      mentionedIn: [...(mentionedIn.get(id) ?? [])].filter((x) => !c.docs.includes(x)).sort((a, b) => docOrder.get(a)! - docOrder.get(b)!),
    };
    if (placeKey) ev.placeKey = placeKey;
    if (names) ev.placeNames = names.byLanguage;
    if (shownDate) ev.labelDate = shownDate;
    return ev;
  });
  return { events, primary, primaryDate, claims, mentions };
}

/**
 * How the reports of an event write its place, per language (the most common form in that language), and the
 * default form for the label: the gazetteer's English name of a known place, else the English form as written,
 * else the most common form.
 */
function placeNames(key: string, docs: EventDocInput[], placeOf: (f: Fact) => string | null, known: boolean): { default: string; byLanguage: Record<string, string> } | null {
  const forms = new Map<string, Map<string, number>>();
  const all = new Map<string, number>();
  let gazName: string | null = null;
  for (const d of docs)
    for (const c of d.claims)
      for (const f of c.facts) {
        if (placeOf(f) !== key) continue;
        const text = f.text.trim();
        if (!text) continue;
        const lang = d.language ?? 'und';
        const m = forms.get(lang) ?? forms.set(lang, new Map()).get(lang)!;
        m.set(text, (m.get(text) ?? 0) + 1);
        all.set(text, (all.get(text) ?? 0) + 1);
        gazName ??= (f.value as EntityValue).name ?? null;
      }
  if (!all.size) return null;
  const most = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const byLanguage: Record<string, string> = {};
  for (const [lang, m] of [...forms].sort((a, b) => a[0].localeCompare(b[0]))) byLanguage[lang] = most(m);
  const en = Object.entries(byLanguage).find(([l]) => l === 'en' || l.startsWith('en-'))?.[1];
  return { default: (known ? gazName : null) ?? en ?? gazName ?? most(all), byLanguage };
}
