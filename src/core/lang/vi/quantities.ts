// Vietnamese quantities: durations (hơn 4 giờ, bốn tiếng rưỡi, nửa ngày), counts (30 nhà ngoại giao), money
// (5 triệu USD, 200 tỷ đồng), percents (5 phần trăm) and their hedges (khoảng, hơn, gần, dự kiến). English
// durations, money and percents inside Vietnamese text are read too.
import type { DurationUnit } from '../../model';
import type { QuantityRules } from '../pack/quantities';
import { addQuantity, durationValue, finalQualifier, hedgeBefore, PRIORITY, shape, type Candidate } from '../../facts/common';
import { englishDurations } from '../en/quantities';
import { parseViNumber, VI_NUM } from './numbers';

const UNIT: Record<string, DurationUnit> = {
  'tiếng đồng hồ': 'hour', tiếng: 'hour', 'giờ đồng hồ': 'hour', giờ: 'hour', phút: 'minute', giây: 'second',
  ngày: 'day', tuần: 'week', tháng: 'month', năm: 'year',
};
const DURATION = new RegExp(
  `(?<![\\p{L}\\d/])(${VI_NUM})(?:\\s*(?:-|–|đến|tới|hoặc)\\s*(${VI_NUM}))?\\s+(tiếng đồng hồ|tiếng|giờ đồng hồ|giờ|phút|giây|ngày|tuần|tháng|năm)(\\s+rưỡi)?(?![\\p{L}])(?!\\s*(?:\\d|sáng|trưa|chiều|tối|đêm))`,
  'giu',
);
const HALF = /(?<![\p{L}])nửa\s+(tiếng|giờ|ngày|tháng|năm)(?![\p{L}])/giu;
const HINT = /tiếng|giờ|phút|giây|ngày|tuần|tháng|năm/i;

/** Counted nouns → unit keys shared across languages. */
export const VI_COUNTED: Record<string, string> = {
  người: 'people', 'phái đoàn': 'delegations', 'đại biểu': 'delegates', 'nhà ngoại giao': 'diplomats', 'thỏa thuận': 'agreements',
  'hiệp định': 'agreements', 'quốc gia': 'countries', nước: 'countries', 'binh sĩ': 'soldiers', 'ngư dân': 'fishermen',
  'quan chức': 'officials', 'khu vực': 'regions', 'thành phố': 'cities', vòng: 'rounds', lần: 'times', 'nghị sĩ': 'lawmakers',
  'đại sứ quán': 'embassies', 'phóng viên': 'journalists', 'dân thường': 'civilians', 'văn kiện': 'agreements',
  'bản ghi nhớ': 'agreements', 'thành viên': 'people', 'người biểu tình': 'protesters',
};
const COUNT = new RegExp(`(?<![\\p{L}\\d/.,:+])(${VI_NUM})(?![\\d/:])\\s*(${Object.keys(VI_COUNTED).sort((a, b) => b.length - a.length).join('|')})?(?![\\p{L}])`, 'giu');
const CURRENCY: Record<string, string> = {
  'đô la mỹ': 'USD', 'đô la': 'USD', usd: 'USD', 'us dollars': 'USD', dollars: 'USD', đồng: 'VND', vnd: 'VND', rúp: 'RUB',
  rubles: 'RUB', roubles: 'RUB', euro: 'EUR', euros: 'EUR', eur: 'EUR', yuan: 'CNY',
};
const MONEY = new RegExp(`(?<![\\p{L}])(${VI_NUM})\\s*(đô la Mỹ|đô la|USD|US dollars|dollars|đồng|VND|rúp|rubles|roubles|euros?|EUR|yuan)(?![\\p{L}])`, 'giu');
const PERCENT = new RegExp(`(${VI_NUM})\\s*(?:%|phần trăm|percent|per cent)`, 'giu');

