// Every threshold and weight of the engine, in one object: each with its default and why.
// `analyze()` takes a partial override; every JSON export writes the settings it ran with.
// Sections are kept apart so that each part of the engine reads only its own.

export interface EventSettings {
  /** placeholder until the events section is filled */
  readonly _events?: never;
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
  align: AlignSettings;
  judge: JudgeSettings;
  similarity: SimilaritySettings;
  facts: FactSettings;
}

export const DEFAULT_EVENT_SETTINGS: EventSettings = {};

export const DEFAULT_ALIGN_SETTINGS: AlignSettings = {};

export const DEFAULT_JUDGE_SETTINGS: JudgeSettings = {};

export const DEFAULT_SIMILARITY_SETTINGS: SimilaritySettings = {};

export const DEFAULT_FACT_SETTINGS: FactSettings = { hedgeWindow: 32, monthDayAheadDays: 183, monthDayBehindDays: 300, bareDayAheadDays: 2 };

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
