// Chinese dates and times (matched on Simplified text; the Traditional pack converts first): 2025年2月27日 · 2月27日 ·
// 27日 · 2024年10月 · 周二 / 上周二 · 本周 / 这个星期 / 上周 (spans) · 昨天 · 本月 · 去年3月 · 六天后 · 27日晚 · 下午3点.
import type { DateValue } from '../../model';
import type { CalendarUnit, DateRules } from '../pack/dates';
import {
  addDays, anchorBefore, dateValue, eachMatch, isoOf, monthSpan, placeDay, placeMonthDay, pushDate, relOffset, validYmd,
  weekSpan, weekdayDate, yearSpan, type Candidate, type DateContext,
} from '../../facts/common';
import { parseZhNumber, ZH_NUM } from './numbers';

const SMALL = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
const YEAR = '[0-9]{4}|[〇零一二三四五六七八九]{4}';

const FULL = new RegExp(`(${YEAR})\\s*年\\s*(${SMALL})\\s*月\\s*(${SMALL})\\s*[日号]`, 'g');
const YM = new RegExp(`(${YEAR})\\s*年\\s*(${SMALL})\\s*月(?!\\s*(?:${SMALL})\\s*[日号])`, 'g');
const MD = new RegExp(`(?<![0-9年])(${SMALL})\\s*月\\s*(${SMALL})\\s*[日号]`, 'g');
const D = new RegExp(`(?<![0-9０-９月年一二三四五六七八九十百千第周])(${SMALL})\\s*[日号](?![本语文元报军])`, 'g');
const Y = /(?<![0-9])([12][0-9]{3})\s*年(?![0-9]{1,2}\s*月)(?:初|底|中|末)?/g;
const WEEKDAY = /(上|下|本|这|这个|上个|下个)?(?:周|星期|礼拜)([一二三四五六日天])/g;
const WEEK = /(上|下|本|这|这个|上个|下个)(?:周|星期|礼拜)(?![一二三四五六日天])/g;
const DAYWORD = /(前天|昨天|昨日|今天|今日|明天|明日|后天|当天|当日|同日|同一天|去年|今年|明年|上个月|上月|本月初|本月早些时候|本月|这个月|下个月|下月)/g;
const REL_YM = new RegExp(`(去年|今年|明年)\\s*(${SMALL})\\s*月(?:\\s*(${SMALL})\\s*[日号])?`, 'g');
const OFFSET = new RegExp(`(${ZH_NUM}|[数几])\\s*(?:个)?\\s*(天|日|周|星期|个月|月|年)\\s*(后|前|以后|之后|以前|之前)`, 'g');
const ZONE = '当地时间|北京时间|莫斯科时间|美国东部时间|华盛顿时间';
const CLOCK = new RegExp(`(${ZONE})?\\s*(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|深夜)?\\s*(${SMALL})\\s*[点时](?!间|期|候|代)(?:\\s*(${SMALL})\\s*分|(半))?`, 'g');
const PART = new RegExp(`(${ZONE})?\\s*((?:${SMALL})\\s*月\\s*)?(${SMALL})\\s*[日号]\\s*(凌晨|早上|早晨|早|上午|中午|下午|傍晚|晚上|晚间|晚|夜间|深夜|夜)`, 'g');
const PART_OF_DAY: Record<string, string> = {
  凌晨: 'night', 早上: 'morning', 早晨: 'morning', 早: 'morning', 上午: 'morning', 中午: 'noon', 下午: 'afternoon',
  傍晚: 'evening', 晚上: 'evening', 晚间: 'evening', 晚: 'evening', 夜间: 'night', 深夜: 'night', 夜: 'night',
};
const UNIT: Record<string, CalendarUnit> = { 天: 'day', 日: 'day', 周: 'week', 星期: 'week', 个月: 'month', 月: 'month', 年: 'year' };

function small(s: string): number {
  return parseZhNumber(s) ?? NaN;
}

function shiftOf(word: string | undefined): number {
  if (!word) return 0;
  if (word.startsWith('上')) return -1;
  if (word.startsWith('下')) return 1;
  return 0;
}

