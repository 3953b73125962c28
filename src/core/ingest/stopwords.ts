// Stopword density (jusText's measure of "reads like running text"): the share of a line's words that are the
// language's function words. Lists from the maintained stopwords-iso package (MIT), for the space-delimited
// languages Parallax reads; Chinese is judged by punctuation instead (it has no spaces to count words by).
import lists from 'stopwords-iso/stopwords-iso.json';

const LANGS = ['en', 'vi', 'ru', 'fr', 'de', 'es', 'pt', 'it', 'ar'] as const;
const all = lists as Record<string, string[]>;
const WORDS = new Set<string>();
for (const l of LANGS) for (const w of all[l] ?? []) WORDS.add(w.toLowerCase());

const TOKEN = /[\p{L}\p{M}'’]+/gu;

/** Share of stopwords among the words of `s`, and the word count (0 words: density 0). */
export function stopwordDensity(s: string): { density: number; words: number } {
  const toks = (s.toLowerCase().match(TOKEN) ?? []).filter((t) => !/\p{Script=Han}/u.test(t));
  if (!toks.length) return { density: 0, words: 0 };
  let hits = 0;
  for (let i = 0; i < toks.length; i++) {
    // Vietnamese function words are often two syllables ("bao giờ"): try the pair first
    if (i + 1 < toks.length && WORDS.has(`${toks[i]} ${toks[i + 1]}`)) {
      hits += 2;
      i++;
    } else if (WORDS.has(toks[i])) hits++;
  }
  return { density: hits / toks.length, words: toks.length };
}
