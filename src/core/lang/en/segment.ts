// English: segmentation rules (see src/core/lang/pack/segment.ts for what each field means).
import type { SegmentRules } from '../pack/segment';

/** Abbreviations of English news text; other Latin-script packs include them (their texts quote English). */
export const EN_ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'gov', 'sen', 'rep',
  'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'no', 'nos', 'co', 'inc', 'ltd', 'corp',
  'dept', 'est', 'approx', 'fig', 'vol', 'pp', 'p', 'ca', 'cf', 'al', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat',
  'sun', 'a.m', 'p.m', 'ph.d', 'h.e', 'rev', 'hon', 'amb', 'pres', 'sec', 'asst', 'dep', 'mt', 'ft', 'op', 'ed',
  'eds', 'ave', 'blvd', 'rd', 'gmt', 'utc',
];

/** Words that, after a dotted acronym like "U.S.", still start a new sentence. */
export const EN_SENTENCE_STARTERS: readonly string[] = [
  'the', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'at',
  'a', 'an', 'there', 'his', 'her', 'their', 'its', 'our', 'however', 'meanwhile', 'after', 'before', 'when',
];

export const segment: SegmentRules = { abbreviations: EN_ABBREVIATIONS, sentenceStarters: EN_SENTENCE_STARTERS, maxLength: 600 };
