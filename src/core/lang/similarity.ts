// Cross-language statement similarity without a neural model (see shared research "offline aligner").
// Each text becomes sparse weighted tokens in shared spaces ("signals"); two texts are compared by an
// IDF-weighted cosine per signal, combined by a weighted sum; batch matching adds CSLS hubness correction
// and a threshold so statements with no counterpart stay unmatched.
import type { LangData, LexiconEntry } from './data';
import { toSimplified, isHan, regionalConverter } from './chinese';
import { englishWords, stemWord, isEnglishStopword } from './english';
import { nameSketch, isTranslitChar, cyrillicToLatin } from './names';
import { numberTokens } from './numbers';
import { vietKey, hasVietMarks } from './viet';
import { packFor, PACKS } from './packs';
import type { SimilarityFamily, SimilarityRules } from './pack/similarity';
import { DEFAULT_SIMILARITY_SETTINGS, type SimilaritySettings } from '../engine/settings';

/** The signals, each a token namespace. */
export const SIGNALS = ['char', 'charPair', 'hanViet', 'hanVietPair', 'gloss', 'latin', 'name', 'number'] as const;
export type Signal = (typeof SIGNALS)[number];
const NS = SIGNALS.length;
const PREFIX = ['c', 'cb', 'h', 'hb', 'e', 'l', 's', 'n'];

/** Similarity family of a language, from its pack (`similarity.family`). */
export type LangFamily = SimilarityFamily;
/** Pairs of families with their own signal weights (families in the order zh, vi, ru, ar, en); others use 'other'. */
export type PairKind =
  | 'zh-zh'
  | 'zh-vi'
  | 'zh-en'
  | 'vi-en'
  | 'vi-vi'
  | 'en-en'
  | 'zh-ru'
  | 'vi-ru'
  | 'ru-en'
  | 'ru-ru'
  | 'zh-ar'
  | 'vi-ar'
  | 'ru-ar'
  | 'ar-en'
  | 'ar-ar'
  | 'other';

/** Sparse features of one text; ids are private to the similarity object that made them. */
export interface Features {
  readonly lang: string;
  readonly family: LangFamily;
  /** Token ids, ascending. */
  readonly ids: Int32Array;
  /** Term weight of each token (before IDF). */
  readonly tf: Float32Array;
}

export interface MatchResult {
  /** Index in A. */
  a: number;
  /** Index in B of the best counterpart, or null when its score is below the threshold. */
  b: number | null;
  /** Similarity 0..1 of the best candidate (reported even when below the threshold). */
  score: number;
  /** CSLS-corrected score used for ranking. */
  csls: number;
  /** Best candidate whatever the threshold (-1 when B is empty). */
  best: number;
}

export interface Explanation {
  score: number;
  /** Cosine 0..1 of each signal both sides can produce and at least one side has. */
  signals: Partial<Record<Signal, number>>;
  /** Shared tokens as readable strings ("hb:hooij ddamf", "n:6.5h", "s:STNPL"), by decreasing weight. */
  shared: string[];
}

export interface SimilarityOptions {
  /** Thresholds and weights (merged over `DEFAULT_SIMILARITY_SETTINGS` of src/core/engine/settings.ts). */
  settings?: Partial<SimilaritySettings>;
  /** Signal weights per language pair (merged over the settings' weights). */
  weights?: Partial<Record<PairKind, Partial<Record<Signal, number>>>>;
  /** Minimum score 0..1 for a match (default: settings.threshold). */
  threshold?: number;
  /**
   * Minimum CSLS-corrected score for a match (default: settings.cslsThreshold), applied when A and B both have at
   * least settings.cslsMinItems items. Smaller inputs instead need a score of at least
   * max(threshold, settings.smallMinScore) and a mutual best match (or ≥ settings.sureScore).
   */
  cslsThreshold?: number;
  /** Neighbourhood size for CSLS (default: settings.cslsK). */
  cslsK?: number;
}

export interface MatchOptions {
  threshold?: number;
  cslsThreshold?: number;
  cslsK?: number;
  /** Use the IDF from `fit` instead of computing it from A and B (default false). */
  useFittedIdf?: boolean;
  /** Tokens found in more than this fraction of A+B are ignored when scoring (default 1: none; 0.1 is faster, slightly less accurate). */
  pruneDf?: number;
  /** Signal weights for this call (merged over the object's weights). */
  weights?: Partial<Record<PairKind, Partial<Record<Signal, number>>>>;
}

