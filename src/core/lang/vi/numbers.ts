// Vietnamese numbers: digits with "." grouping and "," decimals (3.000, 1,5), words (ba mươi, hai mươi lăm,
// một trăm linh năm, 5 triệu, 1,5 tỷ), and the similarity tokens of a Vietnamese text.
import { emitValue, parseDigits, parseWords, rangeUnit, unitAfter, type NumberRules, type NumberWords } from '../pack/numbers';

export const VI_WORDS: NumberWords = {
  units: { không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10 },
  multipliers: { mươi: 10, chục: 10, trăm: 100 },
  scales: { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 },
  fillers: ['linh', 'lẻ'],
  halfAfter: /\s*rưỡi$/,
  digits: { decimal: ',' },
};

const WORDS = ['không', 'một', 'mốt', 'hai', 'ba', 'bốn', 'tư', 'năm', 'lăm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười', 'mươi', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'linh', 'lẻ', 'chục'];
/** Regex source for a Vietnamese number: digits or a run of number words. */
export const VI_NUM = `(?:[0-9]+(?:[.,][0-9]+)*(?:\\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))?|(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm)(?:\\s+(?:${WORDS.join('|')}))*)`;

/** Parses Vietnamese numbers: "ba mươi", "hai mươi lăm", "một trăm linh năm", "5 triệu", "1,5 tỷ", "3.000". */
export function parseViNumber(raw: string): number | null {
  return parseWords(raw, VI_WORDS);
}

// ---------------------------------------------------------------- similarity tokens

const TOKEN_UNITS: Record<string, number> = {
  một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10,
};
const MULT: Record<string, number> = { mươi: 10, trăm: 100, nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
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
const RANGE_VI = /^\s*(?:-|–|đến|tới|hoặc)\s*(?:\d+(?:[.,]\d+)?|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?![\d\p{L}])/u;

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
    let mo = /\d/.test(w) ? Number(w) : (TOKEN_UNITS[w] ?? 0);
    if (w === 'giêng') mo = 1;
    else if (w === 'chạp') mo = 12;
    else if (w.startsWith('mười ')) mo = 10 + (TOKEN_UNITS[w.slice(5).trim()] ?? 0);
    if (mo >= 1 && mo <= 12) out.push(`m${mo}`);
  }
  for (const m of s.matchAll(/thứ\s+(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)\b|chủ\s+nhật/gu)) {
    if (!m[1]) out.push('wd7');
    else out.push(`wd${(/\d/.test(m[1]) ? Number(m[1]) : TOKEN_UNITS[m[1]]) - 1}`);
  }
  // arabic numerals with optional multiplier
  for (const m of s.matchAll(/(?<![\d/])(\d+(?:[.,]\d+)*)(?![\d/])\s*(triệu|tỷ|tỉ|nghìn|ngàn)?/gu)) {
    let v = parseDigits(m[1], VI_WORDS.digits);
    if (Number.isNaN(v)) continue;
    if (m[2]) v *= MULT[m[2]];
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
    if (!(words[i] in TOKEN_UNITS) || (i > 0 && (words[i - 1] in TOKEN_UNITS || words[i - 1] in MULT))) continue;
    let j = i;
    let hasMult = false;
    for (; j < words.length && j < i + 8; j++) {
      const w = words[j];
      if (w in MULT && w !== 'mươi' && w !== 'trăm') hasMult = true;
      if (!(w in TOKEN_UNITS || w in MULT || w === 'linh' || w === 'lẻ')) break;
    }
    if (j === i) continue;
    // the longest run of words that reads as one number (hai năm: two years, not 2 + 5)
    let v = parseWords(words.slice(i, j).join(' '), VI_WORDS);
    while (v === null && j > i + 1) v = parseWords(words.slice(i, --j).join(' '), VI_WORDS);
    if (v === null) continue;
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

export const numbers: NumberRules = { pattern: VI_NUM, parse: parseViNumber, tokens: viTokens };
