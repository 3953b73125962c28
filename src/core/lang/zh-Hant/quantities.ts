// Traditional Chinese: the Chinese quantity rules, run on the Simplified copy of the text (約6小時 → 约6小时).
export { quantities } from '../zh-Hans/quantities';
