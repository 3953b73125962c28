// Word → English-stems tables for the 'glossed' languages (Russian, Arabic), from bilingual dictionaries in
// dictd format that Debian ships (see resources/lang/NOTICE.md):
//   gloss-ru.tsv  Russian stem<TAB>English stems   from mueller7-dict (English→Russian, inverted) and
//                                                  dict-freedict-eng-rus (English→Russian, inverted)
//   gloss-ar.tsv  Arabic stem<TAB>English stems    from dict-freedict-ara-eng (Arabic→English)
// Stems are made by the same functions the similarity uses (the pack's `stem`, Porter for English).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { englishStems } from '../../src/core/lang/english';
import { similarity as ru } from '../../src/core/lang/ru/similarity';
import { similarity as ar } from '../../src/core/lang/ar/similarity';

const DICTD = process.env.DICTD_DIR ?? '/usr/share/dictd';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function b64(s: string): number {
  let n = 0;
  for (const c of s) n = n * 64 + B64.indexOf(c);
  return n;
}

/** Entries of a dictd dictionary: headword → article text (without its headword line). */
function readDictd(name: string): Map<string, string[]> | null {
  const idx = path.join(DICTD, `${name}.index`);
  const dz = path.join(DICTD, `${name}.dict.dz`);
  if (!existsSync(idx) || !existsSync(dz)) {
    console.log(`${name}: not installed (apt-get install the package named in resources/lang/NOTICE.md), skipped`);
    return null;
  }
  const body = gunzipSync(readFileSync(dz));
  const out = new Map<string, string[]>();
  for (const line of readFileSync(idx, 'utf8').split('\n')) {
    const [word, off, len] = line.split('\t');
    if (!word || !off || !len || word.startsWith('00-database') || word.startsWith('00database')) continue;
    const text = body.subarray(b64(off), b64(off) + b64(len)).toString('utf8');
    const list = out.get(word) ?? [];
    list.push(text);
    out.set(word, list);
  }
  return out;
}

type Scores = Map<string, Map<string, number>>;

/** Weight of each word of a multi-word translation, relative to a one-word translation ("вести переговоры"). */
const MULTI_WORD = Number(process.env.GLOSS_MULTI ?? 0.25);
/** English stems kept per key, and the lowest score relative to the best one. */
const KEEP = Number(process.env.GLOSS_KEEP ?? 4);
const MIN_RATIO = Number(process.env.GLOSS_RATIO ?? 0.3);

function credit(scores: Scores, key: string, en: string, w: number): void {
  if (!key || !en) return;
  let m = scores.get(key);
  if (!m) scores.set(key, (m = new Map()));
  m.set(en, (m.get(en) ?? 0) + w);
}

const CYR_PHRASE = /^[а-яё]+(?:[ -][а-яё]+){0,2}$/;

/** Russian translations of one English article, as [phrase, weight] (weight falls with sense and position). */
export function russianTranslations(article: string): [string, number][] {
  const text = article
    .replace(/^[^\n]*\n/, '') // headword line
    .replace(/\[[^\]]*\]/g, ' ') // transcription
    .replace(/\/[^/\n]*\//g, ' ') // FreeDict transcription
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b_[\p{L}-]+\.?/gu, ' ') // grammar labels (_n. _v. _амер.)
    .replace(/_[\p{L}-]+\.?/gu, ' ')
    .replace(/[а-яё]+-л\./g, ' ') // кого-л., что-л.
    .toLowerCase();
  const out: [string, number][] = [];
  let sense = 0;
  for (const part of text.replace(/(^|\s)\d+[).](?=\s|$)/g, '\u0001').split('\u0001')) {
    const t = part.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    sense++;
    if (sense > 4) break;
    let pos = 0;
    for (const seg of t.split(/[;,]/)) {
      const s = seg.trim();
      if (!s) continue;
      if (/[a-z]/.test(s)) break; // an English example follows: the rest of the sense is examples
      if (!CYR_PHRASE.test(s)) continue;
      out.push([s, 1 / sense / (1 + 0.5 * pos)]);
      pos++;
    }
  }
  return out;
}

