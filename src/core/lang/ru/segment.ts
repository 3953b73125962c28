// Russian: segmentation rules (see src/core/lang/pack/segment.ts for what each field means).
import type { SegmentRules } from '../pack/segment';
import { EN_ABBREVIATIONS } from '../en/segment';

// г. (год / город), гг., т.е., т.д., т.п., им., ул., д. (дом), стр., тыс., млн., млрд., руб., долл., ген., проф.,
// акад., и.о., т.к., пр., н.э., обл., р-н, просп., пл., ст., зам., ред.
const RU_ABBREVIATIONS = [
  'г', 'гг', 'т.е', 'т.д', 'т.п', 'им', 'ул', 'д', 'стр', 'тыс', 'млн', 'млрд', 'трлн', 'руб', 'долл', 'ген', 'проф',
  'акад', 'и.о', 'т.к', 'пр', 'н.э', 'обл', 'просп', 'пл', 'ст', 'зам', 'ред', 'см', 'рис', 'гос', 'с.г', 'нач',
];

export const segment: SegmentRules = {
  abbreviations: [...EN_ABBREVIATIONS, ...RU_ABBREVIATIONS],
  sentenceStarters: ['он', 'она', 'они', 'это', 'в', 'во', 'на', 'но', 'по', 'как', 'при', 'после', 'так', 'однако', 'the', 'he', 'she', 'it', 'they'],
  // "в 2025 г. Министр…": the year's г. ends a sentence before a capital; "г. Москва" (the city) does not
  endsAfter: /\d{4}\s*гг?$/,
  maxLength: 600,
};
