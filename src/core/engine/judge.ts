// Verdicts: given the statements of one alignment group and their facts, decide agreement / partial /
// conflict, and list what differs. Pure functions over typed facts; no text heuristics beyond them.
import type {
  Alignment,
  AlignmentExplanation,
  Claim,
  DateValue,
  Discrepancy,
  DiscrepancyValue,
  DurationValue,
  EntityValue,
  Fact,
  FactKind,
  NumberValue,
  Qualifier,
  RuleTrace,
  Verdict,
} from '../model';
import type { Group, GroupOrigin, PairScorer } from './align';
import { stableId } from './hash';
import { DEFAULT_ALIGN_SETTINGS, DEFAULT_JUDGE_SETTINGS, type AlignSettings, type JudgeSettings } from './settings';

/** How two stated values relate. */
export type Relation = 'same' | 'compatible' | 'conflict';

const HOURS: Record<string, number> = { second: 1 / 3600, minute: 1 / 60, hour: 1, day: 24, week: 168, month: 730, year: 8760 };

/** Relative tolerance of an "approximate" value (about 6.5 h → 6.18–6.83 h); the default of JudgeSettings.approxTolerance. */
export const APPROX_TOLERANCE = DEFAULT_JUDGE_SETTINGS.approxTolerance;

interface Interval {
  lo: number;
  hi: number;
  /** the source stated a single point */
  point: boolean;
}

export function toInterval(min: number | null, max: number | null, q: Qualifier | undefined, scale = 1, tolerance = APPROX_TOLERANCE): Interval | null {
  if (min == null && max == null) return null;
  let lo = (min ?? 0) * scale;
  let hi = max == null ? (q === 'at-least' || min == null ? Infinity : lo) : max * scale;
  if (min == null && max != null) lo = 0;
  if (q === 'at-least' && max != null && min != null && min === max) hi = Infinity;
  if (q === 'at-most' && min != null && max != null && min === max) lo = 0;
  if (q === 'approximate' && lo === hi) {
    const d = Math.abs(lo) * tolerance;
    return { lo: lo - d, hi: hi + d, point: false };
  }
  return { lo, hi, point: lo === hi };
}

export function relateIntervals(a: Interval, b: Interval): Relation {
  const eps = 1e-9;
  if (Math.abs(a.lo - b.lo) < eps && Math.abs(a.hi - b.hi) < eps) return 'same';
  if (a.hi < b.lo - eps || b.hi < a.lo - eps) return 'conflict';
  return 'compatible';
}

function durationInterval(f: Fact, tolerance: number): Interval | null {
  const v = f.value as DurationValue | undefined;
  if (!v || typeof v !== 'object' || !('unit' in v)) return null;
  return toInterval(v.min, v.max, f.qualifier, HOURS[v.unit] ?? 1, tolerance);
}

function numberInterval(f: Fact, tolerance: number): Interval | null {
  const v = f.value as NumberValue | undefined;
  if (!v || typeof v !== 'object' || !('min' in v || 'max' in v)) return null;
  return toInterval(v.min ?? null, v.max ?? null, f.qualifier, 1, tolerance);
}

// ---------------------------------------------------------------- dates as intervals

/** How two dates relate: as `Relation`, or `unpaired` when they are disjoint but of different precision (a day and a
 * month are usually different facts — the meeting's day, the month of an earlier recall — not a contradiction). */
export type DateRelation = Relation | 'unpaired';

const DAY = 86_400_000;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A date as an inclusive day interval; `year` is null for year-less dates (--MM-DD), which use a leap year. */
interface DaySpan {
  lo: number;
  hi: number;
  year: boolean;
  /** a single day */
  day: boolean;
  /** a span the source named as such (this week): compared as an interval whatever its precision */
  span: boolean;
}

