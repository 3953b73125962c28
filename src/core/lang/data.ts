// Language data for cross-language similarity: plain maps decoded from the precompiled files in
// resources/lang/ (built by `npm run build:lang`). Decoding is pure; reading the files is src/node/lang-data.ts.

export interface LexiconEntry {
  /** Simplified-Chinese equivalents. */
  zh: string[];
  /** English stems (Porter). */
  en: string[];
}

export interface LangData {
  /** Han character (Simplified and Traditional) → Hán-Việt readings as telex keys ("hooij"). */
  readings: Map<string, string[]>;
  /** Every Hán-Việt reading key. */
  readingSet: Set<string>;
  /** Simplified-Chinese word → English gloss stems (CC-CEDICT). */
  gloss: Map<string, string[]>;
  /** Longest word length in `gloss`, in characters. */
  maxGlossLen: number;
  /** Hán-Việt reading sequence ("hooij ddamf") → Simplified-Chinese words with that reading. */
  bridge: Map<string, string[]>;
  /** Vietnamese phrase as telex keys ("ngwowif") → Chinese and English equivalents. */
  lexicon: Map<string, LexiconEntry[]>;
  /** Longest lexicon phrase, in syllables. */
  maxLexiconLen: number;
}

/** The raw text of the data files. */
export interface LangFiles {
  hanviet: string;
  gloss: string;
  bridge: string;
  lexicon: string;
}

function lines(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    out.push(line.split('\t'));
  }
  return out;
}

/** Decode the data files into lookup maps. */
export function parseLangData(files: LangFiles): LangData {
  const readings = new Map<string, string[]>();
  const readingSet = new Set<string>();
  for (const [reading, chars] of lines(files.hanviet)) {
    if (!chars) continue;
    readingSet.add(reading);
    for (const c of chars) {
      const list = readings.get(c);
      if (!list) readings.set(c, [reading]);
      else if (!list.includes(reading)) list.push(reading);
    }
  }
  const gloss = new Map<string, string[]>();
  let maxGlossLen = 1;
  for (const [word, stems] of lines(files.gloss)) {
    if (!stems) continue;
    gloss.set(word, stems.split(' '));
    if (word.length > maxGlossLen) maxGlossLen = word.length;
  }
  const bridge = new Map<string, string[]>();
  for (const [key, words] of lines(files.bridge)) if (words) bridge.set(key, words.split(' '));
  const lexicon = new Map<string, LexiconEntry[]>();
  let maxLexiconLen = 1;
  for (const [vi, zh, en] of lines(files.lexicon)) {
    if (!vi) continue;
    const entry: LexiconEntry = { zh: zh ? zh.split(' ').filter(Boolean) : [], en: en ? en.split(' ').filter(Boolean) : [] };
    const list = lexicon.get(vi);
    if (list) list.push(entry);
    else lexicon.set(vi, [entry]);
    const n = vi.split(' ').length;
    if (n > maxLexiconLen) maxLexiconLen = n;
  }
  return { readings, readingSet, gloss, maxGlossLen, bridge, lexicon, maxLexiconLen };
}

/** Empty data: similarity still works on numbers, Latin tokens, names and Chinese characters. */
export function emptyLangData(): LangData {
  return parseLangData({ hanviet: '', gloss: '', bridge: '', lexicon: '' });
}