function chineseDates(s: string, ctx: DateContext, out: Candidate[]): void {
  const pub = ctx.published;
  const at = (m: RegExpExecArray, v: DateValue | undefined): void => pushDate(out, m.index, m.index + m[0].length, v);
  if (/年/.test(s)) eachMatch(FULL, s, (m) => {
    const y = parseZhNumber(m[1]) ?? NaN;
    const mo = small(m[2]);
    const d = small(m[3]);
    if (validYmd(y, mo, d)) at(m, dateValue({ y, m: mo, d }, false));
  });
  if (/年/.test(s)) eachMatch(YM, s, (m) => {
    const y = parseZhNumber(m[1]) ?? NaN;
    const mo = small(m[2]);
    if (y > 1000 && mo >= 1 && mo <= 12) at(m, { date: `${y}-${String(mo).padStart(2, '0')}` });
  });
  if (/月/.test(s)) eachMatch(MD, s, (m) => {
    const mo = small(m[1]);
    const d = small(m[2]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) at(m, placeMonthDay(mo, d, pub, ctx.settings));
  });
  if (/[日号]/.test(s)) eachMatch(D, s, (m) => {
    const d = small(m[1]);
    if (d >= 1 && d <= 31) at(m, placeDay(d, pub, ctx.settings));
  });
  if (/年/.test(s)) eachMatch(Y, s, (m) => at(m, { date: m[1] }));
  if (/周|星期|礼拜/.test(s)) eachMatch(WEEKDAY, s, (m) => {
    const wd = '日一二三四五六天'.indexOf(m[2]) % 7;
    at(m, pub ? dateValue(weekdayDate(pub, wd, shiftOf(m[1])), true) : undefined);
  });
  // 本周 / 这个星期 / 上周: the whole calendar week, so that 27日 inside it agrees
  if (/周|星期|礼拜/.test(s)) eachMatch(WEEK, s, (m) => at(m, pub ? weekSpan(pub, shiftOf(m[1])) : undefined));
  if (/[天日年月]/.test(s)) eachMatch(DAYWORD, s, (m) => {
    const w = m[1];
    let v: DateValue | undefined;
    if (w === '当天' || w === '当日' || w === '同日' || w === '同一天') {
      const a = anchorBefore(out, m.index, ctx);
      v = a ? dateValue(a.base, true) : undefined;
    } else if (pub) {
      const delta: Record<string, number> = { 前天: -2, 昨天: -1, 昨日: -1, 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2 };
      if (w in delta) v = dateValue(addDays(pub, delta[w]), true);
      else if (w.endsWith('年')) v = yearSpan(pub, w === '去年' ? -1 : w === '明年' ? 1 : 0);
      else if (w === '本月初' || w === '本月早些时候') v = monthSpan(pub, 0, true);
      else v = monthSpan(pub, shiftOf(w));
    }
    at(m, v);
  });
  if (/[去今明]年/.test(s)) eachMatch(REL_YM, s, (m) => {
    if (!pub) return at(m, undefined);
    const y = pub.y + (m[1] === '去年' ? -1 : m[1] === '明年' ? 1 : 0);
    const mo = small(m[2]);
    if (!(mo >= 1 && mo <= 12)) return;
    const d = m[3] ? small(m[3]) : NaN;
    at(m, { date: m[3] && validYmd(y, mo, d) ? isoOf({ y, m: mo, d }) : `${y}-${String(mo).padStart(2, '0')}`, relative: true });
  });
  if (/[后前]/.test(s)) eachMatch(OFFSET, s, (m) => {
    const n = m[1] === '数' || m[1] === '几' ? NaN : parseZhNumber(m[1]) ?? NaN;
    const sign = m[3].endsWith('后') ? 1 : -1;
    // 六天后 counts from a date in the sentence; 两年前 from publication
    const a = sign > 0 ? anchorBefore(out, m.index, ctx) : pub ? { base: pub, relative: true } : null;
    const d = a ? relOffset(a.base, n, UNIT[m[2]], sign) : null;
    at(m, d ? dateValue(d, true) : undefined);
  });
  chineseTimes(s, ctx, out);
}

function chineseTimes(s: string, ctx: DateContext, out: Candidate[]): void {
  if (/[日号]/.test(s)) eachMatch(PART, s, (m) => {
    const d = small(m[3]);
    const v = m[2] ? placeMonthDay(small(m[2].replace(/\s*月\s*/, '')), d, ctx.published, ctx.settings) : placeDay(d, ctx.published, ctx.settings);
    const extra: Record<string, unknown> = { part: PART_OF_DAY[m[4]] };
    if (m[1]) extra.zone = 'local';
    pushDate(out, m.index + (m[0].length - m[0].trimStart().length), m.index + m[0].length, v, 'time', extra);
  });
  if (/[点时]/.test(s)) eachMatch(CLOCK, s, (m) => {
    let h = small(m[3]);
    const min = m[5] ? 30 : m[4] ? small(m[4]) : 0;
    if (!(h >= 0 && h <= 24) || !(min >= 0 && min < 60)) return;
    // a bare "3点" needs a part of day or an explicit minute to be a time
    if (!m[2] && !m[4] && !m[5] && !m[1]) return;
    if (m[2] && /下午|晚上|晚间|傍晚|夜间|深夜/.test(m[2]) && h < 12) h += 12;
    const extra: Record<string, unknown> = { time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
    if (m[1]) extra.zone = 'local';
    const lead = m[0].length - m[0].trimStart().length;
    pushDate(out, m.index + lead, m.index + m[0].length, undefined, 'time', extra);
  });
}

export const dates: DateRules = { extract: chineseDates };
