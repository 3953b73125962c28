// Traditional Chinese: the Chinese date rules, run on the Simplified copy of the text (toSimplified, src/core/lang/chinese.ts).
export { dates } from '../zh-Hans/dates';
