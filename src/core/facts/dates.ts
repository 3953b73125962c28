// Dates (absolute, partial and relative to the publication date) and times of day.
import type { DateValue } from '../model';
import { addDays, addMonths, dayNumber, isoOf, validYmd, weekday, type Candidate, type Script, type Ymd } from './common';
import { parseEnNumber, parseViNumber, parseZhNumber, ZH_NUM } from './numbers';

export interface DateContext {
  published: Ymd | null;
  /** the latest absolute date of the previous statements (for 六天后 / six days later across sentences) */
  previous: Ymd | null;
}

const P_DATE = 10;
const P_TIME = 5;

const CN_SMALL = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
const CN_YEAR = '[0-9]{4}|[〇零一二三四五六七八九]{4}';

// --- Chinese (matched on Simplified text)
const ZH_FULL = new RegExp(`(${CN_YEAR})\\s*年\\s*(${CN_SMALL})\\s*月\\s*(${CN_SMALL})\\s*[日号]`, 'g');
const ZH_YM = new RegExp(`(${CN_YEAR})\\s*年\\s*(${CN_SMALL})\\s*月(?!\\s*(?:${CN_SMALL})\\s*[日号])`, 'g');
const ZH_MD = new RegExp(`(?<![0-9年])(${CN_SMALL})\\s*月\\s*(${CN_SMALL})\\s*[日号]`, 'g');
const ZH_D = new RegExp(`(?<![0-9０-９月年一二三四五六七八九十百千第周])(${CN_SMALL})\\s*[日号](?![本语文元报军])`, 'g');
const ZH_Y = /(?<![0-9])([12][0-9]{3})\s*年(?![0-9]{1,2}\s*月)(?:初|底|中|末)?/g;
const ZH_WEEKDAY = /(上|下|本|这|这个|上个|下个)?(?:周|星期|礼拜)([一二三四五六日天])/g;
const ZH_WEEK = /(上|下|本|这|这个|上个|下个)(?:周|星期|礼拜)(?![一二三四五六日天])/g;
const ZH_DAYWORD = /(前天|昨天|昨日|今天|今日|明天|明日|后天|当天|当日|同日|同一天|去年|今年|明年|上个月|上月|本月|这个月|下个月|下月)/g;
const ZH_REL_YM = new RegExp(`(去年|今年|明年)\\s*(${CN_SMALL})\\s*月(?:\\s*(${CN_SMALL})\\s*[日号])?`, 'g');
const ZH_OFFSET = new RegExp(`(${ZH_NUM}|[数几])\\s*(?:个)?\\s*(天|日|周|星期|个月|月|年)\\s*(后|前|以后|之后|以前|之前)`, 'g');

