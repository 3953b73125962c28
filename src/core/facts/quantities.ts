// Durations, counts, money and percents with their qualifiers (约/hơn/nearly/预计...).
import type { DurationUnit, DurationValue, NumberValue, Qualifier } from '../model';
import { clauseBefore, isExpected, modifierQualifier, type Candidate, type Script } from './common';
import { EN_NUM, parseEnNumber, parseViNumber, parseZhNumber, VI_NUM, ZH_NUM } from './numbers';

const P_DURATION = 20;
const P_MONEY = 25;
const P_PERCENT = 25;
const P_NUMBER = 40;

// ---------------------------------------------------------------- durations

const ZH_DUR_UNIT: Record<string, DurationUnit> = {
  小时: 'hour', 钟头: 'hour', 个钟头: 'hour', 分钟: 'minute', 分: 'minute', 秒钟: 'second', 秒: 'second', 天: 'day',
  日: 'day', 周: 'week', 星期: 'week', 礼拜: 'week', 月: 'month', 年: 'year',
};
const ZH_DURATION = new RegExp(
  `(${ZH_NUM})(?:\\s*(?:到|至|-|–|—|~|～|或)\\s*(${ZH_NUM}))?\\s*(多|余)?\\s*(个)?\\s*(半)?\\s*(多)?\\s*(小时|个钟头|钟头|分钟|秒钟|天|周|星期|礼拜|月|年)(多|左右|上下|以上|之久|以内|以下|有余)?`,
  'g',
);
const ZH_HALF = /(?<![0-9一二三四五六七八九十两个])半\s*(个)?\s*(小时|钟头|天|月|年)(多|左右)?/g;

const VI_DUR_UNIT: Record<string, DurationUnit> = {
  'tiếng đồng hồ': 'hour', tiếng: 'hour', 'giờ đồng hồ': 'hour', giờ: 'hour', phút: 'minute', giây: 'second',
  ngày: 'day', tuần: 'week', tháng: 'month', năm: 'year',
};
const VI_DURATION = new RegExp(
  `(?<![\\p{L}\\d/])(${VI_NUM})(?:\\s*(?:-|–|đến|tới|hoặc)\\s*(${VI_NUM}))?\\s+(tiếng đồng hồ|tiếng|giờ đồng hồ|giờ|phút|giây|ngày|tuần|tháng|năm)(\\s+rưỡi)?(?![\\p{L}])(?!\\s*(?:\\d|sáng|trưa|chiều|tối|đêm))`,
  'giu',
);
const VI_HALF = /(?<![\p{L}])nửa\s+(tiếng|giờ|ngày|tháng|năm)(?![\p{L}])/giu;

const EN_DUR_UNIT: Record<string, DurationUnit> = {
  hour: 'hour', hr: 'hour', minute: 'minute', min: 'minute', second: 'second', sec: 'second', day: 'day', week: 'week',
  month: 'month', year: 'year',
};
const EN_DURATION = new RegExp(
  `\\b(${EN_NUM})(?:\\s*(?:-|–|to|or)\\s*(${EN_NUM}))?(\\s+and\\s+a\\s+half)?[\\s-]+(hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?)\\b(\\s+and\\s+a\\s+half)?(\\s+or\\s+(?:so|more))?`,
  'gi',
);
const EN_HALF = /\b(half\s+an?\s+(hour|day|year)|an?\s+(hour|day|week)\s+and\s+a\s+half)\b/gi;

const ZH_DUR_HINT = /小时|钟头|分钟|秒|天|周|星期|礼拜|月|年/;
const VI_DUR_HINT = /tiếng|giờ|phút|giây|ngày|tuần|tháng|năm/i;
const EN_DUR_HINT = /hour|hr|min|sec|day|week|month|year/i;

function dur(min: number | null, max: number | null, unit: DurationUnit): DurationValue {
  return { min, max, unit };
}

