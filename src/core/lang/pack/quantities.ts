// What a language pack says about quantities (durations, counts, money, percents) and their qualifiers: the shape
// every pack's `quantities` section has. The engine (src/core/facts/quantities.ts) reads the tables with one
// language-neutral reader; a language whose grammar they cannot express adds an `extract` hook.
import type { DurationUnit } from '../../model';
import type { Candidate } from '../../facts/common';

/** Hedge cues. Before a quantity each regex is anchored at the end ($) of the text before it; after a quantity at
 * its start. */
export interface HedgeCues {
  /** about, 约, khoảng, около, نحو */
  approximate: RegExp;
  /** more than, 超过, hơn, более, أكثر من */
  atLeast: RegExp;
  /** nearly, up to, 近, gần, почти, до, قرابة */
  atMost: RegExp;
}

export interface QuantityRules {
  hedges: HedgeCues;
  /** cues right after a quantity: 左右, or so, على الأقل */
  hedgesAfter?: Partial<HedgeCues>;
  /** the clause before a quantity makes it a forecast: expected, 预计, dự kiến, ожидается, من المتوقع */
  expected: RegExp;
  /** the statement attributes its content to a report: reportedly, 据, theo, по данным, وفقا ل */
  reported: RegExp;
  /** one character that ends a clause */
  clauseBreak: RegExp;
  /** how many characters back the clause of a quantity may reach (Chinese packs more words in fewer characters) */
  clauseReach: number;

  /** duration unit words in every form (lowercased): часов, ساعات */
  durationUnits?: Record<string, DurationUnit>;
  /** unit words that by themselves say "two" (Arabic dual: ساعتين) */
  dualUnits?: Record<string, DurationUnit>;
  /** unit words that by themselves say "one" after a hedge (более часа, أكثر من ساعة) */
  singleUnits?: Record<string, DurationUnit>;
  /** regex source (no groups) between a number and its unit that makes it a lower bound: с лишним ("six-odd") */
  atLeastAfterNumber?: string;
  /** a clock time, not a duration, when the text before a "number + hour" ends with this: в 10 часов, lúc 4 giờ */
  clockBefore?: RegExp;
  /** a clock time, not a duration, when the text after a "number + hour" starts with this: 10 часов утра */
  clockAfter?: RegExp;
  /** regex source (no groups) after the unit adding a half: et demie, с половиной, ونصف */
  halfAfterUnit?: string;
  /** regex source (no groups) joining the two numbers of a range: -, до, إلى */
  rangeJoin?: string;
  /** counted nouns in every form (lowercased) → a unit key shared across languages (people, diplomats...) */
  counted?: Record<string, string>;
  /** collective numerals: десятки → at least 10, сотни → at least 100 */
  vagueCounts?: Record<string, number>;
  /** currency words and symbols (lowercased) → ISO code */
  currencies?: Record<string, string>;
  /** regex source (no groups) of percent words after a number: %, процентов, بالمئة */
  percentWords?: string;
  /** scale words before a currency (lowercased): млн 1e6, مليار 1e9 */
  moneyScales?: Record<string, number>;

  /**
   * Characters before and after a quantity searched for a hedge. Never set by a pack: the engine sets it from the
   * run's `settings.facts.hedgeWindow` (src/core/engine/settings.ts) before reading a statement.
   */
  hedgeWindow?: number;

  /** quantities the tables cannot express (Chinese 三个多小时, English an hour and a half) */
  extract?(s: string, out: Candidate[], rules: QuantityRules): void;
}