// --- Vietnamese
const VI_DMY = /(?<![0-9/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![0-9])/g;
const VI_DM = /(?<![0-9/.,])(\d{1,2})\/(\d{1,2})(?![0-9]|\/\d)/g;
const VI_WORDS_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/gi;
const VI_MONTH_YEAR = /tháng\s+(\d{1,2})\s*(?:\/|năm|-)\s*(\d{4})/gi;
const VI_MONTH = /(?<![\p{L}])tháng\s+(\d{1,2})(?![0-9/])(?:\s+(năm sau|năm tới|năm nay|năm ngoái|năm trước))?(?!\s*(?:năm\s+\d|\/))/giu;
const VI_YEAR = /(?<![\p{L}])năm\s+(\d{4})(?![0-9])/giu;
const VI_WEEKDAY = /(?<![\p{L}])(thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?:\s+tuần\s+(trước|tới|sau|này|qua))?(?![\p{L}])/giu;
const VI_DAYWORD = /(?<![\p{L}])(hôm qua|hôm nay|ngày mai|hôm kia|ngày hôm qua|ngày hôm nay|cùng ngày|tuần trước|tuần qua|tuần này|tuần tới|tuần sau|tháng trước|tháng này|tháng tới|năm ngoái|năm nay|năm tới|năm sau)(?![\p{L}])/giu;
const VI_OFFSET = /(?<![\p{L}])(?<!tháng\s+)(\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(ngày|tuần|tháng|năm)\s+(sau|trước|sau đó|nữa)(?![\p{L}])/giu;

// --- English and fallback
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH_RE = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const EN_MDY = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
const EN_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4})\\b)?`, 'g');
const EN_MY = new RegExp(`\\b(${MONTH_RE})\\s+(?:of\\s+)?(\\d{4})\\b`, 'g');
const EN_YEAR = /\b(?:in|since|by|until|from|of|year|early|late|mid-?|during|before|after)\s+((?:19|20)\d{2})\b(?![,.]?\d)/gi;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const EN_WEEKDAY = /\b(?:(last|next|this|on|past)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const EN_DAYWORD = /\b(yesterday|today|tomorrow|the day before yesterday|that day|the same day|last week|this week|next week|last month|this month|next month|last year|this year|next year)\b/gi;
const EN_OFFSET = /\b([0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+(days?|weeks?|months?|years?)\s+(later|earlier|ago|after|before|afterwards)\b/gi;
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// --- times
const CLOCK = /(?<![0-9:])([01]?\d|2[0-3])[:：h]([0-5]\d)(?![0-9])(?:\s*(a\.m\.|p\.m\.|am|pm|AM|PM))?/g;
const EN_CLOCK = /\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*(a\.m\.|p\.m\.|am|pm|AM|PM)(?![a-z])/g;
const ZH_CLOCK = new RegExp(`(当地时间|北京时间|莫斯科时间|美国东部时间|华盛顿时间)?\\s*(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|深夜)?\\s*(${CN_SMALL})\\s*[点时](?!间|期|候|代)(?:\\s*(${CN_SMALL})\\s*分|(半))?`, 'g');
const ZH_PART = new RegExp(`(当地时间|北京时间|莫斯科时间|美国东部时间|华盛顿时间)?\\s*((?:${CN_SMALL})\\s*月\\s*)?(${CN_SMALL})\\s*[日号]\\s*(凌晨|早上|早晨|早|上午|中午|下午|傍晚|晚上|晚间|晚|夜间|深夜|夜)`, 'g');
const VI_CLOCK = /(?:lúc|vào lúc|vào)?\s*(\d{1,2})\s*giờ(?:\s*(\d{1,2})(?:\s*phút)?)?\s*(sáng|trưa|chiều|tối|đêm)?/giu;

const PART_ZH: Record<string, string> = {
  凌晨: 'night', 早上: 'morning', 早晨: 'morning', 早: 'morning', 上午: 'morning', 中午: 'noon', 下午: 'afternoon',
  傍晚: 'evening', 晚上: 'evening', 晚间: 'evening', 晚: 'evening', 夜间: 'night', 深夜: 'night', 夜: 'night',
};
const PART_VI: Record<string, string> = { sáng: 'morning', trưa: 'noon', chiều: 'afternoon', tối: 'evening', đêm: 'night' };

function dateValue(d: Ymd, relative: boolean): DateValue {
  return relative ? { date: isoOf(d), relative: true } : { date: isoOf(d) };
}

function zhSmall(s: string): number {
  return parseZhNumber(s) ?? NaN;
}

/** A month/day without a year, placed in the year that puts it nearest before (or just after) publication. */
function placeMonthDay(m: number, d: number, pub: Ymd | null): DateValue | undefined {
  if (!pub) return { date: `--${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  let y = pub.y;
  if (!validYmd(y, m, d) && !validYmd(y - 1, m, d)) return undefined;
  const cand = { y, m, d };
  if (dayNumber(cand) - dayNumber(pub) > 183) y -= 1;
  else if (dayNumber(pub) - dayNumber(cand) > 300) y += 1;
  if (!validYmd(y, m, d)) return undefined;
  return { date: isoOf({ y, m, d }) };
}

/** A bare day of month (27日): in the publication month, or the previous month when it lies ahead. */
function placeDay(d: number, pub: Ymd | null): DateValue | undefined {
  if (!pub || d < 1 || d > 31) return undefined;
  let ym = { y: pub.y, m: pub.m, d: 1 };
  if (d > pub.d + 2) ym = addMonths(ym, -1);
  if (!validYmd(ym.y, ym.m, d)) return undefined;
  return { date: isoOf({ y: ym.y, m: ym.m, d }) };
}

/** The most recent `wd` (0=Sunday) on or before `base`; offset in weeks for 上周二/下周二/next Tuesday. */
function weekdayDate(base: Ymd, wd: number, weekShift: number): Ymd {
  if (weekShift === 0) {
    const diff = (weekday(base) - wd + 7) % 7;
    return addDays(base, -diff);
  }
  // calendar weeks starting Monday
  const monday = addDays(base, -((weekday(base) + 6) % 7));
  const target = addDays(monday, weekShift * 7 + ((wd + 6) % 7));
  return target;
}

