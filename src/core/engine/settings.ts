// Every threshold and weight of the engine, in one object: each with its default and why.
// `analyze()` takes a partial override; every JSON export writes the settings it ran with.
// Sections are kept apart so that each part of the engine reads only its own.
import type { PairKind as SimilarityPairKind, Signal as SimilaritySignal } from '../lang/similarity';

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
  /** A title or department written at most this many characters before a person's name belongs to that person
   * when a sentence is cut into clauses ("Deputy Foreign Minister of the X Department, Y": ≤ 40 characters). */
  roleReachChars: number;
  /** The first statement is the headline when it holds the first this-many characters of the document's title
   * (enough to tell a headline from a lead sentence that begins the same way, short enough to survive a suffix). */
  headlineMatchChars: number;
}

/** How statements are grouped (src/core/engine/align.ts). */
export interface AlignSettings {
  /** Minimum similarity (0..1) of a similarity-group edge. 0.13: calibrated on comparable (not translated) reports, where
   * true counterparts score 0.14–0.4 and are mutual best matches (development data: shared/seeds, aeb-dev). */
  readonly threshold: number;
  /** Added to `threshold` for pairs across events (a background mention of another event). 0.03: a cross-event pair must
   * be a little surer, since the events layer already said the two statements are about different happenings. */
  readonly crossEventMargin: number;
  /** ... but a cross-event pair never needs more than this (0.95: a higher bar would refuse every cross-event pair). */
  readonly crossEventCap: number;
  /** A pair is a candidate edge when each is among the other's TOP_K best matches in its source. 2: one statement is
   * often split into two in another report; 1 loses those, 3 starts to link neighbouring sentences. */
  readonly topK: number;
  /** A statement joins a group only if its mean similarity to the members is at least this share of `threshold`.
   * 0.8: lets a third report join a strong pair while keeping chains (A~B, B~C, A≁C) apart. */
  readonly coherence: number;
  /** Added to a pair's similarity per shared named entity (person/place/organization key). 0.05: entities shared
   * across scripts are strong evidence that lexical similarity misses; capped by `sharedEntityCap`. */
  readonly sharedEntityBonus: number;
  /** At most this many shared entities add `sharedEntityBonus`. 3: beyond that the entities are the event's cast. */
  readonly sharedEntityCap: number;
  /** A count or a person's title joins a slot only when its statement resembles another member's at least this much.
   * 0.12: just under `threshold`, because the slot fact itself already says the statements are related. */
  readonly slotMinSimilarity: number;
  /** Score of a slot group: base + weight × mean similarity. 0.6 / 0.4: a shared slot fact is strong evidence, the
   * wording adds to it; the score only orders groups and is shown to the analyst. */
  readonly slotScoreBase: number;
  readonly slotScoreWeight: number;
  /** The lead of a report is its first reporting sentence among this many statements after the headline. 3: a
   * caption or a dateline line may precede the lead; further down, sentences are no longer the lead. */
  readonly leadWindow: number;
  /** Topic lines (short statements naming what the talks were about) align at this lower similarity when they share at
   * least `topicMinSharedAnchors` rare anchors. 0.07: topic lines are lists of nouns (staffing, visas, banking) with
   * little else to share; below 0.07 unrelated statements of one event start to pair (shared/seeds). */
  readonly topicThreshold: number;
  /** Shared rare anchors a topic pair needs. 2: one shared word is chance, two shared topic words are a topic. */
  readonly topicMinSharedAnchors: number;
  /** A person followed by a verb of saying within this many characters is the statement's speaker. 30: covers
   * "纳兰15日出席…论坛时表示" and "Naran told reporters on Thursday", not a second clause. */
  readonly speakerWindow: number;
  /** At most this many member pairs are listed (with their scores and signals) in a group's explanation. 10: enough
   * to read a group of five reports; the rest adds size, not understanding. */
  readonly maxExplainPairs: number;
}

