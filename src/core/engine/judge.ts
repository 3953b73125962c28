// Verdicts: given the statements of one alignment group and their facts, decide agreement / partial /
// conflict, and list what differs. Pure functions over typed facts; no text heuristics beyond them.
import type {
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
  Verdict,
} from '../model';

/** How two stated values relate. */
export type Relation = 'same' | 'compatible' | 'conflict';

const HOURS: Record<string, number> = { second: 1 / 3600, minute: 1 / 60, hour: 1, day: 24, week: 168, month: 730, year: 8760 };

/** Relative tolerance of an "approximate" value (about 6.5 h → 6.18–6.83 h). */
export const APPROX_TOLERANCE = 0.05;

interface Interval {
  lo: number;
  hi: number;
  /** the source stated a single point */
  point: boolean;
}

export function toInterval(min: number | null, max: number | null, q: Qualifier | undefined, scale = 1): Interval | null {
  if (min == null && max == null) return null;
  let lo = (min ?? 0) * scale;
  let hi = max == null ? (q === 'at-least' || min == null ? Infinity : lo) : max * scale;
  if (min == null && max != null) lo = 0;
  if (q === 'at-least' && max != null && min != null && min === max) hi = Infinity;
  if (q === 'at-most' && min != null && max != null && min === max) lo = 0;
  if (q === 'approximate' && lo === hi) {
    const d = Math.abs(lo) * APPROX_TOLERANCE;
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

function durationInterval(f: Fact): Interval | null {
  const v = f.value as DurationValue | undefined;
  if (!v || typeof v !== 'object' || !('unit' in v)) return null;
  return toInterval(v.min, v.max, f.qualifier, HOURS[v.unit] ?? 1);
}

function numberInterval(f: Fact): Interval | null {
  const v = f.value as NumberValue | undefined;
  if (!v || typeof v !== 'object' || !('min' in v || 'max' in v)) return null;
  return toInterval(v.min ?? null, v.max ?? null, f.qualifier);
}

/** Dates compare by their common precision: 2025-02 vs 2025-02-27 is compatible; a missing year matches any year. */
export function relateDates(a: string, b: string): Relation {
  if (a === b) return 'same';
  const pa = a.split('-');
  const pb = b.split('-');
  // "--02-27" style (no year) → ['', '', '02', '27']
  const ya = pa[0] || null;
  const yb = pb[0] || null;
  const ra = ya ? pa.slice(1) : pa.slice(2);
  const rb = yb ? pb.slice(1) : pb.slice(2);
  if (ya && yb && ya !== yb) return 'conflict';
  const n = Math.min(ra.length, rb.length);
  for (let i = 0; i < n; i++) if (ra[i] !== rb[i]) return 'conflict';
  return 'compatible';
}

/** 'year' | 'month' | 'day' of an ISO (possibly year-less `--MM-DD`) date. */
const precision = (d: string) => (d.startsWith('--') ? 'day' : ['year', 'month', 'day'][Math.min(2, d.split('-').length - 1)]);

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

/** Which facts of each kind take part in comparison. Quotes are compared as wording, not as values. */
const COMPARED: FactKind[] = ['duration', 'date', 'number', 'money', 'percent', 'person', 'role', 'organization', 'place', 'time'];

function dv(m: Member, f: Fact): DiscrepancyValue {
  const out: DiscrepancyValue = { claimId: m.claim.id, text: f.text };
  if (f.value !== undefined) out.value = f.value;
  if (f.qualifier) out.qualifier = f.qualifier;
  return out;
}

function pairwise<T>(items: T[], rel: (a: T, b: T) => Relation): Relation {
  let r: Relation = 'same';
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) r = worst(r, rel(items[i], items[j]));
  return r;
}

export interface Judgement {
  status: Verdict;
  discrepancies: Discrepancy[];
}

export interface JudgeOptions {
  /** the fact kind that made this group (a fact slot), compared strictly */
  focus?: FactKind;
  /** for role groups: the person key whose role is compared */
  personKey?: string;
}

/**
 * Judges a group. `conflict` when some compared fact contradicts; `partial` when facts are compatible but one side
 * is less precise, or a fact is stated by some members and not others; `agreement` otherwise.
 */
export function judge(members: Member[], opts: JudgeOptions = {}): Judgement {
  const discrepancies: Discrepancy[] = [];
  const acc: { overall: Relation } = { overall: 'same' };
  const note = (kind: Discrepancy['kind'], rel: Relation, values: DiscrepancyValue[], text?: string) => {
    acc.overall = worst(acc.overall, rel);
    if (rel === 'same') return;
    const d: Discrepancy = { kind, values, relation: rel === 'conflict' ? 'conflict' : 'partial' };
    if (text) d.note = text;
    discrepancies.push(d);
  };

  // durations: the first duration per statement (the meeting's length is stated once)
  const dur = members.map((m) => ({ m, f: m.facts.find((f) => f.kind === 'duration' && durationInterval(f)) })).filter((x) => x.f);
  if (dur.length >= 2) {
    const rel = pairwise(dur, (a, b) => relateIntervals(durationInterval(a.f!)!, durationInterval(b.f!)!));
    const forecast = dur.some((x) => x.f!.qualifier === 'expected') && dur.some((x) => x.f!.qualifier !== 'expected');
    note(
      'duration',
      rel,
      dur.map((x) => dv(x.m, x.f!)),
      forecast ? 'one value is a forecast (expected), the other a report' : undefined,
    );
  }
  if (dur.length >= 1 && dur.length < members.length && opts.focus !== 'duration') note('duration', 'compatible', dur.map((x) => dv(x.m, x.f!)), 'not stated by every source');

  // counted numbers, money, percents: compare within the same unit
  for (const kind of ['number', 'money', 'percent'] as const) {
    const byUnit = new Map<string, { m: Member; f: Fact }[]>();
    for (const m of members)
      for (const f of m.facts) {
        if (f.kind !== kind || !numberInterval(f)) continue;
        const unit = (f.value as NumberValue).unit ?? (kind === 'number' ? '' : kind);
        if (kind === 'number' && !unit) continue; // bare numbers are too ambiguous to compare
        const list = byUnit.get(unit) ?? [];
        if (!list.some((x) => x.m === m)) list.push({ m, f });
        byUnit.set(unit, list);
      }
    for (const [unit, list] of byUnit) {
      if (list.length >= 2) note(kind, pairwise(list, (a, b) => relateIntervals(numberInterval(a.f)!, numberInterval(b.f)!)), list.map((x) => dv(x.m, x.f)), unit ? `counted: ${unit}` : undefined);
    }
  }

  // dates: one stated date each → compare; several dates → compatible unless all disjoint single dates
  const dated = members
    .map((m) => ({ m, fs: m.facts.filter((f) => f.kind === 'date' && (f.value as DateValue | undefined)?.date) }))
    .filter((x) => x.fs.length > 0);
  if (dated.length >= 2) {
    const rel = pairwise(dated, (a, b) => {
      let best: Relation = 'conflict';
      let compared = false;
      for (const fa of a.fs)
        for (const fb of b.fs) {
          // a day and a month are usually different facts (the meeting's day, the month of an earlier recall)
          if (precision((fa.value as DateValue).date) !== precision((fb.value as DateValue).date)) continue;
          compared = true;
          const r = relateDates((fa.value as DateValue).date, (fb.value as DateValue).date);
          if (r === 'same') return a.fs.length === b.fs.length ? 'same' : 'compatible';
          if (r === 'compatible') best = 'compatible';
        }
      if (!compared) return 'compatible';
      if (best === 'conflict' && (a.fs.length > 1 || b.fs.length > 1) && opts.focus !== 'date') return 'compatible';
      return best;
    });
    note('date', rel, dated.flatMap((x) => x.fs.map((f) => dv(x.m, f))));
  }

  // persons with roles: same person, different role or organization → conflict; less detail → partial
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
  for (const list of persons.values()) {
    if (list.length < 2) continue;
    const withRole = list.filter((x) => x.v.role || x.v.organization);
    if (withRole.length === 0) continue;
    const values = list.map((x) => dv(x.m, roleSpan(x.m.claim.text, x.m.facts, x.f, x.v)));
    let roleRel: Relation = 'same';
    let orgRel: Relation = 'same';
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i].v;
        const b = list[j].v;
        if (a.role && b.role) roleRel = worst(roleRel, relateRoles(a.role, b.role));
        else if (a.role || b.role) roleRel = worst(roleRel, 'compatible');
        if (a.organization && b.organization) orgRel = worst(orgRel, a.organization === b.organization ? 'same' : 'conflict');
        else if (a.organization || b.organization) orgRel = worst(orgRel, 'compatible');
        // the same title with more detail on one side (负责俄罗斯和中欧事务的副助理国务卿 vs 副助理国务卿)
        const pa = (a as { portfolio?: string }).portfolio;
        const pb = (b as { portfolio?: string }).portfolio;
        if (pa !== pb) roleRel = worst(roleRel, pa && pb ? 'compatible' : 'compatible');
      }
    if (orgRel === 'conflict') note('organization', 'conflict', values, 'the same person is given different departments or organizations');
    const rr = worst(roleRel, orgRel === 'conflict' ? 'conflict' : orgRel);
    note('role', rr, values, rr === 'compatible' ? 'the title is given with less detail or in other words' : undefined);
  }

  // places: a venue slot compares strictly; elsewhere differing places are details added or omitted
  const placed = members.map((m) => ({ m, fs: m.facts.filter((f) => f.kind === 'place' && entityKey(f)) })).filter((x) => x.fs.length);
  if (placed.length >= 2 || (placed.length === 1 && members.length > 1)) {
    const keys = placed.map((x) => new Set(x.fs.map((f) => entityKey(f)!)));
    let rel: Relation = placed.length < members.length ? 'compatible' : 'same';
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const shared = [...keys[i]].filter((k) => keys[j].has(k)).length;
        if (shared === 0) rel = worst(rel, opts.focus === 'place' ? 'conflict' : 'compatible');
        else if (shared !== keys[i].size || shared !== keys[j].size) rel = worst(rel, 'compatible');
      }
    note('place', rel, placed.flatMap((x) => x.fs.map((f) => dv(x.m, f))));
  }

  // other kinds stated by some members only → details added or omitted
  for (const kind of COMPARED) {
    if (['duration', 'date', 'number', 'money', 'percent', 'person', 'place'].includes(kind)) continue;
    const having = members.filter((m) => m.facts.some((f) => f.kind === kind));
    if (having.length > 0 && having.length < members.length && kind !== 'role') {
      note(kind, 'compatible', having.flatMap((m) => m.facts.filter((f) => f.kind === kind).map((f) => dv(m, f))), 'not stated by every source');
    }
  }

  const status: Verdict = acc.overall === 'conflict' ? 'conflict' : acc.overall === 'compatible' ? 'partial' : 'agreement';
  // conflicts first, then the focus kind
  discrepancies.sort((a, b) => rank(b, opts.focus) - rank(a, opts.focus));
  return { status, discrepancies };
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
function roleSpan(text: string, facts: Fact[], person: Fact, v: EntityValue): Fact {
  const near = (f: Fact) => (f.start != null && person.start != null ? Math.abs(f.start - person.start) : 0);
  const pick = (kind: FactKind, key: string | undefined) =>
    key ? facts.filter((f) => f.kind === kind && (f.value as EntityValue | undefined)?.key === key).sort((a, b) => near(a) - near(b))[0] : undefined;
  const parts = [pick('role', v.role), pick('organization', v.organization)].filter((f): f is Fact => !!f && f.start != null && f.end != null);
  if (!parts.length) return person;
  const start = Math.min(...parts.map((f) => f.start!));
  const end = Math.max(...parts.map((f) => f.end!));
  if (end - start > 80) return parts[0];
  return { kind: 'role', text: text.slice(start, end), value: v, start, end };
}

function rank(d: Discrepancy, focus?: FactKind): number {
  return (d.relation === 'conflict' ? 4 : 0) + (d.note?.startsWith('not stated') ? 0 : 2) + (d.kind === focus ? 1 : 0);
}
