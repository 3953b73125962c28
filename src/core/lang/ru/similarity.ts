// Russian: similarity rules (see src/core/lang/pack/similarity.ts for what each field means).
// Words are stemmed with the Snowball Russian stemmer (npm `snowball-stemmers`) and looked up in
// resources/lang/gloss-ru.tsv (Russian stem → English stems, built from the Mueller and FreeDict
// English–Russian dictionaries by scripts/build-lang), so Russian meets English, Chinese and Vietnamese
// in the shared English-gloss space.
import { newStemmer } from 'snowball-stemmers';
import type { SimilarityRules } from '../pack/similarity';
import { cyrillicToLatin } from '../names';

const snowball = newStemmer('russian');
const cache = new Map<string, string>();

/** Snowball stem of a lower-cased Russian word (ё read as е), memoized. */
export function russianStem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = snowball.stem(word.replace(/ё/g, 'е'));
    if (cache.size < 200_000) cache.set(word, s);
  }
  return s;
}

// Function words (the Snowball Russian stop list, trimmed) and verbs of reporting, which English treats as
// stop words too ("said", "told", "according to").
const FUNCTION = new Set(
  (
    'и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только ее её мне было вот от меня ' +
    'еще ещё нет о об из ему теперь когда даже ну ли если уже или ни быть был него до вас опять уж вам ведь там потом себя ' +
    'ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего тоже себе под будет ж тогда кто ' +
    'этот того потому этого какой ним здесь этом почти мой тем чтобы нее были куда зачем всех можно при об хоть над ' +
    'тот через эти нас про всего них какая эту моя этой перед том им всю между также который которая которое которые ' +
    'которых которым котором этих это эта свой своей свою своих своим является являются будут было бы ' +
    'сказал сказала сказали заявил заявила заявили сообщил сообщила сообщили словам отметил отметила говорится'
  ).split(/\s+/),
);

// Aspect pairs: dictionaries list a verb under its imperfective, which adds -а/-я/-ива/-ыва/-ва to the perfective
// stem, often with a consonant alternation (обсуд-ить → обсужд-ать, сократ-ить → сокращ-ать, повыс-ить →
// повыш-ать, доставить → доставл-ять).
const ALTERNATION: [RegExp, string][] = [
  [/ст$/, 'щ'],
  [/зд$/, 'зж'],
  [/д$/, 'жд'],
  [/д$/, 'ж'],
  [/т$/, 'щ'],
  [/т$/, 'ч'],
  [/с$/, 'ш'],
  [/з$/, 'ж'],
  [/б$/, 'бл'],
  [/п$/, 'пл'],
  [/в$/, 'вл'],
  [/м$/, 'мл'],
  [/ф$/, 'фл'],
];
const IMPERFECTIVE = ['а', 'я', 'ива', 'ыва', 'ва'];

/** Imperfective stems a perfective stem may be listed under. */
export function aspectVariants(stem: string): string[] {
  if (stem.length < 4) return [];
  const bases = [stem];
  for (const [re, r] of ALTERNATION) if (re.test(stem)) bases.push(stem.replace(re, r));
  const out: string[] = [];
  for (const b of bases) for (const suffix of IMPERFECTIVE) out.push(b + suffix);
  return out;
}

export const similarity: SimilarityRules = {
  family: 'ru',
  tokenizer: 'glossed',
  functionWords: FUNCTION,
  wordPattern: /[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*/g,
  stem: russianStem,
  stemVariants: aspectVariants,
  glossTable: 'ru',
  toLatin: cyrillicToLatin,
};
