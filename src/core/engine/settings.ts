// Every threshold and weight of the engine, in one object: each with its default and why.
// `analyze()` takes a partial override; every JSON export writes the settings it ran with.
// Sections are kept apart so that each part of the engine reads only its own.

export interface EventSettings {
  /** How many statements open a report (its lead): news writing puts the who/what/where/when of the reported
   * happening in the first paragraph or two (headline, dateline sentence, one or two more), about 8 statements. */
  leadStatements: number;
  /** Weight of the first statement when choosing a report's own event; it falls linearly to `leadEndWeight` at
   * the end of the lead. 3 : 1 : 0.5 (lead start, lead end, after the lead) makes two lead statements outweigh a
   * background paragraph that names another event with its date and place (≤ 1.75). */
  leadStartWeight: number;
  /** Weight of the last lead statement (see `leadStartWeight`). */
  leadEndWeight: number;
  /** Weight of a statement after the lead: background paragraphs still count, far less than the lead. */
  afterLeadWeight: number;
  /** Extra weight (×) for a statement that names a meeting-like happening: it is about the event, not about
   * an earlier date in passing. 1.5 makes "talks … on 27 Feb" outweigh a bare date two statements earlier. */
  eventWordBonus: number;
  /** Extra weight (×) for a statement that names a place together with its date. */
  placeBonus: number;
  /** Reports whose lead dates are this many days apart may still report one meeting: a report written the next
   * day (time zones, "yesterday" read against the publication date) or counting a night session to either day. */
  sameEventDays: number;
  /** A statement naming only the place of another event refers to it only if that event is within this many
   * days ("the next round will be held in Vienna" does not refer to talks held in Vienna a year earlier). */
  placeOnlyDays: number;
  /** How many statements away from an explicit mention of another event a background statement may still refer
   * to it ("…talks in Riyadh on 18 Feb lasted 4 hours. Lavrov called the meeting useful."): two sentences. */
  mentionReach: number;
  /** Place names written in different scripts (Kestrava, Кестрава, 凯斯特拉瓦) are one place when their consonant
   * sketches (src/core/lang nameSketch) are at least this similar (1 − edit distance / length). 0.75 accepts one
   * consonant lost in transcription (w/v in Chinese) in a sketch of four or more, never two. */
  placeSketchSimilarity: number;
  /** Sketches shorter than this are too short to tell places apart (a two-consonant sketch fits many names). */
  placeSketchMinLength: number;
  /** The dateline place is looked for in this many opening statements (headline, byline, first sentence). */
  datelineStatements: number;
}

/** What analyze() itself decides: how statements are cut into clauses and how much work one run may do. */
export interface AnalyzeSettings {
  /** A clause of a split Chinese sentence must have at least this many characters to stand on its own: shorter
   * pieces ("双方同意，") do not read alone and stay with their neighbour. 12 characters ≈ a short clause. */
  minClauseChars: number;
  /** The same for space-separated languages, in words: 7 words ≈ the shortest clause that reads on its own. */
  minClauseWords: number;
  /** At most this many statements per document are analysed (the rest are reported in a diagnostic): a news
   * report has 10–100; 2,000 bounds the cost of a pasted book or a feed dump. */
  maxStatementsPerDocument: number;
  /** At most this many candidates are scored per statement: keeps similarity cost linear in the corpus. */
  maxCandidatesPerStatement: number;
  /** Anchors shared by more statements than this are too common to block on (like stop words). */
  maxAnchorFrequency: number;
  /** Each statement looks for candidates through at most this many of its rarest anchors. */
  anchorsPerStatement: number;
  /** An event with at most this many statements is compared exhaustively (400² ≈ 160,000 pair scores, well
   * under a second); larger events are compared through shared anchors only. */
  fullScanLimit: number;
  /** Similarity groups need pairs at least this similar. Calibrated on comparable (not translated) reports:
   * true counterparts score 0.14–0.4 and are mutual best matches. */
  threshold: number;
  /** Pairs across events (a background statement and the event it mentions) need this much more similarity. */
  crossEventMargin: number;
  /** ... but never more than this (a threshold above it would refuse every cross-event pair). */
  crossEventCap: number;
  /** A title or department written at most this many characters before a person's name belongs to that person
   * when a sentence is cut into clauses ("Deputy Foreign Minister of the X Department, Y": ≤ 40 characters). */
  roleReachChars: number;
  /** The first statement is the headline when it holds the first this-many characters of the document's title
   * (enough to tell a headline from a lead sentence that begins the same way, short enough to survive a suffix). */
  headlineMatchChars: number;
  /** Groups up to this size record the score of every pair of members under "Why"; larger ones record each
   * member's score with the first member only (a group of 12 has 66 pairs, one of 50 would have 1,225). */
  explainAllPairsUpTo: number;
}

