// Cross-language statement similarity: public surface.
//
//   const data = loadLangData();                 // src/node/lang-data.ts (sync, cached; ~0.2–0.4 s once)
//   const sim = createSimilarity(data, { settings });  // one per process or per analysis (token ids are private to it);
//                                                      // settings: EngineSettings.similarity (src/core/engine/settings.ts)
//   const fa = texts.map((t) => sim.features(t, lang));   // once per statement: 'zh-Hant' | 'zh-Hans' | 'vi' | 'en' | 'ru' | 'ar' | other
//   sim.fit(allFeatures);                        // document frequencies for score()
//   sim.score(fa[0], fb[0]);                     // 0..1, symmetric
//   sim.explain(fa[0], fb[0]);                   // per-signal cosines and shared tokens (why they align)
//   sim.anchors(f);                              // blocking keys (rare cross-language tokens)
//   sim.match(fa, fb);                           // best counterpart per item of A, CSLS + threshold → b or null
//
// Features from one similarity object must not be mixed with another's.
export type { LangData, LangFiles, LexiconEntry } from './data';
export { parseLangData, emptyLangData } from './data';
export type { Explanation, Features, MatchResult, MatchOptions, Similarity, SimilarityOptions, Signal, PairKind, LangFamily } from './similarity';
export { createSimilarity, langFamily, SIGNALS, DEFAULT_WEIGHTS } from './similarity';
export { toSimplified } from './chinese';
export { nameSketch, cyrillicToLatin } from './names';
export { numberTokens, parseChineseNumber } from './numbers';
export { vietKey } from './viet';
export { detectLang, detectLanguage, type LanguageGuess } from './detect';
