// Cross-language statement similarity: public surface.
export type { LangData, LangFiles, LexiconEntry } from './data';
export { parseLangData, emptyLangData } from './data';
export type { Features, MatchResult, MatchOptions, Similarity, SimilarityOptions, Signal, PairKind, LangFamily } from './similarity';
export { createSimilarity, langFamily, SIGNALS, DEFAULT_WEIGHTS } from './similarity';
export { toSimplified } from './chinese';
export { nameSketch, cyrillicToLatin } from './names';
export { numberTokens, parseChineseNumber } from './numbers';
export { vietKey } from './viet';
export { detectLang } from './detect';