function mondayOf(d: Ymd, weekShift: number): Ymd {
  return addDays(addDays(d, -((weekday(d) + 6) % 7)), weekShift * 7);
}

function shiftOf(word: string | undefined): number {
  if (!word) return 0;
  if (/上|last|trước|qua|past/i.test(word)) return -1;
  if (/下|next|tới|sau/i.test(word)) return 1;
  if (/本|这|this|này/i.test(word)) return 0;
  return 0;
}

function relOffset(base: Ymd, n: number, unit: string, sign: number): Ymd | null {
  if (!Number.isFinite(n)) return null;
  if (/天|日|ngày|day/i.test(unit)) return addDays(base, sign * n);
  if (/周|星期|tuần|week/i.test(unit)) return addDays(base, sign * 7 * n);
  if (/月|tháng|month/i.test(unit)) {
    const t = new Date(Date.UTC(base.y, base.m - 1 + sign * n, base.d));
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  if (/年|năm|year/i.test(unit)) return { y: base.y + sign * n, m: base.m, d: base.d };
  return null;
}

function push(out: Candidate[], start: number, end: number, value: DateValue | undefined, kind: 'date' | 'time' = 'date', extra?: Record<string, unknown>): void {
  const v = extra ? { ...(value ?? {}), ...extra } : value;
  out.push({ kind, start, end, value: v, priority: kind === 'date' ? P_DATE : P_TIME });
}

/** Absolute dates found in the candidates so far, in text order: the anchor for relative offsets. */
function anchorBefore(out: Candidate[], pos: number, ctx: DateContext): { base: Ymd; relative: boolean } | null {
  let best: Candidate | null = null;
  for (const c of out) {
    if (c.kind !== 'date' || c.end > pos) continue;
    const v = c.value as DateValue | undefined;
    if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v.date)) continue;
    if (!best || c.end > best.end) best = c;
  }
  if (best) {
    const v = best.value as DateValue;
    const [y, m, d] = v.date.split('-').map(Number);
    return { base: { y, m, d }, relative: true };
  }
  if (ctx.previous) return { base: ctx.previous, relative: true };
  if (ctx.published) return { base: ctx.published, relative: true };
  return null;
}

function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

