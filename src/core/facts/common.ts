// Shared, language-neutral helpers for fact extraction: the candidate type, qualifiers read with a pack's cues,
// ISO date arithmetic and the placing of relative dates. Language packs (src/core/lang/<tag>/) build on these.
import type { DateValue, DurationUnit, DurationValue, Fact, FactKind, FactValue, LanguageTag, Qualifier } from '../model';
import type { QuantityRules } from '../lang/pack/quantities';
import { DEFAULT_FACT_SETTINGS, type FactSettings } from '../engine/settings';

export interface Candidate {
  kind: FactKind;
  start: number;
  end: number;
  value?: FactValue;
  qualifier?: Qualifier;
  /** lower wins when candidates of quantity kinds overlap */
  priority: number;
}

/** Coarse script family, still used by entity and quote extraction (src/core/facts/entities.ts, quotes.ts). */
export type Script = 'zh' | 'vi' | 'en' | 'other';

export function scriptOf(lang: LanguageTag): Script {
  const l = lang.toLowerCase();
  if (l.startsWith('zh') || l.startsWith('yue') || l.startsWith('cmn')) return 'zh';
  if (l.startsWith('vi')) return 'vi';
  if (l.startsWith('en')) return 'en';
  return 'other';
}

// ---------------------------------------------------------------- qualifiers (cues come from the language pack)

/** The clause before `start` (back to the previous clause break of the language), at most `rules.clauseReach` characters. */
export function clauseBefore(text: string, start: number, rules: QuantityRules): string {
  const seg = text.slice(Math.max(0, start - rules.clauseReach), start);
  let cut = -1;
  for (let i = seg.length - 1; i >= 0; i--) {
    if (rules.clauseBreak.test(seg[i])) {
      cut = i;
      break;
    }
  }
  return seg.slice(cut + 1);
}


/** The hedge right before `start` (约 / hơn / nearly / более / أكثر من): its qualifier and its length in characters. */
export function hedgeBefore(text: string, start: number, rules: QuantityRules): { q: Qualifier; len: number } | null {
  const b = text.slice(Math.max(0, start - (rules.hedgeWindow ?? DEFAULT_FACT_SETTINGS.hedgeWindow)), start);
  const t = b.replace(/\s+$/, '');
  const cues: [RegExp, Qualifier][] = [
    [rules.hedges.approximate, 'approximate'],
    [rules.hedges.atLeast, 'at-least'],
    [rules.hedges.atMost, 'at-most'],
  ];
  for (const [re, q] of cues) {
    const m = re.exec(t);
    if (m) return { q, len: b.length - m.index };
  }
  return null;
}

/** Qualifier from the words right before a quantity, or null. */
export function modifierQualifier(text: string, start: number, rules: QuantityRules): Qualifier | null {
  return hedgeBefore(text, start, rules)?.q ?? null;
}

/** The hedge right after a quantity (左右 / or so / على الأقل): its qualifier and length, or null. */
export function hedgeAfter(text: string, end: number, rules: QuantityRules): { q: Qualifier; len: number } | null {
  const after = rules.hedgesAfter;
  if (!after) return null;
  const rest = text.slice(end, end + (rules.hedgeWindow ?? DEFAULT_FACT_SETTINGS.hedgeWindow));
  const cues: [RegExp | undefined, Qualifier][] = [
    [after.approximate, 'approximate'],
    [after.atLeast, 'at-least'],
    [after.atMost, 'at-most'],
  ];
  for (const [re, q] of cues) {
    const m = re?.exec(rest);
    if (m && m.index === 0) return { q, len: m[0].length };
  }
  return null;
}

/** True when the clause before a quantity marks it as a forecast (预计/dự kiến/expected/ожидается). */
export function isExpected(clause: string, rules: QuantityRules): boolean {
  return rules.expected.test(clause);
}

/** True when the statement attributes its content to a report (据/theo/reportedly/по данным). */
export function isReported(text: string, rules: QuantityRules): boolean {
  return rules.reported.test(text);
}

/** 'expected' when the clause before `start` is a forecast, else `q`. */
export function finalQualifier(text: string, start: number, q: Qualifier, rules: QuantityRules): Qualifier {
  return isExpected(clauseBefore(text, start, rules), rules) ? 'expected' : q;
}

/** A point or range value under a qualifier: at-least 6 → [6, ∞), at-most 5 → (−∞, 5], a range → 'range'. */
export function shape(a: number, b: number | null, q: Qualifier | null): { min: number | null; max: number | null; q: Qualifier } {
  if (b !== null && b !== a) return { min: Math.min(a, b), max: Math.max(a, b), q: q ?? 'range' };
  if (q === 'at-least') return { min: a, max: null, q };
  if (q === 'at-most') return { min: null, max: a, q };
  return { min: a, max: a, q: q ?? 'exact' };
}

