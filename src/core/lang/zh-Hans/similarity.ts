// Chinese (Simplified): similarity rules (see src/core/lang/pack/similarity.ts for what each field means).
import type { SimilarityRules } from '../pack/similarity';

// Function characters: down-weighted, so that on small inputs (where IDF knows little) two sentences do not look
// alike for sharing 的 / 这. Traditional text is converted to Simplified before tokenizing.
export const HAN_FUNCTION_CHARS: ReadonlySet<string> = new Set([...'的了在是和与也就都而及着过地得么之其这那个有为以于把被对从到等将要会能说但并或们我你他她它此该各些已又还更最很不没无让使向由与及即则']);

export const similarity: SimilarityRules = { family: 'zh', tokenizer: 'han', functionWords: HAN_FUNCTION_CHARS };
