// English durations, hedges, counts, dates, relative dates and weekdays on invented sentences.
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/lang/numbers';
import { only, vq } from './quantities-helpers';

const en = 'en';

describe('English numbers', () => {
  it('words, scales and digits', () => {
    expect(parseNumber('one hundred and five', en)).toBe(105);
    expect(parseNumber('two dozen', en)).toBe(24);
    expect(parseNumber('six and a half', en)).toBe(6.5);
    expect(parseNumber('2.5 million', en)).toBe(2_500_000);
  });
});

describe('English durations and hedges', () => {
  it('more than, nearly, up to, at least, some, roughly, or so', () => {
    expect(vq('The envoys from Tarsia talked for more than six hours.', en, 'duration')).toEqual([{ min: 6, max: null, unit: 'hour' }, 'at-least']);
    expect(vq('The envoys talked for nearly five hours.', en, 'duration')).toEqual([{ min: null, max: 5, unit: 'hour' }, 'at-most']);
    expect(vq('The hearing ran up to three hours.', en, 'duration')).toEqual([{ min: null, max: 3, unit: 'hour' }, 'at-most']);
    expect(vq('The hearing ran at least two days.', en, 'duration')).toEqual([{ min: 2, max: null, unit: 'day' }, 'at-least']);
    expect(vq('The hearing ran some four hours.', en, 'duration')).toEqual([{ min: 4, max: 4, unit: 'hour' }, 'approximate']);
    expect(vq('The hearing ran roughly four hours.', en, 'duration')).toEqual([{ min: 4, max: 4, unit: 'hour' }, 'approximate']);
    expect(vq('The hearing ran six hours or so.', en, 'duration')).toEqual([{ min: 6, max: 6, unit: 'hour' }, 'approximate']);
  });
});

describe('English dates, relative dates and weekdays', () => {
  it('this week and this month are spans; this Thursday is in the publication week', () => {
    expect(only('The ministers met in Varnel this week.', en, 'date').value).toMatchObject({ date: '2026-03-09', end: '2026-03-15', relative: true });
    expect(only('The ministers met last week.', en, 'date').value).toMatchObject({ date: '2026-03-02', end: '2026-03-08' });
    expect(only('The ministers met this month.', en, 'date').value).toMatchObject({ date: '2026-03', end: '2026-03-31' });
    expect(only('Earlier this month, the ministers met.', en, 'date').value).toMatchObject({ date: '2026-03', end: '2026-03-13' });
    expect(only('The ministers met this Thursday.', en, 'date').value).toEqual({ date: '2026-03-12', relative: true });
    expect(only('The ministers met on March 12.', en, 'date').value).toEqual({ date: '2026-03-12' });
  });
  it('a delegation of 15 people', () => {
    expect(vq('A delegation of 15 people arrived in Varnel.', en, 'number')).toEqual([{ min: 15, max: 15, unit: 'people' }, 'exact']);
  });
});

describe('English bare days', () => {
  it('on the 12th is the 12th of the publication month; the 12th of March is read whole', () => {
    expect(only('The ministers met on the 12th.', en, 'date').value).toEqual({ date: '2026-03-12' });
    expect(only('The ministers met on the 2nd of March.', en, 'date').value).toEqual({ date: '2026-03-02' });
  });
});

describe('English number words after an article', () => {
  it('a four-day visit is four days; the 50th anniversary is no date', () => {
    expect(vq('The envoy began a four-day visit to Varnel.', en, 'duration')).toEqual([{ min: 4, max: 4, unit: 'day' }, 'exact']);
    expect(only('The city marked the 50th anniversary on March 12.', en, 'date').value).toEqual({ date: '2026-03-12' });
  });
});
