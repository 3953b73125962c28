// Number words and numerals: Chinese (两, 十二, 三千五百, 1.5万, 亿), Vietnamese (hai, ba mươi, triệu, tỷ),
// English (two, dozen, thousand). Pure functions over short strings; all tables are module constants.

const ZH_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const ZH_SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Character class (for regexes) of Chinese numeral characters. */
export const ZH_NUM_CHARS = '零〇一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟';
/** Regex source for a Chinese-context number: Arabic (with , and .) or Chinese numerals, optional 万/亿 suffix. */
export const ZH_NUM = `(?:[0-9０-９]+(?:[.,．][0-9０-９]+)*(?:[十百千万萬亿億]+(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[十百千万萬亿億]*)*)?|[${ZH_NUM_CHARS}]+)`;

function fullwidthToAscii(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Parses Chinese numerals, Arabic numerals and mixes (1.5万, 3千, 二〇二五, 十二, 三千五百, 两). */
export function parseZhNumber(raw: string): number | null {
  const s = fullwidthToAscii(raw.trim());
  if (!s) return null;
  if (/^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  // digit-by-digit years: 二〇二五
  if (/^[〇零一二三四五六七八九]{3,}$/.test(s) && !s.includes('十')) {
    let v = 0;
    for (const c of s) v = v * 10 + ZH_DIGIT[c];
    return v;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  let any = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c >= '0' && c <= '9') {
      // an Arabic run acts as one digit: 1.5万, 3千5百万
      const run = /^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?/.exec(s.slice(i))![0];
      digit = Number(run.replace(/,/g, ''));
      i += run.length - 1;
      any = true;
    } else if (c in ZH_DIGIT) {
      digit = ZH_DIGIT[c];
      any = true;
    } else if (ZH_SMALL[c]) {
      section += (digit < 0 ? 1 : digit) * ZH_SMALL[c];
      digit = -1;
      any = true;
    } else if (ZH_BIG[c]) {
      const part = section + (digit < 0 ? 0 : digit);
      total = (total + (part || 1)) * ZH_BIG[c];
      section = 0;
      digit = -1;
      any = true;
    } else return null;
  }
  if (!any) return null;
  return total + section + (digit < 0 ? 0 : digit);
}

// ---------------------------------------------------------------- Vietnamese

const VI_UNITS: Record<string, number> = {
  không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
const VI_WORDS = ['không', 'một', 'mốt', 'hai', 'ba', 'bốn', 'tư', 'năm', 'lăm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười', 'mươi', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'linh', 'lẻ', 'rưỡi', 'chục'];
/** Regex source for a Vietnamese number: digits or a run of number words. */
export const VI_NUM = `(?:[0-9]+(?:[.,][0-9]+)*(?:\\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))?|(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm)(?:\\s+(?:${VI_WORDS.filter((w) => w !== 'rưỡi').join('|')}))*)`;

/** Parses Vietnamese numbers: "ba mươi", "hai mươi lăm", "một trăm linh năm", "5 triệu", "1,5 tỷ", "3.000". */
export function parseViNumber(raw: string): number | null {
  const words = raw.trim().toLowerCase().split(/\s+/);
  let total = 0;
  let section = 0;
  let cur = -1;
  let any = false;
  for (const w of words) {
    if (/^[0-9]/.test(w)) {
      // Vietnamese uses . for thousands and , for decimals; "1.5" is read as a decimal when not a thousands group
      let v: number;
      if (/^[0-9]{1,3}(\.[0-9]{3})+$/.test(w)) v = Number(w.replace(/\./g, ''));
      else if (/^[0-9]{1,3}(,[0-9]{3})+$/.test(w)) v = Number(w.replace(/,/g, '')); // 10,000 written the English way
      else v = Number(w.replace(',', '.'));
      if (!Number.isFinite(v)) return null;
      cur = v;
      any = true;
    } else if (w in VI_UNITS) {
      cur = cur >= 10 && cur % 10 === 0 ? cur + VI_UNITS[w] : VI_UNITS[w];
      any = true;
    } else if (w === 'mười') {
      cur = 10;
      any = true;
    } else if (w === 'mươi') {
      cur = (cur < 0 ? 1 : cur) * 10;
    } else if (w === 'chục') {
      cur = (cur < 0 ? 1 : cur) * 10;
    } else if (w === 'trăm') {
      section += (cur < 0 ? 1 : cur) * 100;
      cur = -1;
    } else if (w === 'linh' || w === 'lẻ') {
      continue;
    } else if (w === 'nghìn' || w === 'ngàn') {
      total += (section + (cur < 0 ? 0 : cur) || 1) * 1000;
      section = 0;
      cur = -1;
      any = true;
    } else if (w === 'triệu') {
      total = (total + (section + (cur < 0 ? 0 : cur) || 1)) * 1e6;
      section = 0;
      cur = -1;
      any = true;
    } else if (w === 'tỷ' || w === 'tỉ') {
      total = (total + (section + (cur < 0 ? 0 : cur) || 1)) * 1e9;
      section = 0;
      cur = -1;
      any = true;
    } else return null;
  }
  if (!any) return null;
  return total + section + (cur < 0 ? 0 : cur);
}

// ---------------------------------------------------------------- English

const EN_UNITS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, couple: 2,
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozens: 12 };
export const EN_NUM_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|million|billion|trillion';
/** Regex source for an English number: digits (1,500 / 4.5) with optional scale, or number words. */
export const EN_NUM = `(?:[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?(?:\\s+(?:hundred|thousand|million|billion|trillion))?|(?:a\\s+)?(?:${EN_NUM_WORDS})(?:[\\s-]+(?:and\\s+)?(?:${EN_NUM_WORDS}))*)`;

/** Parses English numbers: "two", "twenty-five", "a dozen", "1.5 million", "three hundred thousand", "1,500". */
export function parseEnNumber(raw: string): number | null {
  const words = raw.trim().toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w !== 'and');
  let total = 0;
  let cur = 0;
  let any = false;
  for (const w of words) {
    if (/^[0-9]/.test(w)) {
      const v = Number(w.replace(/,/g, ''));
      if (!Number.isFinite(v)) return null;
      cur += v;
      any = true;
    } else if (w in EN_UNITS) {
      if ((w === 'a' || w === 'an') && any) return null;
      cur = w === 'dozen' && cur > 0 ? cur * 12 : cur + EN_UNITS[w];
      any = true;
    } else if (w in EN_SCALES) {
      const sc = EN_SCALES[w];
      if (sc === 100) cur = (cur || 1) * 100;
      else {
        total += (cur || 1) * sc;
        cur = 0;
      }
      any = true;
    } else return null;
  }
  if (!any) return null;
  return total + cur;
}

/** Parses a number written in the conventions of `lang` (zh*, vi, en and others: digits only). */
export function parseNumber(raw: string, lang: string): number | null {
  if (lang.startsWith('zh')) return parseZhNumber(raw);
  if (lang.startsWith('vi')) return parseViNumber(raw);
  const en = parseEnNumber(raw);
  if (en !== null) return en;
  const d = /^[0-9]+(?:[.,][0-9]+)?$/.exec(raw.trim());
  return d ? Number(d[0].replace(',', '.')) : null;
}
