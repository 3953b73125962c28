// Locale-aware formatting of dates, numbers and fact values (Intl, per UI language).
import type { DurationValue, FactKind, FactValue, NumberValue } from '../../core/model';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO date or date-time (possibly partial: 2025, 2025-02) for the UI language. */
export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  // a day without a year (--10-14): month and day only
  const md = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (md) {
    const key = `${lang}|md`;
    let fmt = dateFormats.get(key);
    if (!fmt) dateFormats.set(key, (fmt = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' })));
    return fmt.format(new Date(Date.UTC(2000, Number(md[1]) - 1, Number(md[2]))));
  }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const opts: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'short', day: 'numeric' }
    : mo
      ? { year: 'numeric', month: 'long' }
      : { year: 'numeric' };
  const key = `${lang}|${d ? 'd' : mo ? 'm' : 'y'}`;
  let fmt = dateFormats.get(key);
  if (!fmt) dateFormats.set(key, (fmt = new Intl.DateTimeFormat(lang, { ...opts, timeZone: 'UTC' })));
  return fmt.format(new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1)));
}

// Intl constructors are costly: one formatter per (language, options), reused
const numberFormats = new Map<string, Intl.NumberFormat | null>();
function numberFormat(lang: string, unit?: string): Intl.NumberFormat | null {
  const key = `${lang}|${unit ?? ''}`;
  let f = numberFormats.get(key);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat(lang, unit ? { style: 'unit', unit, unitDisplay: 'long' } : undefined);
    } catch {
      f = null; // unit not supported by Intl
    }
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(n: number, lang: string): string {
  return numberFormat(lang)!.format(n);
}

function range(min: number | null, max: number | null, lang: string): string {
  if (min !== null && max !== null && min !== max) return `${formatNumber(min, lang)}–${formatNumber(max, lang)}`;
  const v = min ?? max;
  return v === null ? '?' : formatNumber(v, lang);
}

/** A normalized fact value as text, or null when the value adds nothing to the words as written. */
export function formatFactValue(kind: FactKind, value: FactValue | undefined, lang: string): string | null {
  if (!value) return null;
  const v = value as Record<string, unknown>;
  if (kind === 'date' && typeof v.date === 'string') return formatDate(v.date, lang);
  if (kind === 'duration' && typeof v.unit === 'string') {
    const d = value as DurationValue;
    const n = d.min ?? d.max;
    if (n !== null && (d.min === d.max || d.max === null || d.min === null)) {
      const f = numberFormat(lang, d.unit);
      if (f) return f.format(n);
    }
    return `${range(d.min, d.max, lang)} ${d.unit}`;
  }
  if ((kind === 'number' || kind === 'money' || kind === 'percent') && ('min' in v || 'max' in v)) {
    const d = value as NumberValue;
    return `${range(d.min ?? null, d.max ?? null, lang)}${kind === 'percent' ? '%' : ''}${d.unit ? ' ' + d.unit : ''}`;
  }
  if (typeof v.key === 'string') {
    const extra = [v.role, v.organization].filter((x): x is string => typeof x === 'string');
    return `${typeof v.name === 'string' ? v.name : v.key}${extra.length ? ` (${extra.join(', ')})` : ''}`;
  }
  if (typeof v.speaker === 'string') return v.speaker;
  return null;
}
