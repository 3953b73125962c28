// Traditional → Simplified via OpenCC (opencc-js): Taiwan variants and T→S characters and phrases. (The Taiwan
// IT-phrase table "twp" is not used: it rewrites single characters such as 埠 → 端口.)
import { ConverterFactory, CustomConverter } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset/t2cn';

let converter: ((s: string) => string) | null = null;

/** Simplified-Chinese form of a text (Traditional / Taiwan variants converted; other text unchanged). */
export function toSimplified(s: string): string {
  if (!converter) converter = ConverterFactory(Locale.from.tw, Locale.to.cn);
  return converter(s);
}

export const HAN = /\p{Script=Han}/u;
export function isHan(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x2ffff) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Converter of regional terms to mainland usage (川普 → 特朗普, 伊斯坦堡 → 伊斯坦布尔) for Simplified text;
 * pairs may be written in either script. Returns the identity when there are no pairs.
 */
export function regionalConverter(pairs: readonly (readonly [string, string])[]): (s: string) => string {
  const dict: [string, string][] = [];
  for (const [from, to] of pairs) {
    const f = toSimplified(from);
    const t = toSimplified(to);
    if (f && t && f !== t) dict.push([f, t]);
  }
  if (dict.length === 0) return (s) => s;
  return CustomConverter(dict);
}
