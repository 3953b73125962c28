// Arabic: similarity rules (see src/core/lang/pack/similarity.ts for what each field means).
// Words lose their vowel marks and are stemmed with the Snowball Arabic stemmer (npm `snowball-stemmers`), then
// looked up in resources/lang/gloss-ar.tsv (Arabic stem → English stems, built from FreeDict Arabic–English by
// scripts/build-lang).
import { newStemmer } from 'snowball-stemmers';
import type { SimilarityRules } from '../pack/similarity';

const snowball = newStemmer('arabic');
const cache = new Map<string, string>();
// Harakat, tanwin, shadda, sukun, superscript alef and tatweel.
const MARKS = /[\u064b-\u065f\u0670\u0640]/g;

/** Snowball stem of an Arabic word without its vowel marks, memoized. */
export function arabicStem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = snowball.stem(word.replace(MARKS, ''));
    if (cache.size < 200_000) cache.set(word, s);
  }
  return s;
}

// Particles, pronouns and verbs of reporting (English treats "said" and "according to" as stop words too).
const FUNCTION = new Set(
  (
    'في من على إلى الى عن أن ان إن لا ما لم لن قد هذا هذه ذلك تلك التي الذي الذين هو هي هم مع و أو او ثم كل بعض ' +
    'كان كانت يكون بين عند حتى منذ بعد قبل أي اي لكن إلا الا كما وقال قال قالت وقالت أكد وأكد أضاف وأضاف وفق وفقا ' +
    'حيث فيما أيضا ايضا'
  ).split(/\s+/),
);

export const similarity: SimilarityRules = {
  family: 'ar',
  tokenizer: 'glossed',
  functionWords: FUNCTION,
  wordPattern: /[\u0621-\u064a\u066e-\u06d3\u064b-\u065f\u0670\u0640]+/g,
  stem: arabicStem,
  glossTable: 'ar',
};
