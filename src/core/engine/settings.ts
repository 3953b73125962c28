// Every threshold and weight of the engine, in one object: each with its default and why.
// `analyze()` takes a partial override; every JSON export writes the settings it ran with.
// Sections are kept apart so that each part of the engine reads only its own.
import type { PairKind as SimilarityPairKind, Signal as SimilaritySignal } from '../lang/similarity';

export interface EventSettings {
  /** placeholder until the events section is filled */
  readonly _events?: never;
}

export interface AlignSettings {
  /** placeholder until the align section is filled */
  readonly _align?: never;
}

export interface JudgeSettings {
  /** placeholder until the judge section is filled */
  readonly _judge?: never;
}

/** Signal weights of cross-language similarity, per pair of similarity families (see src/core/lang/similarity.ts). */
export type SimilarityWeights = Record<SimilarityPairKind, Record<SimilaritySignal, number>>;

export interface SimilaritySettings {
  /**
   * Documents assumed to lack every token when computing IDF (50): on a handful of statements IDF alone would
   * call every shared token rare; 50 keeps IDF meaningful on tiny inputs and negligible on NTREX-size ones.
   */
  idfPriorDocs: number;
  /** Minimum score 0..1 for a match (0.12): below it, NTREX non-translations outnumber translations (dev: NTREX). */
  threshold: number;
  /**
   * Minimum CSLS-corrected score for a match on large inputs (0.04): keeps the NTREX half-missing accuracy near
   * P@1, i.e. sentences without a counterpart stay unmatched (dev: NTREX).
   */
  cslsThreshold: number;
  /** Neighbourhood size of the CSLS hubness correction (3, as in the CSLS paper's small-k regime; NTREX dev). */
  cslsK: number;
  /** Both sides need at least this many items for CSLS (20): smaller neighbourhoods say nothing about hubness. */
  cslsMinItems: number;
  /** Small inputs: a score this high is a match even when not mutual (0.25: paraphrases in the unit tests score 0.3+). */
  sureScore: number;
  /** Small inputs: minimum score (0.18), a raised floor that replaces the CSLS check where there is no neighbourhood. */
  smallMinScore: number;
  /**
   * Weight of function characters, syllables and words (0.3): on small inputs (where IDF knows little) two
   * sentences must not look alike for sharing 的 / của / и / في.
   */
  functionWeight: number;
  /** Weight of a name-sketch token relative to a word (0.7): a sketch is coarser than a word, so it counts less. */
  nameWeight: number;
  /**
   * Weight of a sketch made from a word's stem (0.35) besides the sketch of the word itself, for names in inflected
   * languages (Russian "Лавровым" → stem "лавров" → LFLF like "Lavrov").
   */
  stemNameWeight: number;
  /**
   * Weight of the English stems one word of a 'glossed' language (Russian, Arabic) adds, spread over its stems (1: as
   * much as one Chinese dictionary word or one English word, so that no language dominates the shared gloss space).
   */
  glossWeight: number;
  /** Signal weights per pair of similarity families (see `DEFAULT_SIMILARITY_WEIGHTS` for the reasons). */
  weights: SimilarityWeights;
}

export interface FactSettings {
  /** placeholder until the facts section is filled */
  readonly _facts?: never;
}

export interface EngineSettings {
  events: EventSettings;
  align: AlignSettings;
  judge: JudgeSettings;
  similarity: SimilaritySettings;
  facts: FactSettings;
}

export const DEFAULT_EVENT_SETTINGS: EventSettings = {};

export const DEFAULT_ALIGN_SETTINGS: AlignSettings = {};

export const DEFAULT_JUDGE_SETTINGS: JudgeSettings = {};

