// What a language pack says about dates: the shape every pack's `dates` section has.
// The engine (src/core/facts/dates.ts) reads the tables with one language-neutral reader; a language whose grammar
// the tables cannot express adds an `extract` hook. The engine never branches on a language tag.
import type { Candidate, DateContext } from '../../facts/common';

export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

/** A word or phrase placed relative to the publication date: вчера {day: -1}, на этой неделе {week: 0}. */
export interface RelativeWord {
  /** a day this many days from publication (yesterday −1) */
  day?: number;
  /** the calendar week (Monday..Sunday) this many weeks from publication's week, as a span */
  week?: number;
  /** the calendar month this many months from publication's month, as a span */
  month?: number;
  /** the calendar year this many years from publication's year, as a span */
  year?: number;
  /** the month span ends at publication (earlier this month) */
  toPublication?: boolean;
  /** a day this many days after the date stated before it (that day 0, the next day 1) */
  fromAnchor?: number;
}

export interface DateRules {
  /** numeric day-first dates are read: 27.02.2025, 27/2/2025 */
  numericDayFirst?: boolean;
  /** month names in every form the language writes them (lowercased) → 1..12 */
  months?: Record<string, number>;
  /** regex source (no groups) of a year marker after a day-month-year date: г., года, م */
  yearSuffix?: string;
  /** regex source with one group, the day: a day of month without its month (27-го, ngày 27, the 27th), placed in
   * the publication month (or the month before when it lies ahead) */
  bareDay?: string;
  /** weekday names in every form (lowercased) → 0 = Sunday … 6 = Saturday */
  weekdays?: Record<string, number>;
  /** words before a weekday shifting it by weeks (прошлый −1, следующий +1, этот 0) */
  weekdayShiftBefore?: Record<string, number>;
  /** words after a weekday shifting it by weeks (الماضي −1, المقبل +1) */
  weekdayShiftAfter?: Record<string, number>;
  /** words and phrases placed relative to publication (lowercased) */
  relative?: Record<string, RelativeWord>;
  /** calendar units of relative offsets in every form (дня, дней, أيام) */
  offsetUnits?: Record<string, CalendarUnit>;
  /** words before "N days" that make an offset: через +1 (from the date before), قبل −1 (from publication) */
  offsetBefore?: Record<string, number>;
  /** words after "N days" that make an offset: назад −1 */
  offsetAfter?: Record<string, number>;
  /** dates and times the tables cannot express (Chinese 27日晚, English May 5, Vietnamese thứ Ba tuần trước) */
  extract?(s: string, ctx: DateContext, out: Candidate[]): void;
}
