// What a language pack says about entities: the shape every pack's `entities` section has.
// The engine reads these rules through the pack; it never branches on a language tag.
//
// Everything here is general vocabulary of the language (titles, the words for "department" or "embassy", compass
// points and continents, prepositions before a place, speech verbs). No entity is listed because a sample names it:
// people, departments, venues and cities are found by these patterns in the text itself.

/** Kinds of organisation unit that a qualifier makes specific: 北美司 = {department, north-america}. */
export type OrgUnitType = 'department' | 'bureau' | 'division' | 'office';

/** An organisation unit word and where its qualifier stands. */
export interface OrgUnitWord {
  /** the word as written (司, Department, Vụ, департамент); Latin/Cyrillic words match case-insensitively */
  form: string;
  type: OrgUnitType;
  /** `before`: 北美司, North America Department; `after`: Vụ Bắc Mỹ, Department of …, Департамент Северной Америки */
  qualifier: 'before' | 'after' | 'both';
}

/** A venue class: the pattern that finds it and the key every language gives it. */
export interface VenueRule {
  /** venue key shared across languages: embassy, consul-general-residence, ambassador-residence, palace, hotel… */
  key: string;
  /** global regex; an optional named group `owner` holds the country or person the venue belongs to, `name` its own name */
  re: RegExp;
}

export interface EntityRules {
  /**
   * How names are written. `han`: without spaces, foreign names transliterated with a known character set
   * (the text is Simplified before matching). `spaced`: words separated by spaces, names capitalised.
   */
  writing: 'han' | 'spaced';
  /** Titles and roles: role key → surface forms (minister, spokesperson, ambassador, director, deputy…). */
  roles: Record<string, string[]>;
  /** Role keys also written after the name (特朗普总统, 拉夫罗夫外长). */
  rolesAfterName?: string[];
  /** Role keys that are generic nouns (外交官, expert) rather than titles placed right before a name. */
  genericRoles?: string[];
  /** Organisation unit words (司, 局, Department, Bureau, Vụ, Cục, департамент, управление). */
  orgUnits: OrgUnitWord[];
  /** Words a unit word must not be part of (公司 company, 司机 driver, 司法 justice). */
  orgUnitFalse?: string[];
  /**
   * Qualifier vocabulary: concept → forms (compass points, continents, oceans, ordinals). The same concept keys in
   * every language make 北美司 = North America Department = Vụ Bắc Mỹ = Департамент Северной Америки. Russian forms
   * are stems (matched as word prefixes). A form may stand for several concepts: `southeast` → ['south', 'east'].
   */
  qualifiers: Record<string, string[]>;
  /** Words dropped from a qualifier (事务, affairs, các vấn đề, по делам). */
  qualifierFillers: string[];
  /** Words that end a qualifier reading backwards/forwards (外交部, ministry, Bộ, МИД): where the unit's owner stands. */
  qualifierStops?: string[];
  /** Venue classes (embassy, residence, palace, hotel, conference centre, guest house). */
  venues: VenueRule[];
  /**
   * Context patterns that name a place no list contains: group `place` is the place (在X举行, tại X, in X, в X).
   * For `han` writing the group may be any run the pattern allows; names are then checked against the
   * transliteration character set.
   */
  placeCues: RegExp[];
  /** Case endings to strip from a place found by a cue (Стамбуле → Стамбул), longest first. */
  placeEndings?: string[];
  /** Speech verbs that follow a speaker (said, 表示, cho biết, заявил). */
  speechVerbs: string[];
  /** Words that mark a quotation relayed by an outlet (援引, dẫn lời, quoted, со ссылкой на). */
  relayCues?: string[];
  /** Honorifics right before a name (ông, bà, Mr., господин). */
  honorifics?: string[];
  /** Words that turn a preceding transliteration into a common noun (音乐 music, 链 chain, 效应 effect). */
  notNameAfter?: string[];
  /** Capitalised words that mark an institution, place or event rather than a person's name (lowercase). */
  notNameWords?: string[];
  /** Words for "responsible for …" before a portfolio (负责, phụ trách, for, по). */
  portfolioCues?: string[];
  /** `han` writing: characters used to transliterate foreign names (a run of them is a name candidate). */
  transliterationChars?: string;
  /** `han` writing: common native surnames (a native name right after a title: 记者王某). */
  nativeSurnames?: string;
  /** `han` writing: characters that end a native name (function words, verbs). */
  nameStopChars?: string;
  /** `spaced` writing: capitalised function words that start sentences and are not names (The, Theo, Các). */
  functionWords?: string[];
  /** `spaced` writing: titles and honorific abbreviations written before a name and not part of it (Sen., Dr., Ngài). */
  titleWords?: string[];
}
