// Language of an ingested text: the project's one detector (src/core/lang/detect.ts), re-exported for ingest.
export { detectLanguage, type LanguageGuess } from '../lang/detect';
export { chineseScriptEvidence } from '../lang/zh-Hans/detect';
