// Vietnamese dates and times: ngày 27/2 · 27/2/2025 · ngày 5 tháng 3 năm 2024 · tháng 10/2024 · thứ Ba (tuần trước) ·
// hôm qua · tuần này / tháng trước (spans) · ba ngày sau · lúc 9 giờ sáng. English month names are read too.
import type { DateValue } from '../../model';
import type { CalendarUnit, DateRules } from '../pack/dates';
import {
  addDays, anchorBefore, dateValue, dayMonthYear, eachMatch, monthSpan, pushDate, relOffset, weekSpan, weekdayDate, yearSpan,
  type Candidate, type DateContext,
} from '../../facts/common';
import { englishAbsoluteDates } from '../en/dates';
import { parseViNumber } from './numbers';

const DM = /(?<![0-9/.,])(\d{1,2})\/(\d{1,2})(?![0-9]|\/\d)/g;
const WORDS_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/gi;
const MONTH_YEAR = /tháng\s+(\d{1,2})\s*(?:\/|năm|-)\s*(\d{4})/gi;
const MONTH = /(?<![\p{L}])tháng\s+(\d{1,2})(?![0-9/])(?:\s+(năm sau|năm tới|năm nay|năm ngoái|năm trước))?(?!\s*(?:năm\s+\d|\/))/giu;
const YEAR = /(?<![\p{L}])năm\s+(\d{4})(?![0-9])/giu;
const WEEKDAY = /(?<![\p{L}])(thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?:\s+tuần\s+(trước|tới|sau|này|qua))?(?![\p{L}])/giu;
const DAYWORD = /(?<![\p{L}])(hôm qua|hôm nay|ngày mai|hôm kia|ngày hôm qua|ngày hôm nay|cùng ngày|đầu tuần này|tuần trước|tuần qua|tuần này|tuần tới|tuần sau|đầu tháng này|tháng trước|tháng này|tháng tới|năm ngoái|năm nay|năm tới|năm sau)(?![\p{L}])/giu;
const OFFSET = /(?<![\p{L}])(?<!tháng\s+)(\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(ngày|tuần|tháng|năm)\s+(sau|trước|sau đó|nữa)(?![\p{L}])/giu;
const CLOCK = /(?:lúc|vào lúc|vào)?\s*(\d{1,2})\s*giờ(?:\s*(\d{1,2})(?:\s*phút)?)?\s*(sáng|trưa|chiều|tối|đêm)?/giu;
const PART_OF_DAY: Record<string, string> = { sáng: 'morning', trưa: 'noon', chiều: 'afternoon', tối: 'evening', đêm: 'night' };
const UNIT: Record<string, CalendarUnit> = { ngày: 'day', tuần: 'week', tháng: 'month', năm: 'year' };

function shiftOf(word: string | undefined): number {
  if (!word) return 0;
  if (/trước|qua/i.test(word)) return -1;
  if (/tới|sau/i.test(word)) return 1;
  return 0;
}

function vietnameseDates(t: string, ctx: DateContext, out: Candidate[]): void {
  const pub = ctx.published;
  const at = (m: RegExpExecArray, v: DateValue | undefined): void => pushDate(out, m.index, m.index + m[0].length, v);
  // an impossible day or month (19/29) is no date
  const dmy = (m: RegExpExecArray, d: string, mo: string, y: string | undefined): void => {
    const v = dayMonthYear(Number(d), Number(mo), y ? Number(y) : null, pub, ctx.settings);
    if (v) at(m, v);
  };
  if (/tháng/i.test(t)) eachMatch(WORDS_DATE, t, (m) => dmy(m, m[1], m[2], m[3]));
  if (/tháng/i.test(t)) eachMatch(MONTH_YEAR, t, (m) => {
    const mo = Number(m[1]);
    if (mo >= 1 && mo <= 12) at(m, { date: `${m[2]}-${String(mo).padStart(2, '0')}` });
  });
  if (/\d\/\d/.test(t)) eachMatch(DM, t, (m) => dmy(m, m[1], m[2], undefined));
  if (/tháng/i.test(t)) eachMatch(MONTH, t, (m) => {
    const mo = Number(m[1]);
    const rel = (m[2] ?? '').toLowerCase();
    const dy = rel === 'năm sau' || rel === 'năm tới' ? 1 : rel === 'năm ngoái' || rel === 'năm trước' ? -1 : 0;
    if (mo >= 1 && mo <= 12 && pub) at(m, rel ? { date: `${pub.y + dy}-${String(mo).padStart(2, '0')}`, relative: true } : { date: `${pub.y}-${String(mo).padStart(2, '0')}` });
  });
  if (/năm/i.test(t)) eachMatch(YEAR, t, (m) => at(m, { date: m[1] }));
  if (/thứ|chủ/i.test(t)) eachMatch(WEEKDAY, t, (m) => {
    const name = m[1].toLowerCase().replace(/\s+/g, ' ');
    const wd = name === 'chủ nhật' ? 0 : ['', '', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'].indexOf(name.slice(4)) - 1;
    at(m, pub && wd >= 0 ? dateValue(weekdayDate(pub, wd, shiftOf(m[2])), true) : undefined);
  });
  if (/hôm|ngày|tuần|tháng|năm/i.test(t)) eachMatch(DAYWORD, t, (m) => {
    const w = m[1].toLowerCase();
    let v: DateValue | undefined;
    if (w === 'cùng ngày') {
      const a = anchorBefore(out, m.index, ctx);
      v = a ? dateValue(a.base, true) : undefined;
    } else if (pub) {
      if (w.includes('hôm qua')) v = dateValue(addDays(pub, -1), true);
      else if (w.includes('hôm nay')) v = dateValue(pub, true);
      else if (w === 'ngày mai') v = dateValue(addDays(pub, 1), true);
      else if (w === 'hôm kia') v = dateValue(addDays(pub, -2), true);
      else if (w === 'đầu tuần này') v = { ...weekSpan(pub, 0), end: dateValue(pub, true).date };
      else if (w.startsWith('tuần')) v = weekSpan(pub, shiftOf(w.slice(5)));
      else if (w === 'đầu tháng này') v = monthSpan(pub, 0, true);
      else if (w.startsWith('tháng')) v = monthSpan(pub, shiftOf(w.slice(6)));
      else v = yearSpan(pub, w === 'năm ngoái' || w === 'năm trước' ? -1 : w === 'năm nay' ? 0 : 1);
    }
    at(m, v);
  });
  if (/sau|trước|nữa/i.test(t)) eachMatch(OFFSET, t, (m) => {
    const n = parseViNumber(m[1]) ?? NaN;
    const sign = m[3].toLowerCase().startsWith('trước') ? -1 : 1;
    const a = sign > 0 ? anchorBefore(out, m.index, ctx) : pub ? { base: pub, relative: true } : null;
    const d = a ? relOffset(a.base, n, UNIT[m[2].toLowerCase()], sign) : null;
    at(m, d ? dateValue(d, true) : undefined);
  });
  englishAbsoluteDates(t, ctx, out);
  vietnameseClock(t, out);
}

function vietnameseClock(t: string, out: Candidate[]): void {
  if (/giờ/i.test(t)) eachMatch(CLOCK, t, (m) => {
    const lead = /^(?:\s*(?:lúc|vào lúc|vào))/i.exec(m[0]);
    if (!lead && !m[3]) return; // "4 giờ" alone is a duration
    let h = Number(m[1]);
    const min = m[2] ? Number(m[2]) : 0;
    if (h > 24 || min > 59) return;
    if (m[3] && /chiều|tối/i.test(m[3]) && h < 12) h += 12;
    const extra: Record<string, unknown> = { time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
    if (m[3]) extra.part = PART_OF_DAY[m[3].toLowerCase()];
    const ws = m[0].length - m[0].trimStart().length;
    pushDate(out, m.index + ws, m.index + m[0].length, undefined, 'time', extra);
  });
}

export const dates: DateRules = {
  numericDayFirst: true,
  // ngày 27 / hôm 27 without a month: the 27th of the publication month
  bareDay: '(?:ngày|hôm)\\s+(\\d{1,2})(?![\\d/.])(?!\\s+tháng)',
  extract: vietnameseDates,
};
