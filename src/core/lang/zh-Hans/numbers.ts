// Chinese numbers (Simplified; the Traditional pack reuses them, its text converted or its variants listed):
// 两, 十二, 三千五百, 1.5万, 一亿五千万, 二〇二五, 三点五, and the similarity tokens of a Chinese text.
import { emitValue, normalizeDigits, parseDigits, rangeUnit, unitAfter, type NumberRules } from '../pack/numbers';

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Character class (for regexes) of Chinese numeral characters. */
export const ZH_NUM_CHARS = '零〇一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟';
/** Regex source for a Chinese-context number: Arabic (with , and .) or Chinese numerals, optional 万/亿 suffix. */
export const ZH_NUM = `(?:[0-9０-９]+(?:[.,．][0-9０-９]+)*(?:[十百千万萬亿億]+(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[十百千万萬亿億]*)*)?|[${ZH_NUM_CHARS}]+)`;

/** Parses Chinese numerals, Arabic numerals and mixes (1.5万, 3千, 二〇二五, 十二, 三千五百, 两, 三点五). */
export function parseZhNumber(raw: string): number | null {
  const s = normalizeDigits(raw.trim());
  if (!s) return null;
  if (/^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?$/.test(s)) return parseDigits(s, { decimal: '.' });
  const dot = s.search(/[点點]/);
  if (dot > 0) {
    const int = parseZhNumber(s.slice(0, dot));
    let f = '';
    for (const ch of s.slice(dot + 1)) {
      if (!(ch in DIGIT)) return null;
      f += String(DIGIT[ch]);
    }
    return int === null || !f ? null : Number(`${int}.${f}`);
  }
  // digit-by-digit years: 二〇二五
  if (/^[〇零一二三四五六七八九]{3,}$/.test(s)) {
    let v = 0;
    for (const c of s) v = v * 10 + DIGIT[c];
    return v;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastBig = Infinity;
  let any = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c >= '0' && c <= '9') {
      // an Arabic run acts as one digit: 1.5万, 3千5百万
      const run = /^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?/.exec(s.slice(i))![0];
      digit = Number(run.replace(/,/g, ''));
      i += run.length - 1;
      any = true;
    } else if (c in DIGIT) {
      digit = DIGIT[c];
      any = true;
    } else if (SMALL[c]) {
      section += (digit < 0 ? 1 : digit) * SMALL[c];
      digit = -1;
      any = true;
    } else if (BIG[c]) {
      const part = section + (digit < 0 ? 0 : digit);
      // 一亿五千万: a smaller scale after a larger one is a new group; 万亿: a larger one multiplies all before it
      if (lastBig === Infinity) total = (total + (part || 1)) * BIG[c];
      else if (BIG[c] > lastBig) total = (total + part) * BIG[c];
      else total += (part || 1) * BIG[c];
      lastBig = BIG[c];
      section = 0;
      digit = -1;
      any = true;
    } else return null;
  }
  if (!any) return null;
  return total + section + (digit < 0 ? 0 : digit);
}

// ---------------------------------------------------------------- similarity tokens

const UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const UNIT_ZH: [RegExp, string][] = [
  [/^(?:个|個)?(?:半)?(?:小时|小時|钟头|鐘頭)/, 'h'],
  [/^(?:分钟|分鐘)/, 'min'],
  [/^(?:天|日(?![本报報])|昼夜)/, 'd'],
  [/^(?:周|週|星期)(?![一二三四五六日天末])/, 'wk'],
  [/^(?:个|個)?月/, 'mo'],
  [/^年/, 'y'],
  [/^(?:岁|歲)/, 'age'],
  [/^(?:人|名|位)/, 'ppl'],
  [/^次/, 'x'],
];
const RANGE_ZH = /^\s*(?:到|至|[-－~～—])\s*(?:\d+(?:[.,]\d+)?|[零〇一二两兩三四五六七八九十百千]+)/;
const TOK_NUM = '(?:\\d+(?:[.,]\\d+)*|[零〇一二两兩三四五六七八九十百千万萬亿億]+(?:[点點][零一二三四五六七八九]+)?)';
const DATE_RE = new RegExp(`(${TOK_NUM})月(${TOK_NUM})[日号號]`, 'g');
const MONTH_RE = new RegExp(`(${TOK_NUM})月(?![\\d零一二两三四五六七八九十])`, 'g');
const NUMBER_RE = new RegExp(`(${TOK_NUM})([万萬亿億千百])?(多|余|餘)?`, 'g');
const HAS_NUM = /[0-9０-９零〇一二两兩三四五六七八九十百千万萬亿億]/;

function tokenValue(raw: string): number | null {
  return /\d/.test(raw) ? parseDigits(raw, { decimal: '.' }) : parseZhNumber(raw);
}

function zhTokens(text: string, out: string[]): void {
  if (!HAS_NUM.test(text) && !/(?:星期|礼拜|禮拜|周|週)[日天]/.test(text)) return;
  const s = normalizeDigits(text);
  // dates: 2月27日, 二月二十七日
  for (const m of s.matchAll(DATE_RE)) {
    const mo = tokenValue(m[1]);
    const d = tokenValue(m[2]);
    if (mo && d && mo <= 12 && d <= 31) out.push(`d${mo}-${d}`, `m${mo}`);
  }
  for (const m of s.matchAll(MONTH_RE)) {
    const mo = tokenValue(m[1]);
    if (mo && mo <= 12) out.push(`m${mo}`);
  }
  for (const m of s.matchAll(/(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])/g)) {
    const n = '一二三四五六日天'.indexOf(m[1]) + 1;
    out.push(`wd${Math.min(n, 7)}`);
  }
  for (const m of s.matchAll(NUMBER_RE)) {
    const raw = m[1];
    const idx = m.index ?? 0;
    const arabic = /\d/.test(raw);
    let v = tokenValue(raw);
    if (v === null || Number.isNaN(v)) continue;
    if (m[2]) v *= BIG[m[2]] ?? UNIT[m[2]] ?? 1;
    const rest = s.slice(idx + m[0].length, idx + m[0].length + 40);
    const before = s.slice(Math.max(0, idx - 3), idx);
    if (/^[月][\d零一二两三四五六七八九十]/.test(rest) || /^[日号號]/.test(rest)) continue; // part of a date
    if (/月$/.test(before) && /^[日号號]/.test(rest)) continue;
    if (/[复復]$/.test(before) && raw === '一') continue; // 年复一年, 日复一日: "year after year", not a count
    const pct = /百分之$/.test(before) || /^\s*[%％]/.test(rest);
    let unit = unitAfter(rest, UNIT_ZH) || rangeUnit(rest, RANGE_ZH, UNIT_ZH);
    if (/^(?:个|個)?半/.test(rest)) v += 0.5;
    if (!arabic && !m[2]) {
      // a lone 一 / 二 inside ordinary words (一些, 统一) is not a count: require a unit, a classifier or a longer numeral
      const classifier = /^(?:个|個|名|位|架|艘|枚|家|项|項|条|條|种|種|倍|起|辆|輛|座|所|批|轮|輪|场|場|届|屆|份|件|国|國|方)/.test(rest);
      if (!unit && !classifier && !pct && [...raw].length < 2) continue;
      if (raw === '一' && !unit && !pct) continue;
    }
    if (unit === 'y' && v < 1000 && /^年/.test(rest) && /\d/.test(raw) && v > 31) unit = '';
    emitValue(out, v, unit, pct);
  }
}

export const numbers: NumberRules = { pattern: ZH_NUM, parse: parseZhNumber, tokens: zhTokens };