/** Applies a qualifier to a point or range value. */
function shape(a: number, b: number | null, q: Qualifier | null): { min: number | null; max: number | null; q: Qualifier } {
  if (b !== null && b !== a) return { min: Math.min(a, b), max: Math.max(a, b), q: q ?? 'range' };
  if (q === 'at-least') return { min: a, max: null, q };
  if (q === 'at-most') return { min: null, max: a, q };
  return { min: a, max: a, q: q ?? 'exact' };
}

function finalQualifier(text: string, start: number, q: Qualifier, script: Script): Qualifier {
  const clause = clauseBefore(text, start, script === 'zh' ? 24 : 80, script);
  if (isExpected(clause, script)) return 'expected';
  return q;
}

function zhDurations(s: string, out: Candidate[]): void {
  ZH_DURATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  if (ZH_DUR_HINT.test(s)) while ((m = ZH_DURATION.exec(s))) {
    const unitWord = m[7];
    const ge = !!m[4];
    const a0 = parseZhNumber(m[1]);
    if (a0 === null) continue;
    // 2月 is a month, 2025年 a year; 六天后 is a relative date (left to the date extractor)
    if (unitWord === '月' && !ge) continue;
    if (unitWord === '年' && (/^[0-9]{3,}$/.test(m[1]) || a0 >= 100)) continue;
    if ((unitWord === '周' || unitWord === '星期' || unitWord === '礼拜') && /^[一二三四五六日天]$/.test(s[m.index + m[0].length] ?? '')) continue;
    if (/^[第]$/.test(s[m.index - 1] ?? '')) continue;
    const half = m[5] ? 0.5 : 0;
    const a = a0 + half;
    const bRaw = m[2] ? parseZhNumber(m[2]) : null;
    const b = bRaw !== null ? bRaw + half : null;
    const unit = ZH_DUR_UNIT[unitWord.replace(/^个/, '')] ?? ZH_DUR_UNIT[unitWord];
    let q = modifierQualifier(s.slice(Math.max(0, m.index - 4), m.index), 'zh');
    if (m[3] || m[6] || m[8] === '多' || m[8] === '以上' || m[8] === '有余') q = 'at-least';
    else if (m[8] === '左右' || m[8] === '上下') q = 'approximate';
    else if (m[8] === '以内' || m[8] === '以下') q = 'at-most';
    const sh = shape(a, b, q);
    const lead = q ? leadLen(s, m.index, 'zh') : 0;
    out.push({
      kind: 'duration',
      start: m.index - lead,
      end: m.index + m[0].length,
      value: dur(sh.min, sh.max, unit),
      qualifier: finalQualifier(s, m.index - lead, sh.q, 'zh'),
      priority: P_DURATION,
    });
  }
  ZH_HALF.lastIndex = 0;
  if (s.includes('半')) while ((m = ZH_HALF.exec(s))) {
    const unit = ZH_DUR_UNIT[m[2]];
    let q = modifierQualifier(s.slice(Math.max(0, m.index - 4), m.index), 'zh');
    if (m[3] === '多') q = 'at-least';
    else if (m[3] === '左右') q = 'approximate';
    const sh = shape(0.5, null, q);
    const lead = q ? leadLen(s, m.index, 'zh') : 0;
    out.push({ kind: 'duration', start: m.index - lead, end: m.index + m[0].length, value: dur(sh.min, sh.max, unit), qualifier: finalQualifier(s, m.index, sh.q, 'zh'), priority: P_DURATION });
  }
}

