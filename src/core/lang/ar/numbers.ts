// Arabic numbers: Arabic-Indic (٠-٩) and Eastern (۰-۹) digits with ٫ decimals and ٬ grouping, and number words
// for small numbers and the scales (ثلاث, خمسة عشر, خمس وعشرون, مئة, ألف, مليون), masculine and feminine forms.
import { normalizeDigits, parseWords, scanTokens, setWords, type NumberRules, type NumberWords } from '../pack/numbers';

const units: Record<string, number> = {};
const forms = (value: number, ...words: string[]): void => setWords(units, value, words.join(' '));
forms(0, 'صفر');
forms(1, 'واحد', 'واحدة', 'أحد', 'إحدى');
forms(2, 'اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثنتا', 'إثنين', 'إثنان');
forms(3, 'ثلاث', 'ثلاثة');
forms(4, 'أربع', 'أربعة', 'اربع', 'اربعة');
forms(5, 'خمس', 'خمسة');
forms(6, 'ست', 'ستة');
forms(7, 'سبع', 'سبعة');
forms(8, 'ثمان', 'ثماني', 'ثمانية');
forms(9, 'تسع', 'تسعة');
forms(10, 'عشر', 'عشرة');
forms(20, 'عشرون', 'عشرين');
forms(30, 'ثلاثون', 'ثلاثين');
forms(40, 'أربعون', 'أربعين', 'اربعين');
forms(50, 'خمسون', 'خمسين');
forms(60, 'ستون', 'ستين');
forms(70, 'سبعون', 'سبعين');
forms(80, 'ثمانون', 'ثمانين');
forms(90, 'تسعون', 'تسعين');
forms(100, 'مئة', 'مائة');
forms(200, 'مئتان', 'مئتين', 'مائتان', 'مائتين');

const scales: Record<string, number> = {
  ألف: 1e3, آلاف: 1e3, ألفا: 1e3, ألفين: 2e3, مليون: 1e6, ملايين: 1e6, مليونا: 1e6, مليار: 1e9, مليارات: 1e9, بليون: 1e9,
};

export const AR_WORDS: NumberWords = {
  units,
  scales,
  unitsBeforeTens: true,
  andPrefix: 'و',
  halfAfter: /\s+(?:و)?نصف$/,
  digits: { decimal: '.' },
};

const WORD_RE = [...Object.keys(units), ...Object.keys(scales)].sort((a, b) => b.length - a.length).join('|');
/** Regex source for an Arabic number: digits (any of the three digit sets) or number words (و joins parts). */
export const AR_NUM = `(?:[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*(?:\\s+(?:ألف|آلاف|مليون|ملايين|مليار|مليارات))?|(?:${WORD_RE})(?:\\s+و?(?:${WORD_RE}))*)(?![\\p{L}])`;

/** Parses Arabic numbers: "٢٧", "6٫5", "ثلاث", "خمس وعشرون", "ثلاثة عشر", "مئة ألف". */
export function parseArNumber(raw: string): number | null {
  return parseWords(normalizeDigits(raw), AR_WORDS);
}

// ---------------------------------------------------------------- similarity tokens

const NUM_RE = new RegExp(AR_NUM, 'gu');
const UNIT_AR: [RegExp, string][] = [
  [/^(?:ساع)/u, 'h'],
  [/^(?:دقيق|دقائق)/u, 'min'],
  [/^(?:يوم|أيام|ايام)/u, 'd'],
  [/^(?:أسبوع|أسابيع|اسبوع)/u, 'wk'],
  [/^(?:شهر|أشهر|شهور)/u, 'mo'],
  [/^(?:سنة|سنوات|عام|أعوام)/u, 'y'],
  [/^(?:شخص|أشخاص|أشخاص)/u, 'ppl'],
];

function arTokens(text: string, out: string[]): void {
  scanTokens(text, NUM_RE, parseArNumber, UNIT_AR, /^(?:%|٪|بالمئة|بالمائة|في المئة|في المائة)/u, out);
}

export const numbers: NumberRules = { pattern: AR_NUM, parse: parseArNumber, tokens: arTokens };