export interface Similarity {
  /** Tokens of a text in a language (tokenizer chosen by the language's pack; unknown: Latin tokens, names, numbers). */
  features(text: string, lang: string): Features;
  /** Set document frequencies from a corpus, used by `score` (call once with all statements). */
  fit(corpus: readonly Features[]): void;
  /** Similarity 0..1 of two feature sets. */
  score(a: Features, b: Features): number;
  /** Why two feature sets are similar: per-signal cosine and the shared tokens, strongest first. */
  explain(a: Features, b: Features): Explanation;
  /** Best counterpart in B of each item of A, with CSLS hubness correction and a threshold. */
  match(A: readonly Features[], B: readonly Features[], opts?: MatchOptions): MatchResult[];
  /** Tokens of a feature set as readable strings (for debugging and tests). */
  tokens(f: Features): string[];
  /**
   * Blocking anchors: ids of the discriminative tokens that can be shared across languages (Hán-Việt and
   * character pairs, glosses, Latin words, name sketches, numbers), without single characters / syllables.
   * With `fitted` document frequencies (after `fit`), tokens in more than `maxDf` of the corpus are dropped.
   */
  anchors(f: Features, maxDf?: number): Int32Array;
  readonly threshold: number;
}

const CAPS: Record<LangFamily, boolean[]> = {
  //     c      cb     h      hb     e      l     s     n
  zh: [true, true, true, true, true, true, true, true],
  vi: [false, false, true, true, true, true, true, true],
  en: [false, false, false, false, true, true, true, true],
  ru: [false, false, false, false, true, true, true, true],
  ar: [false, false, false, false, true, true, true, true],
  other: [false, false, false, false, false, true, true, true],
};
// Signals that count in the denominator only when both sides have tokens (names and Latin words are
// often translated away); the others count when either side has tokens.
const BOTH_REQUIRED = [false, false, false, false, false, true, true, false];

/** Default signal weights per pair kind (`DEFAULT_SIMILARITY_SETTINGS.weights`, reasons in settings.ts). */
export const DEFAULT_WEIGHTS: Record<PairKind, Record<Signal, number>> = DEFAULT_SIMILARITY_SETTINGS.weights;

const NO_WORDS: ReadonlySet<string> = new Set();
const NO_RULES: SimilarityRules = { family: 'other', tokenizer: 'plain' };

/** The similarity rules of a language: its pack's section. */
function rulesFor(lang: string): SimilarityRules {
  return packFor(lang).similarity ?? NO_RULES;
}

export function langFamily(lang: string): LangFamily {
  return rulesFor(lang).family;
}

const FAMILY_ORDER: LangFamily[] = ['zh', 'vi', 'ru', 'ar', 'en', 'other'];
const PAIR_KINDS: PairKind[] = Object.keys(DEFAULT_SIMILARITY_SETTINGS.weights) as PairKind[];

function pairKind(a: LangFamily, b: LangFamily): PairKind {
  const [x, y] = FAMILY_ORDER.indexOf(a) <= FAMILY_ORDER.indexOf(b) ? [a, b] : [b, a];
  const k = `${x}-${y}`;
  return (PAIR_KINDS as string[]).includes(k) ? (k as PairKind) : 'other';
}

// Function characters of Han text (Chinese statements, and the Chinese equivalents of the Vietnamese lexicon).
const HAN_FUNCTION: ReadonlySet<string> = PACKS.find((p) => p.similarity?.tokenizer === 'han')?.similarity?.functionWords ?? new Set();

const PINYIN_NOTE = /[(（]\s*[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\s*[)）]/g;

const VIET_SHAPE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?[aeiouy]{1,3}(ch|ng|nh|c|m|n|p|t)?$/;

function plainLatin(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
}

function isVietnameseWord(word: string): boolean {
  return hasVietMarks(word) || VIET_SHAPE.test(plainLatin(word));
}

/** True when the text before `i` is empty or ends a sentence (a capital there says nothing about names). */
function afterSentenceEnd(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const c = text[j];
    if (c === ' ' || c === '\t' || c === '\u00a0' || c === '«' || c === '"' || c === '“' || c === '(') continue;
    return c === '.' || c === '!' || c === '?' || c === '…' || c === '\n' || c === ':';
  }
  return true;
}

