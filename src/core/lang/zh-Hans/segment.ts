// Chinese: segmentation rules (see src/core/lang/pack/segment.ts for what each field means).
import type { SegmentRules } from '../pack/segment';
import { EN_ABBREVIATIONS, EN_SENTENCE_STARTERS } from '../en/segment';

export const segment: SegmentRules = {
  cjk: true,
  // Latin passages inside Chinese text keep the English abbreviations
  abbreviations: EN_ABBREVIATIONS,
  sentenceStarters: EN_SENTENCE_STARTERS,
  attributionTail: /^[^。！？\n]{0,10}(?:说|說|表示|称|稱|道|指出|强调|強調|补充说|補充說|回应|回應)[。！？]/,
  maxLength: 260,
};
