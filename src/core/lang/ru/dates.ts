// Russian dates: 27 февраля 2025 г. · в феврале 2025 года · 27.02.2025 · в четверг / в прошлый четверг · вчера ·
// на этой неделе / в прошлом месяце (spans) · через три дня · два года назад.
import type { CalendarUnit, DateRules, RelativeWord } from '../pack/dates';
import { eachMatch, pushDate, type Candidate, type DateContext } from '../../facts/common';
import { RU_NUM, parseRuNumber } from './numbers';

const months: Record<string, number> = {};
[
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  'январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре',
].forEach((row) => row.split(' ').forEach((w, i) => (months[w] = i + 1)));

const weekdays: Record<string, number> = {};
[
  [1, 'понедельник понедельника понедельнике понедельникам'],
  [2, 'вторник вторника вторнике'],
  [3, 'среда среду среды среде'],
  [4, 'четверг четверга четверге'],
  [5, 'пятница пятницу пятницы пятнице'],
  [6, 'суббота субботу субботы субботе'],
  [0, 'воскресенье воскресенья воскресении'],
].forEach(([n, forms]) => (forms as string).split(' ').forEach((w) => (weekdays[w] = n as number)));

const shiftBefore: Record<string, number> = {};
for (const w of ['прошлый', 'прошлую', 'прошлое', 'прошлой', 'прошлом', 'минувший', 'минувшую', 'минувшее', 'минувшей']) shiftBefore[w] = -1;
for (const w of ['следующий', 'следующую', 'следующее', 'следующей', 'будущий', 'будущую', 'будущее', 'ближайший', 'ближайшую']) shiftBefore[w] = 1;
for (const w of ['этот', 'эту', 'это', 'этой', 'этом', 'нынешний']) shiftBefore[w] = 0;

const relative: Record<string, RelativeWord> = {
  позавчера: { day: -2 }, вчера: { day: -1 }, сегодня: { day: 0 }, завтра: { day: 1 }, послезавтра: { day: 2 },
  'на этой неделе': { week: 0 }, 'на текущей неделе': { week: 0 }, 'на прошлой неделе': { week: -1 },
  'на минувшей неделе': { week: -1 }, 'на следующей неделе': { week: 1 }, 'на будущей неделе': { week: 1 },
  'в этом месяце': { month: 0 }, 'в текущем месяце': { month: 0 }, 'в прошлом месяце': { month: -1 },
  'в следующем месяце': { month: 1 }, 'ранее в этом месяце': { month: 0, toPublication: true },
  'в начале этого месяца': { month: 0, toPublication: true }, 'в начале месяца': { month: 0, toPublication: true },
  'в этом году': { year: 0 }, 'в текущем году': { year: 0 }, 'в прошлом году': { year: -1 }, 'в следующем году': { year: 1 },
  'в тот же день': { fromAnchor: 0 }, 'в этот же день': { fromAnchor: 0 }, 'на следующий день': { fromAnchor: 1 },
};

const offsetUnits: Record<string, CalendarUnit> = {};
for (const w of ['день', 'дня', 'дней', 'сутки', 'суток']) offsetUnits[w] = 'day';
for (const w of ['неделю', 'недели', 'недель']) offsetUnits[w] = 'week';
for (const w of ['месяц', 'месяца', 'месяцев']) offsetUnits[w] = 'month';
for (const w of ['год', 'года', 'лет']) offsetUnits[w] = 'year';

// в 10 часов (утра), в 15 часов 30 минут, в 9 утра: a time of day
const CLOCK = new RegExp(
  `(?<![\\p{L}])(?:[вк]\\s+(${RU_NUM})\\s+час(?:а|ов)?(?:\\s+(\\d{1,2})\\s+минут\\p{L}*)?(?:\\s+(утра|дня|вечера|ночи))?|(${RU_NUM})\\s+час(?:а|ов)?(?:\\s+(\\d{1,2})\\s+минут\\p{L}*)?\\s+(утра|дня|вечера|ночи))(?![\\p{L}])`,
  'giu',
);
const PART: Record<string, string> = { утра: 'morning', дня: 'afternoon', вечера: 'evening', ночи: 'night' };

function russianClock(t: string, _ctx: DateContext, out: Candidate[]): void {
  if (!/час/i.test(t)) return;
  eachMatch(CLOCK, t, (m) => {
    let h = parseRuNumber(m[1] ?? m[4]) ?? NaN;
    const min = Number(m[2] ?? m[5] ?? 0);
    const part = (m[3] ?? m[6])?.toLowerCase();
    if (!(h >= 0 && h <= 24 && Number.isInteger(h)) || min > 59) return;
    if ((part === 'дня' || part === 'вечера') && h < 12) h += 12;
    const extra: Record<string, unknown> = { time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
    if (part) extra.part = PART[part];
    pushDate(out, m.index, m.index + m[0].length, undefined, 'time', extra);
  });
}

export const dates: DateRules = {
  extract: russianClock,
  numericDayFirst: true,
  months,
  yearSuffix: 'г\\.|гг\\.|года|году|год',
  // 27-го (числа): the 27th of the publication month
  bareDay: `(\\d{1,2})-?го(?:\\s+числа)?(?!\\s+(?:${Object.keys(months).join('|')}))`,
  weekdays,
  weekdayShiftBefore: shiftBefore,
  relative,
  offsetUnits,
  offsetBefore: { через: 1, спустя: 1 },
  offsetAfter: { назад: -1, спустя: 1, позже: 1, ранее: -1 },
};
