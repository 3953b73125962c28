// The project's one number parser: every number written in a language (digits in its conventions, number words)
// is read here, through the language's pack (src/core/lang/<tag>/numbers.ts), both by the facts layer (values of
// durations, counts, money, dates) and by similarity (normalized tokens "4.5", "4.5h", "d2-27", "wd2", "5%").
import { packFor } from './packs';
import { emitValue, normalizeDigits, parseDigits } from './pack/numbers';

export { normalizeDigits, parseDigits } from './pack/numbers';

/** Digits only (any digit set, "." decimal): the reading of a language without a numbers section. */
const NEUTRAL_NUM = '(?:[0-9٠-٩۰-۹０-９]+(?:[.,][0-9٠-٩۰-۹０-９]+)?)';

/** Value of a number written in the conventions of `lang` (zh*, vi, en, ru, ar; others: digits only). */
export function parseNumber(raw: string, lang: string): number | null {
  const rules = packFor(lang).numbers;
  if (rules) return rules.parse(raw);
  const v = parseDigits(raw, { decimal: '.' });
  return Number.isFinite(v) ? v : null;
}

/** Regex source (no capture groups) for one number as written in `lang`. */
export function numberPattern(lang: string): string {
  return packFor(lang).numbers?.pattern ?? NEUTRAL_NUM;
}

/** Value of a Chinese numeral (一百二十三, 两万五千, 十五, 三点五); null when not a numeral. */
export function parseChineseNumber(s: string): number | null {
  return parseNumber(s, 'zh-Hans');
}

function neutralTokens(text: string, out: string[]): void {
  for (const m of normalizeDigits(text).matchAll(/(?<![\d])(\d+(?:[.,]\d+)*)(?![\d])/g)) {
    const v = parseDigits(m[1], { decimal: '.' });
    if (!Number.isNaN(v)) emitValue(out, v, '', false);
  }
}

/** Normalized number / date / duration tokens of a text in a language ('zh-*', 'vi', 'en', 'ru', 'ar', other). */
export function numberTokens(text: string, lang: string): string[] {
  const out: string[] = [];
  // clock times (19:00, 11:45:03) are mostly page timestamps: not counts
  text = text.replace(/(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/g, ' ');
  const rules = packFor(lang).numbers;
  if (rules?.tokens) rules.tokens(text, out);
  else neutralTokens(text, out);
  return out;
}
