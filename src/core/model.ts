// The shared vocabulary of the engine. Pure data types: no Node, DOM or Electron.
// The public JSON export (docs/comparison-json.md, schema in resources/schema) is derived from these.

/** BCP 47 tag; Chinese always carries its script subtag: zh-Hant, zh-Hans. `und` when unknown. */
export type LanguageTag = string;

export type DiagnosticLevel = 'info' | 'warning' | 'error';

/** Stable diagnostic codes. Add codes at the end; never rename (they appear in exports and tests). */
export type DiagnosticCode =
  | 'encoding-detected'
  | 'encoding-guessed'
  | 'encoding-invalid-bytes'
  | 'mojibake-repaired'
  | 'unicode-normalized'
  | 'lookalike-repaired'
  | 'artifacts-removed'
  | 'noise-removed'
  | 'empty-after-cleaning'
  | 'too-large'
  | 'binary'
  | 'unreadable'
  | 'parse-error'
  | 'unsupported-format'
  | 'symlink-loop'
  | 'skipped'
  | 'language-uncertain'
  | 'truncated'
  // the folder name stands in for an outlet the document does not name; a near-copy of another source
  | 'outlet-from-folder'
  | 'copy-of'
  /** reading one file ran over its time budget and was stopped (src/node/ingest/limits.ts) */
  | 'timeout'
  /** HTML nested deeper than the parser is given (src/core/ingest/depth.ts); the deeper elements were flattened */
  | 'nesting-flattened';

export interface Diagnostic {
  level: DiagnosticLevel;
  code: DiagnosticCode;
  message: string;
}

/** Maps offsets in cleaned text back to offsets in the decoded original. Runs are sorted by `clean`. */
export interface OffsetRun {
  /** start in cleaned text */
  clean: number;
  /** start in the decoded original */
  orig: number;
  /** length of the run (same in both: runs are copied text) */
  len: number;
}

