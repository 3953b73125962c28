// Dates (absolute, partial and relative to the publication date) and times of day, read with the language's pack.
// Language-neutral here: ISO dates, numeric day-first dates, 24-hour clocks, and the reader of a pack's date tables
// (month and weekday names, relative words, offsets). Grammar the tables cannot express is the pack's `extract` hook.
import type { DateValue } from '../model';
import type { DateRules } from '../lang/pack/dates';
import { FALLBACK_DATES } from '../lang/pack/fallback';
import { normalizeDigits } from '../lang/pack/numbers';
import { numberPattern, parseNumber } from '../lang/numbers';
import { packFor } from '../lang/packs';
import {
  addDays, anchorBefore, dateValue, dayMonthYear, eachMatch, lookupWord, monthSpan, placeDay, pushDate, relOffset, wordAlternation, validYmd, weekSpan, weekdayDate,
  yearSpan, type Candidate, type DateContext, type Ymd,
} from './common';

export type { DateContext } from './common';

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const NUMERIC_DMY = /(?<![0-9/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![0-9])/g;
const CLOCK = /(?<![0-9:])([01]?\d|2[0-3])[:：h]([0-5]\d)(?![0-9])(?:\s*(a\.m\.|p\.m\.|am|pm|AM|PM))?/g;



interface CompiledTables {
  bareDay?: RegExp;
  dmy?: RegExp;
  my?: RegExp;
  weekday?: RegExp;
  relative?: RegExp;
  offset?: RegExp;
}

const compiled = new WeakMap<DateRules, CompiledTables>();

/** The regexes of a pack's tables, built once per pack. Words are whole words (no letter on either side). */
function compile(rules: DateRules, lang: string): CompiledTables {
  const hit = compiled.get(rules);
  if (hit) return hit;
  const c: CompiledTables = {};
  const L = '(?<![\\p{L}\\d])';
  const R = '(?![\\p{L}])';
  if (rules.months) {
    const mon = wordAlternation(rules.months);
    const suffix = rules.yearSuffix ? `(?:\\s*(?:${rules.yearSuffix}))?` : '';
    // 27 февраля 2025 г. · 27 فبراير/شباط 2025
    c.dmy = new RegExp(`${L}(\\d{1,2})\\.?\\s+(?:de\\s+)?(${mon})(?:\\s*[/(]\\s*(?:${mon})(?:\\s*\\))?)?(?:\\s+(?:de\\s+)?(\\d{4})${suffix})?${R}`, 'giu');
    c.my = new RegExp(`${L}(${mon})(?:\\s*[/(]\\s*(?:${mon})(?:\\s*\\))?)?\\s+(\\d{4})${suffix}${R}`, 'giu');
  }
  if (rules.bareDay) c.bareDay = new RegExp(`${L}(?:${rules.bareDay})${R}`, 'giu');
  if (rules.weekdays) {
    const before = rules.weekdayShiftBefore ? `(?:(${wordAlternation(rules.weekdayShiftBefore)})\\s+)?` : '()';
    const after = rules.weekdayShiftAfter ? `(?:\\s+(${wordAlternation(rules.weekdayShiftAfter)}))?` : '()';
    c.weekday = new RegExp(`${L}${before}(${wordAlternation(rules.weekdays)})${after}${R}`, 'giu');
  }
  if (rules.relative) c.relative = new RegExp(`${L}(${wordAlternation(rules.relative)})${R}`, 'giu');
  if (rules.offsetUnits && (rules.offsetBefore || rules.offsetAfter)) {
    const before = rules.offsetBefore ? `(?:(${wordAlternation(rules.offsetBefore)})\\s+)?` : '()';
    const after = rules.offsetAfter ? `(?:\\s+(${wordAlternation(rules.offsetAfter)}))?` : '()';
    c.offset = new RegExp(`${L}${before}(${numberPattern(lang)})\\s+(${wordAlternation(rules.offsetUnits)})${after}${R}`, 'giu');
  }
  compiled.set(rules, c);
  return c;
}

/** Reads a pack's date tables. */
function tableDates(t: string, rules: DateRules, lang: string, ctx: DateContext, out: Candidate[]): void {
  const c = compile(rules, lang);
  const pub = ctx.published;
  const at = (m: RegExpExecArray, v: DateValue | undefined): void => pushDate(out, m.index, m.index + m[0].length, v);
  if (c.bareDay) eachMatch(c.bareDay, t, (m) => {
    const d = Number(m[1]);
    if (d >= 1 && d <= 31) at(m, placeDay(d, pub, ctx.settings));
  });
  if (c.dmy && rules.months) eachMatch(c.dmy, t, (m) => {
    const mo = lookupWord(rules.months!, m[2]);
    const v = mo ? dayMonthYear(Number(m[1]), mo, m[3] ? Number(m[3]) : null, pub, ctx.settings) : undefined;
    if (v) at(m, v);
  });
  if (c.my && rules.months) eachMatch(c.my, t, (m) => {
    const mo = lookupWord(rules.months!, m[1]);
    if (mo) at(m, { date: `${m[2]}-${String(mo).padStart(2, '0')}` });
  });
  if (c.weekday && rules.weekdays) eachMatch(c.weekday, t, (m) => {
    const wd = lookupWord(rules.weekdays!, m[2]);
    if (wd === undefined) return;
    const shift = (m[1] ? lookupWord(rules.weekdayShiftBefore ?? {}, m[1]) : undefined) ?? (m[3] ? lookupWord(rules.weekdayShiftAfter ?? {}, m[3]) : undefined) ?? 0;
    at(m, pub ? dateValue(weekdayDate(pub, wd, shift), true) : undefined);
  });
  if (c.relative && rules.relative) eachMatch(c.relative, t, (m) => {
    const r = lookupWord(rules.relative!, m[1]);
    if (!r) return;
    let v: DateValue | undefined;
    if (r.fromAnchor !== undefined) {
      const a = anchorBefore(out, m.index, ctx);
      v = a ? dateValue(addDays(a.base, r.fromAnchor), true) : undefined;
    } else if (pub) {
      if (r.day !== undefined) v = dateValue(addDays(pub, r.day), true);
      else if (r.week !== undefined) v = weekSpan(pub, r.week);
      else if (r.month !== undefined) v = monthSpan(pub, r.month, r.toPublication);
      else if (r.year !== undefined) v = yearSpan(pub, r.year);
    }
    at(m, v);
  });
  if (c.offset && rules.offsetUnits) eachMatch(c.offset, t, (m) => {
    const signBefore = m[1] ? lookupWord(rules.offsetBefore ?? {}, m[1]) : undefined;
    const signAfter = m[4] ? lookupWord(rules.offsetAfter ?? {}, m[4]) : undefined;
    const sign = signBefore ?? signAfter;
    if (sign === undefined) return; // "три дня" alone is a duration
    const unit = lookupWord(rules.offsetUnits!, m[3]);
    const n = parseNumber(m[2], lang) ?? NaN;
    // three days later counts from a date stated before; three days ago from publication
    const a = sign > 0 ? anchorBefore(out, m.index, ctx) : pub ? { base: pub, relative: true } : null;
    const d = a && unit ? relOffset(a.base, n, unit, sign) : null;
    at(m, d ? dateValue(d, true) : undefined);
  });
}

/** Date and time candidates of one statement in language `lang` (`s` is the Simplified copy for Chinese). */
export function extractDates(s: string, lang: string, ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  const rules = packFor(lang).dates ?? FALLBACK_DATES;
  // every digit set read as ASCII digits; the copy has the same length, so offsets hold
  const t = normalizeDigits(s);
  if (/\d-\d/.test(t)) eachMatch(ISO_DATE, t, (m) => {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (validYmd(y, mo, d)) pushDate(out, m.index, m.index + m[0].length, dateValue({ y, m: mo, d }, false));
  });
  if (rules.numericDayFirst && /\d[/.-]\d/.test(t)) eachMatch(NUMERIC_DMY, t, (m) => {
    const v = dayMonthYear(Number(m[1]), Number(m[2]), Number(m[3]), ctx.published, ctx.settings);
    if (v) pushDate(out, m.index, m.index + m[0].length, v);
  });
  tableDates(t, rules, lang, ctx, out);
  rules.extract?.(t, ctx, out);
  if (/\d[:：h]\d/.test(t)) eachMatch(CLOCK, t, (m) => {
    let h = Number(m[1]);
    const min = Number(m[2]);
    if (m[3] && /p/i.test(m[3]) && h < 12) h += 12;
    if (m[3] && /a/i.test(m[3]) && h === 12) h = 0;
    pushDate(out, m.index, m.index + m[0].length, undefined, 'time', { time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` });
  });
  return out;
}

/** The full ISO day of a date value, or null (partial dates, spans of more than one day). */
export function fullDay(v: DateValue | undefined): Ymd | null {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v.date)) return null;
  const [y, m, d] = v.date.split('-').map(Number);
  return { y, m, d };
}
