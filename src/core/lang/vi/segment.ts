// Vietnamese: segmentation rules (see src/core/lang/pack/segment.ts for what each field means).
import type { SegmentRules } from '../pack/segment';
import { EN_ABBREVIATIONS, EN_SENTENCE_STARTERS } from '../en/segment';

// TP. (thành phố), ThS., TS., PGS., GS., BS., KS. (degrees), Q. (quận), TT. (thị trấn / thông tấn), UBND.
const VI_ABBREVIATIONS = ['tp', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'q', 'tt', 'ubnd'];

export const segment: SegmentRules = {
  abbreviations: [...EN_ABBREVIATIONS, ...VI_ABBREVIATIONS],
  sentenceStarters: EN_SENTENCE_STARTERS,
  maxLength: 600,
};
