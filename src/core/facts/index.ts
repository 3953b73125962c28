// Typed fact extraction for one statement: dates, times, durations, numbers, money, percents, persons with roles,
// organizations, places and attributed quotes, with normalized values and qualifiers.
//   extractFacts('雙方進行了約6個半小時的閉門會談', { language: 'zh-Hant', published: '2025-02-28' })
//     → [{ kind: 'duration', text: '約6個半小時', value: { min: 6.5, max: 6.5, unit: 'hour' }, qualifier: 'approximate', ... }]
// Chinese is matched on a Simplified copy of the same length, so offsets index the original statement.
import type { DateValue, Fact, LanguageTag } from '../model';
import type { FactSettings } from '../engine/settings';
import { isReported, parseIsoDate, scriptOf, toFact, type Candidate, type Ymd } from './common';
import { extractDates, fullDay } from './dates';
import { extractEntities } from './entities';
import { toSimplifiedAligned } from './names';
import { extractQuantities, quantityRules } from './quantities';
import { extractQuotes } from './quotes';

export { nameSketch, toSimplified, asciiFold, sketchSimilarity } from './names';
export { gazetteer, addForms } from './gazetteer';
export type { PersonValue } from './entities';

export interface FactContext {
  language: LanguageTag;
  /** publication date (ISO) of the document: the anchor for 周二, 27日, hôm qua, yesterday */
  published: string | null;
  /** place named in the dateline (新华社北京2月28日电 → 北京) */
  dateline?: string | null;
  /** latest absolute date stated in the previous statements (for 六天后 in the next sentence); see extractDocumentFacts */
  previousDate?: string | null;
  /** the run's fact settings (`settings.facts` of src/core/engine/settings.ts); the defaults when absent */
  settings?: FactSettings;
}

const QUANTITY_KINDS = new Set(['date', 'time', 'duration', 'number', 'money', 'percent']);

/** Overlap resolution among quantity kinds: lower priority first, then longer span. Entities and quotes may overlap. */
function resolve(cands: Candidate[]): Candidate[] {
  const qs = cands.filter((c) => QUANTITY_KINDS.has(c.kind));
  const others = cands.filter((c) => !QUANTITY_KINDS.has(c.kind));
  qs.sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of qs) {
    const clash = kept.some((k) => {
      if (c.start >= k.end || c.end <= k.start) return false;
      // a time may contain the date it is on (当地时间27日晚 holds 27日)
      if (k.kind === 'time' && c.kind === 'date' && c.start >= k.start && c.end <= k.end) return false;
      if (k.kind === 'date' && c.kind === 'time' && k.start >= c.start && k.end <= c.end) return false;
      return true;
    });
    if (!clash) kept.push(c);
  }
  // entities: drop exact duplicates of span+kind
  const seen = new Set<string>();
  const ents: Candidate[] = [];
  for (const c of others) {
    const k = `${c.kind}:${c.start}:${c.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    ents.push(c);
  }
  return [...kept, ...ents].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Extracts typed facts from one statement. Offsets (`start`/`end`) index `text`. */
export function extractFacts(text: string, ctx: FactContext): Fact[] {
  if (!text) return [];
  const script = scriptOf(ctx.language || 'und');
  const s = script === 'zh' || /[\u4e00-\u9fff]/.test(text) ? toSimplifiedAligned(text) : text;
  const sc = script === 'other' && /[\u4e00-\u9fff]{4}/.test(text) ? 'zh' : script;
  const previous = parseIsoDate(ctx.previousDate ?? null);
  // without a publication date, the last absolute date stated before is the best anchor for 周二 / Tuesday / 27日
  const published = parseIsoDate(ctx.published) ?? previous;
  // numbers, dates and quantities are read with the language's pack (Chinese text in an untagged document as Chinese)
  const lang = sc === 'zh' && script !== 'zh' ? 'zh-Hans' : ctx.language || 'und';
  const cands: Candidate[] = [];
  cands.push(...extractDates(s, lang, { published, previous, settings: ctx.settings }));
  cands.push(...extractQuantities(s, lang, ctx.settings));
  const ents = extractEntities(s, sc, ctx.language);
  cands.push(...ents);
  cands.push(...extractQuotes(s, sc, ents, ctx.language));
  const resolved = resolve(cands);
  // statements attributed to a report: quantities are 'reported' unless more specific
  if (isReported(s, quantityRules(lang))) {
    for (const c of resolved) if ((c.kind === 'duration' || c.kind === 'number') && c.qualifier === 'exact') c.qualifier = 'reported';
  }
  return resolved.map((c) => toFact(text, c));
}

/** Latest full-day absolute date among facts (to carry into the next statement as `previousDate`). */
export function lastAbsoluteDate(facts: Fact[]): string | null {
  let best: string | null = null;
  for (const f of facts) {
    if (f.kind !== 'date') continue;
    const v = f.value as DateValue | undefined;
    if (!v || v.relative || !fullDay(v)) continue;
    best = v.date;
  }
  return best;
}

/** Extracts facts for all statements of one document, carrying the last absolute date forward (六天后 / six days later). */
export function extractDocumentFacts(statements: readonly string[], ctx: FactContext): Fact[][] {
  let previous: string | null = ctx.previousDate ?? null;
  const out: Fact[][] = [];
  for (const st of statements) {
    const facts = extractFacts(st, { ...ctx, previousDate: previous });
    out.push(facts);
    previous = lastAbsoluteDate(facts) ?? previous;
  }
  return out;
}

export type { Ymd };
