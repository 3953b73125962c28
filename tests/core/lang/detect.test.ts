// The one language detector (src/core/lang/detect.ts), used by ingest and the engine alike. Texts written for this
// test (invented people and places).
import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLang } from '../../../src/core/lang/detect';
import { detectLanguage as ingestDetect } from '../../../src/core/ingest/lang';

const TEXTS: [string, string][] = [
  ['ar', 'قال المتحدث باسم وزارة الخارجية إن الوفد سيصل إلى مدينة الرمال يوم الأربعاء لإجراء محادثات حول المياه.'],
  ['ru', 'Мэр Заречного Фёдор Кулагин сообщил, что ремонт моста завершится к 15 октября.'],
  ['zh-Hant', '發言人表示，兩國代表團將於週三在新港市舉行第三輪會談，討論漁業協議。'],
  ['zh-Hans', '发言人表示，两国代表团将于周三在新港市举行第三轮会谈，讨论渔业协议。'],
  ['vi', 'Người phát ngôn cho biết hai đoàn đại biểu sẽ hội đàm vòng thứ ba tại thành phố Tân Cảng vào thứ Tư.'],
  ['en', 'The spokesman said that the two delegations would hold a third round of talks in Newport on Wednesday.'],
];

describe('language detection', () => {
  it.each(TEXTS)('tells %s', (lang, text) => {
    expect(detectLang(text)).toBe(lang);
    expect(detectLanguage(text).language).toBe(lang);
    // ingest asks the same detector
    expect(ingestDetect(text)).toEqual(detectLanguage(text));
  });

  it('is confident on long texts and not on a few letters', () => {
    expect(detectLanguage(TEXTS[1][1].repeat(3)).confident).toBe(true);
    expect(detectLanguage(TEXTS[0][1]).confident).toBe(true);
    expect(detectLanguage('Да').confident).toBe(false);
    expect(detectLanguage('').language).toBe('und');
    expect(detectLanguage('2025-03-01 12:00').language).toBe('und');
  });

  it('tells Russian from other Cyrillic and Arabic from other Arabic-script languages', () => {
    expect(detectLang('Делегація прибула до Києва в четвер.')).toBe('uk');
    expect(detectLang('Делегация прибыла в Киев в четверг.')).toBe('ru');
    expect(detectLang('هیئت ایرانی روز پنجشنبه به پایتخت رسید و گفتگو کرد.')).toBe('fa');
    expect(detectLang('وصل الوفد إلى العاصمة يوم الخميس.')).toBe('ar');
  });

  it('keeps the script of mixed Chinese text with Latin names and digits', () => {
    expect(detectLang('據路透社報道，Ivan Petrov 於 2025 年 3 月抵達東京。')).toBe('zh-Hant');
    expect(detectLang('据路透社报道，Ivan Petrov 于 2025 年 3 月抵达东京。')).toBe('zh-Hans');
  });
});