function isCapitalized(w: string): boolean {
  const c = w[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

const PAIR_TABLE = Object.fromEntries(FAMILY_ORDER.map((a) => [a, Object.fromEntries(FAMILY_ORDER.map((b) => [b, pairKind(a, b)]))])) as Record<
  LangFamily,
  Record<LangFamily, PairKind>
>;

interface Prepared {
  version: number;
  ids: Int32Array;
  w: Float64Array;
  ns: Uint8Array;
  norm: Float64Array;
}

/** Build a similarity scorer over the given language data. */
export function createSimilarity(data: LangData, opts: SimilarityOptions = {}): Similarity {
  const mergeWeights = (over: SimilarityOptions['weights'], base: Record<PairKind, Record<Signal, number>>) => {
    const out = {} as Record<PairKind, Float64Array>;
    const plain = {} as Record<PairKind, Record<Signal, number>>;
    for (const k of PAIR_KINDS) {
      plain[k] = { ...base[k], ...(over?.[k] ?? {}) };
      out[k] = Float64Array.from(SIGNALS.map((s) => plain[k][s]));
    }
    return { arrays: out, plain };
  };
  const settings: SimilaritySettings = { ...DEFAULT_SIMILARITY_SETTINGS, ...opts.settings };
  const { idfPriorDocs, functionWeight, nameWeight, stemNameWeight, glossWeight } = settings;
  const baseWeights = mergeWeights(opts.weights, mergeWeights(settings.weights, DEFAULT_SIMILARITY_SETTINGS.weights).plain);
  const weights = baseWeights.arrays;
  const threshold = opts.threshold ?? settings.threshold;
  const cslsThreshold = opts.cslsThreshold ?? settings.cslsThreshold;
  const cslsK = opts.cslsK ?? settings.cslsK;

  const vocab: Map<string, number>[] = PREFIX.map(() => new Map<string, number>());
  const vocabTokens: string[] = [];
  const nsOf: number[] = [];
  // Characters, character pairs, readings and reading pairs are interned by number (no string building).
  const numVocab: Map<number, number>[] = PREFIX.map(() => new Map<number, number>());
  const vocabNum: number[] = [];
  const readingNames = [...data.readingSet];
  const readingIndex = new Map<string, number>(readingNames.map((r, i) => [r, i]));
  const RM = Math.max(4096, readingNames.length); // reading-pair key = first * RM + second
  const charReadings = new Map<string, Int32Array>();
  for (const [c, rs] of data.readings) {
    const ids = rs.map((r) => readingIndex.get(r)).filter((x): x is number => x !== undefined);
    if (ids.length) charReadings.set(c, Int32Array.from(ids));
  }
  const internNum = (ns: number, key: number): number => {
    const m = numVocab[ns];
    let id = m.get(key);
    if (id === undefined) {
      id = vocabTokens.length;
      m.set(key, id);
      vocabTokens.push('');
      vocabNum[id] = key;
      nsOf.push(ns);
    }
    return id;
  };
  const tokenName = (id: number): string => {
    const ns = nsOf[id];
    let t = vocabTokens[id];
    if (t === '' && vocabNum[id] !== undefined) {
      const k = vocabNum[id];
      if (ns === 0) t = String.fromCodePoint(k);
      else if (ns === 1) t = String.fromCodePoint(Math.floor(k / 0x110000)) + String.fromCodePoint(k % 0x110000);
      else if (ns === 2) t = readingNames[k];
      else t = `${readingNames[Math.floor(k / RM)]} ${readingNames[k % RM]}`;
    }
    return `${PREFIX[ns]}:${t}`;
  };
  const intern = (ns: number, tok: string): number => {
    const m = vocab[ns];
    let id = m.get(tok);
    if (id === undefined) {
      id = vocabTokens.length;
      m.set(tok, id);
      vocabTokens.push(tok);
      nsOf.push(ns);
    }
    return id;
  };

  const regional = regionalConverter(data.regional);

  // Every prefix of a lexicon phrase, to stop the longest-match search early.
  const lexPrefixes = new Set<string>();
  for (const key of data.lexicon.keys()) {
    const parts = key.split(' ');
    for (let i = 1; i <= parts.length; i++) lexPrefixes.add(parts.slice(0, i).join(' '));
  }

  // ---- tokenizers -------------------------------------------------------------------------------
  type Acc = Map<number, number>;
  const addNum = (acc: Acc, ns: number, key: number, w = 1) => {
    const id = internNum(ns, key);
    acc.set(id, (acc.get(id) ?? 0) + w);
  };
  const add = (acc: Acc, ns: number, tok: string, w = 1) => {
    const id = intern(ns, tok);
    acc.set(id, (acc.get(id) ?? 0) + w);
  };

  const addGlossStems = (acc: Acc, stems: readonly string[], w: number) => {
    const each = w / Math.sqrt(stems.length);
    for (const s of stems) add(acc, 4, s, each);
  };

  const addReadings = (acc: Acc, chars: readonly string[], w = 1) => {
    let prev: Int32Array | undefined;
    for (const c of chars) {
      const rs = charReadings.get(c);
      const wc = HAN_FUNCTION.has(c) ? w * functionWeight : w;
      if (rs) for (let i = 0; i < rs.length; i++) addNum(acc, 2, rs[i], wc / rs.length);
      if (prev && rs) {
        const np = Math.min(prev.length, 3);
        const nr = Math.min(rs.length, 3);
        const wp = w / (np * nr);
        for (let i = 0; i < np; i++) for (let j = 0; j < nr; j++) addNum(acc, 3, prev[i] * RM + rs[j], wp);
      }
      prev = rs;
    }
  };

  const latinWord = (acc: Acc, word: string, sketchIt: boolean) => {
    const lw = plainLatin(word);
    if (lw.length >= 2 || /\d/.test(lw)) add(acc, 5, lw);
    if (sketchIt && word.length >= 3) {
      const sk = nameSketch(word);
      if (sk.length >= 2) add(acc, 6, sk, nameWeight);
    }
  };

  const cyrillicWord = (acc: Acc, word: string) => {
    const lat = cyrillicToLatin(word);
    add(acc, 5, lat);
    const sk = nameSketch(word);
    if (sk.length >= 2) add(acc, 6, sk, nameWeight);
  };

  const otherScripts = (acc: Acc, text: string, latinSketch: boolean, glossToo = false) => {
    for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9'’-]*|[\u0400-\u04ff]+/g)) {
      const w = m[0];
      if (/[\u0400-\u04ff]/.test(w)) cyrillicWord(acc, w);
      else {
        latinWord(acc, w, latinSketch && isCapitalized(w));
        const lw = w.toLowerCase();
        if (glossToo && lw.length >= 2 && /^[a-z]+$/.test(lw) && !isEnglishStopword(lw)) add(acc, 4, stemWord(lw));
      }
    }
  };

  const zhFeatures = (text: string, acc: Acc) => {
    // inline pinyin annotations some sites add after characters: 會(huì)談(tán)
    const s = regional(toSimplified(text.replace(PINYIN_NOTE, '')));
    const runs = s.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g) ?? [];
    for (const run of runs) {
      const chars = [...run];
      for (let i = 0; i < chars.length; i++) {
        const cp = chars[i].codePointAt(0) ?? 0;
        addNum(acc, 0, cp, HAN_FUNCTION.has(chars[i]) ? functionWeight : 1);
        if (i > 0) addNum(acc, 1, (chars[i - 1].codePointAt(0) ?? 0) * 0x110000 + cp);
      }
      addReadings(acc, chars);
      // dictionary words: every headword of 2+ characters found in the run (overlaps allowed, so a wrong
      // segmentation such as 在朝|鲜 cannot hide 朝鲜), then single characters not covered by any of them
      const covered = new Uint8Array(chars.length);
      for (let i = 0; i + 1 < chars.length; i++) {
        if (data.gloss.hasPrefix && !data.gloss.hasPrefix(chars[i] + chars[i + 1])) continue;
        let w = chars[i];
        for (let len = 2; len <= data.maxGlossLen && i + len <= chars.length; len++) {
          w += chars[i + len - 1];
          const g = data.gloss.get(w);
          if (!g) continue;
          addGlossStems(acc, g, 1);
          covered.fill(1, i, i + len);
        }
      }
      for (let i = 0; i < chars.length; i++) {
        if (covered[i]) continue;
        const g = data.gloss.get(chars[i]);
        if (g) addGlossStems(acc, g, 1);
      }
      // transliterated names: runs of transliteration characters
      for (let i = 0; i < chars.length; ) {
        if (!isTranslitChar(chars[i])) {
          i++;
          continue;
        }
        let j = i;
        while (j < chars.length && isTranslitChar(chars[j])) j++;
        if (j - i >= 2) {
          const sk = nameSketch(chars.slice(i, j).join(''), 'zh', data.pinyin);
          if (sk.length >= 2) add(acc, 6, sk, nameWeight);
        }
        i = j;
      }
    }
    otherScripts(acc, s, true, true);
  };

  const viFeatures = (text: string, acc: Acc, rules: SimilarityRules) => {
    const viFunction = rules.functionWords ?? NO_WORDS;
    for (const clause of text.split(/[.,;:!?()[\]"“”‘’'«»…\-–—/]+/)) {
      const words = clause.match(/[\p{L}\p{N}]+/gu) ?? [];
      const keys: string[] = [];
      for (const w of words) {
        const isViet = isVietnameseWord(w) && !(w.length >= 2 && w === w.toUpperCase() && !hasVietMarks(w));
        if (!isViet) {
          if (/^\d+$/.test(w)) {
            keys.push('');
            continue;
          }
          if (/[\u0400-\u04ff]/.test(w)) cyrillicWord(acc, w);
          else {
            latinWord(acc, w, isCapitalized(w));
            // foreign names and words also meet dictionary glosses (印度尼西亚 → "indonesia")
            const lw = w.toLowerCase();
            if (lw.length >= 3 && /^[a-z]+$/.test(lw) && !isEnglishStopword(lw)) add(acc, 4, stemWord(lw));
          }
          keys.push('');
          continue;
        }
        keys.push(vietKey(w));
      }
      // Hán-Việt syllables and pairs
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const ri = k ? readingIndex.get(k) : undefined;
        if (ri === undefined) continue;
        addNum(acc, 2, ri, viFunction.has(k) ? functionWeight : 1);
        const n = keys[i + 1];
        const rn = n ? readingIndex.get(n) : undefined;
        if (rn !== undefined) addNum(acc, 3, ri * RM + rn);
      }
      // bridge: syllable pairs that read as a two-character dictionary word (hội đàm → 会谈 → talk)
      for (let i = 0; i + 1 < keys.length; i++) {
        const k1 = keys[i];
        const k2 = keys[i + 1];
        if (!k1 || !k2 || !data.readingSet.has(k1) || !data.readingSet.has(k2)) continue;
        const words = data.bridge.get(`${k1} ${k2}`);
        if (!words) continue;
        for (const w of words) {
          const g = data.gloss.get(w);
          if (g) addGlossStems(acc, g, 0.8 / words.length);
        }
      }
      // native-Vietnamese lexicon and glossary: longest match first
      for (let i = 0; i < keys.length; ) {
        let matchedLen = 0;
        let matched: LexiconEntry[] | undefined;
        let phrase = '';
        for (let len = 1; len <= data.maxLexiconLen && i + len <= keys.length; len++) {
          const k = keys[i + len - 1];
          if (!k) break;
          phrase = len === 1 ? k : `${phrase} ${k}`;
          if (!lexPrefixes.has(phrase)) break;
          const entries = data.lexicon.get(phrase);
          if (entries) {
            matched = entries;
            matchedLen = len;
          }
        }
        if (matched) {
          for (const e of matched) {
            const w = 1 / matched.length;
            for (const zh of e.zh) addReadings(acc, [...zh], w / Math.sqrt(e.zh.length));
            if (e.en.length) addGlossStems(acc, e.en, w);
            else
              for (const zh of e.zh) {
                const g = data.gloss.get(zh);
                if (g) addGlossStems(acc, g, w / e.zh.length);
              }
          }
        }
        i += Math.max(matchedLen, 1);
      }
    }
  };

  const enFeatures = (text: string, acc: Acc) => {
    for (const w of englishWords(text)) add(acc, 4, stemWord(w));
    for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9'’-]*|[\u0400-\u04ff]+/g)) {
      const w = m[0];
      if (/[\u0400-\u04ff]/.test(w)) {
        cyrillicWord(acc, w);
        continue;
      }
      const acronym = w.length >= 2 && w === w.toUpperCase() && /[A-Z]/.test(w);
      if ((isCapitalized(w) || acronym || /\d/.test(w)) && !isEnglishStopword(w)) latinWord(acc, w.replace(/['’]s$/, ''), true);
    }
  };

  // Alphabetic languages glossed word by word through a compiled table (Russian, Arabic): each content word adds
  // the English stems of its stem; capitalised words and words the table lacks add name sketches.
  const glossedFeatures = (text: string, acc: Acc, rules: SimilarityRules) => {
    const table = rules.glossTable ? data.wordGloss[rules.glossTable] : undefined;
    const fn = rules.functionWords ?? NO_WORDS;
    const stem = rules.stem ?? ((w: string) => w);
    const pattern = rules.wordPattern ?? /\p{L}+/gu;
    for (const m of text.matchAll(pattern)) {
      const word = m[0];
      const sentenceStart = afterSentenceEnd(text, m.index ?? 0);
      const lw = word.toLowerCase();
      if (fn.has(lw)) continue;
      const st = stem(lw);
      let g = table?.get(st);
      if (!g && table && rules.stemVariants)
        for (const v of rules.stemVariants(st)) {
          g = table.get(v);
          if (g) break;
        }
      if (g && g.length) addGlossStems(acc, g, glossWeight);
      const capital = isCapitalized(word);
      if (rules.toLatin && ((capital && !sentenceStart) || (!g && (capital || lw.length >= 5)))) {
        const sk = nameSketch(word);
        if (sk.length >= 2) add(acc, 6, sk, nameWeight);
        const ss = nameSketch(rules.toLatin(st));
        if (ss.length >= 2 && ss !== sk) add(acc, 6, ss, stemNameWeight);
        // Cyrillic в is Latin v or w: a sketch without the leading F meets "Washington" (W is not sketched)
        if (sk.length >= 3 && sk[0] === 'F' && /^[вВ]/.test(word)) add(acc, 6, sk.slice(1), stemNameWeight);
      }
    }
    // Latin words inside the text (names, acronyms): as in any other language
    for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9'’-]*/g)) {
      const w = m[0];
      const acronym = w.length >= 2 && w === w.toUpperCase() && /[A-Z]/.test(w);
      if (isCapitalized(w) || acronym) latinWord(acc, w, true);
      else if (w.length >= 3 && !isEnglishStopword(w)) add(acc, 4, stemWord(w.toLowerCase()));
    }
  };

  const features = (text: string, lang: string): Features => {
    const rules = rulesFor(lang);
    const family = rules.family;
    const acc: Acc = new Map();
    switch (rules.tokenizer) {
      case 'han':
        zhFeatures(text, acc);
        break;
      case 'viet':
        viFeatures(text, acc, rules);
        break;
      case 'english':
        enFeatures(text, acc);
        break;
      case 'glossed':
        glossedFeatures(text, acc, rules);
        if ([...text].some(isHan)) zhFeatures(text, acc);
        break;
      default:
        otherScripts(acc, text, true);
        // Han text in an unknown language still gets characters
        if ([...text].some(isHan)) zhFeatures(text, acc);
    }
    // numbers are read by the language's own number words (the pack's tag: en-GB → en, zh-TW → zh-Hant)
    const packTag = packFor(lang).tag;
    const numLang = packTag === 'und' ? lang : packTag;
    for (const t of new Set(numberTokens(text, numLang))) add(acc, 7, t);
    const ids = Int32Array.from([...acc.keys()].sort((x, y) => x - y));
    const tf = new Float32Array(ids.length);
    for (let i = 0; i < ids.length; i++) tf[i] = Math.sqrt(acc.get(ids[i]) ?? 0);
    return { lang, family, ids, tf };
  };

  // ---- IDF and prepared vectors -----------------------------------------------------------------
  let fitted: Float64Array | null = null;
  let fittedDf: Float64Array | null = null;
  let fittedN = 0;
  let version = 0;
  const cache = new WeakMap<Features, Prepared>();

  const idfFrom = (corpus: readonly Features[]): { idf: Float64Array; n: number } => {
    const df = new Float64Array(vocabTokens.length);
    for (const f of corpus) for (const id of f.ids) df[id]++;
    const n = corpus.length;
    const idf = new Float64Array(vocabTokens.length);
    for (let i = 0; i < idf.length; i++) idf[i] = Math.log((n + idfPriorDocs) / (df[i] + 0.5));
    return { idf, n };
  };

  const prepareWith = (f: Features, idf: Float64Array | null, n: number, ver: number): Prepared => {
    const w = new Float64Array(f.ids.length);
    const ns = new Uint8Array(f.ids.length);
    const norm = new Float64Array(NS);
    const unseen = Math.log((n + idfPriorDocs) / 0.5);
    for (let i = 0; i < f.ids.length; i++) {
      const id = f.ids[i];
      const k = nsOf[id];
      const v = f.tf[i] * (idf ? (id < idf.length ? idf[id] : unseen) : 1);
      w[i] = v;
      ns[i] = k;
      norm[k] += v * v;
    }
    for (let k = 0; k < NS; k++) norm[k] = Math.sqrt(norm[k]);
    return { version: ver, ids: f.ids, w, ns, norm };
  };

  const prepared = (f: Features): Prepared => {
    let p = cache.get(f);
    if (!p || p.version !== version) {
      p = prepareWith(f, fitted, fittedN, version);
      cache.set(f, p);
    }
    return p;
  };

  const combine = (dots: Float64Array, pa: Prepared, pb: Prepared, fa: LangFamily, fb: LangFamily, ws = weights): number => {
    const W = ws[PAIR_TABLE[fa][fb]];
    const ca = CAPS[fa];
    const cb = CAPS[fb];
    let num = 0;
    let den = 0;
    for (let k = 0; k < NS; k++) {
      const wk = W[k];
      if (wk === 0 || !ca[k] || !cb[k]) continue;
      const na = pa.norm[k];
      const nb = pb.norm[k];
      if (BOTH_REQUIRED[k] ? na === 0 || nb === 0 : na === 0 && nb === 0) continue;
      den += wk;
      if (na > 0 && nb > 0) num += (wk * dots[k]) / (na * nb);
    }
    return den > 0 ? Math.min(1, num / den) : 0;
  };

  const dotsBuf = new Float64Array(NS);
  const score = (a: Features, b: Features): number => {
    const pa = prepared(a);
    const pb = prepared(b);
    dotsBuf.fill(0);
    let i = 0;
    let j = 0;
    while (i < pa.ids.length && j < pb.ids.length) {
      const x = pa.ids[i];
      const y = pb.ids[j];
      if (x === y) {
        dotsBuf[pa.ns[i]] += pa.w[i] * pb.w[j];
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return combine(dotsBuf, pa, pb, a.family, b.family);
  };

  const explain = (a: Features, b: Features): Explanation => {
    const pa = prepared(a);
    const pb = prepared(b);
    const dots = new Float64Array(NS);
    const shared: [number, number][] = [];
    let i = 0;
    let j = 0;
    while (i < pa.ids.length && j < pb.ids.length) {
      const x = pa.ids[i];
      const y = pb.ids[j];
      if (x === y) {
        const v = pa.w[i] * pb.w[j];
        dots[pa.ns[i]] += v;
        shared.push([x, v]);
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    const signals: Partial<Record<Signal, number>> = {};
    const ca = CAPS[a.family];
    const cb = CAPS[b.family];
    for (let k = 0; k < NS; k++) {
      if (!ca[k] || !cb[k] || (pa.norm[k] === 0 && pb.norm[k] === 0)) continue;
      signals[SIGNALS[k]] = pa.norm[k] > 0 && pb.norm[k] > 0 ? dots[k] / (pa.norm[k] * pb.norm[k]) : 0;
    }
    shared.sort((p, q) => q[1] - p[1]);
    return { score: combine(dots, pa, pb, a.family, b.family), signals, shared: shared.map(([id]) => tokenName(id)) };
  };

  const fit = (corpus: readonly Features[]) => {
    const df = new Float64Array(vocabTokens.length);
    for (const f of corpus) for (const id of f.ids) df[id]++;
    fittedDf = df;
    const r = idfFrom(corpus);
    fitted = r.idf;
    fittedN = r.n;
    version++;
  };

  // ---- batch matching ---------------------------------------------------------------------------
  const match = (A: readonly Features[], B: readonly Features[], mo: MatchOptions = {}): MatchResult[] => {
    const thr = mo.threshold ?? threshold;
    // CSLS neighbourhoods are only meaningful with enough candidates on both sides.
    const large = A.length >= settings.cslsMinItems && B.length >= settings.cslsMinItems;
    const cthr = large ? (mo.cslsThreshold ?? cslsThreshold) : -Infinity;
    const ws = mo.weights ? mergeWeights(mo.weights, baseWeights.plain).arrays : weights;
    const k = Math.max(1, mo.cslsK ?? cslsK);
    const nA = A.length;
    const nB = B.length;
    if (nB === 0) return A.map((_, a) => ({ a, b: null, score: 0, csls: 0, best: -1 }));
    let idf: Float64Array | null;
    let n: number;
    if (mo.useFittedIdf && fitted) {
      idf = fitted;
      n = fittedN;
    } else {
      const r = idfFrom([...A, ...B]);
      idf = r.idf;
      n = r.n;
    }
    const pA = A.map((f) => prepareWith(f, idf, n, -1));
    const pB = B.map((f) => prepareWith(f, idf, n, -1));
    // inverted index over B
    const V = vocabTokens.length;
    const counts = new Int32Array(V + 1);
    // Tokens in more than `pruneDf` of all documents are left out of the index: they barely move the
    // score (low IDF, still counted in the norms) but would make every pair a candidate.
    const maxDf = Math.max(2, (mo.pruneDf ?? 1) * n);
    const dfAll = new Int32Array(V);
    for (const p of pA) for (const id of p.ids) dfAll[id]++;
    for (const p of pB) for (const id of p.ids) dfAll[id]++;
    const skip = (id: number) => dfAll[id] > maxDf;
    for (const p of pB) for (const id of p.ids) if (!skip(id)) counts[id + 1]++;
    for (let i = 0; i < V; i++) counts[i + 1] += counts[i];
    const start = counts.slice();
    const postB = new Int32Array(counts[V]);
    const postW = new Float64Array(counts[V]);
    for (let b = 0; b < nB; b++) {
      const p = pB[b];
      for (let i = 0; i < p.ids.length; i++) {
        if (skip(p.ids[i])) continue;
        const pos = start[p.ids[i]]++;
        postB[pos] = b;
        postW[pos] = p.w[i];
      }
    }
    const acc = new Float64Array(nB * NS);
    const touched = new Int32Array(nB);
    const mark = new Uint8Array(nB);
    const dots = new Float64Array(NS);
    const row = (a: number, out: Float32Array) => {
      out.fill(0);
      const p = pA[a];
      let nt = 0;
      for (let i = 0; i < p.ids.length; i++) {
        const id = p.ids[i];
        const ns = p.ns[i];
        const wa = p.w[i];
        for (let q = counts[id]; q < counts[id + 1]; q++) {
          const b = postB[q];
          if (!mark[b]) {
            mark[b] = 1;
            touched[nt++] = b;
          }
          acc[b * NS + ns] += wa * postW[q];
        }
      }
      for (let t = 0; t < nt; t++) {
        const b = touched[t];
        for (let x = 0; x < NS; x++) dots[x] = acc[b * NS + x];
        out[b] = combine(dots, p, pB[b], A[a].family, B[b].family, ws);
        acc.fill(0, b * NS, b * NS + NS);
        mark[b] = 0;
      }
    };
    const kB = Math.min(k, nB);
    const kA = Math.min(k, nA);
    const rA = new Float64Array(nA);
    const colTop = new Float32Array(nB * kA).fill(-1);
    const colMin = new Float32Array(nB).fill(-1);
    const colMax = new Float32Array(nB).fill(-1);
    const keep = nA * nB <= 16_000_000;
    const matrix = keep ? new Float32Array(nA * nB) : null;
    const buf = new Float32Array(nB);
    const top = new Float32Array(kB);
    for (let a = 0; a < nA; a++) {
      const out = matrix ? matrix.subarray(a * nB, (a + 1) * nB) : buf;
      row(a, out);
      top.fill(-1);
      let tmin = -1;
      for (let b = 0; b < nB; b++) {
        const s = out[b];
        if (s > tmin) {
          // replace the smallest of the row's top-k
          let mi = 0;
          for (let x = 1; x < kB; x++) if (top[x] < top[mi]) mi = x;
          top[mi] = s;
          tmin = top[0];
          for (let x = 1; x < kB; x++) if (top[x] < tmin) tmin = top[x];
        }
        if (s > colMax[b]) colMax[b] = s;
        if (s > colMin[b]) {
          const base = b * kA;
          let mi = 0;
          for (let x = 1; x < kA; x++) if (colTop[base + x] < colTop[base + mi]) mi = x;
          colTop[base + mi] = s;
          let cm = colTop[base];
          for (let x = 1; x < kA; x++) if (colTop[base + x] < cm) cm = colTop[base + x];
          colMin[b] = cm;
        }
      }
      let sum = 0;
      for (let x = 0; x < kB; x++) sum += Math.max(0, top[x]);
      rA[a] = sum / kB;
    }
    const rB = new Float64Array(nB);
    for (let b = 0; b < nB; b++) {
      let sum = 0;
      for (let x = 0; x < kA; x++) sum += Math.max(0, colTop[b * kA + x]);
      rB[b] = sum / kA;
    }
    const results: MatchResult[] = [];
    for (let a = 0; a < nA; a++) {
      let out: Float32Array;
      if (matrix) out = matrix.subarray(a * nB, (a + 1) * nB);
      else {
        row(a, buf);
        out = buf;
      }
      let best = 0;
      let bestC = -Infinity;
      for (let b = 0; b < nB; b++) {
        const c = 2 * out[b] - rB[b];
        if (c > bestC) {
          bestC = c;
          best = b;
        }
      }
      const s = out[best];
      const csls = bestC - rA[a];
      // On small inputs, where CSLS has no neighbourhood to learn from, a weak match must also be mutual.
      const ok = large ? s >= thr && csls >= cthr : s >= Math.max(thr, settings.smallMinScore) && (s >= settings.sureScore || s >= colMax[best] - 1e-6);
      results.push({ a, b: ok ? best : null, score: s, csls, best });
    }
    return results;
  };

  const ANCHOR_NS = new Set([1, 3, 4, 5, 6, 7]);
  const anchors = (f: Features, maxDf = 0.05): Int32Array => {
    const out: number[] = [];
    const limit = fittedDf ? Math.max(2, maxDf * fittedN) : Infinity;
    for (const id of f.ids) {
      if (!ANCHOR_NS.has(nsOf[id])) continue;
      if (fittedDf && id < fittedDf.length && fittedDf[id] > limit) continue;
      out.push(id);
    }
    return Int32Array.from(out);
  };

  const tokens = (f: Features): string[] => [...f.ids].map(tokenName);

  return { features, fit, score, explain, match, tokens, anchors, threshold };
}