function parseIso(d: string, leapYear = 2000): { lo: number; hi: number; year: boolean; day: boolean } | null {
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(d);
  if (m) {
    const y = +m[1];
    if (!m[2]) return { lo: utc(y, 1, 1), hi: utc(y, 12, 31), year: true, day: false };
    const mo = +m[2];
    if (!m[3]) return { lo: utc(y, mo, 1), hi: utc(y, mo, lastDay(y, mo)), year: true, day: false };
    return { lo: utc(y, mo, +m[3]), hi: utc(y, mo, +m[3]), year: true, day: true };
  }
  m = /^--(\d{2})(?:-(\d{2}))?/.exec(d);
  if (m) {
    const mo = +m[1];
    if (!m[2]) return { lo: utc(leapYear, mo, 1), hi: utc(leapYear, mo, lastDay(leapYear, mo)), year: false, day: false };
    return { lo: utc(leapYear, mo, +m[2]), hi: utc(leapYear, mo, +m[2]), year: false, day: true };
  }
  return null;
}

const spanCache = new WeakMap<DateValue, DaySpan | null>();

/** The interval of a date value: `date`..`end` when it names a span (this week), else the date at its precision. */
function daySpan(v: DateValue, leapYear = 2000): DaySpan | null {
  if (leapYear !== 2000) return computeSpan(v, leapYear);
  let s = spanCache.get(v);
  if (s === undefined) spanCache.set(v, (s = computeSpan(v, leapYear)));
  return s;
}

function computeSpan(v: DateValue, leapYear: number): DaySpan | null {
  const a = parseIso(v.date, leapYear);
  if (!a) return null;
  let end = v.end ? parseIso(v.end, leapYear) : null;
  // producers that mark a week by its first day and a granularity (before `end` existed) are read the same way
  if (!end && (v as { granularity?: unknown }).granularity === 'week' && a.day) end = { lo: a.lo + 6 * DAY, hi: a.lo + 6 * DAY, year: a.year, day: true };
  if (end && end.hi >= a.lo) return { lo: a.lo, hi: end.hi, year: a.year, day: false, span: true };
  return { ...a, span: false };
}

/**
 * Dates compare as intervals: equal intervals are the same; a day inside a span (the 27th in "this week", a day in its
 * month) is compatible — one side is less precise; a year-less date is compatible with the same month and day of any
 * year; disjoint intervals conflict, unless they are of different precision and neither is a named span (`unpaired`).
 */
export function relateDateValues(a: DateValue, b: DateValue): DateRelation {
  const x = daySpan(a);
  const y = daySpan(b);
  if (!x || !y) return 'unpaired';
  if (x.year !== y.year) {
    // place the year-less date in the year(s) of the other
    const full = x.year ? x : y;
    const years = [new Date(full.lo).getUTCFullYear(), new Date(full.hi).getUTCFullYear()];
    const yearless = x.year ? b : a;
    let best: DateRelation = 'conflict';
    for (const yr of new Set(years)) {
      const s = daySpan(yearless, yr);
      if (!s) continue;
      const r = relateSpans(full, { ...s, year: true });
      if (r === 'same' || r === 'compatible') return 'compatible';
      if (r === 'unpaired') best = 'unpaired';
    }
    return best;
  }
  return relateSpans(x, y);
}

function relateSpans(x: DaySpan, y: DaySpan): DateRelation {
  if (x.lo === y.lo && x.hi === y.hi) return 'same';
  if (x.hi < y.lo || y.hi < x.lo) return x.day !== y.day && !x.span && !y.span ? 'unpaired' : 'conflict';
  return 'compatible';
}

/** Dates (ISO strings) compare as intervals at their precision: 2025-02 vs 2025-02-27 is compatible; a missing year matches any year. */
export function relateDates(a: string, b: string): Relation {
  const r = relateDateValues({ date: a }, { date: b });
  return r === 'unpaired' ? 'conflict' : r;
}

const entityKey = (f: Fact): string | null => {
  const v = f.value as EntityValue | undefined;
  return v && typeof v === 'object' && typeof v.key === 'string' && v.key ? v.key : null;
};

