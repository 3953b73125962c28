// Arabic: segmentation rules (see src/core/lang/pack/segment.ts for what each field means).
import type { SegmentRules } from '../pack/segment';
import { EN_ABBREVIATIONS } from '../en/segment';

// د. (دكتور), م. (مهندس / ميلادي), ه. / هـ. (هجري), ص. (صفحة), ج. (جزء)
const AR_ABBREVIATIONS = ['د', 'م', 'ه', 'هـ', 'ص', 'ج', 'أ.د'];

export const segment: SegmentRules = {
  // the Arabic question mark; the Arabic comma ، and semicolon ؛ are clause marks the engine splits long runs at
  terminals: '؟',
  caseless: true,
  abbreviations: [...EN_ABBREVIATIONS, ...AR_ABBREVIATIONS],
  maxLength: 600,
};
