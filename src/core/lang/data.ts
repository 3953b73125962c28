// Language data for cross-language similarity: plain maps decoded from the precompiled files in
// resources/lang/ (built by `npm run build:lang`). Decoding is pure; reading the files is src/node/lang-data.ts.

export interface LexiconEntry {
  /** Simplified-Chinese equivalents. */
  zh: string[];
  /** English stems (Porter). */
  en: string[];
}

/** Read-only lookup table (a Map, or a lazily searched sorted file). */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  /** True when some key starts with `prefix` (optional: tables without it are searched exhaustively). */
  hasPrefix?(prefix: string): boolean;
  readonly size: number;
}

/**
 * A sorted `key<TAB>value` text searched by binary search over line starts, with a cache of decoded values:
 * opening it costs one pass over the text instead of building a 100k-entry Map.
 */
export class SortedTable implements Lookup<string[]> {
  private readonly starts: Int32Array;
  private readonly cache = new Map<string, string[] | null>();
  readonly size: number;

  private readonly text: string;

  /** `text` must be sorted by key (code-unit order) as the build writes it; small unsorted inputs are sorted. */
  constructor(text: string) {
    const starts: number[] = [];
    let p = 0;
    while (p < text.length) {
      let e = text.indexOf('\n', p);
      if (e < 0) e = text.length;
      if (e > p && text.charCodeAt(p) !== 35 /* # */) starts.push(p);
      p = e + 1;
    }
    if (starts.length < 5000) {
      // cheap for small hand-made files: normalize (drop comments, sort)
      const lines = starts.map((s) => text.slice(s, text.indexOf('\n', s) < 0 ? text.length : text.indexOf('\n', s))).filter((l) => l.includes('\t'));
      lines.sort((x, y) => (keyOf(x) < keyOf(y) ? -1 : keyOf(x) > keyOf(y) ? 1 : 0));
      this.text = lines.join('\n');
      starts.length = 0;
      let q = 0;
      for (const l of lines) {
        starts.push(q);
        q += l.length + 1;
      }
    } else this.text = text;
    this.starts = Int32Array.from(starts);
    this.size = starts.length;
  }

  /** Compare the key of line `line` with `key` without allocating: <0, 0, >0. */
  private cmp(line: number, key: string): number {
    const t = this.text;
    let p = this.starts[line];
    for (let i = 0; ; i++, p++) {
      const c = p < t.length ? t.charCodeAt(p) : 9;
      const end = c === 9; // TAB ends the key
      if (i === key.length) return end ? 0 : 1;
      if (end) return -1;
      const d = c - key.charCodeAt(i);
      if (d !== 0) return d;
    }
  }

  /** Index of the first line whose key is >= `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cmp(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get(key: string): string[] | undefined {
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit ?? undefined;
    let found: string[] | null = null;
    const i = this.lowerBound(key);
    if (i < this.starts.length && this.cmp(i, key) === 0) {
      const t = this.text;
      const tab = this.starts[i] + key.length;
      let e = t.indexOf('\n', tab);
      if (e < 0) e = t.length;
      found = t.slice(tab + 1, e).split(' ').filter(Boolean);
    }
    if (this.cache.size < 500_000) this.cache.set(key, found);
    return found ?? undefined;
  }

  /** True when some key starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    const i = this.lowerBound(prefix);
    if (i >= this.starts.length) return false;
    const t = this.text;
    const s = this.starts[i];
    return t.startsWith(prefix, s);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

function keyOf(line: string): string {
  return line.slice(0, line.indexOf('\t'));
}

export interface LangData {
  /** Han character (Simplified and Traditional) → Hán-Việt readings as telex keys ("hooij"). */
  readings: Map<string, string[]>;
  /** Regional term → mainland term (川普 → 特朗普), applied to Chinese text after Simplified conversion. */
  regional: [string, string][];
  /** Simplified character → usual toneless pinyin (for name sketches). */
  pinyin: Map<string, string>;
  /** Every Hán-Việt reading key. */
  readingSet: Set<string>;
  /** Simplified-Chinese word → English gloss stems (CC-CEDICT). */
  gloss: Lookup<string[]>;
  /** Longest word length in `gloss`, in characters. */
  maxGlossLen: number;
  /** Hán-Việt reading sequence ("hooij ddamf") → Simplified-Chinese words with that reading. */
  bridge: Lookup<string[]>;
  /** Vietnamese phrase as telex keys ("ngwowif") → Chinese and English equivalents. */
  lexicon: Map<string, LexiconEntry[]>;
  /** Longest lexicon phrase, in syllables. */
  maxLexiconLen: number;
  /**
   * Word-gloss tables of the 'glossed' languages, by the name a pack gives in `similarity.glossTable`
   * (resources/lang/gloss-<name>.tsv): stem of a word → English stems.
   */
  wordGloss: Record<string, Lookup<string[]>>;
}

/** The raw text of the data files. */
export interface LangFiles {
  hanviet: string;
  gloss: string;
  bridge: string;
  lexicon: string;
  /** Optional: character<TAB>pinyin. */
  pinyin?: string;
  /** Optional: regional (Taiwan / Hong Kong) term<TAB>mainland term. */
  regional?: string;
  /** Optional: word-gloss tables by name (gloss-ru.tsv → ru): stem<TAB>English stems, sorted by stem. */
  wordGloss?: Record<string, string>;
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
  const gloss = new SortedTable(files.gloss);
  // headwords are at most 4 characters (see scripts/build-lang); the value only bounds the search
  const maxGlossLen = 4;
  const bridge = new SortedTable(files.bridge);
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
  const pinyin = new Map<string, string>();
  for (const [c, py] of lines(files.pinyin ?? '')) if (py) pinyin.set(c, py);
  const regional: [string, string][] = [];
  for (const [from, to] of lines(files.regional ?? '')) if (from && to) regional.push([from, to]);
  const wordGloss: Record<string, Lookup<string[]>> = {};
  for (const [name, text] of Object.entries(files.wordGloss ?? {})) if (text) wordGloss[name] = new SortedTable(text);
  return { readings, readingSet, regional, pinyin, gloss, maxGlossLen, bridge, lexicon, maxLexiconLen, wordGloss };
}

/** Empty data: similarity still works on numbers, Latin tokens, names and Chinese characters. */
export function emptyLangData(): LangData {
  return parseLangData({ hanviet: '', gloss: '', bridge: '', lexicon: '' });
}
