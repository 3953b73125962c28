// Traditional → Simplified normalization for display and diffing (OpenCC, Taiwan → mainland).
import { Converter } from 'opencc-js/t2cn';

let convert: ((s: string) => string) | null = null;

export function toSimplified(text: string): string {
  if (!convert) convert = Converter({ from: 'tw', to: 'cn' });
  return convert(text);
}