function zhDates(s: string, ctx: DateContext, out: Candidate[]): void {
  const pub = ctx.published;
  if (/年/.test(s)) eachMatch(ZH_FULL, s, (m) => {
    const y = parseZhNumber(m[1]) ?? NaN;
    const mo = zhSmall(m[2]);
    const d = zhSmall(m[3]);
    if (validYmd(y, mo, d)) push(out, m.index, m.index + m[0].length, dateValue({ y, m: mo, d }, false));
  });
  if (/年/.test(s)) eachMatch(ZH_YM, s, (m) => {
    const y = parseZhNumber(m[1]) ?? NaN;
    const mo = zhSmall(m[2]);
    if (y > 1000 && mo >= 1 && mo <= 12) push(out, m.index, m.index + m[0].length, { date: `${y}-${String(mo).padStart(2, '0')}` });
  });
  if (/月/.test(s)) eachMatch(ZH_MD, s, (m) => {
    const mo = zhSmall(m[1]);
    const d = zhSmall(m[2]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) push(out, m.index, m.index + m[0].length, placeMonthDay(mo, d, pub));
  });
  if (/[日号]/.test(s)) eachMatch(ZH_D, s, (m) => {
    const d = zhSmall(m[1]);
    if (d >= 1 && d <= 31) {
      const v = placeDay(d, pub);
      push(out, m.index, m.index + m[0].length, v);
    }
  });
  if (/年/.test(s)) eachMatch(ZH_Y, s, (m) => push(out, m.index, m.index + m[0].length, { date: m[1] }));
  if (/周|星期|礼拜/.test(s)) eachMatch(ZH_WEEKDAY, s, (m) => {
    const wd = '日一二三四五六天'.indexOf(m[2]) % 7;
    const base = pub;
    push(out, m.index, m.index + m[0].length, base ? dateValue(weekdayDate(base, wd, shiftOf(m[1])), true) : undefined);
  });
  if (/周|星期|礼拜/.test(s)) eachMatch(ZH_WEEK, s, (m) => {
    if (!pub) return push(out, m.index, m.index + m[0].length, undefined);
    push(out, m.index, m.index + m[0].length, dateValue(mondayOf(pub, shiftOf(m[1])), true), 'date', { granularity: 'week' });
  });
  if (/[天日年月]/.test(s)) eachMatch(ZH_DAYWORD, s, (m) => {
    const w = m[1];
    let v: DateValue | undefined;
    if (w === '当天' || w === '当日' || w === '同日' || w === '同一天') {
      const a = anchorBefore(out, m.index, { published: pub, previous: ctx.previous });
      v = a ? dateValue(a.base, true) : undefined;
    } else if (pub) {
      const delta: Record<string, number> = { 前天: -2, 昨天: -1, 昨日: -1, 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2 };
      if (w in delta) v = dateValue(addDays(pub, delta[w]), true);
      else if (w.endsWith('年')) v = { date: String(pub.y + (w === '去年' ? -1 : w === '明年' ? 1 : 0)), relative: true };
      else {
        const mm = addMonths(pub, w.startsWith('上') ? -1 : w.startsWith('下') ? 1 : 0);
        v = { date: `${mm.y}-${String(mm.m).padStart(2, '0')}`, relative: true };
      }
    }
    push(out, m.index, m.index + m[0].length, v);
  });
  if (/[去今明]年/.test(s))
    eachMatch(ZH_REL_YM, s, (m) => {
      if (!pub) return push(out, m.index, m.index + m[0].length, undefined);
      const y = pub.y + (m[1] === '去年' ? -1 : m[1] === '明年' ? 1 : 0);
      const mo = zhSmall(m[2]);
      if (!(mo >= 1 && mo <= 12)) return;
      const d = m[3] ? zhSmall(m[3]) : NaN;
      const v = m[3] && validYmd(y, mo, d) ? isoOf({ y, m: mo, d }) : `${y}-${String(mo).padStart(2, '0')}`;
      push(out, m.index, m.index + m[0].length, { date: v, relative: true });
    });
  if (/[后前]/.test(s)) eachMatch(ZH_OFFSET, s, (m) => {
    const n = m[1] === '数' || m[1] === '几' ? NaN : parseZhNumber(m[1]) ?? NaN;
    const sign = m[3].endsWith('后') ? 1 : -1;
    // 六天后 counts from a date in the sentence; 两年前 from publication
    const a = sign > 0 ? anchorBefore(out, m.index, ctx) : pub ? { base: pub, relative: true } : null;
    const d = a ? relOffset(a.base, n, m[2], sign) : null;
    push(out, m.index, m.index + m[0].length, d ? dateValue(d, true) : undefined);
  });
}

