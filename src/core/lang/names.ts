// Consonant sketch of a transliterated name: its sound reduced to consonant classes, so that
// 拉夫罗夫 / Lavrov / Лавров → "LFLF" and 伊斯坦布尔 / Istanbul → "STNPL".
import { isHan, toSimplified } from './chinese';
import { TRANSLIT_PINYIN } from './translit-pinyin';

const EMBEDDED = new Map<string, string>(TRANSLIT_PINYIN.split(' ').map((x) => [x[0], x.slice(1)]));

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/** Latin transcription of Cyrillic letters (other characters unchanged). */
export function cyrillicToLatin(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) out += CYRILLIC[ch] ?? ch;
  return out;
}

// Consonant classes: P (b p), T (d t), K (g k c q-hard), F (f v ph), S (s z c-soft x sh ch j zh), L (l r),
// N (m n ng). h, w, y and vowels are dropped; repeats collapse.
function latinSketch(word: string): string {
  let s = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z]/g, '');
  s = s
    .replace(/ng(?![aeiouy])/g, 'n')
    .replace(/([^aeiouy])er$/, '$1e')
    .replace(/sch|ch|tch|zh|sh/g, 'j')
    .replace(/ts|tz/g, 'z')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/kh/g, 'k')
    .replace(/qu/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/x/g, 'ks');
  let out = '';
  for (const ch of s) {
    let c = '';
    if (ch === 'b' || ch === 'p') c = 'P';
    else if (ch === 'd' || ch === 't') c = 'T';
    else if (ch === 'g' || ch === 'k' || ch === 'c' || ch === 'q') c = 'K';
    else if (ch === 'f' || ch === 'v') c = 'F';
    else if (ch === 's' || ch === 'z' || ch === 'j') c = 'S';
    else if (ch === 'l' || ch === 'r') c = 'L';
    else if (ch === 'm' || ch === 'n') c = 'N';
    if (c && out[out.length - 1] !== c) out += c;
  }
  return out;
}

const INITIAL: Record<string, string> = {
  b: 'P', p: 'P', d: 'T', t: 'T', g: 'K', k: 'K', f: 'F', l: 'L', r: 'L', m: 'N', n: 'N',
  s: 'S', x: 'S', z: 'S', c: 'S', j: 'S', q: 'S', sh: 'S', zh: 'S', ch: 'S', h: '', w: '', y: '',
};

/** Character → toneless pinyin lookup. */
export type PinyinTable = { get(ch: string): string | undefined };

function pinyinSketch(han: string, table?: PinyinTable): string {
  const syllables = [...toSimplified(han)].map((c) => table?.get(c) ?? EMBEDDED.get(c) ?? '');
  let out = '';
  const push = (c: string) => {
    if (c && out[out.length - 1] !== c) out += c;
  };
  for (const syl of syllables) {
    if (syl === 'er') {
      push('L');
      continue;
    }
    const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?([a-zü]*)$/.exec(syl);
    if (!m) continue;
    push(INITIAL[m[1] ?? ''] ?? '');
    if (/n$|ng$/.test(m[2])) push('N');
  }
  return out;
}

/**
 * Consonant sketch of a name in the given language: Chinese through pinyin (from `pinyin`, the full table
 * of the language data, else a built-in table of transliteration characters); Cyrillic is transliterated.
 */
export function nameSketch(name: string, lang = '', pinyin?: PinyinTable): string {
  const hasHan = [...name].some(isHan);
  if (hasHan || lang.startsWith('zh')) {
    const han = [...name].filter(isHan).join('');
    if (han) return pinyinSketch(han, pinyin);
  }
  if (/[\u0400-\u04ff]/.test(name)) return latinSketch(cyrillicToLatin(name));
  return latinSketch(name);
}

// Characters that Chinese uses to transliterate foreign names; a run of two or more of them is a name candidate.
export const TRANSLIT_CHARS = new Set(EMBEDDED.keys());

export function isTranslitChar(ch: string): boolean {
  return TRANSLIT_CHARS.has(ch);
}
