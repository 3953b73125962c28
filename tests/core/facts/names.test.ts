import { describe, expect, it } from 'vitest';
import { asciiFold, nameSketch, sketchSimilarity, toSimplified } from '../../../src/core/facts/names';

describe('nameSketch: the same person across scripts', () => {
  it('Chinese transliteration, Latin and Cyrillic forms share a key', () => {
    expect(nameSketch('拉夫罗夫', 'zh-Hans')).toBe(nameSketch('Lavrov', 'en'));
    expect(nameSketch('Лавров', 'ru')).toBe(nameSketch('Lavrov', 'en'));
    expect(nameSketch('達爾奇耶夫', 'zh-Hant')).toBe(nameSketch('Darchiyev', 'en'));
    expect(nameSketch('达尔奇耶夫', 'zh-Hans')).toBe(nameSketch('Alexander Darchiev', 'vi'));
    expect(nameSketch('佩斯科夫', 'zh-Hans')).toBe(nameSketch('Dmitry Peskov', 'en'));
    expect(nameSketch('明琴科', 'zh-Hans')).toBe(nameSketch('Minchenko', 'en'));
    expect(nameSketch('乌沙科夫', 'zh-Hans')).toBe(nameSketch('Ushakov', 'en'));
    expect(nameSketch('约翰逊', 'zh-Hans')).toBe(nameSketch('Johnson', 'en'));
    expect(nameSketch('斯图里奇', 'zh-Hans')).toBe(nameSketch('Sturridge', 'en'));
    expect(nameSketch('贝克尔', 'zh-Hans')).toBe(nameSketch('Becker', 'en'));
  });
  it('uses the family name of multi-part names (· or space separated)', () => {
    expect(nameSketch('索纳塔·库尔特', 'zh-Hans')).toBe(nameSketch('庫爾特', 'zh-Hant'));
    expect(nameSketch('Sonata Coulter', 'en')).toBe(nameSketch('库尔特', 'zh-Hans'));
    expect(nameSketch('谢尔盖·拉夫罗夫', 'zh-Hans')).toBe(nameSketch('Sergei Lavrov', 'vi'));
  });
  it('different names get different sketches, with a graded similarity', () => {
    expect(nameSketch('Lavrov', 'en')).not.toBe(nameSketch('Peskov', 'en'));
    expect(sketchSimilarity(nameSketch('Hazard', 'en'), nameSketch('哈扎德', 'zh-Hans'))).toBeGreaterThan(0.6);
    expect(sketchSimilarity('RFRF', 'PSKF')).toBeLessThan(0.5);
    expect(sketchSimilarity('', '')).toBe(0);
  });
  it('folds Vietnamese diacritics and Cyrillic, converts Traditional Chinese', () => {
    expect(asciiFold('Đỗ Đức Thành')).toBe('do duc thanh');
    expect(asciiFold('Сергей')).toBe('sergei');
    expect(toSimplified('庫爾特與達爾奇耶夫')).toBe('库尔特与达尔奇耶夫');
  });
});

describe('nameSketch: kh and silent h', () => {
  it('keeps kh (Zakharova 扎哈罗娃) and the h of John (约翰)', () => {
    expect(nameSketch('扎哈罗娃', 'zh-Hans')).toBe(nameSketch('Zakharova', 'en'));
    expect(nameSketch('约翰', 'zh-Hans')).toBe(nameSketch('John', 'en'));
  });
});
