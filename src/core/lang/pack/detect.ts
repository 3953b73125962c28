// What a language pack says about detect: the shape every pack's `detect` section has.
// The one detector (src/core/lang/detect.ts) counts letters per script, then asks the packs of the winning
// script which of them the text is; it never branches on a language tag.

/** Writing systems the detector counts. */
export type DetectScript = 'Han' | 'Latn' | 'Cyrl' | 'Arab';

export interface DetectRules {
  /** The script whose letters must dominate the text for this language to be considered. */
  script: DetectScript;
  /**
   * Evidence 0..1 that a text in `script` is in this language (`words`: lower-cased letter runs; `text`: the
   * sample). The best pack of the script wins when its evidence is at least `minEvidence`.
   */
  evidence(text: string, words: readonly string[]): number;
  /** Lowest evidence for a guess (default 0.01). */
  minEvidence?: number;
  /** Evidence at or above which the guess is confident on a text of 20+ letters (default 0.1). */
  confidentEvidence?: number;
  /** Whether the guess is confident (overrides `confidentEvidence`), given the sample. */
  confident?: (text: string) => boolean;
}
