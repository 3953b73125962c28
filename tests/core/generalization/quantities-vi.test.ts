// Vietnamese durations, hedges, counts, dates, relative dates and weekdays on invented sentences.
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/lang/numbers';
import { only, vq } from './quantities-helpers';

const vi = 'vi';

describe('Vietnamese numbers', () => {
  it('words, decimal commas and thousands dots', () => {
    expect(parseNumber('hai mươi lăm', vi)).toBe(25);
    expect(parseNumber('sáu rưỡi', vi)).toBe(6.5);
    expect(parseNumber('1,5 tỷ', vi)).toBe(1.5e9);
    expect(parseNumber('3.000', vi)).toBe(3000);
  });
});

describe('Vietnamese durations and hedges', () => {
  it('hơn, gần, khoảng, tiếng rưỡi, dự kiến', () => {
    expect(vq('Cuộc hội đàm tại Huế kéo dài hơn sáu tiếng.', vi, 'duration')).toEqual([{ min: 6, max: null, unit: 'hour' }, 'at-least']);
    expect(vq('Cuộc hội đàm kéo dài gần năm giờ.', vi, 'duration')).toEqual([{ min: null, max: 5, unit: 'hour' }, 'at-most']);
    expect(vq('Cuộc gặp kéo dài khoảng 6 giờ.', vi, 'duration')).toEqual([{ min: 6, max: 6, unit: 'hour' }, 'approximate']);
    expect(vq('Cuộc gặp kéo dài bốn tiếng rưỡi.', vi, 'duration')).toEqual([{ min: 4.5, max: 4.5, unit: 'hour' }, 'exact']);
    expect(vq('Hội nghị dự kiến kéo dài hai ngày.', vi, 'duration')).toEqual([{ min: 2, max: 2, unit: 'day' }, 'expected']);
  });
});

describe('Vietnamese counts', () => {
  it('phái đoàn 15 người, hơn 30 nhà ngoại giao', () => {
    expect(vq('Phái đoàn gồm 15 người đã tới Huế.', vi, 'number')).toEqual([{ min: 15, max: 15, unit: 'people' }, 'exact']);
    expect(vq('Hơn 30 nhà ngoại giao bị trục xuất.', vi, 'number')).toEqual([{ min: 30, max: null, unit: 'diplomats' }, 'at-least']);
  });
});

describe('Vietnamese dates, relative dates and weekdays', () => {
  it('ngày 12/3, thứ Năm, hôm qua', () => {
    expect(only('Hai bên gặp nhau ngày 12/3 tại Huế.', vi, 'date').value).toEqual({ date: '2026-03-12' });
    expect(only('Hai bên gặp nhau vào thứ Năm.', vi, 'date').value).toEqual({ date: '2026-03-12', relative: true });
    expect(only('Hôm qua, hai bên gặp nhau.', vi, 'date').value).toEqual({ date: '2026-03-12', relative: true });
  });
  it('tuần này, tuần trước, tháng này are spans', () => {
    expect(only('Hai bên gặp nhau trong tuần này.', vi, 'date').value).toMatchObject({ date: '2026-03-09', end: '2026-03-15', relative: true });
    expect(only('Hai bên gặp nhau tuần trước.', vi, 'date').value).toMatchObject({ date: '2026-03-02', end: '2026-03-08' });
    expect(only('Hai bên gặp nhau trong tháng này.', vi, 'date').value).toMatchObject({ date: '2026-03', end: '2026-03-31' });
  });
});

describe('Vietnamese bare days', () => {
  it('hôm 12 is the 12th of the publication month, inside this week', () => {
    expect(only('Hai bên gặp nhau hôm 12 tại Huế.', vi, 'date').value).toEqual({ date: '2026-03-12' });
  });
});
