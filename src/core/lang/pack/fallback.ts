// The reading of languages that have no pack yet (French, German, Spanish, Korean...): what is language-neutral
// (ISO and numeric dates, digits, clocks, currency symbols) plus month names and duration words of several
// European languages and Korean dates, so that an article in one of them still yields its dates and durations.
// A language that matters gets its own pack (src/core/lang/<tag>/) instead of growing these tables.
import type { DurationUnit } from '../../model';
import type { DateRules } from './dates';
import type { QuantityRules } from './quantities';
import { setWords } from './numbers';
import { dayMonthYear, eachMatch, pushDate, type Candidate, type DateContext } from '../../facts/common';
import { englishAbsoluteDates, twelveHourTimes } from '../en/dates';

const months: Record<string, number> = {};
[
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
].forEach((row) => row.split(' ').forEach((w, i) => (months[w] = i + 1)));

const KO_DATE = /(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})일/g;

function otherDates(t: string, ctx: DateContext, out: Candidate[]): void {
  englishAbsoluteDates(t, ctx, out);
  if (/월/.test(t)) eachMatch(KO_DATE, t, (m) => {
    const v = dayMonthYear(Number(m[3]), Number(m[2]), m[1] ? Number(m[1]) : null, ctx.published, ctx.settings);
    if (v) pushDate(out, m.index, m.index + m[0].length, v);
  });
  twelveHourTimes(t, out);
}

export const FALLBACK_DATES: DateRules = { numericDayFirst: true, months, extract: otherDates };

const durationUnits: Record<string, DurationUnit> = {};
const add = (unit: DurationUnit, words: string): void => setWords(durationUnits, unit, words);
add('hour', 'hour hours heure heures stunde stunden hora horas ora ore');
add('minute', 'minute minutes minuten minuto minutos minuti');
add('day', 'day days jour jours tag tage tagen día días dia dias giorno giorni');
add('week', 'week weeks semaine semaines woche wochen semana semanas settimana settimane');
add('month', 'month months mois monat monate monaten mes meses mese mesi');
add('year', 'year years an ans année années jahr jahre jahren año años ano anos anno anni');

export const FALLBACK_QUANTITIES: QuantityRules = {
  hedges: {
    approximate: /(?<![\p{L}])(?:about|around|environ|près de|etwa|rund|ungefähr|alrededor de|unos|unas|circa|quasi)$/iu,
    atLeast: /(?<![\p{L}])(?:more than|over|plus de|mehr als|über|más de|più di|oltre)$/iu,
    atMost: /(?<![\p{L}])(?:nearly|almost|moins de|presque|fast|knapp|weniger als|casi|menos de|meno di)$/iu,
  },
  hedgesAfter: {},
  expected: /(?:expected|devrait|doit durer|prévu|soll|voraussichtlich|erwartet|se espera|prevé|durará|dovrebbe|previst)/i,
  reported: /(?:according to|selon|laut|según|secondo)/i,
  clauseBreak: /[,;:.!?]/,
  clauseReach: 60,
  durationUnits,
  rangeJoin: '-|–|—|−|à|bis|a',
  halfAfterUnit: 'et\\s+demie?|y\\s+media|e\\s+mezza|and\\s+a\\s+half',
  percentWords: '%',
};
