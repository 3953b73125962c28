// Shared helpers for fact extraction: the candidate type, qualifier cues, ISO date arithmetic.
import type { Fact, FactKind, FactValue, LanguageTag, Qualifier } from '../model';

export interface Candidate {
  kind: FactKind;
  start: number;
  end: number;
  value?: FactValue;
  qualifier?: Qualifier;
  /** lower wins when candidates of quantity kinds overlap */
  priority: number;
}

export type Script = 'zh' | 'vi' | 'en' | 'other';

export function scriptOf(lang: LanguageTag): Script {
  const l = lang.toLowerCase();
  if (l.startsWith('zh') || l.startsWith('yue') || l.startsWith('cmn')) return 'zh';
  if (l.startsWith('vi')) return 'vi';
  if (l.startsWith('en')) return 'en';
  return 'other';
}

// ---------------------------------------------------------------- qualifiers

const ZH_APPROX_BEFORE = /(?:约|大约|大概|大致|左右约|估计约|约莫)$/;
const ZH_AT_LEAST_BEFORE = /(?:超过|逾|至少|最少|不少于|多达|长达|高达)$/;
const ZH_AT_MOST_BEFORE = /(?:近|将近|接近|不到|不足|少于|最多|至多|仅|不超过)$/;
const ZH_EXPECTED = /(?:预计|预期|预料|计划|打算|拟|将会|将于|将持续|将要|有望|估计)/;
const ZH_REPORTED = /(?:据|称|报道|报导|援引|引述|消息人士|透露)/;

const VI_APPROX_BEFORE = /(?:khoảng|chừng|độ|ước tính|xấp xỉ|trên dưới)\s*$/i;
const VI_AT_LEAST_BEFORE = /(?:hơn|trên|ít nhất|tối thiểu|không dưới|hàng)\s*$/i;
const VI_AT_MOST_BEFORE = /(?:gần|chưa đến|chưa tới|không đến|không tới|dưới|tối đa|chỉ|không quá)\s*$/i;
const VI_EXPECTED = /(?:dự kiến|dự định|kế hoạch|sẽ|có thể kéo dài|ước tính)/i;
const VI_REPORTED = /(?:theo|dẫn lời|đưa tin|cho biết|cho hay|được cho là)/i;

const EN_APPROX_BEFORE = /(?:about|around|approximately|roughly|some|an estimated|estimated|circa|approx\.)\s*$/i;
const EN_AT_LEAST_BEFORE = /(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than|just over|beyond)\s*$/i;
const EN_AT_MOST_BEFORE = /(?:nearly|almost|under|less than|fewer than|at most|up to|no more than|just under|barely|only)\s*$/i;
const EN_EXPECTED = /\b(?:expected|expects|scheduled|planned|plans|set to|will|would|forecast|projected|due to|is to|are to|likely)\b/i;
const EN_REPORTED = /\b(?:reportedly|according to|reported|said to|cited|quoted|sources said)\b/i;

const CLAUSE_BREAK_ZH = /[，,；;：:。！？]/;

/** The clause before `start` (back to the previous comma/semicolon), at most `max` characters. */
export function clauseBefore(text: string, start: number, max: number, script: Script): string {
  const from = Math.max(0, start - max);
  const seg = text.slice(from, start);
  const breaker = script === 'zh' ? CLAUSE_BREAK_ZH : /[;:.!?]/;
  let cut = -1;
  for (let i = seg.length - 1; i >= 0; i--) {
    if (breaker.test(seg[i])) {
      cut = i;
      break;
    }
  }
  return seg.slice(cut + 1);
}

/** Qualifier from the words right before a quantity (约/hơn/nearly...), or null. */
export function modifierQualifier(before: string, script: Script): Qualifier | null {
  const b = before.replace(/\s+$/, '');
  if (script === 'zh') {
    if (ZH_APPROX_BEFORE.test(b)) return 'approximate';
    if (ZH_AT_LEAST_BEFORE.test(b)) return 'at-least';
    if (ZH_AT_MOST_BEFORE.test(b)) return 'at-most';
    return null;
  }
  if (script === 'vi') {
    if (VI_APPROX_BEFORE.test(b)) return 'approximate';
    if (VI_AT_LEAST_BEFORE.test(b)) return 'at-least';
    if (VI_AT_MOST_BEFORE.test(b)) return 'at-most';
    return null;
  }
  if (EN_APPROX_BEFORE.test(b)) return 'approximate';
  if (EN_AT_LEAST_BEFORE.test(b)) return 'at-least';
  if (EN_AT_MOST_BEFORE.test(b)) return 'at-most';
  return null;
}

/** True when the clause before a quantity marks it as a forecast (预计/dự kiến/expected/will). */
export function isExpected(clause: string, script: Script): boolean {
  if (script === 'zh') return ZH_EXPECTED.test(clause) || /将$/.test(clause);
  if (script === 'vi') return VI_EXPECTED.test(clause);
  return EN_EXPECTED.test(clause);
}

/** True when the statement attributes its content to a report (据/theo/reportedly). */
export function isReported(text: string, script: Script): boolean {
  if (script === 'zh') return ZH_REPORTED.test(text);
  if (script === 'vi') return VI_REPORTED.test(text);
  return EN_REPORTED.test(text);
}

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