export function durationValue(min: number | null, max: number | null, unit: DurationUnit): DurationValue {
  return { min, max, unit };
}

/**
 * Adds a quantity candidate with the hedges before and after it and 'expected' from its clause. A hedge before a
 * duration or count becomes part of its text (约6小时, more than 30 diplomats); money and percents keep theirs apart.
 * `forced` overrides the hedges (三十多名 → at-least, десятки → at-least).
 */
export function addQuantity(
  t: string, out: Candidate[], rules: QuantityRules, kind: 'duration' | 'number' | 'money' | 'percent', start: number, end: number,
  a: number, b: number | null, unit: string | undefined, forced?: Qualifier,
): void {
  const before = hedgeBefore(t, start, rules);
  const after = before ? null : hedgeAfter(t, end, rules);
  const q = forced ?? before?.q ?? after?.q ?? null;
  const sh = shape(a, b, q);
  const withHedge = !forced && (kind === 'duration' || kind === 'number');
  const s0 = withHedge && before ? start - before.len : start;
  const e0 = withHedge && after ? end + after.len : end;
  const qualifier = finalQualifier(t, s0, sh.q, rules);
  const value = kind === 'duration' ? durationValue(sh.min, sh.max, unit as DurationUnit) : { min: sh.min, max: sh.max, ...(unit ? { unit } : {}) };
  out.push({ kind, start: s0, end: e0, value, qualifier, priority: PRIORITY[kind] });
}

/** Priorities among overlapping quantity candidates (lower wins). */
export const PRIORITY = { time: 5, date: 10, duration: 20, money: 25, percent: 25, number: 40 } as const;