export interface AlignSettings {
  /** placeholder until the align section is filled */
  readonly _align?: never;
}

export interface JudgeSettings {
  /** placeholder until the judge section is filled */
  readonly _judge?: never;
}

export interface SimilaritySettings {
  /** placeholder until the similarity section is filled */
  readonly _similarity?: never;
}

export interface FactSettings {
  /** placeholder until the facts section is filled */
  readonly _facts?: never;
}

export interface EngineSettings {
  events: EventSettings;
  analyze: AnalyzeSettings;
  align: AlignSettings;
  judge: JudgeSettings;
  similarity: SimilaritySettings;
  facts: FactSettings;
}

export const DEFAULT_EVENT_SETTINGS: EventSettings = {
  leadStatements: 8,
  leadStartWeight: 3,
  leadEndWeight: 1,
  afterLeadWeight: 0.5,
  eventWordBonus: 1.5,
  placeBonus: 1,
  sameEventDays: 1,
  placeOnlyDays: 31,
  mentionReach: 2,
  placeSketchSimilarity: 0.75,
  placeSketchMinLength: 3,
  datelineStatements: 8,
};

export const DEFAULT_ANALYZE_SETTINGS: AnalyzeSettings = {
  minClauseChars: 12,
  minClauseWords: 7,
  maxStatementsPerDocument: 2000,
  maxCandidatesPerStatement: 40,
  maxAnchorFrequency: 300,
  anchorsPerStatement: 16,
  fullScanLimit: 400,
  threshold: 0.13,
  crossEventMargin: 0.03,
  crossEventCap: 0.95,
  roleReachChars: 40,
  headlineMatchChars: 12,
  explainAllPairsUpTo: 12,
};

export const DEFAULT_ALIGN_SETTINGS: AlignSettings = {};

export const DEFAULT_JUDGE_SETTINGS: JudgeSettings = {};

export const DEFAULT_SIMILARITY_SETTINGS: SimilaritySettings = {};

export const DEFAULT_FACT_SETTINGS: FactSettings = {};

export const DEFAULT_SETTINGS: EngineSettings = {
  events: DEFAULT_EVENT_SETTINGS,
  analyze: DEFAULT_ANALYZE_SETTINGS,
  align: DEFAULT_ALIGN_SETTINGS,
  judge: DEFAULT_JUDGE_SETTINGS,
  similarity: DEFAULT_SIMILARITY_SETTINGS,
  facts: DEFAULT_FACT_SETTINGS,
};

export type SettingsOverride = { [K in keyof EngineSettings]?: Partial<EngineSettings[K]> };

/** The defaults with an override laid over them, section by section. */
export function resolveSettings(override?: SettingsOverride): EngineSettings {
  return {
    events: { ...DEFAULT_EVENT_SETTINGS, ...override?.events },
    analyze: { ...DEFAULT_ANALYZE_SETTINGS, ...override?.analyze },
    align: { ...DEFAULT_ALIGN_SETTINGS, ...override?.align },
    judge: { ...DEFAULT_JUDGE_SETTINGS, ...override?.judge },
    similarity: { ...DEFAULT_SIMILARITY_SETTINGS, ...override?.similarity },
    facts: { ...DEFAULT_FACT_SETTINGS, ...override?.facts },
  };
}

/**
 * Reads a settings override from parsed JSON (a `--settings` file, or `engine.settings` of an earlier export):
 * every section and field must exist in the defaults and have the same type. Throws an Error naming the first
 * field that does not.
 */
export function parseSettingsOverride(json: unknown): SettingsOverride {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error('settings must be a JSON object of sections');
  const out: Record<string, Record<string, unknown>> = {};
  const defaults = DEFAULT_SETTINGS as unknown as Record<string, Record<string, unknown>>;
  for (const [section, fields] of Object.entries(json as Record<string, unknown>)) {
    const def = defaults[section];
    if (!def) throw new Error(`unknown settings section "${section}" (known: ${Object.keys(defaults).join(', ')})`);
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) throw new Error(`settings section "${section}" must be an object`);
    const sec: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(fields as Record<string, unknown>)) {
      if (!(field in def)) throw new Error(`unknown setting "${section}.${field}"`);
      const want = typeof def[field];
      if (typeof value !== want || (want === 'number' && !Number.isFinite(value as number)))
        throw new Error(`setting "${section}.${field}" must be a ${want} (got ${JSON.stringify(value)})`);
      sec[field] = value;
    }
    out[section] = sec;
  }
  return out as SettingsOverride;
}
