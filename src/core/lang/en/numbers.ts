// English numbers: digits with "," grouping (1,500 / 4.5), words (two, twenty-five, a dozen, three hundred
// thousand, 1.5 million), and the similarity tokens of an English text.
import { emitValue, parseDigits, parseWords, rangeUnit, unitAfter, type NumberRules, type NumberWords } from '../pack/numbers';

export const EN_WORDS: NumberWords = {
  units: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, couple: 2,
  },
  multipliers: { hundred: 100, dozen: 12 },
  scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozens: 12 },
  fillers: ['and'],
  articles: ['a', 'an'],
  halfAfter: /\s+and\s+a\s+half$/,
  digits: { decimal: '.' },
};

export const EN_NUM_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|million|billion|trillion';
/** Regex source for an English number: digits (1,500 / 4.5) with optional scale, or number words. */
export const EN_NUM = `(?:[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?(?:\\s+(?:hundred|thousand|million|billion|trillion))?|(?:a\\s+)?(?:${EN_NUM_WORDS})(?:[\\s-]+(?:and\\s+)?(?:${EN_NUM_WORDS}))*)`;

/** Parses English numbers: "two", "twenty-five", "a dozen", "1.5 million", "three hundred thousand", "1,500". */
export function parseEnNumber(raw: string): number | null {
  return parseWords(raw, EN_WORDS);
}

// ---------------------------------------------------------------- similarity tokens

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const TOKEN_UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const MULT: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
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
const RANGE_EN = /^\s*(?:-|–|to|or)\s*(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;
const DATE1 = new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gi');
const DATE2 = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\b`, 'gi');
const AFTER_MONTH = new RegExp(`(?:${MONTH_RE})\\.?\\s+$`);
const BEFORE_MONTH = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTH_RE})\\b`);

function monthOf(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w)) + 1;
}

function enTokens(text: string, out: string[]): void {
  const s = text;
  for (const m of s.matchAll(DATE1)) out.push(`d${monthOf(m[1])}-${Number(m[2])}`);
  for (const m of s.matchAll(DATE2)) out.push(`d${monthOf(m[2])}-${Number(m[1])}`);
  for (const m of s.matchAll(/\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi)) {
    if (m[1] === 'may' || (m[1] === 'May' && /^\s+(?:be|not|have|also)\b/.test(s.slice((m.index ?? 0) + 3)))) continue;
    out.push(`m${monthOf(m[1])}`);
  }
  for (const m of s.matchAll(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/gi)) out.push(`wd${WEEKDAYS.indexOf(m[1].toLowerCase()) + 1}`);
  const lower = s.toLowerCase();
  for (const m of lower.matchAll(/(?<![\d.,])(\d+(?:[.,]\d+)*)(?![\d])\s*(million|billion|thousand|trillion|bn|m\b)?/g)) {
    let v = parseDigits(m[1], EN_WORDS.digits);
    if (Number.isNaN(v)) continue;
    if (m[2]) v *= m[2] === 'bn' ? 1e9 : m[2] === 'm' ? 1e6 : MULT[m[2]];
    const idx = m.index ?? 0;
    const rest = lower.slice(idx + m[0].length, idx + m[0].length + 40);
    const before = lower.slice(Math.max(0, idx - 12), idx);
    if (AFTER_MONTH.test(before) && v <= 31 && !m[2]) continue;
    if (BEFORE_MONTH.test(rest) && v <= 31) continue;
    const pct = /^\s*(?:%|per\s?cent)/.test(rest);
    let unit = unitAfter(rest.replace(/^-/, ''), UNIT_EN) || rangeUnit(rest, RANGE_EN, UNIT_EN);
    if (/^\s*and a half\b/.test(rest)) v += 0.5;
    if (unit === 'y' && v > 200) unit = '';
    emitValue(out, v, unit, pct);
  }
  const words = lower.split(/[^a-z\d%]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w0 = words[i];
    if (!(w0 in TOKEN_UNITS) && w0 !== 'half') continue;
    if (i > 0 && (words[i - 1] in TOKEN_UNITS || words[i - 1] in MULT)) continue;
    if (w0 === 'half') {
      if (words[i + 1] === 'an' && words[i + 2] === 'hour') out.push('0.5', '0.5h');
      continue;
    }
    let j = i;
    for (; j < words.length && j < i + 8; j++) {
      const w = words[j];
      if (w in TOKEN_UNITS || w in MULT) continue;
      if (w === 'and' && j > i && words[j + 1] in TOKEN_UNITS) continue;
      break;
    }
    // the longest run of words that reads as one number (hai năm: two years, not 2 + 5)
    let v = parseWords(words.slice(i, j).join(' '), EN_WORDS);
    while (v === null && j > i + 1) v = parseWords(words.slice(i, --j).join(' '), EN_WORDS);
    if (v === null) continue;
    const rest = words.slice(j, j + 6).join(' ');
    if (/^and a half\b/.test(rest)) v += 0.5;
    let unit = unitAfter(rest.replace(/^and a half /, ''), UNIT_EN) || rangeUnit(rest, RANGE_EN, UNIT_EN);
    if (w0 === 'one' && j === i + 1 && !unit) continue;
    if (unit === 'y' && v > 200) unit = '';
    emitValue(out, v, unit, /^(?:percent|per cent)\b/.test(rest));
  }
}

export const numbers: NumberRules = { pattern: EN_NUM, parse: parseEnNumber, tokens: enTokens };