/** How a group's verdict is decided (src/core/engine/judge.ts). */
export interface JudgeSettings {
  /** Relative tolerance of an "approximate" value: about 6.5 h reads as 6.18–6.83 h. 0.05: "about" rounds to the
   * nearest half hour or so; wider would make "about 6.5 h" agree with "5–6 h expected", which it does not. */
  readonly approxTolerance: number;
  /** A person's title and department are shown as one span when it is at most this many characters long; else the
   * title alone. 80: a long portfolio (负责北极和海洋事务的副司长) fits, a whole clause does not. */
  readonly roleSpanMax: number;
}

/** Signal weights of cross-language similarity, per pair of similarity families (see src/core/lang/similarity.ts). */
export type SimilarityWeights = Record<SimilarityPairKind, Record<SimilaritySignal, number>>;

export interface SimilaritySettings {
  /**
   * Documents assumed to lack every token when computing IDF (50): on a handful of statements IDF alone would
   * call every shared token rare; 50 keeps IDF meaningful on tiny inputs and negligible on NTREX-size ones.
   */
  idfPriorDocs: number;
  /** Minimum score 0..1 for a match (0.12): below it, NTREX non-translations outnumber translations (dev: NTREX). */
  threshold: number;
  /**
   * Minimum CSLS-corrected score for a match on large inputs (0.04): keeps the NTREX half-missing accuracy near
   * P@1, i.e. sentences without a counterpart stay unmatched (dev: NTREX).
   */
  cslsThreshold: number;
  /** Neighbourhood size of the CSLS hubness correction (3, as in the CSLS paper's small-k regime; NTREX dev). */
  cslsK: number;
  /** Both sides need at least this many items for CSLS (20): smaller neighbourhoods say nothing about hubness. */
  cslsMinItems: number;
  /** Small inputs: a score this high is a match even when not mutual (0.25: paraphrases in the unit tests score 0.3+). */
  sureScore: number;
  /** Small inputs: minimum score (0.18), a raised floor that replaces the CSLS check where there is no neighbourhood. */
  smallMinScore: number;
  /**
   * Weight of function characters, syllables and words (0.3): on small inputs (where IDF knows little) two
   * sentences must not look alike for sharing 的 / của / и / في.
   */
  functionWeight: number;
  /** Weight of a name-sketch token relative to a word (0.7): a sketch is coarser than a word, so it counts less. */
  nameWeight: number;
  /**
   * Weight of a sketch made from a word's stem (0.35) besides the sketch of the word itself, for names in inflected
   * languages (Russian "Лавровым" → stem "лавров" → LFLF like "Lavrov").
   */
  stemNameWeight: number;
  /**
   * Weight of the English stems one word of a 'glossed' language (Russian, Arabic) adds, spread over its stems (1: as
   * much as one Chinese dictionary word or one English word, so that no language dominates the shared gloss space).
   */
  glossWeight: number;
  /** Signal weights per pair of similarity families (see `DEFAULT_SIMILARITY_WEIGHTS` for the reasons). */
  weights: SimilarityWeights;
}

export interface FactSettings {
  /** Characters before a quantity within which a hedge (约, more than, не менее, ما لا يقل عن) must end. Default 32:
   * longer than the longest hedge phrase of any pack with its spaces, short enough not to reach the clause before. */
  readonly hedgeWindow: number;
  /** A day and month without a year more than this many days after publication is read as last year's. Default 183:
   * news reports the past far more than it announces; half a year splits the calendar evenly around that bias. */
  readonly monthDayAheadDays: number;
  /** A day and month without a year more than this many days before publication is read as next year's. Default 300:
   * announcements for early next year ("on 15 January", written in December) without misplacing last spring. */
  readonly monthDayBehindDays: number;
  /** A bare day of month (27日) up to this many days after the publication day stays in its month; later days belong
   * to the previous month. Default 2: reports dated the next morning or in an earlier time zone. */
  readonly bareDayAheadDays: number;
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
  roleReachChars: 40,
  headlineMatchChars: 12,
};