// ---------------------------------------------------------------- dates

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseIsoDate(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function isoOf(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

export function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function addDays(d: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(d: Ymd, months: number): Ymd {
  const t = new Date(Date.UTC(d.y, d.m - 1 + months, 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: 1 };
}

/** 0 = Sunday ... 6 = Saturday */
export function weekday(d: Ymd): number {
  return new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
}

export function dayNumber(d: Ymd): number {
  return Math.floor(Date.UTC(d.y, d.m - 1, d.d) / 86400000);
}

export function toFact(text: string, c: Candidate): Fact {
  const f: Fact = { kind: c.kind, text: text.slice(c.start, c.end), start: c.start, end: c.end };
  if (c.value !== undefined) f.value = c.value;
  if (c.qualifier) f.qualifier = c.qualifier;
  return f;
}

// ---------------------------------------------------------------- placing dates (shared by the language packs)

export interface DateContext {
  published: Ymd | null;
  /** the latest absolute date of the previous statements (for 六天后 / six days later across sentences) */
  previous: Ymd | null;
  /** the run's fact settings (`settings.facts`); the defaults when absent */
  settings?: FactSettings;
}

export function dateValue(d: Ymd, relative: boolean): DateValue {
  return relative ? { date: isoOf(d), relative: true } : { date: isoOf(d) };
}

/** A month/day without a year, placed in the year that puts it nearest before (or just after) publication. */
export function placeMonthDay(m: number, d: number, pub: Ymd | null, fs: FactSettings = DEFAULT_FACT_SETTINGS): DateValue | undefined {
  if (!pub) return { date: `--${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  let y = pub.y;
  if (!validYmd(y, m, d) && !validYmd(y - 1, m, d)) return undefined;
  const cand = { y, m, d };
  if (dayNumber(cand) - dayNumber(pub) > fs.monthDayAheadDays) y -= 1;
  else if (dayNumber(pub) - dayNumber(cand) > fs.monthDayBehindDays) y += 1;
  if (!validYmd(y, m, d)) return undefined;
  return { date: isoOf({ y, m, d }) };
}

/** A bare day of month (27日): in the publication month, or the previous month when it lies ahead. */
export function placeDay(d: number, pub: Ymd | null, fs: FactSettings = DEFAULT_FACT_SETTINGS): DateValue | undefined {
  if (!pub || d < 1 || d > 31) return undefined;
  let ym = { y: pub.y, m: pub.m, d: 1 };
  if (d > pub.d + fs.bareDayAheadDays) ym = addMonths(ym, -1);
  if (!validYmd(ym.y, ym.m, d)) return undefined;
  return { date: isoOf({ y: ym.y, m: ym.m, d }) };
}

/** A day, month and optional year in numbers or month words: the full date, or placed near publication. */
export function dayMonthYear(d: number, mo: number, y: number | null, pub: Ymd | null, fs: FactSettings = DEFAULT_FACT_SETTINGS): DateValue | undefined {
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return undefined;
  if (y !== null) return validYmd(y, mo, d) ? dateValue({ y, m: mo, d }, false) : undefined;
  return placeMonthDay(mo, d, pub, fs);
}

/** The most recent `wd` (0=Sunday) on or before `base`; offset in weeks for 上周二/下周二/next Tuesday. */
export function weekdayDate(base: Ymd, wd: number, weekShift: number): Ymd {
  if (weekShift === 0) {
    const diff = (weekday(base) - wd + 7) % 7;
    return addDays(base, -diff);
  }
  // calendar weeks starting Monday
  const monday = addDays(base, -((weekday(base) + 6) % 7));
  return addDays(monday, weekShift * 7 + ((wd + 6) % 7));
}

export function mondayOf(d: Ymd, weekShift: number): Ymd {
  return addDays(addDays(d, -((weekday(d) + 6) % 7)), weekShift * 7);
}

/** A calendar week (Monday..Sunday) around `pub`, shifted by weeks: this week, 上周, на прошлой неделе. */
export function weekSpan(pub: Ymd, weekShift: number): DateValue & { granularity: 'week' } {
  const monday = mondayOf(pub, weekShift);
  return { date: isoOf(monday), end: isoOf(addDays(monday, 6)), relative: true, granularity: 'week' };
}

/** A calendar month around `pub`, shifted by months: this month, 上个月, tháng trước. `toPublication` ends it at `pub`
 * (earlier this month). */
export function monthSpan(pub: Ymd, monthShift: number, toPublication = false): DateValue {
  const first = addMonths(pub, monthShift);
  const last = addDays(addMonths(first, 1), -1);
  const date = `${first.y}-${String(first.m).padStart(2, '0')}`;
  return { date, end: isoOf(toPublication && monthShift === 0 ? pub : last), relative: true };
}

/** A calendar year around `pub`: this year, 去年, năm ngoái. */
export function yearSpan(pub: Ymd, yearShift: number): DateValue {
  const y = pub.y + yearShift;
  return { date: String(y), end: `${y}-12-31`, relative: true };
}

/** `base` moved by n days/weeks/months/years (unit canonical: day, week, month, year). */
export function relOffset(base: Ymd, n: number, unit: 'day' | 'week' | 'month' | 'year', sign: number): Ymd | null {
  if (!Number.isFinite(n)) return null;
  if (unit === 'day') return addDays(base, sign * n);
  if (unit === 'week') return addDays(base, sign * 7 * n);
  if (unit === 'month') {
    const t = new Date(Date.UTC(base.y, base.m - 1 + sign * n, base.d));
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  return { y: base.y + sign * n, m: base.m, d: base.d };
}

/** Adds a date or time candidate. `extra` fields (time, part, zone, granularity) are merged into the value. */
export function pushDate(out: Candidate[], start: number, end: number, value: DateValue | undefined, kind: 'date' | 'time' = 'date', extra?: Record<string, unknown>): void {
  const v = extra ? { ...(value ?? {}), ...extra } : value;
  out.push({ kind, start, end, value: v, priority: kind === 'date' ? PRIORITY.date : PRIORITY.time });
}

/** The anchor for 当天 / that day / six days later: the last full date before `pos` in the statement, else the
 * previous statements' date, else publication. */
export function anchorBefore(out: Candidate[], pos: number, ctx: DateContext): { base: Ymd; relative: boolean } | null {
  let best: Candidate | null = null;
  for (const c of out) {
    if (c.kind !== 'date' || c.end > pos) continue;
    const v = c.value as DateValue | undefined;
    if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v.date) || v.end) continue;
    if (!best || c.end > best.end) best = c;
  }
  if (best) {
    const [y, m, d] = (best.value as DateValue).date.split('-').map(Number);
    return { base: { y, m, d }, relative: true };
  }
  if (ctx.previous) return { base: ctx.previous, relative: true };
  if (ctx.published) return { base: ctx.published, relative: true };
  return null;
}

/** Calls `fn` for every match of a global regex (lastIndex reset first). */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

// ---------------------------------------------------------------- word tables of the packs

function escapeWord(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Regex source of the words of a table, longest first (so that "на этой неделе" wins over shorter words). */
export function wordAlternation(table: Record<string, unknown>): string {
  return Object.keys(table).sort((a, b) => b.length - a.length).map(escapeWord).join('|');
}

/** The entry of a word table for a matched word (lowercased, spaces folded). */
export function lookupWord<T>(table: Record<string, T> | undefined, word: string): T | undefined {
  return table?.[word.toLowerCase().replace(/\s+/g, ' ')];
}
