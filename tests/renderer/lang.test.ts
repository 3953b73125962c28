import { describe, expect, it } from 'vitest';
import { isTraditional, pickUiLanguage } from '../../src/renderer/lib/lang';
import { formatDate, formatFactValue, formatNumber } from '../../src/renderer/lib/format';

describe('UI language on first start', () => {
  it('maps OS languages to the four UI languages', () => {
    expect(pickUiLanguage(['zh-TW'])).toBe('zh-Hant');
    expect(pickUiLanguage(['zh-HK', 'en'])).toBe('zh-Hant');
    expect(pickUiLanguage(['zh-Hant-TW'])).toBe('zh-Hant');
    expect(pickUiLanguage(['zh-CN'])).toBe('zh-Hans');
    expect(pickUiLanguage(['zh'])).toBe('zh-Hans');
    expect(pickUiLanguage(['zh-Hans-SG'])).toBe('zh-Hans');
    expect(pickUiLanguage(['vi-VN'])).toBe('vi');
    expect(pickUiLanguage(['en-GB'])).toBe('en');
    expect(pickUiLanguage(['fr-FR', 'vi'])).toBe('vi');
    expect(pickUiLanguage(['de-DE'])).toBe('en');
    expect(pickUiLanguage([])).toBe('en');
  });
  it('recognizes Traditional Chinese tags', () => {
    expect(isTraditional('zh-Hant')).toBe(true);
    expect(isTraditional('zh-TW')).toBe(true);
    expect(isTraditional('zh-Hans')).toBe(false);
    expect(isTraditional('vi')).toBe(false);
  });
});

describe('locale formatting', () => {
  it('formats full and partial dates per locale', () => {
    expect(formatDate('2025-10-14', 'en')).toBe('Oct 14, 2025');
    expect(formatDate('2025-10-14T09:30:00+08:00', 'zh-Hans')).toBe('2025年10月14日');
    expect(formatDate('2025-10-14', 'vi')).toMatch(/14.*10.*2025/);
    expect(formatDate('2025-10', 'en')).toBe('October 2025');
    expect(formatDate('2025', 'zh-Hant')).toBe('2025年');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDate(null, 'en')).toBe('');
  });
  it('formats numbers per locale', () => {
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
    expect(formatNumber(12345.5, 'vi')).toBe('12.345,5');
  });
  it('formats normalized fact values', () => {
    expect(formatFactValue('duration', { min: 3, max: 3, unit: 'hour' }, 'en')).toBe('3 hours');
    expect(formatFactValue('duration', { min: 2, max: 3, unit: 'hour' }, 'en')).toBe('2–3 hour');
    expect(formatFactValue('date', { date: '2025-10-14' }, 'en')).toBe('Oct 14, 2025');
    expect(formatFactValue('number', { min: 12, max: 12, unit: 'people' }, 'en')).toBe('12 people');
    expect(formatFactValue('person', { key: 'marov', name: 'Ilse Marov', role: 'deputy-foreign-minister' }, 'en')).toBe(
      'Ilse Marov (deputy-foreign-minister)',
    );
    expect(formatFactValue('place', undefined, 'en')).toBeNull();
  });
});

describe('dates without a year', () => {
  it('formats --MM-DD as month and day', () => {
    expect(formatDate('--10-14', 'en')).toBe('Oct 14');
    expect(formatDate('--10-14', 'zh-Hans')).toBe('10月14日');
  });
});
