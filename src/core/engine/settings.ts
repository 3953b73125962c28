// Every threshold and weight of the engine, in one object: each with its default and why.
// `analyze()` takes a partial override; every JSON export writes the settings it ran with.
// Sections are kept apart so that each part of the engine reads only its own.

export interface EventSettings {
  /** placeholder until the events section is filled */
  readonly _events?: never;
}

/** How statements are grouped (src/core/engine/align.ts). */
export interface AlignSettings {
  /** Minimum similarity (0..1) of a similarity-group edge. 0.13: calibrated on comparable (not translated) reports, where
   * true counterparts score 0.14–0.4 and are mutual best matches (development data: shared/seeds, aeb-dev). */
  readonly threshold: number;
  /** Added to `threshold` for pairs across events (a background mention of another event). 0.03: a cross-event pair must
   * be a little surer, since the events layer already said the two statements are about different happenings. */
  readonly crossEventMargin: number;
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
  align: AlignSettings;
  judge: JudgeSettings;
  similarity: SimilaritySettings;
  facts: FactSettings;
}

export const DEFAULT_EVENT_SETTINGS: EventSettings = {};

export const DEFAULT_ALIGN_SETTINGS: AlignSettings = {
  threshold: 0.13,
  crossEventMargin: 0.03,
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

export const DEFAULT_SIMILARITY_SETTINGS: SimilaritySettings = {};

export const DEFAULT_FACT_SETTINGS: FactSettings = {};

export const DEFAULT_SETTINGS: EngineSettings = {
  events: DEFAULT_EVENT_SETTINGS,
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
    align: { ...DEFAULT_ALIGN_SETTINGS, ...override?.align },
    judge: { ...DEFAULT_JUDGE_SETTINGS, ...override?.judge },
    similarity: { ...DEFAULT_SIMILARITY_SETTINGS, ...override?.similarity },
    facts: { ...DEFAULT_FACT_SETTINGS, ...override?.facts },
  };
}
