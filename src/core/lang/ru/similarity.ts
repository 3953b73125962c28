// Russian: similarity rules (see src/core/lang/pack/similarity.ts for what each field means).
import type { SimilarityRules } from '../pack/similarity';

export const similarity: SimilarityRules = {};
