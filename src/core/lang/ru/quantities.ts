// Russian quantities: durations (почти шесть с половиной часов, более шести часов, 5-6 часов, около часа), counts
// (делегация из 15 человек, десятки дипломатов), percents, money (5 млн долларов) and their hedges.
import type { DurationUnit } from '../../model';
import type { QuantityRules } from '../pack/quantities';
import { setWords } from '../pack/numbers';

const durationUnits: Record<string, DurationUnit> = {};
const add = setWords;
add(durationUnits, 'hour', 'час часа часов часу');
add(durationUnits, 'minute', 'минута минуты минут минуту');
add(durationUnits, 'second', 'секунда секунды секунд секунду');
add(durationUnits, 'day', 'день дня дней сутки суток');
add(durationUnits, 'week', 'неделя недели недель неделю');
add(durationUnits, 'month', 'месяц месяца месяцев');
add(durationUnits, 'year', 'год года лет');

const singleUnits: Record<string, DurationUnit> = {};
add(singleUnits, 'hour', 'часа час');
add(singleUnits, 'day', 'суток');
add(singleUnits, 'week', 'недели неделю');
add(singleUnits, 'month', 'месяца месяц');
add(singleUnits, 'year', 'года');

const counted: Record<string, string> = {};
add(counted, 'people', 'человек человека людей граждан членов участников');
add(counted, 'delegates', 'делегатов делегата');
add(counted, 'delegations', 'делегаций делегации');
add(counted, 'diplomats', 'дипломатов дипломата дипломат');
add(counted, 'agreements', 'соглашений соглашения соглашение документов документа меморандумов меморандума договоров договора');
add(counted, 'countries', 'стран страны государств государства');
add(counted, 'soldiers', 'военных военнослужащих солдат');
add(counted, 'officials', 'чиновников чиновника официальных');
add(counted, 'journalists', 'журналистов журналиста');
add(counted, 'rounds', 'раундов раунда');
add(counted, 'times', 'раз');
add(counted, 'staff', 'сотрудников сотрудника');
add(counted, 'embassies', 'посольств посольства');
add(counted, 'cities', 'городов города');
add(counted, 'regions', 'регионов региона');
add(counted, 'civilians', 'мирных');
add(counted, 'lawmakers', 'депутатов депутата');
add(counted, 'missiles', 'ракет ракеты');
add(counted, 'aircraft', 'самолётов самолетов самолёта самолета');

const currencies: Record<string, string> = {};
add(currencies, 'USD', 'долларов доллара доллар долл.');
add(currencies, 'EUR', 'евро');
add(currencies, 'RUB', 'рублей рубля рубль руб.');
add(currencies, 'CNY', 'юаней юаня');

export const quantities: QuantityRules = {
  hedges: {
    approximate: /(?<![\p{L}])(?:около|примерно|приблизительно|порядка|где-то|ориентировочно)$/iu,
    atLeast: /(?<![\p{L}])(?:более чем|более|больше|свыше|не менее|не меньше|как минимум|по меньшей мере|минимум|чуть более|чуть больше)$/iu,
    atMost: /(?<![\p{L}])(?:почти|менее|меньше|не более|не больше|чуть менее|максимум|до|лишь|всего лишь|всего|едва)$/iu,
  },
  expected: /(?:ожида|продлится|продлятся|планиру|должн[аыо]?(?![\p{L}])|намечен|предполага|прогнозир|состоится|пройд[её]т|будет|будут)/iu,
  reported: /(?:по данным|по сообщению|по сообщениям|как сообщает|как сообщил|как сообщили|сообщает|по словам|по информации|передает|передаёт|со ссылкой)/iu,
  clauseBreak: /[,;:.!?]/,
  clauseReach: 80,
  durationUnits,
  singleUnits,
  rangeJoin: '-|–|—|−|до|или',
  clockBefore: /(?<![\p{L}])[вк]\s+$/iu,
  clockAfter: /^\s+(?:утра|дня|вечера|ночи|по\s+\p{L}+\s+времени)(?![\p{L}])/iu,
  halfAfterUnit: 'с\\s+половиной',
  atLeastAfterNumber: 'с\\s+лишним|с\\s+небольшим',
  counted,
  vagueCounts: { десятки: 10, десятков: 10, сотни: 100, сотен: 100, тысячи: 1000, тысяч: 1000 },
  currencies,
  percentWords: '%|процент(?:а|ов)?(?![\\p{L}])',
};
