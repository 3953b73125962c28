// Chinese (Traditional): detect rules (see src/core/lang/pack/detect.ts for what each field means).
import type { DetectRules } from '../pack/detect';
import { chineseScriptEvidence, simplifiedShare } from '../zh-Hans/detect';

export const detect: DetectRules = {
  script: 'Han',
  // more Traditional-only than Simplified-only characters
  evidence: (text) => {
    const { share, count } = simplifiedShare(text);
    return count > 0 && share < 0.5 ? 1 - share : 0;
  },
  confident: (text) => {
    const ev = chineseScriptEvidence(text);
    return Math.abs(ev.traditional - ev.simplified) >= 3;
  },
};
