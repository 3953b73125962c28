// Vietnamese: detect rules (see src/core/lang/pack/detect.ts for what each field means).
import type { DetectRules } from '../pack/detect';

// Letters that only Vietnamese uses among Latin-script languages: ơ ư ă đ and the stacked tone marks (U+1EA0–U+1EF9).
const VI_ONLY = /[ơưăđƠƯĂĐ\u1ea0-\u1ef9]/g;

export const detect: DetectRules = {
  script: 'Latn',
  // Vietnamese-only letters per Latin letter, scaled so that 3 % of letters (two words in a short line) is 0.3:
  // Vietnamese prose has 10–20 %, other Latin-script languages none.
  evidence: (text) => {
    const marks = (text.match(VI_ONLY) ?? []).length;
    if (marks < 2) return 0;
    const letters = (text.match(/\p{Script=Latin}/gu) ?? []).length;
    return Math.min(1, (10 * marks) / Math.max(1, letters));
  },
  minEvidence: 0.3,
};
