// Fact values as a reader of the report language expects them: "about 6.5 hours", "约6.5小时", "khoảng 6,5 giờ",
// "27 February 2025", "2025年2月27日". Numbers, units, plurals and dates come from Intl (CLDR data in every
// runtime); the qualifier phrases and everything else from the report locales. Internal keys never appear.
import type { DurationUnit, FactKind, FactValue, Qualifier } from '../model';
import { t, type MessageKey, type ReportLanguage } from './locales';

const INTL_UNITS: Record<DurationUnit, string> = {
  second: 'second',
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};

type Interval = { min: number | null; max: number | null; unit?: string };

function isInterval(v: unknown): v is Interval {
  return typeof v === 'object' && v !== null && ('min' in v || 'max' in v);
}

function numberFormat(L: ReportLanguage, unit?: string): Intl.NumberFormat {
  const intlUnit = unit && unit in INTL_UNITS ? INTL_UNITS[unit as DurationUnit] : undefined;
  return intlUnit
    ? new Intl.NumberFormat(L, { style: 'unit', unit: intlUnit, unitDisplay: 'long', maximumFractionDigits: 2 })
    : new Intl.NumberFormat(L, { maximumFractionDigits: 2 });
}

/** `5–6 hours`, `6.5 hours`, `more than 4 hours`, `about 6.5 hours`, `expected 5–6 hours`. */
export function formatInterval(L: ReportLanguage, v: Interval, qualifier?: Qualifier): string {
  const nf = numberFormat(L, v.unit);
  const { min, max } = v;
  let core: string;
  let q = qualifier;
  if (min !== null && max !== null && min !== max) core = nf.formatRange(min, max);
  else if (min !== null && max === null) {
    core = nf.format(min);
    if (q !== 'at-most') q = 'at-least';
  } else if (min === null && max !== null) {
    core = nf.format(max);
    q = 'at-most';
  } else if (min !== null) core = nf.format(min);
  else return t(L, 'value.unknown');
  if (q && q !== 'exact' && q !== 'range') return t(L, `qualifier.${q}` as MessageKey, { value: core });
  return core;
}

/** A calendar date written for the report language: 2025 · February 2025 · 27 February (no year) · 27 February 2025. */
export function formatDate(L: ReportLanguage, iso: string): string {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (yearless) {
    const d = new Date(Date.UTC(2000, Number(yearless[1]) - 1, Number(yearless[2])));
    return new Intl.DateTimeFormat(L, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(d);
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return new Intl.DateTimeFormat(L, { year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(y), 0, 1)));
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  const opts: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(L, opts).format(date);
}

/** A date-time stamp (publication, tag time) for the report language; date only when no time is stated. */
export function formatStamp(L: ReportLanguage, iso: string | null | undefined): string {
  if (!iso) return '';
  if (!/T\d{2}:\d{2}/.test(iso)) return formatDate(L, iso);
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // a stamp with an offset or Z is an instant; without one it is local time as written: show it as written
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(iso);
  const opts: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' };
  if (zoned) return `${new Intl.DateTimeFormat(L, opts).format(d)} UTC`;
  const [date, time] = iso.split('T');
  const local = new Date(`${date}T${time.slice(0, 5)}:00Z`);
  return new Intl.DateTimeFormat(L, opts).format(local);
}

/** A date value: one day, a span (this week), year-less or partial, marked when computed from a relative expression. */
function formatDateValue(L: ReportLanguage, v: { date: string; end?: string; relative?: boolean }): string {
  let s = formatDate(L, v.date);
  if (v.end && v.end !== v.date) {
    const a = /^\d{4}-\d{2}-\d{2}$/.test(v.date) ? new Date(`${v.date}T00:00:00Z`) : null;
    const b = /^\d{4}-\d{2}-\d{2}$/.test(v.end) ? new Date(`${v.end}T00:00:00Z`) : null;
    s =
      a && b
        ? new Intl.DateTimeFormat(L, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).formatRange(a, b)
        : `${s} – ${formatDate(L, v.end)}`;
  }
  return v.relative ? t(L, 'value.relativeDate', { value: s }) : s;
}

/**
 * The normalized value of a fact, written for the report language, or null where the words as written say it
 * best (persons, places, organisations, quotes: their keys are internal and their names are the source's own).
 */
export function formatFactValue(
  L: ReportLanguage,
  kind: FactKind | 'wording',
  value: FactValue | undefined,
  qualifier?: Qualifier,
): string | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if ((kind === 'duration' || kind === 'number' || kind === 'money' || kind === 'percent') && isInterval(v)) {
    if (kind === 'percent') {
      const pf = new Intl.NumberFormat(L, { style: 'percent', maximumFractionDigits: 2 });
      const p = (n: number | null) => (n === null ? null : n / 100);
      const iv = { min: p(v.min), max: p(v.max) };
      const core =
        iv.min !== null && iv.max !== null && iv.min !== iv.max ? pf.formatRange(iv.min, iv.max) : pf.format((iv.min ?? iv.max) as number);
      return qualifier && qualifier !== 'exact' && qualifier !== 'range'
        ? t(L, `qualifier.${qualifier}` as MessageKey, { value: core })
        : core;
    }
    // counts and sums keep their unit as written (the source's words); durations get the language's own unit
    return formatInterval(L, kind === 'duration' ? v : { min: v.min, max: v.max }, qualifier);
  }
  if ((kind === 'date' || kind === 'time') && typeof v.date === 'string')
    return formatDateValue(L, v as { date: string; end?: string; relative?: boolean });
  return null;
}

/**
 * A key under which equal values are merged: two sources stating "2月18日" and "18/2" (both 2025-02-18), or
 * 俄羅斯 and Nga (both the same place), state one value. Qualifiers count (about 6 ≠ more than 6).
 */
export function valueKey(kind: FactKind | 'wording', text: string, value: FactValue | undefined, qualifier?: Qualifier): string {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (isInterval(v)) return `${kind}|${v.min}|${v.max}|${String(v.unit ?? '')}|${qualifier ?? 'exact'}`;
    if (typeof v.date === 'string') return `${kind}|${v.date}|${String(v.end ?? '')}`;
    if (typeof v.key === 'string') return `${kind}|${v.key}|${String(v.role ?? '')}|${String(v.organization ?? '')}`;
    if (typeof v.speaker === 'string') return `${kind}|${v.speaker}`;
  }
  return `${kind}|text|${text.trim().toLowerCase()}`;
}
