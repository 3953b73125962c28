// Traditional → Simplified via OpenCC (opencc-js), importing only the Taiwan-variant and T→S dictionaries.
import { ConverterFactory } from 'opencc-js/core';
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
