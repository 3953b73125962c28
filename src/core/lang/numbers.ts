// Numbers, dates, weekdays and durations normalized across Chinese, Vietnamese and English, as plain
// string tokens: "4.5", "4.5h", "d2-27" (27 Feb), "m2" (February), "wd2" (Tuesday), "5%".

const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Value of a Chinese numeral (一百二十三, 两万五千, 十五, 三点五); null when not a numeral. */
export function parseChineseNumber(s: string): number | null {
  let intPart = s;
  let frac = '';
  const dot = s.search(/[点點]/);
  if (dot >= 0) {
    intPart = s.slice(0, dot);
    frac = s.slice(dot + 1);
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  let seen = false;
  for (const ch of intPart) {
    if (ch in ZH_DIGIT) {
      digit = ZH_DIGIT[ch];
      seen = true;
    } else if (ch in ZH_UNIT) {
      section += (digit < 0 ? 1 : digit) * ZH_UNIT[ch];
      digit = -1;
      seen = true;
    } else if (ch in ZH_BIG) {
      if (digit >= 0) section += digit;
      total += (section || 1) * ZH_BIG[ch];
      section = 0;
      digit = -1;
      seen = true;
    } else if (/[0-9]/.test(ch)) {
      return null;
    } else return null;
  }
  if (!seen) return null;
  if (digit >= 0) section += digit;
  let v = total + section;
  if (frac) {
    let f = '';
    for (const ch of frac) {
      if (!(ch in ZH_DIGIT)) return null;
      f += String(ZH_DIGIT[ch]);
    }
    v = Number(`${v}.${f}`);
  }
  return v;
}

function fmt(v: number): string {
  if (!Number.isFinite(v)) return '';
  return String(Math.round(v * 1000) / 1000);
}

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_MONTH_RE = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const EN_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function enMonth(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return EN_MONTHS.findIndex((m) => m.startsWith(w)) + 1;
}

const EN_NUM: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const EN_MULT: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const VI_NUM: Record<string, number> = {
  một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10,
};
const VI_MULT: Record<string, number> = { mươi: 10, trăm: 100, nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

// Units after a number: canonical suffix.
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
const UNIT_VI: [RegExp, string][] = [
  [/^(?:tiếng|giờ)/u, 'h'],
  [/^phút/u, 'min'],
  [/^(?:ngày|hôm)/u, 'd'],
  [/^tuần/u, 'wk'],
  [/^tháng/u, 'mo'],
  [/^năm/u, 'y'],
  [/^tuổi/u, 'age'],
  [/^người/u, 'ppl'],
  [/^lần/u, 'x'],
];
const UNIT_EN: [RegExp, string][] = [
  [/^(?:hours?|hrs?)\b/i, 'h'],
  [/^(?:minutes?|mins?)\b/i, 'min'],
  [/^days?\b/i, 'd'],
  [/^weeks?\b/i, 'wk'],
  [/^months?\b/i, 'mo'],
  [/^years?\b/i, 'y'],
  [/^years? old\b/i, 'age'],
  [/^(?:people|persons|residents|civilians|soldiers|men|women|children)\b/i, 'ppl'],
  [/^times\b/i, 'x'],
];

function unitAfter(rest: string, table: [RegExp, string][]): string {
  const r = rest.replace(/^[\s-]+/, '');
  for (const [re, u] of table) if (re.test(r)) return u;
  return '';
}

// "5 to 6 hours", "五到六个小时", "5-6 giờ": the first number of a range takes the unit after the second.
const RANGE_ZH = /^\s*(?:到|至|[-－~～—])\s*(?:\d+(?:[.,]\d+)?|[零〇一二两兩三四五六七八九十百千]+)/;
const RANGE_VI = /^\s*(?:-|–|đến|tới|hoặc)\s*(?:\d+(?:[.,]\d+)?|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?![\d\p{L}])/u;
const RANGE_EN = /^\s*(?:-|–|to|or)\s*(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

function rangeUnit(rest: string, range: RegExp, table: [RegExp, string][]): string {
  const m = range.exec(rest);
  return m ? unitAfter(rest.slice(m[0].length), table) : '';
}

function emitValue(out: string[], v: number, unit: string, pct: boolean): void {
  const s = fmt(v);
  if (!s) return;
  if (pct) {
    out.push(`${s}%`);
    return;
  }
  out.push(s);
  if (unit === 'y' && v >= 1000) return; // a calendar year, not a duration
  if (unit) out.push(`${s}${unit}`);
}

function parseArabic(raw: string, lang: string): number {
  if (lang === 'vi') {
    // Vietnamese: dots group thousands, comma is the decimal mark.
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(raw)) return Number(raw.replace(/\./g, '').replace(',', '.'));
    if (/^\d+,\d+$/.test(raw)) return Number(raw.replace(',', '.'));
    return Number(raw.replace(/,/g, ''));
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  return Number(raw.replace(/,/g, '.'));
}

const ZH_NUM = '(?:\\d+(?:[.,]\\d+)*|[零〇一二两兩三四五六七八九十百千万萬亿億]+(?:[点點][零一二三四五六七八九]+)?)';
const ZH_DATE_RE = new RegExp(`(${ZH_NUM})月(${ZH_NUM})[日号號]`, 'g');
const ZH_MONTH_RE = new RegExp(`(${ZH_NUM})月(?![\\d零一二两三四五六七八九十])`, 'g');
const ZH_NUMBER_RE = new RegExp(`(${ZH_NUM})([万萬亿億千百])?(多|余|餘)?`, 'g');
const ZH_HAS_NUM = /[0-9０-９零〇一二两兩三四五六七八九十百千万萬亿億]/;

function zhTokens(text: string, out: string[]): void {
  if (!ZH_HAS_NUM.test(text) && !/(?:星期|礼拜|禮拜|周|週)[日天]/.test(text)) return;
  const s = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // dates: 2月27日, 二月二十七日
  for (const m of s.matchAll(ZH_DATE_RE)) {
    const mo = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumber(m[1]);
    const d = /\d/.test(m[2]) ? Number(m[2]) : parseChineseNumber(m[2]);
    if (mo && d && mo <= 12 && d <= 31) out.push(`d${mo}-${d}`, `m${mo}`);
  }
  for (const m of s.matchAll(ZH_MONTH_RE)) {
    const mo = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumber(m[1]);
    if (mo && mo <= 12) out.push(`m${mo}`);
  }
  for (const m of s.matchAll(/(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])/g)) {
    const n = '一二三四五六日天'.indexOf(m[1]) + 1;
    out.push(`wd${Math.min(n, 7)}`);
  }
  for (const m of s.matchAll(ZH_NUMBER_RE)) {
    const raw = m[1];
    const idx = m.index ?? 0;
    let v: number | null;
    const arabic = /\d/.test(raw);
    if (arabic) v = parseArabic(raw, 'zh');
    else v = parseChineseNumber(raw);
    if (v === null || Number.isNaN(v)) continue;
    if (m[2]) v *= ZH_BIG[m[2]] ?? ZH_UNIT[m[2]] ?? 1;
    const rest = s.slice(idx + m[0].length, idx + m[0].length + 40);
    const before = s.slice(Math.max(0, idx - 3), idx);
    if (/^[月][\d零一二两三四五六七八九十]/.test(rest) || /^[日号號]/.test(rest)) continue; // part of a date
    if (/月$/.test(before) && /^[日号號]/.test(rest)) continue;
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

function viTokens(text: string, out: string[]): void {
  const s = text.toLowerCase();
  for (const m of s.matchAll(/ngày\s+(\d{1,2})\s*(?:\/|-|tháng\s+)(\d{1,2})\b/gu)) out.push(`d${Number(m[2])}-${Number(m[1])}`, `m${Number(m[2])}`);
  for (const m of s.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/gu)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    if (d <= 31 && mo >= 1 && mo <= 12) out.push(`d${mo}-${d}`, `m${mo}`);
    if (m[3]) out.push(String(Number(m[3])));
  }
  for (const m of s.matchAll(/tháng\s+(\d{1,2}|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?|giêng|chạp)\b/gu)) {
    const w = m[1];
    let mo = /\d/.test(w) ? Number(w) : (VI_NUM[w] ?? 0);
    if (w === 'giêng') mo = 1;
    else if (w === 'chạp') mo = 12;
    else if (w.startsWith('mười ')) mo = 10 + (VI_NUM[w.slice(5).trim()] ?? 0);
    if (mo >= 1 && mo <= 12) out.push(`m${mo}`);
  }
  for (const m of s.matchAll(/thứ\s+(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)\b|chủ\s+nhật/gu)) {
    if (!m[1]) out.push('wd7');
    else out.push(`wd${(/\d/.test(m[1]) ? Number(m[1]) : VI_NUM[m[1]] === 4 ? 4 : VI_NUM[m[1]]) - 1}`);
  }
  // arabic numerals with optional multiplier
  for (const m of s.matchAll(/(?<![\d/])(\d+(?:[.,]\d+)*)(?![\d/])\s*(triệu|tỷ|tỉ|nghìn|ngàn)?/gu)) {
    let v = parseArabic(m[1], 'vi');
    if (Number.isNaN(v)) continue;
    if (m[2]) v *= VI_MULT[m[2]];
    const idx = m.index ?? 0;
    const before = s.slice(Math.max(0, idx - 8), idx);
    if (/(?:ngày|tháng)\s*$/u.test(before) && !m[2]) continue; // date parts are in the date token
    const rest = s.slice(idx + m[0].length, idx + m[0].length + 40);
    const pct = /^\s*(?:%|phần trăm)/u.test(rest);
    let unit = unitAfter(rest, UNIT_VI) || rangeUnit(rest, RANGE_VI, UNIT_VI);
    if (unit === 'h' && /^\s*(?:tiếng|giờ)\s+rưỡi/u.test(rest)) v += 0.5;
    if (/^\s*rưỡi/u.test(rest)) v += 0.5;
    if (unit === 'y' && v > 31) unit = '';
    emitValue(out, v, unit, pct);
  }
  // number words followed by a unit or with a multiplier
  const words = s.split(/[^\p{L}\d]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    if (!(words[i] in VI_NUM) || (i > 0 && (words[i - 1] in VI_NUM || words[i - 1] in VI_MULT))) continue;
    let total = 0;
    let cur = 0;
    let j = i;
    let hasMult = false;
    for (; j < words.length && j < i + 8; j++) {
      const w = words[j];
      if (w in VI_NUM) cur = w === 'mười' ? cur + 10 : cur + VI_NUM[w];
      else if (w === 'mươi') cur = cur * 10;
      else if (w === 'trăm') cur = cur * 100;
      else if (w in VI_MULT) {
        total += (cur || 1) * VI_MULT[w];
        cur = 0;
        hasMult = true;
      } else if (w === 'linh' || w === 'lẻ') continue;
      else break;
    }
    if (j === i) continue;
    let v = total + cur;
    const rest = words.slice(j, j + 6).join(' ');
    if (/^\d/.test(rest)) continue; // "năm 2019"
    let unit = unitAfter(rest, UNIT_VI) || rangeUnit(rest, RANGE_VI, UNIT_VI);
    if (/^rưỡi/u.test(rest) || /^(?:tiếng|giờ) rưỡi/u.test(rest)) v += 0.5;
    if (words[i - 1] === 'tháng' || words[i - 1] === 'thứ') continue;
    if (!unit && !hasMult && j - i < 2) continue;
    if (unit === 'y' && v > 31) unit = '';
    emitValue(out, v, unit, /^phần trăm/u.test(rest));
  }
}

const EN_DATE1 = new RegExp(`\\b(${EN_MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gi');
const EN_DATE2 = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_MONTH_RE})\\b`, 'gi');
const EN_AFTER_MONTH = new RegExp(`(?:${EN_MONTH_RE})\\.?\\s+$`);
const EN_BEFORE_MONTH = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${EN_MONTH_RE})\\b`);

function enTokens(text: string, out: string[]): void {
  const s = text;
  for (const m of s.matchAll(EN_DATE1)) out.push(`d${enMonth(m[1])}-${Number(m[2])}`);
  for (const m of s.matchAll(EN_DATE2)) out.push(`d${enMonth(m[2])}-${Number(m[1])}`);
  for (const m of s.matchAll(/\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi)) {
    if (m[1] === 'may' || (m[1] === 'May' && /^\s+(?:be|not|have|also)\b/.test(s.slice((m.index ?? 0) + 3)))) continue;
    out.push(`m${enMonth(m[1])}`);
  }
  for (const m of s.matchAll(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/gi)) out.push(`wd${EN_WEEKDAYS.indexOf(m[1].toLowerCase()) + 1}`);
  const lower = s.toLowerCase();
  for (const m of lower.matchAll(/(?<![\d.,])(\d+(?:[.,]\d+)*)(?![\d])\s*(million|billion|thousand|trillion|bn|m\b)?/g)) {
    let v = parseArabic(m[1], 'en');
    if (Number.isNaN(v)) continue;
    if (m[2]) v *= m[2] === 'bn' ? 1e9 : m[2] === 'm' ? 1e6 : EN_MULT[m[2]];
    const idx = m.index ?? 0;
    const rest = lower.slice(idx + m[0].length, idx + m[0].length + 40);
    const before = lower.slice(Math.max(0, idx - 12), idx);
    if (EN_AFTER_MONTH.test(before) && v <= 31 && !m[2]) continue;
    if (EN_BEFORE_MONTH.test(rest) && v <= 31) continue;
    const pct = /^\s*(?:%|per\s?cent)/.test(rest);
    let unit = unitAfter(rest.replace(/^-/, ''), UNIT_EN) || rangeUnit(rest, RANGE_EN, UNIT_EN);
    if (/^\s*and a half\b/.test(rest)) v += 0.5;
    if (unit === 'y' && v > 200) unit = '';
    emitValue(out, v, unit, pct);
  }
  const words = lower.split(/[^a-z\d%]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w0 = words[i];
    if (!(w0 in EN_NUM) && w0 !== 'half') continue;
    if (i > 0 && (words[i - 1] in EN_NUM || words[i - 1] in EN_MULT)) continue;
    let total = 0;
    let cur = 0;
    let j = i;
    for (; j < words.length && j < i + 8; j++) {
      const w = words[j];
      if (w in EN_NUM) cur += EN_NUM[w];
      else if (w === 'hundred') cur = (cur || 1) * 100;
      else if (w in EN_MULT) {
        total += (cur || 1) * EN_MULT[w];
        cur = 0;
      } else if (w === 'and' && j > i && words[j + 1] in EN_NUM) continue;
      else break;
    }
    if (w0 === 'half') {
      if (words[i + 1] === 'an' && words[i + 2] === 'hour') out.push('0.5', '0.5h');
      continue;
    }
    let v = total + cur;
    const rest = words.slice(j, j + 6).join(' ');
    if (/^and a half\b/.test(rest)) v += 0.5;
    let unit = unitAfter(rest.replace(/^and a half /, ''), UNIT_EN) || rangeUnit(rest, RANGE_EN, UNIT_EN);
    if (w0 === 'one' && j === i + 1 && !unit) continue;
    if (unit === 'y' && v > 200) unit = '';
    emitValue(out, v, unit, /^(?:percent|per cent)\b/.test(rest));
  }
}

function genericTokens(text: string, out: string[]): void {
  for (const m of text.matchAll(/(?<![\d])(\d+(?:[.,]\d+)*)(?![\d])/g)) {
    const v = parseArabic(m[1], 'en');
    if (!Number.isNaN(v)) out.push(fmt(v));
  }
}

/** Normalized number / date / duration tokens of a text in a language ('zh-*', 'vi', 'en', other). */
export function numberTokens(text: string, lang: string): string[] {
  const out: string[] = [];
  // clock times (19:00, 11:45:03) are mostly page timestamps: not counts
  text = text.replace(/(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/g, ' ');
  if (lang.startsWith('zh')) {
    zhTokens(text, out);
  } else if (lang === 'vi') {
    viTokens(text, out);
  } else if (lang === 'en') {
    enTokens(text, out);
  } else {
    genericTokens(text, out);
  }
  return out;
}
