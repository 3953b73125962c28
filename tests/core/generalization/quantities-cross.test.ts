// The same facts in six languages normalize to comparable values: hedged durations meet their counterparts, and a
// day reported by one outlet lies inside the week another outlet reports ("27日" inside "这个星期").
import { describe, expect, it } from 'vitest';
import type { DateValue, DurationValue } from '../../../src/core/model';
import { only } from './quantities-helpers';

function inside(day: DateValue, span: DateValue): boolean {
  return !!span.end && day.date >= span.date && day.date <= span.end;
}

describe('relative dates as intervals', () => {
  it('"this week" in every language contains the day of that week another report names', () => {
    const day = only('外长12日出席了论坛。', 'zh-Hans', 'date').value as DateValue;
    const weeks: [string, string][] = [
      ['外长这个星期出席了论坛。', 'zh-Hans'],
      ['外長這個星期出席了論壇。', 'zh-Hant'],
      ['The minister attended the forum this week.', 'en'],
      ['Bộ trưởng dự diễn đàn trong tuần này.', 'vi'],
      ['Министр на этой неделе посетил форум.', 'ru'],
      ['حضر الوزير المنتدى هذا الأسبوع.', 'ar'],
    ];
    for (const [text, lang] of weeks) {
      const week = only(text, lang, 'date').value as DateValue;
      expect(inside(day, week), `${text}: ${JSON.stringify(week)}`).toBe(true);
    }
    // and the day before that week is outside it
    const before = only('外长8日出席了论坛。', 'zh-Hans', 'date').value as DateValue;
    expect(inside(before, only('The minister attended the forum this week.', 'en', 'date').value as DateValue)).toBe(false);
  });
  it('a weekday in every language is the same day of the publication week', () => {
    const thursday: [string, string][] = [
      ['双方周四会谈。', 'zh-Hans'],
      ['雙方星期四會談。', 'zh-Hant'],
      ['The sides met on Thursday.', 'en'],
      ['Hai bên hội đàm vào thứ Năm.', 'vi'],
      ['Стороны встретились в четверг.', 'ru'],
      ['التقى الجانبان يوم الخميس.', 'ar'],
    ];
    for (const [text, lang] of thursday) expect((only(text, lang, 'date').value as DateValue).date, text).toBe('2026-03-12');
  });
});

describe('hedged durations across languages', () => {
  const at = (text: string, lang: string): [DurationValue, string | undefined] => {
    const f = only(text, lang, 'duration');
    return [f.value as DurationValue, f.qualifier];
  };
  it('more than six hours = at least 6 h', () => {
    const want = [{ min: 6, max: null, unit: 'hour' }, 'at-least'];
    expect(at('The talks lasted more than six hours.', 'en')).toEqual(want);
    expect(at('会谈持续了超过六个小时。', 'zh-Hans')).toEqual(want);
    expect(at('會談持續了六個多小時。', 'zh-Hant')).toEqual(want);
    expect(at('Cuộc hội đàm kéo dài hơn sáu tiếng.', 'vi')).toEqual(want);
    expect(at('Переговоры длились более шести часов.', 'ru')).toEqual(want);
    expect(at('استمرت المحادثات أكثر من ست ساعات.', 'ar')).toEqual(want);
  });
  it('nearly six and a half hours = at most 6.5 h', () => {
    const want = [{ min: null, max: 6.5, unit: 'hour' }, 'at-most'];
    expect(at('The talks lasted nearly six and a half hours.', 'en')).toEqual(want);
    expect(at('会谈持续了近六个半小时。', 'zh-Hans')).toEqual(want);
    expect(at('Cuộc hội đàm kéo dài gần sáu tiếng rưỡi.', 'vi')).toEqual(want);
    expect(at('Переговоры продлились почти шесть с половиной часов.', 'ru')).toEqual(want);
    expect(at('استمرت المحادثات قرابة ست ساعات ونصف.', 'ar')).toEqual(want);
  });
  it('about six hours = approximately 6 h', () => {
    const want = [{ min: 6, max: 6, unit: 'hour' }, 'approximate'];
    expect(at('The talks lasted about six hours.', 'en')).toEqual(want);
    expect(at('會談持續約6小時。', 'zh-Hant')).toEqual(want);
    expect(at('Cuộc hội đàm kéo dài khoảng sáu tiếng.', 'vi')).toEqual(want);
    expect(at('Переговоры длились около шести часов.', 'ru')).toEqual(want);
    expect(at('استمرت المحادثات نحو ست ساعات.', 'ar')).toEqual(want);
  });
});