function zhTimes(s: string, ctx: DateContext, out: Candidate[]): void {
  if (/[日号]/.test(s)) eachMatch(ZH_PART, s, (m) => {
    const d = zhSmall(m[3]);
    let v: DateValue | undefined;
    if (m[2]) {
      const mo = zhSmall(m[2].replace(/\s*月\s*/, ''));
      v = placeMonthDay(mo, d, ctx.published);
    } else v = placeDay(d, ctx.published);
    const extra: Record<string, unknown> = { part: PART_ZH[m[4]] };
    if (m[1]) extra.zone = 'local';
    push(out, m.index + (m[0].length - m[0].trimStart().length), m.index + m[0].length, v, 'time', extra);
  });
  if (/[点时]/.test(s)) eachMatch(ZH_CLOCK, s, (m) => {
    let h = zhSmall(m[3]);
    const min = m[5] ? 30 : m[4] ? zhSmall(m[4]) : 0;
    if (!(h >= 0 && h <= 24) || !(min >= 0 && min < 60)) return;
    // a bare "3点" needs a part of day or an explicit minute to be a time
    if (!m[2] && !m[4] && !m[5] && !m[1]) return;
    if (m[2] && /下午|晚上|晚间|傍晚|夜间|深夜/.test(m[2]) && h < 12) h += 12;
    const extra: Record<string, unknown> = { time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
    if (m[1]) extra.zone = 'local';
    const lead = m[0].length - m[0].trimStart().length;
    push(out, m.index + lead, m.index + m[0].length, undefined, 'time', extra);
  });
}

function viDates(t: string, ctx: DateContext, out: Candidate[]): void {
  const pub = ctx.published;
  if (/\d[/.-]\d/.test(t)) eachMatch(VI_DMY, t, (m) => {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = Number(m[3]);
    if (validYmd(y, mo, d)) push(out, m.index, m.index + m[0].length, dateValue({ y, m: mo, d }, false));
  });
  if (/tháng/i.test(t)) eachMatch(VI_WORDS_DATE, t, (m) => {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    if (m[3]) {
      const y = Number(m[3]);
      if (validYmd(y, mo, d)) push(out, m.index, m.index + m[0].length, dateValue({ y, m: mo, d }, false));
    } else push(out, m.index, m.index + m[0].length, placeMonthDay(mo, d, pub));
  });
  if (/tháng/i.test(t)) eachMatch(VI_MONTH_YEAR, t, (m) => {
    const mo = Number(m[1]);
    if (mo >= 1 && mo <= 12) push(out, m.index, m.index + m[0].length, { date: `${m[2]}-${String(mo).padStart(2, '0')}` });
  });
  if (/\d\/\d/.test(t)) eachMatch(VI_DM, t, (m) => {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) push(out, m.index, m.index + m[0].length, placeMonthDay(mo, d, pub));
  });
  if (/tháng/i.test(t)) eachMatch(VI_MONTH, t, (m) => {
    const mo = Number(m[1]);
    const rel = (m[2] ?? '').toLowerCase();
    const dy = rel === 'năm sau' || rel === 'năm tới' ? 1 : rel === 'năm ngoái' || rel === 'năm trước' ? -1 : 0;
    if (mo >= 1 && mo <= 12 && pub) push(out, m.index, m.index + m[0].length, rel ? { date: `${pub.y + dy}-${String(mo).padStart(2, '0')}`, relative: true } : { date: `${pub.y}-${String(mo).padStart(2, '0')}` });
  });
  if (/năm/i.test(t)) eachMatch(VI_YEAR, t, (m) => push(out, m.index, m.index + m[0].length, { date: m[1] }));
  if (/thứ|chủ/i.test(t)) eachMatch(VI_WEEKDAY, t, (m) => {
    const name = m[1].toLowerCase().replace(/\s+/g, ' ');
    const wd = name === 'chủ nhật' ? 0 : ['', '', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'].indexOf(name.slice(4)) - 1;
    push(out, m.index, m.index + m[0].length, pub && wd >= 0 ? dateValue(weekdayDate(pub, wd, shiftOf(m[2])), true) : undefined);
  });
  if (/hôm|ngày|tuần|tháng|năm/i.test(t)) eachMatch(VI_DAYWORD, t, (m) => {
    const w = m[1].toLowerCase();
    let v: DateValue | undefined;
    let extra: Record<string, unknown> | undefined;
    if (w === 'cùng ngày') {
      const a = anchorBefore(out, m.index, ctx);
      v = a ? dateValue(a.base, true) : undefined;
    } else if (pub) {
      if (w.includes('hôm qua')) v = dateValue(addDays(pub, -1), true);
      else if (w.includes('hôm nay')) v = dateValue(pub, true);
      else if (w === 'ngày mai') v = dateValue(addDays(pub, 1), true);
      else if (w === 'hôm kia') v = dateValue(addDays(pub, -2), true);
      else if (w.startsWith('tuần')) {
        v = dateValue(mondayOf(pub, shiftOf(w.slice(5))), true);
        extra = { granularity: 'week' };
      } else if (w.startsWith('tháng')) {
        const mm = addMonths(pub, shiftOf(w.slice(6)));
        v = { date: `${mm.y}-${String(mm.m).padStart(2, '0')}`, relative: true };
      } else {
        const dy = w === 'năm ngoái' ? -1 : w === 'năm nay' ? 0 : w === 'năm trước' ? -1 : 1;
        v = { date: String(pub.y + dy), relative: true };
      }
    }
    push(out, m.index, m.index + m[0].length, v, 'date', extra);
  });
  if (/sau|trước|nữa/i.test(t)) eachMatch(VI_OFFSET, t, (m) => {
    const n = parseViNumber(m[1]) ?? NaN;
    const sign = m[3].toLowerCase().startsWith('trước') ? -1 : 1;
    const a = sign > 0 ? anchorBefore(out, m.index, ctx) : pub ? { base: pub, relative: true } : null;
    const d = a ? relOffset(a.base, n, m[2], sign) : null;
    push(out, m.index, m.index + m[0].length, d ? dateValue(d, true) : undefined);
  });
}

function enDates(t: string, ctx: DateContext, out: Candidate[], script: Script): void {
  const pub = ctx.published;
  if (/\d-\d/.test(t)) eachMatch(ISO_DATE, t, (m) => {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (validYmd(y, mo, d)) push(out, m.index, m.index + m[0].length, dateValue({ y, m: mo, d }, false));
  });
  if (script === 'other') {
    if (/\d[/.-]\d/.test(t)) eachMatch(VI_DMY, t, (m) => {
      const d = Number(m[1]);
      const mo = Number(m[2]);
      const y = Number(m[3]);
      if (validYmd(y, mo, d)) push(out, m.index, m.index + m[0].length, dateValue({ y, m: mo, d }, false));
    });
  }
  const md = (mon: string, day: string, year: string | undefined, start: number, end: number): void => {
    const mo = MONTHS[mon.toLowerCase().replace('.', '')];
    const d = Number(day);
    if (!mo || d < 1 || d > 31) return;
    if (year) {
      const y = Number(year);
      if (validYmd(y, mo, d)) push(out, start, end, dateValue({ y, m: mo, d }, false));
    } else push(out, start, end, placeMonthDay(mo, d, pub));
  };
  if (MONTH_HINT.test(t)) eachMatch(EN_MDY, t, (m) => {
    if (m[1] === 'May' && !/^May\s+\d/.test(m[0])) return;
    md(m[1], m[2], m[3], m.index, m.index + m[0].length);
  });
  if (MONTH_HINT.test(t)) eachMatch(EN_DMY, t, (m) => md(m[2], m[1], m[3], m.index, m.index + m[0].length));
  if (MONTH_HINT.test(t)) eachMatch(EN_MY, t, (m) => {
    const mo = MONTHS[m[1].toLowerCase().replace('.', '')];
    if (mo) push(out, m.index, m.index + m[0].length, { date: `${m[2]}-${String(mo).padStart(2, '0')}` });
  });
  if (/\d{4}/.test(t)) eachMatch(EN_YEAR, t, (m) => {
    const off = m[0].lastIndexOf(m[1]);
    push(out, m.index + off, m.index + off + 4, { date: m[1] });
  });
  if (script !== 'en') return;
  if (/day\b/.test(t)) eachMatch(EN_WEEKDAY, t, (m) => {
    const wd = EN_WEEKDAYS.indexOf(m[2].toLowerCase());
    const shift = m[1] && m[1] !== 'on' ? shiftOf(m[1]) : 0;
    const start = m[1] && m[1] !== 'on' ? m.index : m.index + m[0].length - m[2].length;
    push(out, start, m.index + m[0].length, pub ? dateValue(weekdayDate(pub, wd, shift), true) : undefined);
  });
  if (/day|week|month|year|tomorrow/i.test(t)) eachMatch(EN_DAYWORD, t, (m) => {
    const w = m[1].toLowerCase();
    let v: DateValue | undefined;
    let extra: Record<string, unknown> | undefined;
    if (w === 'that day' || w === 'the same day') {
      const a = anchorBefore(out, m.index, ctx);
      v = a ? dateValue(a.base, true) : undefined;
    } else if (pub) {
      const delta: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, 'the day before yesterday': -2 };
      if (w in delta) v = dateValue(addDays(pub, delta[w]), true);
      else if (w.endsWith('week')) {
        v = dateValue(mondayOf(pub, shiftOf(w)), true);
        extra = { granularity: 'week' };
      } else if (w.endsWith('month')) {
        const mm = addMonths(pub, shiftOf(w));
        v = { date: `${mm.y}-${String(mm.m).padStart(2, '0')}`, relative: true };
      } else v = { date: String(pub.y + shiftOf(w)), relative: true };
    }
    push(out, m.index, m.index + m[0].length, v, 'date', extra);
  });
  if (/later|earlier|ago|after|before/i.test(t)) eachMatch(EN_OFFSET, t, (m) => {
    const n = m[1].toLowerCase() === 'a' ? 1 : parseEnNumber(m[1]) ?? NaN;
    const w = m[3].toLowerCase();
    const sign = w === 'ago' || w === 'earlier' || w === 'before' ? -1 : 1;
    const a = w === 'ago' ? (pub ? { base: pub, relative: true } : null) : anchorBefore(out, m.index, ctx);
    const d = a ? relOffset(a.base, n, m[2], sign) : null;
    push(out, m.index, m.index + m[0].length, d ? dateValue(d, true) : undefined);
  });
}