/** The kinds of input Parallax understands. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'text+html' | 'rss' | 'atom' | 'json' | 'jsonl' | 'pdf' | 'docx';

/** A document after decoding and cleaning: what the engine works on. */
export interface CleanDocument {
  /** stable id: derived from path (and item index for multi-document files) */
  id: string;
  /** path relative to the opened folder, `/`-separated; for feed items `file.xml#3` */
  path: string;
  format: SourceFormat;
  outlet: string | null;
  url: string | null;
  language: LanguageTag;
  title: string | null;
  /** ISO date or date-time as stated by the document, with offset when stated */
  published: string | null;
  /** place named in the dateline (e.g. 北京, Istanbul), if any */
  dateline: string | null;
  /** encoding the bytes were decoded with */
  encoding: string | null;
  /** cleaned text: headline first, paragraphs separated by "\n\n" */
  text: string;
  /** cleaned-text offset → original offset */
  offsets: OffsetRun[];
  /** the decoded original text (what `origin` offsets refer to) */
  original: string;
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------- facts

export type FactKind =
  | 'date'
  | 'time'
  | 'duration'
  | 'number'
  | 'money'
  | 'percent'
  | 'person'
  | 'role'
  | 'organization'
  | 'place'
  | 'quote';

export type Qualifier = 'exact' | 'approximate' | 'at-least' | 'at-most' | 'expected' | 'reported' | 'range';

export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface DurationValue {
  min: number | null;
  max: number | null;
  unit: DurationUnit;
}
export interface DateValue {
  /** ISO date, possibly partial: 2025, 2025-02, 2025-02-27 */
  date: string;
  /** true when computed from a relative expression (周二, hôm qua, six days later) */
  relative?: boolean;
  /** last day (ISO, inclusive) when the expression names a span rather than a day: this week, 本周, на этой неделе.
   * The value is then the interval `date`..`end`. */
  end?: string;
}
export interface NumberValue {
  min: number | null;
  max: number | null;
  /** what is counted, normalized where known (people, delegation, hour...) */
  unit?: string;
}
export interface EntityValue {
  /** canonical key shared across scripts (e.g. `lavrov`, `istanbul`) */
  key: string;
  /** canonical display name if known */
  name?: string;
  /** for persons: role/organization keys attached in this statement */
  role?: string;
  organization?: string;
  /** for places: the place is a venue (a hotel, a residence), compared as the meeting's venue */
  venue?: boolean;
}
export interface QuoteValue {
  speaker?: string;
  via?: string;
}

export type FactValue = DurationValue | DateValue | NumberValue | EntityValue | QuoteValue | Record<string, unknown>;

export interface Fact {
  kind: FactKind;
  /** the words as written */
  text: string;
  value?: FactValue;
  qualifier?: Qualifier;
  /** offsets of `text` inside the claim text */
  start?: number;
  end?: number;
}

// ---------------------------------------------------------------- comparison

export interface Claim {
  id: string;
  sourceId: string;
  eventId: string | null;
  text: string;
  /** character offsets of the statement in the decoded source file */
  origin: { start: number; end: number };
  facts: Fact[];
  /** index of the statement in its document (story order) */
  index: number;
}

export interface SourceInfo {
  id: string;
  /** id of the source this one is a near-duplicate copy of (the same wire story saved again); copies count once */
  copyOf?: string;
  path: string;
  outlet: string | null;
  language: LanguageTag;
  title: string | null;
  published: string | null;
  url: string | null;
  format: SourceFormat | null;
  encoding: string | null;
  diagnostics: Diagnostic[];
}

export interface EventInfo {
  id: string;
  label: string;
  date: string | null;
  place: string | null;
  sourceIds: string[];
  /** sources that mention this event in passing (background statements) without reporting on it */
  mentionedIn?: string[];
  /** the place most reports' leads give for the event (canonical key shared across scripts); `label` is built
   * from it and `labelDate` */
  placeKey?: string;
  /** how the reports write that place, per language tag (the most common form in each language) */
  placeNames?: Record<string, string>;
  /** the date shown in the label: ISO day, or `MM-DD` when no report gives the year */
  labelDate?: string;
}

export type Verdict = 'agreement' | 'partial' | 'conflict';
export type TagStatus = Verdict | 'not-same';

export interface DiscrepancyValue {
  claimId: string;
  text: string;
  value?: FactValue;
  qualifier?: Qualifier;
}
export interface Discrepancy {
  kind: FactKind | 'wording';
  values: DiscrepancyValue[];
  note?: string;
  /** whether this difference contradicts (conflict) or only adds, omits or loosens a detail (partial) */
  relation?: 'conflict' | 'partial';
}

export interface AnalystTag {
  status: TagStatus;
  note: string;
  updatedAt: string;
}

export interface Alignment {
  id: string;
  eventId: string | null;
  claimIds: string[];
  score: number;
  status: Verdict;
  discrepancies: Discrepancy[];
  tag: AnalystTag | null;
  /** true when the analyst created this group by linking statements */
  manual?: boolean;
  /** how the engine formed this group and decided its verdict (for `parallax compare --explain` and the UI) */
  explain?: AlignmentExplanation;
}

/** One rule the engine applied, as a stable code with its parameters (words come from the translation files). */
export interface RuleTrace {
  /** stable code, e.g. `slot:duration`, `similarity:mutual-best`, `verdict:interval-disjoint`, `verdict:not-stated` */
  code: string;
  detail?: Record<string, string | number | boolean | null>;
}

export interface AlignmentExplanation {
  /** what brought the statements together */
  formedBy: 'slot' | 'similarity' | 'lead' | 'manual';
  /** for slot groups: the slot key (`duration`, `venue`, `date`, `role:<person key>`, `count:<unit>`) */
  slot?: string;
  /** the pair scores that formed the group, with the similarity signals that contributed */
  pairs: { a: string; b: string; score: number; signals?: Record<string, number> }[];
  /** the rules that formed the group and decided its verdict, in the order they were applied */
  rules: RuleTrace[];
}

/** One row of the event fact table: the value each source states for one fact of one event. */
export interface FactRow {
  eventId: string;
  /** e.g. `duration`, `venue`, `date`, `role:darchiev` */
  key: string;
  kind: FactKind;
  label: string;
  cells: Record<string, { claimId: string; text: string; value?: FactValue; qualifier?: Qualifier }[]>;
  status: Verdict | 'single';
}

export interface Comparison {
  format: 'parallax.comparison';
  version: 1;
  generatedAt: string;
  engine: {
    name: 'parallax';
    version: string;
    /** the full resolved settings the engine ran with (src/core/engine/settings.ts EngineSettings) */
    settings: Record<string, unknown>;
    /** how the run was set up beyond the settings: which similarity was used, how many taught name variants */
    run?: { similarity: 'cross-language' | 'facts-only'; nameVariants: number };
  };
  sources: SourceInfo[];
  events: EventInfo[];
  claims: Claim[];
  alignments: Alignment[];
  factTable: FactRow[];
}