/** English stems that CC-CEDICT glosses use, with how often: common stems are the likelier translations. */
function glossStemCounts(glossFile: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!existsSync(glossFile)) return counts;
  for (const line of readFileSync(glossFile, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    for (const s of line.slice(tab + 1).split(' ')) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

function rank(m: Map<string, number>, common: Map<string, number>, keep: number): string[] {
  const ranked = [...m.entries()]
    .map(([en, s]) => [en, s * (0.5 + Math.min(1, Math.log1p(common.get(en) ?? 0) / Math.log(40)))] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = ranked[0][1];
  return ranked
    .filter(([, s]) => s >= top * MIN_RATIO)
    .slice(0, keep)
    .map(([en]) => en);
}

function writeTable(file: string, scores: Scores, common: Map<string, number>, keep: number, fixed = new Map<string, string[]>()): number {
  const rows: string[] = [];
  for (const [key, stems] of fixed) rows.push(`${key}\t${stems.join(' ')}`);
  for (const [key, m] of scores) {
    if (fixed.has(key)) continue;
    rows.push(`${key}\t${rank(m, common, keep).join(' ')}`);
  }
  rows.sort((a, b) => {
    const ka = a.slice(0, a.indexOf('\t'));
    const kb = b.slice(0, b.indexOf('\t'));
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  writeFileSync(file, rows.join('\n') + '\n');
  return rows.length;
}

/** Hand-written entries (resources/lang/src/<name>-glossary.tsv): stem → English stems, in the file's order. */
function handGlossary(outDir: string, name: string, stem: (w: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const file = path.join(outDir, 'src', `${name}-glossary.tsv`);
  if (!existsSync(file)) return out;
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const [word, en] = raw.split('\t').map((x) => (x ?? '').trim());
    if (!word || !en) continue;
    const key = stem(word.toLowerCase());
    const stems = out.get(key) ?? [];
    for (const alt of en.split('|')) for (const st of englishStems(alt)) if (!stems.includes(st)) stems.push(st);
    if (stems.length) out.set(key, stems.slice(0, 6));
  }
  return out;
}

function buildRussian(outDir: string, common: Map<string, number>): void {
  const stem = ru.stem!;
  const fn = ru.functionWords!;
  const scores: Scores = new Map();
  let sources = 0;
  for (const name of ['mueller7', 'freedict-eng-rus']) {
    const dict = readDictd(name);
    if (!dict) continue;
    sources++;
    let n = 0;
    for (const [head, articles] of dict) {
      if (!/^[A-Za-z][a-z]+$/.test(head)) continue; // single words (names keep their capital)
      const en = englishStems(head);
      if (en.length !== 1) continue;
      for (const article of articles) {
        for (const [phrase, w] of russianTranslations(article)) {
          const words = phrase.split(/[ -]/).filter((x) => !fn.has(x));
          if (words.length === 0) continue;
          const each = words.length === 1 ? w : (w * MULTI_WORD) / words.length;
          if (each <= 0) continue;
          for (const word of words) if (word.length >= 2) credit(scores, stem(word), en[0], each);
          n++;
        }
      }
    }
    console.log(`gloss-ru: ${name} ${n} translations`);
  }
  if (!sources) return;
  const glossary = handGlossary(outDir, 'ru', stem);
  console.log(`gloss-ru: ru-glossary.tsv ${glossary.size} stems`);
  console.log(`gloss-ru: ${writeTable(path.join(outDir, 'gloss-ru.tsv'), scores, common, KEEP, glossary)} stems`);
}

function buildArabic(outDir: string, common: Map<string, number>): void {
  const dict = readDictd('freedict-ara-eng');
  if (!dict) return;
  const stem = ar.stem!;
  const scores: Scores = new Map();
  for (const [head, articles] of dict) {
    const words = head.split(/\s+/);
    if (words.length !== 1 || !/^[\u0621-\u064a\u064b-\u065f\u0670]+$/.test(head)) continue;
    const key = stem(head);
    for (const article of articles) {
      const senses = article
        .replace(/^[^\n]*\n/, '')
        .split('\n')
        .map((l) => l.replace(/^\s*\d+\.\s*/, '').trim())
        .filter(Boolean);
      senses.slice(0, 4).forEach((s, i) => {
        const en = englishStems(s);
        if (en.length === 0 || en.length > 2) return;
        for (const e of en) credit(scores, key, e, 1 / (1 + i) / en.length);
      });
    }
  }
  const glossary = handGlossary(outDir, 'ar', stem);
  console.log(`gloss-ar: ar-glossary.tsv ${glossary.size} stems`);
  console.log(`gloss-ar: ${writeTable(path.join(outDir, 'gloss-ar.tsv'), scores, common, KEEP, glossary)} stems`);
}

/** Build gloss-ru.tsv and gloss-ar.tsv in `outDir` (after gloss.tsv, whose stems rank the candidates). */
export function buildGlossed(outDir: string): void {
  const common = glossStemCounts(path.join(outDir, 'gloss.tsv'));
  buildRussian(outDir, common);
  buildArabic(outDir, common);
}