function clockTimes(t: string, script: Script, out: Candidate[]): void {
  if (/\d[:：h]\d/.test(t)) eachMatch(CLOCK, t, (m) => {
    let h = Number(m[1]);
    const min = Number(m[2]);
    if (m[3] && /p/i.test(m[3]) && h < 12) h += 12;
    if (m[3] && /a/i.test(m[3]) && h === 12) h = 0;
    push(out, m.index, m.index + m[0].length, undefined, 'time', { time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` });
  });
  if (script === 'en' || script === 'other') {
    if (/\d\s*[ap]\.?m/i.test(t)) eachMatch(EN_CLOCK, t, (m) => {
      let h = Number(m[1]);
      if (/p/i.test(m[3]) && h < 12) h += 12;
      if (/a/i.test(m[3]) && h === 12) h = 0;
      push(out, m.index, m.index + m[0].length, undefined, 'time', { time: `${String(h).padStart(2, '0')}:${m[2] ?? '00'}` });
    });
  }
  if (script === 'vi') {
    if (/giờ/i.test(t)) eachMatch(VI_CLOCK, t, (m) => {
      const lead = /^(?:\s*(?:lúc|vào lúc|vào))/i.exec(m[0]);
      if (!lead && !m[3]) return; // "4 giờ" alone is a duration
      let h = Number(m[1]);
      const min = m[2] ? Number(m[2]) : 0;
      if (h > 24 || min > 59) return;
      if (m[3] && /chiều|tối/i.test(m[3]) && h < 12) h += 12;
      const extra: Record<string, unknown> = { time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
      if (m[3]) extra.part = PART_VI[m[3].toLowerCase()];
      const ws = m[0].length - m[0].trimStart().length;
      push(out, m.index + ws, m.index + m[0].length, undefined, 'time', extra);
    });
  }
}

/** Date and time candidates of one statement. `s` is the statement (Simplified for Chinese). */
// Month names of other languages (Russian, Ukrainian, French, German, Spanish, Portuguese, Italian), genitive forms included.
const OTHER_MONTHS: Record<string, number> = {};
[
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
  'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
].forEach((row) => row.split(' ').forEach((w, i) => (OTHER_MONTHS[w] = i + 1)));
const OTHER_DMY = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(?:de\\s+)?(${Object.keys(OTHER_MONTHS).join('|')})(?:\\s+(?:de\\s+)?(\\d{4}))?(?![\\p{L}])`,
  'giu',
);
const KO_DATE = /(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})일/g;

function otherDates(t: string, ctx: DateContext, out: Candidate[]): void {
  if (/\d\.?\s+\p{L}/u.test(t))
    eachMatch(OTHER_DMY, t, (m) => {
      const mo = OTHER_MONTHS[m[2].toLowerCase()];
      const d = Number(m[1]);
      if (!mo || d < 1 || d > 31) return;
      if (m[3]) {
        const y = Number(m[3]);
        if (validYmd(y, mo, d)) push(out, m.index, m.index + m[0].length, dateValue({ y, m: mo, d }, false));
      } else push(out, m.index, m.index + m[0].length, placeMonthDay(mo, d, ctx.published));
    });
  if (/월/.test(t))
    eachMatch(KO_DATE, t, (m) => {
      const mo = Number(m[2]);
      const d = Number(m[3]);
      if (m[1]) {
        const y = Number(m[1]);
        if (validYmd(y, mo, d)) push(out, m.index, m.index + m[0].length, dateValue({ y, m: mo, d }, false));
      } else if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) push(out, m.index, m.index + m[0].length, placeMonthDay(mo, d, ctx.published));
    });
}

export function extractDates(s: string, script: Script, ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  if (script === 'zh') {
    zhDates(s, ctx, out);
    zhTimes(s, ctx, out);
  } else if (script === 'vi') {
    viDates(s, ctx, out);
    enDates(s, ctx, out, 'other');
  } else {
    enDates(s, ctx, out, script);
    if (script === 'other') otherDates(s, ctx, out);
  }
  clockTimes(s, script, out);
  return out;
}

/** True for a date value that is a full ISO day. */
export function fullDay(v: DateValue | undefined): Ymd | null {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v.date)) return null;
  const [y, m, d] = v.date.split('-').map(Number);
  return { y, m, d };
}