function vietnameseDurations(t: string, out: Candidate[], rules: QuantityRules): void {
  let m: RegExpExecArray | null;
  DURATION.lastIndex = 0;
  if (HINT.test(t)) while ((m = DURATION.exec(t))) {
    const a0 = parseViNumber(m[1]);
    if (a0 === null) continue;
    const unitWord = m[3].toLowerCase();
    // "lúc 4 giờ" is a clock time
    if (/(?:lúc|vào)\s*$/i.test(t.slice(Math.max(0, m.index - 8), m.index)) && unitWord.startsWith('giờ')) continue;
    if (unitWord === 'năm' && a0 >= 100) continue;
    const half = m[4] ? 0.5 : 0;
    const bRaw = m[2] ? parseViNumber(m[2]) : null;
    const hedge = hedgeBefore(t, m.index, rules);
    const sh = shape(a0 + half, bRaw !== null ? bRaw + half : null, hedge?.q ?? null);
    const start = m.index - (hedge?.len ?? 0);
    out.push({ kind: 'duration', start, end: m.index + m[0].length, value: durationValue(sh.min, sh.max, UNIT[unitWord]), qualifier: finalQualifier(t, start, sh.q, rules), priority: PRIORITY.duration });
  }
  HALF.lastIndex = 0;
  if (/nửa/i.test(t)) while ((m = HALF.exec(t))) {
    const hedge = hedgeBefore(t, m.index, rules);
    const sh = shape(0.5, null, hedge?.q ?? null);
    out.push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: durationValue(sh.min, sh.max, UNIT[m[1].toLowerCase()]), qualifier: finalQualifier(t, m.index, sh.q, rules), priority: PRIORITY.duration });
  }
}

function vietnameseQuantities(t: string, out: Candidate[], rules: QuantityRules): void {
  vietnameseDurations(t, out, rules);
  englishDurations(t, out, rules);
  let m: RegExpExecArray | null;
  MONEY.lastIndex = 0;
  if (/USD|dollar|đô|đồng|VND|rúp|ruble|rouble|euro|EUR|yuan/i.test(t)) while ((m = MONEY.exec(t))) {
    const n = parseViNumber(m[1]);
    if (n !== null) addQuantity(t, out, rules, 'money', m.index, m.index + m[0].length, n, null, CURRENCY[m[2].toLowerCase()]);
  }
  PERCENT.lastIndex = 0;
  if (/%|phần trăm|per ?cent/i.test(t)) while ((m = PERCENT.exec(t))) {
    const n = parseViNumber(m[1]);
    if (n !== null) addQuantity(t, out, rules, 'percent', m.index, m.index + m[0].length, n, null, 'percent');
  }
  COUNT.lastIndex = 0;
  while ((m = COUNT.exec(t))) {
    const arabic = /^[0-9]/.test(m[1]);
    if (!arabic && !m[2] && !/(nghìn|ngàn|triệu|tỷ|tỉ|mươi|trăm)/i.test(m[1])) continue;
    if (!arabic && /^(?:năm|ba|tư)$/i.test(m[1].trim()) && !m[2]) continue;
    const v = parseViNumber(m[1]);
    if (v === null) continue;
    const unit = m[2] ? VI_COUNTED[m[2].toLowerCase()] : undefined;
    if (!unit && (v <= 1 || (Number.isInteger(v) && v >= 1000 && v <= 2100 && /^[0-9]{4}$/.test(m[1].trim())))) continue;
    addQuantity(t, out, rules, 'number', m.index, m.index + m[0].length, v, null, unit);
  }
}

export const quantities: QuantityRules = {
  hedges: {
    approximate: /(?:khoảng|chừng|độ|ước tính|xấp xỉ|trên dưới)$/i,
    atLeast: /(?:hơn|trên|ít nhất|tối thiểu|không dưới|hàng)$/i,
    atMost: /(?:gần|chưa đến|chưa tới|không đến|không tới|dưới|tối đa|chỉ|không quá)$/i,
  },
  expected: /(?:dự kiến|dự định|kế hoạch|sẽ|có thể kéo dài|ước tính)/i,
  reported: /(?:theo|dẫn lời|đưa tin|cho biết|cho hay|được cho là)/i,
  clauseBreak: /[;:.!?]/,
  clauseReach: 80,
  extract: vietnameseQuantities,
};
