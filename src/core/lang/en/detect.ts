// English: detect rules (see src/core/lang/pack/detect.ts for what each field means).
import type { DetectRules } from '../pack/detect';

// The most frequent English function words.
const STOP = new Set('the and of to in is that for was with on said he it as by at from have are a has were its'.split(' '));

export const detect: DetectRules = {
  script: 'Latn',
  // share of the words that are English function words (about 0.3 in news prose)
  evidence: (_text, words) => (words.length ? words.filter((w) => STOP.has(w)).length / words.length : 0),
  minEvidence: 0.05,
  // five function words among twenty or more words
  confident: (text) => {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    return words.length >= 20 && words.filter((w) => STOP.has(w)).length >= 5;
  },
};