function worst(a: Relation, b: Relation): Relation {
  if (a === 'conflict' || b === 'conflict') return 'conflict';
  if (a === 'compatible' || b === 'compatible') return 'compatible';
  return 'same';
}

export interface Member {
  claim: Claim;
  facts: Fact[];
}

/** Kinds that are compared as values; a kind stated by some members only is "not stated" by the others. */
const OTHER_KINDS: FactKind[] = ['organization', 'time', 'role'];

function dv(m: Member, f: Fact): DiscrepancyValue {
  const out: DiscrepancyValue = { claimId: m.claim.id, text: f.text };
  if (f.value !== undefined) out.value = f.value;
  if (f.qualifier) out.qualifier = f.qualifier;
  return out;
}

export interface Judgement {
  status: Verdict;
  discrepancies: Discrepancy[];
  /** the rules that decided the verdict, as stable codes (verdict:interval-disjoint, verdict:not-stated, ...) */
  rules: RuleTrace[];
}

export interface JudgeOptions {
  /** the fact kind that made this group (a fact slot), compared strictly */
  focus?: FactKind;
  /** for role groups: the person key whose role is compared */
  personKey?: string;
  /** the place is what the group is about (a lead: where the event took place); otherwise only venues count */
  placeMain?: boolean;
}

/**
 * Judges a group. `conflict` when some compared fact contradicts (disjoint intervals, another rank or department of
 * the same person, another venue); `partial` when facts are compatible but one side is less precise or words a title
 * differently; `agreement` otherwise. A value that only one side states is "not stated" by the others: it is recorded
 * in the rules (`verdict:not-stated`), never as a discrepancy, and does not change the verdict. Places count only when
 * they are what the group is about (a venue slot, venues named on both sides, a lead); other place differences are
 * incidental (`verdict:place-incidental`).
 */