// Signal order: char, charPair, hanViet, hanVietPair, gloss, latin, name, number.
// zh/vi/en rows: tuned on NTREX (dev) for the pairs of the shared research note "offline aligner": characters and
// their pairs carry Chinese↔Chinese, Hán-Việt readings Chinese↔Vietnamese, English glosses every pair with English.
// ru/ar rows: tuned on the first (dev) half of bench/data/parallel; the gloss space carries them, names (Cyrillic
// sketches) and numbers help more than for zh because the Russian/Arabic dictionaries are smaller than CC-CEDICT.
const signalWeights = (char: number, charPair: number, hanViet: number, hanVietPair: number, gloss: number, latin: number, name: number, number: number) => ({
  char,
  charPair,
  hanViet,
  hanVietPair,
  gloss,
  latin,
  name,
  number,
});
export const DEFAULT_SIMILARITY_WEIGHTS: SimilarityWeights = {
  'zh-zh': signalWeights(1, 1.5, 0.3, 0, 0.5, 0.5, 0.3, 0.5),
  'zh-vi': signalWeights(0, 0, 1.5, 1, 1.5, 0.5, 0.3, 0.5),
  'zh-en': signalWeights(0, 0, 0, 0, 3, 0.5, 0.2, 0.3),
  'vi-en': signalWeights(0, 0, 0, 0, 3, 0.5, 0.3, 0.5),
  'vi-vi': signalWeights(0, 0, 1.5, 1, 0.5, 0.7, 0.3, 0.5),
  'en-en': signalWeights(0, 0, 0, 0, 3, 0.7, 0.3, 0.5),
  'zh-ru': signalWeights(0, 0, 0, 0, 3, 0.5, 0.6, 0.6),
  'vi-ru': signalWeights(0, 0, 0, 0, 3, 0.5, 0.6, 0.6),
  'ru-en': signalWeights(0, 0, 0, 0, 3, 0.5, 0.6, 0.6),
  'ru-ru': signalWeights(0, 0, 0, 0, 3, 0.7, 0.5, 0.5),
  'zh-ar': signalWeights(0, 0, 0, 0, 3, 0.5, 0.3, 0.8),
  'vi-ar': signalWeights(0, 0, 0, 0, 3, 0.5, 0.3, 0.8),
  'ru-ar': signalWeights(0, 0, 0, 0, 3, 0.5, 0.3, 0.8),
  'ar-en': signalWeights(0, 0, 0, 0, 3, 0.5, 0.3, 0.8),
  'ar-ar': signalWeights(0, 0, 0, 0, 3, 0.7, 0.3, 0.5),
  other: signalWeights(0, 0, 0, 0, 0.5, 1, 0.5, 0.7),
};

export const DEFAULT_SIMILARITY_SETTINGS: SimilaritySettings = {
  idfPriorDocs: 50,
  threshold: 0.12,
  cslsThreshold: 0.04,
  cslsK: 3,
  cslsMinItems: 20,
  sureScore: 0.25,
  smallMinScore: 0.18,
  functionWeight: 0.3,
  nameWeight: 0.7,
  stemNameWeight: 0.35,
  glossWeight: 1,
  weights: DEFAULT_SIMILARITY_WEIGHTS,
};

export const DEFAULT_FACT_SETTINGS: FactSettings = {};

export const DEFAULT_SETTINGS: EngineSettings = {
  events: DEFAULT_EVENT_SETTINGS,
  align: DEFAULT_ALIGN_SETTINGS,
  judge: DEFAULT_JUDGE_SETTINGS,
  similarity: DEFAULT_SIMILARITY_SETTINGS,
  facts: DEFAULT_FACT_SETTINGS,
};

export type SettingsOverride = { [K in keyof EngineSettings]?: Partial<EngineSettings[K]> };

/** The defaults with an override laid over them, section by section. */
export function resolveSettings(override?: SettingsOverride): EngineSettings {
  return {
    events: { ...DEFAULT_EVENT_SETTINGS, ...override?.events },
    align: { ...DEFAULT_ALIGN_SETTINGS, ...override?.align },
    judge: { ...DEFAULT_JUDGE_SETTINGS, ...override?.judge },
    similarity: { ...DEFAULT_SIMILARITY_SETTINGS, ...override?.similarity },
    facts: { ...DEFAULT_FACT_SETTINGS, ...override?.facts },
  };
}
