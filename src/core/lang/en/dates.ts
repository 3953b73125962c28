// English dates and times: February 27, 2025 · 27 Feb · October 2024 · in 2020 · Thursday · last Tuesday ·
// yesterday · this week / last month (spans) · six days later · 3 p.m.
import type { DateValue } from '../../model';
import type { DateRules } from '../pack/dates';
import {
  addDays, anchorBefore, dateValue, dayMonthYear, eachMatch, isoOf, monthSpan, pushDate, relOffset, weekSpan, weekdayDate, yearSpan,
  type Candidate, type DateContext,
} from '../../facts/common';
import { parseEnNumber } from './numbers';

export const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH_RE = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const MDY = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4})\\b)?`, 'g');
const MY = new RegExp(`\\b(${MONTH_RE})\\s+(?:of\\s+)?(\\d{4})\\b`, 'g');
const YEAR = /\b(?:in|since|by|until|from|of|year|early|late|mid-?|during|before|after)\s+((?:19|20)\d{2})\b(?![,.]?\d)/gi;
const WEEKDAY = /\b(?:(last|next|this|on|past)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const DAYWORD = /\b(yesterday|today|tomorrow|the day before yesterday|that day|the same day|earlier this (?:week|month|year)|later this (?:week|month|year)|last week|this week|next week|last month|this month|next month|last year|this year|next year)\b/gi;
const OFFSET = /\b([0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+(days?|weeks?|months?|years?)\s+(later|earlier|ago|after|before|afterwards)\b/gi;
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const CLOCK_12 = /\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*(a\.m\.|p\.m\.|am|pm|AM|PM)(?![a-z])/g;

function shiftOf(word: string): number {
  if (/last|past|earlier/i.test(word)) return -1;
  if (/next/i.test(word)) return 1;
  return 0;
}

function unitOf(word: string): 'day' | 'week' | 'month' | 'year' {
  const w = word.toLowerCase();
  return w.startsWith('day') ? 'day' : w.startsWith('week') ? 'week' : w.startsWith('month') ? 'month' : 'year';
}

/** Dates written with English month names and "in 2020": read in English and in texts of other languages. */
export function englishAbsoluteDates(t: string, ctx: DateContext, out: Candidate[]): void {
  const md = (mon: string, day: string, year: string | undefined, start: number, end: number): void => {
    const mo = EN_MONTHS[mon.toLowerCase().replace('.', '')];
    const v = mo ? dayMonthYear(Number(day), mo, year ? Number(year) : null, ctx.published, ctx.settings) : undefined;
    if (v) pushDate(out, start, end, v);
  };
  if (!MONTH_HINT.test(t)) {
    if (/\d{4}/.test(t)) englishYears(t, out);
    return;
  }
  eachMatch(MDY, t, (m) => {
    if (m[1] === 'May' && !/^May\s+\d/.test(m[0])) return;
    md(m[1], m[2], m[3], m.index, m.index + m[0].length);
  });
  eachMatch(DMY, t, (m) => md(m[2], m[1], m[3], m.index, m.index + m[0].length));
  eachMatch(MY, t, (m) => {
    const mo = EN_MONTHS[m[1].toLowerCase().replace('.', '')];
    if (mo) pushDate(out, m.index, m.index + m[0].length, { date: `${m[2]}-${String(mo).padStart(2, '0')}` });
  });
  if (/\d{4}/.test(t)) englishYears(t, out);
}

function englishYears(t: string, out: Candidate[]): void {
  eachMatch(YEAR, t, (m) => {
    const off = m[0].lastIndexOf(m[1]);
    pushDate(out, m.index + off, m.index + off + 4, { date: m[1] });
  });
}

/** 3 p.m., 11:30 am. */
export function twelveHourTimes(t: string, out: Candidate[]): void {
  if (/\d\s*[ap]\.?m/i.test(t)) eachMatch(CLOCK_12, t, (m) => {
    let h = Number(m[1]);
    if (/p/i.test(m[3]) && h < 12) h += 12;
    if (/a/i.test(m[3]) && h === 12) h = 0;
    pushDate(out, m.index, m.index + m[0].length, undefined, 'time', { time: `${String(h).padStart(2, '0')}:${m[2] ?? '00'}` });
  });
}

function englishDates(t: string, ctx: DateContext, out: Candidate[]): void {
  const pub = ctx.published;
  englishAbsoluteDates(t, ctx, out);
  if (/day\b/.test(t)) eachMatch(WEEKDAY, t, (m) => {
    const wd = WEEKDAYS.indexOf(m[2].toLowerCase());
    const shift = m[1] && m[1] !== 'on' ? shiftOf(m[1]) : 0;
    const start = m[1] && m[1] !== 'on' ? m.index : m.index + m[0].length - m[2].length;
    pushDate(out, start, m.index + m[0].length, pub ? dateValue(weekdayDate(pub, wd, shift), true) : undefined);
  });
  if (/day|week|month|year|tomorrow/i.test(t)) eachMatch(DAYWORD, t, (m) => {
    const w = m[1].toLowerCase();
    let v: DateValue | undefined;
    if (w === 'that day' || w === 'the same day') {
      const a = anchorBefore(out, m.index, ctx);
      v = a ? dateValue(a.base, true) : undefined;
    } else if (pub) {
      const delta: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, 'the day before yesterday': -2 };
      const early = w.startsWith('earlier this');
      if (w in delta) v = dateValue(addDays(pub, delta[w]), true);
      else if (w.endsWith('week')) {
        v = weekSpan(pub, early || w.startsWith('later') ? 0 : shiftOf(w));
        if (early) v = { ...v, end: isoOf(pub) };
      } else if (w.endsWith('month')) v = monthSpan(pub, early || w.startsWith('later') ? 0 : shiftOf(w), early);
      else v = yearSpan(pub, early || w.startsWith('later') ? 0 : shiftOf(w));
    }
    pushDate(out, m.index, m.index + m[0].length, v);
  });
  if (/later|earlier|ago|after|before/i.test(t)) eachMatch(OFFSET, t, (m) => {
    const n = m[1].toLowerCase() === 'a' ? 1 : parseEnNumber(m[1]) ?? NaN;
    const w = m[3].toLowerCase();
    const sign = w === 'ago' || w === 'earlier' || w === 'before' ? -1 : 1;
    const a = w === 'ago' ? (pub ? { base: pub, relative: true } : null) : anchorBefore(out, m.index, ctx);
    const d = a ? relOffset(a.base, n, unitOf(m[2]), sign) : null;
    pushDate(out, m.index, m.index + m[0].length, d ? dateValue(d, true) : undefined);
  });
  twelveHourTimes(t, out);
}

export const dates: DateRules = {
  // on the 27th (ending the phrase): the 27th of the publication month; "the 27th of February" is read whole by the
  // month patterns and "the 50th anniversary" is no date
  bareDay: 'on\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)(?!\\s*[\\p{L}\\d])',
  extract: englishDates,
};
