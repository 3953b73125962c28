// Arabic quantities: durations (ست ساعات, أكثر من خمس ساعات, نحو ٦ ساعات, ساعتين, أكثر من ساعة), counts
// (وفد من ١٥ شخصا), percents (٥٪, ٥ بالمئة), money (٥ ملايين دولار) and their hedges (نحو, أكثر من, قرابة).
import type { DurationUnit } from '../../model';
import type { QuantityRules } from '../pack/quantities';
import { setWords } from '../pack/numbers';

const add = setWords;

const durationUnits: Record<string, DurationUnit> = {};
add(durationUnits, 'hour', 'ساعة ساعات ساعه');
add(durationUnits, 'minute', 'دقيقة دقائق دقيقه');
add(durationUnits, 'second', 'ثانية ثوان ثواني');
add(durationUnits, 'day', 'يوم أيام ايام يوما يوماً');
add(durationUnits, 'week', 'أسبوع أسابيع اسبوع اسابيع');
add(durationUnits, 'month', 'شهر أشهر شهور اشهر');
add(durationUnits, 'year', 'سنة سنوات عام أعوام اعوام عاما عاماً');

const dualUnits: Record<string, DurationUnit> = {};
add(dualUnits, 'hour', 'ساعتين ساعتان');
add(dualUnits, 'minute', 'دقيقتين دقيقتان');
add(dualUnits, 'day', 'يومين يومان');
add(dualUnits, 'week', 'أسبوعين أسبوعان اسبوعين');
add(dualUnits, 'month', 'شهرين شهران');
add(dualUnits, 'year', 'سنتين سنتان عامين عامان');

const singleUnits: Record<string, DurationUnit> = {};
add(singleUnits, 'hour', 'ساعة');
add(singleUnits, 'day', 'يوم');
add(singleUnits, 'week', 'أسبوع');
add(singleUnits, 'month', 'شهر');
add(singleUnits, 'year', 'سنة عام');

const counted: Record<string, string> = {};
add(counted, 'people', 'شخص أشخاص شخصا شخصاً أعضاء عضوا عضواً فردا أفراد');
add(counted, 'diplomats', 'دبلوماسي دبلوماسيين دبلوماسيا دبلوماسياً');
add(counted, 'agreements', 'اتفاقيات اتفاقات اتفاقية اتفاق مذكرات وثائق');
add(counted, 'countries', 'دول دولة بلدان');
add(counted, 'soldiers', 'جنود جنديا جندياً');
add(counted, 'officials', 'مسؤولين مسؤولا مسؤولاً');
add(counted, 'journalists', 'صحفيين صحفيا صحفياً');
add(counted, 'rounds', 'جولات جولة');
add(counted, 'times', 'مرات مرة');
add(counted, 'civilians', 'مدنيين مدنيا مدنياً');
add(counted, 'delegations', 'وفود');
add(counted, 'cities', 'مدن');

const currencies: Record<string, string> = {};
add(currencies, 'USD', 'دولار دولارا دولاراً دولارات');
add(currencies, 'EUR', 'يورو');
add(currencies, 'RUB', 'روبل');
add(currencies, 'CNY', 'يوان');

export const quantities: QuantityRules = {
  hedges: {
    approximate: /(?:نحو|حوالي|حوالى|زهاء|ما يناهز|تقريبا|تقريباً)$/u,
    atLeast: /(?:أكثر من|اكثر من|ما يزيد على|ما يزيد عن|ما لا يقل عن|أزيد من|على الأقل|لا تقل عن)$/u,
    atMost: /(?:قرابة|ما يقرب من|ما يقارب|أقل من|اقل من|ما لا يزيد عن|ما يصل إلى|حتى|لا تتجاوز|لا يتجاوز|فقط)$/u,
  },
  hedgesAfter: { approximate: /^\s+تقريبا(?:ً)?/u, atLeast: /^\s+على الأقل/u },
  expected: /(?:من المتوقع|من المقرر|يتوقع|يُتوقع|ستستمر|سيستمر|ستعقد|سيعقد|المرتقب|المقرر|سوف)/u,
  reported: /(?:وفقا ل|وفقاً ل|بحسب|حسب|نقلا عن|نقلاً عن|ذكرت|أفادت|أفاد|أوردت)/u,
  clauseBreak: /[،,؛;:.!?؟]/,
  clauseReach: 80,
  durationUnits,
  dualUnits,
  singleUnits,
  rangeJoin: '-|–|—|−|إلى|الى|أو|او',
  halfAfterUnit: 'و\\s?نصف',
  counted,
  vagueCounts: { عشرات: 10, مئات: 100, آلاف: 1000 },
  currencies,
  percentWords: '%|٪|بالمئة|بالمائة|في المئة|في المائة',
};
