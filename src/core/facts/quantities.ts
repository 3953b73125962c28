// Durations, counts, money and percents with their qualifiers (约/hơn/nearly/более/أكثر من, 预计/expected...),
// read with the language's pack. Language-neutral here: money written with a currency symbol, and the reader of a
// pack's quantity tables (unit words, counted nouns, currencies, percent words, hedges). Grammar the tables cannot
// express is the pack's `extract` hook.
import type { QuantityRules } from '../lang/pack/quantities';
import { FALLBACK_QUANTITIES } from '../lang/pack/fallback';
import { normalizeDigits, parseDigits } from '../lang/pack/numbers';
import { numberPattern, parseNumber } from '../lang/numbers';
import { packFor } from '../lang/packs';
import { DEFAULT_FACT_SETTINGS, type FactSettings } from '../engine/settings';
import { addQuantity, eachMatch, hedgeBefore, lookupWord, wordAlternation, type Candidate } from './common';




const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}])';

interface Compiled {
  duration?: RegExp;
  bareUnit?: RegExp;
  count?: RegExp;
  vague?: RegExp;
  percent?: RegExp;
  money?: RegExp;
  symbolMoney: RegExp;
}
const compiled = new Map<string, Compiled>();

function compile(rules: QuantityRules, lang: string): Compiled {
  const key = `${lang}\u0000${packFor(lang).quantities ? 'pack' : 'fallback'}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  const num = numberPattern(lang);
  const join = rules.rangeJoin ?? '-|–|—|−';
  const c: Compiled = {
    symbolMoney: new RegExp(`(US\\$|\\$|€|£)\\s?(${num}|[0-9]+(?:[.,][0-9]+)*)(\\s*(?:million|billion|trillion|bn|mn|m|b)(?![\\p{L}]))?`, 'giu'),
  };
  const half = rules.halfAfterUnit ? `(\\s*(?:${rules.halfAfterUnit}))?` : '()';
  const more = rules.atLeastAfterNumber ? `(\\s*(?:${rules.atLeastAfterNumber}))?` : '()';
  if (rules.durationUnits) c.duration = new RegExp(`${L}(${num})(?:\\s*(?:${join})\\s*(${num}))?${more}\\s*(${wordAlternation(rules.durationUnits)})${R}${half}`, 'giu');
  const bare = { ...rules.dualUnits, ...rules.singleUnits };
  if (Object.keys(bare).length) c.bareUnit = new RegExp(`${L}(${wordAlternation(bare)})${R}`, 'giu');
  if (rules.counted) c.count = new RegExp(`${L}(${num})(?:\\s+(${wordAlternation(rules.counted)}))?${R}`, 'giu');
  if (rules.vagueCounts && rules.counted) c.vague = new RegExp(`${L}(${wordAlternation(rules.vagueCounts)})\\s+(${wordAlternation(rules.counted)})${R}`, 'giu');
  if (rules.percentWords) c.percent = new RegExp(`${L}(${num})\\s*(?:${rules.percentWords})`, 'giu');
  if (rules.currencies) c.money = new RegExp(`${L}(${num})\\s*(${wordAlternation(rules.currencies)})${R}`, 'giu');
  compiled.set(key, c);
  return c;
}

/** Reads a pack's quantity tables. */
function tableQuantities(t: string, rules: QuantityRules, lang: string, out: Candidate[]): void {
  const c = compile(rules, lang);
  if (c.duration) eachMatch(c.duration, t, (m) => {
    const a = parseNumber(m[1], lang);
    const unit = lookupWord(rules.durationUnits, m[4]);
    if (a === null || !unit) return;
    if (unit === 'year' && a >= 100) return; // 2025 года is a date
    // в 10 часов утра is the time of day the date reader gives
    if (unit === 'hour' && (rules.clockBefore?.test(t.slice(Math.max(0, m.index - 12), m.index)) || rules.clockAfter?.test(t.slice(m.index + m[0].length)))) return;
    const half = m[5] ? 0.5 : 0;
    const b = m[2] ? parseNumber(m[2], lang) : null;
    addQuantity(t, out, rules, 'duration', m.index, m.index + m[0].length, a + half, b === null ? null : b + half, unit, m[3] ? 'at-least' : undefined);
  });
  if (c.bareUnit) eachMatch(c.bareUnit, t, (m) => {
    const dual = lookupWord(rules.dualUnits, m[1]);
    const single = lookupWord(rules.singleUnits, m[1]);
    // a lone singular unit is a quantity only after a hedge: более часа, أكثر من ساعة
    if (!dual && !(single && hedgeBefore(t, m.index, rules))) return;
    addQuantity(t, out, rules, 'duration', m.index, m.index + m[0].length, dual ? 2 : 1, null, (dual ?? single)!);
  });
  if (c.percent) eachMatch(c.percent, t, (m) => {
    const v = parseNumber(m[1], lang);
    if (v !== null) addQuantity(t, out, rules, 'percent', m.index, m.index + m[0].length, v, null, 'percent');
  });
  if (c.money) eachMatch(c.money, t, (m) => {
    const v = parseNumber(m[1], lang);
    const cur = lookupWord(rules.currencies, m[2]);
    if (v !== null && cur) addQuantity(t, out, rules, 'money', m.index, m.index + m[0].length, v, null, cur);
  });
  if (c.vague) eachMatch(c.vague, t, (m) => {
    const v = lookupWord(rules.vagueCounts, m[1]);
    if (v !== undefined) addQuantity(t, out, rules, 'number', m.index, m.index + m[0].length, v, null, lookupWord(rules.counted, m[2]), 'at-least');
  });
  if (c.count) eachMatch(c.count, t, (m) => {
    const raw = m[1];
    const v = parseNumber(raw, lang);
    if (v === null) return;
    const unit = m[2] ? lookupWord(rules.counted, m[2]) : undefined;
    const digits = /^[0-9]/.test(raw.trim());
    // number words need a counted noun or a scale; bare years and 0/1 are not counts
    if (!unit && (!digits || v <= 1)) return;
    if (!unit && Number.isInteger(v) && v >= 1000 && v <= 2100 && /^[0-9]{4}$/.test(raw.trim())) return;
    const next = t.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (!unit && /^[.,:/]\d/.test(next)) return; // part of 27.02.2025 or 10:30
    addQuantity(t, out, rules, 'number', m.index, m.index + m[0].length, v, null, unit);
  });
}

/** Money written with a currency symbol ($5 million, €200): the same in every language. */
function symbolMoney(t: string, rules: QuantityRules, lang: string, out: Candidate[]): void {
  if (!/[$€£]/.test(t)) return;
  const c = compile(rules, lang);
  const SYMBOL: Record<string, string> = { 'us$': 'USD', $: 'USD', '€': 'EUR', '£': 'GBP' };
  const SCALE: Record<string, number> = { million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, b: 1e9, bn: 1e9, trillion: 1e12 };
  if (c.symbolMoney) eachMatch(c.symbolMoney, t, (m) => {
    const raw = m[2].trim();
    // amounts after a currency symbol are written with a decimal point ($1,500.50) in most languages
    const v = /^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?$/.test(raw) ? parseDigits(raw, { decimal: '.' }) : parseNumber(raw, lang);
    if (v === null || !Number.isFinite(v)) return;
    const sc = m[3] ? SCALE[m[3].trim().toLowerCase()] ?? 1 : 1;
    addQuantity(t, out, rules, 'money', m.index, m.index + m[0].length, v * sc, null, SYMBOL[m[1].toLowerCase()] ?? 'USD');
  });
}

/** The quantity rules of a language (its pack's, or the reading of languages without a pack). */
export function quantityRules(lang: string): QuantityRules {
  return packFor(lang).quantities ?? FALLBACK_QUANTITIES;
}

/** Duration, money, percent and count candidates of one statement in `lang` (Simplified text for Chinese). */
export function extractQuantities(s: string, lang: string, settings: FactSettings = DEFAULT_FACT_SETTINGS): Candidate[] {
  const out: Candidate[] = [];
  // the pack's tables, with the run's hedge window
  const rules: QuantityRules = { ...quantityRules(lang), hedgeWindow: settings.hedgeWindow };
  const t = normalizeDigits(s);
  tableQuantities(t, rules, lang, out);
  rules.extract?.(t, out, rules);
  symbolMoney(t, rules, lang, out);
  return out;
}