export function judge(members: Member[], opts: JudgeOptions = {}, settings: JudgeSettings = DEFAULT_JUDGE_SETTINGS): Judgement {
  const discrepancies: Discrepancy[] = [];
  const rules: RuleTrace[] = [];
  const tol = settings.approxTolerance;
  const acc: { overall: Relation } = { overall: 'same' };
  const note = (kind: Discrepancy['kind'], rel: Relation, values: DiscrepancyValue[], text?: string) => {
    acc.overall = worst(acc.overall, rel);
    if (rel === 'same') return;
    const d: Discrepancy = { kind, values, relation: rel === 'conflict' ? 'conflict' : 'partial' };
    if (text) d.note = text;
    discrepancies.push(d);
  };
  const trace = (code: string, detail?: RuleTrace['detail']) => {
    if (!rules.some((r) => r.code === code && JSON.stringify(r.detail) === JSON.stringify(detail))) rules.push(detail ? { code, detail } : { code });
  };
  const notStated = (kind: string, stated: number) => {
    if (stated > 0 && stated < members.length) trace('verdict:not-stated', { kind, stated, of: members.length });
  };
  const intervalRule = (kind: string, rel: Relation) => {
    if (rel === 'conflict') trace('verdict:interval-disjoint', { kind });
    else if (rel === 'compatible') trace('verdict:less-precise', { kind });
  };

  // durations: the first duration per statement (the meeting's length is stated once); a comparison needs two sides
  const dur = members.map((m) => ({ m, f: m.facts.find((f) => f.kind === 'duration' && durationInterval(f, tol)) })).filter((x) => x.f);
  if (dur.length >= 2) {
    const rel = pairwise(dur, (a, b) => relateIntervals(durationInterval(a.f!, tol)!, durationInterval(b.f!, tol)!));
    const forecast = dur.some((x) => x.f!.qualifier === 'expected') && dur.some((x) => x.f!.qualifier !== 'expected');
    intervalRule('duration', rel);
    if (forecast && rel !== 'same') trace('verdict:forecast', { kind: 'duration' });
    note(
      'duration',
      rel,
      dur.map((x) => dv(x.m, x.f!)),
      forecast ? 'one value is a forecast (expected), the other a report' : undefined,
    );
  }
  notStated('duration', dur.length);

  // counted numbers, money, percents: compare within the same unit
  for (const kind of ['number', 'money', 'percent'] as const) {
    const byUnit = new Map<string, { m: Member; f: Fact }[]>();
    for (const m of members)
      for (const f of m.facts) {
        if (f.kind !== kind || !numberInterval(f, tol)) continue;
        const unit = (f.value as NumberValue).unit ?? (kind === 'number' ? '' : kind);
        if (kind === 'number' && !unit) continue; // bare numbers are too ambiguous to compare
        const list = byUnit.get(unit) ?? [];
        if (!list.some((x) => x.m === m)) list.push({ m, f });
        byUnit.set(unit, list);
      }
    for (const [unit, list] of byUnit) {
      if (list.length >= 2) {
        const rel = pairwise(list, (a, b) => relateIntervals(numberInterval(a.f, tol)!, numberInterval(b.f, tol)!));
        intervalRule(kind, rel);
        note(kind, rel, list.map((x) => dv(x.m, x.f)), unit ? `counted: ${unit}` : undefined);
      }
      notStated(unit ? `${kind}:${unit}` : kind, list.length);
    }
  }

  // dates, as intervals: the best-matching pair of dates decides; extra dates on one side are not stated by the other
  const dated = members
    .map((m) => ({ m, fs: m.facts.filter((f) => f.kind === 'date' && (f.value as DateValue | undefined)?.date) }))
    .filter((x) => x.fs.length > 0);
  if (dated.length >= 2) {
    let extra = false;
    let unpaired = false;
    const rel = pairwise(dated, (a, b) => {
      const rels = a.fs.flatMap((fa) => b.fs.map((fb) => relateDateValues(fa.value as DateValue, fb.value as DateValue)));
      if (a.fs.length !== b.fs.length) extra = true;
      if (rels.includes('same')) return 'same';
      if (rels.includes('compatible')) return 'compatible';
      // only disjoint dates: a contradiction when each states one date of the same precision (or the slot is the date)
      if (rels.includes('conflict') && ((a.fs.length === 1 && b.fs.length === 1) || opts.focus === 'date')) return 'conflict';
      unpaired = true;
      return 'compatible';
    });
    if (rel === 'conflict') trace('verdict:interval-disjoint', { kind: 'date' });
    else if (unpaired) trace('verdict:date-unpaired');
    else if (rel === 'compatible') trace('verdict:less-precise', { kind: 'date' });
    if (extra) trace('verdict:not-stated', { kind: 'date-extra', stated: Math.max(...dated.map((x) => x.fs.length)), of: members.length });
    note('date', rel, dated.flatMap((x) => x.fs.map((f) => dv(x.m, f))));
  }
  notStated('date', dated.length);

  // persons with roles: same person, another rank or organization → conflict; the same title in other words or with
  // less detail → partial; a title or department only one side gives → not stated
  const persons = new Map<string, { m: Member; f: Fact; v: EntityValue }[]>();
  for (const m of members)
    for (const f of m.facts) {
      if (f.kind !== 'person') continue;
      const k = entityKey(f);
      if (!k || (opts.personKey && k !== opts.personKey)) continue;
      const list = persons.get(k) ?? [];
      if (!list.some((x) => x.m === m)) list.push({ m, f, v: f.value as EntityValue });
      persons.set(k, list);
    }
  let roleCompared = false;
  for (const [key, list] of persons) {
    if (list.length < 2) continue;
    const withRole = list.filter((x) => x.v.role || x.v.organization);
    if (withRole.length === 0) continue;
    roleCompared = true;
    const values = list.map((x) => dv(x.m, roleSpan(x.m.claim.text, x.m.facts, x.f, x.v, settings.roleSpanMax)));
    let roleRel: Relation = 'same';
    let orgRel: Relation = 'same';
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i].v;
        const b = list[j].v;
        if (a.role && b.role) {
          const r = relateRoles(a.role, b.role);
          if (r === 'conflict') trace('verdict:rank-differs', { person: key });
          else if (r === 'compatible') trace('verdict:title-wording', { person: key });
          roleRel = worst(roleRel, r);
        } else if (a.role || b.role) trace('verdict:not-stated', { kind: 'role', person: key });
        if (a.organization && b.organization) {
          if (a.organization !== b.organization) {
            orgRel = 'conflict';
            trace('verdict:organization-differs', { person: key });
          }
        } else if (a.organization || b.organization) trace('verdict:not-stated', { kind: 'organization', person: key });
        // the same title with more detail on one side (负责俄罗斯和中欧事务的副助理国务卿 vs 副助理国务卿)
        const pa = (a as { portfolio?: string }).portfolio;
        const pb = (b as { portfolio?: string }).portfolio;
        if (pa !== pb && a.role && a.role === b.role) {
          roleRel = worst(roleRel, 'compatible');
          trace('verdict:less-precise', { kind: 'role', person: key });
        }
      }
    if (orgRel === 'conflict') note('organization', 'conflict', values, 'the same person is given different departments or organizations');
    const rr = worst(roleRel, orgRel);
    note('role', rr, values, rr === 'compatible' ? 'the title is given with less detail or in other words' : undefined);
  }

  // places: they count when they are what the group is about — the venue slot (strict), venues named on two sides, or
  // the place of a lead; other differing places are incidental (the countries a statement happens to name)
  const placed = members.map((m) => ({ m, fs: m.facts.filter((f) => f.kind === 'place' && entityKey(f)) })).filter((x) => x.fs.length);
  const venues = members.map((m) => ({ m, fs: m.facts.filter((f) => f.kind === 'place' && entityKey(f) && (f.value as EntityValue).venue) })).filter((x) => x.fs.length);
  const main = opts.focus === 'place' ? placed : venues.length >= 2 ? venues : opts.placeMain ? placed : [];
  if (main.length >= 2) {
    const keys = main.map((x) => new Set(x.fs.map((f) => entityKey(f)!)));
    let rel: Relation = 'same';
    let subset = false;
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const shared = [...keys[i]].filter((k) => keys[j].has(k)).length;
        if (shared === 0) rel = worst(rel, opts.focus === 'place' ? 'conflict' : 'compatible');
        else if (shared !== keys[i].size || shared !== keys[j].size) subset = true;
      }
    if (rel !== 'same') trace('verdict:place-differs', { strict: opts.focus === 'place' });
    if (subset) trace('verdict:place-incidental', { kind: 'place-extra' });
    note('place', rel, main.flatMap((x) => x.fs.map((f) => dv(x.m, f))));
  } else if (placed.length >= 2) {
    const keys = placed.map((x) => [...new Set(x.fs.map((f) => entityKey(f)!))].sort().join(','));
    if (new Set(keys).size > 1) trace('verdict:place-incidental');
  }
  notStated(main.length ? 'venue' : 'place', main.length ? main.length : placed.length);

  // other kinds stated by some members only: not stated by the others
  for (const kind of OTHER_KINDS) {
    if (kind === 'role' && roleCompared) continue;
    notStated(kind, members.filter((m) => m.facts.some((f) => f.kind === kind)).length);
  }

  const status: Verdict = acc.overall === 'conflict' ? 'conflict' : acc.overall === 'compatible' ? 'partial' : 'agreement';
  // conflicts first, then the focus kind
  discrepancies.sort((a, b) => rank(b, opts.focus) - rank(a, opts.focus));
  return { status, discrepancies, rules };
}

