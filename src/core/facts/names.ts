// Person keys across scripts: a consonant "sketch" that Chinese transliterations (拉夫罗夫), Latin forms (Lavrov),
// Cyrillic (Лавров) and Vietnamese spellings share. Traditional → Simplified conversion and Cyrillic transliteration
// are the language layer's (src/core/lang/chinese.ts, src/core/lang/names.ts); the coarser sound sketch of
// src/core/lang/names.ts (m = n, no h) serves similarity tokens and place keys, this finer one tells people apart.
//
// The sketch maps every consonant to a coarse class, drops vowels and semivowels, and collapses repeats:
//   P b p · F f v w ph · T d t th · K g k hard-c q x(=ks) · H h kh · S s z j ch sh zh ts and pinyin j q x z c zh ch sh
//   M m · N n ng · R l r (Chinese uses l for r; 尔 er → R)
// 拉夫罗夫 la-fu-luo-fu → RFRF = Lavrov → RFRF = Лавров. 帕尔明采夫 → PRMNSF = Parmintsev. 沃尔特 → FRT ≈ Walter FRTR.
import { pinyin } from 'pinyin-pro';
import type { LanguageTag } from '../model';
import { toSimplified } from '../lang/chinese';
import { cyrillicToLatin } from '../lang/names';

export { toSimplified };

/** Simplified form with the same length as `s` (character by character when phrase conversion changes length). */
export function toSimplifiedAligned(s: string): string {
  const out = toSimplified(s);
  if (out.length === s.length) return out;
  let r = '';
  for (const ch of s) {
    const c = toSimplified(ch);
    r += c.length === ch.length ? c : ch;
  }
  return r;
}

/** Lowercase ASCII letters: strips diacritics (Vietnamese included), đ → d, Cyrillic → Latin. */
export function asciiFold(s: string): string {
  const lower = s.toLowerCase();
  let r = '';
  for (const ch of lower.normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (ch === 'đ') r += 'd';
    else if (c >= 0x400 && c <= 0x4ff) r += cyrillicToLatin(ch).replace(/[^a-z]/g, '');
    else r += ch;
  }
  return r;
}

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
}

/** Consonant-class sketch of a Latin (or Cyrillic, Vietnamese) name. */
export function latinSketch(name: string): string {
  let s = asciiFold(name).replace(/[^a-z]/g, '');
  // a final unstressed -er is usually not transliterated (Walter → 沃尔特)
  if (s.length > 4 && s.endsWith('er') && !isVowel(s[s.length - 3])) s = s.slice(0, -1) + 'e';
  let out = '';
  const push = (k: string): void => {
    if (out[out.length - 1] !== k) out += k;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const n1 = s[i + 1] ?? '';
    const two = c + n1;
    if (isVowel(c)) continue;
    if (two === 'ph') { push('F'); i++; continue; }
    if (two === 'th') { push('T'); i++; continue; }
    if (two === 'kh' || two === 'gh') { push(two === 'kh' ? 'H' : 'K'); i++; continue; }
    if (two === 'ch' || two === 'sh' || two === 'zh' || two === 'ts' || two === 'tz' || two === 'cz' || two === 'sz') { push('S'); i++; continue; }
    if (two === 'ck') { push('K'); i++; continue; }
    if (two === 'dg') { push('S'); i++; continue; }
    switch (c) {
      case 'b': case 'p': push('P'); break;
      case 'f': case 'v': case 'w': push('F'); break;
      case 'd': case 't': push('T'); break;
      case 'g': case 'k': case 'q': push('K'); break;
      case 'c': push(n1 === 'e' || n1 === 'i' || n1 === 'y' ? 'S' : 'K'); break;
      case 'x': push('K'); push('S'); break;
      // h counts at the start, and in -ohn- (John 约翰); elsewhere it is silent or part of a digraph
      case 'h': if (out.length === 0 || (n1 === 'n' && isVowel(s[i - 1] ?? ''))) push('H'); break;
      case 's': case 'z': case 'j': push('S'); break;
      case 'm': push('M'); break;
      case 'n': push('N'); break;
      case 'l': case 'r': push('R'); break;
      default: break;
    }
  }
  return out;
}

const PINYIN_INITIAL: [string, string][] = [
  ['zh', 'S'], ['ch', 'S'], ['sh', 'S'], ['b', 'P'], ['p', 'P'], ['m', 'M'], ['f', 'F'], ['d', 'T'], ['t', 'T'],
  ['n', 'N'], ['l', 'R'], ['g', 'K'], ['k', 'K'], ['h', 'H'], ['j', 'S'], ['q', 'S'], ['x', 'S'], ['r', 'R'],
  ['z', 'S'], ['c', 'S'], ['s', 'S'], ['w', 'F'], ['y', ''],
];

/** Sketch of one pinyin syllable (toneless). */
function syllableSketch(py: string): string {
  if (py === 'er') return 'R';
  if (py === 'wu') return ''; // 乌 transliterates an initial u-
  if (py === 'yue') return 'S'; // 约 transliterates Jo- (约翰逊 Johnson, 约瑟夫 Joseph)
  let rest = py;
  let out = '';
  for (const [ini, cls] of PINYIN_INITIAL) {
    if (rest.startsWith(ini)) {
      out += cls;
      rest = rest.slice(ini.length);
      break;
    }
  }
  if (rest.endsWith('ng') || rest.endsWith('n')) out += 'N';
  return out;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const sketchCache = new Map<string, string>();

/** Sketch of a Chinese transliteration (all characters read by pinyin). */
export function hanSketch(name: string): string {
  const cached = sketchCache.get(name);
  if (cached !== undefined) return cached;
  const syl = pinyin(toSimplified(name), { toneType: 'none', type: 'array', v: true }) as string[];
  let out = '';
  for (const s of syl) {
    for (const k of syllableSketch(s.toLowerCase())) {
      if (out[out.length - 1] !== k) out += k;
    }
  }
  if (sketchCache.size > 5000) sketchCache.clear();
  sketchCache.set(name, out);
  return out;
}

/**
 * Consonant sketch of a person name, the same across scripts for the same person:
 * nameSketch('拉夫罗夫','zh-Hans') === nameSketch('Lavrov','en') === nameSketch('Лавров','ru') === 'RFRF'.
 * Multi-part names are reduced to the family name (last part; '·' or space separated), since reports
 * often give only the surname. `lang` only breaks ties; the script is detected from the characters.
 */
export function nameSketch(name: string, lang: LanguageTag): string {
  const trimmed = name.trim();
  if (!trimmed) return '';
  const parts = trimmed.split(/[·•・‧.\s]+/).filter(Boolean);
  const last = parts[parts.length - 1] ?? trimmed;
  void lang;
  const sk = HAN.test(last) ? hanSketch(last) : latinSketch(last);
  // a final r is the least stable sound across scripts (Becker 贝克尔, Walter 沃尔特): drop it
  return sk.length > 2 && sk.endsWith('R') ? sk.slice(0, -1) : sk;
}

/** Rough similarity of two sketches in 0..1 (1 − normalized edit distance). */
export function sketchSimilarity(a: string, b: string): number {
  if (a === b) return a ? 1 : 0;
  const m = a.length;
  const n = b.length;
  if (!m || !n) return 0;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[n] / Math.max(m, n);
}
