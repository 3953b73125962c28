// Arabic digits, number words, dates, durations and counts on invented sentences (no data file holds them).
import { describe, expect, it } from 'vitest';
import { numberTokens, parseNumber } from '../../../src/core/lang/numbers';
import { only, vq } from './quantities-helpers';

const ar = 'ar';

describe('Arabic numbers', () => {
  it('reads Arabic-Indic and Eastern digits and small number words', () => {
    expect(parseNumber('٢٧', ar)).toBe(27);
    expect(parseNumber('۱۵', ar)).toBe(15);
    expect(parseNumber('٦٫٥', ar)).toBe(6.5);
    expect(parseNumber('ست', ar)).toBe(6);
    expect(parseNumber('ثلاثة عشر', ar)).toBe(13);
    expect(parseNumber('خمس وعشرون', ar)).toBe(25);
    expect(parseNumber('مئة ألف', ar)).toBe(100_000);
    expect(parseNumber('٥ ملايين', ar)).toBe(5_000_000);
  });
  it('similarity tokens meet their English counterparts', () => {
    expect(numberTokens('استمرت المحادثات ست ساعات', ar)).toContain('6h');
    expect(numberTokens('The talks lasted six hours', 'en')).toContain('6h');
  });
});

describe('Arabic durations and hedges', () => {
  it('ست ساعات, أكثر من خمس ساعات, نحو, قرابة, ساعتين, أكثر من ساعة', () => {
    expect(vq('استمرت المحادثات في المنامة ست ساعات.', ar, 'duration')).toEqual([{ min: 6, max: 6, unit: 'hour' }, 'exact']);
    expect(vq('استمر الاجتماع أكثر من خمس ساعات.', ar, 'duration')).toEqual([{ min: 5, max: null, unit: 'hour' }, 'at-least']);
    expect(vq('دام اللقاء نحو ٤ ساعات.', ar, 'duration')).toEqual([{ min: 4, max: 4, unit: 'hour' }, 'approximate']);
    expect(vq('دامت الجلسة قرابة ثلاث ساعات.', ar, 'duration')).toEqual([{ min: null, max: 3, unit: 'hour' }, 'at-most']);
    expect(vq('استغرق اللقاء ساعتين.', ar, 'duration')).toEqual([{ min: 2, max: 2, unit: 'hour' }, 'exact']);
    expect(vq('استمر النقاش أكثر من ساعة.', ar, 'duration')).toEqual([{ min: 1, max: null, unit: 'hour' }, 'at-least']);
    expect(vq('استمرت الجلسة ست ساعات ونصف.', ar, 'duration')).toEqual([{ min: 6.5, max: 6.5, unit: 'hour' }, 'exact']);
  });
  it('a forecast is expected', () => {
    expect(vq('من المتوقع أن تستمر المحادثات خمس ساعات.', ar, 'duration')).toEqual([{ min: 5, max: 5, unit: 'hour' }, 'expected']);
  });
});

describe('Arabic counts and percents', () => {
  it('وفد من ١٥ شخصا, عشرات الدبلوماسيين, ٥٪', () => {
    expect(vq('وصل وفد من ١٥ شخصا إلى المنامة.', ar, 'number')).toEqual([{ min: 15, max: 15, unit: 'people' }, 'exact']);
    expect(vq('ارتفعت الأسعار ٥٪.', ar, 'percent')).toEqual([{ min: 5, max: 5, unit: 'percent' }, 'exact']);
    expect(vq('خصص الصندوق ٥ ملايين دولار.', ar, 'money')).toEqual([{ min: 5_000_000, max: 5_000_000, unit: 'USD' }, 'exact']);
  });
});

describe('Arabic dates', () => {
  it('٢٧ فبراير ٢٠٢٥, 27 شباط/فبراير 2025, كانون الثاني, 27/2/2025', () => {
    expect(only('وقع الجانبان الاتفاق في ٢٧ فبراير ٢٠٢٥.', ar, 'date').value).toEqual({ date: '2025-02-27' });
    expect(only('وقع الجانبان الاتفاق في 27 شباط/فبراير 2025.', ar, 'date').value).toEqual({ date: '2025-02-27' });
    expect(only('غادر السفير في كانون الثاني 2025.', ar, 'date').value).toEqual({ date: '2025-01' });
    expect(only('وقع الجانبان الاتفاق في 27/2/2025.', ar, 'date').value).toEqual({ date: '2025-02-27' });
  });
  it('relative days and weekdays', () => {
    expect(only('وصل الوزير أمس إلى المنامة.', ar, 'date').value).toEqual({ date: '2026-03-12', relative: true });
    expect(only('التقى الوزيران يوم الخميس.', ar, 'date').value).toEqual({ date: '2026-03-12', relative: true });
    expect(only('التقى الوزيران الثلاثاء الماضي.', ar, 'date').value).toEqual({ date: '2026-03-03', relative: true });
    expect(only('التقى الوزيران هذا الأسبوع.', ar, 'date').value).toMatchObject({ date: '2026-03-09', end: '2026-03-15', relative: true });
    expect(only('التقى الوزيران الشهر الماضي.', ar, 'date').value).toMatchObject({ date: '2026-02', end: '2026-02-28', relative: true });
  });
});
