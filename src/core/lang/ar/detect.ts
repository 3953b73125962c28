// Arabic: detect rules (see src/core/lang/pack/detect.ts for what each field means).
import type { DetectRules } from '../pack/detect';

// Letters that Persian and Urdu add to the Arabic alphabet (پ چ ژ گ; ٹ ڈ ڑ ں ے).
const NOT_ARABIC = /[پچژگٹڈڑںے]/;

export const detect: DetectRules = {
  script: 'Arab',
  // an Arabic-script text without Persian or Urdu letters
  evidence: (text) => (NOT_ARABIC.test(text) ? 0 : 1),
};
