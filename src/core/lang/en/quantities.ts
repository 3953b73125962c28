// English quantities: durations (more than four hours, an hour and a half, 5-6 hours or so), money (5 million
// dollars), percents, counts (three memorandums, 1,500 troops) and the hedges and forecast cues that qualify them.
import type { DurationUnit } from '../../model';
import type { QuantityRules } from '../pack/quantities';
import { addQuantity, durationValue, finalQualifier, hedgeBefore, PRIORITY, shape, type Candidate } from '../../facts/common';
import { EN_NUM, parseEnNumber } from './numbers';

const UNIT: Record<string, DurationUnit> = {
  hour: 'hour', hr: 'hour', minute: 'minute', min: 'minute', second: 'second', sec: 'second', day: 'day', week: 'week',
  month: 'month', year: 'year',
};
const DURATION = new RegExp(
  `\\b(${EN_NUM})(?:\\s*(?:-|–|to|or)\\s*(${EN_NUM}))?(\\s+and\\s+a\\s+half)?[\\s-]+(hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?)\\b(\\s+and\\s+a\\s+half)?(\\s+or\\s+(?:so|more))?`,
  'gi',
);
const HALF = /\b(half\s+an?\s+(hour|day|year)|an?\s+(hour|day|week)\s+and\s+a\s+half)\b/gi;
const HINT = /hour|hr|min|sec|day|week|month|year/i;

/** Counted nouns → unit keys shared across languages. */
export const EN_COUNTED: Record<string, string> = {
  people: 'people', persons: 'people', person: 'people', delegates: 'delegates', delegations: 'delegations', delegation: 'delegations',
  diplomats: 'diplomats', agreements: 'agreements', agreement: 'agreements', countries: 'countries', nations: 'countries',
  soldiers: 'soldiers', troops: 'soldiers', officials: 'officials', lawmakers: 'lawmakers', civilians: 'civilians', regions: 'regions',
  cities: 'cities', rounds: 'rounds', round: 'rounds', times: 'times', embassies: 'embassies', journalists: 'journalists',
  fishermen: 'fishermen', members: 'people', member: 'people', staff: 'staff', memorandums: 'agreements', memoranda: 'agreements',
  accords: 'agreements', deals: 'agreements', documents: 'agreements', protesters: 'protesters', employees: 'staff', missiles: 'missiles', aircraft: 'aircraft',
};
const COUNT = new RegExp(`(?<![\\w.,:/$+])(${EN_NUM})(?![\\w/:])(?:(?:\\s+(?:\\w+\\s+)?|-)(${Object.keys(EN_COUNTED).join('|')})\\b)?`, 'gi');
const CURRENCY: Record<string, string> = {
  usd: 'USD', 'us dollars': 'USD', dollars: 'USD', dollar: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR', rubles: 'RUB',
  roubles: 'RUB', yuan: 'CNY', pounds: 'GBP',
};
const MONEY = new RegExp(`(?<![\\p{L}])(${EN_NUM}|[0-9]+(?:[.,][0-9]+)*)\\s*(million|billion|trillion)?\\s*(USD|US dollars|dollars|euros?|EUR|rubles|roubles|yuan)(?![\\p{L}])`, 'giu');
const PERCENT = new RegExp(`(${EN_NUM}|[0-9]+(?:[.,][0-9]+)?)\\s*(%|percent|per cent)`, 'gi');
const SCALE: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12 };

