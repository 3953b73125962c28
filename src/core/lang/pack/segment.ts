// What a language pack says about segmentation into statements: the shape every pack's `segment` section has.
// The engine (src/core/segment/index.ts) reads these rules through the pack; it never branches on a language tag.

export interface SegmentRules {
  /** the language writes sentences without spaces between them: 。！？ and !? end a sentence with no space after */
  cjk?: boolean;
  /** characters ending a sentence like ! and ? do, besides . ! ? …: the Arabic question mark ؟ */
  terminals?: string;
  /** abbreviations (lowercased, without the final dot) after which a dot does not end a sentence */
  abbreviations?: readonly string[];
  /** words that, after a dotted acronym (U.S.), still start a new sentence */
  sentenceStarters?: readonly string[];
  /** a dot after text matching this ends the sentence before a capital even after an abbreviation (2025 г. Он…) */
  endsAfter?: RegExp;
  /** the script has no capital letters: a dot, a space and any letter end a sentence */
  caseless?: boolean;
  /** a short attribution after a closing quote keeps the quote and the attribution together: “…。”他说。 */
  attributionTail?: RegExp;
  /** statements longer than this (characters) are split at ；/; and then at commas; CJK packs more per character */
  maxLength?: number;
}
