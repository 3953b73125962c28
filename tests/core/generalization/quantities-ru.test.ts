// Russian numbers, dates, durations, counts, money and percents on invented sentences (no data file holds them).
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/lang/numbers';
import { factsOf, only, vq } from './quantities-helpers';

const ru = 'ru';

describe('Russian numbers', () => {
  it('reads number words in their case forms, полтора and с половиной, digit groups and scales', () => {
    expect(parseNumber('шесть с половиной', ru)).toBe(6.5);
    expect(parseNumber('шести', ru)).toBe(6);
    expect(parseNumber('двадцать пять', ru)).toBe(25);
    expect(parseNumber('сто двадцать три', ru)).toBe(123);
    expect(parseNumber('две тысячи', ru)).toBe(2000);
    expect(parseNumber('полтора миллиона', ru)).toBe(1_500_000);
    expect(parseNumber('один миллиард', ru)).toBe(1e9);
    expect(parseNumber('1 500', ru)).toBe(1500);
    expect(parseNumber('6,5', ru)).toBe(6.5);
    expect(parseNumber('3 млн', ru)).toBe(3_000_000);
    expect(parseNumber('стол', ru)).toBeNull();
  });
});

describe('Russian durations and hedges', () => {
  it('почти, более, около, не менее, до, с лишним and ranges', () => {
    expect(vq('Консультации в Казани продлились почти шесть с половиной часов.', ru, 'duration')).toEqual([{ min: null, max: 6.5, unit: 'hour' }, 'at-most']);
    expect(vq('Беседа министров длилась более шести часов.', ru, 'duration')).toEqual([{ min: 6, max: null, unit: 'hour' }, 'at-least']);
    expect(vq('Встреча делегаций заняла около пяти часов.', ru, 'duration')).toEqual([{ min: 5, max: 5, unit: 'hour' }, 'approximate']);
    expect(vq('Работа комиссии шла не менее трёх недель.', ru, 'duration')).toEqual([{ min: 3, max: null, unit: 'week' }, 'at-least']);
    expect(vq('Заседание шло два часа с половиной.', ru, 'duration')).toEqual([{ min: 2.5, max: 2.5, unit: 'hour' }, 'exact']);
    expect(vq('Стороны спорили больше часа.', ru, 'duration')).toEqual([{ min: 1, max: null, unit: 'hour' }, 'at-least']);
  });
  it('a forecast is expected, a range keeps both ends', () => {
    expect(vq('Ожидается, что переговоры в Самаре продлятся 5-6 часов.', ru, 'duration')).toEqual([{ min: 5, max: 6, unit: 'hour' }, 'expected']);
  });
  it('the hedge is part of the fact text', () => {
    expect(only('Разговор длился почти шесть часов.', ru, 'duration').text).toBe('почти шесть часов');
  });
});

describe('Russian counts, money and percents', () => {
  it('делегация из 15 человек, десятки дипломатов, до 40 журналистов', () => {
    expect(vq('В Тверь прибыла делегация из 15 человек.', ru, 'number')).toEqual([{ min: 15, max: 15, unit: 'people' }, 'exact']);
    expect(vq('Из посольства выслали десятки дипломатов.', ru, 'number')).toEqual([{ min: 10, max: null, unit: 'diplomats' }, 'at-least']);
    expect(vq('На брифинг допустили до 40 журналистов.', ru, 'number')).toEqual([{ min: null, max: 40, unit: 'journalists' }, 'at-most']);
  });
  it('money in млн долларов and percents in процентов', () => {
    expect(vq('Фонд выделил 5 млн долларов.', ru, 'money')).toEqual([{ min: 5_000_000, max: 5_000_000, unit: 'USD' }, 'exact']);
    expect(vq('Товарооборот вырос на 3,5 процента.', ru, 'percent')).toEqual([{ min: 3.5, max: 3.5, unit: 'percent' }, 'exact']);
  });
});

describe('Russian dates', () => {
  it('27 февраля 2025 г., 27.02.2025, в феврале 2025 года', () => {
    expect(only('Соглашение подписали 27 февраля 2025 г. в Твери.', ru, 'date').value).toEqual({ date: '2025-02-27' });
    expect(only('Соглашение подписали 27.02.2025 в Твери.', ru, 'date').value).toEqual({ date: '2025-02-27' });
    expect(only('Посол покинул страну в октябре 2024 года.', ru, 'date').value).toEqual({ date: '2024-10' });
    expect(only('Министр прилетел 11 марта.', ru, 'date').value).toEqual({ date: '2026-03-11' });
  });
  it('weekdays, yesterday and offsets relative to publication', () => {
    expect(only('В четверг министры встретились в Самаре.', ru, 'date').value).toEqual({ date: '2026-03-12', relative: true });
    expect(only('В прошлый вторник министры созвонились.', ru, 'date').value).toEqual({ date: '2026-03-03', relative: true });
    expect(only('Вчера министры созвонились.', ru, 'date').value).toEqual({ date: '2026-03-12', relative: true });
    expect(only('Два дня назад министры созвонились.', ru, 'date').value).toEqual({ date: '2026-03-11', relative: true });
  });
  it('this week, last week and this month are spans', () => {
    expect(only('На этой неделе министры встретились.', ru, 'date').value).toMatchObject({ date: '2026-03-09', end: '2026-03-15', relative: true });
    expect(only('На прошлой неделе министры встретились.', ru, 'date').value).toMatchObject({ date: '2026-03-02', end: '2026-03-08', relative: true });
    expect(only('В этом месяце министры встретились.', ru, 'date').value).toMatchObject({ date: '2026-03', end: '2026-03-31', relative: true });
  });
  it('a clock time', () => {
    expect(factsOf('Встреча началась в 15:30 по местному времени.', ru, 'time').map((f) => f.value)).toEqual([{ time: '15:30' }]);
  });
});

describe('Russian lower bounds and bare days', () => {
  it('шесть с лишним часов is at least 6 h; 12-го is the 12th of the publication month', () => {
    expect(vq('Переговоры шли шесть с лишним часов.', ru, 'duration')).toEqual([{ min: 6, max: null, unit: 'hour' }, 'at-least']);
    expect(only('Министры встретились 12-го числа.', ru, 'date').value).toEqual({ date: '2026-03-12' });
  });
});

describe('Russian ranges written with a minus sign', () => {
  it('5−6 минут keeps both ends', () => {
    expect(vq('Совещание заняло 5−6 минут.', ru, 'duration')).toEqual([{ min: 5, max: 6, unit: 'minute' }, 'range']);
  });
});

describe('Russian clock times are not durations', () => {
  it('в 10 часов утра is a time; десять часов is a duration', () => {
    expect(factsOf('Встреча началась в 10 часов утра.', ru, 'duration')).toEqual([]);
    expect(only('Встреча началась в 10 часов утра.', ru, 'time').value).toEqual({ time: '10:00', part: 'morning' });
    expect(only('Встреча началась в семь часов вечера.', ru, 'time').value).toEqual({ time: '19:00', part: 'evening' });
    expect(vq('Встреча длилась десять часов.', ru, 'duration')).toEqual([{ min: 10, max: 10, unit: 'hour' }, 'exact']);
  });
});