export const DEFAULT_ALIGN_SETTINGS: AlignSettings = {
  threshold: 0.13,
  crossEventMargin: 0.03,
  crossEventCap: 0.95,
  topK: 2,
  coherence: 0.8,
  sharedEntityBonus: 0.05,
  sharedEntityCap: 3,
  slotMinSimilarity: 0.12,
  slotScoreBase: 0.6,
  slotScoreWeight: 0.4,
  leadWindow: 3,
  topicThreshold: 0.07,
  topicMinSharedAnchors: 2,
  speakerWindow: 30,
  maxExplainPairs: 10,
};

export const DEFAULT_JUDGE_SETTINGS: JudgeSettings = {
  approxTolerance: 0.05,
  roleSpanMax: 80,
};

// Signal order: char, charPair, hanViet, hanVietPair, gloss, latin, name, number.
// zh/vi/en rows: tuned on NTREX (dev) for the pairs of the shared research note "offline aligner": characters and
// their pairs carry Chinese↔Chinese, Hán-Việt readings Chinese↔Vietnamese, English glosses every pair with English.
// ru/ar rows: tuned on the first (dev) half of bench/data/parallel; the gloss space carries them, names (Cyrillic
// sketches) and numbers help more than for zh because the Russian/Arabic dictionaries are smaller than CC-CEDICT.
const signalWeights = (char: number, charPair: number, hanViet: number, hanVietPair: number, gloss: number, latin: number, name: number, number: number) => ({
  char,
  charPair,
  hanViet,
  hanVietPair,
  gloss,
  latin,
  name,
  number,
});
export const DEFAULT_SIMILARITY_WEIGHTS: SimilarityWeights = {
  'zh-zh': signalWeights(1, 1.5, 0.3, 0, 0.5, 0.5, 0.3, 0.5),
  'zh-vi': signalWeights(0, 0, 1.5, 1, 1.5, 0.5, 0.3, 0.5),
  'zh-en': signalWeights(0, 0, 0, 0, 3, 0.5, 0.2, 0.3),
  'vi-en': signalWeights(0, 0, 0, 0, 3, 0.5, 0.3, 0.5),
  'vi-vi': signalWeights(0, 0, 1.5, 1, 0.5, 0.7, 0.3, 0.5),
  'en-en': signalWeights(0, 0, 0, 0, 3, 0.7, 0.3, 0.5),
  'zh-ru': signalWeights(0, 0, 0, 0, 3, 0.5, 0.6, 0.6),
  'vi-ru': signalWeights(0, 0, 0, 0, 3, 0.5, 0.6, 0.6),
  'ru-en': signalWeights(0, 0, 0, 0, 3, 0.5, 0.6, 0.6),
  'ru-ru': signalWeights(0, 0, 0, 0, 3, 0.7, 0.5, 0.5),
  'zh-ar': signalWeights(0, 0, 0, 0, 3, 0.5, 0.3, 0.8),
  'vi-ar': signalWeights(0, 0, 0, 0, 3, 0.5, 0.3, 0.8),
  'ru-ar': signalWeights(0, 0, 0, 0, 3, 0.5, 0.3, 0.8),
  'ar-en': signalWeights(0, 0, 0, 0, 3, 0.5, 0.3, 0.8),
  'ar-ar': signalWeights(0, 0, 0, 0, 3, 0.7, 0.3, 0.5),
  other: signalWeights(0, 0, 0, 0, 0.5, 1, 0.5, 0.7),
};

export const DEFAULT_SIMILARITY_SETTINGS: SimilaritySettings = {
  idfPriorDocs: 50,
  threshold: 0.12,
  cslsThreshold: 0.04,
  cslsK: 3,
  cslsMinItems: 20,
  sureScore: 0.25,
  smallMinScore: 0.18,
  functionWeight: 0.3,
  nameWeight: 0.7,
  stemNameWeight: 0.35,
  glossWeight: 1,
  weights: DEFAULT_SIMILARITY_WEIGHTS,
};

export const DEFAULT_FACT_SETTINGS: FactSettings = { hedgeWindow: 32, monthDayAheadDays: 183, monthDayBehindDays: 300, bareDayAheadDays: 2 };

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
