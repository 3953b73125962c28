// A language as a pack: everything the engine knows about one language, behind one interface.
// The engine asks `packFor(tag)` (src/core/lang/packs.ts) and reads a section; it never branches on a language.
// Each section's shape lives in src/core/lang/pack/<section>.ts; each language fills its sections in
// src/core/lang/<tag>/<section>.ts. A section a language does not have is left out, and the engine then falls back
// to what is language-neutral (digits, ISO dates, Latin capitalised names).
import type { DetectRules } from './pack/detect';
import type { SegmentRules } from './pack/segment';
import type { NumberRules } from './pack/numbers';
import type { DateRules } from './pack/dates';
import type { QuantityRules } from './pack/quantities';
import type { EntityRules } from './pack/entities';
import type { SimilarityRules } from './pack/similarity';

export type { DetectRules, SegmentRules, NumberRules, DateRules, QuantityRules, EntityRules, SimilarityRules };

export interface LanguagePack {
  /** BCP 47 tag: en, zh-Hans, zh-Hant, vi, ru, ar */
  tag: string;
  /** English name of the language, for diagnostics and the settings dump */
  name: string;
  /** writing system the rules are written in; zh-Hant rules run on text converted to Simplified */
  script: 'Hans' | 'Hant' | 'Latn' | 'Cyrl' | 'Arab';
  detect?: DetectRules;
  segment?: SegmentRules;
  numbers?: NumberRules;
  dates?: DateRules;
  quantities?: QuantityRules;
  entities?: EntityRules;
  similarity?: SimilarityRules;
}