/** Length of the qualifier word right before `pos` (to include it in the fact text). */
function leadLen(s: string, pos: number, script: Script): number {
  const before = s.slice(Math.max(0, pos - 24), pos);
  const re =
    script === 'zh'
      ? /(?:大约|大概|约莫|约|超过|逾|至少|最少|不少于|多达|长达|高达|将近|接近|近|不到|不足|少于|最多|至多|仅|不超过)\s*$/
      : script === 'vi'
        ? /(?:khoảng|chừng|độ|xấp xỉ|trên dưới|hơn|trên|ít nhất|tối thiểu|không dưới|gần|chưa đến|chưa tới|không đến|không tới|dưới|tối đa|chỉ|không quá)\s*$/i
        : /(?:about|around|approximately|roughly|some|an estimated|more than|over|at least|upwards of|in excess of|no fewer than|no less than|just over|nearly|almost|under|less than|fewer than|at most|up to|no more than|just under|only)\s*$/i;
  const m = re.exec(before);
  return m ? m[0].length : 0;
}

function viDurations(t: string, out: Candidate[]): void {
  VI_DURATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  if (VI_DUR_HINT.test(t)) while ((m = VI_DURATION.exec(t))) {
    const a0 = parseViNumber(m[1]);
    if (a0 === null) continue;
    const unitWord = m[3].toLowerCase();
    // "lúc 4 giờ" is a clock time
    const before = t.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
    if (/(?:lúc|vào)\s*$/.test(before) && unitWord.startsWith('giờ')) continue;
    if (unitWord === 'năm' && a0 >= 100) continue;
    const half = m[4] ? 0.5 : 0;
    const a = a0 + half;
    const bRaw = m[2] ? parseViNumber(m[2]) : null;
    const b = bRaw !== null ? bRaw + half : null;
    const q = modifierQualifier(t.slice(Math.max(0, m.index - 14), m.index), 'vi');
    const sh = shape(a, b, q);
    const lead = q ? leadLen(t, m.index, 'vi') : 0;
    out.push({
      kind: 'duration',
      start: m.index - lead,
      end: m.index + m[0].length,
      value: dur(sh.min, sh.max, VI_DUR_UNIT[unitWord]),
      qualifier: finalQualifier(t, m.index - lead, sh.q, 'vi'),
      priority: P_DURATION,
    });
  }
  VI_HALF.lastIndex = 0;
  if (/nửa/i.test(t)) while ((m = VI_HALF.exec(t))) {
    const q = modifierQualifier(t.slice(Math.max(0, m.index - 14), m.index), 'vi');
    const sh = shape(0.5, null, q);
    out.push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: dur(sh.min, sh.max, VI_DUR_UNIT[m[1].toLowerCase()]), qualifier: finalQualifier(t, m.index, sh.q, 'vi'), priority: P_DURATION });
  }
}

function enDurations(t: string, out: Candidate[]): void {
  EN_DURATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  if (EN_DUR_HINT.test(t)) while ((m = EN_DURATION.exec(t))) {
    const a0 = parseEnNumber(m[1]);
    if (a0 === null) continue;
    const next = t.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase();
    if (/^\s+(?:later|earlier|ago|after|before|afterwards)\b/.test(next)) continue; // relative date
    if (/^\s+old\b/.test(next)) continue;
    const half = m[3] || m[5] ? 0.5 : 0;
    const a = a0 + half;
    const bRaw = m[2] ? parseEnNumber(m[2]) : null;
    const b = bRaw !== null ? bRaw + half : null;
    let q = modifierQualifier(t.slice(Math.max(0, m.index - 20), m.index), 'en');
    if (m[6]) q = /more/i.test(m[6]) ? 'at-least' : 'approximate';
    const sh = shape(a, b, q);
    const unitKey = m[4].toLowerCase().replace(/s$/, '');
    const lead = q && !m[6] ? leadLen(t, m.index, 'en') : 0;
    out.push({
      kind: 'duration',
      start: m.index - lead,
      end: m.index + m[0].length,
      value: dur(sh.min, sh.max, EN_DUR_UNIT[unitKey] ?? 'hour'),
      qualifier: finalQualifier(t, m.index - lead, sh.q, 'en'),
      priority: P_DURATION,
    });
  }
  EN_HALF.lastIndex = 0;
  if (/half/i.test(t)) while ((m = EN_HALF.exec(t))) {
    const unit = EN_DUR_UNIT[(m[2] ?? m[3]).toLowerCase()];
    const v = m[2] ? 0.5 : 1.5;
    const q = modifierQualifier(t.slice(Math.max(0, m.index - 20), m.index), 'en');
    const sh = shape(v, null, q);
    const lead = q ? leadLen(t, m.index, 'en') : 0;
    out.push({ kind: 'duration', start: m.index - lead, end: m.index + m[0].length, value: dur(sh.min, sh.max, unit), qualifier: finalQualifier(t, m.index - lead, sh.q, 'en'), priority: P_DURATION });
  }
}

