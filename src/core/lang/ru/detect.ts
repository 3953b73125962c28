// Russian: detect rules (see src/core/lang/pack/detect.ts for what each field means).
import type { DetectRules } from '../pack/detect';

// Letters of other Cyrillic alphabets that Russian lacks (Ukrainian і ї є ґ, Belarusian ў; Serbian/Macedonian ј љ њ џ ќ ѓ).
const NOT_RUSSIAN = /[іїєґўјљњџќѓ]/i;

export const detect: DetectRules = {
  script: 'Cyrl',
  // a Cyrillic text without letters that only other Cyrillic alphabets have
  evidence: (text) => (NOT_RUSSIAN.test(text) ? 0 : 1),
};