/** "4.5" or "1,500" or "two": English reading of a number. */
function readNumber(raw: string): number | null {
  const r = raw.trim();
  const en = parseEnNumber(r);
  if (en !== null && !/,\d{1,2}$/.test(r)) return en;
  const v = Number(r.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  return Number.isFinite(v) ? v : null;
}

/** English durations; also read inside texts of other languages (Vietnamese articles quote English). */
export function englishDurations(t: string, out: Candidate[], rules: QuantityRules): void {
  if (!HINT.test(t)) return;
  DURATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DURATION.exec(t))) {
    const a0 = parseEnNumber(m[1]);
    if (a0 === null) continue;
    const next = t.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase();
    if (/^\s+(?:later|earlier|ago|after|before|afterwards)\b/.test(next)) continue; // relative date
    if (/^\s+old\b/.test(next)) continue;
    const half = m[3] || m[5] ? 0.5 : 0;
    const a = a0 + half;
    const bRaw = m[2] ? parseEnNumber(m[2]) : null;
    const b = bRaw !== null ? bRaw + half : null;
    const hedge = m[6] ? null : hedgeBefore(t, m.index, rules);
    const q = m[6] ? (/more/i.test(m[6]) ? 'at-least' : 'approximate') : hedge?.q ?? null;
    const sh = shape(a, b, q);
    const start = m.index - (hedge?.len ?? 0);
    const unit = UNIT[m[4].toLowerCase().replace(/s$/, '')] ?? 'hour';
    out.push({ kind: 'duration', start, end: m.index + m[0].length, value: durationValue(sh.min, sh.max, unit), qualifier: finalQualifier(t, start, sh.q, rules), priority: PRIORITY.duration });
  }
  HALF.lastIndex = 0;
  if (/half/i.test(t)) while ((m = HALF.exec(t))) {
    const unit = UNIT[(m[2] ?? m[3]).toLowerCase()];
    const hedge = hedgeBefore(t, m.index, rules);
    const sh = shape(m[2] ? 0.5 : 1.5, null, hedge?.q ?? null);
    const start = m.index - (hedge?.len ?? 0);
    out.push({ kind: 'duration', start, end: m.index + m[0].length, value: durationValue(sh.min, sh.max, unit), qualifier: finalQualifier(t, start, sh.q, rules), priority: PRIORITY.duration });
  }
}

/** Money in currency words and percents, read the English way (also in Vietnamese texts). */
export function englishMoneyAndPercent(t: string, out: Candidate[], rules: QuantityRules, read: (raw: string) => number | null = readNumber): void {
  let m: RegExpExecArray | null;
  MONEY.lastIndex = 0;
  if (/USD|dollar|euro|EUR|ruble|rouble|yuan/i.test(t)) while ((m = MONEY.exec(t))) {
    const n = read(m[1]);
    if (n === null) continue;
    const sc = m[2] ? SCALE[m[2].toLowerCase()] ?? 1 : 1;
    addQuantity(t, out, rules, 'money', m.index, m.index + m[0].length, n * sc, null, CURRENCY[m[3].toLowerCase()] ?? m[3].toUpperCase());
  }
  PERCENT.lastIndex = 0;
  if (/%|per ?cent/i.test(t)) while ((m = PERCENT.exec(t))) {
    const n = read(m[1]);
    if (n !== null) addQuantity(t, out, rules, 'percent', m.index, m.index + m[0].length, n, null, 'percent');
  }
}

function englishQuantities(t: string, out: Candidate[], rules: QuantityRules): void {
  englishDurations(t, out, rules);
  englishMoneyAndPercent(t, out, rules);
  COUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT.exec(t))) {
    const arabic = /^[0-9]/.test(m[1]);
    if (!arabic && !m[2] && !/(hundred|thousand|million|billion|dozen)/i.test(m[1])) continue;
    if (/^an?$/i.test(m[1].trim())) continue;
    const v = parseEnNumber(m[1]) ?? (arabic ? Number(m[1].replace(/,/g, '')) : null);
    if (v === null) continue;
    const unit = m[2] ? EN_COUNTED[m[2].toLowerCase()] : undefined;
    // bare years (1870, 2024) belong to dates; bare 0/1 are rarely facts
    if (!unit && (v <= 1 || (Number.isInteger(v) && v >= 1000 && v <= 2100 && /^[0-9]{4}$/.test(m[1].trim())))) continue;
    addQuantity(t, out, rules, 'number', m.index, m.index + m[0].length, v, null, unit);
  }
}

export const quantities: QuantityRules = {
  hedges: {
    approximate: /\b(?:about|around|approximately|roughly|some|an estimated|estimated|circa|approx\.|close to)$/i,
    atLeast: /\b(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than|just over|well over|beyond)$/i,
    atMost: /\b(?:nearly|almost|under|less than|fewer than|at most|up to|no more than|just under|barely|only)$/i,
  },
  hedgesAfter: { approximate: /^\s+or so\b/i, atLeast: /^\s+or more\b/i },
  expected: /\b(?:expected|expects|scheduled|planned|plans|set to|will|would|forecast|projected|due to|is to|are to|likely)\b/i,
  reported: /\b(?:reportedly|according to|reported|said to|cited|quoted|sources said)\b/i,
  clauseBreak: /[;:.!?]/,
  clauseReach: 80,
  extract: englishQuantities,
};
