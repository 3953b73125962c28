// Vietnamese: similarity rules (see src/core/lang/pack/similarity.ts for what each field means).
import type { SimilarityRules } from '../pack/similarity';

// Function syllables as telex keys (của, là, có, và …): down-weighted, so that on small inputs two sentences do not
// look alike for sharing them.
const FUNCTION: ReadonlySet<string> = new Set(
  'cuar laf cos vaf cacs nhwngx dduwowcj nayf trong cho vowis ddax ddang sex thif maf mootj khoong ddeer khi twf taij veef theo nhw nhwng cungx rawngf nos hoj oong baf anh raats nhieeuf ddos ra vaof leen bij neen' .split(' '),
);

export const similarity: SimilarityRules = { family: 'vi', tokenizer: 'viet', functionWords: FUNCTION };