function pairwise<T>(items: T[], rel: (a: T, b: T) => Relation): Relation {
  let r: Relation = 'same';
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) r = worst(r, rel(items[i], items[j]));
  return r;
}

/**
 * Titles: the same key is the same title; a rank apart (deputy-director vs director, vice-x vs x) contradicts; other
 * differences are usually the same post named differently across outlets and languages (press secretary vs
 * spokesperson), so they count as a looser wording, not a contradiction.
 */
export function relateRoles(a: string, b: string): Relation {
  if (a === b) return 'same';
  const base = (r: string) => r.replace(/^(deputy|vice|acting|assistant|first-deputy|former)-/, '');
  if (base(a) === base(b) || a.endsWith('-' + b) || b.endsWith('-' + a)) return 'conflict';
  return 'compatible';
}

/** The words giving a person's title and department: the span of the role and organization facts tied to the person. */
function roleSpan(text: string, facts: Fact[], person: Fact, v: EntityValue, maxSpan: number): Fact {
  const near = (f: Fact) => (f.start != null && person.start != null ? Math.abs(f.start - person.start) : 0);
  const pick = (kind: FactKind, key: string | undefined) =>
    key ? facts.filter((f) => f.kind === kind && (f.value as EntityValue | undefined)?.key === key).sort((a, b) => near(a) - near(b))[0] : undefined;
  const parts = [pick('role', v.role), pick('organization', v.organization)].filter((f): f is Fact => !!f && f.start != null && f.end != null);
  if (!parts.length) return person;
  const start = Math.min(...parts.map((f) => f.start!));
  const end = Math.max(...parts.map((f) => f.end!));
  if (end - start > maxSpan) return parts[0];
  return { kind: 'role', text: text.slice(start, end), value: v, start, end };
}

