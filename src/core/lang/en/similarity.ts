// English: similarity rules (see src/core/lang/pack/similarity.ts for what each field means).
import type { SimilarityRules } from '../pack/similarity';

// Stop words are those of src/core/lang/english.ts (the English stems are the shared gloss space).
export const similarity: SimilarityRules = { family: 'en', tokenizer: 'english' };