// ---------------------------------------------------------------- money and percent

const CURRENCY: Record<string, string> = {
  美元: 'USD', 美金: 'USD', 欧元: 'EUR', 卢布: 'RUB', 人民币: 'CNY', 元: 'CNY', 英镑: 'GBP', 日元: 'JPY', 越南盾: 'VND',
  $: 'USD', us$: 'USD', usd: 'USD', dollars: 'USD', dollar: 'USD', 'đô la mỹ': 'USD', 'đô la': 'USD', đô: 'USD', 'usd.': 'USD',
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', đồng: 'VND', vnd: 'VND', rúp: 'RUB', rubles: 'RUB', roubles: 'RUB',
  '£': 'GBP', pounds: 'GBP', yuan: 'CNY',
};
const ZH_MONEY = new RegExp(`(${ZH_NUM})\\s*(多|余)?\\s*(万|亿)?\\s*(美元|美金|欧元|卢布|人民币|英镑|日元|越南盾|元)`, 'g');
const SYM_MONEY = new RegExp(`(US\\$|\\$|€|£)\\s?(${EN_NUM}|[0-9]+(?:[.,][0-9]+)*)(\\s*(?:million|billion|trillion|triệu|tỷ|tỉ|nghìn|ngàn)|[mb]n?\\b)?`, 'gi');
const WORD_MONEY = new RegExp(
  `(?<![\\p{L}])(${EN_NUM}|[0-9]+(?:[.,][0-9]+)*)\\s*(million|billion|trillion|triệu|tỷ|tỉ|nghìn|ngàn)?\\s*(USD|US dollars|dollars|đô la Mỹ|đô la|euros?|EUR|đồng|VND|rúp|rubles|roubles|yuan)(?![\\p{L}])`,
  'giu',
);
const SCALE: Record<string, number> = { million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, b: 1e9, bn: 1e9, trillion: 1e12, triệu: 1e6, tỷ: 1e9, tỉ: 1e9, nghìn: 1e3, ngàn: 1e3, 万: 1e4, 亿: 1e8 };

const ZH_PERCENT = new RegExp(`百分之\\s*(${ZH_NUM}(?:点[${'零一二三四五六七八九'}]+)?)|(${ZH_NUM})\\s*[%％]`, 'g');
const LATIN_PERCENT = new RegExp(`(${EN_NUM}|[0-9]+(?:[.,][0-9]+)?)\\s*(%|phần trăm|percent|per cent)`, 'gi');

