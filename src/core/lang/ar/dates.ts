// Arabic dates: ٢٧ فبراير ٢٠٢٥ · 27 شباط/فبراير 2025 · كانون الثاني · 27/2/2025 · الخميس / يوم الخميس الماضي ·
// أمس · هذا الأسبوع / الشهر الماضي (spans) · بعد ثلاثة أيام · قبل عامين. Month names: the Egyptian/Gulf
// (يناير…), Levantine/Iraqi (كانون الثاني…) and Maghrebi (جانفي…) series used by Arabic news.
import type { CalendarUnit, DateRules, RelativeWord } from '../pack/dates';

const months: Record<string, number> = {};
const series: string[][] = [
  ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
];
for (const row of series) row.forEach((w, i) => (months[w] = i + 1));
Object.assign(months, { إبريل: 4, ابريل: 4, يونيه: 6, يوليه: 7, اغسطس: 8, اكتوبر: 10, 'تشرين اول': 10, 'تشرين ثاني': 11, 'كانون ثاني': 1, 'كانون اول': 12 });

const weekdays: Record<string, number> = {};
['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].forEach((w, i) => {
  weekdays[w] = i;
  weekdays[`يوم ${w}`] = i;
});
Object.assign(weekdays, { الإثنين: 1, 'يوم الإثنين': 1, الاربعاء: 3, 'يوم الاربعاء': 3, الاحد: 0, 'يوم الاحد': 0 });

const relative: Record<string, RelativeWord> = {
  'أول أمس': { day: -2 }, 'أول من أمس': { day: -2 }, أمس: { day: -1 }, الأمس: { day: -1 }, البارحة: { day: -1 },
  اليوم: { day: 0 }, غدا: { day: 1 }, 'غداً': { day: 1 }, 'بعد غد': { day: 2 },
  'هذا الأسبوع': { week: 0 }, 'الأسبوع الحالي': { week: 0 }, 'الأسبوع الجاري': { week: 0 }, 'الأسبوع الماضي': { week: -1 },
  'الأسبوع المنصرم': { week: -1 }, 'الأسبوع المقبل': { week: 1 }, 'الأسبوع القادم': { week: 1 },
  'هذا الشهر': { month: 0 }, 'الشهر الحالي': { month: 0 }, 'الشهر الجاري': { month: 0 }, 'الشهر الماضي': { month: -1 },
  'الشهر المقبل': { month: 1 }, 'الشهر القادم': { month: 1 },
  'في وقت سابق من هذا الشهر': { month: 0, toPublication: true }, 'مطلع هذا الشهر': { month: 0, toPublication: true },
  'هذا العام': { year: 0 }, 'العام الحالي': { year: 0 }, 'العام الجاري': { year: 0 }, 'هذه السنة': { year: 0 },
  'العام الماضي': { year: -1 }, 'السنة الماضية': { year: -1 }, 'العام المقبل': { year: 1 }, 'العام القادم': { year: 1 },
  'في اليوم نفسه': { fromAnchor: 0 }, 'في نفس اليوم': { fromAnchor: 0 }, 'اليوم التالي': { fromAnchor: 1 },
};

const offsetUnits: Record<string, CalendarUnit> = {};
for (const w of ['يوم', 'أيام', 'ايام']) offsetUnits[w] = 'day';
for (const w of ['أسبوع', 'أسابيع', 'اسبوع']) offsetUnits[w] = 'week';
for (const w of ['شهر', 'أشهر', 'شهور']) offsetUnits[w] = 'month';
for (const w of ['سنة', 'سنوات', 'عام', 'أعوام', 'اعوام']) offsetUnits[w] = 'year';

export const dates: DateRules = {
  numericDayFirst: true,
  months,
  yearSuffix: 'م|ميلادية|ميلادي',
  weekdays,
  weekdayShiftAfter: { الماضي: -1, الماضية: -1, المنصرم: -1, المقبل: 1, المقبلة: 1, القادم: 1, القادمة: 1 },
  relative,
  offsetUnits,
  offsetBefore: { بعد: 1, قبل: -1 },
};
