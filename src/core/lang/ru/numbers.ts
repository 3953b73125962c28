// Russian numbers: digits with space grouping and "," decimals (1 500, 6,5), words in their case forms
// (один … миллиард, шести, двух, полтора, с половиной), and the similarity tokens of a Russian text.
import { parseWords, scanTokens, setWords, type NumberRules, type NumberWords } from '../pack/numbers';

const units: Record<string, number> = {};
const forms = (value: number, ...words: string[]): void => setWords(units, value, words.join(' '));
forms(0, 'ноль', 'нуля', 'нулю');
forms(1, 'один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну');
forms(2, 'два', 'две', 'двух', 'двум', 'двумя');
forms(3, 'три', 'трёх', 'трех', 'трём', 'трем', 'тремя');
forms(4, 'четыре', 'четырёх', 'четырех', 'четырём', 'четырем', 'четырьмя');
forms(1.5, 'полтора', 'полторы', 'полутора');
const REGULAR: [number, string][] = [
  [5, 'пят'], [6, 'шест'], [7, 'сем'], [9, 'девят'], [10, 'десят'], [11, 'одиннадцат'], [12, 'двенадцат'], [13, 'тринадцат'],
  [14, 'четырнадцат'], [15, 'пятнадцат'], [16, 'шестнадцат'], [17, 'семнадцат'], [18, 'восемнадцат'], [19, 'девятнадцат'],
  [20, 'двадцат'], [30, 'тридцат'],
];
// пять / пяти / пятью: stem + ь, и, ью
for (const [v, stem] of REGULAR) forms(v, `${stem}ь`, `${stem}и`, `${stem}ью`);
forms(8, 'восемь', 'восьми', 'восьмью', 'восемью');
forms(40, 'сорок', 'сорока');
forms(50, 'пятьдесят', 'пятидесяти');
forms(60, 'шестьдесят', 'шестидесяти');
forms(70, 'семьдесят', 'семидесяти');
forms(80, 'восемьдесят', 'восьмидесяти');
forms(90, 'девяносто', 'девяноста');
forms(100, 'сто', 'ста');
forms(200, 'двести', 'двухсот', 'двумстам');
forms(300, 'триста', 'трёхсот', 'трехсот');
forms(400, 'четыреста', 'четырёхсот', 'четырехсот');
forms(500, 'пятьсот', 'пятисот');
forms(600, 'шестьсот', 'шестисот');
forms(700, 'семьсот', 'семисот');
forms(800, 'восемьсот', 'восьмисот');
forms(900, 'девятьсот', 'девятисот');

const scales: Record<string, number> = {};
for (const w of ['тысяча', 'тысячи', 'тысяч', 'тысячу', 'тысячами', 'тысячам', 'тыс', 'тыс.']) scales[w] = 1e3;
for (const w of ['миллион', 'миллиона', 'миллионов', 'миллионам', 'млн', 'млн.']) scales[w] = 1e6;
for (const w of ['миллиард', 'миллиарда', 'миллиардов', 'млрд', 'млрд.']) scales[w] = 1e9;
for (const w of ['триллион', 'триллиона', 'триллионов', 'трлн', 'трлн.']) scales[w] = 1e12;

export const RU_WORDS: NumberWords = {
  units,
  scales,
  halfAfter: /\s+с\s+половиной$/,
  digits: { decimal: ',' },
};

const UNIT_WORDS = Object.keys(units).sort((a, b) => b.length - a.length).join('|');
const SCALE_WORDS = Object.keys(scales).map((w) => w.replace('.', '\\.')).sort((a, b) => b.length - a.length).join('|');
/** Regex source for a Russian number: digits (1 500, 6,5) or number words, with a scale and "с половиной". */
export const RU_NUM = `(?:(?:\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d+(?:[.,]\\d+)?)(?:\\s+(?:${SCALE_WORDS}))?|(?:${UNIT_WORDS})(?:\\s+(?:${UNIT_WORDS}|${SCALE_WORDS}))*)(?:\\s+с\\s+половиной)?(?![\\p{L}])`;

/** Parses Russian numbers: "шесть с половиной", "двадцать пять", "полтора миллиона", "1 500", "6,5 млн". */
export function parseRuNumber(raw: string): number | null {
  return parseWords(raw, RU_WORDS);
}

// ---------------------------------------------------------------- similarity tokens

const NUM_RE = new RegExp(RU_NUM, 'giu');
const UNIT_RU: [RegExp, string][] = [
  [/^час/u, 'h'],
  [/^минут/u, 'min'],
  [/^(?:дн[яейю]|день|сутк|суток)/u, 'd'],
  [/^недел/u, 'wk'],
  [/^месяц/u, 'mo'],
  [/^(?:год|лет)/u, 'y'],
  [/^(?:человек|людей)/u, 'ppl'],
  [/^раз/u, 'x'],
];

function ruTokens(text: string, out: string[]): void {
  scanTokens(text, NUM_RE, parseRuNumber, UNIT_RU, /^(?:%|процент)/u, out);
}

export const numbers: NumberRules = { pattern: RU_NUM, parse: parseRuNumber, tokens: ruTokens };
