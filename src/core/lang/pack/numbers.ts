// What a language pack says about numbers: the shape every pack's `numbers` section has, and the language-neutral
// machinery the packs fill with their words (digit conventions, a number-word grammar, similarity-token helpers).
// The engine reads these rules through the pack (src/core/lang/numbers.ts is the one entry point); it never
// branches on a language tag.

export interface NumberRules {
  /** Regex source (no capture groups) for one number as written in this language: digits or number words. */
  pattern: string;
  /** Value of a string matched by `pattern`; null when it is not a number. */
  parse(raw: string): number | null;
  /**
   * Normalized number / date / duration tokens of a text for cross-language similarity, as plain strings:
   * "4.5", "4.5h", "d2-27" (27 Feb), "m2" (February), "wd2" (Tuesday), "5%". Left out: digits only.
   */
  tokens?(text: string, out: string[]): void;
}

// ---------------------------------------------------------------- digits

/** Folds full-width (０-９), Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits and marks to ASCII. */
export function normalizeDigits(s: string): string {
  return s.replace(/[０-９٠-٩۰-۹．٫٬]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === '．' || c === '٫') return '.';
    if (c === '٬') return ',';
    if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10);
    if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
    return String(code - 0x6f0);
  });
}

/** How a language writes digit groups: the decimal mark ("," in vi and ru, "." in en and zh). */
export interface DigitConvention {
  decimal: '.' | ',';
}

/** Value of a run of digits with grouping and decimal marks (1,500 · 1.500 · 1 500 · 4.5 · 4,5); NaN when malformed. */
export function parseDigits(raw: string, conv: DigitConvention): number {
  const s = normalizeDigits(raw.trim()).replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[0-9]/.test(s)) return NaN;
  if (conv.decimal === ',') {
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
    if (/^\d{1,3}(,\d{3})+$/.test(s)) return Number(s.replace(/,/g, '')); // 10,000 written the English way
    if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
    return Number(s.replace(/,/g, ''));
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  return Number(s.replace(/,/g, '.'));
}

// ---------------------------------------------------------------- number words

/**
 * A language's number words. The grammar is shared: units add up (twenty five, двадцать пять, hai mươi lăm),
 * multipliers multiply what precedes (hundred, mươi, dozen), scales close a group (thousand, triệu, тысяча).
 */
export interface NumberWords {
  /** word → value: one..nineteen, the tens, and (where a language has single words for them) the hundreds */
  units: Record<string, number>;
  /** words multiplying the number before them: hundred 100, mươi 10, dozen 12 */
  multipliers?: Record<string, number>;
  /** group scales: thousand 1e3, million 1e6 */
  scales?: Record<string, number>;
  /** words skipped between parts: and, linh, lẻ */
  fillers?: readonly string[];
  /** words allowed only as the first word (a, an) */
  articles?: readonly string[];
  /** units may come before the tens they add to (Arabic خمس وعشرون, 25) */
  unitsBeforeTens?: boolean;
  /** a prefix attached to a word that means "and" (Arabic و) */
  andPrefix?: string;
  /** a phrase after the number adding a half (с половиной, rưỡi, and a half) */
  halfAfter?: RegExp;
  digits: DigitConvention;
}

function placeOf(v: number): number {
  let p = 10;
  while (p <= v) p *= 10;
  return p;
}

