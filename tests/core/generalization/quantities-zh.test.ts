// Chinese (Simplified and Traditional) durations, hedges, counts, dates, relative dates and weekdays on invented
// sentences (no data file holds them). Traditional text is read through the one converter (toSimplified).
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/lang/numbers';
import { factsOf, only, vq } from './quantities-helpers';

describe('Chinese numbers', () => {
  it('one parser for numerals, mixes, 点 decimals and 万/亿 groups', () => {
    expect(parseNumber('一亿五千万', 'zh-Hans')).toBe(150_000_000);
    expect(parseNumber('三点五', 'zh-Hans')).toBe(3.5);
    expect(parseNumber('兩萬五千', 'zh-Hant')).toBe(25_000);
    expect(parseNumber('1.5万', 'zh-Hans')).toBe(15_000);
    expect(parseNumber('二〇二六', 'zh-Hans')).toBe(2026);
  });
});

describe('Chinese durations and hedges', () => {
  it('Simplified: 超过, 将近, 约, 左右, 多, 预计', () => {
    expect(vq('两国外长在宁波会谈超过六个小时。', 'zh-Hans', 'duration')).toEqual([{ min: 6, max: null, unit: 'hour' }, 'at-least']);
    expect(vq('双方在宁波会谈将近五个小时。', 'zh-Hans', 'duration')).toEqual([{ min: null, max: 5, unit: 'hour' }, 'at-most']);
    expect(vq('会谈持续了5小时左右。', 'zh-Hans', 'duration')).toEqual([{ min: 5, max: 5, unit: 'hour' }, 'approximate']);
    expect(vq('会谈持续了三个多小时。', 'zh-Hans', 'duration')).toEqual([{ min: 3, max: null, unit: 'hour' }, 'at-least']);
    expect(vq('会谈预计持续两天。', 'zh-Hans', 'duration')).toEqual([{ min: 2, max: 2, unit: 'day' }, 'expected']);
  });
  it('Traditional: 約6小時, 逾六個半小時, 近兩週', () => {
    expect(vq('兩國代表在台中會談約6小時。', 'zh-Hant', 'duration')).toEqual([{ min: 6, max: 6, unit: 'hour' }, 'approximate']);
    expect(vq('雙方會談逾六個半小時。', 'zh-Hant', 'duration')).toEqual([{ min: 6.5, max: null, unit: 'hour' }, 'at-least']);
    expect(vq('談判進行了近兩週。', 'zh-Hant', 'duration')).toEqual([{ min: null, max: 2, unit: 'week' }, 'at-most']);
  });
});

describe('Chinese counts', () => {
  it('代表团, 人, 多名', () => {
    expect(vq('一个由15人组成的代表团抵达宁波。', 'zh-Hans', 'number')).toEqual([{ min: 15, max: 15, unit: 'people' }, 'exact']);
    expect(vq('三十多名記者在場。', 'zh-Hant', 'number')).toEqual([{ min: 30, max: null, unit: 'journalists' }, 'at-least']);
  });
});

describe('Chinese dates, relative dates and weekdays', () => {
  it('27日 and 本周 / 这个星期 / 这周 / 本週: the day lies inside the week span', () => {
    expect(only('外长12日抵达宁波。', 'zh-Hans', 'date').value).toEqual({ date: '2026-03-12' });
    for (const [text, lang] of [['外长这个星期抵达宁波。', 'zh-Hans'], ['外长本周抵达宁波。', 'zh-Hans'], ['外长这周抵达宁波。', 'zh-Hans'], ['外長本週抵達台中。', 'zh-Hant']]) {
      expect(only(text, lang, 'date').value).toMatchObject({ date: '2026-03-09', end: '2026-03-15', relative: true });
    }
  });
  it('周四 / 星期四 / 週四 are the Thursday of the publication week; 上周 and 本月 are spans', () => {
    expect(only('双方周四在宁波会谈。', 'zh-Hans', 'date').value).toEqual({ date: '2026-03-12', relative: true });
    expect(only('雙方週四在台中會談。', 'zh-Hant', 'date').value).toEqual({ date: '2026-03-12', relative: true });
    expect(only('双方上周通了电话。', 'zh-Hans', 'date').value).toMatchObject({ date: '2026-03-02', end: '2026-03-08' });
    expect(only('双方本月通了电话。', 'zh-Hans', 'date').value).toMatchObject({ date: '2026-03', end: '2026-03-31' });
    expect(only('双方本月初通了电话。', 'zh-Hans', 'date').value).toMatchObject({ date: '2026-03', end: '2026-03-13' });
  });
  it('a time with its day', () => {
    expect(factsOf('当地时间12日晚，双方举行会谈。', 'zh-Hans', 'time')[0].value).toMatchObject({ date: '2026-03-12', part: 'evening' });
  });
});
