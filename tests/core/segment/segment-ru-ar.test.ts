// Segmentation of Russian and Arabic through their packs: abbreviations, initials, the year's г., caseless Arabic
// with its question mark ؟, comma ، and semicolon ؛. Invented sentences.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/core/segment';

function texts(t: string, lang: string, maxLength?: number): string[] {
  const out = segment(t, lang, maxLength ? { maxLength } : {});
  for (const s of out) expect(t.slice(s.start, s.end)).toBe(s.text);
  return out.map((s) => s.text);
}

describe('Russian segmentation', () => {
  it('keeps initials, г. (the city), т.е. and «quotes» inside a sentence', () => {
    expect(texts('Министр И. П. Белов прибыл в г. Тверь. Он встретился с коллегами.', 'ru')).toEqual([
      'Министр И. П. Белов прибыл в г. Тверь.',
      'Он встретился с коллегами.',
    ]);
    expect(texts('Белов сказал: «Мы договорились. Это важно». Затем он уехал.', 'ru')).toEqual([
      'Белов сказал: «Мы договорились. Это важно».',
      'Затем он уехал.',
    ]);
    expect(texts('Обсуждали торговлю, т.е. пошлины и квоты. Итог не объявлен.', 'ru')).toEqual([
      'Обсуждали торговлю, т.е. пошлины и квоты.',
      'Итог не объявлен.',
    ]);
  });
  it('a year ending a sentence (2025 г.) ends it before a capital', () => {
    expect(texts('Договор подписан в 2025 г. Министр назвал его историческим! Что дальше?', 'ru')).toEqual([
      'Договор подписан в 2025 г.',
      'Министр назвал его историческим!',
      'Что дальше?',
    ]);
    expect(texts('Договор подписан в 2025 г. в Твери.', 'ru')).toEqual(['Договор подписан в 2025 г. в Твери.']);
  });
});

describe('Arabic segmentation', () => {
  it('ends at . ! and ؟ before any letter (the script has no capitals)', () => {
    expect(texts('استمرت المحادثات ست ساعات. وقال الوزير إن اللقاء كان مفيدا؟ نعم، كان مفيدا! وانتهى اللقاء.', 'ar')).toEqual([
      'استمرت المحادثات ست ساعات.',
      'وقال الوزير إن اللقاء كان مفيدا؟',
      'نعم، كان مفيدا!',
      'وانتهى اللقاء.',
    ]);
  });
  it('keeps د. (doctor) and decimals inside a sentence', () => {
    expect(texts('وقال د. سامر إن النمو بلغ 3.5 في المئة. وانتهى اللقاء.', 'ar')).toEqual(['وقال د. سامر إن النمو بلغ 3.5 في المئة.', 'وانتهى اللقاء.']);
  });
  it('splits an over-long run at ؛ and then ،', () => {
    const part = 'ناقش الوفدان قضايا التجارة والطاقة والنقل';
    const long = `${part}؛ ${part}، ${part}؛ ${part}.`;
    const out = texts(long, 'ar', 60);
    expect(out.length).toBeGreaterThan(1);
    expect(out.every((s) => s.length <= 120)).toBe(true);
    expect(out[0].endsWith('؛')).toBe(true);
  });
});