function rank(d: Discrepancy, focus?: FactKind): number {
  return (d.relation === 'conflict' ? 2 : 0) + (d.kind === focus ? 1 : 0);
}

// ---------------------------------------------------------------- groups → alignments

/** What building alignments needs to know about the statements of the groups (indexes as in `Group.claimIdx`). */
export interface GroupContext {
  claims: Claim[];
  /** the facts a group compares for statement i (a slot group: only the slot's facts) */
  factsOf: (g: Group, i: number) => Fact[];
  scorer: PairScorer;
  /** may statements i and j be in one group (event rules)? */
  allowed: (i: number, j: number) => boolean;
}

const PRIORITY: Record<GroupOrigin, number> = { slot: 0, lead: 1, similarity: 2, topic: 3 };
const originOf = (g: Group): GroupOrigin => g.origin ?? (g.slot ? 'slot' : 'similarity');
const STATUS_RANK: Record<Verdict, number> = { agreement: 0, partial: 1, conflict: 2 };

/** The judging options of a group: a slot compares its fact strictly, a lead compares where the event took place. */
export function groupJudgeOptions(g: Group): JudgeOptions {
  if (g.slot) return { focus: g.slot.kind, personKey: g.slot.personKey };
  return originOf(g) === 'lead' ? { placeMain: true } : {};
}

/** Judges one group as it stands (its own statements): what a fact-table row of a slot shows. */
export function judgeGroup(g: Group, ctx: GroupContext, settings: JudgeSettings = DEFAULT_JUDGE_SETTINGS): Judgement {
  return judge(
    g.claimIdx.map((i) => ({ claim: ctx.claims[i], facts: ctx.factsOf(g, i) })),
    groupJudgeOptions(g),
    settings,
  );
}

function formationRule(g: Group, align: AlignSettings): RuleTrace {
  const origin = originOf(g);
  if (g.slot) return { code: 'slot:' + g.slot.key.split(/[:@]/)[0], detail: { slot: g.slot.key } };
  if (origin === 'lead') return { code: 'lead:first-report', detail: { window: align.leadWindow } };
  if (origin === 'topic') return { code: 'similarity:topic', detail: { threshold: align.topicThreshold, sharedAnchors: align.topicMinSharedAnchors } };
  return { code: 'similarity:mutual-best', detail: { topK: align.topK } };
}