function latinNumber(raw: string, script: Script): number | null {
  const r = raw.trim();
  if (/^[0-9]/.test(r)) {
    if (script === 'vi') return parseViNumber(r);
    const en = parseEnNumber(r);
    if (en !== null && !/,\d{1,2}$/.test(r)) return en;
    return Number(r.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  }
  return script === 'vi' ? parseViNumber(r) : parseEnNumber(r);
}

function moneyAndPercent(s: string, script: Script, out: Candidate[]): void {
  let m: RegExpExecArray | null;
  const qual = (start: number): Qualifier => {
    const q = modifierQualifier(s.slice(Math.max(0, start - 20), start), script) ?? 'exact';
    return finalQualifier(s, start, q, script);
  };
  const num = (v: number, q: Qualifier, unit: string): NumberValue => {
    const sh = shape(v, null, q === 'expected' || q === 'reported' ? 'exact' : q);
    return { min: sh.min, max: sh.max, unit };
  };
  if (script === 'zh') {
    ZH_MONEY.lastIndex = 0;
    if (/元|美金|欧元|卢布|英镑/.test(s)) while ((m = ZH_MONEY.exec(s))) {
      const n = parseZhNumber(m[1]);
      if (n === null) continue;
      const v = n * (m[3] ? SCALE[m[3]] : 1);
      const q = m[2] ? 'at-least' : qual(m.index);
      out.push({ kind: 'money', start: m.index, end: m.index + m[0].length, value: num(v, q, CURRENCY[m[4]]), qualifier: q, priority: P_MONEY });
    }
    ZH_PERCENT.lastIndex = 0;
    if (/[%％]|百分之/.test(s)) while ((m = ZH_PERCENT.exec(s))) {
      const raw = (m[1] ?? m[2]).replace(/点(.+)$/, (_x, d: string) => '.' + [...d].map((c) => '零一二三四五六七八九'.indexOf(c)).join(''));
      const n = /\./.test(raw) && /[^0-9.]/.test(raw) ? (parseZhNumber(raw.split('.')[0]) ?? 0) + Number('0.' + raw.split('.')[1]) : parseZhNumber(raw);
      if (n === null) continue;
      const q = qual(m.index);
      out.push({ kind: 'percent', start: m.index, end: m.index + m[0].length, value: num(n, q, 'percent'), qualifier: q, priority: P_PERCENT });
    }
  }
  SYM_MONEY.lastIndex = 0;
  if (/[$€£]/.test(s)) while ((m = SYM_MONEY.exec(s))) {
    const n = latinNumber(m[2], script === 'vi' ? 'en' : script);
    if (n === null) continue;
    const sc = m[3] ? SCALE[m[3].trim().toLowerCase()] ?? 1 : 1;
    const q = qual(m.index);
    out.push({ kind: 'money', start: m.index, end: m.index + m[0].length, value: num(n * sc, q, CURRENCY[m[1].toLowerCase()] ?? 'USD'), qualifier: q, priority: P_MONEY });
  }
  if (script !== 'zh') {
    WORD_MONEY.lastIndex = 0;
    if (/USD|dollar|đô|euro|EUR|đồng|VND|rúp|ruble|rouble|yuan/i.test(s)) while ((m = WORD_MONEY.exec(s))) {
      const n = latinNumber(m[1], script);
      if (n === null) continue;
      const sc = m[2] ? SCALE[m[2].toLowerCase()] ?? 1 : 1;
      const q = qual(m.index);
      const cur = CURRENCY[m[3].toLowerCase()] ?? (m[3].toUpperCase() === 'US DOLLARS' ? 'USD' : m[3].toUpperCase());
      out.push({ kind: 'money', start: m.index, end: m.index + m[0].length, value: num(n * sc, q, cur), qualifier: q, priority: P_MONEY });
    }
  }
  LATIN_PERCENT.lastIndex = 0;
  if (/%|phần trăm|per ?cent/i.test(s)) while ((m = LATIN_PERCENT.exec(s))) {
    if (script === 'zh' && m[2] === '%') continue; // handled above
    const n = latinNumber(m[1], script);
    if (n === null) continue;
    const q = qual(m.index);
    out.push({ kind: 'percent', start: m.index, end: m.index + m[0].length, value: num(n, q, 'percent'), qualifier: q, priority: P_PERCENT });
  }
}

// ---------------------------------------------------------------- counts

/** Counted nouns → normalized unit keys (Simplified Chinese, Vietnamese, English). */
const COUNTED: Record<string, string> = {
  人: 'people', 名: 'people', 位: 'people', 民众: 'people', 平民: 'civilians', 议员: 'lawmakers', 代表团: 'delegations', 代表: 'delegates',
  外交官: 'diplomats', 协议: 'agreements', 国家: 'countries', 国: 'countries', 士兵: 'soldiers', 军人: 'soldiers', 记者: 'journalists',
  官员: 'officials', 谅解备忘录: 'agreements', 备忘录: 'agreements', 协定: 'agreements', 文件: 'agreements', 成员: 'people', 地区: 'regions', 城市: 'cities', 使馆: 'embassies', 领事馆: 'consulates', 轮: 'rounds', 次: 'times', 项: 'items',
  条: 'items', 架: 'aircraft', 枚: 'missiles', 艘: 'ships', 辆: 'vehicles', 家: 'companies', 座: 'buildings', 份: 'documents',
  // Vietnamese
  người: 'people', 'phái đoàn': 'delegations', 'đại biểu': 'delegates', 'nhà ngoại giao': 'diplomats', 'thỏa thuận': 'agreements',
  'hiệp định': 'agreements', 'quốc gia': 'countries', nước: 'countries', 'binh sĩ': 'soldiers', 'ngư dân': 'fishermen',
  'quan chức': 'officials', 'khu vực': 'regions', 'thành phố': 'cities', vòng: 'rounds', lần: 'times', 'nghị sĩ': 'lawmakers',
  'đại sứ quán': 'embassies', 'phóng viên': 'journalists', 'dân thường': 'civilians', 'văn kiện': 'agreements',
  'bản ghi nhớ': 'agreements', 'thành viên': 'people', 'người biểu tình': 'protesters',
  // English
  people: 'people', persons: 'people', person: 'people', delegates: 'delegates', delegations: 'delegations', delegation: 'delegations',
  diplomats: 'diplomats', agreements: 'agreements', agreement: 'agreements', countries: 'countries', nations: 'countries',
  soldiers: 'soldiers', troops: 'soldiers', officials: 'officials', lawmakers: 'lawmakers', civilians: 'civilians', regions: 'regions',
  cities: 'cities', rounds: 'rounds', round: 'rounds', times: 'times', embassies: 'embassies', journalists: 'journalists',
  fishermen: 'fishermen', members: 'people', member: 'people', staff: 'staff', memorandums: 'agreements', memoranda: 'agreements',
  accords: 'agreements', deals: 'agreements', documents: 'agreements', protesters: 'protesters', employees: 'staff', missiles: 'missiles', aircraft: 'aircraft',
};
const ZH_CLASSIFIERS = '名|个|位|人|项|份|国|架|枚|次|轮|家|座|辆|艘|件|条|批|所|处|起|支|只|种|场|届|年';
const ZH_COUNT = new RegExp(`(${ZH_NUM})\\s*(多|余)?\\s*(${ZH_CLASSIFIERS})?`, 'g');
const ZH_NOUNS = Object.keys(COUNTED).filter((k) => /[\u4e00-\u9fff]/.test(k)).sort((a, b) => b.length - a.length);
const VI_COUNT = new RegExp(`(?<![\\p{L}\\d/.,:+])(${VI_NUM})(?![\\d/:])\\s*(${Object.keys(COUNTED).filter((k) => /^[a-zà-ỹđ ]+$/.test(k) && !/^[a-z]+$/.test(k)).concat(['người', 'nước', 'lần', 'vòng']).sort((a, b) => b.length - a.length).join('|')})?(?![\\p{L}])`, 'giu');
const EN_COUNT = new RegExp(`(?<![\\w.,:/$+])(${EN_NUM})(?![\\w/:])(?:(?:\\s+(?:\\w+\\s+)?|-)(${Object.keys(COUNTED).filter((k) => /^[a-z]+$/.test(k)).join('|')})\\b)?`, 'gi');

function countUnitZh(s: string, end: number, cls: string | undefined): string | undefined {
  // 国 is the counted noun itself: 两国官员 are the officials of two countries, not two officials
  // (but 两国代表团 are two delegations, one per country)
  if (cls === '国' && !s.startsWith('代表团', end)) return COUNTED[cls];
  for (const n of ZH_NOUNS) if (s.startsWith(n, end)) return COUNTED[n];
  const skip = /^[^\s，。、；：]{1,4}?(议员|代表团|外交官|协议|国家|士兵|官员|平民|记者|城市|地区)/.exec(s.slice(end, end + 8));
  if (skip) return COUNTED[skip[1]];
  if (cls && COUNTED[cls]) return COUNTED[cls];
  return undefined;
}

function counts(s: string, script: Script, out: Candidate[]): void {
  let m: RegExpExecArray | null;
  const push = (start: number, end: number, v: number, more: boolean, unit: string | undefined): void => {
    // bare years (1870, 2024) belong to dates; bare 0/1 are rarely facts
    if (!unit && (v <= 1 || (Number.isInteger(v) && v >= 1000 && v <= 2100 && /^[0-9]{4}$/.test(s.slice(start, end).trim())))) return;
    let q = modifierQualifier(s.slice(Math.max(0, start - 20), start), script);
    if (more) q = 'at-least';
    const sh = shape(v, null, q);
    const lead = q && !more ? leadLen(s, start, script) : 0;
    const value: NumberValue = unit ? { min: sh.min, max: sh.max, unit } : { min: sh.min, max: sh.max };
    out.push({ kind: 'number', start: start - lead, end, value, qualifier: finalQualifier(s, start - lead, sh.q, script), priority: P_NUMBER });
  };
  if (script === 'zh') {
    ZH_COUNT.lastIndex = 0;
    while ((m = ZH_COUNT.exec(s))) {
      const arabic = /^[0-9０-９]/.test(m[1]);
      const v = parseZhNumber(m[1]);
      if (v === null) continue;
      if (s[m.index - 1] === '第') continue; // ordinal
      // Chinese-numeral words need a classifier (一些, 统一, 一再 are not counts); 一 alone is rarely a fact
      if (!arabic && (!m[3] || v === 1)) continue;
      if (m[3] === '年' || (m[3] === '次' && !arabic && v < 2)) continue;
      const end = m.index + m[0].length;
      push(m.index, end, v, !!m[2], countUnitZh(s, end, m[3]));
    }
    return;
  }
  if (script === 'vi') {
    VI_COUNT.lastIndex = 0;
    while ((m = VI_COUNT.exec(s))) {
      const arabic = /^[0-9]/.test(m[1]);
      if (!arabic && !m[2] && !/(nghìn|ngàn|triệu|tỷ|tỉ|mươi|trăm)/i.test(m[1])) continue;
      if (!arabic && /^(?:năm|ba|tư)$/i.test(m[1].trim()) && !m[2]) continue;
      const v = parseViNumber(m[1]);
      if (v === null) continue;
      push(m.index, m.index + m[0].length, v, false, m[2] ? COUNTED[m[2].toLowerCase()] : undefined);
    }
    return;
  }
  EN_COUNT.lastIndex = 0;
  while ((m = EN_COUNT.exec(s))) {
    const arabic = /^[0-9]/.test(m[1]);
    if (!arabic && !m[2] && !/(hundred|thousand|million|billion|dozen)/i.test(m[1])) continue;
    if (/^an?$/i.test(m[1].trim())) continue;
    const v = parseEnNumber(m[1]) ?? (arabic ? Number(m[1].replace(/,/g, '')) : null);
    if (v === null) continue;
    push(m.index, m.index + m[0].length, v, false, m[2] ? COUNTED[m[2].toLowerCase()] : undefined);
  }
}

// ---------------------------------------------------------------- other languages (digits + unit words)

const OTHER_UNITS: [RegExp, DurationUnit][] = [
  [/^(?:час|часа|часов|heures?|stunden?|horas?|ore|ora)$/i, 'hour'],
  [/^(?:минут[аuы]?|minutes?|minuten?|minutos?|minuti)$/i, 'minute'],
  [/^(?:дн(?:я|ей)|день|jours?|tagen?|días?|dias?|giorni)$/i, 'day'],
  [/^(?:недел[ьиюя]|semaines?|wochen?|semanas?|settimane)$/i, 'week'],
  [/^(?:месяц(?:а|ев)?|mois|monaten?|meses|mes|mesi)$/i, 'month'],
  [/^(?:год(?:а)?|лет|ans|années?|jahren?|años?|anni)$/i, 'year'],
];
const OTHER_DURATION = /(?<![\p{L}\d])(\d+(?:[.,]\d+)?)(?:\s*(?:-|–|до|à|bis|a)\s*(\d+(?:[.,]\d+)?))?(\s+с\s+половиной|\s+et\s+demie?|einhalb|\s+y\s+media|\s+e\s+mezza)?\s+(\p{L}+)(\s+с\s+половиной|\s+et\s+demie?|\s+y\s+media|\s+e\s+mezza)?/giu;
const OTHER_AT_LEAST = /(?:более|свыше|больше|plus de|mehr als|über|más de|più di|oltre)\s*$/i;
const OTHER_APPROX = /(?:около|примерно|приблизительно|порядка|environ|près de|etwa|rund|ungefähr|alrededor de|unos|unas|circa|quasi)\s*$/i;
const OTHER_AT_MOST = /(?:почти|менее|меньше|moins de|presque|fast|knapp|weniger als|casi|menos de|meno di)\s*$/i;
const OTHER_EXPECTED = /(?:ожидается|продлится|планируется|должн[аы]|devrait|doit durer|prévu|soll|voraussichtlich|erwartet|se espera|prevé|durará|dovrebbe|previst)/i;

function otherDurations(t: string, out: Candidate[]): void {
  OTHER_DURATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OTHER_DURATION.exec(t))) {
    const unit = OTHER_UNITS.find(([re]) => re.test(m![4]))?.[1];
    if (!unit) {
      OTHER_DURATION.lastIndex = m.index + m[1].length;
      continue;
    }
    const half = m[3] || m[5] ? 0.5 : 0;
    const a = Number(m[1].replace(',', '.')) + half;
    const b = m[2] ? Number(m[2].replace(',', '.')) + half : null;
    const before = t.slice(Math.max(0, m.index - 24), m.index);
    let q: Qualifier | null = null;
    let lead = 0;
    for (const [re, qq] of [[OTHER_AT_LEAST, 'at-least'], [OTHER_APPROX, 'approximate'], [OTHER_AT_MOST, 'at-most']] as [RegExp, Qualifier][]) {
      const mm = re.exec(before);
      if (mm) {
        q = qq;
        lead = mm[0].length;
        break;
      }
    }
    const sh = shape(a, b, q);
    const clause = t.slice(Math.max(0, m.index - 60), m.index);
    const cl = clause.slice(Math.max(clause.lastIndexOf(','), clause.lastIndexOf('.')) + 1);
    out.push({
      kind: 'duration',
      start: m.index - lead,
      end: m.index + m[0].length,
      value: dur(sh.min, sh.max, unit),
      qualifier: OTHER_EXPECTED.test(cl) ? 'expected' : sh.q,
      priority: P_DURATION,
    });
  }
}

/** Duration, money, percent and count candidates of one statement (Simplified text for Chinese). */
export function extractQuantities(s: string, script: Script): Candidate[] {
  const out: Candidate[] = [];
  if (script === 'zh') zhDurations(s, out);
  else if (script === 'vi') {
    viDurations(s, out);
    enDurations(s, out);
  } else {
    enDurations(s, out);
    if (script === 'other' && /\d/.test(s)) otherDurations(s, out);
  }
  moneyAndPercent(s, script, out);
  counts(s, script, out);
  return out;
}