/** Value of a number written in words and/or digits by the rules of `w`; null when it is not a number. */
export function parseWords(raw: string, w: NumberWords): number | null {
  let s = raw.trim().toLowerCase();
  let half = 0;
  if (w.halfAfter) {
    const m = w.halfAfter.exec(s);
    if (m && m.index + m[0].length === s.length && m.index > 0) {
      half = 0.5;
      s = s.slice(0, m.index).trim();
    }
  }
  const words = s.split(/[\s\u00a0-]+/).filter(Boolean);
  // "1 500" (a digit group after a space) is one number
  const joined: string[] = [];
  for (const word of words) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && /^\d{1,3}$/.test(prev) && /^\d{3}(?:[.,]\d+)?$/.test(word)) joined[joined.length - 1] = prev + word;
    else joined.push(word);
  }
  let total = 0;
  let cur = 0;
  let any = false;
  let article = false;
  for (let word of joined) {
    if (w.fillers?.includes(word)) continue;
    if (w.articles?.includes(word)) {
      if (any) return null;
      cur = 1;
      any = true;
      article = true;
      continue;
    }
    if (w.andPrefix && any && word.startsWith(w.andPrefix) && word.length > w.andPrefix.length) {
      const rest = word.slice(w.andPrefix.length);
      if (rest in w.units || (w.scales && rest in w.scales)) word = rest;
    }
    if (/^[0-9٠-٩۰-۹０-９]/.test(word)) {
      const v = parseDigits(word, w.digits);
      if (!Number.isFinite(v) || (any && cur !== 0)) return null;
      cur = v;
      any = true;
    } else if (word in w.units) {
      const v = w.units[word];
      if (cur === 0 || (article && cur === 1)) cur = v; // "a four-day" is four days
      else if (cur > v && cur % placeOf(v) === 0) cur += v;
      else if (w.unitsBeforeTens && cur < 10 && v % 10 === 0 && v < 100) cur += v;
      else return null;
      any = true;
      article = false;
    } else if (w.multipliers && word in w.multipliers) {
      cur = (cur || 1) * w.multipliers[word];
      any = true;
    } else if (w.scales && word in w.scales) {
      const sc = w.scales[word];
      total += (cur || 1) * sc;
      cur = 0;
      any = true;
    } else return null;
  }
  if (!any) return null;
  return total + cur + half;
}

// ---------------------------------------------------------------- similarity-token helpers

/** A number as a token: at most three decimals, no trailing zeros. */
export function fmtNumber(v: number): string {
  if (!Number.isFinite(v)) return '';
  return String(Math.round(v * 1000) / 1000);
}

/** Pushes the tokens of one value: "5", and "5h" with a unit; "5%" for a percent. Calendar years get no unit. */
export function emitValue(out: string[], v: number, unit: string, pct: boolean): void {
  const s = fmtNumber(v);
  if (!s) return;
  if (pct) {
    out.push(`${s}%`);
    return;
  }
  out.push(s);
  if (unit === 'y' && v >= 1000) return; // a calendar year, not a duration
  if (unit) out.push(`${s}${unit}`);
}

/** The canonical unit suffix of the first unit word in `rest` (after spaces and hyphens), or ''. */
export function unitAfter(rest: string, table: readonly (readonly [RegExp, string])[]): string {
  const r = rest.replace(/^[\s-]+/, '');
  for (const [re, u] of table) if (re.test(r)) return u;
  return '';
}

/** "5 to 6 hours": the first number of a range takes the unit after the second. */
export function rangeUnit(rest: string, range: RegExp, table: readonly (readonly [RegExp, string])[]): string {
  const m = range.exec(rest);
  return m ? unitAfter(rest.slice(m[0].length), table) : '';
}

/**
 * Tokens of every number a `pattern` regex (global, unicode) finds in `text` that starts a word: its value, and the
 * value with the unit of the unit word after it ("6", "6h"), or a percent when `percent` matches after it.
 */
export function scanTokens(
  text: string, pattern: RegExp, parse: (raw: string) => number | null, units: readonly (readonly [RegExp, string])[], percent: RegExp, out: string[],
): void {
  const s = normalizeDigits(text.toLowerCase());
  for (const m of s.matchAll(pattern)) {
    const idx = m.index ?? 0;
    if (idx > 0 && /[\p{L}\d]/u.test(s[idx - 1])) continue;
    const v = parse(m[0]);
    if (v === null) continue;
    const rest = s.slice(idx + m[0].length, idx + m[0].length + 30).replace(/^\s+/, '');
    let unit = unitAfter(rest, units);
    if (unit === 'y' && v > 200) unit = '';
    emitValue(out, v, unit, percent.test(rest));
  }
}

/** Enters every space-separated word of `words` into a word table with `value` (case forms of one word). */
export function setWords<T>(table: Record<string, T>, value: T, words: string): void {
  for (const w of words.split(' ')) if (w) table[w] = value;
}
