// What a language pack says about similarity: the shape every pack's `similarity` section has.
// The engine reads these rules through the pack; it never branches on a language tag.

/**
 * Which tokenizer the similarity uses for the language:
 * - 'han': Chinese characters, character pairs, Hán-Việt readings, CC-CEDICT glosses, transliterated names;
 * - 'viet': Vietnamese syllables as Hán-Việt readings, the Vietnamese lexicon, Latin words and names;
 * - 'english': English content-word stems (the shared gloss space) and capitalised Latin names;
 * - 'glossed': an alphabetic language whose words are stemmed by the pack and looked up in a compiled
 *   word → English-stems table (`glossTable`), so that it meets English, Chinese and Vietnamese in the gloss space;
 * - 'plain': no lexical bridge (Latin words, names and numbers only).
 */
export type SimilarityTokenizer = 'han' | 'viet' | 'english' | 'glossed' | 'plain';

/** Similarity family of a language: languages of one family share one set of pair weights. */
export type SimilarityFamily = 'zh' | 'vi' | 'en' | 'ru' | 'ar' | 'other';

export interface SimilarityRules {
  family: SimilarityFamily;
  tokenizer: SimilarityTokenizer;
  /** Function words (characters for 'han', telex syllable keys for 'viet', lower-cased words otherwise): down-weighted. */
  functionWords?: ReadonlySet<string>;
  /** 'glossed': one word of the language's script (global regexp). */
  wordPattern?: RegExp;
  /** 'glossed': lower-cased word → stem, the key of the compiled gloss table (must match scripts/build-lang). */
  stem?: (word: string) => string;
  /**
   * 'glossed': other stems to look up, in order, when a word's stem is not in the table (a Russian perfective verb
   * "обсуд-ить" is listed by the dictionary under its imperfective "обсужда-ть").
   */
  stemVariants?: (stem: string) => string[];
  /** 'glossed': name of the compiled table in the language data (resources/lang/gloss-<name>.tsv). */
  glossTable?: string;
  /** 'glossed': Latin transcription of a word, for name sketches (names.ts). */
  toLatin?: (word: string) => string;
}
