// Chinese (Traditional): similarity rules (see src/core/lang/pack/similarity.ts for what each field means).
import type { SimilarityRules } from '../pack/similarity';
import { HAN_FUNCTION_CHARS } from '../zh-Hans/similarity';

// Traditional text is converted to Simplified before tokenizing, so the Simplified function characters apply.
export const similarity: SimilarityRules = { family: 'zh', tokenizer: 'han', functionWords: HAN_FUNCTION_CHARS };