/**
 * Turns groups into alignments with verdicts and explanations. No set of statements appears twice: groups are taken
 * by priority (fact slots, leads, similarity, topic lines; larger and stronger first); a group sharing two or more
 * statements with one already taken is merged into it when the union still holds one statement per source (the
 * merged alignment is judged by each group's rule); else a slot group stays as it is (another fact of the same
 * statements), and any other group loses the shared statements (and is dropped when fewer than two remain, or when
 * it is a lead). The verdict is the worst of the groups' verdicts, each computed by `judge` on the merged statements.
 */
export function buildAlignments(
  groups: Group[],
  ctx: GroupContext,
  settings: JudgeSettings = DEFAULT_JUDGE_SETTINGS,
  align: AlignSettings = DEFAULT_ALIGN_SETTINGS,
): Alignment[] {
  const key = (g: Group) => [...g.claimIdx].sort((a, b) => a - b).join(',');
  const ordered = [...groups]
    .filter((g) => g.claimIdx.length >= 2)
    .sort(
      (a, b) =>
        PRIORITY[originOf(a)] - PRIORITY[originOf(b)] ||
        b.claimIdx.length - a.claimIdx.length ||
        b.score - a.score ||
        (a.slot?.key ?? '').localeCompare(b.slot?.key ?? '') ||
        key(a).localeCompare(key(b)),
    );
  interface Entry {
    /** position in taking order */
    order: number;
    members: number[];
    parts: Group[];
    rules: RuleTrace[];
  }
  const entries: Entry[] = [];
  // statement → the entries holding it, so that only entries sharing a statement are compared
  const holding = new Map<number, Entry[]>();
  const hold = (e: Entry, i: number) => {
    const list = holding.get(i) ?? holding.set(i, []).get(i)!;
    if (!list.includes(e)) list.push(e);
  };
  for (const original of ordered) {
    let g = original;
    let placed = false;
    const candidates = [...new Set(g.claimIdx.flatMap((i) => holding.get(i) ?? []))].sort((a, b) => a.order - b.order);
    for (const e of candidates) {
      const shared = g.claimIdx.filter((i) => e.members.includes(i));
      if (shared.length < 2) continue;
      const extra = g.claimIdx.filter((i) => !e.members.includes(i));
      const sources = new Set(e.members.map((i) => ctx.claims[i].sourceId));
      const fits = extra.every((i, k) => !sources.has(ctx.claims[i].sourceId) && extra.slice(0, k).every((j) => ctx.claims[j].sourceId !== ctx.claims[i].sourceId));
      if (fits && extra.every((i) => e.members.every((m) => ctx.allowed(m, i)))) {
        e.members = [...e.members, ...extra].sort((a, b) => a - b);
        for (const i of extra) hold(e, i);
        e.parts.push(g);
        e.rules.push({ code: extra.length ? 'merge:overlap' : 'merge:subset', detail: { formedBy: originOf(g), slot: g.slot?.key ?? null } });
        placed = true;
        break;
      }
      // two slots stated by the same statements are different facts: both stay
      if (g.slot) continue;
      // otherwise the shared statements stay with the group taken first; a lead without some of its reports is no lead
      g = { ...g, claimIdx: extra };
      if (g.claimIdx.length < 2 || originOf(g) === 'lead') {
        e.rules.push({ code: 'merge:overlap-dropped', detail: { formedBy: originOf(original), slot: original.slot?.key ?? null } });
        placed = true;
        break;
      }
    }
    if (placed) continue;
    const rules: RuleTrace[] = g === original ? [] : [{ code: 'merge:overlap-removed' }];
    const entry: Entry = { order: entries.length, members: [...g.claimIdx].sort((a, b) => a - b), parts: [g], rules };
    entries.push(entry);
    for (const i of entry.members) hold(entry, i);
  }

  return entries.map((e) => {
    const first = e.parts[0];
    const members = e.members;
    const rules: RuleTrace[] = [];
    const push = (r: RuleTrace) => {
      if (!rules.some((x) => x.code === r.code && JSON.stringify(x.detail) === JSON.stringify(r.detail))) rules.push(r);
    };
    for (const p of e.parts) push(formationRule(p, align));
    for (const r of e.rules) push(r);
    let status: Verdict = 'agreement';
    const discrepancies: Discrepancy[] = [];
    // the same difference found by two rules (a venue slot and the similarity of the same statements) is listed once,
    // as its stronger reading; a kind an earlier rule (the slot) already judged is not listed again by a later one
    // unless the later one finds a conflict the earlier did not
    const seen = new Map<string, number>();
    const judged = new Map<string, Discrepancy['relation']>();
    for (const p of e.parts) {
      const merged: Group = { ...p, claimIdx: members };
      const j = judge(
        members.map((i) => ({ claim: ctx.claims[i], facts: ctx.factsOf(merged, i) })),
        groupJudgeOptions(p),
        settings,
      );
      const before = new Map(judged);
      for (const d of j.discrepancies) {
        const earlier = before.get(d.kind);
        if (earlier && (earlier === 'conflict' || d.relation !== 'conflict')) continue;
        if (judged.get(d.kind) !== 'conflict') judged.set(d.kind, d.relation);
        const k = JSON.stringify([d.kind, d.values.map((v) => [v.claimId, v.text])]);
        const at = seen.get(k);
        if (at === undefined) {
          seen.set(k, discrepancies.length);
          discrepancies.push(d);
        } else if (d.relation === 'conflict' && discrepancies[at].relation !== 'conflict') discrepancies[at] = d;
      }
      for (const r of j.rules) push(r);
    }
    // the verdict is that of the differences listed: every verdict shows its reason
    for (const d of discrepancies) {
      const v: Verdict = d.relation === 'conflict' ? 'conflict' : 'partial';
      if (STATUS_RANK[v] > STATUS_RANK[status]) status = v;
    }
    const focus = first.slot?.kind;
    discrepancies.sort((a, b) => rank(b, focus) - rank(a, focus));
    // the pairs that formed the group (similarity edges), then the other member pairs, with their signals
    const pairs: AlignmentExplanation['pairs'] = [];
    const listed = new Set<string>();
    const addPair = (i: number, j: number, s?: number) => {
      const [x, y] = i < j ? [i, j] : [j, i];
      if (pairs.length >= align.maxExplainPairs || listed.has(x + ',' + y) || !members.includes(x) || !members.includes(y)) return;
      listed.add(x + ',' + y);
      const pair: AlignmentExplanation['pairs'][number] = { a: ctx.claims[x].id, b: ctx.claims[y].id, score: round(s ?? ctx.scorer.score(x, y)) };
      const signals = ctx.scorer.explain?.(x, y);
      if (signals) pair.signals = Object.fromEntries(Object.entries(signals).map(([k, v]) => [k, round(v)]));
      pairs.push(pair);
    };
    for (const p of e.parts) for (const edge of p.edges ?? []) addPair(edge.i, edge.j, edge.s);
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) addPair(members[a], members[b]);
    // a lead that holds exactly the group's statements is what brought them together, even when a slot says the same
    const lead = e.parts.find((p) => originOf(p) === 'lead' && p.claimIdx.length === members.length);
    const origin = lead ? 'lead' : originOf(first);
    const explain: AlignmentExplanation = { formedBy: origin === 'topic' ? 'similarity' : origin, pairs, rules };
    const slotPart = e.parts.find((p) => p.slot);
    if (slotPart?.slot) explain.slot = slotPart.slot.key;
    const ids = members.map((i) => ctx.claims[i].id);
    const a: Alignment & { slot?: string } = {
      id: stableId('a', first.slot?.key ?? (originOf(first) === 'lead' ? 'lead' : 'sim'), [...ids].sort().join(',')),
      eventId: first.eventId,
      claimIds: ids,
      score: round(first.score),
      status,
      discrepancies,
      tag: null,
      explain,
    };
    if (first.slot) a.slot = first.slot.key;
    return a;
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;
